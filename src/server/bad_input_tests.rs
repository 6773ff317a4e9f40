//! Rubbish from the internet: hostile paths, broken and oversized bodies, wrong methods and
//! content types, forms from other sites. Each gets a clear 4xx page in the site's style (never
//! a 5xx, never a bare status), with the security headers, and the server keeps answering.

use axum::{body::Body, http::Request, Router};
use http::{header, HeaderMap, Method, StatusCode};

use crate::server::{
    profile::EXAMPLE_ENGLAND,
    test_support::{get, send, test_router},
};

const FORM: &str = "application/x-www-form-urlencoded";
const POST_ROUTES: [&str; 3] = ["/en/report", "/en/report/pdf", "/en/report/send"];

fn england() -> Router {
    test_router(EXAMPLE_ENGLAND)
}

/// A 4xx page a person can read, with the headers every response must carry.
fn assert_clear_refusal(what: &str, status: StatusCode, headers: &HeaderMap, body: &[u8]) {
    assert!(status.is_client_error(), "{what}: {status}");
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/html"),
        "{what}: {status} is not a page"
    );
    let body = String::from_utf8_lossy(body);
    assert!(body.contains("<h1"), "{what}: no heading in {body}");
    assert!(body.contains("<html lang=\"en\""), "{what}");
    assert!(!body.contains("[package]"), "{what}: a file leaked");
    assert_security_headers(what, headers);
}

fn assert_security_headers(what: &str, headers: &HeaderMap) {
    for name in [
        header::CONTENT_SECURITY_POLICY,
        header::X_CONTENT_TYPE_OPTIONS,
        header::REFERRER_POLICY,
        header::X_FRAME_OPTIONS,
    ] {
        assert!(headers.contains_key(&name), "{what}: no {name}");
    }
}

async fn still_answering(router: &Router) {
    let (status, _, body) = get(router, "/healthz", &[]).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok\n"));
}

#[tokio::test]
async fn hostile_paths_get_our_404_page_and_never_a_file() {
    let router = england();
    let long = "a".repeat(5_000);
    let paths = [
        "/xx/start-here".to_owned(),
        "/en/no-such-page".to_owned(),
        "/assets/..%2f..%2fCargo.toml".to_owned(),
        "/assets/%2e%2e/%2e%2e/Cargo.toml".to_owned(),
        "/assets/..%5c..%5cCargo.toml".to_owned(),
        "/pkg/..%2f..%2fCargo.toml".to_owned(),
        "/pkg/%2e%2e%2f%2e%2e%2f%2e%2e%2fCargo.toml".to_owned(),
        "/pkg/../../Cargo.toml".to_owned(),
        "/pkg/%00".to_owned(),
        "/assets/%00".to_owned(),
        "/en/%00".to_owned(),
        "/%ff%fe".to_owned(),
        "/en/start-here%00.html".to_owned(),
        format!("/{long}"),
        format!("/en/{long}"),
        format!("/pkg/{long}"),
        format!("/assets/{long}"),
        format!("/en/report/{}", "..%2f".repeat(1_000)),
    ];
    for path in &paths {
        let (status, headers, body) =
            send(&router, Request::get(path.as_str()), &[], Body::empty()).await;
        let what = &path[..path.len().min(60)];
        // A path that is not UTF-8 cannot even be matched against the routes: 400.
        let expected = if path == "/%ff%fe" {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(status, expected, "{what}");
        assert_clear_refusal(what, status, &headers, &body);
    }
    still_answering(&router).await;
}

#[tokio::test]
async fn broken_form_bodies_are_refused_with_a_page() {
    let router = england();
    let bodies: [(&str, Vec<u8>); 4] = [
        (
            "invalid UTF-8",
            b"parent-name=%FF%FE&child-names=Sam".to_vec(),
        ),
        ("raw invalid UTF-8", vec![b'a', b'=', 0xC3, 0x28]),
        (
            "an encoded NUL",
            b"parent-name=Ann%00&child-names=Sam&going-well=x".to_vec(),
        ),
        (
            "a raw NUL",
            b"parent-name=Ann\0&child-names=Sam&going-well=x".to_vec(),
        ),
    ];
    for route in POST_ROUTES {
        for (what, body) in &bodies {
            let builder = Request::post(route).header(header::CONTENT_TYPE, FORM);
            let (status, headers, page) =
                send(&router, builder, &[], Body::from(body.clone())).await;
            let what = format!("{route} with {what}");
            assert_eq!(status, StatusCode::BAD_REQUEST, "{what}");
            assert_clear_refusal(&what, status, &headers, &page);
            assert!(
                String::from_utf8_lossy(&page).contains("Sorry, we could not read your answers")
            );
        }
    }
    still_answering(&router).await;
}

#[tokio::test]
async fn oversized_bodies_are_refused_before_they_are_read() {
    let router = england();
    let huge = format!("going-well={}", "x".repeat(2 * 1024 * 1024));
    for route in POST_ROUTES {
        let builder = Request::post(route)
            .header(header::CONTENT_TYPE, FORM)
            .header(header::CONTENT_LENGTH, huge.len());
        let (status, headers, page) = send(&router, builder, &[], Body::from(huge.clone())).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{route}");
        assert_clear_refusal(route, status, &headers, &page);
        assert!(String::from_utf8_lossy(&page).contains("too much for us to read"));
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");

        // Without a length up front, the body is cut off at the limit as it streams in, and
        // the answer is the same 413 as when the length was said.
        let chunks = streamed(huge.clone());
        let builder = Request::post(route).header(header::CONTENT_TYPE, FORM);
        let (status, headers, page) = send(&router, builder, &[], chunks).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{route}: streamed");
        assert_clear_refusal(route, status, &headers, &page);
        assert!(String::from_utf8_lossy(&page).contains("too much for us to read"));
    }
    still_answering(&router).await;
}

/// A body with no length known in advance.
fn streamed(text: String) -> Body {
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = text
        .into_bytes()
        .chunks(64 * 1024)
        .map(|chunk| Ok(chunk.to_vec()))
        .collect();
    Body::from_stream(futures_util::stream::iter(chunks))
}

#[tokio::test]
async fn posts_that_are_not_forms_get_a_415_page() {
    let router = england();
    for route in POST_ROUTES {
        for content_type in [
            Some("application/json"),
            Some("multipart/form-data; boundary=x"),
            Some("text/plain"),
            None,
        ] {
            let mut builder = Request::post(route);
            if let Some(content_type) = content_type {
                builder = builder.header(header::CONTENT_TYPE, content_type);
            }
            let (status, headers, page) = send(
                &router,
                builder,
                &[],
                Body::from("{\"parent-name\":\"Ann\"}"),
            )
            .await;
            let what = format!("{route} as {content_type:?}");
            assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{what}");
            assert_clear_refusal(&what, status, &headers, &page);
        }
        // The charset parameter some browsers add is fine.
        let builder = Request::post(route).header(
            header::CONTENT_TYPE,
            "application/x-www-form-urlencoded; charset=UTF-8",
        );
        let (status, _, _) = send(&router, builder, &[], Body::from("parent-name=Ann")).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{route}: the form comes back with its errors"
        );
    }
}

#[tokio::test]
async fn wrong_methods_get_a_405_page() {
    let router = england();
    for (method, path) in [
        (Method::PUT, "/en/report"),
        (Method::DELETE, "/en/report/send"),
        (Method::PATCH, "/healthz"),
    ] {
        let builder = Request::builder().method(method.clone()).uri(path);
        let (status, headers, page) = send(&router, builder, &[], Body::empty()).await;
        let what = format!("{method} {path}");
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{what}");
        assert_clear_refusal(&what, status, &headers, &page);
        assert!(
            headers.contains_key(header::ALLOW),
            "{what}: says what is allowed"
        );
    }
    still_answering(&router).await;
}

#[tokio::test]
async fn cross_site_posts_are_refused_on_every_form_route() {
    let router = england();
    for route in POST_ROUTES {
        let builder = Request::post(route).header(header::CONTENT_TYPE, FORM);
        let (status, headers, page) = send(
            &router,
            builder,
            &[("sec-fetch-site", "cross-site")],
            Body::from("parent-name=Ann&child-names=Sam&going-well=x"),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{route}");
        assert_clear_refusal(route, status, &headers, &page);
    }
}

#[tokio::test]
async fn duplicate_missing_and_control_character_fields_never_break_the_form() {
    let router = england();
    // A second value cannot replace the first; CR/LF and control characters leave one-line
    // answers; unknown fields are dropped.
    let body = "parent-name=Ann%0D%0ABcc%3A+x%40evil.example%07&parent-name=Mallory\
                &child-names=Sam&going-well=Line+one%0D%0ALine+two&surprise=field";
    for route in POST_ROUTES {
        let builder = Request::post(route).header(header::CONTENT_TYPE, FORM);
        let (status, headers, page) = send(&router, builder, &[], Body::from(body)).await;
        assert!(status.is_success(), "{route}: {status}");
        let page = String::from_utf8_lossy(&page);
        if headers[header::CONTENT_TYPE] == "application/pdf" {
            continue;
        }
        assert!(!page.contains("Mallory"), "{route}");
        assert!(!page.contains("surprise"), "{route}");
        assert!(!page.contains('\u{7}'), "{route}");
    }
    // Every field missing: the form again, with what is needed.
    let builder = Request::post("/en/report").header(header::CONTENT_TYPE, FORM);
    let (status, headers, page) = send(&router, builder, &[], Body::empty()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_security_headers("empty form", &headers);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(String::from_utf8_lossy(&page).contains("There is a problem"));
}

#[tokio::test]
async fn form_pages_and_pdfs_are_never_stored() {
    let router = england();
    let (_, headers, _) = get(&router, "/en/report", &[]).await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let valid = "parent-name=Ann&child-names=Sam&going-well=x";
    for route in POST_ROUTES {
        let builder = Request::post(route).header(header::CONTENT_TYPE, FORM);
        let (status, headers, _) = send(&router, builder, &[], Body::from(valid)).await;
        assert!(status.is_success(), "{route}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store", "{route}");
        assert_security_headers(route, &headers);
    }
}

#[tokio::test]
async fn every_guide_page_has_one_address_and_the_others_redirect_to_it() {
    let router = england();
    for (path, canonical) in [
        ("/en/start-here/", "/en/start-here"),
        ("/./en/start-here", "/en/start-here"),
        ("/en/./glossary", "/en/glossary"),
        ("/en/x/../glossary", "/en/glossary"),
        ("/en/report/", "/en/report"),
    ] {
        let (status, headers, _) = get(&router, path, &[]).await;
        assert_eq!(status, StatusCode::PERMANENT_REDIRECT, "{path}");
        assert_eq!(headers[header::LOCATION], canonical, "{path}");
    }
    // Nothing that is not one of our pages is redirected anywhere.
    for path in ["/en/nope/", "/./xx/start-here", "/../../etc/passwd"] {
        let (status, _, _) = get(&router, path, &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
}
