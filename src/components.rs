//! Our versions of GOV.UK Design System patterns, one component per file.

pub mod character_count;
pub mod error_summary;
pub mod example_banner;
pub mod exit_this_page;
pub mod field;
pub mod guide_block;
pub mod language_picker;
pub mod page_frame;
pub mod rich_text;
pub mod send_problem;
