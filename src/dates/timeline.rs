//! What should happen by when, from one conference date and the council's timescales. Every
//! date except the conference's is a latest date ("by"): it may well happen sooner.

use chrono::{Days, Months, NaiveDate};

use super::working_days::WorkingDays;
use crate::profile::Timescales;

/// Which conference the date is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConferenceKind {
    /// The first (initial) child protection conference.
    Initial,
    /// A review conference.
    Review,
}

/// One thing that should happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Milestone {
    /// The reports for the conference are shared with the parent.
    Reports,
    /// The chair offers to meet the parent, before the conference starts, on the day.
    MeetChair,
    Conference,
    /// After a first conference that makes a plan: the first core group meeting.
    FirstCoreGroup,
    /// The next core group meeting after the first (or after a review conference).
    NextCoreGroup,
    /// The conference's minutes (the written record).
    Minutes,
    /// After a first conference: the first review conference.
    FirstReview,
    /// The review after that (or after a review conference), if the plan is still needed.
    NextReview,
}

impl Milestone {
    /// Whether the date is a latest date ("by …") rather than the day itself.
    pub fn is_deadline(self) -> bool {
        !matches!(self, Milestone::MeetChair | Milestone::Conference)
    }
}

/// A milestone and its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyDate {
    pub milestone: Milestone,
    pub date: NaiveDate,
}

/// Every key date for a conference on `conference`, in date order (the chair's meeting before
/// the conference on the same day). `None` only for dates at the end of the calendar.
///
/// Timescales counted in weeks or months give a calendar date; when it is not a working day
/// the date shown is the working day before, so a "by" date is never later than the rule.
pub fn key_dates(
    conference: NaiveDate,
    kind: ConferenceKind,
    timescales: &Timescales,
    working_days: &WorkingDays,
) -> Option<Vec<KeyDate>> {
    let weeks = |from: NaiveDate, weeks: u32| {
        from.checked_add_days(Days::new(7 * u64::from(weeks)))
            .and_then(|day| last_working_day_by(day, working_days))
    };
    let months = |from: NaiveDate, months: u32| {
        from.checked_add_months(Months::new(months))
            .and_then(|day| last_working_day_by(day, working_days))
    };
    let reports_days = match kind {
        ConferenceKind::Initial => timescales.reports_before_initial_conference_working_days,
        ConferenceKind::Review => timescales.reports_before_review_conference_working_days,
    };
    let mut dates = vec![
        (
            Milestone::Reports,
            working_days.before(conference, reports_days)?,
        ),
        (Milestone::MeetChair, conference),
        (Milestone::Conference, conference),
        (
            Milestone::Minutes,
            working_days.after(conference, timescales.minutes_within_working_days)?,
        ),
    ];
    match kind {
        ConferenceKind::Initial => {
            let first_core_group =
                working_days.after(conference, timescales.first_core_group_within_working_days)?;
            let first_review = months(conference, timescales.first_review_within_months)?;
            dates.extend([
                (Milestone::FirstCoreGroup, first_core_group),
                (
                    Milestone::NextCoreGroup,
                    weeks(
                        first_core_group,
                        timescales.core_groups_at_least_every_weeks,
                    )?,
                ),
                (Milestone::FirstReview, first_review),
                (
                    Milestone::NextReview,
                    months(first_review, timescales.later_reviews_every_months)?,
                ),
            ]);
        }
        ConferenceKind::Review => dates.extend([
            (
                Milestone::NextCoreGroup,
                weeks(conference, timescales.core_groups_at_least_every_weeks)?,
            ),
            (
                Milestone::NextReview,
                months(conference, timescales.later_reviews_every_months)?,
            ),
        ]),
    }
    // A stable sort keeps the order above for milestones on the same day.
    dates.sort_by_key(|(_, date)| *date);
    Some(
        dates
            .into_iter()
            .map(|(milestone, date)| KeyDate { milestone, date })
            .collect(),
    )
}

fn last_working_day_by(day: NaiveDate, working_days: &WorkingDays) -> Option<NaiveDate> {
    let mut day = day;
    while !working_days.is_working_day(day) {
        day = day.pred_opt()?;
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{BankHolidayChanges, Nation};

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("real date")
    }

    /// England's guidance and the leaflets: 2 and 5 working days for reports, a core group
    /// within 10 and then every 4 weeks, minutes within 20, reviews at 3 then every 6 months.
    fn guidance() -> Timescales {
        Timescales {
            reports_before_initial_conference_working_days: 2,
            reports_before_review_conference_working_days: 5,
            first_core_group_within_working_days: 10,
            core_groups_at_least_every_weeks: 4,
            minutes_within_working_days: 20,
            first_review_within_months: 3,
            later_reviews_every_months: 6,
        }
    }

    fn england() -> WorkingDays {
        WorkingDays {
            nation: Nation::England,
            changes: BankHolidayChanges::default(),
        }
    }

    fn dates(conference: NaiveDate, kind: ConferenceKind) -> Vec<(Milestone, NaiveDate)> {
        key_dates(conference, kind, &guidance(), &england())
            .expect("in range")
            .into_iter()
            .map(|key| (key.milestone, key.date))
            .collect()
    }

    #[test]
    fn an_initial_conference_on_a_thursday_gives_every_date_in_order() {
        use Milestone::*;
        // Thursday 5 March 2026.
        assert_eq!(
            dates(day(2026, 3, 5), ConferenceKind::Initial),
            vec![
                (Reports, day(2026, 3, 3)),
                (MeetChair, day(2026, 3, 5)),
                (Conference, day(2026, 3, 5)),
                (FirstCoreGroup, day(2026, 3, 19)),
                (Minutes, day(2026, 4, 2)),
                (NextCoreGroup, day(2026, 4, 16)),
                // 5 June 2026 is a Friday.
                (FirstReview, day(2026, 6, 5)),
                // 5 December 2026 is a Saturday: the Friday before.
                (NextReview, day(2026, 12, 4)),
            ]
        );
    }

    #[test]
    fn a_conference_on_a_monday_has_its_reports_by_the_thursday_before() {
        let dates = dates(day(2026, 3, 2), ConferenceKind::Initial);
        assert_eq!(dates[0], (Milestone::Reports, day(2026, 2, 26)));
        assert!(dates.contains(&(Milestone::FirstCoreGroup, day(2026, 3, 16))));
    }

    #[test]
    fn a_conference_on_a_friday_counts_on_from_the_monday() {
        let dates = dates(day(2026, 2, 27), ConferenceKind::Initial);
        assert_eq!(dates[0], (Milestone::Reports, day(2026, 2, 25)));
        // 10 working days from Friday 27 February: Friday 13 March.
        assert!(dates.contains(&(Milestone::FirstCoreGroup, day(2026, 3, 13))));
    }

    #[test]
    fn easter_does_not_count_as_working_days() {
        // Thursday 12 March 2026: 20 working days skip Good Friday 3 and Easter Monday 6 April.
        let dates = dates(day(2026, 3, 12), ConferenceKind::Initial);
        assert!(dates.contains(&(Milestone::Minutes, day(2026, 4, 13))));
    }

    #[test]
    fn a_conference_the_day_before_a_bank_holiday_skips_it() {
        // Friday 22 May 2026; Monday 25 May is the spring bank holiday.
        let dates = dates(day(2026, 5, 22), ConferenceKind::Initial);
        // Counting from Tuesday 26 May: 10 working days is Monday 8 June.
        assert!(dates.contains(&(Milestone::FirstCoreGroup, day(2026, 6, 8))));
        // 20 working days: Monday 22 June.
        assert!(dates.contains(&(Milestone::Minutes, day(2026, 6, 22))));
        // 22 August 2026 is a Saturday: the Friday before.
        assert!(dates.contains(&(Milestone::FirstReview, day(2026, 8, 21))));
    }

    #[test]
    fn months_from_a_month_end_stop_at_the_shorter_months_end() {
        // Friday 30 November 2029: three months on is 28 February 2030, a Thursday.
        let dates = dates(day(2029, 11, 30), ConferenceKind::Initial);
        assert!(dates.contains(&(Milestone::FirstReview, day(2030, 2, 28))));
        // The reports across nothing special: Wednesday 28 November.
        assert_eq!(dates[0], (Milestone::Reports, day(2029, 11, 28)));
    }

    #[test]
    fn over_the_year_end_christmas_and_new_year_do_not_count() {
        // Monday 14 December 2026: the 10 working days skip 25 and 28 December and 1 January.
        let dates = dates(day(2026, 12, 14), ConferenceKind::Initial);
        assert!(dates.contains(&(Milestone::FirstCoreGroup, day(2026, 12, 30))));
        assert!(dates.contains(&(Milestone::Minutes, day(2027, 1, 14))));
    }

    #[test]
    fn a_review_conference_has_five_days_of_reports_and_a_six_month_review() {
        use Milestone::*;
        // Tuesday 7 April 2026, the day after Easter Monday.
        assert_eq!(
            dates(day(2026, 4, 7), ConferenceKind::Review),
            vec![
                // Five working days before, skipping Easter Monday and Good Friday.
                (Reports, day(2026, 3, 27)),
                (MeetChair, day(2026, 4, 7)),
                (Conference, day(2026, 4, 7)),
                (NextCoreGroup, day(2026, 5, 5)),
                (Minutes, day(2026, 5, 6)),
                (NextReview, day(2026, 10, 7)),
            ]
        );
    }

    #[test]
    fn only_the_conference_and_the_chair_are_on_the_day() {
        assert!(!Milestone::Conference.is_deadline());
        assert!(!Milestone::MeetChair.is_deadline());
        assert!(Milestone::Minutes.is_deadline());
    }
}
