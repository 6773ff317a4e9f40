//! Leptos writes a few things for hydration that are not valid HTML, and on a page with no
//! island serve no purpose at all. This response layer finishes every page the renderer makes
//! so that it passes the W3C's Nu HTML Checker:
//!
//! - `<!>`, the marker Leptos puts between text nodes and for empty views, is a bogus comment
//!   to an HTML parser. Outside islands nothing is hydrated, so it is dropped; inside an
//!   island it becomes `<!---->`, which builds the very same empty comment node that
//!   hydration steps over.
//! - The streamed hydration data (`__RESOLVED_RESOURCES`, `__INCOMPLETE_CHUNKS`) comes as
//!   scripts after `</html>`. A page with no island is never hydrated, so they are dropped;
//!   on an island page they move to just before `</body>`, nonce and all, and still run
//!   before the islands bundle (which loads as a module, later).
//! - `HydrationScripts` gives both preload links the CSP nonce as their `crossorigin` value.
//!   Any value other than `use-credentials` means "anonymous", which is what the bundle's
//!   fetches use, so the attribute is kept with no value: the same request, valid HTML.
//!
//! Text a person typed never reaches the markup unescaped (`<` is always `&lt;` in it), so
//! every `<` here starts a tag, a comment or a marker; this module reads the page that way and
//! leaves text, attribute values, scripts and styles exactly as they are.

use std::borrow::Cow;

use axum::{
    body::{to_bytes, Body},
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{header, StatusCode};

/// Large enough for any page we render; a page bigger than this is a bug, not a user's doing.
const LARGEST_PAGE: usize = 2 * 1024 * 1024;

const MARKER: &str = "<!>";
/// The same empty comment node as `<!>`, written the valid way.
const VALID_MARKER: &str = "<!---->";
const ISLAND: &str = "leptos-island";

/// The layer: every HTML response leaves as `finished_page` makes it.
pub async fn finish_pages(request: Request, next: Next) -> Response {
    finish_response(next.run(request).await).await
}

/// `finished_page` applied to a response's body, when it is HTML. The error pages, rendered
/// outside this layer, call it too.
pub async fn finish_response(response: Response) -> Response {
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, LARGEST_PAGE).await else {
        tracing::error!("a page could not be buffered to finish its markup");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Ok(html) = std::str::from_utf8(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    match finished_page(html) {
        Cow::Borrowed(_) => Response::from_parts(parts, Body::from(bytes)),
        Cow::Owned(finished) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(finished))
        }
    }
}

/// The page as it should be sent: valid markup, hydration data only where an island uses it,
/// and nothing after `</html>`.
pub fn finished_page(html: &str) -> Cow<'_, str> {
    let has_islands = html.contains(&format!("<{ISLAND}"));
    let (document, scripts) = split_trailing_scripts(html);
    let document = valid_markup(document);
    let Some(scripts) = scripts else {
        return document;
    };
    if !has_islands {
        return Cow::Owned(document.into_owned());
    }
    let Some(body_end) = document.rfind("</body>") else {
        return Cow::Borrowed(html);
    };
    let mut page = String::with_capacity(html.len());
    page.push_str(&document[..body_end]);
    page.push_str(scripts.trim());
    page.push_str(&document[body_end..]);
    Cow::Owned(page)
}

/// The document up to its `</html>`, and the scripts after it, if only scripts follow it.
fn split_trailing_scripts(html: &str) -> (&str, Option<&str>) {
    let Some(end) = html.rfind("</html>").map(|start| start + "</html>".len()) else {
        return (html, None);
    };
    let tail = &html[end..];
    if tail.trim().is_empty() || !only_scripts(tail) {
        return (html, None);
    }
    (&html[..end], Some(tail))
}

fn only_scripts(mut tail: &str) -> bool {
    loop {
        tail = tail.trim_start();
        if tail.is_empty() {
            return true;
        }
        if !tail.starts_with("<script") {
            return false;
        }
        match tail.find("</script>") {
            Some(close) => tail = &tail[close + "</script>".len()..],
            None => return false,
        }
    }
}

/// Writes a copy only once something changes, so a page that is already valid costs no copy.
struct Edits<'a> {
    html: &'a str,
    out: Option<String>,
    copied: usize,
}

impl<'a> Edits<'a> {
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.html.len()));
        out.push_str(&self.html[self.copied..start]);
        out.push_str(with);
        self.copied = end;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.out {
            None => Cow::Borrowed(self.html),
            Some(mut out) => {
                out.push_str(&self.html[self.copied..]);
                Cow::Owned(out)
            }
        }
    }
}

/// `<!>` markers dropped outside islands and written as `<!---->` inside them, and
/// `crossorigin` attributes with an invalid value written with none.
fn valid_markup(html: &str) -> Cow<'_, str> {
    let mut edits = Edits {
        html,
        out: None,
        copied: 0,
    };
    let mut island_depth = 0usize;
    let mut position = 0;
    while let Some(offset) = html[position..].find('<') {
        let start = position + offset;
        let rest = &html[start..];
        if rest.starts_with(MARKER) {
            let replacement = if island_depth == 0 { "" } else { VALID_MARKER };
            edits.replace(start, start + MARKER.len(), replacement);
            position = start + MARKER.len();
        } else if rest.starts_with("<!--") {
            position = start + rest.find("-->").map_or(rest.len(), |end| end + "-->".len());
        } else if let Some(after) = rest.strip_prefix("</") {
            if tag_name(after).eq_ignore_ascii_case(ISLAND) {
                island_depth = island_depth.saturating_sub(1);
            }
            position = start + rest.find('>').map_or(rest.len(), |end| end + 1);
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            position = start + rest.find('>').map_or(rest.len(), |end| end + 1);
        } else {
            let name = tag_name(&rest[1..]);
            if name.is_empty() {
                position = start + 1;
                continue;
            }
            let tag = read_start_tag(rest, name.len() + 1);
            if let Some(attribute) = tag.invalid_crossorigin {
                edits.replace(
                    start + attribute.start,
                    start + attribute.end,
                    "crossorigin",
                );
            }
            position = start + tag.end;
            if name.eq_ignore_ascii_case(ISLAND) && !tag.self_closing {
                island_depth += 1;
            }
            // Their text is not markup: skip it whole, up to the end tag.
            if name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style") {
                position = end_tag(html, position, name).unwrap_or(html.len());
            }
        }
    }
    edits.finish()
}

/// Where `</name` next starts in `html`, from `from`, in any case.
fn end_tag(html: &str, from: usize, name: &str) -> Option<usize> {
    let mut at = from;
    while let Some(offset) = html[at..].find("</") {
        let start = at + offset;
        let after = &html[start + 2..];
        if after.len() >= name.len()
            && after.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return Some(start);
        }
        at = start + 2;
    }
    None
}

/// The tag name at the start of `text` (after `<` or `</`).
fn tag_name(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(text.len());
    &text[..end]
}

struct StartTag {
    /// Just after the closing `>`.
    end: usize,
    self_closing: bool,
    /// Where `crossorigin="…"` with a value HTML does not allow is, in the tag.
    invalid_crossorigin: Option<std::ops::Range<usize>>,
}

/// Reads the attributes of the start tag at the beginning of `tag`, from `from` (just after its
/// name), minding quotes: a quoted value may hold `>`.
fn read_start_tag(tag: &str, from: usize) -> StartTag {
    let bytes = tag.as_bytes();
    let mut at = from;
    let mut invalid_crossorigin = None;
    loop {
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        match bytes.get(at) {
            None => {
                return StartTag {
                    end: tag.len(),
                    self_closing: false,
                    invalid_crossorigin,
                }
            }
            Some(b'>') => {
                return StartTag {
                    end: at + 1,
                    self_closing: false,
                    invalid_crossorigin,
                }
            }
            Some(b'/') if bytes.get(at + 1) == Some(&b'>') => {
                return StartTag {
                    end: at + 2,
                    self_closing: true,
                    invalid_crossorigin,
                }
            }
            Some(b'/') => {
                at += 1;
                continue;
            }
            Some(_) => {}
        }
        let name_start = at;
        while at < bytes.len() && !matches!(bytes[at], b'=' | b'>' | b'/') {
            if bytes[at].is_ascii_whitespace() {
                break;
            }
            at += 1;
        }
        let name = &tag[name_start..at];
        if bytes.get(at) != Some(&b'=') {
            continue;
        }
        at += 1;
        let (value, value_end) = match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                let close = tag[at + 1..]
                    .find(quote as char)
                    .map_or(tag.len(), |end| at + 1 + end);
                (&tag[at + 1..close], (close + 1).min(tag.len()))
            }
            _ => {
                let end = tag[at..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .map_or(tag.len(), |end| at + end);
                (&tag[at..end], end)
            }
        };
        if name.eq_ignore_ascii_case("crossorigin")
            && !["", "anonymous", "use-credentials"]
                .iter()
                .any(|allowed| value.eq_ignore_ascii_case(allowed))
        {
            invalid_crossorigin = Some(name_start..value_end);
        }
        at = value_end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_scripts_are_dropped_from_plain_pages() {
        let page = "<!DOCTYPE html><html><body>hi</body></html><script nonce=\"n\">__RESOLVED_RESOURCES=[];</script><script>__INCOMPLETE_CHUNKS=[];</script>";
        assert_eq!(
            finished_page(page),
            "<!DOCTYPE html><html><body>hi</body></html>"
        );
    }

    #[test]
    fn on_island_pages_they_move_inside_the_body_with_their_nonce() {
        let page = "<!DOCTYPE html><html><body><leptos-island data-component=\"x\"><p>a</p></leptos-island></body></html><script nonce=\"n\">__RESOLVED_RESOURCES=[];</script><script nonce=\"n\">__INCOMPLETE_CHUNKS=[];</script>";
        assert_eq!(
            finished_page(page),
            "<!DOCTYPE html><html><body><leptos-island data-component=\"x\"><p>a</p></leptos-island><script nonce=\"n\">__RESOLVED_RESOURCES=[];</script><script nonce=\"n\">__INCOMPLETE_CHUNKS=[];</script></body></html>"
        );
    }

    #[test]
    fn anything_else_after_the_document_is_left_alone() {
        let page = "<html></html><p>odd</p>";
        assert_eq!(finished_page(page), page);
        assert_eq!(finished_page("<html></html>"), "<html></html>");
        assert_eq!(finished_page("no document"), "no document");
    }

    #[test]
    fn markers_go_outside_islands_and_become_valid_comments_inside() {
        let page = "<html><body><p>a<!>b</p><!><leptos-island data-component=\"x\"><p>c<!>d</p><leptos-island><!></leptos-island><!></leptos-island><!><p>e</p></body></html>";
        assert_eq!(
            finished_page(page),
            "<html><body><p>ab</p><leptos-island data-component=\"x\"><p>c<!---->d</p><leptos-island><!----></leptos-island><!----></leptos-island><p>e</p></body></html>"
        );
    }

    #[test]
    fn text_attributes_comments_and_scripts_are_never_changed() {
        // What a person types is escaped, so `<!>` in text arrives as `&lt;!&gt;`; an
        // attribute value may hold `<!>` and `>`; scripts and styles are not markup.
        let page = "<html><body><p title=\"a<!>b > crossorigin='x'\">&lt;!&gt; crossorigin=\"x\"</p><!-- <!> --><script nonce=\"n\">let a = \"<!>\";</script><style>p::after{content:\"<!>\"}</style><textarea name=\"t\">crossorigin=\"n\"</textarea></body></html>";
        assert_eq!(finished_page(page), page);
        assert!(matches!(finished_page(page), Cow::Borrowed(_)));
    }

    #[test]
    fn a_nonce_as_crossorigin_becomes_a_bare_crossorigin() {
        let head = "<head><link rel=\"modulepreload\" href=\"/pkg/x.js\" crossorigin=\"Qgv1AW-_x\"><link rel=\"preload\" href=\"/pkg/x.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"Qgv1AW-_x\"><script type=\"module\" nonce=\"Qgv1AW-_x\">go()</script></head>";
        assert_eq!(
            valid_markup(head),
            "<head><link rel=\"modulepreload\" href=\"/pkg/x.js\" crossorigin><link rel=\"preload\" href=\"/pkg/x.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin><script type=\"module\" nonce=\"Qgv1AW-_x\">go()</script></head>"
        );
        for valid in [
            "<link crossorigin>",
            "<link crossorigin=\"\">",
            "<link crossorigin=\"anonymous\">",
            "<img crossorigin='use-credentials' />",
        ] {
            assert_eq!(valid_markup(valid), valid);
        }
        assert_eq!(
            valid_markup("<img crossorigin=x alt=\"\">"),
            "<img crossorigin alt=\"\">"
        );
    }

    #[test]
    fn unfinished_markup_does_not_panic() {
        for page in [
            "<",
            "<!",
            "<!-",
            "<!--",
            "</",
            "<p",
            "<p a",
            "<p a=",
            "<p a=\"",
            "<p a='x",
            "<script>",
            "<script>x</scr",
            "<leptos-island",
            "</leptos-island",
            "<p/",
            "<<>",
        ] {
            let _ = finished_page(page);
        }
    }
}
