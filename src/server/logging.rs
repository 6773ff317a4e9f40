//! Logs: one line per request with its method, path (never the query string), status and time,
//! and errors. Never a body, a header value or anything a parent typed.
//!
//! Plain text by default, coloured only on a terminal (escape codes are noise in a file or a
//! journal); `CONFERENCE_GUIDE_LOG_FORMAT=json` gives one JSON object a line for log collectors.

use std::{borrow::Cow, io::IsTerminal};

use tracing_subscriber::{fmt::MakeWriter, EnvFilter};

pub const LOG: &str = "CONFERENCE_GUIDE_LOG";
pub const LOG_FORMAT: &str = "CONFERENCE_GUIDE_LOG_FORMAT";

/// The longest path written whole into a log line; longer ones are cut (paths can be 64 KB).
const LONGEST_LOGGED_PATH: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A variable with a value that cannot be used, named so the operator can fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable} {problem}")]
pub struct LogSettingsError {
    pub variable: &'static str,
    pub problem: &'static str,
}

impl LogFormat {
    /// Reads the format through `lookup`: `text` (or unset, or empty) or `json`.
    pub fn from_variables(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, LogSettingsError> {
        match lookup(LOG_FORMAT).as_deref().map(str::trim) {
            None | Some("" | "text") => Ok(LogFormat::Text),
            Some("json") => Ok(LogFormat::Json),
            Some(_) => Err(LogSettingsError {
                variable: LOG_FORMAT,
                problem: "must be text or json",
            }),
        }
    }
}

/// Sets up logging to standard output, with `filter` (from `CONFERENCE_GUIDE_LOG`; one that
/// cannot be read falls back to `info`) in `format`.
pub fn init(filter: &str, format: LogFormat) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let colour = std::io::stdout().is_terminal();
    tracing::subscriber::set_global_default(subscriber(format, colour, filter, std::io::stdout))
        .expect("logging is set up once");
}

/// The subscriber for `format`, writing to `writer`, with colour only when asked.
fn subscriber<W>(
    format: LogFormat,
    colour: bool,
    filter: EnvFilter,
    writer: W,
) -> Box<dyn tracing::Subscriber + Send + Sync>
where
    W: for<'writer> MakeWriter<'writer> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(writer);
    match format {
        LogFormat::Text => Box::new(builder.with_ansi(colour).finish()),
        LogFormat::Json => Box::new(builder.json().with_ansi(false).finish()),
    }
}

/// The span a request is logged in: its method and path only. Query strings could one day
/// carry something personal, and report text never goes in a URL.
pub fn request_span<B>(request: &http::Request<B>) -> tracing::Span {
    tracing::info_span!(
        "request",
        method = %request.method(),
        path = %path_for_log(request.uri().path())
    )
}

/// The path, cut after `LONGEST_LOGGED_PATH` bytes with a marker saying how long it was.
fn path_for_log(path: &str) -> Cow<'_, str> {
    if path.len() <= LONGEST_LOGGED_PATH {
        return Cow::Borrowed(path);
    }
    let mut end = LONGEST_LOGGED_PATH;
    while !path.is_char_boundary(end) {
        end -= 1;
    }
    Cow::Owned(format!("{}…(cut, {} bytes)", &path[..end], path.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::sync::{Arc, Mutex};

    /// Log output collected in memory.
    #[derive(Clone, Default)]
    struct Collected(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Collected {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("lock").extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Collected {
        fn text(&self) -> String {
            String::from_utf8_lossy(&self.0.lock().expect("lock")).into_owned()
        }
    }

    /// What a request to `uri` logs, through the subscriber `init` would make for a log that
    /// is not a terminal.
    fn logged(format: LogFormat, uri: &str) -> String {
        let collected = Collected::default();
        let subscriber = subscriber(format, false, EnvFilter::new("info"), {
            let collected = collected.clone();
            move || collected.clone()
        });
        tracing::subscriber::with_default(subscriber, || {
            let request = http::Request::get(uri)
                .header("referer", "https://x.example/SENTINEL-HEADER")
                .body(())
                .expect("request");
            let span = request_span(&request);
            let _entered = span.enter();
            tracing::info!(status = 200, "finished processing request");
        });
        collected.text()
    }

    #[test]
    fn the_log_format_is_text_or_json_and_anything_else_is_named() {
        let read = |value: &str| {
            let value = value.to_owned();
            LogFormat::from_variables(move |name| (name == LOG_FORMAT).then(|| value.clone()))
        };
        assert_eq!(LogFormat::from_variables(|_| None), Ok(LogFormat::Text));
        assert_eq!(read(""), Ok(LogFormat::Text));
        assert_eq!(read("text"), Ok(LogFormat::Text));
        assert_eq!(read("json"), Ok(LogFormat::Json));
        let error = read("JSON lines").expect_err("not a format");
        assert_eq!(error.variable, LOG_FORMAT);
        assert!(error.to_string().starts_with(LOG_FORMAT), "{error}");
    }

    #[test]
    fn text_logs_that_are_not_a_terminal_have_no_colour_codes() {
        let log = logged(LogFormat::Text, "/en/start-here?name=SENTINEL-QUERY");
        assert!(log.contains("path=/en/start-here"), "{log}");
        assert!(!log.contains('\u{1b}'), "no escape codes: {log:?}");
        assert!(!log.contains("SENTINEL"), "{log}");
    }

    #[test]
    fn json_logs_are_one_object_a_line_with_the_request_span() {
        let log = logged(LogFormat::Json, "/en/start-here?name=SENTINEL-QUERY");
        let lines: Vec<&str> = log.lines().collect();
        assert_eq!(lines.len(), 1, "{log}");
        let line: serde_json::Value = serde_json::from_str(lines[0]).expect("JSON");
        assert_eq!(line["span"]["path"], "/en/start-here", "{line}");
        assert_eq!(line["span"]["method"], "GET", "{line}");
        assert_eq!(line["fields"]["status"], 200, "{line}");
        assert!(!log.contains('\u{1b}'), "{log:?}");
        assert!(!log.contains("SENTINEL"), "{log}");
    }

    #[test]
    fn a_long_path_is_cut_in_the_log() {
        let long = format!("/en/{}", "a".repeat(60_000));
        let log = logged(LogFormat::Text, &long);
        assert!(log.len() < 1_000, "{} bytes logged", log.len());
        assert!(log.contains("…(cut, 60004 bytes)"), "{log}");
        let exactly = format!("/{}", "b".repeat(LONGEST_LOGGED_PATH - 1));
        assert_eq!(path_for_log(&exactly), exactly.as_str());
        // Never cut inside a character.
        let accented = format!("/{}", "é".repeat(150));
        let cut = path_for_log(&accented);
        assert!(cut.starts_with(&format!("/{}", "é".repeat(99))), "{cut}");
        assert!(cut.ends_with("…(cut, 301 bytes)"), "{cut}");
    }
}
