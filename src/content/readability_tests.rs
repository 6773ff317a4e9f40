//! Plain words for frightened readers: every sentence of the standard guide and of the report
//! texts has at most 20 words, and the mean is at most 15. Easy read (UK easy-read practice) is
//! held to more: at most 15 words a sentence, and a mean of at most 10. Each English message is formatted
//! with both example profiles (England and Wales), so every `$nation` branch and every council
//! value is measured; inline-link markup is reduced to the words a reader sees.
//!
//! What counts as a sentence: every message is at least one (a heading, a list item or a button
//! is read as one), and inside a message a sentence ends at `.`, `?` or `!` followed by a space
//! or a new line. A word is anything between spaces with a letter or digit in it, so "0808",
//! "9.30am" and "childlawadvice.org.uk" are one word each.

use super::inline::{self, Segment};
use crate::{i18n, profile::AuthorityProfile};

const LONGEST_SENTENCE_WORDS: usize = 20;
const LONGEST_MEAN_WORDS: f64 = 15.0;
const EASY_LONGEST_SENTENCE_WORDS: usize = 15;
const EASY_LONGEST_MEAN_WORDS: f64 = 10.0;

/// The Fluent files whose messages a parent reads as the standard guide and the report.
const SOURCES: [(&str, &str); 2] = [
    ("guide.ftl", include_str!("../../locales/en/guide.ftl")),
    ("report.ftl", include_str!("../../locales/en/report.ftl")),
];

/// The easy-read guide's messages.
const EASY_SOURCES: [(&str, &str); 1] = [("easy.ftl", include_str!("../../locales/en/easy.ftl"))];

/// The profile's Fluent arguments, and example values of those some messages take besides
/// (errors, dates, the PDF notice). The content tests format every message with these too.
pub(super) fn example_arguments(profile: &AuthorityProfile) -> fluent_bundle::FluentArgs<'static> {
    let mut args = profile.fluent_args();
    for (name, value) in [
        ("label", "Your name"),
        ("marker", "[?]"),
        ("characters", "“😀”"),
        ("month", "May"),
        ("reference", "7K3Q-PX"),
        ("address", "chair@council.example"),
        ("date", "Tuesday 3 March 2026"),
        ("date_on", "on Tuesday 3 March 2026"),
        ("weekday", "Tuesday"),
        ("form", "report"),
        ("language", "pl"),
    ] {
        args.set(name, value);
    }
    for (name, value) in [
        ("max", 5000),
        ("over", 3),
        ("day", 3),
        ("year", 2027),
        ("step", 2),
        ("steps", 12),
        ("month_number", 5),
        ("weekday_number", 2),
    ] {
        args.set(name, value);
    }
    args
}

#[cfg(feature = "ssr")]
pub(super) fn profiles() -> [AuthorityProfile; 2] {
    use crate::server::profile;
    [
        profile::parse("england", profile::EXAMPLE_ENGLAND).expect("valid"),
        profile::parse("wales", profile::EXAMPLE_WALES).expect("valid"),
    ]
}

#[cfg(not(feature = "ssr"))]
pub(super) fn profiles() -> [AuthorityProfile; 2] {
    use crate::{content::Nation, profile::tests::example_england};
    let england = example_england();
    let mut wales = example_england();
    wales.council.name = "Enghraifft County Borough Council".into();
    wales.council.nation = Nation::Wales;
    wales.complaints.conference_decisions = None;
    [england, wales]
}

/// The ids defined in one `.ftl` file, in file order.
fn ids_in(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect()
}

/// The text a reader sees: link markup replaced by the link's words.
fn visible_text(formatted: &str) -> String {
    inline::parse(formatted)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) | Segment::Strong(text) => text,
            Segment::Link { words, .. } => words,
        })
        .collect()
}

fn sentences(text: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        let mut characters = line.chars().peekable();
        while let Some(c) = characters.next() {
            current.push(c);
            let ends = matches!(c, '.' | '?' | '!')
                && characters.peek().is_none_or(|next| next.is_whitespace());
            if ends {
                sentences.push(std::mem::take(&mut current));
            }
        }
        sentences.push(current);
    }
    sentences
        .into_iter()
        .map(|sentence| sentence.trim().to_owned())
        .filter(|sentence| sentence.chars().any(char::is_alphanumeric))
        .collect()
}

fn words(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// Every (message id, sentence, word count), once each: a sentence the two profiles share is
/// counted once.
fn measured(sources: &[(&str, &str)]) -> Vec<(String, String, usize)> {
    let language = i18n::default_language();
    let mut seen = std::collections::HashSet::new();
    let mut rows = Vec::new();
    for profile in profiles() {
        let args = example_arguments(&profile);
        for &(file, source) in sources {
            let ids = ids_in(source);
            assert!(!ids.is_empty(), "{file} defines no messages");
            for id in ids {
                let text = visible_text(&i18n::message(language, id, Some(&args)));
                for sentence in sentences(&text) {
                    if seen.insert((id.to_owned(), sentence.clone())) {
                        let count = words(&sentence);
                        rows.push((id.to_owned(), sentence, count));
                    }
                }
            }
        }
    }
    rows
}

#[test]
fn sentences_are_split_where_a_reader_would_pause() {
    assert_eq!(
        sentences(
            "Call 0808 801 0366, 9.30am to 3pm. Is it free? Yes!\nSee childlawadvice.org.uk."
        ),
        vec![
            "Call 0808 801 0366, 9.30am to 3pm.",
            "Is it free?",
            "Yes!",
            "See childlawadvice.org.uk."
        ]
    );
    assert_eq!(
        sentences("a list item with no full stop"),
        vec!["a list item with no full stop"]
    );
    assert_eq!(words("Call 0808 801 0366 – now."), 5);
    assert_eq!(
        visible_text("Ask your [social worker](glossary:social-worker) today."),
        "Ask your social worker today."
    );
}

#[test]
fn every_sentence_is_short_and_the_mean_is_low() {
    check(
        "standard guide and report",
        &measured(&SOURCES),
        LONGEST_SENTENCE_WORDS,
        LONGEST_MEAN_WORDS,
    );
}

#[test]
fn easy_read_sentences_are_shorter_still() {
    check(
        "easy read",
        &measured(&EASY_SOURCES),
        EASY_LONGEST_SENTENCE_WORDS,
        EASY_LONGEST_MEAN_WORDS,
    );
}

/// Prints the figures, then fails on a sentence over `longest_allowed` words or a mean over
/// `mean_allowed`.
fn check(what: &str, rows: &[(String, String, usize)], longest_allowed: usize, mean_allowed: f64) {
    let count = rows.len();
    let total: usize = rows.iter().map(|(_, _, words)| words).sum();
    let mean = total as f64 / count as f64;
    let (longest_id, longest_sentence, longest) = rows
        .iter()
        .max_by_key(|(_, _, words)| *words)
        .expect("the guide has sentences");
    println!(
        "{what}: {count} sentences, mean {mean:.2} words, longest {longest} \
         ({longest_id}: {longest_sentence})"
    );
    let too_long: Vec<String> = rows
        .iter()
        .filter(|(_, _, words)| *words > longest_allowed)
        .map(|(id, sentence, words)| format!("{words} words in {id}: {sentence}"))
        .collect();
    assert!(
        too_long.is_empty(),
        "{what}: sentences over {longest_allowed} words:\n{}",
        too_long.join("\n")
    );
    assert!(
        mean <= mean_allowed,
        "{what}: mean sentence length {mean:.2} is over {mean_allowed}"
    );
}
