//! Every error a person can meet is a page they can read. Handlers answer with an `HttpError`,
//! and some layers answer with a bare status: tower-http's body limit (413) and timeout, axum's
//! 405 for a wrong method, a panic caught by `CatchPanicLayer`, the islands folder's empty 404.
//! This middleware renders each of them as the site's page, through the same Leptos shell as
//! every other page, in the language the path asks for, with the status kept. Pages that are
//! already HTML pass untouched.

use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use http::{header, HeaderValue};

use crate::server::{
    error::HttpError, middleware::hydration_data, render::render_with, state::PageRenderer,
};

pub async fn explain_bare_errors(
    State(render_page): State<PageRenderer>,
    request: Request,
    next: Next,
) -> Response {
    // The page is rendered for the same path, so it is in the path's language.
    let mut page_request = Request::new(Body::empty());
    *page_request.uri_mut() = request.uri().clone();
    *page_request.headers_mut() = request.headers().clone();
    page_request
        .extensions_mut()
        .extend(request.extensions().clone());
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
    let error = response
        .extensions()
        .get::<HttpError>()
        .copied()
        .unwrap_or_else(|| HttpError::from_status(status));
    let mut page = hydration_data::finish_response(
        render_with(&render_page, page_request, error.page()).await,
    )
    .await;
    *page.status_mut() = status;
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
