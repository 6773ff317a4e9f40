//! The easy-read twin of every guide page, in the same reading order, plus two pages that explain
//! a form: "Writing your views for the meeting" (the report) and "Your dates: what they mean". Only Fluent ids and pictures live here;
//! the words are in `locales/<lang>/easy.ftl`. Each idea is a `PictureStep`: one message, one
//! picture beside it. Each page has one "What this means for you" box (`ForYou`).
use super::*;

/// The easy-read page that explains the report form; it has no standard twin of its own.
pub const WRITING_YOUR_VIEWS_SLUG: &str = "writing-your-views";

/// Easy-read pages whose twin is a form, not a guide page: the guide to writing your views
/// (the report form) and what your dates mean (the dates form, whose slug it shares).
pub const EASY_ONLY_SLUGS: [&str; 2] = [WRITING_YOUR_VIEWS_SLUG, "dates"];

pub static EASY_PAGES: &[Page] = &[
    Page {
        slug: "start-here",
        part: Part::Start,
        title: "easy-start-here-title",
        summary: "easy-start-here-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-start-here-letter",
            },
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-start-here-who",
            },
            Block::PictureStep {
                picture: Picture::Safe,
                text: "easy-start-here-not-court",
            },
            Block::PictureStep {
                picture: Picture::Worried,
                text: "easy-start-here-feelings",
            },
            Block::ForYou(&["easy-start-here-you-read", "easy-start-here-you-ask"]),
            Block::Heading {
                anchor: "tonight",
                text: "easy-start-here-tonight-heading",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-start-here-reports",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-start-here-write",
            },
            Block::PictureStep {
                picture: Picture::Friends,
                text: "easy-start-here-someone",
            },
            Block::PictureStep {
                picture: Picture::Baby,
                text: "easy-start-here-childcare",
            },
            Block::WriteReport,
            Block::Heading {
                anchor: "tell-your-social-worker",
                text: "easy-start-here-tell-your-social-worker-heading",
            },
            Block::PictureStep {
                picture: Picture::Interpreter,
                text: "easy-start-here-interpreter",
            },
            Block::PictureStep {
                picture: Picture::Book,
                text: "easy-start-here-reading",
            },
            Block::PictureStep {
                picture: Picture::Help,
                text: "easy-start-here-access",
            },
            Block::PictureStep {
                picture: Picture::Stop,
                text: "easy-start-here-unsafe",
            },
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-start-here-danger",
            },
            Block::PictureStep {
                picture: Picture::Lock,
                text: "easy-start-here-private",
            },
        ],
    },
    Page {
        slug: "what-is-a-conference",
        part: Part::Start,
        title: "easy-what-is-a-conference-title",
        summary: "easy-what-is-a-conference-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-what-is-a-conference-meeting",
            },
            Block::PictureStep {
                picture: Picture::Worried,
                text: "easy-what-is-a-conference-why",
            },
            Block::PictureStep {
                picture: Picture::Law,
                text: "easy-what-is-a-conference-law",
            },
            Block::PictureStep {
                picture: Picture::House,
                text: "easy-what-is-a-conference-checks",
            },
            Block::PictureStep {
                picture: Picture::Question,
                text: "easy-what-is-a-conference-who-told",
            },
            Block::PictureStep {
                picture: Picture::Lock,
                text: "easy-what-is-a-conference-secret",
            },
            Block::PictureStep {
                picture: Picture::SocialWorker,
                text: "easy-what-is-a-conference-worker-name",
            },
            Block::ForYou(&[
                "easy-what-is-a-conference-you-not-court",
                "easy-what-is-a-conference-you-fast",
            ]),
            Block::Heading {
                anchor: "what-it-does",
                text: "easy-what-is-a-conference-what-it-does-heading",
            },
            Block::PictureStep {
                picture: Picture::Speech,
                text: "easy-what-is-a-conference-share",
            },
            Block::PictureStep {
                picture: Picture::Happy,
                text: "easy-what-is-a-conference-strengths",
            },
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-what-is-a-conference-plan",
            },
            Block::OnlyIn(
                Nation::England,
                &[Block::PictureStep {
                    picture: Picture::Speech,
                    text: "easy-what-is-a-conference-plan-england",
                }],
            ),
            Block::OnlyIn(
                Nation::Wales,
                &[
                    Block::PictureStep {
                        picture: Picture::Speech,
                        text: "easy-what-is-a-conference-plan-wales",
                    },
                    Block::PictureStep {
                        picture: Picture::Book,
                        text: "easy-what-is-a-conference-register-wales",
                    },
                ],
            ),
            Block::Heading {
                anchor: "what-it-cannot-do",
                text: "easy-what-is-a-conference-what-it-cannot-do-heading",
            },
            Block::PictureStep {
                picture: Picture::Stop,
                text: "easy-what-is-a-conference-cannot-live",
            },
            Block::PictureStep {
                picture: Picture::House,
                text: "easy-what-is-a-conference-away",
            },
            Block::PictureStep {
                picture: Picture::Solicitor,
                text: "easy-what-is-a-conference-advice",
            },
            Block::PictureStep {
                picture: Picture::Family,
                text: "easy-what-is-a-conference-all-children",
            },
        ],
    },
    Page {
        slug: "before-the-conference",
        part: Part::Before,
        title: "easy-before-the-conference-title",
        summary: "easy-before-the-conference-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-before-the-conference-letter",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-before-the-conference-reports",
            },
            Block::PictureStep {
                picture: Picture::Calendar,
                text: "easy-before-the-conference-reports-when",
            },
            Block::PictureStep {
                picture: Picture::Question,
                text: "easy-before-the-conference-reports-wrong",
            },
            Block::PictureStep {
                picture: Picture::Police,
                text: "easy-before-the-conference-police",
            },
            Block::PictureStep {
                picture: Picture::Chair,
                text: "easy-before-the-conference-chair",
            },
            Block::PictureStep {
                picture: Picture::VideoCall,
                text: "easy-before-the-conference-online",
            },
            Block::ForYou(&[
                "easy-before-the-conference-you-write",
                "easy-before-the-conference-you-help",
            ]),
            Block::Heading {
                anchor: "help-to-understand",
                text: "easy-before-the-conference-help-to-understand-heading",
            },
            Block::PictureStep {
                picture: Picture::Book,
                text: "easy-before-the-conference-easy-read",
            },
            Block::PictureStep {
                picture: Picture::Friends,
                text: "easy-before-the-conference-read-with",
            },
            Block::PictureStep {
                picture: Picture::Clock,
                text: "easy-before-the-conference-time",
            },
            Block::PictureStep {
                picture: Picture::Advocate,
                text: "easy-before-the-conference-advocate",
            },
            Block::Heading {
                anchor: "questions",
                text: "easy-before-the-conference-questions-heading",
            },
            Block::PictureStep {
                picture: Picture::Question,
                text: "easy-before-the-conference-ask-worry",
            },
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-before-the-conference-ask-change",
            },
            Block::PictureStep {
                picture: Picture::Help,
                text: "easy-before-the-conference-ask-help",
            },
            Block::WriteReport,
        ],
    },
    Page {
        slug: "writing-your-views",
        part: Part::Before,
        title: "easy-writing-your-views-title",
        summary: "easy-writing-your-views-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-writing-your-views-why",
            },
            Block::PictureStep {
                picture: Picture::Happy,
                text: "easy-writing-your-views-choice",
            },
            Block::PictureStep {
                picture: Picture::Friends,
                text: "easy-writing-your-views-help",
            },
            Block::ForYou(&[
                "easy-writing-your-views-you-form",
                "easy-writing-your-views-you-nothing-kept",
            ]),
            Block::Heading {
                anchor: "what-to-write",
                text: "easy-writing-your-views-what-to-write-heading",
            },
            Block::PictureStep {
                picture: Picture::Heart,
                text: "easy-writing-your-views-good",
            },
            Block::PictureStep {
                picture: Picture::Worried,
                text: "easy-writing-your-views-worries",
            },
            Block::PictureStep {
                picture: Picture::Help,
                text: "easy-writing-your-views-support",
            },
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-writing-your-views-next",
            },
            Block::Heading {
                anchor: "when-you-finish",
                text: "easy-writing-your-views-when-you-finish-heading",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-writing-your-views-pdf",
            },
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-writing-your-views-send",
            },
            Block::PictureStep {
                picture: Picture::Lock,
                text: "easy-writing-your-views-private",
            },
            Block::WriteReport,
        ],
    },
    Page {
        slug: "who-will-be-there",
        part: Part::Before,
        title: "easy-who-will-be-there-title",
        summary: "easy-who-will-be-there-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Chair,
                text: "easy-who-will-be-there-chair",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-who-will-be-there-minutes",
            },
            Block::PictureStep {
                picture: Picture::SocialWorker,
                text: "easy-who-will-be-there-social-worker",
            },
            Block::PictureStep {
                picture: Picture::Doctor,
                text: "easy-who-will-be-there-health",
            },
            Block::PictureStep {
                picture: Picture::Teacher,
                text: "easy-who-will-be-there-school",
            },
            Block::PictureStep {
                picture: Picture::Police,
                text: "easy-who-will-be-there-police",
            },
            Block::PictureStep {
                picture: Picture::Family,
                text: "easy-who-will-be-there-family",
            },
            Block::ForYou(&[
                "easy-who-will-be-there-you-names",
                "easy-who-will-be-there-you-tell",
            ]),
            Block::Heading {
                anchor: "not-safe",
                text: "easy-who-will-be-there-not-safe-heading",
            },
            Block::PictureStep {
                picture: Picture::Stop,
                text: "easy-who-will-be-there-ex",
            },
            Block::PictureStep {
                picture: Picture::Chair,
                text: "easy-who-will-be-there-decide",
            },
            Block::PictureStep {
                picture: Picture::Lock,
                text: "easy-who-will-be-there-address",
            },
        ],
    },
    Page {
        slug: "your-family",
        part: Part::Before,
        title: "easy-your-family-title",
        summary: "easy-your-family-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Family,
                text: "easy-your-family-other-parent",
            },
            Block::PictureStep {
                picture: Picture::Stop,
                text: "easy-your-family-apart",
            },
            Block::PictureStep {
                picture: Picture::Law,
                text: "easy-your-family-pr",
            },
            Block::PictureStep {
                picture: Picture::Parent,
                text: "easy-your-family-mother",
            },
            Block::PictureStep {
                picture: Picture::House,
                text: "easy-your-family-partner",
            },
            Block::ForYou(&["easy-your-family-you-help", "easy-your-family-you-ask"]),
            Block::Heading {
                anchor: "family-meeting",
                text: "easy-your-family-family-meeting-heading",
            },
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-your-family-fgc",
            },
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-your-family-fgc-plan",
            },
            Block::PictureStep {
                picture: Picture::Agree,
                text: "easy-your-family-fgc-agree",
            },
        ],
    },
    Page {
        slug: "bringing-someone",
        part: Part::Before,
        title: "easy-bringing-someone-title",
        summary: "easy-bringing-someone-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Friends,
                text: "easy-bringing-someone-who",
            },
            Block::PictureStep {
                picture: Picture::Lock,
                text: "easy-bringing-someone-trust",
            },
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-bringing-someone-tell",
            },
            Block::PictureStep {
                picture: Picture::Advocate,
                text: "easy-bringing-someone-advocate",
            },
            Block::ForYou(&[
                "easy-bringing-someone-you-bring",
                "easy-bringing-someone-you-advice",
            ]),
            Block::Heading {
                anchor: "solicitor",
                text: "easy-bringing-someone-solicitor-heading",
            },
            Block::PictureStep {
                picture: Picture::Solicitor,
                text: "easy-bringing-someone-solicitor",
            },
            Block::PictureStep {
                picture: Picture::Stop,
                text: "easy-bringing-someone-solicitor-cannot",
            },
            Block::PictureStep {
                picture: Picture::Money,
                text: "easy-bringing-someone-legal-aid",
            },
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-bringing-someone-letter",
            },
        ],
    },
    Page {
        slug: "help-to-take-part",
        part: Part::Before,
        title: "easy-help-to-take-part-title",
        summary: "easy-help-to-take-part-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Help,
                text: "easy-help-to-take-part-law",
            },
            Block::PictureStep {
                picture: Picture::House,
                text: "easy-help-to-take-part-room",
            },
            Block::PictureStep {
                picture: Picture::Listen,
                text: "easy-help-to-take-part-hearing",
            },
            Block::PictureStep {
                picture: Picture::Book,
                text: "easy-help-to-take-part-papers",
            },
            Block::PictureStep {
                picture: Picture::Clock,
                text: "easy-help-to-take-part-breaks",
            },
            Block::PictureStep {
                picture: Picture::VideoCall,
                text: "easy-help-to-take-part-video",
            },
            Block::ForYou(&[
                "easy-help-to-take-part-you-early",
                "easy-help-to-take-part-you-free",
            ]),
            Block::Heading {
                anchor: "interpreter",
                text: "easy-help-to-take-part-interpreter-heading",
            },
            Block::PictureStep {
                picture: Picture::Interpreter,
                text: "easy-help-to-take-part-interpreter",
            },
            Block::PictureStep {
                picture: Picture::Family,
                text: "easy-help-to-take-part-not-family",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-help-to-take-part-translate",
            },
            Block::OnlyIn(
                Nation::Wales,
                &[Block::PictureStep {
                    picture: Picture::Speech,
                    text: "easy-help-to-take-part-welsh",
                }],
            ),
        ],
    },
    Page {
        slug: "your-childs-part",
        part: Part::Before,
        title: "easy-your-childs-part-title",
        summary: "easy-your-childs-part-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Child,
                text: "easy-your-childs-part-attend",
            },
            Block::PictureStep {
                picture: Picture::Baby,
                text: "easy-your-childs-part-young",
            },
            Block::PictureStep {
                picture: Picture::Advocate,
                text: "easy-your-childs-part-advocate",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-your-childs-part-letter",
            },
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-your-childs-part-recording",
            },
            Block::ForYou(&[
                "easy-your-childs-part-you-matter",
                "easy-your-childs-part-you-talk",
            ]),
            Block::PictureStep {
                picture: Picture::Door,
                text: "easy-your-childs-part-leave",
            },
        ],
    },
    Page {
        slug: "helping-a-child",
        part: Part::Before,
        title: "easy-helping-a-child-title",
        summary: "easy-helping-a-child-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Child,
                text: "easy-helping-a-child-sit",
            },
            Block::PictureStep {
                picture: Picture::House,
                text: "easy-helping-a-child-houses",
            },
            Block::PictureStep {
                picture: Picture::Listen,
                text: "easy-helping-a-child-listen",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-helping-a-child-words",
            },
            Block::PictureStep {
                picture: Picture::Advocate,
                text: "easy-helping-a-child-advocate",
            },
            Block::PictureStep {
                picture: Picture::Safe,
                text: "easy-helping-a-child-unsafe",
            },
            Block::ForYou(&["easy-helping-a-child-you-read"]),
        ],
    },
    Page {
        slug: "practical-questions",
        part: Part::Before,
        title: "easy-practical-questions-title",
        summary: "easy-practical-questions-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-practical-questions-bring-letter",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-practical-questions-bring-reports",
            },
            Block::PictureStep {
                picture: Picture::Pencil,
                text: "easy-practical-questions-bring-pen",
            },
            Block::PictureStep {
                picture: Picture::Money,
                text: "easy-practical-questions-travel",
            },
            Block::PictureStep {
                picture: Picture::Clock,
                text: "easy-practical-questions-work",
            },
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-practical-questions-late",
            },
            Block::ForYou(&[
                "easy-practical-questions-you-early",
                "easy-practical-questions-you-private",
            ]),
            Block::PictureStep {
                picture: Picture::Baby,
                text: "easy-practical-questions-baby",
            },
            Block::PictureStep {
                picture: Picture::Stop,
                text: "easy-practical-questions-record",
            },
            Block::PictureStep {
                picture: Picture::Lock,
                text: "easy-practical-questions-share",
            },
        ],
    },
    Page {
        slug: "on-the-day",
        part: Part::OnTheDay,
        title: "easy-on-the-day-title",
        summary: "easy-on-the-day-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Chair,
                text: "easy-on-the-day-chair-first",
            },
            Block::PictureStep {
                picture: Picture::Friends,
                text: "easy-on-the-day-names",
            },
            Block::PictureStep {
                picture: Picture::SocialWorker,
                text: "easy-on-the-day-social-worker",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-on-the-day-reports",
            },
            Block::PictureStep {
                picture: Picture::Speech,
                text: "easy-on-the-day-you",
            },
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-on-the-day-decide",
            },
            Block::ForYou(&["easy-on-the-day-you-break", "easy-on-the-day-you-ask"]),
            Block::Heading {
                anchor: "how-long",
                text: "easy-on-the-day-how-long-heading",
            },
            Block::PictureStep {
                picture: Picture::Clock,
                text: "easy-on-the-day-length",
            },
            Block::PictureStep {
                picture: Picture::Door,
                text: "easy-on-the-day-leave",
            },
            Block::PictureStep {
                picture: Picture::Worried,
                text: "easy-on-the-day-upset",
            },
        ],
    },
    Page {
        slug: "the-decision",
        part: Part::OnTheDay,
        title: "easy-the-decision-title",
        summary: "easy-the-decision-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Question,
                text: "easy-the-decision-question",
            },
            Block::OnlyIn(
                Nation::England,
                &[Block::PictureStep {
                    picture: Picture::Speech,
                    text: "easy-the-decision-name-england",
                }],
            ),
            Block::OnlyIn(
                Nation::Wales,
                &[
                    Block::PictureStep {
                        picture: Picture::Speech,
                        text: "easy-the-decision-name-wales",
                    },
                    Block::PictureStep {
                        picture: Picture::Book,
                        text: "easy-the-decision-register",
                    },
                ],
            ),
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-the-decision-plan",
            },
            Block::PictureStep {
                picture: Picture::SocialWorker,
                text: "easy-the-decision-key-worker",
            },
            Block::PictureStep {
                picture: Picture::Help,
                text: "easy-the-decision-no-plan",
            },
            Block::ForYou(&[
                "easy-the-decision-you-disagree",
                "easy-the-decision-you-work",
            ]),
            Block::Heading {
                anchor: "kinds-of-harm",
                text: "easy-the-decision-kinds-of-harm-heading",
            },
            Block::PictureStep {
                picture: Picture::Warning,
                text: "easy-the-decision-category",
            },
            Block::OnlyIn(
                Nation::England,
                &[Block::PictureStep {
                    picture: Picture::Report,
                    text: "easy-the-decision-four",
                }],
            ),
            Block::OnlyIn(
                Nation::Wales,
                &[Block::PictureStep {
                    picture: Picture::Report,
                    text: "easy-the-decision-five",
                }],
            ),
            Block::PictureStep {
                picture: Picture::House,
                text: "easy-the-decision-neglect",
            },
        ],
    },
    Page {
        slug: "after-the-conference",
        part: Part::After,
        title: "easy-after-the-conference-title",
        summary: "easy-after-the-conference-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-after-the-conference-minutes",
            },
            Block::PictureStep {
                picture: Picture::Calendar,
                text: "easy-after-the-conference-minutes-when",
            },
            Block::PictureStep {
                picture: Picture::Question,
                text: "easy-after-the-conference-minutes-wrong",
            },
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-after-the-conference-core-group",
            },
            Block::PictureStep {
                picture: Picture::Calendar,
                text: "easy-after-the-conference-core-group-first",
            },
            Block::PictureStep {
                picture: Picture::House,
                text: "easy-after-the-conference-visits",
            },
            Block::ForYou(&[
                "easy-after-the-conference-you-ask",
                "easy-after-the-conference-you-move",
            ]),
            Block::Heading {
                anchor: "next-meeting",
                text: "easy-after-the-conference-next-meeting-heading",
            },
            Block::PictureStep {
                picture: Picture::Calendar,
                text: "easy-after-the-conference-review",
            },
            Block::PictureStep {
                picture: Picture::Happy,
                text: "easy-after-the-conference-end",
            },
            Block::PictureStep {
                picture: Picture::Clock,
                text: "easy-after-the-conference-how-long",
            },
        ],
    },
    Page {
        slug: "dates",
        part: Part::After,
        title: "easy-dates-title",
        summary: "easy-dates-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Calendar,
                text: "easy-dates-what",
            },
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-dates-find",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-dates-type",
            },
            Block::WorkOutDates,
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-dates-reports",
            },
            Block::PictureStep {
                picture: Picture::Chair,
                text: "easy-dates-chair",
            },
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-dates-core-group",
            },
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-dates-minutes",
            },
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-dates-review",
            },
            Block::ForYou(&[
                "easy-dates-you-by",
                "easy-dates-you-ask",
                "easy-dates-you-private",
            ]),
            Block::PictureStep {
                picture: Picture::Help,
                text: "easy-dates-standard",
            },
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-dates-calendar",
            },
        ],
    },
    Page {
        slug: "if-things-do-not-improve",
        part: Part::After,
        title: "easy-if-things-do-not-improve-title",
        summary: "easy-if-things-do-not-improve-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Worried,
                text: "easy-if-things-do-not-improve-review",
            },
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-if-things-do-not-improve-backup",
            },
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-if-things-do-not-improve-letter",
            },
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-if-things-do-not-improve-meeting",
            },
            Block::PictureStep {
                picture: Picture::Money,
                text: "easy-if-things-do-not-improve-free",
            },
            Block::ForYou(&[
                "easy-if-things-do-not-improve-you-solicitor",
                "easy-if-things-do-not-improve-you-keep",
            ]),
            Block::PictureStep {
                picture: Picture::Family,
                text: "easy-if-things-do-not-improve-family",
            },
            Block::PictureStep {
                picture: Picture::Law,
                text: "easy-if-things-do-not-improve-court",
            },
        ],
    },
    Page {
        slug: "if-you-cannot-go",
        part: Part::YourRights,
        title: "easy-if-you-cannot-go-title",
        summary: "easy-if-you-cannot-go-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-if-you-cannot-go-why",
            },
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-if-you-cannot-go-tell",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-if-you-cannot-go-letter",
            },
            Block::PictureStep {
                picture: Picture::VideoCall,
                text: "easy-if-you-cannot-go-video",
            },
            Block::PictureStep {
                picture: Picture::Chair,
                text: "easy-if-you-cannot-go-meet-chair",
            },
            Block::ForYou(&[
                "easy-if-you-cannot-go-you-say",
                "easy-if-you-cannot-go-you-told",
            ]),
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-if-you-cannot-go-decision",
            },
        ],
    },
    Page {
        slug: "confidentiality",
        part: Part::YourRights,
        title: "easy-confidentiality-title",
        summary: "easy-confidentiality-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Lock,
                text: "easy-confidentiality-confidential",
            },
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-confidentiality-why",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-confidentiality-minutes",
            },
            Block::PictureStep {
                picture: Picture::Friends,
                text: "easy-confidentiality-supporter",
            },
            Block::ForYou(&[
                "easy-confidentiality-you-keep",
                "easy-confidentiality-you-past",
            ]),
            Block::PictureStep {
                picture: Picture::Stop,
                text: "easy-confidentiality-address",
            },
            Block::PictureStep {
                picture: Picture::House,
                text: "easy-confidentiality-past",
            },
        ],
    },
    Page {
        slug: "your-records",
        part: Part::YourRights,
        title: "easy-your-records-title",
        summary: "easy-your-records-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-your-records-read",
            },
            Block::PictureStep {
                picture: Picture::Pencil,
                text: "easy-your-records-mark",
            },
            Block::PictureStep {
                picture: Picture::SocialWorker,
                text: "easy-your-records-tell",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-your-records-minutes",
            },
            Block::OnlyIn(
                Nation::Wales,
                &[Block::PictureStep {
                    picture: Picture::Calendar,
                    text: "easy-your-records-wales-time",
                }],
            ),
            Block::PictureStep {
                picture: Picture::Book,
                text: "easy-your-records-file",
            },
            Block::ForYou(&["easy-your-records-you-copy", "easy-your-records-you-view"]),
        ],
    },
    Page {
        slug: "what-to-expect",
        part: Part::YourRights,
        title: "easy-what-to-expect-title",
        summary: "easy-what-to-expect-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Listen,
                text: "easy-what-to-expect-listened",
            },
            Block::PictureStep {
                picture: Picture::Heart,
                text: "easy-what-to-expect-respect",
            },
            Block::PictureStep {
                picture: Picture::Speech,
                text: "easy-what-to-expect-honest",
            },
            Block::PictureStep {
                picture: Picture::Book,
                text: "easy-what-to-expect-explain",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-what-to-expect-reports",
            },
            Block::PictureStep {
                picture: Picture::Agree,
                text: "easy-what-to-expect-do",
            },
            Block::ForYou(&[
                "easy-what-to-expect-you-perfect",
                "easy-what-to-expect-you-tell",
            ]),
            Block::Heading {
                anchor: "what-they-ask",
                text: "easy-what-to-expect-what-they-ask-heading",
            },
            Block::PictureStep {
                picture: Picture::Child,
                text: "easy-what-to-expect-see",
            },
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-what-to-expect-plan",
            },
            Block::PictureStep {
                picture: Picture::Question,
                text: "easy-what-to-expect-ask",
            },
        ],
    },
    Page {
        slug: "complaints",
        part: Part::YourRights,
        title: "easy-complaints-title",
        summary: "easy-complaints-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Disagree,
                text: "easy-complaints-say",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-complaints-minutes",
            },
            Block::PictureStep {
                picture: Picture::Chair,
                text: "easy-complaints-talk",
            },
            Block::PictureStep {
                picture: Picture::Complaint,
                text: "easy-complaints-complain",
            },
            Block::OnlyIn(
                Nation::England,
                &[Block::PictureStep {
                    picture: Picture::Book,
                    text: "easy-complaints-england",
                }],
            ),
            Block::OnlyIn(
                Nation::Wales,
                &[Block::PictureStep {
                    picture: Picture::Book,
                    text: "easy-complaints-wales",
                }],
            ),
            Block::PictureStep {
                picture: Picture::Plan,
                text: "easy-complaints-plan-goes-on",
            },
            Block::ForYou(&["easy-complaints-you-soon", "easy-complaints-you-work"]),
            Block::PictureStep {
                picture: Picture::Law,
                text: "easy-complaints-ombudsman",
            },
        ],
    },
    Page {
        slug: "glossary",
        part: Part::Help,
        title: "easy-glossary-title",
        summary: "easy-glossary-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Book,
                text: "easy-glossary-intro",
            },
            Block::Heading {
                anchor: "child-protection-conference",
                text: "easy-glossary-child-protection-conference-heading",
            },
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-glossary-conference",
            },
            Block::Heading {
                anchor: "independent-chair",
                text: "easy-glossary-independent-chair-heading",
            },
            Block::PictureStep {
                picture: Picture::Chair,
                text: "easy-glossary-chair",
            },
            Block::Heading {
                anchor: "social-worker",
                text: "easy-glossary-social-worker-heading",
            },
            Block::PictureStep {
                picture: Picture::SocialWorker,
                text: "easy-glossary-social-worker",
            },
            Block::Heading {
                anchor: "minutes",
                text: "easy-glossary-minutes-heading",
            },
            Block::PictureStep {
                picture: Picture::Writing,
                text: "easy-glossary-minutes",
            },
            Block::Heading {
                anchor: "core-group",
                text: "easy-glossary-core-group-heading",
            },
            Block::PictureStep {
                picture: Picture::Meeting,
                text: "easy-glossary-core-group",
            },
            Block::Heading {
                anchor: "advocate",
                text: "easy-glossary-advocate-heading",
            },
            Block::PictureStep {
                picture: Picture::Advocate,
                text: "easy-glossary-advocate",
            },
            Block::Heading {
                anchor: "interpreter",
                text: "easy-glossary-interpreter-heading",
            },
            Block::PictureStep {
                picture: Picture::Interpreter,
                text: "easy-glossary-interpreter",
            },
            Block::Heading {
                anchor: "solicitor",
                text: "easy-glossary-solicitor-heading",
            },
            Block::PictureStep {
                picture: Picture::Solicitor,
                text: "easy-glossary-solicitor",
            },
            Block::Heading {
                anchor: "legal-aid",
                text: "easy-glossary-legal-aid-heading",
            },
            Block::PictureStep {
                picture: Picture::Money,
                text: "easy-glossary-legal-aid",
            },
            Block::Heading {
                anchor: "working-days",
                text: "easy-glossary-working-days-heading",
            },
            Block::PictureStep {
                picture: Picture::Calendar,
                text: "easy-glossary-working-days",
            },
            Block::ForYou(&["easy-glossary-you-ask"]),
        ],
    },
    Page {
        slug: "help-and-contacts",
        part: Part::Help,
        title: "easy-help-and-contacts-title",
        summary: "easy-help-and-contacts-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-help-and-contacts-danger",
            },
            Block::PictureStep {
                picture: Picture::SocialWorker,
                text: "easy-help-and-contacts-social-worker",
            },
            Block::CouncilContacts,
            Block::PictureStep {
                picture: Picture::Advocate,
                text: "easy-help-and-contacts-advocacy",
            },
            Block::PictureStep {
                picture: Picture::Safe,
                text: "easy-help-and-contacts-abuse",
            },
            Block::PictureStep {
                picture: Picture::Doctor,
                text: "easy-help-and-contacts-gp",
            },
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-help-and-contacts-frg",
            },
            Block::PictureStep {
                picture: Picture::Child,
                text: "easy-help-and-contacts-childline",
            },
            Block::ForYou(&[
                "easy-help-and-contacts-you-talk",
                "easy-help-and-contacts-you-formats",
            ]),
        ],
    },
    Page {
        slug: "staying-safe-online",
        part: Part::Help,
        title: "easy-staying-safe-online-title",
        summary: "easy-staying-safe-online-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-staying-safe-online-danger",
            },
            Block::PictureStep {
                picture: Picture::Door,
                text: "easy-staying-safe-online-exit",
            },
            Block::PictureStep {
                picture: Picture::Clock,
                text: "easy-staying-safe-online-history",
            },
            Block::PictureStep {
                picture: Picture::Lock,
                text: "easy-staying-safe-online-private",
            },
            Block::PictureStep {
                picture: Picture::Report,
                text: "easy-staying-safe-online-downloads",
            },
            Block::ForYou(&[
                "easy-staying-safe-online-you-close",
                "easy-staying-safe-online-you-screen",
            ]),
        ],
    },
    Page {
        slug: "accessibility",
        part: Part::Help,
        title: "easy-accessibility-title",
        summary: "easy-accessibility-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-accessibility-phone",
            },
            Block::PictureStep {
                picture: Picture::Book,
                text: "easy-accessibility-easy-read",
            },
            Block::PictureStep {
                picture: Picture::Warning,
                text: "easy-accessibility-problems",
            },
            Block::PictureStep {
                picture: Picture::Interpreter,
                text: "easy-accessibility-english",
            },
            Block::PictureStep {
                picture: Picture::Letter,
                text: "easy-accessibility-tell",
            },
            Block::ForYou(&["easy-accessibility-you-tell"]),
        ],
    },
    Page {
        slug: "feeling-unsafe",
        part: Part::Help,
        title: "easy-feeling-unsafe-title",
        summary: "easy-feeling-unsafe-summary",
        blocks: &[
            Block::PictureStep {
                picture: Picture::Phone,
                text: "easy-feeling-unsafe-999",
            },
            Block::PictureStep {
                picture: Picture::Speech,
                text: "easy-feeling-unsafe-childline",
            },
            Block::PictureStep {
                picture: Picture::Help,
                text: "easy-feeling-unsafe-adult",
            },
            Block::PictureStep {
                picture: Picture::Heart,
                text: "easy-feeling-unsafe-not-your-fault",
            },
            Block::ForYou(&["easy-feeling-unsafe-you-exit"]),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every block in a page, nested ones included.
    fn all_blocks(blocks: &'static [Block]) -> Vec<&'static Block> {
        blocks
            .iter()
            .flat_map(|block| match block {
                Block::OnlyIn(_, inner) => {
                    let mut found = vec![block];
                    found.extend(all_blocks(inner));
                    found
                }
                _ => vec![block],
            })
            .collect()
    }

    #[test]
    fn every_standard_page_has_an_easy_read_twin_in_the_same_order() {
        let standard: Vec<(&str, Part)> = PAGES.iter().map(|page| (page.slug, page.part)).collect();
        let twins: Vec<(&str, Part)> = EASY_PAGES
            .iter()
            .filter(|page| !EASY_ONLY_SLUGS.contains(&page.slug))
            .map(|page| (page.slug, page.part))
            .collect();
        assert_eq!(twins, standard);
        for slug in EASY_ONLY_SLUGS {
            assert!(
                EASY_PAGES.iter().any(|page| page.slug == slug),
                "the easy-read page {slug} exists"
            );
            assert!(
                PAGES.iter().all(|page| page.slug != slug),
                "{slug} is easy read only: its twin is a form"
            );
        }
    }

    #[test]
    fn every_easy_page_is_picture_steps_with_one_box_for_you() {
        for page in EASY_PAGES {
            let blocks = all_blocks(page.blocks);
            let steps = blocks
                .iter()
                .filter(|block| matches!(block, Block::PictureStep { .. }))
                .count();
            let boxes = blocks
                .iter()
                .filter(|block| matches!(block, Block::ForYou(_)))
                .count();
            assert!(steps >= 4, "{}: only {steps} picture steps", page.slug);
            assert_eq!(boxes, 1, "{}: one 'What this means for you' box", page.slug);
            for block in blocks {
                // Words in easy read come with a picture: no bare paragraphs, lists or tables.
                assert!(
                    matches!(
                        block,
                        Block::PictureStep { .. }
                            | Block::ForYou(_)
                            | Block::Heading { .. }
                            | Block::OnlyIn(..)
                            | Block::WriteReport
                            | Block::WorkOutDates
                            | Block::CouncilContacts
                    ),
                    "{}: {block:?} is not an easy-read block",
                    page.slug
                );
            }
            // The most important things first: the page opens with a picture step.
            assert!(
                matches!(page.blocks.first(), Some(Block::PictureStep { .. })),
                "{} starts with a picture step",
                page.slug
            );
        }
    }

    #[test]
    fn every_step_has_a_picture_file_and_every_picture_file_is_listed() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/public/pictures");
        for page in EASY_PAGES {
            for block in all_blocks(page.blocks) {
                if let Block::PictureStep { picture, text } = block {
                    let file = format!("{folder}/{}.svg", picture.name());
                    assert!(
                        std::path::Path::new(&file).is_file(),
                        "{} {text}: no {file}",
                        page.slug
                    );
                }
            }
        }
        let mut on_disk: Vec<String> = std::fs::read_dir(folder)
            .expect("public/pictures is readable")
            .filter_map(|entry| {
                let name = entry.expect("entry").file_name().into_string().ok()?;
                name.strip_suffix(".svg").map(str::to_owned)
            })
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = Picture::ALL
            .iter()
            .map(|picture| picture.name().to_owned())
            .collect();
        listed.sort();
        assert_eq!(on_disk, listed, "run end2end/pictures/extract.mjs");
        let licence = std::fs::read_to_string(format!("{folder}/LICENCE.md")).expect("licence");
        for name in &listed {
            assert!(
                licence.contains(&format!("| {name}.svg |")),
                "LICENCE.md names the source of {name}.svg"
            );
        }
    }
}
