//! Any bytes as a report form body: decoding, the answers kept, validation and the date.
//! Besides not panicking: kept answers hold no control characters but line breaks and tabs
//! (and one-line answers no line breaks), and every error points at a real field.
#![no_main]

use conference_guide::{
    forms::{
        decode::decode_form,
        definition::InputKind,
        validate::{date_answer, validate},
        Answers,
    },
    report::{CONFERENCE_DATE, REPORT},
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let Ok(pairs) = decode_form(body) else {
        return;
    };
    let answers = Answers::from_form(
        &REPORT,
        pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    );
    for (input, value) in answers.filled() {
        assert!(!value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'));
        if !matches!(input.kind, InputKind::Text { multiline: true, .. }) {
            assert!(!value.contains('\n'), "{}", input.name);
        }
    }
    for error in validate(&answers) {
        assert!(REPORT.input(error.field).is_some(), "{}", error.field);
    }
    let _ = date_answer(&answers, &CONFERENCE_DATE);
});
