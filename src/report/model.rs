//! Which questions the report asks, in which section, and the answers a parent gave.
//!
//! Nothing is stored on the server: answers travel in the form itself (hidden fields on the
//! check-your-answers page) and are gone when the response is sent.

use std::collections::BTreeMap;

/// The report's sections, in the order a parent meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    About,
    Strengths,
    Worries,
    Support,
    NextSteps,
    TakingPart,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::About,
        Section::Strengths,
        Section::Worries,
        Section::Support,
        Section::NextSteps,
        Section::TakingPart,
    ];

    /// At least one of these must have something written in it.
    pub const MAIN: [Section; 4] = [
        Section::Strengths,
        Section::Worries,
        Section::Support,
        Section::NextSteps,
    ];

    /// The section's fragment id on the form, and the value of its "Change" button.
    pub fn anchor(self) -> &'static str {
        match self {
            Section::About => "about",
            Section::Strengths => "strengths",
            Section::Worries => "worries",
            Section::Support => "support",
            Section::NextSteps => "next-steps",
            Section::TakingPart => "taking-part",
        }
    }

    pub fn from_anchor(anchor: &str) -> Option<Section> {
        Section::ALL
            .into_iter()
            .find(|section| section.anchor() == anchor)
    }

    /// Fluent id of the section's heading.
    pub fn heading(self) -> &'static str {
        match self {
            Section::About => "report-section-about",
            Section::Strengths => "report-section-strengths",
            Section::Worries => "report-section-worries",
            Section::Support => "report-section-support",
            Section::NextSteps => "report-section-next-steps",
            Section::TakingPart => "report-section-taking-part",
        }
    }

    /// Fluent id of the short text under the heading that says what the section is for.
    pub fn intro(self) -> &'static str {
        match self {
            Section::About => "report-section-about-intro",
            Section::Strengths => "report-section-strengths-intro",
            Section::Worries => "report-section-worries-intro",
            Section::Support => "report-section-support-intro",
            Section::NextSteps => "report-section-next-steps-intro",
            Section::TakingPart => "report-section-taking-part-intro",
        }
    }

    pub fn fields(self) -> impl Iterator<Item = &'static Field> {
        FIELDS.iter().filter(move |field| field.section == self)
    }
}

/// How a field is asked and how much it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Line { max_chars: usize },
    /// Free text in a text area, with a character count.
    Text { max_chars: usize },
    /// One part of the conference date (day, month or year).
    DatePart { max_chars: usize },
    /// One of a few fixed answers (radio buttons); the values are the `options`.
    Choice { options: &'static [&'static str] },
    /// A tick box; ticked means the value "yes".
    Tick,
}

/// One question of the report.
#[derive(Debug)]
pub struct Field {
    /// The form field's name and the element's id.
    pub name: &'static str,
    pub section: Section,
    pub kind: Kind,
    /// Fluent ids of the label and of the hint under it.
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

/// Long answers: enough for a careful page or two of writing, small enough for a chair to read.
pub const LONG_ANSWER_MAX: usize = 5_000;
const NAME_MAX: usize = 100;

/// What the PDF shows in place of a character its fonts cannot draw, so nothing vanishes
/// silently; the check-your-answers page names the characters and this marker.
pub const MISSING_CHARACTER_MARKER: &str = "[?]";

pub const ATTENDING_OPTIONS: &[&str] = &["yes", "no", "not-sure"];

/// Every question, in the order of the form.
pub static FIELDS: &[Field] = &[
    Field {
        name: "parent-name",
        section: Section::About,
        kind: Kind::Line {
            max_chars: NAME_MAX,
        },
        label: "report-parent-name-label",
        hint: Some("report-parent-name-hint"),
    },
    Field {
        name: "relationship",
        section: Section::About,
        kind: Kind::Line {
            max_chars: NAME_MAX,
        },
        label: "report-relationship-label",
        hint: Some("report-relationship-hint"),
    },
    Field {
        name: "child-names",
        section: Section::About,
        kind: Kind::Line { max_chars: 300 },
        label: "report-children-label",
        hint: Some("report-children-hint"),
    },
    Field {
        name: "conference-day",
        section: Section::About,
        kind: Kind::DatePart { max_chars: 2 },
        label: "report-date-day",
        hint: None,
    },
    Field {
        name: "conference-month",
        section: Section::About,
        kind: Kind::DatePart { max_chars: 2 },
        label: "report-date-month",
        hint: None,
    },
    Field {
        name: "conference-year",
        section: Section::About,
        kind: Kind::DatePart { max_chars: 4 },
        label: "report-date-year",
        hint: None,
    },
    Field {
        name: "going-well",
        section: Section::Strengths,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-going-well-label",
        hint: Some("report-going-well-hint"),
    },
    Field {
        name: "family-does-well",
        section: Section::Strengths,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-family-does-well-label",
        hint: Some("report-family-does-well-hint"),
    },
    Field {
        name: "needs-to-change",
        section: Section::Worries,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-needs-to-change-label",
        hint: Some("report-needs-to-change-hint"),
    },
    Field {
        name: "disagree-with",
        section: Section::Worries,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-disagree-with-label",
        hint: Some("report-disagree-with-hint"),
    },
    Field {
        name: "help-needed",
        section: Section::Support,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-help-needed-label",
        hint: Some("report-help-needed-hint"),
    },
    Field {
        name: "how-help-would-work",
        section: Section::Support,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-how-help-would-work-label",
        hint: Some("report-how-help-would-work-hint"),
    },
    Field {
        name: "what-should-happen",
        section: Section::NextSteps,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-what-should-happen-label",
        hint: Some("report-what-should-happen-hint"),
    },
    Field {
        name: "who-could-do-what",
        section: Section::NextSteps,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-who-could-do-what-label",
        hint: Some("report-who-could-do-what-hint"),
    },
    Field {
        name: "questions",
        section: Section::TakingPart,
        kind: Kind::Text {
            max_chars: LONG_ANSWER_MAX,
        },
        label: "report-questions-label",
        hint: Some("report-questions-hint"),
    },
    Field {
        name: "attending",
        section: Section::TakingPart,
        kind: Kind::Choice {
            options: ATTENDING_OPTIONS,
        },
        label: "report-attending-label",
        hint: None,
    },
    Field {
        name: "need-interpreter",
        section: Section::TakingPart,
        kind: Kind::Tick,
        label: "report-need-interpreter-label",
        hint: None,
    },
    Field {
        name: "interpreter-language",
        section: Section::TakingPart,
        kind: Kind::Line {
            max_chars: NAME_MAX,
        },
        label: "report-interpreter-language-label",
        hint: None,
    },
    Field {
        name: "need-advocate",
        section: Section::TakingPart,
        kind: Kind::Tick,
        label: "report-need-advocate-label",
        hint: None,
    },
    Field {
        name: "need-access-help",
        section: Section::TakingPart,
        kind: Kind::Tick,
        label: "report-need-access-help-label",
        hint: None,
    },
    Field {
        name: "help-to-take-part",
        section: Section::TakingPart,
        kind: Kind::Text { max_chars: 1_000 },
        label: "report-help-to-take-part-label",
        hint: Some("report-help-to-take-part-hint"),
    },
];

pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|field| field.name == name)
}

/// What the parent has written so far, by field name. Only fields of the report are kept;
/// anything else in a request is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    values: BTreeMap<&'static str, String>,
}

impl Answers {
    /// The answers in a submitted form. Text is kept exactly as typed apart from what no one
    /// can see or mean: line endings become `\n`, one-line fields lose line breaks, and
    /// control characters other than line breaks and tabs are removed. A repeated field keeps
    /// its first value, so a tampered form cannot swap an answer behind a visible one.
    pub fn from_form<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Answers {
        let mut values = BTreeMap::new();
        for (name, value) in pairs {
            let Some(field) = field(name) else { continue };
            if values.contains_key(field.name) {
                continue;
            }
            let cleaned = clean(value, field.kind);
            if !cleaned.trim().is_empty() {
                values.insert(field.name, cleaned);
            }
        }
        Answers { values }
    }

    /// The answer to a field, or "" if there is none.
    pub fn get(&self, name: &str) -> &str {
        self.values
            .get(name)
            .map(String::as_str)
            .unwrap_or_default()
    }

    pub fn is_ticked(&self, name: &str) -> bool {
        self.get(name) == "yes"
    }

    /// Every answer given, in form order: what travels in hidden fields between pages.
    pub fn filled(&self) -> impl Iterator<Item = (&'static Field, &str)> {
        FIELDS.iter().filter_map(|field| {
            self.values
                .get(field.name)
                .map(|value| (field, value.as_str()))
        })
    }

    pub fn section_is_empty(&self, section: Section) -> bool {
        section
            .fields()
            .all(|field| self.get(field.name).trim().is_empty())
    }
}

fn clean(value: &str, kind: Kind) -> String {
    let unified = value.replace("\r\n", "\n").replace('\r', "\n");
    let one_line = !matches!(kind, Kind::Text { .. });
    unified
        .chars()
        .filter_map(|c| match c {
            '\n' if one_line => Some(' '),
            '\n' | '\t' => Some(c),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// The number of characters as a parent counts them (one per Unicode scalar value).
pub fn character_count(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_every_section_has_fields() {
        let mut names: Vec<_> = FIELDS.iter().map(|field| field.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FIELDS.len());
        for section in Section::ALL {
            assert!(section.fields().next().is_some(), "{section:?}");
            assert_eq!(Section::from_anchor(section.anchor()), Some(section));
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
        for field in FIELDS {
            assert!(
                !FORM_PROPERTIES.contains(&field.name),
                "{} shadows a form property",
                field.name
            );
        }
    }

    #[test]
    fn unknown_fields_are_ignored_and_text_is_kept_exactly() {
        let answers = Answers::from_form([
            (
                "going-well",
                "  Sam is doing well at school.\r\nHe sleeps better. ŵ ą 😀  ",
            ),
            ("chair-email", "someone@evil.example"),
            ("website", "bot"),
        ]);
        assert_eq!(
            answers.get("going-well"),
            "  Sam is doing well at school.\nHe sleeps better. ŵ ą 😀  "
        );
        assert_eq!(answers.filled().count(), 1);
    }

    #[test]
    fn one_line_fields_lose_line_breaks_and_control_characters_go() {
        let answers = Answers::from_form([
            ("parent-name", "Ann\r\nBcc: x@y.z\0"),
            ("going-well", "a\u{7}b\tc"),
        ]);
        assert_eq!(answers.get("parent-name"), "Ann Bcc: x@y.z");
        assert_eq!(answers.get("going-well"), "ab\tc");
    }

    #[test]
    fn the_first_of_a_repeated_field_wins_and_blank_answers_are_dropped() {
        let answers = Answers::from_form([
            ("child-names", "Sam"),
            ("child-names", "Other"),
            ("questions", "   \n "),
        ]);
        assert_eq!(answers.get("child-names"), "Sam");
        assert_eq!(answers.get("questions"), "");
        assert!(answers.section_is_empty(Section::TakingPart));
    }

    #[test]
    fn characters_are_counted_as_people_count_them() {
        assert_eq!(character_count("ŵŷâ"), 3);
        assert_eq!(character_count("😀"), 1);
    }
}
