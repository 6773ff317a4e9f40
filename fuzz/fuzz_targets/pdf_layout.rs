//! Any text through the PDF's layout: glyph lookup, line wrapping and pagination (everything
//! but writing the file, so it runs fast enough for millions of inputs).
#![no_main]

mod document;

use conference_guide::server::pdf::{characters_that_cannot_be_printed, page_count};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let document = document::document_from(bytes);
    assert!(page_count(&document) >= 1);
    for entry in &document.sections[0].entries {
        let _ = characters_that_cannot_be_printed(&entry.text);
    }
});
