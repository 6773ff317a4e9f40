//! No English left: every page, in both versions, every form state and every error page,
//! rendered in Welsh, Polish and Somali, shows none of the words the same page shows in English
//! (apart from names that are the same in every language). A message a translation lacks would
//! fall back to English and fail here, as would words written into the Rust code.

use std::collections::BTreeSet;

use axum::{body::Body, http::Request, Router};
use http::{header, Method};

use crate::{
    content::PAGES,
    i18n::LANGUAGES,
    paths::{SitePath, Version},
    server::{
        profile::{EXAMPLE_ENGLAND, EXAMPLE_WALES},
        test_support::{post_form, send, test_router, unescape_html},
    },
};

const ANSWERS: &[(&str, &str)] = &[
    ("parent-name", "Ann Example"),
    ("child-names", "Sam"),
    ("going-well", "Sam laughs a lot."),
];

/// Words that are the same in every language: names of services, laws and guidance (kept in
/// English so a parent can find them, with a translation beside them), and the answers the
/// test typed. Each is a whole piece of text on a page.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "Childline",
    "Working Together to Safeguard Children",
    "Working Together to Safeguard People",
    "Wales Safeguarding Procedures",
    "Signs of Safety",
    "Social Services and Well-being (Wales) Act 2014",
    "Sam laughs a lot.",
    "Ann Example",
];

/// English a translation shows on purpose: the Polish guide names the English term a parent
/// will see on their letters, next to the Polish.
const TEACHING_THE_ENGLISH_TERM: &[(&str, &str)] = &[("pl", "initial conference")];

/// One request: what to ask for at a path of some language.
#[derive(Clone)]
enum Ask {
    Get,
    Post(&'static [(&'static str, &'static str)]),
    /// A request that gets an error page: method, content type, extra header, body.
    Raw(
        Method,
        &'static str,
        Option<(&'static str, &'static str)>,
        &'static [u8],
    ),
}

/// Every kind of page: (path after the language, how to ask for it).
fn routes() -> Vec<(String, Ask)> {
    let mut routes = Vec::new();
    for page in PAGES {
        routes.push((page.slug.to_owned(), Ask::Get));
        routes.push((format!("easy/{}", page.slug), Ask::Get));
    }
    for form in ["report", "child-views", "dates", "writing-your-views"] {
        routes.push((form.to_owned(), Ask::Get));
    }
    routes.extend([
        // The questions with errors, the check page, the PDF address opened by GET, the sent
        // page, the dates worked out.
        ("report".to_owned(), Ask::Post(&[("going-well", "x")])),
        ("report".to_owned(), Ask::Post(ANSWERS)),
        ("report/pdf".to_owned(), Ask::Get),
        ("report/send".to_owned(), Ask::Post(ANSWERS)),
        (
            "dates".to_owned(),
            Ask::Post(&[
                ("conference-day", "5"),
                ("conference-month", "3"),
                ("conference-year", "2026"),
                ("conference-kind", "initial"),
            ]),
        ),
        ("child-views".to_owned(), Ask::Post(&[("screen", "who")])),
        // Error pages: 404, 405, 400, 403, 413, 415.
        ("no-such-page".to_owned(), Ask::Get),
        (
            "start-here".to_owned(),
            Ask::Raw(Method::PUT, "", None, b""),
        ),
        (
            "report".to_owned(),
            Ask::Raw(
                Method::POST,
                "application/x-www-form-urlencoded",
                None,
                b"a=%FF",
            ),
        ),
        (
            "report".to_owned(),
            Ask::Raw(
                Method::POST,
                "application/x-www-form-urlencoded",
                Some(("sec-fetch-site", "cross-site")),
                b"a=1",
            ),
        ),
        (
            "report".to_owned(),
            Ask::Raw(
                Method::POST,
                "application/x-www-form-urlencoded",
                None,
                &[b'a'; 600_000],
            ),
        ),
        (
            "report".to_owned(),
            Ask::Raw(Method::POST, "text/plain", None, b"a=1"),
        ),
    ]);
    routes
}

async fn fetch(router: &Router, path: &str, ask: Ask) -> String {
    let (builder, body, headers): (_, Vec<u8>, Vec<(&str, &str)>) = match ask {
        Ask::Get => (Request::get(path), Vec::new(), vec![]),
        Ask::Post(pairs) => {
            let (_, _, bytes) = post_form(router, path, pairs).await;
            return String::from_utf8(bytes).expect("pages are UTF-8");
        }
        Ask::Raw(method, content_type, extra, body) => (
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::CONTENT_TYPE, content_type),
            body.to_vec(),
            extra.into_iter().collect(),
        ),
    };
    let (_, _, bytes) = send(router, builder, &headers, Body::from(body)).await;
    String::from_utf8(bytes).expect("pages are UTF-8")
}

/// The pieces of text a person sees or hears: text between tags (not in scripts or styles), the
/// title, and the words in `aria-label`, `alt` and `title` attributes.
fn visible_text(html: &str) -> BTreeSet<String> {
    let mut pieces = BTreeSet::new();
    let mut rest = html;
    let mut skipping: Option<&str> = None;
    while let Some(open) = rest.find('<') {
        if skipping.is_none() {
            pieces.insert(unescape_html(&rest[..open]));
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name = tag
            .split([' ', '/'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match (skipping, name.as_str()) {
            (None, "script" | "style") => {
                skipping = Some(if name == "script" {
                    "/script"
                } else {
                    "/style"
                })
            }
            (Some(end), found) if format!("/{found}") == end || tag.starts_with(end) => {
                skipping = None
            }
            _ => {}
        }
        for attribute in ["aria-label=\"", "alt=\"", "title=\""] {
            for value in tag.split(attribute).skip(1) {
                if let Some(end) = value.find('"') {
                    pieces.insert(unescape_html(&value[..end]));
                }
            }
        }
        rest = &rest[open + close + 1..];
    }
    pieces
        .into_iter()
        .map(|piece| piece.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|piece| piece.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect()
}

/// Text that is the same in English and a translation for a good reason.
fn same_everywhere(code: &str, piece: &str, profile_values: &[String]) -> bool {
    SAME_IN_EVERY_LANGUAGE.contains(&piece)
        || TEACHING_THE_ENGLISH_TERM.contains(&(code, piece))
        // The language picker names each language in itself on every page.
        || LANGUAGES
            .iter()
            .any(|language| piece == crate::i18n::message(language, "language-name", None))
        || profile_values.iter().any(|value| piece == value)
        || piece.contains('@')
        || piece.starts_with("https://")
}

#[tokio::test]
async fn every_page_in_every_language_and_version_shows_no_english() {
    let mut found = Vec::new();
    let mut checked = 0;
    for profile_text in [EXAMPLE_ENGLAND, EXAMPLE_WALES] {
        let router = test_router(profile_text);
        let profile = crate::server::profile::parse("test", profile_text).expect("valid");
        let profile_values = vec![profile.council.name.clone(), profile.chair.email.clone()];
        for (rest, ask) in routes() {
            let english = visible_text(&fetch(&router, &format!("/en/{rest}"), ask.clone()).await);
            for language in &LANGUAGES[1..] {
                let path = format!("/{}/{rest}", language.code);
                let page = fetch(&router, &path, ask.clone()).await;
                assert!(
                    page.contains(&format!("<html lang=\"{}\"", language.code)),
                    "{path}"
                );
                checked += 1;
                for piece in visible_text(&page).intersection(&english) {
                    if !same_everywhere(language.code, piece, &profile_values) {
                        found.push(format!("{path}: {piece:?}"));
                    }
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "{} pieces of English on translated pages (of {checked} pages):\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The check above sees English: an English page against itself finds every piece.
#[tokio::test]
async fn the_english_check_would_see_a_page_left_in_english() {
    let router = test_router(EXAMPLE_ENGLAND);
    let english = SitePath::page_in(&LANGUAGES[0], Version::EasyRead, "on-the-day").href();
    let text = visible_text(&fetch(&router, &english, Ask::Get).await);
    assert!(text.len() > 20, "{text:?}");
    assert!(
        text.iter().any(|piece| piece.contains("conference")),
        "{text:?}"
    );
}
