//! Languages, their Fluent messages, and the one lookup used by every page.
//!
//! The `.ftl` files are built into the binary, so a deployment cannot start with a message
//! missing; `tests` below prove every locale has every message the English source has.

use std::sync::{Arc, LazyLock};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::profile::AuthorityProfile;

/// One language the site is published in.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 code, used in URLs (`/{code}/…`) and in `<html lang>`.
    pub code: &'static str,
    /// The Fluent files, in load order: (file name, contents).
    sources: &'static [(&'static str, &'static str)],
}

macro_rules! locale_files {
    ($code:literal: $($file:literal),+ $(,)?) => {
        &[$(($file, include_str!(concat!("../locales/", $code, "/", $file)))),+]
    };
}

/// A language and its files: every language has the same six.
macro_rules! language {
    ($code:literal) => {
        Language {
            code: $code,
            sources: locale_files!($code: "common.ftl", "guide.ftl", "easy.ftl", "report.ftl", "dates.ftl", "child-views.ftl"),
        }
    };
}

/// Every published language. English is first and is the source the others are checked against.
/// A language is added here only when each of its files is complete.
pub static LANGUAGES: &[Language] = &[
    language!("en"),
    language!("cy"),
    language!("pl"),
    language!("so"),
];

/// The language every other one falls back to, and the one the site opens in when the
/// browser asks for nothing we have.
pub fn default_language() -> &'static Language {
    &LANGUAGES[0]
}

/// The language a path starts with (`/cy/…`), or the default when it names none we publish.
pub fn language_in_path(path: &str) -> &'static Language {
    path.split('/')
        .nth(1)
        .and_then(language)
        .unwrap_or_else(default_language)
}

/// The published language with this URL code.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|language| language.code == code)
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Language {}

struct LoadedLanguage {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
}

static BUNDLES: LazyLock<Vec<LoadedLanguage>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|language| LoadedLanguage {
            code: language.code,
            bundle: load_bundle(language),
        })
        .collect()
});

fn load_bundle(language: &Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language
        .code
        .parse()
        .expect("every language code in LANGUAGES is a valid BCP 47 tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks help right-to-left text, but none of our languages is, and the
    // invisible characters would end up in copied text and in the PDF.
    bundle.set_use_isolating(false);
    for (file, source) in language.sources {
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(_, errors)| {
                panic!(
                    "locales/{}/{file} does not parse: {errors:?}",
                    language.code
                )
            });
        bundle.add_resource(resource).unwrap_or_else(|errors| {
            panic!(
                "locales/{}/{file} repeats a message id: {errors:?}",
                language.code
            )
        });
    }
    bundle
}

fn bundle_for(code: &str) -> &'static FluentBundle<FluentResource> {
    let bundles = &*BUNDLES;
    &bundles
        .iter()
        .find(|loaded| loaded.code == code)
        .unwrap_or(&bundles[0])
        .bundle
}

/// The text of message `id` in `language`, formatted with `args`. A message missing from a
/// translation falls back to English; a message missing everywhere shows its id, which the
/// tests make sure never happens.
pub fn message(language: &Language, id: &str, args: Option<&FluentArgs>) -> String {
    for bundle in [
        bundle_for(language.code),
        bundle_for(default_language().code),
    ] {
        if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            return text.into_owned();
        }
    }
    id.to_owned()
}

/// The ids of every message (not terms) in a language's files: for the completeness tests.
pub fn message_ids(language: &Language) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    language
        .sources
        .iter()
        .flat_map(|(_, source)| {
            let resource =
                fluent_syntax::parser::parse(*source).unwrap_or_else(|(resource, _)| resource);
            resource
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    Entry::Message(message) => Some(message.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// What a page needs to turn message ids into words: the reader's language and the council's
/// profile, whose names and timescales every guide message may use.
#[derive(Clone, Debug)]
pub struct Messages {
    pub language: &'static Language,
    pub profile: Arc<AuthorityProfile>,
}

impl Messages {
    pub fn text(&self, id: &str) -> String {
        message(self.language, id, Some(&self.profile.fluent_args()))
    }

    /// A message with arguments of its own as well as the profile's. Numbers stay numbers,
    /// so plural selectors work.
    pub fn text_with(&self, id: &str, extra: Vec<(&'static str, FluentValue<'static>)>) -> String {
        let mut args = self.profile.fluent_args();
        for (name, value) in extra {
            args.set(name, value);
        }
        message(self.language, id, Some(&args))
    }
}

impl Messages {
    /// Words about the conference chair: `shown_id` with the chair's address as `$address`
    /// when the profile lets the site show it, otherwise `hidden_id`.
    pub fn about_the_chair(&self, shown_id: &str, hidden_id: &str) -> String {
        let chair = &self.profile.chair;
        if chair.show_address {
            self.text_with(shown_id, vec![("address", chair.email.clone().into())])
        } else {
            self.text(hidden_id)
        }
    }
}

/// Fluent ids of the month names, January first.
const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

impl Messages {
    /// The words for each month in this language, January first: what a parent may type in a
    /// date's month box. Each month's name, and the word a long date uses for it where that
    /// differs (Polish writes "10 grudnia" for December, "grudzień").
    pub fn month_words(&self) -> Vec<Vec<String>> {
        (1..=12)
            .zip(MONTHS)
            .map(|(number, id)| {
                let name = self.text(id);
                let in_a_date = self.month_in_a_long_date(number, &name);
                let mut words = vec![name];
                if !in_a_date.is_empty() && !words.contains(&in_a_date) {
                    words.push(in_a_date);
                }
                words
            })
            .collect()
    }

    /// The month's word in `date-long`: the date written for the 1st of the month, without
    /// the day and year.
    fn month_in_a_long_date(&self, number: u32, name: &str) -> String {
        let date = self.text_with(
            "date-long",
            vec![
                ("day", 1.into()),
                ("month", name.to_owned().into()),
                ("month_number", number.into()),
                ("year", 2000.into()),
            ],
        );
        date.split_whitespace()
            .filter(|word| !word.chars().any(|ch| ch.is_ascii_digit()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// "3 December 2026", in the reader's language.
    pub fn long_date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = MONTHS[date.month0() as usize];
        self.text_with(
            "date-long",
            vec![
                ("day", date.day().into()),
                ("month", self.text(month).into()),
                ("month_number", date.month().into()),
                ("year", date.year().into()),
            ],
        )
    }
}

/// Fluent ids of the weekday names, Monday first.
const WEEKDAYS: [&str; 7] = [
    "weekday-1",
    "weekday-2",
    "weekday-3",
    "weekday-4",
    "weekday-5",
    "weekday-6",
    "weekday-7",
];

impl Messages {
    /// "Thursday 3 December 2026", in the reader's language (its own names and word order).
    pub fn weekday_date(&self, date: chrono::NaiveDate) -> String {
        self.weekday_date_as("date-long-weekday", date)
    }

    /// The same date after "on" in a sentence: "on Thursday 3 December 2026", Welsh "ddydd
    /// Iau …", Polish "w czwartek …".
    pub fn weekday_date_after_on(&self, date: chrono::NaiveDate) -> String {
        self.weekday_date_as("date-long-weekday-on", date)
    }

    fn weekday_date_as(&self, id: &str, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let number = date.weekday().number_from_monday();
        self.text_with(
            id,
            vec![
                ("weekday", self.text(WEEKDAYS[number as usize - 1]).into()),
                ("weekday_number", number.into()),
                ("date", self.long_date(date).into()),
            ],
        )
    }
}

/// The `Messages` the shell provided for this request.
pub fn use_messages() -> Messages {
    leptos::prelude::expect_context::<Messages>()
}

/// Formatting errors for a message (a missing argument, an unknown term): for tests.
pub fn format_errors(language: &Language, id: &str, args: Option<&FluentArgs>) -> Vec<String> {
    let bundle = bundle_for(language.code);
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        return vec![format!("no message {id}")];
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors);
    errors.into_iter().map(|error| error.to_string()).collect()
}

/// The language a council's site opens in when nothing else says: the profile's
/// `first_language` (a Welsh council may put Welsh first), or English.
pub fn first_language(profile: &AuthorityProfile) -> &'static Language {
    profile
        .first_language
        .as_deref()
        .and_then(language)
        .unwrap_or_else(default_language)
}

/// Every published language in the order the language picker lists them: the profile's
/// first language, then the rest in their usual order.
pub fn languages_in_order(profile: &AuthorityProfile) -> Vec<&'static Language> {
    let first = first_language(profile);
    std::iter::once(first)
        .chain(LANGUAGES.iter().filter(|language| *language != first))
        .collect()
}

/// The language `/` opens in: the one the person chose here before (the `language` cookie),
/// then the best match for the browser's `Accept-Language`, then the profile's first language.
pub fn choose_language(
    remembered: Option<&str>,
    accept_language: &str,
    profile: &AuthorityProfile,
) -> &'static Language {
    remembered
        .and_then(language)
        .or_else(|| negotiate(accept_language))
        .unwrap_or_else(|| first_language(profile))
}

/// The best published language for an `Accept-Language` header, if it asks for any of ours.
pub fn negotiate(accept_language: &str) -> Option<&'static Language> {
    use fluent_langneg::{negotiate_languages, parse_accepted_languages, NegotiationStrategy};
    let requested = parse_accepted_languages(accept_language);
    let available: Vec<LanguageIdentifier> = LANGUAGES
        .iter()
        .filter_map(|language| language.code.parse().ok())
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen.first().and_then(|id| language(&id.to_string()))
}

#[cfg(test)]
mod completeness_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_language_file_parses_without_junk() {
        for language in LANGUAGES {
            for (file, source) in language.sources {
                if let Err((_, errors)) = fluent_syntax::parser::parse(*source) {
                    panic!("locales/{}/{file}: {errors:?}", language.code);
                }
            }
        }
    }

    #[test]
    fn every_language_has_exactly_the_english_messages() {
        let english: BTreeSet<String> = message_ids(default_language()).into_iter().collect();
        for language in LANGUAGES {
            let ids: BTreeSet<String> = message_ids(language).into_iter().collect();
            let missing: Vec<_> = english.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", language.code);
            assert!(
                extra.is_empty(),
                "{} has unknown ids {extra:?}",
                language.code
            );
        }
    }

    #[test]
    fn no_message_id_is_defined_twice() {
        for language in LANGUAGES {
            let ids = message_ids(language);
            let unique: BTreeSet<_> = ids.iter().collect();
            assert_eq!(ids.len(), unique.len(), "{} repeats an id", language.code);
        }
    }

    #[test]
    fn a_missing_message_shows_its_id_rather_than_nothing() {
        assert_eq!(
            message(default_language(), "no-such-message", None),
            "no-such-message"
        );
    }

    fn profile_first(code: Option<&str>) -> AuthorityProfile {
        let mut profile = crate::profile::tests::example_england();
        profile.first_language = code.map(str::to_owned);
        profile
    }

    #[test]
    fn negotiation_finds_only_languages_we_publish() {
        assert_eq!(negotiate(""), None);
        assert_eq!(negotiate("fr-FR, de;q=0.5"), None);
        assert_eq!(negotiate("garbage;;;q=zz,,"), None);
        assert_eq!(negotiate("en-GB,en;q=0.9").map(|l| l.code), Some("en"));
    }

    #[test]
    fn the_start_language_is_the_cookie_then_the_browser_then_the_profile() {
        let english_first = profile_first(None);
        fn code(cookie: Option<&str>, accept: &str, profile: &AuthorityProfile) -> &'static str {
            choose_language(cookie, accept, profile).code
        }
        assert_eq!(code(None, "", &english_first), "en");
        assert_eq!(code(None, "fr", &english_first), "en");
        assert_eq!(code(Some("nonsense"), "", &english_first), "en");
        for other in LANGUAGES.iter().skip(1) {
            let first = profile_first(Some(other.code));
            assert_eq!(code(None, "fr", &first), other.code, "profile first");
            assert_eq!(code(None, "en-GB", &first), "en", "browser before profile");
            assert_eq!(
                code(Some(other.code), "en-GB", &english_first),
                other.code,
                "cookie first"
            );
            assert_eq!(
                code(
                    None,
                    &format!("de, {}-GB;q=0.8", other.code),
                    &english_first
                ),
                other.code
            );
            assert_eq!(languages_in_order(&first)[0].code, other.code);
            assert_eq!(languages_in_order(&first).len(), LANGUAGES.len());
        }
    }
}
