//! A second form that exists only in the tests, to prove the engine carries any form through
//! render, validation, check, PDF and send with no code of its own. Its words are Fluent ids
//! that no locale has, so the pages show the ids themselves: the tests look for them.

use super::definition::*;

pub const TEST_WHEN: DateQuestion = DateQuestion {
    name: "when",
    parts: ["when-day", "when-month", "when-year"],
    legend: "test-form-when-legend",
    hint: "test-form-when-hint",
    years: (2000, 2100),
    incomplete: "test-form-when-incomplete",
    invalid: "test-form-when-invalid",
    bad_year: "test-form-when-year",
};

pub static TEST_FORM: FormDefinition = FormDefinition {
    slug: "test-form",
    sections: TEST_SECTIONS,
    rules: TEST_RULES,
    details: TEST_DETAILS,
    texts: TEST_TEXTS,
    ending: Ending::CheckThenPdfOrSend,
    marked_optional: &[],
    key_dates: None,
    pictures: &[],
    screens: Screens::OnePage,
    drawing: None,
    help_link: None,
};

/// The same questions one section a screen, with a picture on the check page.
pub static TEST_PAGED_FORM: FormDefinition = FormDefinition {
    slug: "test-paged",
    sections: TEST_SECTIONS,
    rules: TEST_RULES,
    details: TEST_DETAILS,
    texts: TEST_TEXTS,
    ending: Ending::CheckThenPdfOrSend,
    marked_optional: &[],
    key_dates: None,
    pictures: &[],
    screens: Screens::SectionBySection,
    drawing: Some(DrawingUpload {
        label: "test-form-drawing-label",
        hint: "test-form-drawing-hint",
        pdf_heading: "test-form-drawing-heading",
        description: "test-form-drawing-description",
    }),
    help_link: None,
};

const TEST_SECTIONS: &[Section] = &[
    Section {
        anchor: "about",
        heading: "test-form-about-heading",
        intro: "test-form-about-intro",
        in_details: true,
        questions: &[
            Question::Text(TextQuestion {
                name: "nickname",
                label: "test-form-nickname-label",
                hint: None,
                multiline: false,
                max_chars: 50,
                required: Some("test-form-nickname-missing"),
                autocomplete: "off",
            }),
            Question::Date(TEST_WHEN),
        ],
    },
    Section {
        anchor: "tale",
        heading: "test-form-tale-heading",
        intro: "test-form-tale-intro",
        in_details: false,
        questions: &[
            Question::Text(TextQuestion {
                name: "story",
                label: "test-form-story-label",
                hint: Some("test-form-story-hint"),
                multiline: true,
                max_chars: 200,
                required: None,
                autocomplete: "off",
            }),
            Question::Choice(ChoiceQuestion {
                name: "colour",
                label: "test-form-colour-label",
                options: &[
                    ChoiceOption {
                        value: "red",
                        label: "test-form-colour-red",
                    },
                    ChoiceOption {
                        value: "blue",
                        label: "test-form-colour-blue",
                    },
                ],
            }),
            Question::Ticks(TickGroup {
                id: "extras",
                legend: "test-form-extras-legend",
                hint: "test-form-extras-hint",
                summary_label: "test-form-extras-summary",
                ticks: &[Tick {
                    name: "wants-copy",
                    label: "test-form-wants-copy",
                    detail: Some(TextQuestion {
                        name: "copy-to",
                        label: "test-form-copy-to",
                        hint: None,
                        multiline: false,
                        max_chars: 40,
                        required: None,
                        autocomplete: "off",
                    }),
                }],
            }),
        ],
    },
];

const TEST_RULES: &[Rule] = &[Rule::SomethingWritten {
    sections: &["tale"],
    error_at: "story",
    message: "test-form-nothing-written",
}];

const TEST_DETAILS: &[Detail] = &[
    Detail::Council {
        label: "test-form-council",
    },
    Detail::Answer {
        label: "test-form-by",
        question: "nickname",
        always: true,
    },
    Detail::Date {
        label: "test-form-when-legend",
        question: "when",
        missing: "test-form-when-missing",
    },
];

const TEST_TEXTS: FormTexts = FormTexts {
    title: "test-form-title",
    description: "test-form-description",
    lead: "test-form-lead",
    intro: &[Intro::Paragraph("test-form-intro")],
    error_summary_title: "test-form-error-summary",
    continue_button: "test-form-continue",
    check_title: "test-form-check-title",
    check_lead: "test-form-check-lead",
    pdf_title: "test-form-pdf-title",
    pdf_footer: "test-form-pdf-footer",
    file_name: "test-form-file",
    mail_subject: "test-form-mail-subject",
};
