//! One page per file. The paths themselves are declared once, in `app::App`.

pub mod check_answers;
pub mod guide;
pub mod not_found;
pub mod report;
pub mod report_sent;

/// Pages that contain an island and so need the hydration scripts: the report (its character
/// counts). Every other page is plain HTML and CSS.
pub fn uses_islands(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    segments.next().is_some_and(|lang| !lang.is_empty())
        && segments.next() == Some("report")
        && segments.next().is_none()
}
