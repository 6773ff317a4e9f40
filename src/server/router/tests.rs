//! The router as a whole: redirects, every guide page, errors as pages, headers, caching and
//! compression, and what reaches the log.

use axum::{
    body::Body,
    extract::Request,
    http::{header, StatusCode},
    Router,
};

use crate::{
    assets,
    content::PAGES,
    i18n,
    server::{
        profile,
        test_support::{capture_logs, get, send, test_router, unescape_html},
    },
};

fn england() -> Router {
    test_router(profile::EXAMPLE_ENGLAND)
}

#[tokio::test]
async fn the_root_opens_in_the_remembered_then_the_browsers_then_the_councils_language() {
    let wales = test_router(profile::EXAMPLE_WALES);
    let start = |router: Router, headers: Vec<(&'static str, &'static str)>| async move {
        let (status, response, _) = get(&router, "/", &headers).await;
        assert_eq!(status, StatusCode::TEMPORARY_REDIRECT);
        assert_eq!(response[header::VARY], "Accept-Language, Cookie");
        response[header::LOCATION]
            .to_str()
            .expect("ascii")
            .to_owned()
    };
    // Nothing asked: the council's first language (the Welsh example puts Welsh first).
    assert_eq!(start(england(), vec![]).await, "/en/start-here");
    assert_eq!(start(wales.clone(), vec![]).await, "/cy/start-here");
    assert_eq!(
        start(wales.clone(), vec![("accept-language", "fr")]).await,
        "/cy/start-here"
    );
    // The browser's languages, in its order of preference.
    assert_eq!(
        start(england(), vec![("accept-language", "cy, en;q=0.5")]).await,
        "/cy/start-here"
    );
    assert_eq!(
        start(wales.clone(), vec![("accept-language", "en-GB,en;q=0.9")]).await,
        "/en/start-here"
    );
    assert_eq!(
        start(
            england(),
            vec![("accept-language", "de, so;q=0.7, pl;q=0.5")]
        )
        .await,
        "/so/start-here"
    );
    // A language chosen here before wins over the browser; a cookie we do not publish is ignored.
    assert_eq!(
        start(
            england(),
            vec![
                ("accept-language", "cy"),
                ("cookie", "other=1; language=pl")
            ]
        )
        .await,
        "/pl/start-here"
    );
    assert_eq!(
        start(wales, vec![("cookie", "language=fr")]).await,
        "/cy/start-here"
    );
}

#[tokio::test]
async fn reading_a_page_remembers_its_language_in_the_one_cookie() {
    let (_, headers, _) = get(&england(), "/pl/start-here", &[]).await;
    let cookie = headers[header::SET_COOKIE].to_str().expect("ascii");
    assert!(cookie.starts_with("language=pl;"), "{cookie}");
    for attribute in ["Path=/", "Max-Age=31536000", "SameSite=Lax", "HttpOnly"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    // Served again from the page cache: still remembered.
    let (_, headers, _) = get(&england(), "/so/glossary", &[]).await;
    let (_, again, _) = get(&england(), "/so/glossary", &[]).await;
    assert!(headers.contains_key(header::SET_COOKIE));
    assert!(again[header::SET_COOKIE]
        .to_str()
        .expect("ascii")
        .starts_with("language=so;"));
    // Already remembered, or not a page: no cookie.
    let (_, headers, _) = get(&england(), "/pl/start-here", &[("cookie", "language=pl")]).await;
    assert!(!headers.contains_key(header::SET_COOKIE));
    for path in ["/healthz", "/robots.txt", "/pl/no-such-page"] {
        let (_, headers, _) = get(&england(), path, &[]).await;
        assert!(!headers.contains_key(header::SET_COOKIE), "{path}");
    }
}

#[tokio::test]
async fn every_page_links_to_itself_in_every_language() {
    for path in [
        "/en/start-here",
        "/cy/easy/on-the-day",
        "/so/report",
        "/pl/dates",
    ] {
        let (status, _, body) = get(&england(), path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let rest = path
            .split_once('/')
            .map(|(_, rest)| rest.split_once('/').map_or("", |(_, r)| r))
            .unwrap_or("");
        // In full, from the profile's guide_address: search engines ignore relative ones.
        for code in ["en", "cy", "pl", "so"] {
            let alternate = format!(
                r#"<link rel="alternate" hreflang="{code}" href="https://guide.exampleshire.example/{code}/{rest}">"#
            );
            assert!(body.contains(&alternate), "{path} lacks {alternate}");
        }
        assert!(
            body.contains(
                r#"<link rel="alternate" hreflang="x-default" href="https://guide.exampleshire.example/">"#
            ),
            "{path}"
        );
    }
    let (_, _, missing) = get(&england(), "/cy/no-such-page", &[]).await;
    assert!(
        !missing.contains("hreflang=\"x-default\""),
        "an error page has no alternates"
    );
    // A council that has not given the guide's address gets no alternates rather than
    // addresses search engines would reject.
    let without_address = profile::EXAMPLE_ENGLAND
        .lines()
        .filter(|line| !line.starts_with("guide_address"))
        .collect::<Vec<_>>()
        .join("\n");
    let (status, _, body) = get(&test_router(&without_address), "/en/start-here", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!body.contains("hreflang=\"en\" href"), "{body}");
}

#[tokio::test]
async fn a_language_alone_goes_to_its_start_page() {
    for path in ["/en", "/en/"] {
        let (status, headers, _) = get(&england(), path, &[]).await;
        assert_eq!(status, StatusCode::PERMANENT_REDIRECT, "{path}");
        assert_eq!(headers[header::LOCATION], "/en/start-here");
    }
}

#[tokio::test]
async fn every_guide_page_renders_in_english_with_no_inline_script_or_wasm() {
    let router = england();
    assert!(!PAGES.is_empty());
    for page in PAGES {
        let path = format!("/en/{}", page.slug);
        let (status, headers, body) = get(&router, &path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            body.starts_with("<!DOCTYPE html><html lang=\"en\">"),
            "{path}"
        );
        assert!(body.contains("<h1"), "{path}");
        assert!(body.contains("id=\"main-content\""), "{path}");
        assert!(body.contains("id=\"exit-this-page\""), "{path}");
        assert!(!body.contains(".wasm"), "{path} mentions wasm");
        // The only script is the external exit-this-page one.
        assert_eq!(body.matches("<script").count(), 1, "{path}");
        assert!(body.contains(&format!(
            "<script src=\"{}\" defer></script>",
            assets::EXIT_SCRIPT.url()
        )));
        assert!(
            body.ends_with("</html>"),
            "{path} has something after the document"
        );
        assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    }
}

#[tokio::test]
async fn unknown_pages_and_languages_get_our_404_page() {
    for path in [
        "/en/no-such-page",
        "/xx/start-here",
        "/xx",
        "/en/start-here/more",
        "/assets/main.css",
        "/pkg/nothing.wasm",
        "/%00",
        "/en/..%2f..%2fetc%2fpasswd",
    ] {
        let (status, headers, body) = get(&england(), path, &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        if path.starts_with("/pkg/") {
            continue; // ServeDir's own empty 404 for the islands bundle folder
        }
        assert!(body.contains("Page not found"), "{path}");
        assert!(body.contains("/en/start-here"), "{path}");
        assert!(
            headers.contains_key(header::CONTENT_SECURITY_POLICY),
            "{path}"
        );
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    for path in [
        "/",
        "/en/start-here",
        "/en/nope",
        "/healthz",
        assets::STYLESHEET.url(),
    ] {
        let (_, headers, _) = get(&england(), path, &[]).await;
        let policy = headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .expect("ascii");
        assert!(policy.contains("frame-ancestors 'none'"), "{path}");
        assert!(!policy.contains("unsafe-inline"), "{path}");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer", "{path}");
        assert!(
            !headers.contains_key(header::STRICT_TRANSPORT_SECURITY),
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_panic_is_a_plain_500_page_with_no_internals() {
    let captured = capture_logs();
    let (status, headers, body) = get(&england(), "/test-only/panic", &[]).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(body.contains("<h1 class=\"heading-xl\">Sorry, something went wrong</h1>"));
    assert!(
        body.contains(assets::STYLESHEET.url()),
        "in the site's style"
    );
    assert!(!body.contains("SENTINEL"), "{body}");
    assert!(headers.contains_key(header::CONTENT_SECURITY_POLICY));
    let log = captured.text();
    assert!(log.contains("a request handler panicked"), "{log}");
    assert!(!log.contains("SENTINEL"), "{log}");
}

#[tokio::test(start_paused = true)]
async fn a_request_that_runs_too_long_gets_a_page_at_the_timeout() {
    let (status, headers, body) = get(&england(), "/test-only/slow", &[]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains("Sorry, that took too long"), "{body}");
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(headers.contains_key(header::CONTENT_SECURITY_POLICY));
}

#[tokio::test(start_paused = true)]
async fn a_panic_and_a_timeout_are_explained_in_the_paths_language() {
    for code in ["cy", "pl", "so"] {
        let language = i18n::language(code).expect("a published language");
        for (path, status, title) in [
            (
                "panic",
                StatusCode::INTERNAL_SERVER_ERROR,
                "server-error-title",
            ),
            (
                "slow",
                StatusCode::SERVICE_UNAVAILABLE,
                "error-timeout-title",
            ),
        ] {
            let (got, _, body) = get(&england(), &format!("/{code}/test-only/{path}"), &[]).await;
            assert_eq!(got, status, "{code} {path}");
            let body = unescape_html(&body);
            let title = i18n::message(language, title, None);
            assert!(body.contains(&format!("lang=\"{code}\"")), "{code} {path}");
            assert!(body.contains(&title), "{code} {path}: {title} in\n{body}");
        }
    }
}

#[tokio::test]
async fn hsts_is_sent_when_the_proxy_says_the_request_came_over_tls() {
    let (_, headers, _) = get(
        &england(),
        "/en/start-here",
        &[("x-forwarded-proto", "https")],
    )
    .await;
    assert!(headers[header::STRICT_TRANSPORT_SECURITY]
        .to_str()
        .expect("ascii")
        .starts_with("max-age="));
}

#[tokio::test]
async fn fingerprinted_assets_are_cached_for_a_year_and_pages_are_not() {
    for asset in assets::everything() {
        let (status, headers, body) = get(&england(), asset.url(), &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            headers[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(headers[header::CONTENT_TYPE], asset.content_type);
        assert_eq!(body, asset.body);
    }
    let (_, headers, _) = get(&england(), "/en/start-here", &[]).await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn pages_are_compressed_when_the_browser_allows() {
    for (encoding, expected) in [("br", "br"), ("gzip", "gzip"), ("gzip, deflate, br", "br")] {
        let (_, headers, body) = get(
            &england(),
            "/en/start-here",
            &[("accept-encoding", encoding)],
        )
        .await;
        assert_eq!(headers[header::CONTENT_ENCODING], expected);
        assert!(!body.contains("<html"), "the body should be compressed");
    }
}

#[tokio::test]
async fn guide_pages_come_from_memory_the_same_each_time_with_fresh_headers() {
    let router = england();
    let (_, first_headers, first) = get(&router, "/en/glossary", &[]).await;
    let (_, second_headers, second) = get(&router, "/en/glossary?x=1", &[]).await;
    assert_eq!(first, second);
    assert_ne!(
        first_headers[header::CONTENT_SECURITY_POLICY],
        second_headers[header::CONTENT_SECURITY_POLICY],
        "each response has its own nonce"
    );
    assert!(
        !first.contains("nonce="),
        "a cached page must not carry a nonce"
    );
    let (status, headers, compressed) = send(
        &router,
        Request::get("/en/glossary"),
        &[("accept-encoding", "br")],
        Body::empty(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(headers[header::VARY], "accept-encoding");
    let mut decoded = Vec::new();
    brotli::BrotliDecompress(&mut &compressed[..], &mut decoded).expect("brotli");
    assert_eq!(String::from_utf8(decoded).expect("utf-8"), first);
    for header_name in [header::X_CONTENT_TYPE_OPTIONS, header::REFERRER_POLICY] {
        assert!(headers.contains_key(&header_name));
    }
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn health_check_answers() {
    let (status, headers, body) = get(&england(), "/healthz", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "ok\n");
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn the_example_banner_shows_only_for_example_profiles() {
    let (_, _, body) = get(&england(), "/en/start-here", &[]).await;
    assert!(body.contains("class=\"phase-banner\""));
    let real = profile::EXAMPLE_ENGLAND.replace("example = true", "example = false");
    let (_, _, body) = get(&test_router(&real), "/en/start-here", &[]).await;
    assert!(!body.contains("class=\"phase-banner\""));
}

#[tokio::test]
async fn request_logs_hold_the_path_but_never_the_query_string() {
    let captured = capture_logs();
    let router = england();
    get(
        &router,
        "/en/start-here?name=SENTINEL-QUERY-TEXT",
        &[("referer", "https://x.example/SENTINEL-HEADER")],
    )
    .await;
    let log = captured.text();
    assert!(
        log.contains("/en/start-here"),
        "the request was logged: {log}"
    );
    assert!(log.contains("status=200"), "{log}");
    assert!(!log.contains("SENTINEL"), "{log}");
}
