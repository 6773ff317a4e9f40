//! Laid-out pages to PDF bytes: printpdf draws and subsets the fonts, lopdf adds what printpdf
//! has no field for (the document language).

use std::collections::BTreeMap;

use chrono::{Datelike, Timelike};
use lopdf::{Dictionary, Object};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfParseErrorSeverity, PdfSaveOptions, Point, Pt, TextItem, TextMatrix,
};

use super::fonts::{Face, Fonts};
use super::hinting::without_hinting;
use super::layout::{Item, Page};
use super::{PdfError, ReportDocument};

pub(super) fn write(
    document: &ReportDocument,
    language: &str,
    pages: &[Page],
    fonts: &Fonts,
) -> Result<Vec<u8>, PdfError> {
    let t0 = std::time::Instant::now();
    let mut pdf = PdfDocument::new(&one_line(&document.title));
    let created = pdf_date(document.created);
    let info = &mut pdf.metadata.info;
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;

    // Only the faces the pages use go in: each one added is cloned, subset and embedded.
    let mut font_ids = BTreeMap::new();
    for face in Face::ALL {
        if pages.iter().any(|page| page_uses(page, face)) {
            font_ids.insert(face, pdf.add_font(&fonts.face(face).font));
        }
    }
    let pdf_pages = pages
        .iter()
        .map(|page| PdfPage::new(Mm(210.0), Mm(297.0), page_ops(page, &font_ids)))
        .collect();
    pdf.with_pages(pdf_pages);

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let t1 = t0.elapsed();
    let mut lopdf_document = pdf.to_lopdf_document(&options, &mut warnings);
    let t2 = t0.elapsed();
    for warning in warnings
        .iter()
        .filter(|warning| warning.severity == PdfParseErrorSeverity::Error)
    {
        // printpdf falls back to something that still renders (say, a whole font when
        // subsetting fails), so the parent still gets a PDF; the log says what went wrong.
        tracing::warn!(message = %warning.msg, "printpdf reported a problem while writing a report");
    }

    let catalog = lopdf_document.catalog_mut()?;
    catalog.set("Lang", Object::string_literal(language));
    // Viewers then show the title rather than the file name.
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]),
    );
    let t25 = t0.elapsed();
    shrink_text_strings(&mut lopdf_document);
    let t26 = t0.elapsed();
    if std::env::var_os("PDF_KEEP_HINTS").is_none() {
        remove_hinting(&mut lopdf_document);
    }
    let t27 = t0.elapsed();
    lopdf_document.compress();
    let t3 = t0.elapsed();
    let mut bytes = Vec::new();
    if std::env::var_os("PDF_OBJSTM").is_some() {
        lopdf_document.save_with_options(
            &mut bytes,
            lopdf::SaveOptions::builder()
                .use_object_streams(true)
                .use_xref_streams(true)
                .compression_level(9)
                .build(),
        )?;
    } else {
        lopdf_document.save_to(&mut bytes)?;
    }
    if std::env::var_os("PDF_PROFILE").is_some() {
        eprintln!("ops {t1:?} lopdf {t2:?} lang {t25:?} shrink {t26:?} hint {t27:?} compress {t3:?} save {:?}", t0.elapsed());
    }
    Ok(bytes)
}

fn page_uses(page: &Page, face: Face) -> bool {
    page.items.iter().any(|item| match item {
        Item::Text { runs, .. } => runs.iter().any(|run| run.face == face),
        Item::Rule { .. } => false,
    })
}

fn page_ops(page: &Page, font_ids: &BTreeMap<Face, FontId>) -> Vec<Op> {
    let mut ops = Vec::new();
    for item in &page.items {
        if let Item::Rule {
            x1,
            x2,
            y,
            thickness,
            grey,
        } = item
        {
            ops.push(Op::SetOutlineColor {
                col: grey_colour(*grey),
            });
            ops.push(Op::SetOutlineThickness { pt: Pt(*thickness) });
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![corner(*x1, *y), corner(*x2, *y)],
                    is_closed: false,
                },
            });
        }
    }

    ops.push(Op::StartTextSection);
    // Font and colour stay set across lines, so they are only written when they change.
    let mut current_font = None;
    let mut current_grey = None;
    for item in &page.items {
        let Item::Text {
            x,
            y,
            style,
            grey,
            runs,
        } = item
        else {
            continue;
        };
        if current_grey != Some(*grey) {
            ops.push(Op::SetFillColor {
                col: grey_colour(*grey),
            });
            current_grey = Some(*grey);
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(*x), Pt(*y)),
        });
        for run in runs {
            let Some(font_id) = font_ids.get(&run.face) else {
                continue; // cannot happen: every face a run uses was added
            };
            if current_font != Some((run.face, style.size)) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id.clone()),
                    size: Pt(style.size),
                });
                current_font = Some((run.face, style.size));
            }
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(run.text.clone())],
            });
        }
    }
    ops.push(Op::EndTextSection);
    ops
}

fn corner(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

fn grey_colour(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

/// The title for the metadata: line breaks and other invisible characters become single spaces.
fn one_line(text: &str) -> String {
    text.split(|ch: char| ch.is_whitespace() || ch.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn pdf_date(moment: chrono::DateTime<chrono::Utc>) -> printpdf::OffsetDateTime {
    // chrono keeps every field in range, so the narrowing casts below cannot wrap.
    printpdf::OffsetDateTime {
        date: printpdf::Date {
            year: moment.year(),
            month: moment.month() as u8,
            day: moment.day() as u8,
        },
        time: printpdf::Time {
            hour: moment.hour() as u8,
            minute: moment.minute() as u8,
            second: moment.second().min(59) as u8,
            millisecond: (moment.timestamp_subsec_millis().min(999)) as u16,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}

/// printpdf writes each run of glyph ids as a hex string. As literal strings the same bytes take
/// half the room and deflate several times faster (zlib's match search crawls through hex's
/// sixteen symbols), so the page content streams are rewritten before compression.
fn shrink_text_strings(document: &mut lopdf::Document) {
    let content_ids: Vec<lopdf::ObjectId> = document
        .get_pages()
        .values()
        .filter_map(|page_id| document.get_dictionary(*page_id).ok())
        .filter_map(|page| page.get(b"Contents").and_then(Object::as_reference).ok())
        .collect();
    for id in content_ids {
        if let Ok(Object::Stream(stream)) = document.get_object_mut(id) {
            let literal = hex_strings_to_literal(&stream.content);
            stream.set_content(literal);
        }
    }
}

/// Rewrites every `<hex>` string in a content stream as a `(literal)` one. Our content streams
/// hold only text, colour and line operators, so a `<` can only open a hex string; anything that
/// does not parse as one is copied unchanged.
fn hex_strings_to_literal(content: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len() / 2 + 64);
    let mut rest = content;
    while let Some(open) = rest.iter().position(|&byte| byte == b'<') {
        out.extend_from_slice(&rest[..open]);
        let after = &rest[open + 1..];
        let decoded = after
            .iter()
            .position(|&byte| byte == b'>')
            .and_then(|close| Some((close, decode_hex(&after[..close])?)));
        match decoded {
            Some((close, bytes)) => {
                out.push(b'(');
                for byte in bytes {
                    match byte {
                        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        _ => out.push(byte),
                    }
                }
                out.push(b')');
                rest = &after[close + 1..];
            }
            None => {
                out.push(b'<');
                rest = after;
            }
        }
    }
    out.extend_from_slice(rest);
    out
}

/// The bytes of a hex string's body, or `None` if it is not one (PDF allows whitespace inside
/// and a missing final digit, which counts as 0).
fn decode_hex(body: &[u8]) -> Option<Vec<u8>> {
    let digits: Vec<u8> = body
        .iter()
        .filter(|byte| !byte.is_ascii_whitespace())
        .map(|&byte| (byte as char).to_digit(16).map(|digit| digit as u8))
        .collect::<Option<_>>()?;
    Some(
        digits
            .chunks(2)
            .map(|pair| (pair[0] << 4) | pair.get(1).copied().unwrap_or(0))
            .collect(),
    )
}

/// Embedded TrueType programs are the streams with a `/Length1` (their unpacked size).
fn remove_hinting(document: &mut lopdf::Document) {
    for object in document.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.has(b"Length1") && stream.dict.get(b"Filter").is_err() {
            if let Some(smaller) = without_hinting(&stream.content) {
                stream
                    .dict
                    .set("Length1", i64::try_from(smaller.len()).unwrap_or(i64::MAX));
                stream.set_content(smaller);
            }
        }
    }
}
