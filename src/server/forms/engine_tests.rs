//! A second form, defined only in the tests (`forms::test_form`), goes through every step with
//! no handler or page code of its own: the questions, errors that keep the words, check,
//! Change, the PDF and sending. Its words are Fluent ids no locale has, so pages show the ids.

use axum::{body::Body, http::Request, Router};
use http::{header, StatusCode};

use super::send_tests::{attached_pdf, eml_files, outbox_settings};
use crate::server::{
    pdf::tests::pdftotext,
    profile::EXAMPLE_ENGLAND,
    rate_limit::LimitSettings,
    test_support::{get, send, test_router, test_router_with},
};

async fn post(router: &Router, path: &str, body: &str) -> (StatusCode, Vec<u8>) {
    let builder =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let (status, _, bytes) = send(router, builder, &[], Body::from(body.to_owned())).await;
    (status, bytes)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const VALID: &str = "nickname=Robin&story=Once+upon+a+time+%26+then&colour=blue&wants-copy=yes&copy-to=Gran&when-day=3&when-month=12&when-year=2026";

#[tokio::test]
async fn the_questions_render_from_the_definition() {
    let (status, headers, body) = get(&test_router(EXAMPLE_ENGLAND), "/en/test-form", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    for expected in [
        "<h1 class=\"heading-xl\">test-form-title</h1>",
        "<form method=\"post\" action=\"/en/test-form\"",
        "id=\"nickname\"",
        "id=\"when-day\"",
        "id=\"when-year\"",
        "<textarea id=\"story\"",
        "type=\"radio\" value=\"blue\"",
        "id=\"wants-copy\"",
        "id=\"copy-to\"",
        "<leptos-island",
    ] {
        assert!(body.contains(expected), "{expected}");
    }
}

#[tokio::test]
async fn errors_link_to_their_fields_and_keep_every_word() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, body) = post(&router, "/en/test-form", "story=&when-year=02030").await;
    let body = text(&body);
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    for link in [
        "href=\"#nickname\"",
        "href=\"#when-day\"",
        "href=\"#story\"",
    ] {
        assert!(body.contains(link), "{link}");
    }
    assert!(body.contains("value=\"02030\""), "the typed year is kept");
}

#[tokio::test]
async fn a_date_typed_in_words_comes_back_as_typed_when_another_answer_is_wrong() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, body) = post(
        &router,
        "/en/test-form",
        "story=&when-day=27th&when-month=March&when-year=2027",
    )
    .await;
    let body = text(&body);
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("value=\"27th\""), "the day as typed");
    assert!(body.contains("value=\"March\""), "the month as typed");
    assert!(
        !body.contains("href=\"#when-day\""),
        "the date itself was understood"
    );
}

#[tokio::test]
async fn check_change_pdf_and_send_work_with_no_code_of_their_own() {
    let outbox = tempfile::tempdir().expect("folder");
    let router = test_router_with(
        EXAMPLE_ENGLAND,
        &outbox_settings(outbox.path()),
        &LimitSettings::default(),
    );
    let (status, check) = post(&router, "/en/test-form", VALID).await;
    let check = text(&check);
    assert_eq!(status, StatusCode::OK);
    for expected in [
        "test-form-check-title",
        "action=\"/en/test-form/pdf\"",
        "formaction=\"/en/test-form/send\"",
        "formaction=\"/en/test-form#tale\"",
        "type=\"hidden\" name=\"story\" value=\"Once upon a time &amp; then\"",
        "<dd class=\"summary-list-value answer-text\">test-form-colour-blue</dd>",
        "<dd class=\"summary-list-value answer-text\">Gran</dd>",
    ] {
        assert!(check.contains(expected), "{expected}");
    }

    let (_, questions) = post(&router, "/en/test-form", &format!("{VALID}&change=tale")).await;
    let questions = text(&questions);
    assert!(questions.contains("test-form-title"));
    assert!(questions.contains(">\nOnce upon a time &amp; then</textarea>"));

    let builder = Request::post("/en/test-form/pdf")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let (status, headers, pdf) = send(&router, builder, &[], Body::from(VALID)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"test-form-file-2026-12-03.pdf\""
    );
    let words = pdftotext(&pdf);
    for expected in [
        "test-form-pdf-title",
        "Robin",
        "3 December 2026",
        "Once upon a time & then",
        "test-form-colour-blue",
        "test-form-wants-copy",
        "test-form-copy-to: Gran",
    ] {
        assert!(words.contains(expected), "{expected} in {words}");
    }

    let (status, sent) = post(&router, "/en/test-form/send", VALID).await;
    assert_eq!(status, StatusCode::OK);
    assert!(text(&sent).contains("class=\"panel-reference\""));
    let messages = eml_files(outbox.path());
    assert_eq!(messages.len(), 1);
    assert!(messages[0].contains("Subject: test-form-mail-subject"));
    assert!(pdftotext(&attached_pdf(&messages[0])).contains("Once upon a time & then"));
}

#[tokio::test]
async fn an_unknown_form_or_language_does_nothing() {
    let outbox = tempfile::tempdir().expect("folder");
    let router = test_router_with(
        EXAMPLE_ENGLAND,
        &outbox_settings(outbox.path()),
        &LimitSettings::default(),
    );
    for path in [
        "/zz/test-form/send",
        "/EN/test-form/send",
        "/en/no-form/send",
        "/zz/test-form/pdf",
        "/en/test-form/print",
    ] {
        let (status, body) = post(&router, path, VALID).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(text(&body).contains("Page not found"), "{path}");
    }
    assert!(eml_files(outbox.path()).is_empty(), "nothing was sent");
}
