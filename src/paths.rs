//! Every address of the site, read and written in one place: `/{lang}`, `/{lang}/{slug}`,
//! `/{lang}/easy/{slug}` and a form's steps, `/{lang}/{form}/pdf`, `/{lang}/{form}/send` and
//! `/{lang}/{form}/calendar`.
//! Links, the language picker, the page cache and the handlers all go through `SitePath`, so
//! no other code builds or splits a path. Which slugs exist is not this module's business:
//! `site::resolve` looks them up.

use crate::i18n::{self, Language};

/// The page every language starts on.
pub const START_SLUG: &str = "start-here";
/// The path segment that marks the easy-read version of a page.
const EASY_READ_SEGMENT: &str = "easy";

/// Which version of a guide page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Version {
    Standard,
    EasyRead,
}

/// A form's address after its slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormStep {
    /// `/{lang}/{form}`: the questions, and where they post.
    Questions,
    /// `/{lang}/{form}/pdf`: Download PDF.
    Pdf,
    /// `/{lang}/{form}/send`: Send to the conference chair.
    Send,
    /// `/{lang}/{form}/calendar`: the result's calendar file, for a form that ends in a result.
    Calendar,
}

impl FormStep {
    fn segment(self) -> Option<&'static str> {
        match self {
            FormStep::Questions => None,
            FormStep::Pdf => Some("pdf"),
            FormStep::Send => Some("send"),
            FormStep::Calendar => Some("calendar"),
        }
    }
}

/// What follows the language in a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// `/{lang}` alone.
    LanguageHome,
    /// A guide page or a form's questions (`site::resolve` tells which): `/{lang}/{slug}`,
    /// or `/{lang}/easy/{slug}` for easy read.
    Page { version: Version, slug: String },
    /// A form's PDF or send address.
    FormAction { form: String, step: FormStep },
}

/// An address of the site, in a published language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitePath {
    pub language: &'static Language,
    pub place: Place,
}

impl SitePath {
    /// Reads a path. `None` for any path that is not one of ours: an unpublished or
    /// differently written language (`/EN/…`), empty segments, more segments than we use.
    pub fn parse(path: &str) -> Option<SitePath> {
        let rest = path.strip_prefix('/')?;
        let rest = rest
            .strip_suffix('/')
            .filter(|_| !rest.contains("//"))
            .unwrap_or(rest);
        let segments: Vec<&str> = rest.split('/').collect();
        let language = i18n::language(segments.first()?)?;
        let ok = |segment: &&str| is_slug(segment);
        let place = match segments[1..] {
            [] => Place::LanguageHome,
            [EASY_READ_SEGMENT, slug] if ok(&slug) => Place::Page {
                version: Version::EasyRead,
                slug: slug.to_owned(),
            },
            [slug] if ok(&slug) => Place::Page {
                version: Version::Standard,
                slug: slug.to_owned(),
            },
            [form, step] if ok(&form) => Place::FormAction {
                form: form.to_owned(),
                step: match step {
                    "pdf" => FormStep::Pdf,
                    "send" => FormStep::Send,
                    "calendar" => FormStep::Calendar,
                    _ => return None,
                },
            },
            _ => return None,
        };
        Some(SitePath { language, place })
    }

    /// A standard guide page, or a form's questions.
    pub fn page(language: &'static Language, slug: &str) -> SitePath {
        SitePath::page_in(language, Version::Standard, slug)
    }

    pub fn page_in(language: &'static Language, version: Version, slug: &str) -> SitePath {
        SitePath {
            language,
            place: Place::Page {
                version,
                slug: slug.to_owned(),
            },
        }
    }

    pub fn start(language: &'static Language) -> SitePath {
        SitePath::page(language, START_SLUG)
    }

    /// A form's address at a step.
    pub fn form(language: &'static Language, form: &str, step: FormStep) -> SitePath {
        match step {
            FormStep::Questions => SitePath::page(language, form),
            step => SitePath {
                language,
                place: Place::FormAction {
                    form: form.to_owned(),
                    step,
                },
            },
        }
    }

    /// The same place in another language.
    pub fn in_language(&self, language: &'static Language) -> SitePath {
        SitePath {
            language,
            place: self.place.clone(),
        }
    }

    /// The version of a guide page this path shows (standard for anything else).
    pub fn version(&self) -> Version {
        match self.place {
            Place::Page { version, .. } => version,
            _ => Version::Standard,
        }
    }

    /// The path, to put in a link.
    pub fn href(&self) -> String {
        let lang = self.language.code;
        match &self.place {
            Place::LanguageHome => format!("/{lang}"),
            Place::Page {
                version: Version::Standard,
                slug,
            } => format!("/{lang}/{slug}"),
            Place::Page {
                version: Version::EasyRead,
                slug,
            } => format!("/{lang}/{EASY_READ_SEGMENT}/{slug}"),
            Place::FormAction { form, step } => match step.segment() {
                Some(segment) => format!("/{lang}/{form}/{segment}"),
                None => format!("/{lang}/{form}"),
            },
        }
    }

    /// The path with `#fragment`, to link to a part of a page.
    pub fn href_to(&self, fragment: &str) -> String {
        format!("{}#{fragment}", self.href())
    }
}

/// Slugs are lower-case ASCII words joined by dashes: nothing a path could be tricked with.
fn is_slug(segment: &str) -> bool {
    !segment.is_empty()
        && segment.len() <= 64
        && segment
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> &'static Language {
        i18n::default_language()
    }

    #[test]
    fn paths_round_trip() {
        for path in [
            "/en",
            "/en/start-here",
            "/en/easy/start-here",
            "/en/report",
            "/en/report/pdf",
            "/en/report/send",
            "/en/dates/calendar",
        ] {
            let parsed = SitePath::parse(path).unwrap_or_else(|| panic!("{path}"));
            assert_eq!(parsed.href(), path);
        }
    }

    #[test]
    fn a_trailing_slash_reads_as_the_same_place() {
        assert_eq!(
            SitePath::parse("/en/"),
            Some(SitePath {
                language: english(),
                place: Place::LanguageHome
            })
        );
        assert_eq!(
            SitePath::parse("/en/glossary/"),
            Some(SitePath::page(english(), "glossary"))
        );
    }

    #[test]
    fn anything_else_is_not_ours() {
        for path in [
            "",
            "/",
            "/EN/report/pdf",
            "/zz/report/send",
            "/xx/start-here",
            "/en//start-here",
            "/en/start-here/more",
            "/en/easy/a/b",
            "/en/report/print",
            "/en/Start-Here",
            "/en/..%2fetc",
            "/en/%00",
            "/en/./start-here",
        ] {
            assert_eq!(SitePath::parse(path), None, "{path}");
        }
    }

    #[test]
    fn builders_write_every_kind_of_address() {
        let english = english();
        assert_eq!(SitePath::start(english).href(), "/en/start-here");
        assert_eq!(
            SitePath::page_in(english, Version::EasyRead, "glossary").href_to("core-group"),
            "/en/easy/glossary#core-group"
        );
        assert_eq!(
            SitePath::form(english, "report", FormStep::Questions).href(),
            "/en/report"
        );
        assert_eq!(
            SitePath::form(english, "report", FormStep::Send).href(),
            "/en/report/send"
        );
        let easy = SitePath::parse("/en/easy/glossary").expect("ours");
        assert_eq!(easy.version(), Version::EasyRead);
        assert_eq!(easy.in_language(english), easy);
    }
}
