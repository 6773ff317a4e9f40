//! Logs: one line per request with its method, path (never the query string), status and time,
//! and errors. Never a body, a header value or anything a parent typed.

use tracing_subscriber::EnvFilter;

/// Starts logging with `filter` (from `CONFERENCE_GUIDE_LOG`); a filter that cannot be read
/// falls back to `info`.
pub fn init(filter: &str) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .init();
}

/// The span a request is logged in: its method and path only. Query strings could one day
/// carry something personal, and report text never goes in a URL.
pub fn request_span<B>(request: &http::Request<B>) -> tracing::Span {
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
}
