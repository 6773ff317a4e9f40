//! Every Fluent id the Rust code names must exist in `locales/en`: a missing one would render
//! as the id itself on a parent's screen, in a PDF or in an email, and nothing else would catch
//! it. Like `leptos_fluent`'s `check_translations`, this reads the source: it takes the string
//! literals in the places that hold message ids (calls such as `.text("…")`, the id tuples of
//! errors and problems, and the fields of the form definitions), then looks each one up. The
//! form definitions are also walked as data, so an id reached only through a table is checked
//! too. `forms/test_form.rs` is left out on purpose: its ids exist in no locale.

use std::collections::{BTreeSet, HashSet};

use crate::{
    forms::definition::{Detail, FormDefinition, Intro, Question},
    i18n, site,
};

/// Field names whose string values are Fluent ids in the definition tables.
const ID_FIELDS: &[&str] = &[
    "label",
    "hint",
    "heading",
    "intro",
    "legend",
    "title",
    "summary",
    "description",
    "lead",
    "message",
    "missing",
    "incomplete",
    "invalid",
    "bad_year",
    "summary_label",
    "error_summary_title",
    "continue_button",
    "check_title",
    "check_lead",
    "pdf_title",
    "pdf_footer",
    "file_name",
    "mail_subject",
    "required",
    "text",
];

/// The literals that follow `before` in `source`, up to the closing quote.
fn literals_after<'a>(source: &'a str, before: &str) -> Vec<&'a str> {
    source
        .match_indices(before)
        .filter_map(|(at, _)| {
            let rest = source[at + before.len()..].trim_start();
            let rest = rest.strip_prefix("Some(").unwrap_or(rest).trim_start();
            let rest = rest.strip_prefix('"')?;
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// The ids named in one source file.
fn ids_named_in(source: &str) -> Vec<&str> {
    // Only code: stop at the file's own tests.
    let code = source
        .find("#[cfg(test)]\nmod tests")
        .map_or(source, |at| &source[..at]);
    let mut ids = Vec::new();
    for call in [
        ".text(",
        ".text_with(",
        "about_the_chair(",
        "Intro::Warning(",
        "Intro::Paragraph(",
        "RichText id=",
    ] {
        ids.extend(literals_after(code, call));
    }
    // `about_the_chair("shown", "hidden")` and the id pairs of errors and problems:
    // `("…-title", "…-text")`.
    for (at, _) in code.match_indices("(\"") {
        let rest = &code[at + 2..];
        let Some(end) = rest.find('"') else { continue };
        let first = &rest[..end];
        let after = rest[end + 1..].trim_start();
        if let Some(second) = after
            .strip_prefix(',')
            .map(str::trim_start)
            .and_then(|after| after.strip_prefix('"'))
            .and_then(|after| after.find('"').map(|end| &after[..end]))
        {
            if first.ends_with("-title") || first.ends_with("-address") {
                ids.push(first);
                ids.push(second);
            }
        }
    }
    for field in ID_FIELDS {
        ids.extend(literals_after(code, &format!("{field}: ")));
    }
    ids.retain(|id| looks_like_an_id(id));
    ids
}

/// Fluent ids are kebab-case words; anything else in those places (a `{placeholder}`, a path)
/// is not one.
fn looks_like_an_id(text: &str) -> bool {
    text.contains('-')
        && text
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

fn source_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src is readable") {
            let path = entry.expect("entry is readable").path();
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or("");
            if path.is_dir() {
                folders.push(path);
            } else if name.ends_with(".rs") && !name.ends_with("tests.rs") && name != "test_form.rs"
            {
                files.push(path);
            }
        }
    }
    files
}

/// Every id a form definition reaches, walked as data.
fn ids_of_form(form: &FormDefinition) -> Vec<&'static str>
where
    FormDefinition: 'static,
{
    let texts = &form.texts;
    let mut ids = vec![
        texts.title,
        texts.description,
        texts.lead,
        texts.error_summary_title,
        texts.continue_button,
        texts.check_title,
        texts.check_lead,
        texts.pdf_title,
        texts.pdf_footer,
        texts.file_name,
        texts.mail_subject,
    ];
    ids.extend(texts.intro.iter().map(|intro| match intro {
        Intro::Warning(id) | Intro::Paragraph(id) => *id,
    }));
    for section in form.sections {
        ids.extend([section.heading, section.intro]);
        for question in section.questions {
            match question {
                Question::Text(text) => {
                    ids.push(text.label);
                    ids.extend(text.hint);
                    ids.extend(text.required);
                }
                Question::Date(date) => {
                    ids.extend([
                        date.legend,
                        date.hint,
                        date.incomplete,
                        date.invalid,
                        date.bad_year,
                    ]);
                }
                Question::Choice(choice) => {
                    ids.push(choice.label);
                    ids.extend(choice.options.iter().map(|option| option.label));
                }
                Question::Ticks(group) => {
                    ids.extend([group.legend, group.hint, group.summary_label]);
                    for tick in group.ticks {
                        ids.push(tick.label);
                        if let Some(detail) = &tick.detail {
                            ids.push(detail.label);
                            ids.extend(detail.hint);
                        }
                    }
                }
            }
        }
    }
    for rule in form.rules {
        match rule {
            crate::forms::definition::Rule::SomethingWritten { message, .. }
            | crate::forms::definition::Rule::Answered { message, .. }
            | crate::forms::definition::Rule::AnsweredWhenTicked { message, .. } => {
                ids.push(message)
            }
        }
    }
    if let Some(key_dates) = &form.key_dates {
        ids.extend([key_dates.heading, key_dates.how_label, key_dates.how]);
    }
    for detail in form.details {
        match detail {
            Detail::Council { label } => ids.push(label),
            Detail::Date { label, missing, .. } => ids.extend([*label, *missing]),
            Detail::Answer { label, .. } | Detail::Choice { label, .. } => ids.push(label),
        }
    }
    if let Some(upload) = &form.drawing {
        ids.extend([
            upload.label,
            upload.hint,
            upload.pdf_heading,
            upload.description,
        ]);
    }
    ids
}

fn english_ids() -> HashSet<String> {
    i18n::message_ids(i18n::default_language())
        .into_iter()
        .collect()
}

#[test]
fn every_id_the_code_names_exists_in_english() {
    let known = english_ids();
    let mut missing = BTreeSet::new();
    let mut checked = 0;
    for path in source_files() {
        let source = std::fs::read_to_string(&path).expect("source is readable");
        for id in ids_named_in(&source) {
            checked += 1;
            if !known.contains(id) {
                missing.insert(format!("{id} (in {})", path.display()));
            }
        }
    }
    assert!(
        checked > 100,
        "the scan found only {checked} ids: it is not reading the code"
    );
    assert!(
        missing.is_empty(),
        "ids with no English message: {missing:#?}"
    );
}

#[test]
fn every_id_a_published_form_reaches_exists_in_english() {
    let known = english_ids();
    for form in site::forms() {
        if form.slug.starts_with("test-") {
            continue;
        }
        for id in ids_of_form(form) {
            assert!(
                known.contains(id),
                "form {}: no English message {id}",
                form.slug
            );
        }
    }
}

#[test]
fn the_scan_finds_a_made_up_id() {
    let source = "fn page() { messages.text(\"no-such-message-anywhere\"); }\n\
                  const X: TextQuestion = TextQuestion { label: \"made-up-label\", hint: Some(\"made-up-hint\") };";
    let known = english_ids();
    let found = ids_named_in(source);
    assert_eq!(
        found,
        vec!["no-such-message-anywhere", "made-up-label", "made-up-hint"]
    );
    assert!(found.iter().all(|id| !known.contains(*id)));
}
