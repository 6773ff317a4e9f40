//! The small routes around the pages: `/` and `/{lang}` (to the start page), any page by GET,
//! the fingerprinted assets, robots.txt and the health check.

use axum::{
    extract::{Path, Request, State},
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Redirect, Response},
};

use crate::{
    assets, i18n,
    paths::{FormStep, SitePath},
    server::{error::HttpError, middleware::language_cookie::remembered_language, state::AppState},
    site::{self, Destination},
};

/// `/`: the start page in the language chosen here before, else the browser's, else the
/// council's first language.
pub async fn redirect_to_language(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let remembered = remembered_language(&headers);
    let language = i18n::choose_language(remembered.as_deref(), accept_language, &state.profile);
    let mut response = Redirect::temporary(&SitePath::start(language).href()).into_response();
    response.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

/// `/{lang}`: that language's start page, if we publish it.
pub async fn redirect_to_start(Path(lang): Path<String>) -> Response {
    match i18n::language(&lang) {
        Some(language) => Redirect::permanent(&SitePath::start(language).href()).into_response(),
        None => HttpError::NotFound.into_response(),
    }
}

/// Any page by GET: the Leptos app decides what the path shows (a guide page, a form, 404).
/// A form's PDF and send addresses act only on the form's POST; by GET they show a page that
/// says nothing was sent (`pages::form_address`).
pub async fn page(State(state): State<AppState>, request: Request) -> Response {
    if let Some(canonical) = canonical_address(request.uri().path()) {
        return Redirect::permanent(&canonical).into_response();
    }
    let destination = SitePath::parse(request.uri().path())
        .as_ref()
        .and_then(site::resolve);
    // The calendar file is only made from the dates the form posts. (A form's PDF and send
    // addresses opened by GET get a page saying nothing was sent: see `app::App`.)
    if let Some(Destination::Form(_, FormStep::Calendar)) = destination {
        let mut response = HttpError::WrongMethod.into_response();
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }
    (state.render_page)(request).await
}

/// For the deployment's load balancer: the process is up and answering.
pub async fn health() -> impl IntoResponse {
    ([(header::CACHE_CONTROL, "no-store")], "ok\n")
}

pub async fn fingerprinted_asset(Path(file): Path<String>) -> Response {
    match assets::by_url(&format!("{}{file}", assets::PREFIX)) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, asset.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            asset.body,
        )
            .into_response(),
        None => HttpError::NotFound.into_response(),
    }
}

pub async fn robots() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "User-agent: *\nAllow: /\n",
    )
}

/// The one way we write a page's address, when `path` is another way of writing it: with a
/// trailing slash or with `.` and `..` segments. Each page then has one address, which the
/// page cache and search engines both see. `None` when `path` is already canonical or is not
/// one of our pages at all.
fn canonical_address(path: &str) -> Option<String> {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/').filter(|segment| !segment.is_empty()) {
        match segment {
            "." => {}
            ".." => {
                segments.pop();
            }
            segment => segments.push(segment),
        }
    }
    let normalised = format!("/{}", segments.join("/"));
    if normalised == path {
        return None;
    }
    let parsed = SitePath::parse(&normalised)?;
    site::resolve(&parsed)?;
    Some(parsed.href())
}
