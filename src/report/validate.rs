//! What must be true of a report before it can become a PDF. A problem is data, not an error:
//! the page shows it next to the field, with every word the parent typed still there.

use chrono::NaiveDate;

use super::model::{character_count, Answers, Kind, Section, FIELDS};

/// A problem with one answer: `field` is the id of the element the error summary links to,
/// `message` a Fluent id, formatted with `numbers` and with `$label`, the field's own label.
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
    let mut errors = Vec::new();
    for field in FIELDS {
        let value = answers.get(field.name);
        if field.name == "conference-day" {
            if let Err(error) = conference_date(answers) {
                errors.push(error);
            }
        }
        match field.kind {
            Kind::Line { max_chars } | Kind::Text { max_chars } => {
                let count = character_count(value);
                if count > max_chars {
                    errors.push(FieldError {
                        field: field.name,
                        message: "report-error-too-long",
                        numbers: vec![("max", max_chars), ("over", count - max_chars)],
                    });
                } else if value.trim().is_empty()
                    && matches!(field.name, "parent-name" | "child-names")
                {
                    let message = if field.name == "parent-name" {
                        "report-error-parent-name-missing"
                    } else {
                        "report-error-children-missing"
                    };
                    errors.push(FieldError::new(field.name, message));
                }
            }
            Kind::Choice { options } => {
                if !value.is_empty() && !options.contains(&value) {
                    errors.push(FieldError::new(field.name, "report-error-choice-unknown"));
                }
            }
            Kind::Tick => {
                if !value.is_empty() && value != "yes" {
                    errors.push(FieldError::new(field.name, "report-error-choice-unknown"));
                }
            }
            Kind::DatePart { .. } => {}
        }
        if field.name == "going-well"
            && Section::MAIN
                .iter()
                .all(|section| answers.section_is_empty(*section))
        {
            errors.push(FieldError::new(
                "going-well",
                "report-error-nothing-written",
            ));
        }
    }
    errors
}

/// The conference date, if the parent gave one. Day, month and year must all be there and
/// make a real date between 2000 and 2100.
pub fn conference_date(answers: &Answers) -> Result<Option<NaiveDate>, FieldError> {
    let parts = ["conference-day", "conference-month", "conference-year"]
        .map(|name| answers.get(name).trim());
    if parts.iter().all(|part| part.is_empty()) {
        return Ok(None);
    }
    let missing = ["conference-day", "conference-month", "conference-year"]
        .into_iter()
        .zip(parts)
        .find(|(_, part)| part.is_empty());
    if let Some((name, _)) = missing {
        return Err(FieldError::new(name, "report-error-date-incomplete"));
    }
    // Each part within its box's size, and digits only: `02030` or `+7` would parse as a
    // number but is not what the form asks for.
    for (name, part) in ["conference-day", "conference-month", "conference-year"]
        .into_iter()
        .zip(parts)
    {
        let max_chars = FIELDS
            .iter()
            .find_map(|field| match field.kind {
                Kind::DatePart { max_chars } if field.name == name => Some(max_chars),
                _ => None,
            })
            .unwrap_or(0);
        let digits_only = part.bytes().all(|byte| byte.is_ascii_digit());
        if name == "conference-year" {
            if !digits_only || part.len() != max_chars {
                return Err(FieldError::new(name, "report-error-date-year"));
            }
        } else if !digits_only || part.len() > max_chars {
            return Err(FieldError::new(name, "report-error-date-invalid"));
        }
    }
    let invalid = FieldError::new("conference-day", "report-error-date-invalid");
    let [day, month, year] = parts.map(|part| part.parse::<u32>().ok());
    let (Some(day), Some(month), Some(year)) = (day, month, year) else {
        return Err(invalid);
    };
    if !(2000..=2100).contains(&year) {
        return Err(FieldError::new("conference-year", "report-error-date-year"));
    }
    let year = i32::try_from(year).map_err(|_| invalid.clone())?;
    NaiveDate::from_ymd_opt(year, month, day)
        .map(Some)
        .ok_or(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_form(pairs.iter().copied())
    }

    fn minimal() -> Vec<(&'static str, &'static str)> {
        vec![
            ("parent-name", "Ann"),
            ("child-names", "Sam"),
            ("worries", "x"),
            ("disagree-with", "Something"),
        ]
    }

    fn messages(errors: &[FieldError]) -> Vec<(&str, &str)> {
        errors
            .iter()
            .map(|error| (error.field, error.message))
            .collect()
    }

    #[test]
    fn a_name_a_child_and_one_main_answer_are_enough() {
        assert_eq!(validate(&answers(&minimal())), vec![]);
    }

    #[test]
    fn an_empty_form_asks_for_the_name_the_children_and_something_written() {
        assert_eq!(
            messages(&validate(&Answers::default())),
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
            messages(&validate(&answers(&pairs))),
            vec![("going-well", "report-error-nothing-written")]
        );
        pairs.push(("who-could-do-what", "My sister can help"));
        assert!(validate(&answers(&pairs)).is_empty());
    }

    #[test]
    fn over_the_limit_is_an_error_that_says_by_how_much() {
        let long = "é".repeat(5_003);
        let mut pairs = minimal();
        pairs.push(("going-well", &long));
        let errors = validate(&answers(&pairs));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "going-well");
        assert_eq!(errors[0].numbers, vec![("max", 5_000), ("over", 3)]);
        let exactly = "é".repeat(5_000);
        let mut pairs = minimal();
        pairs.push(("going-well", &exactly));
        assert!(validate(&answers(&pairs)).is_empty());
    }

    #[test]
    fn dates_must_be_whole_and_real() {
        let date = |day: &'static str, month: &'static str, year: &'static str| {
            let mut pairs = minimal();
            pairs.extend([
                ("conference-day", day),
                ("conference-month", month),
                ("conference-year", year),
            ]);
            conference_date(&answers(&pairs))
        };
        assert_eq!(
            date("3", "12", "2026"),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 3))
        );
        assert_eq!(date("", "", ""), Ok(None));
        assert_eq!(date("3", "", "2026").unwrap_err().field, "conference-month");
        assert_eq!(
            date("31", "2", "2027").unwrap_err().message,
            "report-error-date-invalid"
        );
        assert_eq!(
            date("x", "2", "2027").unwrap_err().message,
            "report-error-date-invalid"
        );
        assert_eq!(
            date("1", "2", "27").unwrap_err().message,
            "report-error-date-year"
        );
        assert_eq!(
            date("29", "2", "2028"),
            Ok(NaiveDate::from_ymd_opt(2028, 2, 29))
        );
    }

    #[test]
    fn date_parts_must_fit_their_boxes() {
        let date = |day: &'static str, month: &'static str, year: &'static str| {
            conference_date(&answers(&[
                ("conference-day", day),
                ("conference-month", month),
                ("conference-year", year),
            ]))
            .map_err(|error| (error.field, error.message))
        };
        assert_eq!(
            date("03", "04", "2030"),
            Ok(NaiveDate::from_ymd_opt(2030, 4, 3))
        );
        for year in ["02030", "20300", "+2030", "2O30"] {
            assert_eq!(
                date("3", "4", year),
                Err(("conference-year", "report-error-date-year")),
                "{year}"
            );
        }
        assert_eq!(
            date("003", "4", "2030"),
            Err(("conference-day", "report-error-date-invalid"))
        );
        assert_eq!(
            date("3", "004", "2030"),
            Err(("conference-month", "report-error-date-invalid"))
        );
        assert_eq!(
            date("+3", "4", "2030"),
            Err(("conference-day", "report-error-date-invalid"))
        );
    }

    #[test]
    fn made_up_choices_are_refused() {
        let mut pairs = minimal();
        pairs.extend([("attending", "maybe-later"), ("need-advocate", "on")]);
        assert_eq!(
            messages(&validate(&answers(&pairs))),
            vec![
                ("attending", "report-error-choice-unknown"),
                ("need-advocate", "report-error-choice-unknown")
            ]
        );
    }
}
