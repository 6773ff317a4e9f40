//! Leptos's streaming renderer ends every page with two small inline scripts that carry data
//! for hydration (`__RESOLVED_RESOURCES`, `__INCOMPLETE_CHUNKS`). Only a page with an island is
//! hydrated, so on every other page they are bytes and a script for nothing: this layer drops
//! them, and a test proves content pages carry no inline script at all.

use std::borrow::Cow;

use axum::{
    body::{to_bytes, Body},
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{header, StatusCode};

/// Large enough for any page we render; a page bigger than this is a bug, not a user's doing.
const LARGEST_PAGE: usize = 2 * 1024 * 1024;

pub async fn drop_from_pages_without_islands(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, LARGEST_PAGE).await else {
        tracing::error!("a page could not be buffered to remove its hydration data");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Ok(html) = std::str::from_utf8(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    match without_hydration_data(html) {
        Cow::Borrowed(_) => Response::from_parts(parts, Body::from(bytes)),
        Cow::Owned(trimmed) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(trimmed))
        }
    }
}

/// The page without the scripts that follow `</html>`, unless it has an island that needs them.
pub fn without_hydration_data(html: &str) -> Cow<'_, str> {
    if html.contains("<leptos-island") {
        return Cow::Borrowed(html);
    }
    let Some(end) = html.rfind("</html>").map(|start| start + "</html>".len()) else {
        return Cow::Borrowed(html);
    };
    if end == html.len() || !only_scripts(&html[end..]) {
        return Cow::Borrowed(html);
    }
    Cow::Owned(html[..end].to_owned())
}

fn only_scripts(mut tail: &str) -> bool {
    loop {
        tail = tail.trim_start();
        if tail.is_empty() {
            return true;
        }
        if !tail.starts_with("<script") {
            return false;
        }
        match tail.find("</script>") {
            Some(close) => tail = &tail[close + "</script>".len()..],
            None => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_scripts_are_dropped_from_plain_pages() {
        let page = "<!DOCTYPE html><html><body>hi</body></html><script nonce=\"n\">__RESOLVED_RESOURCES=[];</script><script>__INCOMPLETE_CHUNKS=[];</script>";
        assert_eq!(
            without_hydration_data(page),
            "<!DOCTYPE html><html><body>hi</body></html>"
        );
    }

    #[test]
    fn pages_with_islands_keep_them() {
        let page = "<html><body><leptos-island data-component=\"x\"></leptos-island></body></html><script>__RESOLVED_RESOURCES=[];</script>";
        assert_eq!(without_hydration_data(page), page);
    }

    #[test]
    fn anything_else_after_the_document_is_left_alone() {
        let page = "<html></html><p>odd</p>";
        assert_eq!(without_hydration_data(page), page);
        assert_eq!(without_hydration_data("<html></html>"), "<html></html>");
        assert_eq!(without_hydration_data("no document"), "no document");
    }
}
