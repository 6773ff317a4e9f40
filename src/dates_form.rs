//! "Your dates": a short form (the conference date, first or review) whose result is the
//! dates page and a calendar file. The definition is data like the report's; this module also
//! works the answers out into dates (with `crate::dates`) and names each date's words.

use chrono::{DateTime, NaiveDate, Utc};

use crate::{
    dates::{
        calendar_file::{calendar_file, CalendarEvent},
        key_dates, ConferenceKind, KeyDate, Milestone, WorkingDays,
    },
    forms::{definition::*, document::ReportEntry, validate::date_answer, Answers},
    i18n::Messages,
    profile::AuthorityProfile,
};

/// The conference date, from the invitation letter.
pub const CONFERENCE_DATE: DateQuestion = DateQuestion {
    name: "conference",
    parts: ["conference-day", "conference-month", "conference-year"],
    legend: "dates-date-legend",
    hint: "dates-date-hint",
    years: (2000, 2100),
    incomplete: "dates-error-date-incomplete",
    invalid: "dates-error-date-invalid",
    bad_year: "dates-error-date-year",
};

/// The field that says which conference it is, and its values.
pub const KIND_FIELD: &str = "conference-kind";
const INITIAL: &str = "initial";
const REVIEW: &str = "review";

pub static DATES: FormDefinition = FormDefinition {
    slug: "dates",
    sections: &[Section {
        anchor: "your-conference",
        heading: "dates-section-heading",
        intro: "dates-section-intro",
        in_details: false,
        questions: &[
            Question::Date(CONFERENCE_DATE),
            Question::Choice(ChoiceQuestion {
                name: KIND_FIELD,
                label: "dates-kind-label",
                options: &[
                    ChoiceOption {
                        value: INITIAL,
                        label: "dates-kind-initial",
                    },
                    ChoiceOption {
                        value: REVIEW,
                        label: "dates-kind-review",
                    },
                ],
            }),
        ],
    }],
    rules: &[
        Rule::Answered {
            inputs: &CONFERENCE_DATE.parts,
            error_at: "conference-day",
            message: "dates-error-date-missing",
        },
        Rule::Answered {
            inputs: &[KIND_FIELD],
            error_at: KIND_FIELD,
            message: "dates-error-kind-missing",
        },
    ],
    details: &[],
    // A result form has no check page, PDF or email: those texts name its own words.
    texts: FormTexts {
        title: "dates-title",
        description: "dates-description",
        lead: "dates-lead",
        intro: &[
            // Where the easy-read explanation of these dates is.
            Intro::Paragraph("dates-easy-read-guide"),
            Intro::Warning("dates-nothing-saved"),
        ],
        error_summary_title: "dates-error-summary-title",
        continue_button: "dates-continue",
        check_title: "dates-result-title",
        check_lead: "dates-result-by",
        pdf_title: "dates-result-title",
        pdf_footer: "dates-result-by",
        file_name: "dates-file-name",
        mail_subject: "dates-result-title",
    },
    ending: Ending::Result(ResultKind::Dates),
    screens: Screens::OnePage,
    drawing: None,
    help_link: None,
    marked_optional: &[],
    key_dates: None,
    pictures: &[],
};

/// What a conference date and kind work out to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkedOut {
    pub conference: NaiveDate,
    pub kind: ConferenceKind,
    pub dates: Vec<KeyDate>,
}

/// The dates for valid answers; `None` when the answers are not whole (the engine has already
/// refused those) or the dates would run off the calendar.
pub fn worked_out(answers: &Answers, profile: &AuthorityProfile) -> Option<WorkedOut> {
    let conference = date_answer(answers, &CONFERENCE_DATE).ok().flatten()?;
    worked_out_from(conference, answers.get(KIND_FIELD), profile)
}

/// The dates of a conference on `conference`, `kind` being the form's value ("initial" or
/// "review"); the parent's report asks the same question with the same values.
pub fn worked_out_from(
    conference: NaiveDate,
    kind: &str,
    profile: &AuthorityProfile,
) -> Option<WorkedOut> {
    let kind = match kind {
        INITIAL => ConferenceKind::Initial,
        REVIEW => ConferenceKind::Review,
        _ => return None,
    };
    let dates = key_dates(
        conference,
        kind,
        &profile.timescales,
        &WorkingDays::of(profile),
    )?;
    Some(WorkedOut {
        conference,
        kind,
        dates,
    })
}

/// The Fluent ids of one date's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MilestoneWords {
    /// A short name of what happens ("The reports").
    pub what: &'static str,
    /// What it means for the parent.
    pub meaning: &'static str,
    /// What to do if it does not happen.
    pub if_not: &'static str,
    /// The calendar title that gives nothing away on a lock screen, and the one that names it.
    pub plain_title: &'static str,
    pub named_title: &'static str,
}

pub fn words(milestone: Milestone) -> MilestoneWords {
    let words = |what, meaning, if_not, plain_title, named_title| MilestoneWords {
        what,
        meaning,
        if_not,
        plain_title,
        named_title,
    };
    match milestone {
        Milestone::Reports => words(
            "dates-reports-what",
            "dates-reports-meaning",
            "dates-reports-if-not",
            "dates-reports-plain-title",
            "dates-reports-named-title",
        ),
        Milestone::MeetChair => words(
            "dates-chair-what",
            "dates-chair-meaning",
            "dates-chair-if-not",
            "dates-chair-plain-title",
            "dates-chair-named-title",
        ),
        Milestone::Conference => words(
            "dates-conference-what",
            "dates-conference-meaning",
            "dates-conference-if-not",
            "dates-conference-plain-title",
            "dates-conference-named-title",
        ),
        Milestone::FirstCoreGroup => words(
            "dates-first-core-group-what",
            "dates-first-core-group-meaning",
            "dates-first-core-group-if-not",
            "dates-core-group-plain-title",
            "dates-first-core-group-named-title",
        ),
        Milestone::NextCoreGroup => words(
            "dates-next-core-group-what",
            "dates-next-core-group-meaning",
            "dates-next-core-group-if-not",
            "dates-core-group-plain-title",
            "dates-next-core-group-named-title",
        ),
        Milestone::Minutes => words(
            "dates-minutes-what",
            "dates-minutes-meaning",
            "dates-minutes-if-not",
            "dates-minutes-plain-title",
            "dates-minutes-named-title",
        ),
        Milestone::FirstReview => words(
            "dates-first-review-what",
            "dates-first-review-meaning",
            "dates-first-review-if-not",
            "dates-review-plain-title",
            "dates-first-review-named-title",
        ),
        Milestone::NextReview => words(
            "dates-next-review-what",
            "dates-next-review-meaning",
            "dates-next-review-if-not",
            "dates-review-plain-title",
            "dates-next-review-named-title",
        ),
    }
}

/// "By Tuesday 3 March 2026" or "On Thursday 5 March 2026", in the reader's language.
pub fn when(messages: &Messages, key: &KeyDate) -> String {
    let id = if key.milestone.is_deadline() {
        "dates-by"
    } else {
        "dates-on"
    };
    messages.text_with(id, vec![("date", messages.weekday_date(key.date).into())])
}

/// The dates as entries of a PDF section: when, then what it is and what it means.
pub fn report_entries(messages: &Messages, conference: NaiveDate, kind: &str) -> Vec<ReportEntry> {
    let Some(worked_out) = worked_out_from(conference, kind, &messages.profile) else {
        return Vec::new();
    };
    worked_out
        .dates
        .iter()
        .map(|key| {
            let words = words(key.milestone);
            ReportEntry {
                label: when(messages, key),
                text: format!(
                    "{}\n{}",
                    messages.text(words.what),
                    messages.text(words.meaning)
                ),
            }
        })
        .collect()
}

/// The calendar file of the answers' dates: titles plain unless `named_titles`, and each
/// description the page's words for that date.
pub fn calendar(
    answers: &Answers,
    messages: &Messages,
    named_titles: bool,
    made: DateTime<Utc>,
) -> Option<String> {
    let worked_out = worked_out(answers, &messages.profile)?;
    let events: Vec<CalendarEvent> = worked_out
        .dates
        .iter()
        .map(|key| {
            let words = words(key.milestone);
            let title = if named_titles {
                words.named_title
            } else {
                words.plain_title
            };
            CalendarEvent {
                date: key.date,
                title: messages.text(title),
                description: format!(
                    "{}: {}\n{}\n{}",
                    when(messages, key),
                    messages.text(words.what),
                    messages.text(words.meaning),
                    messages.text(words.if_not)
                ),
            }
        })
        .collect();
    Some(calendar_file(&events, made, "conference-guide.invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_milestone_has_its_own_words() {
        use Milestone::*;
        let all = [
            Reports,
            MeetChair,
            Conference,
            FirstCoreGroup,
            NextCoreGroup,
            Minutes,
            FirstReview,
            NextReview,
        ];
        let whats: std::collections::BTreeSet<_> = all.iter().map(|m| words(*m).what).collect();
        assert_eq!(whats.len(), all.len());
    }
}
