//! The dates a parent can expect after a conference date: working days, the bank holidays of
//! the council's nation, and the timescales of the authority profile turned into dates, plus
//! the calendar file that carries them to a phone. Pure: no HTTP, no Leptos, no words (the
//! pages name each date in the reader's language).

pub mod bank_holidays;
pub mod calendar_file;
pub mod timeline;
pub mod working_days;

pub use timeline::{key_dates, ConferenceKind, KeyDate, Milestone};
pub use working_days::WorkingDays;
