//! How long a full report takes to become a PDF, and how big the PDF is.
//!
//! `cargo bench --features ssr --bench pdf` prints criterion's timing and, on stderr, the median
//! and the size in bytes. Set `REPORT_SAMPLE_PDF=/some/path.pdf` to also save the rendered report.

use std::time::{Duration, Instant};

use conference_guide::server::pdf::{render, ReportDocument, ReportEntry, ReportSection};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

/// The same report the tests use.
#[path = "../src/server/pdf/sample.rs"]
mod sample;

fn bench_render(c: &mut Criterion) {
    let report = sample::full_report();
    let pdf = render(&report).expect("the sample report renders");
    if let Some(path) = std::env::var_os("REPORT_SAMPLE_PDF") {
        std::fs::write(&path, &pdf).expect("the sample PDF can be saved");
    }

    c.bench_function("render full report", |b| {
        b.iter(|| render(black_box(&report)))
    });

    // Criterion's own report is on stdout; these two figures are easy to quote.
    let mut times: Vec<Duration> = (0..101)
        .map(|_| {
            let start = Instant::now();
            let _ = black_box(render(black_box(&report)));
            start.elapsed()
        })
        .collect();
    times.sort();
    let characters: usize = report
        .sections
        .iter()
        .flat_map(|section| &section.entries)
        .map(|entry| entry.text.chars().count())
        .sum();
    eprintln!(
        "full report ({characters} characters of answers): median {:.2} ms over {} renders, {} bytes",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times.len(),
        pdf.len()
    );
}

/// The report in `benches/full-report.json` (every main answer near its limit), taken through
/// the same path as a download: form answers → `forms::document::document` → `render`. The Chromium
/// comparison (`benches/run`) posts the very same answers.
fn bench_form_fixture(c: &mut Criterion) {
    use std::sync::Arc;

    use conference_guide::{
        forms::{document::document, Answers},
        i18n,
        report::REPORT,
        server::profile,
    };
    // The words of the document come from `i18n::Messages`, as in a download.
    let report_document = |messages: &i18n::Messages, answers: &Answers| {
        document(answers, messages, chrono::Utc::now())
    };

    let fixture: Vec<(String, String)> = serde_json::from_str::<
        serde_json::Map<String, serde_json::Value>,
    >(include_str!("full-report.json"))
    .expect("the fixture is a JSON object")
    .into_iter()
    .map(|(name, value)| (name, value.as_str().unwrap_or_default().to_owned()))
    .collect();
    let answers = Answers::from_form(
        &REPORT,
        fixture
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    );
    let messages = i18n::Messages {
        language: i18n::default_language(),
        profile: Arc::new(
            profile::parse("example", profile::EXAMPLE_ENGLAND)
                .expect("the example profile is valid"),
        ),
    };
    c.bench_function("answers to PDF (benches/full-report.json)", |b| {
        b.iter(|| render(&report_document(black_box(&messages), black_box(&answers))))
    });
    let mut times: Vec<Duration> = (0..101)
        .map(|_| {
            let start = Instant::now();
            let pdf = render(&report_document(&messages, &answers)).expect("the fixture renders");
            let elapsed = start.elapsed();
            black_box(pdf);
            elapsed
        })
        .collect();
    times.sort();
    let pdf = render(&report_document(&messages, &answers)).expect("the fixture renders");
    let characters: usize = answers
        .filled()
        .map(|(_, value)| value.chars().count())
        .sum();
    eprintln!(
        "form fixture: median {:.2} ms over 101 renders, {} characters of answers -> {} bytes",
        times[50].as_secs_f64() * 1000.0,
        characters,
        pdf.len()
    );
}

criterion_group!(benches, bench_render, bench_form_fixture);
criterion_main!(benches);
