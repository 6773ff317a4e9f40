//! The test SMTP server (`end2end/smtp/test_smtp_server.py`, on aiosmtpd), started by a test:
//! one per test, told how to behave, killed when dropped. Included by the unit tests in
//! `src/server/send_report/tests.rs` and by `tests/server_process.rs`, so it is written once.
//! The test command installs aiosmtpd into a venv; `CONFERENCE_GUIDE_TEST_PYTHON` names it.
#![allow(dead_code)] // each includer uses part of it

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
};

/// The Python with aiosmtpd: `CONFERENCE_GUIDE_TEST_PYTHON`, or the venv the test command makes.
pub fn python() -> PathBuf {
    if let Some(python) = std::env::var_os("CONFERENCE_GUIDE_TEST_PYTHON") {
        return PathBuf::from(python);
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    home.join(".cache/conference-guide/smtp-venv/bin/python")
}

pub struct TestSmtpServer {
    child: Child,
    pub port: u16,
    inbox: tempfile::TempDir,
}

impl TestSmtpServer {
    pub fn start(arguments: &[&str]) -> Self {
        let inbox = tempfile::tempdir().expect("a temporary folder");
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/end2end/smtp/test_smtp_server.py"
        );
        let mut child = Command::new(python())
            .arg(script)
            .arg("--inbox")
            .arg(inbox.path())
            .args(arguments)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|error| {
                panic!(
                    "cannot start the test SMTP server with {} ({error}). `bash .ci/test` installs \
                     it; by hand: python3 -m venv ~/.cache/conference-guide/smtp-venv && \
                     ~/.cache/conference-guide/smtp-venv/bin/pip install -r end2end/smtp/requirements.txt",
                    python().display()
                )
            });
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("piped"))
            .read_line(&mut line)
            .expect("the server prints its port");
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .and_then(|port| port.parse().ok())
            .unwrap_or_else(|| panic!("the test SMTP server did not start: {line:?}"));
        TestSmtpServer { child, port, inbox }
    }

    /// The folder it writes accepted messages to (`1.eml`, `1.json`, …).
    pub fn inbox(&self) -> &Path {
        self.inbox.path()
    }

    /// Each accepted message: its envelope (as JSON) and its bytes.
    pub fn messages(&self) -> Vec<(serde_json::Value, String)> {
        (1..)
            .map_while(|number| {
                let eml = std::fs::read(self.inbox.path().join(format!("{number}.eml"))).ok()?;
                let envelope =
                    std::fs::read_to_string(self.inbox.path().join(format!("{number}.json")))
                        .expect("an envelope beside each message");
                Some((
                    serde_json::from_str(&envelope).expect("JSON"),
                    String::from_utf8(eml).expect("the message is ASCII"),
                ))
            })
            .collect()
    }

    /// How many times a message was offered with DATA, accepted or not.
    pub fn offered(&self) -> u64 {
        std::fs::read_to_string(self.inbox.path().join("attempts.json"))
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|value| value["offered"].as_u64())
            .unwrap_or(0)
    }
}

impl Drop for TestSmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
