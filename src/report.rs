//! The parent's conference report: its fields, the answers as they travel between pages, and
//! their checks. Pure code, no I/O and no Leptos, so it is compiled into both builds and tested
//! on its own.

pub mod model;
pub mod validate;
