//! The child's views through the router: every screen in turn, Back and Change, check, the
//! PDF with a drawing sent as multipart, bad pictures, the body limits, sending to the chair
//! and a failed send, and a sentinel word that must never reach the log.

use axum::{body::Body, http::Request as HttpRequest, Router};
use http::{header, HeaderMap, StatusCode};

use crate::{
    child_views::CHILD_VIEWS,
    forms::definition::{InputKind, Question},
    server::{
        drawing::MAX_DRAWING_BYTES,
        pdf::tests::pdftotext,
        profile::EXAMPLE_ENGLAND,
        rate_limit::LimitSettings,
        test_support::{capture_logs, get, send, test_router, test_router_with},
    },
};

use super::send_tests::{plain_to, smtp_server::TestSmtpServer};

const SENTINEL: &str = "SENTINEL-toad";

/// Every answer a child and helper might give: each text box holds the sentinel and its own
/// name (so each can be found in the PDF), with the choices and some pictures picked.
fn every_answer() -> Vec<(&'static str, String)> {
    let mut pairs: Vec<(&'static str, String)> = CHILD_VIEWS
        .inputs()
        .filter_map(|input| match input.kind {
            InputKind::Text { .. } => Some((input.name, format!("{SENTINEL} {}", input.name))),
            _ => None,
        })
        .collect();
    pairs.extend(
        [
            ("who-is-writing", "helper-wrote"),
            ("helper-role", "advocate"),
            ("take-part", "advocate-speaks"),
            ("good-friends", "yes"),
            ("feel-worried", "yes"),
            ("dream-safe", "yes"),
            ("conference-date-day", "14"),
            ("conference-date-month", "3"),
            ("conference-date-year", "2030"),
        ]
        .map(|(name, value)| (name, value.to_owned())),
    );
    pairs
}

fn urlencoded(pairs: &[(&str, String)]) -> String {
    serde_urlencoded::to_string(pairs).expect("encodable")
}

async fn post(router: &Router, path: &str, pairs: &[(&str, String)]) -> (StatusCode, String) {
    let builder =
        HttpRequest::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let (status, _, bytes) = send(router, builder, &[], Body::from(urlencoded(pairs))).await;
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

const BOUNDARY: &str = "----child-views-test-boundary";

/// A multipart body as a browser sends the check page: the answers, then the file box.
fn multipart(pairs: &[(&str, String)], file: Option<(&str, &str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in pairs {
        body.extend(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .bytes(),
        );
    }
    let (file_name, content_type, bytes) = file.unwrap_or(("", "application/octet-stream", b""));
    body.extend(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"drawing\"; filename=\"{file_name}\"\r\nContent-Type: {content_type}\r\n\r\n"
        )
        .bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend(format!("\r\n--{BOUNDARY}--\r\n").bytes());
    body
}

async fn post_multipart(
    router: &Router,
    path: &str,
    body: Vec<u8>,
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let builder = HttpRequest::post(path).header(
        header::CONTENT_TYPE,
        format!("multipart/form-data; boundary={BOUNDARY}"),
    );
    send(router, builder, &[], Body::from(body)).await
}

fn png(width: u32, height: u32) -> Vec<u8> {
    use image::ImageEncoder;
    let pixels = vec![200u8; (width * height * 3) as usize];
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new(&mut bytes)
        .write_image(&pixels, width, height, image::ExtendedColorType::Rgb8)
        .expect("encoded");
    bytes
}

/// Each answer is on the page (in a hidden field or its box), exactly as typed.
fn assert_every_answer_kept(page: &str) {
    for (name, value) in every_answer() {
        assert!(
            page.contains(&format!("name=\"{name}\" value=\"{value}\""))
                || page.contains(&format!("value=\"{value}\"")) && page.contains(name)
                || page.contains(&value),
            "{name} = {value} was lost: {page}"
        );
    }
}

#[tokio::test]
async fn the_first_screen_asks_one_thing_and_links_to_feeling_unsafe() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, headers, page) = get(&router, "/en/child-views", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(page.contains("Step 1 of 12"), "{page}");
    assert!(page.contains("Who is filling this in?"));
    assert!(page.contains("name=\"screen\" value=\"who\""));
    assert!(page.contains("href=\"/en/feeling-unsafe\""));
    assert!(
        !page.contains("name=\"child-name\""),
        "one screen at a time"
    );
    assert!(
        !page.contains(">Back</button>"),
        "nothing before the first screen"
    );
    let (status, _, unsafe_page) = get(&router, "/en/feeling-unsafe", &[]).await;
    assert_eq!(status, StatusCode::OK);
    for words in ["999", "0800 1111", "grown-up you trust"] {
        assert!(unsafe_page.contains(words), "{words}");
    }
    let (status, _, helpers) = get(&router, "/en/helping-a-child", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(helpers.contains("href=\"/en/child-views\""));
    for page in ["/en/your-childs-part", "/en/start-here"] {
        let (_, _, body) = get(&router, page, &[]).await;
        assert!(body.contains("href=\"/en/child-views\""), "{page}");
    }
}

#[tokio::test]
async fn every_screen_in_turn_keeps_every_word_and_ends_at_check() {
    let captured = capture_logs();
    let router = test_router(EXAMPLE_ENGLAND);
    let answers = every_answer();
    let sections = CHILD_VIEWS.sections;
    for (index, section) in sections.iter().enumerate() {
        let mut pairs = answers.clone();
        pairs.push(("screen", section.anchor.to_owned()));
        let (status, page) = post(&router, "/en/child-views", &pairs).await;
        assert_eq!(status, StatusCode::OK, "{}: {page}", section.anchor);
        match sections.get(index + 1) {
            Some(next) => {
                assert!(
                    page.contains(&format!("name=\"screen\" value=\"{}\"", next.anchor)),
                    "after {} comes {}: {page}",
                    section.anchor,
                    next.anchor
                );
                assert!(page.contains(&format!("Step {} of 12", index + 2)));
                assert!(page.contains(&format!("name=\"change\" value=\"{}\"", section.anchor)));
                assert!(page.contains("href=\"/en/feeling-unsafe\""));
            }
            None => {
                assert!(page.contains("Check your answers"), "{page}");
                assert!(page.contains("enctype=\"multipart/form-data\""));
                assert!(page.contains("type=\"file\""));
                assert!(page.contains("accept=\"image/jpeg,image/png\""));
            }
        }
        assert_every_answer_kept(&page);
    }
    let log = captured.text();
    assert!(
        log.contains("/en/child-views"),
        "requests were logged: {log}"
    );
    assert!(!log.contains("SENTINEL"), "{log}");
}

#[tokio::test]
async fn a_screen_with_a_mistake_stays_with_its_error_and_back_skips_the_checks() {
    let router = test_router(EXAMPLE_ENGLAND);
    let typed = ("good-things", format!("{SENTINEL} kept"));
    let (status, page) = post(
        &router,
        "/en/child-views",
        &[("screen", "child".into()), typed.clone()],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("<title>Error: About you"), "{page}");
    assert!(page.contains("href=\"#child-name\""));
    assert!(page.contains("Write your first name"));
    assert!(page.contains(&typed.1));
    // Back to the screen before, with nothing checked and the words kept.
    let (status, page) = post(
        &router,
        "/en/child-views",
        &[
            ("screen", "child".into()),
            ("change", "helper".into()),
            typed.clone(),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("name=\"screen\" value=\"helper\""));
    assert!(page.contains(&typed.1));
    // Nothing from the child at all: the meeting screen says so.
    let mut pairs: Vec<(&str, String)> = vec![
        ("who-is-writing", "child-alone".into()),
        ("child-name", "Sam".into()),
        ("screen", "know".into()),
    ];
    let (status, page) = post(&router, "/en/child-views", &pairs).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Pick or write something in one of the houses"));
    // A picture counts as something.
    pairs.push(("feel-sad", "yes".into()));
    let (status, page) = post(&router, "/en/child-views", &pairs).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("name=\"screen\" value=\"taking-part\""),
        "{page}"
    );
}

#[tokio::test]
async fn change_on_the_check_page_goes_to_one_screen_and_straight_back() {
    let router = test_router(EXAMPLE_ENGLAND);
    let mut pairs = every_answer();
    pairs.extend([
        ("change", "dreams".to_owned()),
        ("returning", "yes".to_owned()),
    ]);
    let (status, page) = post(&router, "/en/child-views", &pairs).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<h1 id=\"dreams-heading\" class=\"heading-xl\">My house of dreams"));
    assert!(page.contains("name=\"returning\" value=\"yes\""));
    let mut pairs = every_answer();
    pairs.retain(|(name, _)| *name != "dreams");
    pairs.extend([
        ("dreams", "A new dream".to_owned()),
        ("screen", "dreams".to_owned()),
        ("returning", "yes".to_owned()),
    ]);
    let (status, page) = post(&router, "/en/child-views", &pairs).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Check your answers"), "{page}");
    assert!(page.contains("A new dream"));
    // The check page's Change buttons send a plain form even though it holds a file box.
    assert!(page.contains("formenctype=\"application/x-www-form-urlencoded\""));
}

#[tokio::test]
async fn the_pdf_holds_every_word_who_wrote_it_and_the_drawing_with_nothing_logged() {
    let captured = capture_logs();
    let router = test_router(EXAMPLE_ENGLAND);
    let drawing = png(2400, 1200);
    let body = multipart(
        &every_answer(),
        Some(("my drawing.png", "image/png", &drawing)),
    );
    let (status, headers, pdf) = post_multipart(&router, "/en/child-views/pdf", body).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&pdf));
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(headers[header::CONTENT_DISPOSITION]
        .to_str()
        .expect("ascii")
        .contains("my-views-2030-03-14.pdf"));
    // The drawing is in the PDF as a JPEG image (DCTDecode), made here, not the PNG sent.
    assert!(
        pdf.windows(b"/DCTDecode".len()).any(|w| w == b"/DCTDecode"),
        "the drawing is drawn"
    );
    let text = pdftotext(&pdf);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (name, value) in every_answer() {
        if value.starts_with(SENTINEL) {
            assert!(flat.contains(&value), "{name}: {flat}");
        }
    }
    for words in [
        "My views for the conference",
        "How this was written",
        "A helper is writing down what the child says",
        "An advocate",
        "My house of good things",
        "My house of worries",
        "My house of dreams",
        "My friends",
        "Worried",
        "I feel safe",
        "I want my advocate to speak for me",
        "14 March 2030",
        "My drawing",
    ] {
        assert!(flat.contains(words), "{words}: {flat}");
    }
    let log = captured.text();
    assert!(!log.contains("SENTINEL"), "{log}");
    assert!(
        !log.contains("my drawing"),
        "the file's name is not logged: {log}"
    );
}

#[tokio::test]
async fn a_check_page_without_a_file_still_makes_the_pdf() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, headers, _) = post_multipart(
        &router,
        "/en/child-views/pdf",
        multipart(&every_answer(), None),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    // And a plain form (a browser that sends no file box) too.
    let (status, page) = post(&router, "/en/child-views/pdf", &every_answer()).await;
    assert_eq!(status, StatusCode::OK, "{page}");
}

#[tokio::test]
async fn each_bad_file_gets_its_own_message_with_every_word_kept() {
    let captured = capture_logs();
    let router = test_router(EXAMPLE_ENGLAND);
    let good = png(40, 40);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "notes.txt",
            b"SENTINEL-file not a picture".to_vec(),
            "The file must be a photo in JPEG or PNG format",
        ),
        (
            "anim.gif",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec(),
            "The file must be a photo in JPEG or PNG format",
        ),
        (
            "broken.png",
            good[..good.len() / 2].to_vec(),
            "The file could not be opened",
        ),
        (
            "bomb.png",
            crate::server::drawing::tests::png_header_claiming(60_000, 60_000),
            "The photo is too big to open",
        ),
        (
            "huge.jpg",
            vec![0xFF; MAX_DRAWING_BYTES + 1],
            "The file is bigger than 5 MB",
        ),
        (
            "way-too-huge.jpg",
            vec![0xFF; MAX_DRAWING_BYTES + 3 * 1024 * 1024],
            "The file is bigger than 5 MB",
        ),
    ];
    for (file_name, bytes, message) in cases {
        for path in ["/en/child-views/pdf", "/en/child-views/send"] {
            let body = multipart(&every_answer(), Some((file_name, "image/png", &bytes)));
            let (status, _, page) = post_multipart(&router, path, body).await;
            let page = String::from_utf8_lossy(&page);
            assert_eq!(
                status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{file_name}: {page}"
            );
            assert!(page.contains(message), "{file_name}: {page}");
            assert!(page.contains("href=\"#drawing\""), "{file_name}");
            assert!(page.contains("id=\"drawing-error\""), "{file_name}");
            assert!(
                page.contains("<title>Error: Check your answers"),
                "{file_name}"
            );
            assert_every_answer_kept(&page);
        }
    }
    let log = captured.text();
    assert!(!log.contains("SENTINEL"), "{log}");
    assert!(!log.contains(".png") && !log.contains(".txt"), "{log}");
}

#[tokio::test]
async fn only_the_pdf_and_send_of_a_form_with_a_drawing_take_multipart_or_a_big_body() {
    let router = test_router(EXAMPLE_ENGLAND);
    let body = multipart(&every_answer(), None);
    for path in [
        "/en/report/pdf",
        "/en/report/send",
        "/en/child-views",
        "/en/start-here",
    ] {
        let (status, _, _) = post_multipart(&router, path, body.clone()).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path}");
    }
    // A plain form over the plain limit is refused as before, even at the picture's address.
    let big = format!(
        "child-name={}",
        "a".repeat(crate::server::forms::FORM_BODY_LIMIT + 1)
    );
    for path in ["/en/child-views", "/en/child-views/pdf", "/en/report/pdf"] {
        let builder = HttpRequest::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        let (status, _, _) = send(&router, builder, &[], Body::from(big.clone())).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
    }
}

/// Every answer and a drawing, sent to the chair through a relay on `smtp_port`.
async fn send_every_answer_with_a_drawing(smtp_port: u16) -> (StatusCode, String) {
    let router = test_router_with(
        EXAMPLE_ENGLAND,
        &plain_to(smtp_port),
        &LimitSettings::default(),
    );
    let body = multipart(
        &every_answer(),
        Some(("d.png", "image/png", &png(300, 200))),
    );
    let (status, _, page) = post_multipart(&router, "/en/child-views/send", body).await;
    (status, String::from_utf8_lossy(&page).into_owned())
}

#[tokio::test]
async fn the_views_reach_the_chair_with_the_drawing_and_a_failed_send_keeps_them() {
    let captured = capture_logs();
    let server = TestSmtpServer::start(&[]);
    let (status, page) = send_every_answer_with_a_drawing(server.port).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    let (envelope, eml) = &messages[0];
    assert_eq!(
        envelope["rcpt_tos"],
        serde_json::json!(["conference-chair@exampleshire.example"])
    );
    assert!(eml.contains("Subject: A child's views"), "{eml}");
    // The body says what is attached: a child's views, not a parent's report.
    let body = eml.replace("=\r\n", "").replace("=\n", "");
    assert!(
        body.contains("A child's views for their conference are attached"),
        "{body}"
    );
    assert!(!body.contains("A parent wrote"), "{body}");
    assert!(page.contains("The views have been sent"), "{page}");
    assert!(
        !eml.contains(SENTINEL),
        "the words travel only inside the PDF"
    );

    let refusing = TestSmtpServer::start(&["--mode", "reject"]);
    let (status, page) = send_every_answer_with_a_drawing(refusing.port).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{page}");
    assert_every_answer_kept(&page);
    assert!(refusing.messages().is_empty());
    let log = captured.text();
    assert!(!log.contains("SENTINEL"), "{log}");
}

#[test]
fn every_house_is_its_own_screen_with_a_picture_choice() {
    for anchor in ["good", "worries", "dreams"] {
        let section = CHILD_VIEWS.section(anchor).expect("a house");
        assert!(section
            .questions
            .iter()
            .any(|question| matches!(question, Question::Ticks(_))));
    }
}
