//! Every page is valid HTML (issue 14): no `<!>` hydration markers outside islands, nothing
//! after `</html>`, no nonce as a `crossorigin` value, and the nonce still on every inline
//! script. The W3C checker itself runs in `end2end/validate-html.mjs`; these tests pin the
//! markup it relies on, and write the pages only a test can provoke (a panic, a timeout) for it
//! when `CONFERENCE_GUIDE_PAGES_FOR_CHECKER` names a folder.

use axum::{body::Body, http::Request, Router};
use http::{header, HeaderMap, StatusCode};

use crate::{
    content::PAGES,
    i18n::LANGUAGES,
    server::{
        profile::{EXAMPLE_ENGLAND, EXAMPLE_WALES},
        test_support::{get, send, test_router},
    },
};

const VALID: &[(&str, &str)] = &[
    ("parent-name", "Ann Example"),
    ("child-names", "Sam"),
    ("going-well", "Sam laughs a lot."),
];

async fn post(
    router: &Router,
    path: &str,
    pairs: &[(&str, &str)],
) -> (StatusCode, HeaderMap, String) {
    let body = serde_urlencoded::to_string(pairs).expect("encodable");
    let builder =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let (status, headers, bytes) = send(router, builder, &[], Body::from(body)).await;
    (
        status,
        headers,
        String::from_utf8(bytes).expect("pages are UTF-8"),
    )
}

/// The nonce in this response's Content-Security-Policy.
fn nonce(headers: &HeaderMap) -> String {
    let policy = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ascii");
    let start = policy.find("'nonce-").expect("a nonce") + "'nonce-".len();
    let end = start + policy[start..].find('\'').expect("closed");
    policy[start..end].to_owned()
}

/// What every page must be, island or not.
fn assert_valid_shape(what: &str, body: &str) {
    assert!(body.starts_with("<!DOCTYPE html>"), "{what}");
    assert!(
        body.ends_with("</body></html>"),
        "{what}: something after the document: {}",
        &body[body.len().saturating_sub(300)..]
    );
    assert!(!body.contains("<!>"), "{what} has a bogus-comment marker");
    assert!(
        !body.contains("crossorigin=\""),
        "{what}: crossorigin with a value"
    );
}

/// Every inline script carries this response's nonce; returns how many there are.
fn assert_inline_scripts_have_the_nonce(what: &str, body: &str, nonce: &str) -> usize {
    let mut inline = 0;
    for tag in body.split("<script").skip(1) {
        let tag = &tag[..tag.find('>').expect("closed tag")];
        if !tag.contains(" src=") {
            inline += 1;
            assert!(
                tag.contains(&format!("nonce=\"{nonce}\"")),
                "{what}: an inline script without this response's nonce: <script{tag}>"
            );
        }
    }
    inline
}

#[tokio::test]
async fn guide_pages_in_every_language_have_no_markers_from_the_renderer_or_the_cache() {
    for profile in [EXAMPLE_ENGLAND, EXAMPLE_WALES] {
        let router = test_router(profile);
        for language in LANGUAGES {
            for page in PAGES {
                let path = format!("/{}/{}", language.code, page.slug);
                let (status, _, rendered) = get(&router, &path, &[]).await;
                assert_eq!(status, StatusCode::OK, "{path}");
                assert_valid_shape(&path, &rendered);
                assert!(!rendered.contains("<script>"), "{path}: an inline script");
                let (_, _, cached) = get(&router, &path, &[]).await;
                assert_eq!(
                    cached, rendered,
                    "{path}: the cache keeps the finished page"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_404_page_has_no_markers() {
    let (status, _, body) = get(&test_router(EXAMPLE_ENGLAND), "/en/no-such-page", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_valid_shape("404", &body);
}

/// The island pages: the markers inside the island stay (as `<!---->`, the same comment node),
/// the hydration data sits inside the body, and every inline script has the nonce.
fn assert_island_page(what: &str, headers: &HeaderMap, body: &str) {
    assert_valid_shape(what, body);
    let nonce = nonce(headers);
    let inline = assert_inline_scripts_have_the_nonce(what, body, &nonce);
    assert!(inline >= 1, "{what}: the hydration script is missing");
    assert!(
        body.contains("<link rel=\"modulepreload\" href=\"/pkg/conference_guide.js\" crossorigin>"),
        "{what}"
    );
    assert!(
        body.contains("type=\"application/wasm\" crossorigin>"),
        "{what}"
    );
    if body.contains("<leptos-island") {
        let data = body
            .find("__RESOLVED_RESOURCES")
            .expect("hydration data is kept");
        assert!(data < body.rfind("</body>").expect("a body"), "{what}");
        // The island's own markers are still there, as valid empty comments.
        let island = &body[body.find("<leptos-island").expect("island")..];
        let island = &island[..island.find("</leptos-island>").expect("closed island")];
        let outside = body.replacen(island, "", 1);
        assert!(
            !outside.contains("<!---->"),
            "{what}: markers outside the island"
        );
    }
}

#[tokio::test]
async fn the_report_form_in_each_state_is_valid_and_keeps_what_hydration_needs() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, headers, body) = get(&router, "/en/report", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<leptos-island"), "the form has its island");
    assert!(
        body.contains("__RESOLVED_RESOURCES"),
        "and its hydration data"
    );
    assert_island_page("the form", &headers, &body);

    let (status, headers, body) = post(&router, "/en/report", &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_island_page("the form with errors", &headers, &body);

    let (status, headers, body) = post(&router, "/en/report", VALID).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Check your report"));
    assert_island_page("the check page", &headers, &body);
}

#[tokio::test]
async fn what_a_parent_types_is_never_taken_for_a_marker_or_an_attribute() {
    let router = test_router(EXAMPLE_ENGLAND);
    let typed = "a<!>b crossorigin=\"x\" </html><script>";
    // Too long, so the form comes back with the words in its text area.
    let long = format!("{typed}{}", "x".repeat(20_000));
    let (status, _, body) = post(
        &router,
        "/en/report",
        &[
            ("parent-name", "Ann"),
            ("child-names", "Sam"),
            ("going-well", &long),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains("a&lt;!&gt;b crossorigin=\"x\" &lt;/html&gt;&lt;script&gt;x"),
        "the text area keeps every character"
    );
    let (status, _, body) = post(
        &router,
        "/en/report",
        &[
            ("parent-name", "Ann"),
            ("child-names", "Sam"),
            ("going-well", typed),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("a&lt;!&gt;b crossorigin=&quot;x&quot; &lt;/html&gt;&lt;script&gt;"),
        "the hidden field keeps every character"
    );
}

/// The 500 and timeout pages need a route only the tests have: written here for the checker.
#[tokio::test(start_paused = true)]
async fn pages_only_a_test_can_provoke_are_valid_and_written_for_the_checker() {
    let router = test_router(EXAMPLE_ENGLAND);
    let folder =
        std::env::var_os("CONFERENCE_GUIDE_PAGES_FOR_CHECKER").map(std::path::PathBuf::from);
    for (path, status, name) in [
        (
            "/test-only/panic",
            StatusCode::INTERNAL_SERVER_ERROR,
            "500-panic.html",
        ),
        (
            "/test-only/slow",
            StatusCode::SERVICE_UNAVAILABLE,
            "503-timeout.html",
        ),
    ] {
        let (got, _, body) = get(&router, path, &[]).await;
        assert_eq!(got, status, "{path}");
        assert_valid_shape(path, &body);
        if let Some(folder) = &folder {
            std::fs::create_dir_all(folder).expect("the checker's folder can be made");
            std::fs::write(folder.join(name), &body).expect("the page can be written");
        }
    }
}
