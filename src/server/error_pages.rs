//! Every error a person can meet is a page they can read. Some layers answer with no page at
//! all: tower-http's body limit (413) and timeout, axum's 405 for a wrong method, the islands
//! folder's empty 404. This middleware gives those the site's plain page, in the language the
//! path asks for, with the status kept. Pages that are already HTML pass untouched.

use axum::{extract::Request, middleware::Next, response::Response};
use http::{header, HeaderValue, StatusCode};

use crate::{i18n, server::http::plain_page_in};

pub async fn explain_bare_errors(request: Request, next: Next) -> Response {
    let language = i18n::language_in_path(request.uri().path());
    let response = next.run(request).await;
    let status = response.status();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if is_html || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (title, text) = match status {
        StatusCode::NOT_FOUND => ("not-found-title", "not-found-text"),
        StatusCode::METHOD_NOT_ALLOWED => ("error-method-title", "error-method-text"),
        StatusCode::PAYLOAD_TOO_LARGE => ("error-too-large-title", "error-too-large-text"),
        StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => {
            ("error-timeout-title", "error-timeout-text")
        }
        status if status.is_client_error() => ("error-bad-form-title", "error-bad-form-text"),
        _ => ("server-error-title", "server-error-text"),
    };
    let mut page = plain_page_in(language, status, title, text);
    // Headers that tell the client what to do next stay with the page.
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = response.headers().get(&name) {
            page.headers_mut().insert(name, value.clone());
        }
    }
    page.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    page
}
