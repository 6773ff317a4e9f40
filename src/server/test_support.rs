//! What the router tests share: a router with a test profile and mail to a test outbox, a
//! request sent through it with no port, and the log lines a test's own thread wrote.

use axum::{body::Body, extract::Request, http::HeaderMap, http::StatusCode, Router};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use tower::ServiceExt;
use tracing::Level;

use crate::server::{
    mail::Mailer, profile, rate_limit::RateLimits, router::router, state::Services,
};

/// The router with this profile, mail written to a shared test outbox, default limits.
pub fn test_router(profile_text: &str) -> Router {
    let outbox = std::env::temp_dir().join("conference-guide-tests-outbox");
    let mail = crate::server::mail::MailSettings::from_variables(
        |name| {
            (name == crate::server::mail::settings::OUTBOX).then(|| outbox.display().to_string())
        },
        true,
    )
    .expect("valid");
    test_router_with(profile_text, &mail, &Default::default())
}

pub fn test_router_with(
    profile_text: &str,
    mail: &crate::server::mail::MailSettings,
    limits: &crate::server::rate_limit::LimitSettings,
) -> Router {
    let options = LeptosOptions::builder()
        .output_name("conference_guide")
        .build();
    let profile = profile::parse("test", profile_text).expect("example profile is valid");
    let services = Services {
        mailer: Mailer::new(mail, &profile.chair.email).expect("mailer settings are valid"),
        limits: RateLimits::new(limits),
    };
    router(options, profile, services)
}

/// Sends a request through the router (no port) and collects the whole response.
pub async fn send(
    router: &Router,
    builder: http::request::Builder,
    headers: &[(&str, &str)],
    body: Body,
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut builder = builder;
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let request = builder.body(body).expect("test request is well formed");
    let response = router
        .clone()
        .oneshot(request)
        .await
        .expect("the router never fails");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body is readable")
        .to_bytes();
    (status, headers, bytes.to_vec())
}

/// Posts `pairs` as a urlencoded form, as a browser would.
pub async fn post_form(
    router: &Router,
    path: &str,
    pairs: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let builder = Request::post(path).header(
        http::header::CONTENT_TYPE,
        "application/x-www-form-urlencoded",
    );
    let body = serde_urlencoded::to_string(pairs).expect("encodable");
    send(router, builder, &[], Body::from(body)).await
}

/// HTML's escapes of the characters our pages escape, turned back into the characters.
pub fn unescape_html(text: &str) -> String {
    text.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub async fn get(
    router: &Router,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, String) {
    let (status, headers, bytes) = send(router, Request::get(path), headers, Body::empty()).await;
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

thread_local! {
    static THIS_THREADS_LOG: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Writes each thread's log lines to that thread's own buffer. Tests run on their own
/// threads (and `#[tokio::test]` keeps a test's requests on it), so one global subscriber
/// gives each test exactly its own lines. A scoped subscriber per test does not work:
/// tracing caches per call site whether anyone listens, across threads.
struct ThisThreadsLog;

impl std::io::Write for ThisThreadsLog {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        THIS_THREADS_LOG.with(|log| log.borrow_mut().extend_from_slice(bytes));
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The log lines written on this thread since `capture_logs` was called.
pub struct CapturedLogs;

impl CapturedLogs {
    pub fn text(&self) -> String {
        THIS_THREADS_LOG.with(|log| String::from_utf8_lossy(&log.borrow()).into_owned())
    }
}

pub fn capture_logs() -> CapturedLogs {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let subscriber = tracing_subscriber::fmt()
            .with_writer(|| ThisThreadsLog)
            .with_ansi(false)
            .with_max_level(Level::TRACE)
            .finish();
        tracing::subscriber::set_global_default(subscriber)
            .expect("no other test sets a global subscriber");
    });
    THIS_THREADS_LOG.with(|log| log.borrow_mut().clear());
    CapturedLogs
}

/// Runs a Python `script` with the test venv's Python (`CONFERENCE_GUIDE_TEST_PYTHON`, or the
/// venv the test command makes), with `arguments` after it and `input` on its standard input;
/// its output. The test fails with Python's own error if the script does.
pub fn run_test_python(script: &str, arguments: &[&str], input: &[u8]) -> String {
    use std::io::Write as _;
    let python = std::env::var_os("CONFERENCE_GUIDE_TEST_PYTHON").map_or_else(
        || {
            std::path::PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/conference-guide/smtp-venv/bin/python")
        },
        std::path::PathBuf::from,
    );
    let mut child = std::process::Command::new(python)
        .arg("-c")
        .arg(script)
        .args(arguments)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the test venv's Python runs (pip install -r end2end/smtp/requirements.txt)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("written");
    let output = child.wait_with_output().expect("finished");
    assert!(
        output.status.success(),
        "the Python check failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}
