//! A form's answers as the document a PDF shows: every word already in the reader's language,
//! nothing left out, and no layout. The PDF writer (`server::pdf`) only lays this out.

use chrono::NaiveDate;

use super::{
    answers::{Answers, TICKED},
    definition::{Detail, FormDefinition, KeyDatesFrom, Question},
    validate::date_answer,
};

/// Everything the PDF shows, already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportDocument {
    /// BCP 47 code of the text ("en", "cy", "pl", "so"), written as the PDF's /Lang.
    pub language: String,
    /// Document title: the PDF metadata title and the large heading on page 1.
    pub title: String,
    /// Label/value pairs shown under the title, e.g. ("Council", "Exampleshire County Council").
    pub details: Vec<(String, String)>,
    /// The sections in order; empty ones are left out.
    pub sections: Vec<ReportSection>,
    /// Header text on every page after the first: whose report, the conference date, and the
    /// reference once sent. Empty for no header.
    pub running_header: String,
    /// Footer text on every page, e.g. "Confidential".
    pub footer: String,
    /// Page numbering with `{page}` and `{pages}` to fill in, e.g. "Page {page} of {pages}".
    pub page_number_template: String,
    /// When the document was made (printpdf defaults to 1970 otherwise).
    pub created: chrono::DateTime<chrono::Utc>,
}

/// One part of the document, under its own heading.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportSection {
    pub heading: String,
    /// The heading's English wording, shown under a translated heading (tagged as English).
    pub heading_in_english: Option<String>,
    pub entries: Vec<ReportEntry>,
    /// Shown after the entries (the child's views form's drawing).
    pub picture: Option<DocumentPicture>,
}

/// A picture the PDF shows (a child's drawing), already checked and re-encoded by the server.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentPicture {
    /// Baseline JPEG bytes, 8-bit RGB, with no metadata.
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// Alternative text, in the document's language.
    pub description: String,
}

/// One answer: the question it answers (a small bold label) and the words, which may hold
/// several paragraphs and line breaks, and anything Unicode at all.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportEntry {
    pub label: String,
    pub text: String,
}

/// What the document needs from the language layer: words for ids, dates in words, and the
/// council's name. `i18n::Messages` is the real one.
pub trait Words {
    fn text(&self, id: &str) -> String;
    /// A message with arguments of its own.
    fn text_with(&self, id: &str, args: &[(&'static str, String)]) -> String;
    fn long_date(&self, date: NaiveDate) -> String;
    fn council_name(&self) -> String;
    fn language_code(&self) -> &'static str;
    /// The dates worked out from a conference on `conference` of `kind` ("initial" or
    /// "review"), each as an entry: when ("By Tuesday 3 March 2026") and what it means. Empty
    /// when they cannot be worked out.
    fn key_dates(&self, conference: NaiveDate, kind: &str) -> Vec<ReportEntry>;
    /// The English of message `id` when the document is in another language, so a chair who
    /// reads no Welsh, Polish or Somali can follow the structure. `None` for English.
    fn in_english(&self, _id: &str) -> Option<String> {
        None
    }
}

/// What the PDF shows in place of a character its fonts cannot draw, so nothing vanishes
/// silently; the check page names the characters and this marker. Plain ASCII, so every font
/// has it.
pub const MISSING_CHARACTER_MARKER: &str = "[?]";

/// Fluent id of the page numbering every form's PDF shares.
pub const PAGE_NUMBER: &str = "pdf-page-number";
/// Fluent ids of the running header's pieces.
pub const HEADER_DATE: &str = "pdf-running-header-date";
pub const HEADER_REFERENCE: &str = "pdf-running-header-reference";

pub fn document(
    answers: &Answers,
    words: &dyn Words,
    created: chrono::DateTime<chrono::Utc>,
) -> ReportDocument {
    sent_document(answers, words, created, None)
}

/// The document of a report that is being sent: its running header shows the `reference` the
/// chair and the parent can quote.
pub fn sent_document(
    answers: &Answers,
    words: &dyn Words,
    created: chrono::DateTime<chrono::Utc>,
    reference: Option<&str>,
) -> ReportDocument {
    let form = answers.form;
    ReportDocument {
        language: words.language_code().to_owned(),
        title: words.text(form.texts.pdf_title),
        running_header: running_header(form, answers, words, reference),
        details: details(form, answers, words),
        sections: form
            .sections
            .iter()
            .filter(|section| !section.in_details)
            .filter_map(|section| {
                let entries: Vec<ReportEntry> = section
                    .questions
                    .iter()
                    .filter_map(|question| entry(question, answers, words))
                    .collect();
                (!entries.is_empty()).then(|| ReportSection {
                    heading: words.text(section.heading),
                    heading_in_english: words.in_english(section.heading),
                    entries,
                    picture: None,
                })
            })
            .chain(
                form.key_dates
                    .as_ref()
                    .and_then(|from| key_dates(from, answers, words)),
            )
            .collect(),
        footer: words.text(form.texts.pdf_footer),
        page_number_template: words.text(PAGE_NUMBER),
        created,
    }
}

/// The document with a picture added at the end, under the heading the form's upload names,
/// with its alternative text in the document's language. A form without an upload is left as
/// it is.
pub fn with_picture(
    mut document: ReportDocument,
    form: &FormDefinition,
    words: &dyn Words,
    jpeg: Vec<u8>,
    (width, height): (u32, u32),
) -> ReportDocument {
    if let Some(upload) = form.drawing {
        document.sections.push(ReportSection {
            heading: words.text(upload.pdf_heading),
            heading_in_english: words.in_english(upload.pdf_heading),
            entries: Vec::new(),
            picture: Some(DocumentPicture {
                jpeg,
                width,
                height,
                description: words.text(upload.description),
            }),
        });
    }
    document
}

/// The worked-out dates as a section, when they were asked for and can be worked out.
fn key_dates(from: &KeyDatesFrom, answers: &Answers, words: &dyn Words) -> Option<ReportSection> {
    if answers.get(from.include) != TICKED {
        return None;
    }
    let question = answers.form.date_question(from.date)?;
    let conference = date_answer(answers, question).ok().flatten()?;
    let dates = words.key_dates(conference, answers.get(from.kind));
    (!dates.is_empty()).then(|| ReportSection {
        heading: words.text(from.heading),
        heading_in_english: words.in_english(from.heading),
        entries: std::iter::once(ReportEntry {
            label: words.text(from.how_label),
            text: words.text(from.how),
        })
        .chain(dates)
        .collect(),
        picture: None,
    })
}

/// Whose report it is (the title), the conference date when one was given, and the reference.
fn running_header(
    form: &FormDefinition,
    answers: &Answers,
    words: &dyn Words,
    reference: Option<&str>,
) -> String {
    let mut pieces = vec![words.text(form.texts.pdf_title)];
    let date = form.details.iter().find_map(|detail| match detail {
        Detail::Date { question, .. } => form
            .date_question(question)
            .and_then(|question| date_answer(answers, question).ok().flatten()),
        _ => None,
    });
    if let Some(date) = date {
        pieces.push(words.text_with(HEADER_DATE, &[("date", words.long_date(date))]));
    }
    if let Some(reference) = reference {
        pieces.push(words.text_with(HEADER_REFERENCE, &[("reference", reference.to_owned())]));
    }
    // A separator, not words: the same in every language.
    pieces.join(" · ")
}

fn details(form: &FormDefinition, answers: &Answers, words: &dyn Words) -> Vec<(String, String)> {
    form.details
        .iter()
        .filter_map(|detail| match detail {
            Detail::Council { label } => Some((words.text(label), words.council_name())),
            Detail::Date {
                label,
                question,
                missing,
            } => {
                let date = form
                    .date_question(question)
                    .and_then(|question| date_answer(answers, question).ok().flatten());
                let text = match date {
                    Some(date) => words.long_date(date),
                    None => words.text(missing),
                };
                Some((words.text(label), text))
            }
            Detail::Choice { label, question } => form
                .choice_question(question)
                .and_then(|choice| choice.option(answers.get(question)))
                .map(|option| (words.text(label), words.text(option.label))),
            Detail::Answer {
                label,
                question,
                always,
            } => {
                let value = answers.get(question);
                (*always || !value.trim().is_empty()).then(|| (words.text(label), value.to_owned()))
            }
        })
        .collect()
}

/// The question's entry in the document, or `None` when it was not answered.
fn entry(question: &Question, answers: &Answers, words: &dyn Words) -> Option<ReportEntry> {
    let (label, text) = match question {
        Question::Text(text) => {
            let value = answers.get(text.name);
            (
                text.label,
                (!value.trim().is_empty()).then(|| value.to_owned())?,
            )
        }
        Question::Date(date) => (
            date.legend,
            words.long_date(date_answer(answers, date).ok().flatten()?),
        ),
        Question::Choice(choice) => (
            choice.label,
            words.text(choice.option(answers.get(choice.name))?.label),
        ),
        Question::Ticks(group) => {
            let mut lines = Vec::new();
            for tick in group.ticks {
                if answers.is_ticked(tick.name) {
                    lines.push(words.text(tick.label));
                }
                if let Some(detail) = &tick.detail {
                    let value = answers.get(detail.name);
                    if !value.trim().is_empty() {
                        lines.push(label_and_answer(&words.text(detail.label), value));
                    }
                }
            }
            if lines.is_empty() {
                return None;
            }
            (group.summary_label, lines.join("\n"))
        }
    };
    Some(ReportEntry {
        label: words.text(label),
        text,
    })
}

/// "Which language? Polish", "Details: a ramp": a colon only where the label has no ending of
/// its own.
fn label_and_answer(label: &str, answer: &str) -> String {
    let label = label.trim_end();
    if label.ends_with(['?', ':', '.']) {
        format!("{label} {answer}")
    } else {
        format!("{label}: {answer}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_label_that_asks_gets_no_colon_after_its_question_mark() {
        assert_eq!(
            super::label_and_answer("Which language?", "Polish"),
            "Which language? Polish"
        );
        assert_eq!(
            super::label_and_answer("Details", "a ramp"),
            "Details: a ramp"
        );
    }
}
