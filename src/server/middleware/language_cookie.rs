//! The site's one cookie: the language last read in, so that `/` (a bookmark, the council's
//! link) opens in it next time. The path prefix stays the source of truth for every page; the
//! cookie is only read at `/` (`site_routes::redirect_to_language`). It holds a language code
//! and nothing else, and is set only when a page in another language was shown.

use axum::{extract::Request, middleware::Next, response::Response};
use cookie::{time::Duration, Cookie, SameSite};
use http::{header, HeaderMap, HeaderValue};

use crate::{i18n, paths::SitePath};

pub const LANGUAGE_COOKIE: &str = "language";

/// A year: a parent may come back for a review conference months later.
const REMEMBER_FOR: Duration = Duration::days(365);

/// The language code in the request's `language` cookie, if there is one.
pub fn remembered_language(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == LANGUAGE_COOKIE)
        .map(|cookie| cookie.value().to_owned())
}

pub async fn remember_language(request: Request, next: Next) -> Response {
    let shown = SitePath::parse(request.uri().path()).map(|path| path.language);
    let remembered = remembered_language(request.headers());
    let mut response = next.run(request).await;
    let Some(language) = shown else {
        return response;
    };
    let already = remembered.as_deref().and_then(i18n::language) == Some(language);
    if response.status().is_success() && !already {
        let cookie = Cookie::build((LANGUAGE_COOKIE, language.code))
            .path("/")
            .max_age(REMEMBER_FOR)
            .same_site(SameSite::Lax)
            .http_only(true)
            .build();
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
