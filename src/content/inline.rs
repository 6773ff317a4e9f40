//! The links a guide message may contain: `[words](glossary:ANCHOR)`, `[words](page:SLUG)` and
//! `[words](easy:SLUG)` (a page's easy-read version, whichever version links to it); and
//! `**words**`, a hard word shown in bold. Anything else, including a bracket that is not one
//! of these, is text.

use crate::{
    i18n::Language,
    paths::{SitePath, Version},
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// A hard word, in bold (easy read puts its meaning next to it).
    Strong(&'a str),
    Link {
        words: &'a str,
        target: LinkTarget<'a>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget<'a> {
    Glossary(&'a str),
    Page(&'a str),
    /// A page's easy-read version, from either version.
    EasyPage(&'a str),
}

impl LinkTarget<'_> {
    /// The path the link goes to, in the reader's language and the version they are reading.
    pub fn href(&self, language: &'static Language, version: Version) -> String {
        match self {
            LinkTarget::Glossary(anchor) => {
                SitePath::page_in(language, version, GLOSSARY_SLUG).href_to(anchor)
            }
            LinkTarget::Page(slug) => SitePath::page_in(language, version, slug).href(),
            LinkTarget::EasyPage(slug) => {
                SitePath::page_in(language, Version::EasyRead, slug).href()
            }
        }
    }
}

/// The glossary's page, which `[words](glossary:ANCHOR)` links point into.
pub const GLOSSARY_SLUG: &str = "glossary";

/// Splits a formatted message into text, bold words and links.
pub fn parse(text: &str) -> Vec<Segment<'_>> {
    parse_links(text)
        .into_iter()
        .flat_map(|segment| match segment {
            Segment::Text(text) => bold_words(text),
            other => vec![other],
        })
        .collect()
}

/// Splits text at `**` pairs; a `**` without its partner stays text.
fn bold_words(text: &str) -> Vec<Segment<'_>> {
    let mut segments = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("**") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("**").filter(|close| *close > 0) else {
            break;
        };
        if open > 0 {
            segments.push(Segment::Text(&rest[..open]));
        }
        segments.push(Segment::Strong(&after[..close]));
        rest = &after[close + 2..];
    }
    if !rest.is_empty() {
        segments.push(Segment::Text(rest));
    }
    segments
}

fn parse_links(text: &str) -> Vec<Segment<'_>> {
    let mut segments = Vec::new();
    let mut rest = text;
    let mut plain_start = 0;
    let mut offset = 0;
    while let Some(open) = rest.find('[') {
        let candidate = &rest[open..];
        if let Some((words, target, length)) = link_at(candidate) {
            let absolute = offset + open;
            if absolute > plain_start {
                segments.push(Segment::Text(&text[plain_start..absolute]));
            }
            segments.push(Segment::Link { words, target });
            plain_start = absolute + length;
            offset = plain_start;
            rest = &text[plain_start..];
        } else {
            offset += open + 1;
            rest = &text[offset..];
        }
    }
    if plain_start < text.len() {
        segments.push(Segment::Text(&text[plain_start..]));
    }
    segments
}

/// A link starting at the `[` that begins `text`: its words, target and length in bytes.
fn link_at(text: &str) -> Option<(&str, LinkTarget<'_>, usize)> {
    let close = text.find("](")?;
    let words = &text[1..close];
    if words.is_empty() || words.contains(['[', ']']) {
        return None;
    }
    let after = &text[close + 2..];
    let end = after.find(')')?;
    let target = &after[..end];
    let target = if let Some(anchor) = target.strip_prefix("glossary:") {
        LinkTarget::Glossary(anchor)
    } else if let Some(slug) = target.strip_prefix("page:") {
        LinkTarget::Page(slug)
    } else if let Some(slug) = target.strip_prefix("easy:") {
        LinkTarget::EasyPage(slug)
    } else {
        return None;
    };
    let name = match target {
        LinkTarget::Glossary(name) | LinkTarget::Page(name) | LinkTarget::EasyPage(name) => name,
    };
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return None;
    }
    Some((words, target, close + 2 + end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_words_are_found_and_a_lone_marker_is_text() {
        assert_eq!(
            parse("A **minute** is a record. Say [**no**](page:complaints)."),
            vec![
                Segment::Text("A "),
                Segment::Strong("minute"),
                Segment::Text(" is a record. Say "),
                Segment::Link {
                    words: "**no**",
                    target: LinkTarget::Page("complaints")
                },
                Segment::Text("."),
            ]
        );
        assert_eq!(parse("2 ** 3"), vec![Segment::Text("2 ** 3")]);
        assert_eq!(parse("****"), vec![Segment::Text("****")]);
    }

    #[test]
    fn an_easy_link_goes_to_easy_read_from_either_version() {
        let english = crate::i18n::default_language();
        for version in [Version::Standard, Version::EasyRead] {
            assert_eq!(
                LinkTarget::EasyPage("writing-your-views").href(english, version),
                "/en/easy/writing-your-views"
            );
        }
    }

    #[test]
    fn plain_text_is_one_segment() {
        assert_eq!(parse("Hello there."), vec![Segment::Text("Hello there.")]);
        assert_eq!(parse(""), Vec::<Segment>::new());
    }

    #[test]
    fn links_are_found_between_text() {
        assert_eq!(
            parse(
                "Your [core group](glossary:core-group) meets. See [complaints](page:complaints)."
            ),
            vec![
                Segment::Text("Your "),
                Segment::Link {
                    words: "core group",
                    target: LinkTarget::Glossary("core-group")
                },
                Segment::Text(" meets. See "),
                Segment::Link {
                    words: "complaints",
                    target: LinkTarget::Page("complaints")
                },
                Segment::Text("."),
            ]
        );
    }

    #[test]
    fn brackets_that_are_not_our_links_stay_text() {
        for text in [
            "a [note] here",
            "[x](https://evil.example)",
            "[x](page:Bad Slug)",
            "[](page:a)",
            "[x](page:",
            "[[x](page:a)",
        ] {
            let joined: String = parse(text)
                .iter()
                .map(|segment| match segment {
                    Segment::Text(text) => (*text).to_owned(),
                    Segment::Strong(words) => format!("**{words}**"),
                    Segment::Link { words, .. } => format!("<{words}>"),
                })
                .collect();
            if text == "[[x](page:a)" {
                assert_eq!(joined, "[<x>");
            } else {
                assert_eq!(joined, text, "{text}");
            }
        }
    }

    #[test]
    fn hrefs_keep_the_language_and_the_version() {
        let english = crate::i18n::default_language();
        assert_eq!(
            LinkTarget::Glossary("core-group").href(english, Version::Standard),
            "/en/glossary#core-group"
        );
        assert_eq!(
            LinkTarget::Page("complaints").href(english, Version::EasyRead),
            "/en/easy/complaints"
        );
    }
}
