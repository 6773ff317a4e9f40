//! Accepting connections, with limits on clients that hold one without finishing a request.
//!
//! `axum::serve` gives hyper no timer, so hyper's header-read timeout never runs and a client
//! that sends half a request line (or a header byte now and then) keeps its connection, and a
//! file descriptor, for ever. Here each connection is served by hyper's HTTP/1 builder (HTTP/1
//! only, as `axum::serve` was in this build: the proxy in front speaks HTTP/1.1 to us) with:
//! - a header-read timeout: the whole request head must arrive within it (hyper starts the
//!   same clock while a kept-alive HTTP/1 connection waits for its next request);
//! - an idle timeout: a connection with no request in flight that moves no byte either way for
//!   this long is closed (one whose client stopped reading the answer, say, which the header
//!   clock does not cover);
//! - a cap on connections open at once: over it, new ones wait in the kernel's queue until one
//!   closes, so the server never runs out of file descriptors.
//!
//! On the shutdown signal it stops accepting, lets requests in flight finish, and returns once
//! every connection has closed.

use std::{
    future::Future,
    io,
    num::NonZeroUsize,
    pin::{pin, Pin},
    sync::{
        atomic::{AtomicU64, AtomicUsize, Ordering},
        Arc,
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{extract::ConnectInfo, Router};
use hyper::{body::Incoming, server::conn::http1};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::Semaphore,
    time::Instant,
};
use tower::ServiceExt;

pub const HEADER_READ_TIMEOUT_SECONDS: &str = "CONFERENCE_GUIDE_HEADER_READ_TIMEOUT_SECONDS";
pub const IDLE_TIMEOUT_SECONDS: &str = "CONFERENCE_GUIDE_IDLE_TIMEOUT_SECONDS";
pub const MAX_CONNECTIONS: &str = "CONFERENCE_GUIDE_MAX_CONNECTIONS";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// How long a client has to send a whole request head.
    pub header_read_timeout: Duration,
    /// How long a connection may sit with no request in flight and no byte moving.
    pub idle_timeout: Duration,
    /// Connections open at once. Keep it below the process's open-file limit (often 1024).
    pub max_connections: NonZeroUsize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_read_timeout: Duration::from_secs(15),
            idle_timeout: Duration::from_secs(60),
            max_connections: NonZeroUsize::new(512).expect("not zero"),
        }
    }
}

/// A variable with a value that cannot be used, named so the operator can fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable} {problem}")]
pub struct ConnectionLimitsError {
    pub variable: &'static str,
    pub problem: &'static str,
}

impl ConnectionLimits {
    /// Reads the limits through `lookup`; empty values count as unset.
    pub fn from_variables(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConnectionLimitsError> {
        let defaults = ConnectionLimits::default();
        let number =
            |variable: &'static str, most: u64, problem: &'static str| match lookup(variable)
                .filter(|value| !value.trim().is_empty())
            {
                None => Ok(None),
                Some(value) => match value.trim().parse::<u64>() {
                    Ok(number) if (1..=most).contains(&number) => Ok(Some(number)),
                    _ => Err(ConnectionLimitsError { variable, problem }),
                },
            };
        let seconds = |variable, most, default: Duration, problem| {
            Ok::<_, ConnectionLimitsError>(
                number(variable, most, problem)?.map_or(default, Duration::from_secs),
            )
        };
        Ok(ConnectionLimits {
            header_read_timeout: seconds(
                HEADER_READ_TIMEOUT_SECONDS,
                300,
                defaults.header_read_timeout,
                "must be a whole number of seconds from 1 to 300",
            )?,
            idle_timeout: seconds(
                IDLE_TIMEOUT_SECONDS,
                3600,
                defaults.idle_timeout,
                "must be a whole number of seconds from 1 to 3600",
            )?,
            max_connections: number(
                MAX_CONNECTIONS,
                1_000_000,
                "must be a whole number from 1 to 1000000",
            )?
            .and_then(|count| NonZeroUsize::new(usize::try_from(count).ok()?))
            .unwrap_or(defaults.max_connections),
        })
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then waits for the connections open
/// at that moment to finish. Handlers get the client's address as `ConnectInfo<SocketAddr>`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) {
    let builder = connection_builder(&limits);
    let places = Arc::new(Semaphore::new(limits.max_connections.get()));
    let graceful = GracefulShutdown::new();
    let mut shutdown = pin!(shutdown);
    loop {
        // At the cap, stop accepting: new connections wait in the kernel's queue.
        let place = tokio::select! {
            place = places.clone().acquire_owned() => place.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, remote_address) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    wait_after_accept_error(&error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let activity = Arc::new(Activity::new());
        let io = TokioIo::new(TrackedStream {
            stream,
            activity: activity.clone(),
        });
        let service = hyper::service::service_fn({
            let app = app.clone();
            let activity = activity.clone();
            move |request: http::Request<Incoming>| {
                let in_flight = RequestInFlight::new(activity.clone());
                let mut request = request.map(axum::body::Body::new);
                request.extensions_mut().insert(ConnectInfo(remote_address));
                let app = app.clone();
                async move {
                    let response = app.oneshot(request).await;
                    drop(in_flight);
                    response
                }
            }
        });
        let connection = graceful.watch(builder.serve_connection(io, service));
        let idle_timeout = limits.idle_timeout;
        tokio::spawn(async move {
            tokio::select! {
                // Errors here are the client's doing (a reset, a bad request, a timeout).
                _ = connection => {}
                // Dropping the connection closes it.
                () = until_idle(&activity, idle_timeout) => {}
            }
            drop(place);
        });
    }
    // New connections are refused from here; those open finish their requests first.
    drop(listener);
    graceful.shutdown().await;
}

fn connection_builder(limits: &ConnectionLimits) -> http1::Builder {
    let mut builder = http1::Builder::new();
    // Without a timer hyper silently skips the header-read timeout.
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    builder
}

/// Accepting fails now and then: a client that gave up is nothing; running out of file
/// descriptors is worth a log line and a pause, as axum and hyper do, rather than a busy loop.
async fn wait_after_accept_error(error: &io::Error) {
    if matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    ) {
        return;
    }
    tracing::error!("cannot accept a connection: {error}");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// When a connection last moved a byte, and how many of its requests are being answered.
struct Activity {
    opened: Instant,
    last_byte_millis: AtomicU64,
    requests_in_flight: AtomicUsize,
}

impl Activity {
    fn new() -> Self {
        Activity {
            opened: Instant::now(),
            last_byte_millis: AtomicU64::new(0),
            requests_in_flight: AtomicUsize::new(0),
        }
    }

    fn byte_moved(&self) {
        let millis = u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_byte_millis.store(millis, Ordering::Relaxed);
    }

    fn quiet_for(&self) -> Duration {
        let last = Duration::from_millis(self.last_byte_millis.load(Ordering::Relaxed));
        self.opened.elapsed().saturating_sub(last)
    }
}

/// Counts a request as in flight until its handler has answered (or been dropped), so a slow
/// handler (a report being sent) is never taken for an idle connection.
struct RequestInFlight(Arc<Activity>);

impl RequestInFlight {
    fn new(activity: Arc<Activity>) -> Self {
        activity.requests_in_flight.fetch_add(1, Ordering::Relaxed);
        RequestInFlight(activity)
    }
}

impl Drop for RequestInFlight {
    fn drop(&mut self) {
        self.0.requests_in_flight.fetch_sub(1, Ordering::Relaxed);
        self.0.byte_moved();
    }
}

/// Completes once the connection has had no request in flight and no byte moving for
/// `idle_timeout`.
async fn until_idle(activity: &Activity, idle_timeout: Duration) {
    loop {
        let quiet_for = activity.quiet_for();
        let busy = activity.requests_in_flight.load(Ordering::Relaxed) > 0;
        if !busy && quiet_for >= idle_timeout {
            return;
        }
        let wait = if busy {
            idle_timeout
        } else {
            idle_timeout - quiet_for
        };
        tokio::time::sleep(wait).await;
    }
}

/// The TCP stream, noting each byte read or written in the connection's `Activity`.
struct TrackedStream {
    stream: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for TrackedStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buffer.filled().len();
        let result = Pin::new(&mut self.stream).poll_read(context, buffer);
        if buffer.filled().len() > before {
            self.activity.byte_moved();
        }
        result
    }
}

impl AsyncWrite for TrackedStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        bytes: &[u8],
    ) -> Poll<io::Result<usize>> {
        let result = Pin::new(&mut self.stream).poll_write(context, bytes);
        if matches!(result, Poll::Ready(Ok(written)) if written > 0) {
            self.activity.byte_moved();
        }
        result
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffers: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let result = Pin::new(&mut self.stream).poll_write_vectored(context, buffers);
        if matches!(result, Poll::Ready(Ok(written)) if written > 0) {
            self.activity.byte_moved();
        }
        result
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(context)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(context)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::net::SocketAddr;

    use axum::routing::get;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn read(pairs: &[(&str, &str)]) -> Result<ConnectionLimits, ConnectionLimitsError> {
        ConnectionLimits::from_variables(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    #[test]
    fn limits_default_to_15_s_60_s_and_512_connections() {
        let limits = read(&[]).expect("valid");
        assert_eq!(limits, ConnectionLimits::default());
        assert_eq!(limits.header_read_timeout, Duration::from_secs(15));
        assert_eq!(limits.idle_timeout, Duration::from_secs(60));
        assert_eq!(limits.max_connections.get(), 512);
    }

    #[test]
    fn limits_are_read_and_mistakes_named() {
        let limits = read(&[
            (HEADER_READ_TIMEOUT_SECONDS, "5"),
            (IDLE_TIMEOUT_SECONDS, " 30 "),
            (MAX_CONNECTIONS, "100"),
        ])
        .expect("valid");
        assert_eq!(limits.header_read_timeout, Duration::from_secs(5));
        assert_eq!(limits.idle_timeout, Duration::from_secs(30));
        assert_eq!(limits.max_connections.get(), 100);
        assert_eq!(
            read(&[(MAX_CONNECTIONS, "")]).expect("empty is unset"),
            ConnectionLimits::default()
        );
        for (variable, value) in [
            (HEADER_READ_TIMEOUT_SECONDS, "0"),
            (HEADER_READ_TIMEOUT_SECONDS, "301"),
            (IDLE_TIMEOUT_SECONDS, "a minute"),
            (IDLE_TIMEOUT_SECONDS, "-1"),
            (MAX_CONNECTIONS, "0"),
            (MAX_CONNECTIONS, "1.5"),
        ] {
            let error = read(&[(variable, value)]).expect_err(value);
            assert_eq!(error.variable, variable, "{variable}={value}");
            assert!(error.to_string().starts_with(variable));
        }
    }

    /// Serves `app` on a free loopback port; the sender stops the server.
    async fn start(
        app: Router,
        limits: ConnectionLimits,
    ) -> (
        SocketAddr,
        tokio::sync::oneshot::Sender<()>,
        tokio::task::JoinHandle<()>,
    ) {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
        let address = listener.local_addr().expect("address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(serve(listener, app, limits, async {
            let _ = stopped.await;
        }));
        (address, stop, server)
    }

    /// One request with `Connection: close`; the whole response as text.
    async fn get_text(address: SocketAddr, path: &str) -> String {
        let mut stream = TcpStream::connect(address).await.expect("connects");
        stream
            .write_all(
                format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
            )
            .await
            .expect("sends");
        let mut response = String::new();
        stream.read_to_string(&mut response).await.expect("reads");
        response
    }

    #[tokio::test]
    async fn handlers_get_the_client_address() {
        let app =
            Router::new().route(
                "/who",
                get(|ConnectInfo(client): ConnectInfo<SocketAddr>| async move {
                    client.ip().to_string()
                }),
            );
        let (address, _stop, _server) = start(app, ConnectionLimits::default()).await;
        let response = get_text(address, "/who").await;
        assert!(response.starts_with("HTTP/1.1 200"), "{response}");
        assert!(response.ends_with("127.0.0.1"), "{response}");
    }

    #[tokio::test]
    async fn over_the_cap_a_connection_waits_for_a_free_place() {
        let app = Router::new().route("/", get(|| async { "ok" }));
        let limits = ConnectionLimits {
            max_connections: NonZeroUsize::new(1).expect("not zero"),
            ..ConnectionLimits::default()
        };
        let (address, _stop, _server) = start(app, limits).await;
        let holder = TcpStream::connect(address).await.expect("connects");
        // Let the server accept the first connection before the second arrives.
        tokio::time::sleep(Duration::from_millis(100)).await;
        let waiting = tokio::spawn(get_text(address, "/"));
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(!waiting.is_finished(), "the only place is taken");
        drop(holder);
        let response = tokio::time::timeout(Duration::from_secs(5), waiting)
            .await
            .expect("answered once the place is free")
            .expect("task");
        assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    }

    #[tokio::test]
    async fn on_shutdown_a_request_in_flight_finishes_and_new_connections_are_refused() {
        let (started, has_started) = tokio::sync::oneshot::channel::<()>();
        let started = Arc::new(std::sync::Mutex::new(Some(started)));
        let app = Router::new().route(
            "/slow",
            get(move || {
                let started = started.lock().expect("lock").take();
                async move {
                    if let Some(started) = started {
                        let _ = started.send(());
                    }
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    "finished"
                }
            }),
        );
        let (address, stop, server) = start(app, ConnectionLimits::default()).await;
        let in_flight = tokio::spawn(get_text(address, "/slow"));
        has_started.await.expect("the handler started");
        stop.send(()).expect("server running");
        let response = in_flight.await.expect("task");
        assert!(response.starts_with("HTTP/1.1 200"), "{response}");
        assert!(response.ends_with("finished"), "{response}");
        tokio::time::timeout(Duration::from_secs(5), server)
            .await
            .expect("the server returns once the connection closed")
            .expect("task");
        assert!(TcpStream::connect(address).await.is_err());
    }
}
