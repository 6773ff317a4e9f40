//! One page per file. Only `app.rs` imports pages; pages use components, never the reverse.

pub mod check_answers;
pub mod dates;
pub mod error;
pub mod form;
pub mod form_address;
pub mod form_sent;
pub mod guide;
