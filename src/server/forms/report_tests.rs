//! The parent's report through the router: the form, its errors, check, Change, the PDF.

use crate::server::{
    profile::EXAMPLE_ENGLAND,
    test_support::{capture_logs, get, send, test_router},
};
use axum::{body::Body, http::Request as HttpRequest, Router};
use http::{header, HeaderMap, StatusCode};

async fn post(
    router: &Router,
    path: &str,
    body: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let builder =
        HttpRequest::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    send(router, builder, headers, Body::from(body.to_owned())).await
}

fn form(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).expect("encodable")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const VALID: &[(&str, &str)] = &[
    ("parent-name", "Ann Example"),
    ("child-names", "Sam"),
    (
        "going-well",
        "Sam laughs a lot.\nHe likes school & <football>.",
    ),
];

#[tokio::test]
async fn the_empty_form_is_an_island_page_that_is_never_cached() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, headers, body) = get(&router, "/en/report", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(body.contains("<form method=\"post\" action=\"/en/report\""));
    assert!(
        body.contains("<leptos-island"),
        "the character counts are islands"
    );
    assert!(
        body.contains("conference_guide.js"),
        "island pages load the hydration script"
    );
    let nonce = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ascii")
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce")
        .to_owned();
    for script in body.split("<script").skip(1) {
        let tag = script.split('>').next().unwrap_or_default();
        assert!(
            tag.contains(" src=") || tag.contains(&format!("nonce=\"{nonce}\"")),
            "an inline script without the page's nonce: {tag}"
        );
    }
}

#[tokio::test]
async fn an_empty_submission_lists_every_problem_and_says_error_in_the_title() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, headers, body) = post(&router, "/en/report", "", &[]).await;
    let body = text(&body);
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(body.contains("<title>Error: "), "{body}");
    assert!(body.contains("class=\"error-summary\""));
    for link in [
        "href=\"#parent-name\"",
        "href=\"#child-names\"",
        "href=\"#going-well\"",
    ] {
        assert!(body.contains(link), "{link}");
    }
    assert!(body.contains("aria-describedby=\"parent-name-hint parent-name-error\""));
}

#[tokio::test]
async fn a_too_long_answer_is_an_error_that_keeps_every_word() {
    let router = test_router(EXAMPLE_ENGLAND);
    let long = format!("{} ŵ <b>bold</b> & end", "word ".repeat(1_100));
    let (_, _, body) = post(
        &router,
        "/en/report",
        &form(&[
            ("parent-name", "Ann"),
            ("child-names", "Sam"),
            ("family-does-well", &long),
        ]),
        &[],
    )
    .await;
    let body = text(&body);
    assert!(body.contains("href=\"#family-does-well\""));
    assert!(
        body.contains("must be 5000 characters or fewer"),
        "the error says the limit"
    );
    let escaped = long
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    assert!(
        body.contains(&escaped),
        "the text area holds exactly what was typed"
    );
}

#[tokio::test]
async fn valid_answers_lead_to_check_your_report_with_the_answers_carried_in_the_form() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, _, body) = post(&router, "/en/report", &form(VALID), &[]).await;
    let body = text(&body);
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<h1 class=\"heading-xl\">Check your report</h1>"));
    assert!(body.contains("action=\"/en/report/pdf\""));
    assert!(body.contains("formaction=\"/en/report#strengths\""));
    assert!(body.contains("type=\"hidden\" name=\"going-well\" value=\"Sam laughs a lot.\nHe likes school &amp; &lt;football&gt;.\""), "{body}");
}

#[tokio::test]
async fn change_returns_to_the_form_with_every_answer() {
    let router = test_router(EXAMPLE_ENGLAND);
    let mut pairs = VALID.to_vec();
    pairs.push(("change", "strengths"));
    let (_, _, body) = post(&router, "/en/report", &form(&pairs), &[]).await;
    let body = text(&body);
    assert!(body
        .contains("<h1 class=\"heading-xl\">Write down what you want the conference to hear</h1>"));
    assert!(!body.contains("class=\"error-summary\""));
    assert!(body.contains("value=\"Ann Example\""));
    assert!(
        body.contains(">\nSam laughs a lot.\nHe likes school &amp; &lt;football&gt;.</textarea>"),
        "{body}"
    );
}

#[tokio::test]
async fn the_pdf_is_a_download_with_our_file_name_and_never_cached() {
    let router = test_router(EXAMPLE_ENGLAND);
    let mut pairs = VALID.to_vec();
    pairs.extend([
        ("conference-day", "3"),
        ("conference-month", "12"),
        ("conference-year", "2026"),
    ]);
    let (status, headers, body) = post(&router, "/en/report/pdf", &form(&pairs), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(
        headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"conference-report-2026-12-03.pdf\""
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(body.starts_with(b"%PDF-"));
}

#[tokio::test]
async fn a_tampered_pdf_request_goes_back_to_the_form_with_its_errors() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, headers, body) = post(
        &router,
        "/en/report/pdf",
        &form(&[("going-well", "kept")]),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_ne!(headers[header::CONTENT_TYPE], "application/pdf");
    let body = text(&body);
    assert!(body.contains("href=\"#parent-name\""));
    assert!(body.contains(">\nkept</textarea>"));
}

#[tokio::test]
async fn posts_from_other_sites_are_refused() {
    let router = test_router(EXAMPLE_ENGLAND);
    for headers in [
        &[("sec-fetch-site", "cross-site")][..],
        &[
            ("origin", "https://evil.example"),
            ("host", "guide.example"),
        ][..],
    ] {
        let (status, _, body) = post(&router, "/en/report/pdf", &form(VALID), headers).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(text(&body).contains("This form can only be sent from this website"));
    }
    let (status, _, _) = post(
        &router,
        "/en/report",
        &form(VALID),
        &[("sec-fetch-site", "same-origin")],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = post(
        &router,
        "/en/report",
        &form(VALID),
        &[
            ("origin", "http://guide.example"),
            ("host", "guide.example"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_body_that_is_not_a_form_gets_a_clear_400() {
    let router = test_router(EXAMPLE_ENGLAND);
    let builder = HttpRequest::post("/en/report")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let (status, _, _) = send(
        &router,
        builder,
        &[],
        Body::from(vec![b'a', b'=', 0xff, 0xfe]),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn nothing_the_parent_writes_reaches_the_log() {
    let captured = capture_logs();
    let router = test_router(EXAMPLE_ENGLAND);
    let sentinel = "SENTINEL-the-cat-sat-on-the-mat";
    let pairs: Vec<(&str, &str)> = crate::report::REPORT
        .inputs()
        .filter(|input| matches!(input.kind, crate::forms::definition::InputKind::Text { .. }))
        .map(|input| (input.name, sentinel))
        .collect();
    post(&router, "/en/report", &form(&pairs), &[]).await;
    post(&router, "/en/report/pdf", &form(&pairs), &[]).await;
    post(&router, "/en/report", "", &[]).await;
    let log = captured.text();
    assert!(
        log.contains("/en/report/pdf"),
        "the requests were logged: {log}"
    );
    assert!(!log.contains("SENTINEL"), "{log}");
}

#[tokio::test]
async fn an_unknown_language_is_a_404_for_the_form_too() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, _, _) = get(&router, "/xx/report", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_pdf_and_send_addresses_by_get_say_nothing_was_sent() {
    let router = test_router(EXAMPLE_ENGLAND);
    for path in ["/en/report/send", "/en/report/pdf", "/en/test-form/send"] {
        let (status, headers, body) = get(&router, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store", "{path}");
        assert!(
            body.contains("<h1 class=\"heading-xl\">Nothing was sent</h1>"),
            "{path}"
        );
        assert!(
            body.contains("id=\"exit-this-page\""),
            "{path}: Exit this page"
        );
        let form = path.rsplit_once('/').expect("a step").0;
        assert!(
            body.contains(&format!("<a href=\"{form}\">")),
            "{path}: a link back to the form"
        );
        assert!(!body.contains("<form"), "{path}: nothing to post");
    }
}

#[tokio::test]
async fn form_fields_are_never_restored_by_the_browser() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (_, _, questions) = get(&router, "/en/report", &[]).await;
    let (_, _, check) = post(&router, "/en/report", &form(VALID), &[]).await;
    for (what, page) in [("questions", questions), ("check", text(&check))] {
        let forms: Vec<&str> = page
            .split("<form")
            .skip(1)
            .map(|rest| rest.split('>').next().unwrap_or_default())
            .collect();
        assert!(!forms.is_empty(), "{what}");
        for form in forms {
            assert!(form.contains("autocomplete=\"off\""), "{what}: {form}");
            assert!(form.contains("data-unsent-words"), "{what}: {form}");
        }
        assert!(
            page.contains("If you follow a link away from this page, what you have written here will be lost."),
            "{what}: says so without script"
        );
    }
}

#[tokio::test]
async fn exit_this_page_names_the_shift_shortcut_only_for_the_script_to_show() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (_, _, body) = get(&router, "/en/report", &[]).await;
    let shortcut = body
        .split("data-exit-hint=\"shortcut\"")
        .nth(1)
        .expect("the shortcut hint");
    assert!(shortcut.starts_with(" hidden"), "{shortcut}");
    assert!(shortcut.contains(">, or press the Shift key 3 times"));
    let plain = body
        .split("data-exit-hint=\"plain\"")
        .nth(1)
        .expect("the plain hint");
    assert!(!plain
        .split('>')
        .next()
        .unwrap_or_default()
        .contains(" hidden"));
    assert!(plain.contains(">, to leave this site quickly"));
}

#[tokio::test]
async fn the_form_starts_by_saying_who_may_read_it() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (_, _, body) = get(&router, "/en/report", &[]).await;
    let warning = body
        .find("This can include a partner or ex-partner.")
        .expect("the warning");
    let first_question = body.find("<form").expect("the form");
    assert!(warning < first_question);
    assert!(body.contains("Do not write an address or phone number you want to keep private."));
}

#[tokio::test]
async fn optional_questions_say_so_on_the_form_but_not_on_the_check_page() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (_, _, page) = get(&router, "/en/report", &[]).await;
    for label in [
        "Your relationship to the child or children (optional)",
        "Date of the conference (optional)",
        "Help you need to take part (optional)",
    ] {
        assert!(page.contains(label), "{label}");
    }
    let mut answers = VALID.to_vec();
    answers.push(("relationship", "Mum"));
    let (status, _, check) = post(&router, "/en/report", &form(&answers), &[]).await;
    assert_eq!(status, StatusCode::OK);
    let check = text(&check);
    assert!(check.contains("Your relationship to the child or children"));
    assert!(
        !check.contains("(optional)"),
        "the check page lists answers, not questions to skip"
    );
}
