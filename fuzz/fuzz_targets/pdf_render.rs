//! Any text through the whole PDF, file writing included: it must always make a PDF.
#![no_main]

mod document;

use conference_guide::server::pdf::render;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let pdf = render(&document::document_from(bytes)).expect("any text makes a PDF");
    assert!(pdf.starts_with(b"%PDF-"));
});
