//! A child's views, as a form definition: a child, alone or with a helper, fills in the "three
//! houses" (good things, worries, dreams) one screen at a time, then says what the meeting
//! should know and how they want to take part. The form engine does everything else: the
//! screens, check your answers, the PDF, sending it to the chair, and the picture of a drawing.
//! Its words are in `locales/*/child-views.ftl`.

use crate::{content::Picture, forms::definition::*};

/// A child's answer: room for a lot, small enough for a chair to read.
const ANSWER_MAX: usize = 3_000;
const NAME_MAX: usize = 100;

const fn answer(name: &'static str, label: &'static str, hint: &'static str) -> Question {
    Question::Text(TextQuestion {
        name,
        label,
        hint: Some(hint),
        multiline: true,
        max_chars: ANSWER_MAX,
        required: None,
        autocomplete: "off",
    })
}

const fn tick(name: &'static str, label: &'static str) -> Tick {
    Tick {
        name,
        label,
        detail: None,
    }
}

const fn option(value: &'static str, label: &'static str) -> ChoiceOption {
    ChoiceOption { value, label }
}

const fn screen(
    anchor: &'static str,
    heading: &'static str,
    intro: &'static str,
    questions: &'static [Question],
) -> Section {
    Section {
        anchor,
        heading,
        intro,
        questions,
        in_details: false,
    }
}

const CONFERENCE_DATE: DateQuestion = DateQuestion {
    name: "conference-date",
    parts: [
        "conference-date-day",
        "conference-date-month",
        "conference-date-year",
    ],
    legend: "child-views-date-legend",
    hint: "child-views-date-hint",
    years: (2020, 2100),
    incomplete: "child-views-error-date-incomplete",
    invalid: "child-views-error-date-invalid",
    bad_year: "child-views-error-date-year",
};

pub static CHILD_VIEWS: FormDefinition = FormDefinition {
    slug: "child-views",
    sections: &[
        Section {
            in_details: true,
            ..screen(
                "who",
                "child-views-who-heading",
                "child-views-who-intro",
                &[Question::Choice(ChoiceQuestion {
                    name: "who-is-writing",
                    label: "child-views-who-label",
                    options: &[
                        option("child-alone", "child-views-who-child-alone"),
                        option("with-helper", "child-views-who-with-helper"),
                        option("helper-wrote", "child-views-who-helper-wrote"),
                    ],
                })],
            )
        },
        Section {
            in_details: true,
            ..screen(
                "helper",
                "child-views-helper-heading",
                "child-views-helper-intro",
                &[
                    Question::Text(TextQuestion {
                        name: "helper-name",
                        label: "child-views-helper-name-label",
                        hint: Some("child-views-helper-name-hint"),
                        multiline: false,
                        max_chars: NAME_MAX,
                        required: None,
                        autocomplete: "off",
                    }),
                    Question::Choice(ChoiceQuestion {
                        name: "helper-role",
                        label: "child-views-helper-role-label",
                        options: &[
                            option("advocate", "child-views-role-advocate"),
                            option("parent", "child-views-role-parent"),
                            option("carer", "child-views-role-carer"),
                            option("social-worker", "child-views-role-social-worker"),
                            option("other", "child-views-role-other"),
                        ],
                    }),
                ],
            )
        },
        Section {
            in_details: true,
            ..screen(
                "child",
                "child-views-child-heading",
                "child-views-child-intro",
                &[
                    Question::Text(TextQuestion {
                        name: "child-name",
                        label: "child-views-child-name-label",
                        hint: None,
                        multiline: false,
                        max_chars: NAME_MAX,
                        required: Some("child-views-error-child-name-missing"),
                        autocomplete: "off",
                    }),
                    Question::Text(TextQuestion {
                        name: "child-age",
                        label: "child-views-child-age-label",
                        hint: Some("child-views-child-age-hint"),
                        multiline: false,
                        max_chars: 40,
                        required: None,
                        autocomplete: "off",
                    }),
                ],
            )
        },
        Section {
            in_details: true,
            ..screen(
                "meeting",
                "child-views-meeting-heading",
                "child-views-meeting-intro",
                &[Question::Date(CONFERENCE_DATE)],
            )
        },
        screen(
            "good",
            "child-views-good-heading",
            "child-views-good-intro",
            &[
                Question::Ticks(TickGroup {
                    id: "good-pictures",
                    legend: "child-views-good-pictures-legend",
                    hint: "child-views-pictures-hint",
                    summary_label: "child-views-good-pictures-summary",
                    ticks: &[
                        tick("good-family", "child-views-good-family"),
                        tick("good-friends", "child-views-good-friends"),
                        tick("good-school", "child-views-good-school"),
                        tick("good-playing", "child-views-good-playing"),
                        tick("good-home", "child-views-good-home"),
                    ],
                }),
                answer(
                    "good-things",
                    "child-views-good-things-label",
                    "child-views-good-things-hint",
                ),
            ],
        ),
        screen(
            "helps",
            "child-views-helps-heading",
            "child-views-helps-intro",
            &[answer(
                "who-helps",
                "child-views-who-helps-label",
                "child-views-who-helps-hint",
            )],
        ),
        screen(
            "likes",
            "child-views-likes-heading",
            "child-views-likes-intro",
            &[answer(
                "likes-doing",
                "child-views-likes-doing-label",
                "child-views-likes-doing-hint",
            )],
        ),
        screen(
            "worries",
            "child-views-worries-heading",
            "child-views-worries-intro",
            &[
                Question::Ticks(TickGroup {
                    id: "worry-pictures",
                    legend: "child-views-worry-pictures-legend",
                    hint: "child-views-pictures-hint",
                    summary_label: "child-views-worry-pictures-summary",
                    ticks: &[
                        tick("feel-worried", "child-views-feel-worried"),
                        tick("feel-sad", "child-views-feel-sad"),
                        tick("feel-scared", "child-views-feel-scared"),
                        tick("feel-angry", "child-views-feel-angry"),
                    ],
                }),
                answer(
                    "worries",
                    "child-views-worries-label",
                    "child-views-worries-hint",
                ),
            ],
        ),
        screen(
            "change",
            "child-views-change-heading",
            "child-views-change-intro",
            &[answer(
                "wish-change",
                "child-views-wish-change-label",
                "child-views-wish-change-hint",
            )],
        ),
        screen(
            "dreams",
            "child-views-dreams-heading",
            "child-views-dreams-intro",
            &[
                Question::Ticks(TickGroup {
                    id: "dream-pictures",
                    legend: "child-views-dream-pictures-legend",
                    hint: "child-views-pictures-hint",
                    summary_label: "child-views-dream-pictures-summary",
                    ticks: &[
                        tick("dream-happy", "child-views-dream-happy"),
                        tick("dream-safe", "child-views-dream-safe"),
                        tick("dream-together", "child-views-dream-together"),
                        tick("dream-listened", "child-views-dream-listened"),
                    ],
                }),
                answer(
                    "dreams",
                    "child-views-dreams-label",
                    "child-views-dreams-hint",
                ),
            ],
        ),
        screen(
            "know",
            "child-views-know-heading",
            "child-views-know-intro",
            &[answer(
                "want-known",
                "child-views-want-known-label",
                "child-views-want-known-hint",
            )],
        ),
        screen(
            "taking-part",
            "child-views-taking-part-heading",
            "child-views-taking-part-intro",
            &[
                Question::Choice(ChoiceQuestion {
                    name: "take-part",
                    label: "child-views-take-part-label",
                    options: &[
                        option("go-myself", "child-views-take-part-go"),
                        option("part-of-it", "child-views-take-part-some"),
                        option("advocate-speaks", "child-views-take-part-advocate"),
                        option("write-or-draw", "child-views-take-part-write"),
                        option("not-take-part", "child-views-take-part-not"),
                    ],
                }),
                Question::Text(TextQuestion {
                    name: "who-with-me",
                    label: "child-views-who-with-me-label",
                    hint: Some("child-views-who-with-me-hint"),
                    multiline: false,
                    max_chars: 300,
                    required: None,
                    autocomplete: "off",
                }),
            ],
        ),
    ],
    rules: &[
        Rule::Answered {
            inputs: &["who-is-writing"],
            error_at: "who-is-writing",
            message: "child-views-error-who-missing",
        },
        // Something from the child, in any house or for the meeting: a PDF with none of the
        // child's views would help no one.
        Rule::SomethingWritten {
            sections: &[
                "good", "helps", "likes", "worries", "change", "dreams", "know",
            ],
            error_at: "want-known",
            message: "child-views-error-nothing-written",
        },
    ],
    details: &[
        Detail::Answer {
            label: "child-views-pdf-child",
            question: "child-name",
            always: true,
        },
        Detail::Answer {
            label: "child-views-pdf-age",
            question: "child-age",
            always: false,
        },
        Detail::Choice {
            label: "child-views-pdf-how",
            question: "who-is-writing",
        },
        Detail::Answer {
            label: "child-views-pdf-helper",
            question: "helper-name",
            always: false,
        },
        Detail::Choice {
            label: "child-views-pdf-helper-role",
            question: "helper-role",
        },
        Detail::Date {
            label: "child-views-pdf-date",
            question: "conference-date",
            missing: "child-views-pdf-date-missing",
        },
        Detail::Council {
            label: "child-views-pdf-council",
        },
    ],
    texts: FormTexts {
        title: "child-views-title",
        description: "child-views-description",
        lead: "child-views-lead",
        intro: &[
            Intro::Paragraph("child-views-intro-helpers"),
            Intro::Warning("child-views-intro-nothing-saved"),
        ],
        error_summary_title: "child-views-error-summary",
        continue_button: "child-views-continue",
        check_title: "child-views-check-title",
        check_lead: "child-views-check-lead",
        pdf_title: "child-views-pdf-title",
        pdf_footer: "child-views-pdf-footer",
        file_name: "child-views-file-name",
        mail_subject: "child-views-mail-subject",
    },
    ending: Ending::CheckThenPdfOrSend,
    key_dates: None,
    marked_optional: &[
        "helper-name",
        "helper-role",
        "child-age",
        "conference-date",
        "take-part",
        "who-with-me",
    ],
    screens: Screens::SectionBySection,
    drawing: Some(DrawingUpload {
        label: "child-views-drawing-label",
        hint: "child-views-drawing-hint",
        pdf_heading: "child-views-drawing-heading",
        description: "child-views-drawing-description",
    }),
    help_link: Some(("child-views-unsafe-link", "feeling-unsafe")),
    // A picture at the top of each screen, and beside each picture choice, from the easy-read
    // set. The words beside each say the same, so the pictures carry no alternative text.
    pictures: &[
        ("who", Picture::Pencil),
        ("helper", Picture::Advocate),
        ("child", Picture::Child),
        ("meeting", Picture::Calendar),
        ("good", Picture::House),
        ("helps", Picture::Heart),
        ("likes", Picture::Playing),
        ("worries", Picture::Cloud),
        ("change", Picture::Star),
        ("dreams", Picture::Rainbow),
        ("know", Picture::Speech),
        ("taking-part", Picture::Meeting),
        ("good-family", Picture::Family),
        ("good-friends", Picture::Friends),
        ("good-school", Picture::School),
        ("good-playing", Picture::Playing),
        ("good-home", Picture::House),
        ("feel-worried", Picture::Worried),
        ("feel-sad", Picture::Sad),
        ("feel-scared", Picture::Scared),
        ("feel-angry", Picture::Angry),
        ("dream-happy", Picture::Happy),
        ("dream-safe", Picture::Safe),
        ("dream-together", Picture::Family),
        ("dream-listened", Picture::Listen),
    ],
};
