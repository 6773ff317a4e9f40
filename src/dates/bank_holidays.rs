//! Bank holidays, worked out by rule for each nation, with the one-off changes the authority
//! profile lists. England and Wales share one set; Scotland and Northern Ireland have others
//! (2 January, St Andrew's Day, St Patrick's Day, the Twelfth…) and get their own arm of
//! `rule_holidays` when the profile can name them.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::profile::{BankHolidayChanges, Nation};

/// Easter Sunday in the Gregorian calendar (the "anonymous Gregorian" computus).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The bank holidays of `year` in `nation`, in date order, with the profile's changes.
pub fn bank_holidays(nation: Nation, year: i32, changes: &BankHolidayChanges) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = rule_holidays(nation, year)
        .into_iter()
        .filter(|day| !changes.cancelled.contains(day))
        .chain(
            changes
                .extra
                .iter()
                .copied()
                .filter(|day| day.year() == year),
        )
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// The days the standing rules give, before any one-off change.
fn rule_holidays(nation: Nation, year: i32) -> Vec<NaiveDate> {
    match nation {
        Nation::England | Nation::Wales => england_and_wales(year),
    }
}

fn england_and_wales(year: i32) -> Vec<NaiveDate> {
    let date = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    let mut days = Vec::new();
    // New Year's Day moves to the Monday when it falls at a weekend.
    days.extend(substituted(&[date(1, 1)], &[]));
    if let Some(easter) = easter_sunday(year) {
        days.extend(easter.checked_sub_days(Days::new(2)));
        days.extend(easter.checked_add_days(Days::new(1)));
    }
    days.extend(first_monday(year, 5));
    days.extend(last_monday(year, 5));
    days.extend(last_monday(year, 8));
    // Christmas and Boxing Day each take the next weekday not already taken: a Saturday
    // Christmas gives Monday 27 and Tuesday 28, a Sunday one Monday 26 and Tuesday 27.
    days.extend(substituted(&[date(12, 25), date(12, 26)], &[]));
    days
}

/// Each day in turn, moved from a weekend to the next weekday that is not already a holiday.
fn substituted(days: &[Option<NaiveDate>], taken: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut result: Vec<NaiveDate> = Vec::new();
    for day in days.iter().flatten() {
        let mut candidate = *day;
        while is_weekend(candidate) || taken.contains(&candidate) || result.contains(&candidate) {
            match candidate.succ_opt() {
                Some(next) => candidate = next,
                None => break,
            }
        }
        result.push(candidate);
    }
    result
}

pub fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

fn first_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 1)
}

fn last_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 4))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::server::profile;

    /// The example profiles, whose changes a real profile in England or Wales copies.
    fn example_profiles() -> [crate::profile::AuthorityProfile; 2] {
        [
            profile::parse("england", profile::EXAMPLE_ENGLAND).expect("valid"),
            profile::parse("wales", profile::EXAMPLE_WALES).expect("valid"),
        ]
    }

    /// The bank holidays of England and Wales as GOV.UK publishes them (gov.uk/bank-holidays;
    /// 2020 to 2027 as published, 2028 to 2030 from the Royal Proclamation's standing rules).
    const PUBLISHED: &[(i32, &[(u32, u32)])] = &[
        (
            2020,
            &[
                (1, 1),
                (4, 10),
                (4, 13),
                (5, 8),
                (5, 25),
                (8, 31),
                (12, 25),
                (12, 28),
            ],
        ),
        (
            2021,
            &[
                (1, 1),
                (4, 2),
                (4, 5),
                (5, 3),
                (5, 31),
                (8, 30),
                (12, 27),
                (12, 28),
            ],
        ),
        (
            2022,
            &[
                (1, 3),
                (4, 15),
                (4, 18),
                (5, 2),
                (6, 2),
                (6, 3),
                (8, 29),
                (9, 19),
                (12, 26),
                (12, 27),
            ],
        ),
        (
            2023,
            &[
                (1, 2),
                (4, 7),
                (4, 10),
                (5, 1),
                (5, 8),
                (5, 29),
                (8, 28),
                (12, 25),
                (12, 26),
            ],
        ),
        (
            2024,
            &[
                (1, 1),
                (3, 29),
                (4, 1),
                (5, 6),
                (5, 27),
                (8, 26),
                (12, 25),
                (12, 26),
            ],
        ),
        (
            2025,
            &[
                (1, 1),
                (4, 18),
                (4, 21),
                (5, 5),
                (5, 26),
                (8, 25),
                (12, 25),
                (12, 26),
            ],
        ),
        (
            2026,
            &[
                (1, 1),
                (4, 3),
                (4, 6),
                (5, 4),
                (5, 25),
                (8, 31),
                (12, 25),
                (12, 28),
            ],
        ),
        (
            2027,
            &[
                (1, 1),
                (3, 26),
                (3, 29),
                (5, 3),
                (5, 31),
                (8, 30),
                (12, 27),
                (12, 28),
            ],
        ),
        (
            2028,
            &[
                (1, 3),
                (4, 14),
                (4, 17),
                (5, 1),
                (5, 29),
                (8, 28),
                (12, 25),
                (12, 26),
            ],
        ),
        (
            2029,
            &[
                (1, 1),
                (3, 30),
                (4, 2),
                (5, 7),
                (5, 28),
                (8, 27),
                (12, 25),
                (12, 26),
            ],
        ),
        (
            2030,
            &[
                (1, 1),
                (4, 19),
                (4, 22),
                (5, 6),
                (5, 27),
                (8, 26),
                (12, 25),
                (12, 26),
            ],
        ),
    ];

    #[test]
    fn the_rules_and_the_profile_give_the_published_bank_holidays_2020_to_2030() {
        for profile in example_profiles() {
            let nation = profile.council.nation;
            let changes = &profile.bank_holiday_changes;
            for (year, days) in PUBLISHED {
                let expected: Vec<NaiveDate> = days
                    .iter()
                    .map(|(month, day)| NaiveDate::from_ymd_opt(*year, *month, *day).expect("real"))
                    .collect();
                assert_eq!(
                    bank_holidays(nation, *year, changes),
                    expected,
                    "{year} {nation:?}"
                );
            }
        }
    }

    #[test]
    fn without_the_profile_the_rules_keep_the_ordinary_days() {
        let none = BankHolidayChanges::default();
        let may_2020 = NaiveDate::from_ymd_opt(2020, 5, 4).expect("real");
        assert!(bank_holidays(Nation::England, 2020, &none).contains(&may_2020));
        assert_eq!(bank_holidays(Nation::England, 2022, &none).len(), 8);
    }

    #[test]
    fn easter_falls_where_the_tables_put_it() {
        for (year, month, day) in [(2024, 3, 31), (2025, 4, 20), (2038, 4, 25), (2285, 3, 22)] {
            assert_eq!(
                easter_sunday(year),
                NaiveDate::from_ymd_opt(year, month, day)
            );
        }
    }
}
