//! The real server binary against clients that hold connections without finishing a request:
//! half a request line, a header byte now and then, nothing at all, or a keep-alive connection
//! left idle. Each must be closed, and none may stop a normal request from being served. The
//! timeouts are set short through the environment so the tests take seconds. Also: its logs,
//! written to a file, and start-up mistakes in these settings.

use std::{
    io::{ErrorKind, Read, Write},
    net::TcpStream,
    time::{Duration, Instant},
};

#[path = "support/server_binary.rs"]
mod server_binary;
use server_binary::{command, free_port, healthz, start_server, stop, Running};

/// The connection settings, as environment variables.
fn limits(
    header_read_timeout: u64,
    idle_timeout: u64,
    max_connections: u64,
) -> Vec<(&'static str, String)> {
    vec![
        (
            "CONFERENCE_GUIDE_HEADER_READ_TIMEOUT_SECONDS",
            header_read_timeout.to_string(),
        ),
        (
            "CONFERENCE_GUIDE_IDLE_TIMEOUT_SECONDS",
            idle_timeout.to_string(),
        ),
        (
            "CONFERENCE_GUIDE_MAX_CONNECTIONS",
            max_connections.to_string(),
        ),
    ]
}

/// Whether the server has closed this connection within `patience`: reading reaches the end
/// (after any bytes the server sent) or the connection is reset.
fn closed_within(stream: &mut TcpStream, patience: Duration) -> bool {
    let deadline = Instant::now() + patience;
    let mut buffer = [0; 4096];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        stream.set_read_timeout(Some(left)).expect("timeout");
        match stream.read(&mut buffer) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return false
            }
            Err(_) => return true,
        }
    }
}

#[test]
fn a_half_sent_request_line_is_closed_after_the_header_timeout() {
    let folder = tempfile::tempdir().expect("folder");
    let (_server, port) = start_server(folder.path(), &limits(1, 60, 100));
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    stream.write_all(b"GET /en/start-here HT").expect("sends");
    let started = Instant::now();
    assert!(
        closed_within(&mut stream, Duration::from_secs(10)),
        "a request line never finished is closed"
    );
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "not before the timeout: {:?}",
        started.elapsed()
    );
}

#[test]
fn a_connection_that_sends_nothing_is_closed_after_the_idle_timeout() {
    let folder = tempfile::tempdir().expect("folder");
    let (_server, port) = start_server(folder.path(), &limits(60, 1, 100));
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    assert!(closed_within(&mut stream, Duration::from_secs(10)));
}

#[test]
fn an_idle_keep_alive_connection_is_closed() {
    let folder = tempfile::tempdir().expect("folder");
    // The header timeout is long, so it is the idle timeout that must close the connection.
    let (_server, port) = start_server(folder.path(), &limits(60, 1, 100));
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .expect("sends");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut first = [0; 12];
    stream.read_exact(&mut first).expect("a response");
    assert_eq!(&first, b"HTTP/1.1 200");
    assert!(
        closed_within(&mut stream, Duration::from_secs(10)),
        "the kept-alive connection is closed once idle"
    );
}

#[test]
fn five_hundred_slow_clients_do_not_stop_a_normal_request() {
    let folder = tempfile::tempdir().expect("folder");
    // The default cap, 512: every slow client gets a place, and each is closed by the header
    // timeout however often it sends a byte. (Over the cap, see `serve.rs`'s own tests.)
    let (_server, port) = start_server(folder.path(), &limits(2, 60, 512));
    let request = b"GET /en/start-here HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    let mut slow: Vec<TcpStream> = (0..500)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
            stream.set_nodelay(true).expect("no delay");
            stream.write_all(&request[..1]).expect("sends");
            stream
        })
        .collect();
    let trickle = std::thread::spawn(move || {
        // A byte on every connection every 300 ms for 6 s: never a whole request head.
        for round in 1..20 {
            let byte = request.get(round).copied().unwrap_or(b'a');
            for stream in &mut slow {
                let _ = stream.write_all(&[byte]);
            }
            std::thread::sleep(Duration::from_millis(300));
        }
        slow
    });
    let started = Instant::now();
    let status = healthz(port, Duration::from_secs(20)).expect("the normal request is answered");
    assert_eq!(status, 200);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "answered in {:?}, before any slow client was closed",
        started.elapsed()
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut still_open = 0;
    for mut stream in trickle.join().expect("trickle") {
        let patience = deadline.saturating_duration_since(Instant::now());
        if !closed_within(&mut stream, patience.max(Duration::from_millis(20))) {
            still_open += 1;
        }
    }
    assert_eq!(still_open, 0, "every slow connection is closed");
}

#[test]
fn logs_in_a_file_have_no_colour_codes_and_json_logs_are_one_object_a_line() {
    let long_path = format!("/en/{}", "a".repeat(10_000));
    for format in ["text", "json"] {
        let folder = tempfile::tempdir().expect("folder");
        let (mut server, port) = start_server(
            folder.path(),
            &[("CONFERENCE_GUIDE_LOG_FORMAT", format.to_owned())],
        );
        let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connects");
        write!(
            stream,
            "GET {long_path}?q=SENTINEL-QUERY HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .expect("sends");
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("answered");
        stop(&mut server);
        let log = std::fs::read_to_string(folder.path().join("stdout.log")).expect("log");
        assert!(log.contains("/healthz"), "{format}: {log}");
        assert!(
            !log.contains('\u{1b}'),
            "{format}: no escape codes: {log:?}"
        );
        assert!(!log.contains("SENTINEL"), "{format}: {log}");
        assert!(log.contains("…(cut, 10004 bytes)"), "{format}: {log}");
        assert!(
            !log.contains(&"a".repeat(300)),
            "{format}: the long path is cut"
        );
        if format == "json" {
            for line in log.lines() {
                let object: serde_json::Value =
                    serde_json::from_str(line).unwrap_or_else(|error| panic!("{error}: {line}"));
                assert!(object.is_object(), "{line}");
            }
        }
    }
}

#[test]
fn a_mistake_in_these_settings_stops_start_up_and_names_the_variable() {
    for (variable, value) in [
        ("CONFERENCE_GUIDE_LOG_FORMAT", "yaml"),
        ("CONFERENCE_GUIDE_MAX_CONNECTIONS", "0"),
        ("CONFERENCE_GUIDE_HEADER_READ_TIMEOUT_SECONDS", "soon"),
        ("CONFERENCE_GUIDE_IDLE_TIMEOUT_SECONDS", "99999"),
    ] {
        let folder = tempfile::tempdir().expect("folder");
        let mut server = Running(
            command(folder.path(), free_port(), &[(variable, value.to_owned())])
                .spawn()
                .expect("runs"),
        );
        let started = Instant::now();
        let status = loop {
            if let Some(status) = server.0.try_wait().expect("wait") {
                break status;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "{variable}={value}: the server started anyway"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(status.code(), Some(2), "{variable}={value}");
        let errors = std::fs::read_to_string(folder.path().join("stderr.log")).expect("log");
        assert!(errors.contains(variable), "{variable}={value}: {errors}");
    }
}
