//! What a person has written so far, by form field name. Nothing is stored on the server:
//! answers travel in the form itself (hidden fields on the check page) and are gone when the
//! response is sent. Only fields of the form are kept; anything else in a request is ignored.

use std::collections::BTreeMap;

use super::definition::{FormDefinition, Input, InputKind, Section};

#[derive(Debug, Clone)]
pub struct Answers {
    pub form: &'static FormDefinition,
    values: BTreeMap<&'static str, String>,
}

impl PartialEq for Answers {
    fn eq(&self, other: &Self) -> bool {
        self.form.slug == other.form.slug && self.values == other.values
    }
}

impl Eq for Answers {}

impl Answers {
    /// No answers yet.
    pub fn empty(form: &'static FormDefinition) -> Answers {
        Answers {
            form,
            values: BTreeMap::new(),
        }
    }

    /// The answers in a submitted form. Text is kept exactly as typed apart from what no one
    /// can see or mean: line endings become `\n`, one-line fields lose line breaks, and
    /// control characters other than line breaks and tabs are removed. A repeated field keeps
    /// its first value, so a tampered form cannot swap an answer behind a visible one.
    pub fn from_form<'a>(
        form: &'static FormDefinition,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Answers {
        let mut values = BTreeMap::new();
        for (name, value) in pairs {
            let Some(input) = form.input(name) else {
                continue;
            };
            if values.contains_key(input.name) {
                continue;
            }
            let cleaned = clean(value, input.kind);
            if !cleaned.trim().is_empty() {
                values.insert(input.name, cleaned);
            }
        }
        Answers { form, values }
    }

    /// The same answers with one field's value in other words (a month typed as "March" kept
    /// as "3"). Only fields of the form; an empty value removes the answer.
    pub fn with_value(mut self, name: &str, value: String) -> Answers {
        if let Some(input) = self.form.input(name) {
            if value.trim().is_empty() {
                self.values.remove(input.name);
            } else {
                self.values.insert(input.name, value);
            }
        }
        self
    }

    /// The answer to a field, or "" if there is none.
    pub fn get(&self, name: &str) -> &str {
        self.values
            .get(name)
            .map(String::as_str)
            .unwrap_or_default()
    }

    pub fn is_ticked(&self, name: &str) -> bool {
        self.get(name) == TICKED
    }

    /// Every answer given, in form order: what travels in hidden fields between pages.
    pub fn filled(&self) -> impl Iterator<Item = (Input, &str)> + '_ {
        self.form.inputs().filter_map(|input| {
            self.values
                .get(input.name)
                .map(|value| (input, value.as_str()))
        })
    }

    pub fn section_is_empty(&self, section: &Section) -> bool {
        section
            .inputs()
            .all(|input| self.get(input.name).trim().is_empty())
    }
}

/// The value a ticked box sends.
pub const TICKED: &str = "yes";

fn clean(value: &str, kind: InputKind) -> String {
    let unified = value.replace("\r\n", "\n").replace('\r', "\n");
    let one_line = !matches!(
        kind,
        InputKind::Text {
            multiline: true,
            ..
        }
    );
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

/// The number of characters as a person counts them (one per Unicode scalar value).
pub fn character_count(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::test_form::TEST_FORM;

    #[test]
    fn unknown_fields_are_ignored_and_text_is_kept_exactly() {
        let answers = Answers::from_form(
            &TEST_FORM,
            [
                ("story", "  A story.\r\nSecond line. ŵ ą 😀  "),
                ("chair-email", "someone@evil.example"),
                ("website", "bot"),
            ],
        );
        assert_eq!(answers.get("story"), "  A story.\nSecond line. ŵ ą 😀  ");
        assert_eq!(answers.filled().count(), 1);
    }

    #[test]
    fn one_line_fields_lose_line_breaks_and_control_characters_go() {
        let answers = Answers::from_form(
            &TEST_FORM,
            [("nickname", "Ann\r\nBcc: x@y.z\0"), ("story", "a\u{7}b\tc")],
        );
        assert_eq!(answers.get("nickname"), "Ann Bcc: x@y.z");
        assert_eq!(answers.get("story"), "ab\tc");
    }

    #[test]
    fn the_first_of_a_repeated_field_wins_and_blank_answers_are_dropped() {
        let answers = Answers::from_form(
            &TEST_FORM,
            [
                ("nickname", "Sam"),
                ("nickname", "Other"),
                ("story", "   \n "),
            ],
        );
        assert_eq!(answers.get("nickname"), "Sam");
        assert_eq!(answers.get("story"), "");
    }

    #[test]
    fn characters_are_counted_as_people_count_them() {
        assert_eq!(character_count("ŵŷâ"), 3);
        assert_eq!(character_count("😀"), 1);
    }
}
