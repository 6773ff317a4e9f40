//! One page per file. The paths themselves are declared once, in `app::App`.

pub mod guide;
pub mod not_found;

/// Pages that contain an island and so need the hydration scripts. Every other page is plain
/// HTML and CSS.
pub fn uses_islands(_path: &str) -> bool {
    false
}
