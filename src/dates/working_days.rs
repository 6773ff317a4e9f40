//! Counting working days: Monday to Friday, except the bank holidays of the council's nation.

use chrono::{Datelike, NaiveDate};

use super::bank_holidays::{bank_holidays, is_weekend};
use crate::profile::{AuthorityProfile, BankHolidayChanges, Nation};

/// The working-day calendar of one council.
#[derive(Debug, Clone)]
pub struct WorkingDays {
    pub nation: Nation,
    pub changes: BankHolidayChanges,
}

impl WorkingDays {
    pub fn of(profile: &AuthorityProfile) -> WorkingDays {
        WorkingDays {
            nation: profile.council.nation,
            changes: profile.bank_holiday_changes.clone(),
        }
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        !is_weekend(day) && !bank_holidays(self.nation, day.year(), &self.changes).contains(&day)
    }

    /// The working day `count` working days after `from` (which itself does not count): the
    /// last day for something due "within `count` working days" of `from`.
    pub fn after(&self, from: NaiveDate, count: u32) -> Option<NaiveDate> {
        self.step(from, count, NaiveDate::succ_opt)
    }

    /// The working day `count` working days before `from`: the last day for something due
    /// "`count` working days before" `from`.
    pub fn before(&self, from: NaiveDate, count: u32) -> Option<NaiveDate> {
        self.step(from, count, NaiveDate::pred_opt)
    }

    fn step(
        &self,
        from: NaiveDate,
        count: u32,
        next: fn(&NaiveDate) -> Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        let mut day = from;
        let mut left = count;
        while left > 0 {
            day = next(&day)?;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        Some(day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("real date")
    }

    fn england() -> WorkingDays {
        WorkingDays {
            nation: Nation::England,
            changes: BankHolidayChanges::default(),
        }
    }

    #[test]
    fn weekends_and_bank_holidays_are_not_working_days() {
        let days = england();
        assert!(days.is_working_day(day(2026, 3, 2)));
        assert!(!days.is_working_day(day(2026, 3, 7)));
        assert!(!days.is_working_day(day(2026, 3, 8)));
        assert!(!days.is_working_day(day(2026, 4, 3)));
        assert!(!days.is_working_day(day(2026, 12, 28)));
    }

    #[test]
    fn counting_skips_weekends_across_month_and_year_ends() {
        let days = england();
        // Friday 27 February 2026 + 2 working days: Tuesday 3 March.
        assert_eq!(days.after(day(2026, 2, 27), 2), Some(day(2026, 3, 3)));
        // Monday 2 March − 2: Thursday 26 February.
        assert_eq!(days.before(day(2026, 3, 2), 2), Some(day(2026, 2, 26)));
        // Wednesday 23 December 2026 + 3: Thursday 24, then past Christmas (Fri 25), the
        // weekend and Boxing Day's Monday 28 to Tuesday 29 and Wednesday 30.
        assert_eq!(days.after(day(2026, 12, 23), 3), Some(day(2026, 12, 30)));
        // Across the year end and New Year's Day 2027 (a Friday).
        assert_eq!(days.after(day(2026, 12, 31), 1), Some(day(2027, 1, 4)));
        assert_eq!(days.before(day(2027, 1, 4), 2), Some(day(2026, 12, 30)));
        assert_eq!(days.after(day(2026, 3, 2), 0), Some(day(2026, 3, 2)));
    }

    #[test]
    fn counting_skips_easter() {
        let days = england();
        // Thursday 2 April 2026 + 1: past Good Friday, the weekend and Easter Monday.
        assert_eq!(days.after(day(2026, 4, 2), 1), Some(day(2026, 4, 7)));
        assert_eq!(days.before(day(2026, 4, 7), 1), Some(day(2026, 4, 2)));
    }

    #[test]
    fn the_profile_changes_count() {
        let mut days = england();
        // Without the 2022 changes, 30 May is a holiday and 2 and 3 June are not.
        assert_eq!(days.after(day(2022, 6, 1), 1), Some(day(2022, 6, 2)));
        days.changes = BankHolidayChanges {
            extra: vec![day(2022, 6, 2), day(2022, 6, 3)],
            cancelled: vec![day(2022, 5, 30)],
        };
        assert_eq!(days.after(day(2022, 6, 1), 1), Some(day(2022, 6, 6)));
        assert_eq!(days.after(day(2022, 5, 27), 1), Some(day(2022, 5, 30)));
    }
}
