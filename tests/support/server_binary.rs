//! The real server binary, started by a test as a council would start it: in a folder of its
//! own (working directory, HOME, TMPDIR, site root), with a clean environment, logging to
//! `stdout.log` and `stderr.log` there. Included by `tests/server_process.rs` and
//! `tests/server_hardening.rs`, so it is written once.
#![allow(dead_code)] // each includer uses part of it

use std::{
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    path::Path,
    process::{Child, Command, ExitStatus},
    time::{Duration, Instant},
};

pub const SERVER: &str = env!("CARGO_BIN_EXE_conference_guide");

/// A child process that is killed if the test ends early.
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

/// The server's command in `folder`, not yet started.
pub fn command(folder: &Path, port: u16, environment: &[(&str, String)]) -> Command {
    for sub in ["home", "tmp", "site"] {
        std::fs::create_dir_all(folder.join(sub)).expect("folder");
    }
    let log = |name: &str| std::fs::File::create(folder.join(name)).expect("log file");
    let mut command = Command::new(SERVER);
    command
        .current_dir(folder)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", folder.join("home"))
        .env("TMPDIR", folder.join("tmp"))
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", folder.join("site"))
        .stdout(log("stdout.log"))
        .stderr(log("stderr.log"));
    for (name, value) in environment {
        command.env(name, value);
    }
    command
}

/// Starts the server and waits until it answers `GET /healthz`.
pub fn start_server(folder: &Path, environment: &[(&str, String)]) -> (Running, u16) {
    let port = free_port();
    let server = Running(
        command(folder, port, environment)
            .spawn()
            .expect("the server starts"),
    );
    let started = Instant::now();
    while healthz(port, Duration::from_secs(5)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server never answered"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (server, port)
}

/// `GET /healthz` on a new connection; the status line's code.
pub fn healthz(port: u16, patience: Duration) -> std::io::Result<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(patience))?;
    stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    String::from_utf8_lossy(&response)
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status line"))
}

/// Stops the server with SIGTERM, as systemd does, and waits for it to exit.
pub fn stop(server: &mut Running) -> ExitStatus {
    Command::new("kill")
        .args(["-TERM", &server.0.id().to_string()])
        .status()
        .expect("kill runs");
    let started = Instant::now();
    loop {
        if let Some(status) = server.0.try_wait().expect("wait") {
            return status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not stop"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
