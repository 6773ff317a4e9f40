//! Everything that only exists on the server: reading the authority profile, the HTTP router
//! and its middleware.

pub mod error_pages;
pub mod form_posts;
pub mod http;
pub mod hydration_data;
pub mod logging;
pub mod mail;
pub mod page_cache;
pub mod pdf;
pub mod profile;
pub mod rate_limit;
pub mod report_routes;
pub mod same_origin;
pub mod security_headers;
pub mod send_report;
pub mod serve;

#[cfg(test)]
mod bad_input_tests;
