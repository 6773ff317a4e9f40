//! The layers every request passes through, one concern per file. The order they are stacked in
//! is in `router.rs`, with the reasons.

pub mod body_limit;
pub mod error_pages;
pub mod form_content_type;
pub mod hydration_data;
pub mod language_cookie;
pub mod page_cache;
pub mod same_origin;
pub mod security_headers;
