//! The real server binary, started as a council would start it: it finishes requests in flight
//! when told to stop, and nothing a parent typed is left in its logs or in any file it wrote.
//! These tests start aiosmtpd (`end2end/smtp/test_smtp_server.py`) as the mail server; the
//! test command installs it.

use std::{
    io::{Read, Write},
    net::TcpStream,
    path::{Path, PathBuf},
    time::{Duration, Instant, SystemTime},
};

#[path = "support/smtp_server.rs"]
mod smtp_server;
use smtp_server::TestSmtpServer;
#[path = "support/server_binary.rs"]
mod server_binary;
use server_binary::{free_port, start_server, stop};

const PROJECT: &str = env!("CARGO_MANIFEST_DIR");

/// One HTTP/1.1 request on its own connection: (status, whole response as text).
fn request(port: u16, head: &str, body: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(40)))
        .ok()?;
    write!(
        stream,
        "{head}\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response.split(' ').nth(1)?.parse().ok()?;
    Some((status, response))
}

fn get(port: u16, path: &str) -> Option<(u16, String)> {
    request(port, &format!("GET {path} HTTP/1.1"), "")
}

fn post_form(port: u16, path: &str, pairs: &[(&str, String)]) -> (u16, String) {
    let body: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{name}={}", encode(value)))
        .collect();
    request(
        port,
        &format!("POST {path} HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded"),
        &body.join("&"),
    )
    .expect("the server answers")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

fn report(going_well: &str) -> Vec<(&'static str, String)> {
    vec![
        ("parent-name", "Ann Example".into()),
        ("child-names", "Sam".into()),
        ("going-well", going_well.into()),
    ]
}

#[test]
fn a_report_being_sent_when_the_server_is_stopped_still_gets_through() {
    let folder = tempfile::tempdir().expect("folder");
    // The relay answers "try later" twice, so the send takes about 1.5 s of retries.
    let smtp = TestSmtpServer::start(&["--mode", "defer:2"]);
    let smtp_port = smtp.port;
    let (mut server, port) = start_server(
        folder.path(),
        &[
            ("CONFERENCE_GUIDE_SMTP_HOST", "127.0.0.1".into()),
            ("CONFERENCE_GUIDE_SMTP_PORT", smtp_port.to_string()),
            ("CONFERENCE_GUIDE_SMTP_SECURITY", "plain".into()),
            (
                "CONFERENCE_GUIDE_MAIL_FROM",
                "reports@exampleshire.example".into(),
            ),
        ],
    );
    let in_flight =
        std::thread::spawn(move || post_form(port, "/en/report/send", &report("In flight")));
    std::thread::sleep(Duration::from_millis(400));
    let stopped_at = Instant::now();
    let status = stop(&mut server);
    let (code, page) = in_flight.join().expect("the request thread");
    assert_eq!(code, 200, "{page}");
    assert!(page.contains("Your report has been sent"));
    assert!(status.success(), "a clean exit: {status:?}");
    assert!(
        stopped_at.elapsed() >= Duration::from_millis(500),
        "it waited for the request"
    );
    assert!(
        get(port, "/healthz").is_none(),
        "and then stopped listening"
    );
    assert!(
        smtp.inbox().join("1.eml").exists(),
        "the report was delivered"
    );
}

/// Every file in `folder` (recursively) changed since `since` whose bytes hold `needle`.
fn files_holding(folder: &Path, needle: &[u8], since: SystemTime, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(metadata) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if metadata.is_dir() {
            if path
                .file_name()
                .is_some_and(|name| name == "target" || name == "node_modules" || name == ".git")
            {
                continue;
            }
            files_holding(&path, needle, since, found);
        } else if metadata.is_file()
            && metadata.modified().is_ok_and(|modified| modified >= since)
            && metadata.len() < 64 * 1024 * 1024
        {
            if let Ok(bytes) = std::fs::read(&path) {
                if bytes.windows(needle.len()).any(|window| window == needle) {
                    found.push(path);
                }
            }
        }
    }
}

#[test]
fn nothing_a_parent_types_is_left_in_logs_or_files() {
    let since = SystemTime::now() - Duration::from_secs(1);
    // Unique to this run, so no other test's files can hold it.
    let sentinel = format!(
        "PRIVACY{}SENTINEL",
        std::process::id() as u64 * 7919
            + since
                .duration_since(SystemTime::UNIX_EPOCH)
                .expect("time")
                .subsec_nanos() as u64
    );
    let folder = tempfile::tempdir().expect("folder");
    let sending = folder.path().join("sending");
    let failing = folder.path().join("failing");
    let debug_logs = ("CONFERENCE_GUIDE_LOG", "debug".to_owned());
    // The England example with no mail settings: the outbox in its working folder.
    let (mut outbox_server, port) = start_server(&sending, std::slice::from_ref(&debug_logs));
    // And one whose mail server is not there.
    let (mut failing_server, failing_port) = start_server(
        &failing,
        &[
            debug_logs,
            ("CONFERENCE_GUIDE_SMTP_HOST", "127.0.0.1".into()),
            ("CONFERENCE_GUIDE_SMTP_PORT", free_port().to_string()),
            ("CONFERENCE_GUIDE_SMTP_SECURITY", "plain".into()),
            (
                "CONFERENCE_GUIDE_MAIL_FROM",
                "reports@exampleshire.example".into(),
            ),
        ],
    );

    // Every field of the form carries the sentinel (the tick boxes and the choice too).
    let every_field: Vec<(&str, String)> = conference_guide::report::REPORT
        .inputs()
        .map(|input| (input.name, format!("{sentinel} {}", input.name)))
        .collect();
    let mut valid = report(&format!("{sentinel} going-well"));
    valid.push(("relationship", format!("{sentinel} relationship")));
    let too_long = vec![("going-well", format!("{sentinel} {}", "x".repeat(6_000)))];

    let mut responses = Vec::new();
    for port in [port, failing_port] {
        responses.push(post_form(port, "/en/report", &every_field));
        responses.push(post_form(port, "/en/report", &valid));
        responses.push(post_form(port, "/en/report", &too_long));
        let mut change = valid.clone();
        change.push(("change", "strengths".into()));
        responses.push(post_form(port, "/en/report", &change));
        responses.push(post_form(port, "/en/report/pdf", &valid));
        responses.push(post_form(port, "/en/report/send", &valid));
        responses.push(post_form(port, "/en/report/send", &every_field));
        let mut honeypot = valid.clone();
        honeypot.push(("website", sentinel.clone()));
        responses.push(post_form(port, "/en/report/send", &honeypot));
        responses.push(get(port, &format!("/en/start-here?q={sentinel}")).expect("answers"));
    }
    let statuses: Vec<u16> = responses.iter().map(|(status, _)| *status).collect();
    assert_eq!(
        statuses,
        [
            422, 200, 422, 200, 200, 200, 422, 400, 200, 422, 200, 422, 200, 200, 503, 422, 400,
            200
        ],
        "each request did what it should"
    );
    assert!(
        responses[1].1.contains(&sentinel),
        "the words reached the server"
    );
    assert!(responses[5].1.contains("Your report has been sent"));
    assert!(responses[14]
        .1
        .contains("Your report has not been sent yet"));
    assert!(stop(&mut outbox_server).success());
    assert!(stop(&mut failing_server).success());

    // The positive control: the sentinel did travel, inside the delivered PDF.
    let outbox: Vec<PathBuf> = std::fs::read_dir(sending.join("outbox"))
        .expect("the outbox")
        .map(|entry| entry.expect("entry").path())
        .collect();
    assert_eq!(outbox.len(), 1, "one report was sent");
    let logs: String = [
        "sending/stdout.log",
        "sending/stderr.log",
        "failing/stdout.log",
        "failing/stderr.log",
    ]
    .iter()
    .map(|name| std::fs::read_to_string(folder.path().join(name)).expect("log"))
    .collect();
    assert!(
        logs.contains("report sent to the conference chair"),
        "the logs were written: {logs}"
    );
    assert!(logs.contains("report not sent"), "{logs}");
    assert!(
        !logs.contains(&sentinel),
        "a log line holds the parent's words"
    );

    // No file the servers could have written holds the sentinel, except the sent message.
    let mut found = Vec::new();
    for place in [
        folder.path(),
        Path::new("/tmp"),
        Path::new("/var/tmp"),
        Path::new("/dev/shm"),
        Path::new("/var/log"),
        Path::new(PROJECT),
    ] {
        files_holding(place, sentinel.as_bytes(), since, &mut found);
    }
    found.retain(|path| !outbox.contains(path));
    assert!(
        found.is_empty(),
        "files holding the parent's words: {found:?}"
    );
}
