//! Shared by the PDF targets: any bytes become a report whose every text is arbitrary.
//! Byte 0x01 separates the pieces: title, then label/text pairs, in one section.

use conference_guide::server::pdf::{ReportDocument, ReportEntry, ReportSection};

pub fn document_from(bytes: &[u8]) -> ReportDocument {
    let text = String::from_utf8_lossy(bytes);
    let mut pieces = text.split('\u{1}').map(str::to_owned);
    let title = pieces.next().unwrap_or_default();
    let mut entries = Vec::new();
    while let Some(label) = pieces.next() {
        entries.push(ReportEntry {
            label,
            text: pieces.next().unwrap_or_default(),
        });
    }
    ReportDocument {
        language: "en".to_owned(),
        title: title.clone(),
        details: vec![("Written by".to_owned(), title)],
        sections: vec![ReportSection {
            heading: "Strengths".to_owned(),
            heading_in_english: None,
            entries,
            picture: None,
        }],
        running_header: "Report · Conference on 3 December 2026".to_owned(),
        footer: "Confidential".to_owned(),
        page_number_template: "Page {page} of {pages}".to_owned(),
        created: chrono::DateTime::UNIX_EPOCH,
    }
}
