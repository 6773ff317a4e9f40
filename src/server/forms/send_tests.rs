//! Sending, against a real SMTP server: `end2end/smtp/test_smtp_server.py` (aiosmtpd), which
//! the test command installs into a venv. Each test starts its own server, told how to behave.

use std::{
    path::PathBuf,
    time::{Duration, Instant},
};

use axum::{body::Body, http::Request, Router};
use base64::Engine;
use http::{header, StatusCode};

use crate::{
    forms::definition::InputKind,
    report::REPORT,
    server::{
        mail::{settings as mail_settings, MailSettings},
        pdf::tests::pdftotext,
        profile::{EXAMPLE_ENGLAND, EXAMPLE_WALES},
        rate_limit::LimitSettings,
        test_support::{capture_logs, send, test_router_with},
    },
};

// Shared with the server-process tests in `tests/`.
#[path = "../../../tests/support/smtp_server.rs"]
pub(super) mod smtp_server;
use smtp_server::TestSmtpServer;

const CHAIR: &str = "conference-chair@exampleshire.example";
const SENDER: &str = "reports@exampleshire.example";
const ATTACKER: &str = "a@evil.example";

fn smtp_settings(variables: &[(&str, String)]) -> MailSettings {
    MailSettings::from_variables(
        |name| {
            variables
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.clone())
        },
        false,
    )
    .expect("valid mail settings")
}

/// Plain SMTP to the test server on this machine, with a short timeout.
pub(super) fn plain_to(port: u16) -> MailSettings {
    smtp_settings(&[
        (mail_settings::SMTP_HOST, "127.0.0.1".into()),
        (mail_settings::SMTP_PORT, port.to_string()),
        (mail_settings::SMTP_SECURITY, "plain".into()),
        (mail_settings::SMTP_TIMEOUT_SECONDS, "2".into()),
        (mail_settings::MAIL_FROM, SENDER.into()),
    ])
}

fn router_sending_to(mail: &MailSettings) -> Router {
    test_router_with(EXAMPLE_ENGLAND, mail, &LimitSettings::default())
}

fn valid_report(going_well: &str) -> Vec<(&'static str, String)> {
    vec![
        ("parent-name", "Ann Example".to_owned()),
        ("child-names", "Sam".to_owned()),
        ("going-well", going_well.to_owned()),
    ]
}

async fn post_send(router: &Router, pairs: &[(&str, String)]) -> (StatusCode, String) {
    let body = serde_urlencoded::to_string(pairs).expect("encodable");
    let builder = Request::post("/en/report/send")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let (status, _, bytes) = send(router, builder, &[], Body::from(body)).await;
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

fn reference_on(page: &str) -> String {
    page.split("class=\"panel-reference\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("no reference on the page: {page}"))
        .to_owned()
}

/// The PDF attached to a delivered message.
pub(super) fn attached_pdf(eml: &str) -> Vec<u8> {
    let part = eml
        .split("Content-Type: application/pdf")
        .nth(1)
        .expect("a PDF part");
    let encoded = part
        .split("\r\n\r\n")
        .nth(1)
        .and_then(|body| body.split("\r\n--").next())
        .expect("the part has a body");
    let encoded: String = encoded.split_whitespace().collect();
    base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .expect("base64")
}

/// What a parent sees when sending failed: the problem, the reference, every word, the PDF.
fn assert_failure_page_keeps_everything(page: &str, title: &str, typed: &str) {
    assert!(page.contains(title), "{page}");
    assert!(page.contains("<title>Error: Check your report"), "{page}");
    assert!(page.contains("How to send it yourself"));
    assert!(
        page.contains("If you phone the council about this, you can give them this reference: ")
    );
    assert!(
        page.contains(&format!("name=\"going-well\" value=\"{typed}\"")),
        "the answer is kept"
    );
    assert!(page.contains("action=\"/en/report/pdf\" id=\"check-your-answers\""));
    assert!(
        page.contains("form=\"check-your-answers\" class=\"button\">Download PDF</button>"),
        "the notice's own Download PDF button submits the answers: {page}"
    );
}

#[tokio::test]
async fn a_report_reaches_the_chair_with_its_pdf_and_nobody_else() {
    let captured = capture_logs();
    let server = TestSmtpServer::start(&[]);
    let router = router_sending_to(&plain_to(server.port));
    let sentinel = "SENTINEL-kettle";
    // Every field that takes text carries the sentinel and an attempt to add a recipient or a
    // header; the form also carries fields that name recipients.
    let injection = format!("\r\nBcc: {ATTACKER}\r\n.\r\nRCPT TO:<{ATTACKER}>\n");
    let mut pairs: Vec<(&str, String)> = REPORT
        .inputs()
        .filter(|input| matches!(input.kind, InputKind::Text { .. }))
        .map(|input| (input.name, format!("{sentinel} {}{injection}", input.name)))
        .collect();
    for name in [
        "to",
        "cc",
        "bcc",
        "recipient",
        "chair-email",
        "email",
        "from",
        "subject",
    ] {
        pairs.push((name, ATTACKER.to_owned()));
    }
    let (status, page) = post_send(&router, &pairs).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Your report has been sent"), "{page}");
    let reference = reference_on(&page);

    let messages = server.messages();
    assert_eq!(messages.len(), 1, "exactly one message");
    let (envelope, eml) = &messages[0];
    assert_eq!(
        envelope["rcpt_tos"],
        serde_json::json!([CHAIR]),
        "the chair only"
    );
    assert_eq!(envelope["mail_from"], SENDER);
    let headers = eml.split("\r\n\r\n").next().expect("headers");
    assert!(headers.contains(&format!("To: {CHAIR}\r\n")), "{headers}");
    assert!(
        headers.contains(&format!(
            "Subject: Conference report =?utf-8?b?4oCT?= reference {reference}"
        )),
        "{headers}"
    );
    assert!(
        headers.contains(&format!("From: \"Report service\" <{SENDER}>")),
        "{headers}"
    );
    for word in [
        "Bcc",
        "Cc:",
        "evil",
        "Ann",
        "Sam",
        "child",
        "protection",
        "SENTINEL",
    ] {
        assert!(!headers.contains(word), "{word} in the headers: {headers}");
    }
    assert!(
        !eml.contains("evil.example"),
        "the attacker's address is nowhere in the message"
    );
    assert!(
        !eml.contains(sentinel),
        "the parent's words travel only inside the PDF"
    );
    assert!(eml.contains(&format!("Reference: {reference}")));
    assert!(eml.contains(&format!("filename=\"conference-report-{reference}.pdf\"")));
    assert!(
        !eml.contains("written in"),
        "a report in English needs no word on its language"
    );

    let text = pdftotext(&attached_pdf(eml));
    assert!(text.contains(&format!("{sentinel} going-well")), "{text}");
    assert!(text.contains(&format!("{sentinel} parent-name")), "{text}");

    let log = captured.text();
    assert!(log.contains(&reference), "the reference is logged: {log}");
    assert!(!log.contains("SENTINEL"), "{log}");
}

#[tokio::test]
async fn a_busy_server_is_tried_again_and_then_takes_the_report() {
    let server = TestSmtpServer::start(&["--mode", "defer:2"]);
    let router = router_sending_to(&plain_to(server.port));
    let (status, page) = post_send(&router, &valid_report("Busy then fine")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Your report has been sent"));
    assert_eq!(server.offered(), 3, "two 451s, then accepted");
    assert_eq!(server.messages().len(), 1);
}

#[tokio::test]
async fn a_server_that_stays_busy_leaves_the_parent_with_their_text_and_the_pdf() {
    let captured = capture_logs();
    let server = TestSmtpServer::start(&["--mode", "defer:100"]);
    let router = router_sending_to(&plain_to(server.port));
    let (status, page) = post_send(&router, &valid_report("SENTINEL kept when busy")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_failure_page_keeps_everything(
        &page,
        "Your report has not been sent yet",
        "SENTINEL kept when busy",
    );
    assert_eq!(server.offered(), 3, "three tries, then give up");
    assert!(server.messages().is_empty());
    let log = captured.text();
    assert!(
        log.contains("error_class=mail server deferred the message (4xx) after retries"),
        "{log}"
    );
    assert!(!log.contains("SENTINEL"), "{log}");
}

#[tokio::test]
async fn a_refusal_is_not_retried_and_the_parent_is_told_to_send_it_themselves() {
    let server = TestSmtpServer::start(&["--mode", "reject"]);
    let router = router_sending_to(&plain_to(server.port));
    let (status, page) = post_send(&router, &valid_report("Refused")).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert_failure_page_keeps_everything(&page, "We could not send your report", "Refused");
    assert!(
        page.contains("Send it to your social worker"),
        "the England example hides the chair's address"
    );
    assert_eq!(server.offered(), 1);
}

#[tokio::test]
async fn a_server_that_is_down_leaves_the_parent_with_everything() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        listener.local_addr().expect("address").port()
    };
    let router = router_sending_to(&plain_to(port));
    let (status, page) = post_send(&router, &valid_report("Nobody home")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_failure_page_keeps_everything(&page, "Your report has not been sent yet", "Nobody home");
}

#[tokio::test]
async fn a_server_that_stalls_is_given_up_on_after_the_timeout() {
    let server = TestSmtpServer::start(&["--mode", "stall"]);
    let router = router_sending_to(&plain_to(server.port));
    let started = Instant::now();
    let (status, page) = post_send(&router, &valid_report("Stalled")).await;
    let waited = started.elapsed();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_failure_page_keeps_everything(&page, "Your report has not been sent yet", "Stalled");
    assert!(
        waited >= Duration::from_secs(2),
        "the 2 s timeout was waited out: {waited:?}"
    );
    assert!(
        waited < Duration::from_secs(10),
        "and not much longer: {waited:?}"
    );
}

/// A throwaway certificate authority and a certificate for `localhost` signed by it.
fn throwaway_certificates(folder: &std::path::Path) -> (PathBuf, PathBuf, PathBuf) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().expect("key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).expect("CA");
    let issuer = Issuer::new(ca_params, &ca_key);
    let server_key = KeyPair::generate().expect("key");
    let server_params = CertificateParams::new(vec!["localhost".to_owned()]).expect("params");
    let server = server_params
        .signed_by(&server_key, &issuer)
        .expect("certificate");
    let paths = (
        folder.join("ca.pem"),
        folder.join("server.pem"),
        folder.join("server-key.pem"),
    );
    std::fs::write(&paths.0, ca.pem()).expect("write");
    std::fs::write(&paths.1, server.pem()).expect("write");
    std::fs::write(&paths.2, server_key.serialize_pem()).expect("write");
    paths
}

#[tokio::test]
async fn starttls_with_a_throwaway_certificate_and_a_login_delivers() {
    let folder = tempfile::tempdir().expect("folder");
    let (ca, certificate, key) = throwaway_certificates(folder.path());
    let server = TestSmtpServer::start(&[
        "--tls-cert",
        certificate.to_str().expect("utf-8"),
        "--tls-key",
        key.to_str().expect("utf-8"),
        "--user",
        "guide",
        "--password",
        "correct horse",
    ]);
    let settings = smtp_settings(&[
        (mail_settings::SMTP_HOST, "localhost".into()),
        (mail_settings::SMTP_PORT, server.port.to_string()),
        (mail_settings::SMTP_SECURITY, "starttls".into()),
        (mail_settings::SMTP_EXTRA_CA_FILE, ca.display().to_string()),
        (mail_settings::SMTP_USERNAME, "guide".into()),
        (mail_settings::SMTP_PASSWORD, "correct horse".into()),
        (mail_settings::SMTP_TIMEOUT_SECONDS, "5".into()),
        (mail_settings::MAIL_FROM, SENDER.into()),
    ]);
    let (status, page) = post_send(&router_sending_to(&settings), &valid_report("Over TLS")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].0["encrypted"], true);
    assert_eq!(messages[0].0["login"], "guide");

    // The same relay, but the certificate authority is not trusted: refused, not sent.
    let untrusted = smtp_settings(&[
        (mail_settings::SMTP_HOST, "localhost".into()),
        (mail_settings::SMTP_PORT, server.port.to_string()),
        (mail_settings::MAIL_FROM, SENDER.into()),
    ]);
    let (status, page) =
        post_send(&router_sending_to(&untrusted), &valid_report("Untrusted")).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{page}");
    assert_eq!(server.messages().len(), 1, "nothing more was delivered");
}

#[tokio::test]
async fn starttls_is_never_silently_dropped_for_plain_text() {
    let server = TestSmtpServer::start(&[]); // offers no STARTTLS
    let settings = smtp_settings(&[
        (mail_settings::SMTP_HOST, "localhost".into()),
        (mail_settings::SMTP_PORT, server.port.to_string()),
        (mail_settings::SMTP_SECURITY, "starttls".into()),
        (mail_settings::MAIL_FROM, SENDER.into()),
    ]);
    let (status, page) = post_send(&router_sending_to(&settings), &valid_report("No TLS")).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{page}");
    assert_failure_page_keeps_everything(&page, "We could not send your report", "No TLS");
    assert_eq!(
        server.offered(),
        0,
        "the report was never offered in plain text"
    );
}

pub(super) fn outbox_settings(folder: &std::path::Path) -> MailSettings {
    MailSettings::from_variables(
        |name| (name == mail_settings::OUTBOX).then(|| folder.display().to_string()),
        true,
    )
    .expect("valid")
}

pub(super) fn eml_files(folder: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(folder)
        .expect("the outbox exists")
        .map(|entry| std::fs::read_to_string(entry.expect("entry").path()).expect("text"))
        .collect()
}

#[tokio::test]
async fn with_no_smtp_the_message_is_written_to_the_outbox_folder() {
    let outbox = tempfile::tempdir().expect("folder");
    let router = test_router_with(
        EXAMPLE_WALES,
        &outbox_settings(outbox.path()),
        &LimitSettings::default(),
    );
    let (status, page) = post_send(&router, &valid_report("To the outbox")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let files = eml_files(outbox.path());
    assert_eq!(files.len(), 1);
    assert!(files[0].contains("To: conference-chair@enghraifft.example\r\n"));
    assert!(files[0].contains(&format!("Reference: {}", reference_on(&page))));
    assert!(pdftotext(&attached_pdf(&files[0])).contains("To the outbox"));
}

#[tokio::test]
async fn the_check_page_says_where_the_report_goes() {
    for (profile, expected) in [
        (
            EXAMPLE_ENGLAND,
            "to the conference chair at Exampleshire County Council. The chair",
        ),
        (
            EXAMPLE_WALES,
            "at Enghraifft County Borough Council, at conference-chair@enghraifft.example.",
        ),
    ] {
        let outbox = tempfile::tempdir().expect("folder");
        let router = test_router_with(
            profile,
            &outbox_settings(outbox.path()),
            &LimitSettings::default(),
        );
        let body = serde_urlencoded::to_string(valid_report("Where does it go")).expect("form");
        let builder = Request::post("/en/report")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        let (_, _, bytes) = send(&router, builder, &[], Body::from(body)).await;
        let page = String::from_utf8_lossy(&bytes);
        assert!(page.contains(expected), "{page}");
        assert!(page.contains("formaction=\"/en/report/send\""));
        assert!(
            !page.contains("enghraifft.example") || profile == EXAMPLE_WALES,
            "England hides its address"
        );
    }
}

#[tokio::test]
async fn a_filled_honeypot_sends_nothing_but_keeps_the_answers() {
    let outbox = tempfile::tempdir().expect("folder");
    let router = test_router_with(
        EXAMPLE_ENGLAND,
        &outbox_settings(outbox.path()),
        &LimitSettings::default(),
    );
    let mut pairs = valid_report("Robot or not");
    pairs.push(("website", "http://spam.example".to_owned()));
    let (status, page) = post_send(&router, &pairs).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("We could not send your report"));
    assert!(page.contains("name=\"going-well\" value=\"Robot or not\""));
    assert!(eml_files(outbox.path()).is_empty());
}

#[tokio::test]
async fn too_many_sends_from_one_address_get_a_429_page_that_keeps_the_answers() {
    let outbox = tempfile::tempdir().expect("folder");
    let limits = LimitSettings {
        sends_per_hour: std::num::NonZeroU32::new(2).expect("not zero"),
        ..LimitSettings::default()
    };
    let router = test_router_with(EXAMPLE_ENGLAND, &outbox_settings(outbox.path()), &limits);
    for _ in 0..2 {
        let (status, _) = post_send(&router, &valid_report("Allowed")).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, page) = post_send(&router, &valid_report("One too many")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.contains("Please wait before you send again"), "{page}");
    assert!(page.contains("name=\"going-well\" value=\"One too many\""));
    assert!(page.contains("Download PDF"));
    assert_eq!(eml_files(outbox.path()).len(), 2);
}

#[tokio::test]
async fn a_send_with_answers_that_do_not_pass_goes_back_to_the_questions() {
    let outbox = tempfile::tempdir().expect("folder");
    let router = test_router_with(
        EXAMPLE_ENGLAND,
        &outbox_settings(outbox.path()),
        &LimitSettings::default(),
    );
    let (status, page) = post_send(&router, &[("going-well", "No name given".to_owned())]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("href=\"#parent-name\""), "{page}");
    assert!(page.contains(">\nNo name given</textarea>"));
    assert!(eml_files(outbox.path()).is_empty());
}

#[tokio::test]
async fn too_many_pdfs_from_one_address_get_a_429_page_that_keeps_the_answers() {
    let outbox = tempfile::tempdir().expect("folder");
    let limits = LimitSettings {
        pdfs_per_minute: std::num::NonZeroU32::new(1).expect("not zero"),
        ..LimitSettings::default()
    };
    let router = test_router_with(EXAMPLE_ENGLAND, &outbox_settings(outbox.path()), &limits);
    let body = serde_urlencoded::to_string(valid_report("Print me twice")).expect("form");
    let post = || {
        Request::post("/en/report/pdf")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
    };
    let (status, headers, _) = send(&router, post(), &[], Body::from(body.clone())).await;
    assert_eq!(
        (status, &headers[header::CONTENT_TYPE]),
        (StatusCode::OK, &"application/pdf".parse().expect("value"))
    );
    let (status, _, page) = send(&router, post(), &[], Body::from(body)).await;
    let page = String::from_utf8_lossy(&page);
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.contains("Please wait a minute"), "{page}");
    assert!(page.contains("name=\"going-well\" value=\"Print me twice\""));
}
