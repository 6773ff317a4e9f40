//! What must be true of a form's answers before they can become a PDF or be sent. A problem is
//! data, not an error: the page shows it next to the field, with every word still there.

use chrono::NaiveDate;

use super::{
    answers::{character_count, Answers, TICKED},
    definition::{DateQuestion, FormDefinition, Question, Rule, DATE_PART_LENGTHS},
};

/// Fluent ids of the errors every form shares.
pub const TOO_LONG: &str = "form-error-too-long";
pub const UNKNOWN_CHOICE: &str = "form-error-choice-unknown";

/// A problem with one answer: `field` is the id of the element the error summary links to,
/// `message` a Fluent id, formatted with `numbers` and with `$label`, the question's label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
    pub numbers: Vec<(&'static str, usize)>,
}

impl FieldError {
    fn new(field: &'static str, message: &'static str) -> FieldError {
        FieldError {
            field,
            message,
            numbers: Vec::new(),
        }
    }
}

/// Every problem with the answers, in the order of the form.
pub fn validate(answers: &Answers) -> Vec<FieldError> {
    let form = answers.form;
    let mut errors = Vec::new();
    for question in form.sections.iter().flat_map(|section| section.questions) {
        match question {
            Question::Text(text) => {
                let value = answers.get(text.name);
                let count = character_count(value);
                if count > text.max_chars {
                    errors.push(FieldError {
                        field: text.name,
                        message: TOO_LONG,
                        numbers: vec![("max", text.max_chars), ("over", count - text.max_chars)],
                    });
                } else if let Some(message) = text.required.filter(|_| value.trim().is_empty()) {
                    errors.push(FieldError::new(text.name, message));
                }
            }
            Question::Date(date) => {
                if let Err(error) = date_answer(answers, date) {
                    errors.push(error);
                }
            }
            Question::Choice(choice) => {
                let value = answers.get(choice.name);
                if !value.is_empty() && choice.option(value).is_none() {
                    errors.push(FieldError::new(choice.name, UNKNOWN_CHOICE));
                }
            }
            Question::Ticks(group) => {
                for tick in group.ticks {
                    let value = answers.get(tick.name);
                    if !value.is_empty() && value != TICKED {
                        errors.push(FieldError::new(tick.name, UNKNOWN_CHOICE));
                    }
                    if let Some(detail) = &tick.detail {
                        let count = character_count(answers.get(detail.name));
                        if count > detail.max_chars {
                            errors.push(FieldError {
                                field: detail.name,
                                message: TOO_LONG,
                                numbers: vec![
                                    ("max", detail.max_chars),
                                    ("over", count - detail.max_chars),
                                ],
                            });
                        }
                    }
                }
            }
        }
    }
    for rule in form.rules {
        if let Some(error) = broken(rule, answers) {
            // In form order: the rule's error goes where its field is.
            let position = position_in_form(form, error.field);
            let index = errors
                .iter()
                .position(|existing| position_in_form(form, existing.field) > position)
                .unwrap_or(errors.len());
            errors.insert(index, error);
        }
    }
    errors
}

fn position_in_form(form: &FormDefinition, field: &str) -> usize {
    form.inputs()
        .position(|input| input.name == field)
        .unwrap_or(usize::MAX)
}

fn broken(rule: &Rule, answers: &Answers) -> Option<FieldError> {
    match rule {
        Rule::SomethingWritten {
            sections,
            error_at,
            message,
        } => sections
            .iter()
            .filter_map(|anchor| answers.form.section(anchor))
            .all(|section| answers.section_is_empty(section))
            .then(|| FieldError::new(error_at, message)),
        Rule::Answered {
            inputs,
            error_at,
            message,
        } => unanswered(answers, inputs).then(|| FieldError::new(error_at, message)),
        Rule::AnsweredWhenTicked {
            when_ticked,
            inputs,
            error_at,
            message,
        } => (answers.get(when_ticked) == TICKED && unanswered(answers, inputs))
            .then(|| FieldError::new(error_at, message)),
    }
}

fn unanswered(answers: &Answers, inputs: &[&str]) -> bool {
    inputs
        .iter()
        .all(|name| answers.get(name).trim().is_empty())
}

/// The form's dates with the day and month as their boxes ask for them, numbers, when they
/// were typed the way people write dates: a day as "27th", a month as "March", "Mar" or "mar."
/// in the page's language (`month_words`: each month's words, January first). Anything else
/// stays as typed, for `date_answer` to explain.
pub fn dates_as_numbers(answers: Answers, month_words: &[Vec<String>]) -> Answers {
    let form = answers.form;
    let mut answers = answers;
    for question in form.sections.iter().flat_map(|section| section.questions) {
        let Question::Date(date) = question else {
            continue;
        };
        let [day_name, month_name, _] = date.parts;
        if let Some(day) = day_number(answers.get(day_name)) {
            answers = answers.with_value(day_name, day);
        }
        if let Some(month) = month_number(answers.get(month_name), month_words) {
            answers = answers.with_value(month_name, month.to_string());
        }
    }
    answers
}

/// "27th", "1st", "2nd": the digits of a day followed by a short ordinal ending.
fn day_number(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let digits_end = typed
        .find(|c: char| !c.is_ascii_digit())
        .filter(|&end| end > 0)?;
    let ending = &typed[digits_end..];
    let is_ordinal_ending = ending.chars().count() == 2 && ending.chars().all(char::is_alphabetic);
    is_ordinal_ending.then(|| typed[..digits_end].to_owned())
}

/// A month's number from one of its words, or the start of one (3 letters at least), in any
/// case, with or without a full stop.
fn month_number(typed: &str, month_words: &[Vec<String>]) -> Option<usize> {
    let typed = typed.trim().trim_end_matches('.').to_lowercase();
    if typed.chars().count() < 3 || typed.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut matches = month_words.iter().enumerate().filter(|(_, words)| {
        words
            .iter()
            .any(|word| word.to_lowercase().starts_with(&typed))
    });
    let (index, _) = matches.next()?;
    // A start two months share names neither of them.
    matches.next().is_none().then_some(index + 1)
}

/// The date a date question holds, if one was given. Day, month and year must all be there,
/// each no longer than its box allows, and make a real date in the question's years.
pub fn date_answer(
    answers: &Answers,
    question: &DateQuestion,
) -> Result<Option<NaiveDate>, FieldError> {
    let [day_name, month_name, year_name] = question.parts;
    let parts = question.parts.map(|name| answers.get(name).trim());
    if parts.iter().all(|part| part.is_empty()) {
        return Ok(None);
    }
    if let Some((name, _)) = question
        .parts
        .into_iter()
        .zip(parts)
        .find(|(_, part)| part.is_empty())
    {
        return Err(FieldError::new(name, question.incomplete));
    }
    let invalid = FieldError::new(day_name, question.invalid);
    let too_long = parts
        .iter()
        .zip(DATE_PART_LENGTHS)
        .position(|(part, longest)| character_count(part) > longest);
    match too_long {
        Some(2) => return Err(FieldError::new(year_name, question.bad_year)),
        Some(1) => return Err(FieldError::new(month_name, question.invalid)),
        Some(_) => return Err(invalid),
        None => {}
    }
    let [day, month, year] = parts.map(|part| part.parse::<u32>().ok());
    let (Some(day), Some(month), Some(year)) = (day, month, year) else {
        return Err(invalid);
    };
    let year = i32::try_from(year).map_err(|_| invalid.clone())?;
    let (earliest, latest) = question.years;
    if parts[2].len() != 4 || !(earliest..=latest).contains(&year) {
        return Err(FieldError::new(year_name, question.bad_year));
    }
    NaiveDate::from_ymd_opt(year, month, day)
        .map(Some)
        .ok_or(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::test_form::{TEST_FORM, TEST_WHEN};

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_form(&TEST_FORM, pairs.iter().copied())
    }

    fn messages(errors: &[FieldError]) -> Vec<(&str, &str)> {
        errors
            .iter()
            .map(|error| (error.field, error.message))
            .collect()
    }

    #[test]
    fn an_empty_form_lists_the_required_answers_and_the_rules_in_form_order() {
        assert_eq!(
            messages(&validate(&answers(&[]))),
            vec![
                ("nickname", "test-form-nickname-missing"),
                ("story", "test-form-nothing-written"),
            ]
        );
    }

    #[test]
    fn over_the_limit_is_an_error_that_says_by_how_much() {
        let long = "é".repeat(203);
        let errors = validate(&answers(&[("nickname", "A"), ("story", &long)]));
        assert_eq!(messages(&errors), vec![("story", TOO_LONG)]);
        assert_eq!(errors[0].numbers, vec![("max", 200), ("over", 3)]);
        let exactly = "é".repeat(200);
        assert!(validate(&answers(&[("nickname", "A"), ("story", &exactly)])).is_empty());
    }

    #[test]
    fn made_up_choices_and_ticks_are_refused() {
        let errors = validate(&answers(&[
            ("nickname", "A"),
            ("story", "x"),
            ("colour", "purple"),
            ("wants-copy", "on"),
        ]));
        assert_eq!(
            messages(&errors),
            vec![("colour", UNKNOWN_CHOICE), ("wants-copy", UNKNOWN_CHOICE)]
        );
    }

    #[test]
    fn months_typed_as_words_and_days_with_endings_become_numbers() {
        let months: Vec<Vec<String>> = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
        .map(|name| vec![name.to_owned()])
        .to_vec();
        let typed = |day: &'static str, month: &'static str| {
            let answers = dates_as_numbers(
                answers(&[
                    ("when-day", day),
                    ("when-month", month),
                    ("when-year", "2027"),
                ]),
                &months,
            );
            (
                answers.get("when-day").to_owned(),
                answers.get("when-month").to_owned(),
            )
        };
        assert_eq!(typed("27th", "March"), ("27".into(), "3".into()));
        assert_eq!(typed("1st", "mar"), ("1".into(), "3".into()));
        assert_eq!(typed("2nd", "Sept."), ("2".into(), "9".into()));
        assert_eq!(typed("3", "DECEMBER"), ("3".into(), "12".into()));
        // Too short to know, or not a month: left as typed, for the error to explain.
        assert_eq!(typed("3", "Ma"), ("3".into(), "Ma".into()));
        assert_eq!(typed("3", "Marhc"), ("3".into(), "Marhc".into()));
        assert_eq!(typed("th", "12"), ("th".into(), "12".into()));
        assert_eq!(typed("27thh", "12"), ("27thh".into(), "12".into()));
        let date = dates_as_numbers(
            answers(&[
                ("when-day", "27th"),
                ("when-month", "Mar"),
                ("when-year", "2027"),
            ]),
            &months,
        );
        assert_eq!(
            date_answer(&date, &TEST_WHEN),
            Ok(NaiveDate::from_ymd_opt(2027, 3, 27))
        );
    }

    #[test]
    fn a_month_is_read_from_any_of_its_words() {
        // Polish: each month's name, and the word a date uses ("10 grudnia").
        let months: Vec<Vec<String>> = [
            ("styczeń", "stycznia"),
            ("luty", "lutego"),
            ("marzec", "marca"),
            ("kwiecień", "kwietnia"),
            ("maj", "maja"),
            ("czerwiec", "czerwca"),
            ("lipiec", "lipca"),
            ("sierpień", "sierpnia"),
            ("wrzesień", "września"),
            ("październik", "października"),
            ("listopad", "listopada"),
            ("grudzień", "grudnia"),
        ]
        .map(|(name, in_a_date)| vec![name.to_owned(), in_a_date.to_owned()])
        .to_vec();
        let month = |typed: &'static str| {
            dates_as_numbers(
                answers(&[
                    ("when-day", "10"),
                    ("when-month", typed),
                    ("when-year", "2027"),
                ]),
                &months,
            )
            .get("when-month")
            .to_owned()
        };
        assert_eq!(month("grudnia"), "12");
        assert_eq!(month("Grudzień"), "12");
        // A start both words of one month share is still that month.
        assert_eq!(month("gru"), "12");
        assert_eq!(month("listopada"), "11");
        assert_eq!(month("MARCA"), "3");
        // Too short to know; then "maja" is May, however like "marca" it starts.
        assert_eq!(month("ma"), "ma");
        assert_eq!(month("maja"), "5");
        assert_eq!(month("grudniaa"), "grudniaa");
    }

    #[test]
    fn dates_must_be_whole_real_and_written_in_their_boxes() {
        let date = |day: &'static str, month: &'static str, year: &'static str| {
            date_answer(
                &answers(&[
                    ("when-day", day),
                    ("when-month", month),
                    ("when-year", year),
                ]),
                &TEST_WHEN,
            )
        };
        assert_eq!(
            date("3", "12", "2026"),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 3))
        );
        assert_eq!(
            date("03", "02", "2027"),
            Ok(NaiveDate::from_ymd_opt(2027, 2, 3))
        );
        assert_eq!(date("", "", ""), Ok(None));
        assert_eq!(date("3", "", "2026").unwrap_err().field, "when-month");
        assert_eq!(
            date("31", "2", "2027").unwrap_err().message,
            "test-form-when-invalid"
        );
        assert_eq!(
            date("x", "2", "2027").unwrap_err().message,
            "test-form-when-invalid"
        );
        assert_eq!(
            date("1", "2", "27").unwrap_err().message,
            "test-form-when-year"
        );
        // A year typed with a leading zero is five characters: not what the box asks for.
        let padded = date("1", "2", "02030").unwrap_err();
        assert_eq!(
            (padded.field, padded.message),
            ("when-year", "test-form-when-year")
        );
        assert_eq!(date("001", "2", "2030").unwrap_err().field, "when-day");
        assert_eq!(date("1", "002", "2030").unwrap_err().field, "when-month");
        assert_eq!(
            date("29", "2", "2028"),
            Ok(NaiveDate::from_ymd_opt(2028, 2, 29))
        );
        assert_eq!(
            date("1", "1", "1999").unwrap_err().message,
            "test-form-when-year"
        );
    }
}
