//! Form posts must come from our own pages. Browsers say where a request came from in
//! `Sec-Fetch-Site` (and in `Origin`); a post from another site is refused, so no other page
//! can make a parent's browser send a report or trigger work here.

use axum::{
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{header, Method};

use crate::server::error::HttpError;

pub async fn refuse_cross_site_posts(request: Request, next: Next) -> Response {
    if request.method() == Method::POST && !is_same_origin(&request) {
        return HttpError::CrossSite.into_response();
    }
    next.run(request).await
}

fn is_same_origin(request: &Request) -> bool {
    let headers = request.headers();
    if let Some(site) = headers
        .get("sec-fetch-site")
        .and_then(|value| value.to_str().ok())
    {
        // "none" is a post the person started themselves (typed address, bookmark).
        return matches!(site, "same-origin" | "none");
    }
    // Older browsers: compare Origin with Host. No header at all (curl, very old browsers)
    // cannot be a cross-site form in a modern browser, so it is let through.
    match (headers.get(header::ORIGIN), headers.get(header::HOST)) {
        (Some(origin), Some(host)) => {
            let origin = origin.to_str().unwrap_or_default();
            let host = host.to_str().unwrap_or_default();
            origin
                .split_once("://")
                .is_some_and(|(_, authority)| authority == host)
        }
        (Some(_), None) => false,
        _ => true,
    }
}
