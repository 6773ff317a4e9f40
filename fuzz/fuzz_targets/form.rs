//! Any bytes as a report form body: decoding, the answers kept, validation and the date.
//! Besides not panicking: kept answers hold no control characters but line breaks and tabs
//! (and one-line answers no line breaks), and every error points at a real field.
#![no_main]

use conference_guide::{
    report::{
        model::{Answers, Kind, FIELDS},
        validate::{conference_date, validate},
    },
    server::report_routes::decode_form,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let Ok(pairs) = decode_form(body) else {
        return;
    };
    let answers = Answers::from_form(
        pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    );
    for (field, value) in answers.filled() {
        assert!(!value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'));
        if !matches!(field.kind, Kind::Text { .. }) {
            assert!(!value.contains('\n'), "{}", field.name);
        }
    }
    for error in validate(&answers) {
        assert!(
            FIELDS.iter().any(|field| field.name == error.field),
            "{}",
            error.field
        );
    }
    let _ = conference_date(&answers);
});
