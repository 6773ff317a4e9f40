//! The parent's conference report, as a form definition: six sections of plain questions,
//! what must be filled in, and the PDF's details block. The form engine (`crate::forms`) does
//! everything else, so adding a question is one entry here (and its words in
//! `locales/*/report.ftl`).

use crate::forms::definition::*;

/// Long answers: enough for a careful page or two of writing, small enough for a chair to read.
pub const LONG_ANSWER_MAX: usize = 5_000;
const NAME_MAX: usize = 100;

const fn long_answer(name: &'static str, label: &'static str, hint: &'static str) -> Question {
    Question::Text(TextQuestion {
        name,
        label,
        hint: Some(hint),
        multiline: true,
        max_chars: LONG_ANSWER_MAX,
        required: None,
        autocomplete: "off",
    })
}

/// The part of the report that adds the parent's dates, and its tick: the dates page opens
/// the report there.
pub const REPORT_DATES_PART: &str = "your-dates";
pub const INCLUDE_DATES: &str = "include-dates";

pub static REPORT: FormDefinition = FormDefinition {
    slug: "report",
    sections: &[
        Section {
            anchor: "about",
            heading: "report-section-about",
            intro: "report-section-about-intro",
            in_details: true,
            questions: &[
                Question::Text(TextQuestion {
                    name: "parent-name",
                    label: "report-parent-name-label",
                    hint: Some("report-parent-name-hint"),
                    multiline: false,
                    max_chars: NAME_MAX,
                    required: Some("report-error-parent-name-missing"),
                    autocomplete: "name",
                }),
                Question::Text(TextQuestion {
                    name: "relationship",
                    label: "report-relationship-label",
                    hint: Some("report-relationship-hint"),
                    multiline: false,
                    max_chars: NAME_MAX,
                    required: None,
                    autocomplete: "off",
                }),
                Question::Text(TextQuestion {
                    name: "child-names",
                    label: "report-children-label",
                    hint: Some("report-children-hint"),
                    multiline: false,
                    max_chars: 300,
                    required: Some("report-error-children-missing"),
                    autocomplete: "off",
                }),
                Question::Date(CONFERENCE_DATE),
            ],
        },
        Section {
            anchor: "strengths",
            heading: "report-section-strengths",
            intro: "report-section-strengths-intro",
            in_details: false,
            questions: &[
                long_answer(
                    "going-well",
                    "report-going-well-label",
                    "report-going-well-hint",
                ),
                long_answer(
                    "family-does-well",
                    "report-family-does-well-label",
                    "report-family-does-well-hint",
                ),
            ],
        },
        Section {
            anchor: "worries",
            heading: "report-section-worries",
            intro: "report-section-worries-intro",
            in_details: false,
            questions: &[
                long_answer(
                    "needs-to-change",
                    "report-needs-to-change-label",
                    "report-needs-to-change-hint",
                ),
                long_answer(
                    "disagree-with",
                    "report-disagree-with-label",
                    "report-disagree-with-hint",
                ),
            ],
        },
        Section {
            anchor: "support",
            heading: "report-section-support",
            intro: "report-section-support-intro",
            in_details: false,
            questions: &[
                long_answer(
                    "help-needed",
                    "report-help-needed-label",
                    "report-help-needed-hint",
                ),
                long_answer(
                    "how-help-would-work",
                    "report-how-help-would-work-label",
                    "report-how-help-would-work-hint",
                ),
            ],
        },
        Section {
            anchor: "next-steps",
            heading: "report-section-next-steps",
            intro: "report-section-next-steps-intro",
            in_details: false,
            questions: &[
                long_answer(
                    "what-should-happen",
                    "report-what-should-happen-label",
                    "report-what-should-happen-hint",
                ),
                long_answer(
                    "who-could-do-what",
                    "report-who-could-do-what-label",
                    "report-who-could-do-what-hint",
                ),
            ],
        },
        Section {
            anchor: "taking-part",
            heading: "report-section-taking-part",
            intro: "report-section-taking-part-intro",
            in_details: false,
            questions: &[
                long_answer(
                    "questions",
                    "report-questions-label",
                    "report-questions-hint",
                ),
                Question::Choice(ChoiceQuestion {
                    name: "attending",
                    label: "report-attending-label",
                    options: &[
                        ChoiceOption {
                            value: "yes",
                            label: "report-attending-yes",
                        },
                        ChoiceOption {
                            value: "no",
                            label: "report-attending-no",
                        },
                        ChoiceOption {
                            value: "not-sure",
                            label: "report-attending-not-sure",
                        },
                    ],
                }),
                Question::Ticks(TickGroup {
                    id: "help-legend",
                    legend: "report-help-legend",
                    hint: "report-help-legend-hint",
                    summary_label: "pdf-help-needed",
                    ticks: &[
                        Tick {
                            name: "need-interpreter",
                            label: "report-need-interpreter-label",
                            detail: Some(TextQuestion {
                                name: "interpreter-language",
                                label: "report-interpreter-language-label",
                                hint: None,
                                multiline: false,
                                max_chars: NAME_MAX,
                                required: None,
                                autocomplete: "off",
                            }),
                        },
                        Tick {
                            name: "need-advocate",
                            label: "report-need-advocate-label",
                            detail: None,
                        },
                        Tick {
                            name: "need-access-help",
                            label: "report-need-access-help-label",
                            detail: None,
                        },
                    ],
                }),
                Question::Text(TextQuestion {
                    name: "help-to-take-part",
                    label: "report-help-to-take-part-label",
                    hint: Some("report-help-to-take-part-hint"),
                    multiline: true,
                    max_chars: 1_000,
                    required: None,
                    autocomplete: "off",
                }),
            ],
        },
        // The dates worked out from the conference date (the "Your dates" page), added at the
        // end of the PDF when asked for. The answers here only steer that, so they are not
        // printed themselves.
        Section {
            anchor: REPORT_DATES_PART,
            heading: "report-section-dates",
            intro: "report-section-dates-intro",
            in_details: true,
            questions: &[
                Question::Choice(ChoiceQuestion {
                    name: "conference-kind",
                    label: "report-kind-label",
                    options: &[
                        ChoiceOption {
                            value: "initial",
                            label: "report-kind-initial",
                        },
                        ChoiceOption {
                            value: "review",
                            label: "report-kind-review",
                        },
                    ],
                }),
                Question::Ticks(TickGroup {
                    id: "dates-legend",
                    legend: "report-dates-legend",
                    hint: "report-dates-legend-hint",
                    summary_label: "report-dates-legend",
                    ticks: &[Tick {
                        name: INCLUDE_DATES,
                        label: "report-include-dates-label",
                        detail: None,
                    }],
                }),
            ],
        },
    ],
    rules: &[
        Rule::SomethingWritten {
            sections: &["strengths", "worries", "support", "next-steps"],
            error_at: "going-well",
            message: "report-error-nothing-written",
        },
        Rule::AnsweredWhenTicked {
            when_ticked: INCLUDE_DATES,
            inputs: &CONFERENCE_DATE.parts,
            error_at: "conference-day",
            message: "report-error-dates-need-date",
        },
        Rule::AnsweredWhenTicked {
            when_ticked: INCLUDE_DATES,
            inputs: &["conference-kind"],
            error_at: "conference-kind",
            message: "report-error-dates-need-kind",
        },
    ],
    details: &[
        Detail::Council {
            label: "pdf-council",
        },
        Detail::Date {
            label: "pdf-conference-date",
            question: "conference",
            missing: "pdf-date-not-given",
        },
        Detail::Answer {
            label: "pdf-written-by",
            question: "parent-name",
            always: true,
        },
        Detail::Answer {
            label: "pdf-relationship",
            question: "relationship",
            always: false,
        },
        Detail::Answer {
            label: "pdf-about",
            question: "child-names",
            always: true,
        },
    ],
    texts: FormTexts {
        title: "report-title",
        description: "report-description",
        lead: "report-lead",
        intro: &[
            // First, before a word is written: who will read it.
            // Near the top: where the easy-read guide to writing your views is.
            Intro::Paragraph("report-easy-read-guide"),
            Intro::Warning("report-shared-with-conference"),
            Intro::Warning("report-nothing-saved"),
            Intro::Paragraph("report-shared-device"),
            Intro::Paragraph("report-write-what-you-can"),
        ],
        error_summary_title: "report-error-summary-title",
        continue_button: "report-continue",
        check_title: "check-title",
        check_lead: "check-lead",
        pdf_title: "pdf-title",
        pdf_footer: "pdf-footer",
        file_name: "pdf-file-name",
        mail_subject: "mail-subject",
    },
    ending: Ending::CheckThenPdfOrSend,
    screens: Screens::OnePage,
    drawing: None,
    help_link: None,
    marked_optional: &["relationship", "conference", "help-legend", "dates-legend"],
    key_dates: Some(KeyDatesFrom {
        include: INCLUDE_DATES,
        date: "conference",
        kind: "conference-kind",
        heading: "pdf-dates-heading",
        how_label: "pdf-dates-how",
        how: "pdf-dates-intro",
    }),
    pictures: &[],
};

/// The date of the conference, from the invitation letter.
pub const CONFERENCE_DATE: DateQuestion = DateQuestion {
    name: "conference",
    parts: ["conference-day", "conference-month", "conference-year"],
    legend: "report-date-legend",
    hint: "report-date-hint",
    years: (2000, 2100),
    incomplete: "report-error-date-incomplete",
    invalid: "report-error-date-invalid",
    bad_year: "report-error-date-year",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{validate::validate, Answers};

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_form(&REPORT, pairs.iter().copied())
    }

    fn messages(answers: &Answers) -> Vec<(&'static str, &'static str)> {
        validate(answers)
            .iter()
            .map(|error| (error.field, error.message))
            .collect()
    }

    #[test]
    fn names_are_unique_and_every_section_has_questions() {
        let mut names: Vec<_> = REPORT.inputs().map(|input| input.name).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
        for section in REPORT.sections {
            assert!(!section.questions.is_empty(), "{}", section.anchor);
            assert!(REPORT.section(section.anchor).is_some());
        }
    }

    #[test]
    fn no_field_name_shadows_a_property_of_the_form_element() {
        // `form.children`, `form.action`… return a field of that name instead of the property,
        // which breaks scripts that walk the page (Leptos's island hydration among them).
        const FORM_PROPERTIES: &[&str] = &[
            "action",
            "children",
            "elements",
            "id",
            "length",
            "method",
            "name",
            "submit",
            "reset",
            "target",
            "title",
            "style",
            "className",
            "attributes",
            "parentNode",
            "nodeName",
            "nodeType",
            "firstChild",
            "lastChild",
        ];
        for input in REPORT.inputs() {
            assert!(
                !FORM_PROPERTIES.contains(&input.name),
                "{} shadows a form property",
                input.name
            );
        }
    }

    #[test]
    fn a_name_a_child_and_one_main_answer_are_enough() {
        let minimal = [
            ("parent-name", "Ann"),
            ("child-names", "Sam"),
            ("disagree-with", "Something"),
        ];
        assert_eq!(messages(&answers(&minimal)), vec![]);
    }

    #[test]
    fn an_empty_report_asks_for_the_name_the_children_and_something_written() {
        assert_eq!(
            messages(&answers(&[])),
            vec![
                ("parent-name", "report-error-parent-name-missing"),
                ("child-names", "report-error-children-missing"),
                ("going-well", "report-error-nothing-written"),
            ]
        );
    }

    #[test]
    fn only_questions_or_taking_part_is_not_enough() {
        let mut pairs = vec![
            ("parent-name", "Ann"),
            ("child-names", "Sam"),
            ("questions", "Why?"),
        ];
        assert_eq!(
            messages(&answers(&pairs)),
            vec![("going-well", "report-error-nothing-written")]
        );
        pairs.push(("who-could-do-what", "My sister can help"));
        assert!(messages(&answers(&pairs)).is_empty());
    }

    #[test]
    fn made_up_choices_are_refused() {
        let pairs = [
            ("parent-name", "Ann"),
            ("child-names", "Sam"),
            ("going-well", "x"),
            ("attending", "maybe-later"),
            ("need-advocate", "on"),
        ];
        assert_eq!(
            messages(&answers(&pairs)),
            vec![
                ("attending", "form-error-choice-unknown"),
                ("need-advocate", "form-error-choice-unknown")
            ]
        );
    }
}
