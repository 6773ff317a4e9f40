//! The round trips read the PDFs back with poppler-utils (`pdftotext`, `pdfinfo`, `pdffonts`);
//! without it they fail and say so rather than pass without checking anything.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::TimeZone;
use proptest::prelude::*;

use super::fonts::{is_invisible, Face, Weight, FONTS};
use super::layout::{self, Item};
use super::text::{self, Draw, Kind, Style};
use super::*;
use icu_properties::props::GeneralCategory;
use icu_properties::CodePointMapData;

// ---------------------------------------------------------------------------------------------
// Helpers

/// A 40 × 30 baseline JPEG (a red ring and a blue line), made once with Pillow.
const DRAWING_JPEG: &[u8] = include_bytes!("fixtures/drawing.jpg");

fn drawing() -> DocumentPicture {
    DocumentPicture {
        jpeg: DRAWING_JPEG.to_vec(),
        width: 40,
        height: 30,
        description: "A red ring with a blue line across it".to_string(),
    }
}

fn entry(label: &str, text: &str) -> ReportEntry {
    ReportEntry {
        label: label.to_string(),
        text: text.to_string(),
    }
}

fn section(heading: &str, entries: Vec<ReportEntry>) -> ReportSection {
    ReportSection {
        heading: heading.to_string(),
        heading_in_english: None,
        entries,
        picture: None,
    }
}

fn report(title: &str, sections: Vec<ReportSection>) -> ReportDocument {
    ReportDocument {
        language: "en".to_string(),
        title: title.to_string(),
        details: Vec::new(),
        sections,
        running_header: String::new(),
        footer: "Confidential".to_string(),
        page_number_template: "Page {page} of {pages}".to_string(),
        created: chrono::Utc
            .with_ymd_and_hms(2026, 12, 3, 14, 30, 5)
            .single()
            .expect("a valid date"),
    }
}

/// Writes `pdf` to a temporary file and runs a poppler tool on it, with `{}` in `args`
/// standing for the file.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    static NEXT_FILE: AtomicUsize = AtomicUsize::new(0);
    let path: PathBuf = std::env::temp_dir().join(format!(
        "conference-report-test-{}-{}.pdf",
        std::process::id(),
        NEXT_FILE.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, pdf).expect("the test PDF can be written to the temporary directory");
    let file = path.to_string_lossy().to_string();
    let args: Vec<&str> = args
        .iter()
        .map(|arg| if *arg == "{}" { file.as_str() } else { arg })
        .collect();
    let output = Command::new(tool).args(&args).output();
    let _ = std::fs::remove_file(&path);
    match output {
        Ok(output) => {
            assert!(
                output.status.success(),
                "{tool} failed on the PDF: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            String::from_utf8(output.stdout).expect("poppler writes UTF-8")
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => panic!(
            "{tool} is not installed. These tests read the PDF back with poppler-utils: \
             install it with `apt-get install -y poppler-utils`."
        ),
        Err(error) => panic!("could not run {tool}: {error}"),
    }
}

/// Plain pdftotext: its own reading order, as most people would run it.
pub(crate) fn pdftotext(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-enc", "UTF-8", "{}", "-"], pdf)
}

/// pdftotext in the order the text is drawn, with no layout analysis.
fn pdftotext_raw(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-raw", "-enc", "UTF-8", "{}", "-"], pdf)
}

fn pdftotext_page(pdf: &[u8], page: usize) -> String {
    let page = page.to_string();
    poppler(
        "pdftotext",
        &["-enc", "UTF-8", "-f", &page, "-l", &page, "{}", "-"],
        pdf,
    )
}

fn page_count(pdf: &[u8]) -> usize {
    poppler("pdfinfo", &["{}"], pdf)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|count| count.trim().parse().ok())
        .expect("pdfinfo reports the page count")
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|ch| !ch.is_whitespace()).collect()
}

/// What a reader sees of `text`: whitespace kept, other invisible characters gone,
/// unprintable ones as the marker.
fn as_printed(text: &str) -> String {
    let missing: HashSet<char> = characters_that_cannot_be_printed(text)
        .into_iter()
        .collect();
    let mut printed = String::new();
    for ch in text.chars() {
        if missing.contains(&ch) {
            printed.push_str(MISSING_CHARACTER_MARKER);
        } else if ch.is_whitespace() || !is_invisible(ch) {
            printed.push(ch);
        }
    }
    printed
}

// Sample texts, written for these tests.

const ENGLISH: &str = "We would like Owain to stay at his school – it’s where his friends are. \
“He’s settled and happy,” his teacher told me… The meeting is at 10:30 (room 4), isn’t it?";
const WELSH: &str = "Rydw i’n byw yn Llanberis gyda fy ngŵr a’n dau blentyn. Mae’r tŷ yn gynnes \
ac mae dŵr poeth bob amser. Ŵ Ŷ Â Ê Î Ô Û ŵ ŷ â ê î ô û ẁ ẃ ẅ ỳ Ẁ Ẃ Ẅ Ỳ ï ë. Diolch am wrando arnaf.";
const POLISH: &str = "Chciałabym, żeby dzieci zostały w domu. Mój mąż pracuje w Łodzi, a babcia \
mieszka obok. Zażółć gęślą jaźń. ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż — dziękuję za uwagę…";
const SOMALI: &str = "Waxaan jeclaan lahaa in carruurtaydu ay guriga la joogaan. Hooyaday ayaa \
maalin walba na caawisa, lo'da iyo ari'ga ma haysanno, laakiin waxaan haynaa qoys wanaagsan.";

// ---------------------------------------------------------------------------------------------
// Round trips through pdftotext

#[test]
fn english_welsh_polish_and_somali_come_back_exactly() {
    for (language, sample) in [
        ("en", ENGLISH),
        ("cy", WELSH),
        ("pl", POLISH),
        ("so", SOMALI),
    ] {
        let mut document = report(
            "Report",
            vec![section("Section", vec![entry("Answer", sample)])],
        );
        document.language = language.to_string();
        let pdf = render(&document).expect("the sample renders");
        let extracted = words(&pdftotext(&pdf)).join(" ");
        let expected = words(sample).join(" ");
        assert!(
            extracted.contains(&expected),
            "{language} text did not come back exactly.\nexpected: {expected}\nextracted: {extracted}"
        );
        assert!(characters_that_cannot_be_printed(sample).is_empty());
    }
}

#[test]
fn a_long_report_keeps_every_word_once_in_order_with_footer_and_page_numbers() {
    // Numbered words make a lost, repeated or misplaced word easy to spot. Paragraph and line
    // breaks are sprinkled in as a parent might type them.
    let mut sections = Vec::new();
    let mut number = 0;
    for section_number in 1..=6 {
        let mut entries = Vec::new();
        for entry_number in 1..=3 {
            let mut text = String::new();
            for _ in 0..260 {
                number += 1;
                text.push_str(&format!("w{number:05}"));
                text.push_str(match number % 37 {
                    0 => "\n\n",
                    17 => "\n",
                    _ => " ",
                });
            }
            entries.push(entry(&format!("Question {entry_number}"), &text));
        }
        sections.push(section(&format!("Part {section_number}"), entries));
    }
    let pdf = render(&report("A long report", sections)).expect("the long report renders");

    let extracted = pdftotext(&pdf);
    let numbered: Vec<&str> = words(&extracted)
        .into_iter()
        .filter(|word| word.starts_with('w') && word.len() == 6)
        .collect();
    let expected: Vec<String> = (1..=number).map(|n| format!("w{n:05}")).collect();
    assert_eq!(numbered, expected, "every word once, in order");

    let pages = page_count(&pdf);
    assert!(pages >= 5, "expected several pages, got {pages}");
    for page in 1..=pages {
        let text = pdftotext_page(&pdf, page);
        assert!(
            text.contains(&format!("Page {page} of {pages}")),
            "page {page} has its number: {text}"
        );
        assert!(text.contains("Confidential"), "page {page} has the footer");
    }
}

#[test]
fn headings_and_labels_never_end_a_page() {
    // Entries of many different lengths put section and entry headings at every height.
    let sections: Vec<ReportSection> = (1..=30)
        .map(|n| {
            let text = "Some words that fill a line or two of the answer. ".repeat(n % 7 + 1);
            section(
                &format!("Heading {n}"),
                vec![
                    entry(&format!("Label {n}"), &text),
                    entry("Second label", "Short."),
                ],
            )
        })
        .collect();
    let document = report("Headings", sections);
    let pages = layout::lay_out(&document, &FONTS).pages;
    assert!(pages.len() > 3);
    for (number, page) in pages.iter().enumerate().take(pages.len() - 1) {
        // The last body line, leaving out the footer (set at 9 pt).
        let last = page
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Text { style, y, .. } if style.size > 9.0 => Some((style, *y)),
                _ => None,
            })
            .min_by(|a, b| a.1.total_cmp(&b.1));
        let (style, _) = last.expect("a page with body text");
        assert_eq!(
            style.weight,
            Weight::Regular,
            "page {} ends with a heading or label",
            number + 1
        );
    }
}

#[test]
fn details_block_and_title_come_back() {
    let mut document = report(
        "Adroddiad ar gyfer y gynhadledd",
        vec![section(
            "Amdanaf i",
            vec![entry("Fy nheulu", "Rydym yn byw yng Nghaernarfon.")],
        )],
    );
    document.details = vec![
        ("Cyngor".to_string(), "Cyngor Sir Enghraifft".to_string()),
        (
            "Dyddiad y gynhadledd".to_string(),
            "3 Rhagfyr 2026".to_string(),
        ),
    ];
    document.language = "cy".to_string();
    let pdf = render(&document).expect("renders");
    let extracted = words(&pdftotext(&pdf)).join(" ");
    for expected in [
        "Adroddiad ar gyfer y gynhadledd",
        "Cyngor",
        "Cyngor Sir Enghraifft",
        "Dyddiad y gynhadledd",
        "3 Rhagfyr 2026",
        "Rydym yn byw yng Nghaernarfon.",
    ] {
        assert!(
            extracted.contains(expected),
            "{expected:?} missing from {extracted}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Metadata, fonts and size

#[test]
fn language_title_and_creation_date_are_in_the_file() {
    let mut document = report("Adroddiad Catrin – ŵyr", vec![]);
    document.language = "cy".to_string();
    let pdf = render(&document).expect("renders");

    let parsed = lopdf::Document::load_mem(&pdf).expect("lopdf reads the PDF back");
    let catalog = parsed.catalog().expect("the PDF has a catalog");
    let language = catalog.get(b"Lang").and_then(lopdf::Object::as_str);
    assert_eq!(language.ok(), Some(&b"cy"[..]));

    let info = poppler("pdfinfo", &["{}"], &pdf);
    let field = |name: &str| {
        info.lines()
            .find_map(|line| line.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(field("Title:"), "Adroddiad Catrin – ŵyr");
    assert_eq!(field("CreationDate:"), "Thu Dec  3 14:30:05 2026 UTC");
    assert!(
        !info.contains("PDF subtype"),
        "the file must not claim to be PDF/X: {info}"
    );
}

#[test]
fn the_full_report_is_small_with_fonts_embedded_as_subsets() {
    let pdf = render(&sample::full_report()).expect("the sample report renders");
    assert!(pdf.len() < 40_000, "the full report is {} bytes", pdf.len());
    assert!(page_count(&pdf) >= 5);

    let fonts = poppler("pdffonts", &["{}"], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "regular and bold: {fonts}");
    for row in rows {
        let name = row.split_whitespace().next().unwrap_or_default();
        let (tag, _) = name
            .split_once('+')
            .expect("a subset tag before the font name");
        assert!(
            tag.len() == 6 && tag.chars().all(|ch| ch.is_ascii_uppercase()),
            "subset tag in {row}"
        );
        assert!(row.contains("CID TrueType"), "{row}");
        let flags: Vec<&str> = row.split_whitespace().rev().skip(2).take(3).collect();
        assert_eq!(
            flags,
            ["yes", "yes", "yes"],
            "embedded, subset, with ToUnicode: {row}"
        );
    }
}

#[test]
fn one_compressor_reused_deflates_each_stream_as_a_fresh_one_would() {
    use std::io::{Read as _, Write as _};
    let page_text = "1 0 0 1 56.69 742.3 Tm (What is going well) Tj\n".repeat(300);
    // Bytes that do not compress, so the output outgrows the room first set aside for it.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let noise: Vec<u8> = (0..40_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect();
    let level = flate2::Compression::new(6);
    let mut compressor = flate2::Compress::new(level, true);
    for input in [page_text.as_bytes(), &noise, page_text.as_bytes(), b""] {
        let ours = super::writer::deflate(&mut compressor, input).expect("deflates");
        let mut fresh = flate2::write::ZlibEncoder::new(Vec::new(), level);
        fresh.write_all(input).expect("deflates");
        assert!(
            ours == fresh.finish().expect("deflates"),
            "{} bytes in",
            input.len()
        );
        let mut back = Vec::new();
        flate2::read::ZlibDecoder::new(&ours[..])
            .read_to_end(&mut back)
            .expect("inflates");
        assert!(back == input, "{} bytes in", input.len());
    }
}

#[test]
fn the_fallback_font_draws_symbols_noto_sans_lacks() {
    let text = "Done ✓ Not done ✗ Next → ★ ☺";
    assert!(characters_that_cannot_be_printed(text).is_empty());
    let pdf = render(&report(
        "Symbols",
        vec![section("S", vec![entry("L", text)])],
    ))
    .expect("renders");
    let extracted = words(&pdftotext(&pdf)).join(" ");
    assert!(extracted.contains(text), "{extracted}");
    let fonts = poppler("pdffonts", &["{}"], &pdf);
    assert!(fonts.contains("+DejaVuSans "), "{fonts}");
}

#[test]
fn unused_fonts_are_left_out() {
    let pdf = render(&report("Plain", vec![])).expect("renders");
    let fonts = poppler("pdffonts", &["{}"], &pdf);
    assert!(!fonts.contains("DejaVu"), "{fonts}");
}

// ---------------------------------------------------------------------------------------------
// Characters that cannot be printed

#[test]
fn emoji_right_to_left_and_cjk_are_unprintable() {
    let text = "🦀 ok 👍 مرحبا שלום 你好 こんにちは 🦀 ܫܠܡܐ ދިވެހި ߒߞߏ \u{E000}";
    // Everything but the spaces and "ok", each once, in order of first appearance.
    let mut expected: Vec<char> = Vec::new();
    for ch in text
        .chars()
        .filter(|ch| !ch.is_whitespace() && !"ok".contains(*ch))
    {
        if !expected.contains(&ch) {
            expected.push(ch);
        }
    }
    assert_eq!(characters_that_cannot_be_printed(text), expected);
    assert_eq!(expected.first(), Some(&'🦀'));
}

#[test]
fn welsh_polish_somali_and_punctuation_are_printable() {
    for text in [
        ENGLISH,
        WELSH,
        POLISH,
        SOMALI,
        "’ “ ” ‘ – — … • € £ ½ ° © ×",
    ] {
        assert_eq!(
            characters_that_cannot_be_printed(text),
            Vec::<char>::new(),
            "{text}"
        );
    }
    // From Noto Sans itself, in both weights, not from the fallback.
    for ch in "ŵŷâêîôûẁẃẅỳŴŶÂÊÎÔÛẀẂẄỲąćęłńóśźżĄĆĘŁŃÓŚŹŻ’“”–—…".chars()
    {
        for weight in [Weight::Regular, Weight::Bold] {
            let glyph = FONTS.glyph(ch, weight).expect("drawn");
            assert_ne!(glyph.face, Face::Fallback, "{ch} in {weight:?}");
        }
    }
}

#[test]
fn invisible_characters_are_not_listed() {
    let text = "a\u{200B}b\u{200C}c\u{200D}d\u{FE0F}e\u{FEFF}f\u{200E}g\u{200F}h\u{202E}i\u{2066}j\
                \u{00AD}k\u{0007}l\u{001B}m\u{007F}n\u{0085}o\t\r\n\u{2028}\u{2029}\u{00A0}\u{3000}p\u{E0041}";
    assert_eq!(characters_that_cannot_be_printed(text), Vec::<char>::new());
}

#[test]
fn combining_marks_follow_the_fonts() {
    // Noto Sans has the common combining accents.
    assert!(characters_that_cannot_be_printed("e\u{0301} n\u{0303} a\u{0308}\u{0301}").is_empty());
    // U+1AC1 (a newer combining mark) is in neither font.
    assert_eq!(
        characters_that_cannot_be_printed("a\u{1AC1}"),
        vec!['\u{1AC1}']
    );
    // Hebrew points are right-to-left marks: listed, even though DejaVu Sans has them.
    assert_eq!(
        characters_that_cannot_be_printed("a\u{05B0}"),
        vec!['\u{05B0}']
    );
}

#[test]
fn the_marker_stands_where_the_emoji_was() {
    let text = "Mae’r plant yn hapus 🦀 heddiw ac 👍🏽 yfory";
    let pdf =
        render(&report("Emoji", vec![section("S", vec![entry("L", text)])])).expect("renders");
    let extracted = words(&pdftotext(&pdf)).join(" ");
    assert!(
        extracted.contains("Mae’r plant yn hapus [?] heddiw ac [?][?] yfory"),
        "{extracted}"
    );
    assert_eq!(
        as_printed(text),
        "Mae’r plant yn hapus [?] heddiw ac [?][?] yfory"
    );
}

// ---------------------------------------------------------------------------------------------
// Text handling

const BODY: Style = Style {
    weight: Weight::Regular,
    size: 11.0,
};

fn line_text(line: &[text::Cluster]) -> String {
    text::runs(line).into_iter().map(|run| run.text).collect()
}

#[test]
fn a_very_long_word_is_broken_between_characters_and_nothing_is_lost() {
    let word = "ł".repeat(5_000);
    let text = format!("See {word} here");
    let paragraphs = text::paragraphs(&text, BODY, &FONTS);
    let lines = text::wrap(&paragraphs[0][0], 300.0);
    assert!(lines.len() > 10);
    for line in &lines {
        assert!(
            text::width(line) <= 300.0 + 0.01,
            "a line runs past the margin"
        );
    }
    // The long word starts right after "See", and every letter is there.
    assert!(line_text(lines[0]).starts_with("See ł"));
    let rejoined: String = lines.iter().map(|line| line_text(line)).collect();
    assert_eq!(without_whitespace(&rejoined), without_whitespace(&text));
}

#[test]
fn lines_break_at_spaces_and_keep_an_indent() {
    let paragraphs = text::paragraphs("    one two three four five six seven", BODY, &FONTS);
    let lines = text::wrap(&paragraphs[0][0], 80.0);
    let texts: Vec<String> = lines.iter().map(|line| line_text(line)).collect();
    assert!(texts[0].starts_with("    one"), "{texts:?}");
    for text in &texts[1..] {
        assert!(!text.starts_with(' ') && !text.ends_with(' '), "{texts:?}");
    }
    assert_eq!(
        words(&texts.join(" ")),
        ["one", "two", "three", "four", "five", "six", "seven"]
    );
}

#[test]
fn a_combining_mark_stays_with_its_letter() {
    let text = "e\u{0301}".repeat(400);
    let paragraphs = text::paragraphs(&text, BODY, &FONTS);
    for line in text::wrap(&paragraphs[0][0], 100.0) {
        assert_eq!(line.first().map(|c| c.draw), Some(Draw::Char('e')));
        assert_eq!(line.last().map(|c| c.draw), Some(Draw::Char('\u{0301}')));
    }
}

/// The lines `text` wraps into at `max_width`, as text.
fn wrapped_text(text: &str, max_width: f32) -> Vec<String> {
    let paragraphs = text::paragraphs(text, BODY, &FONTS);
    text::wrap(&paragraphs[0][0], max_width)
        .iter()
        .map(|line| line_text(line))
        .collect()
}

/// How wide `text` is set on one line.
fn text_width(text: &str) -> f32 {
    text::width(&text::paragraphs(text, BODY, &FONTS)[0][0])
}

#[test]
fn a_hyphenated_word_breaks_after_its_hyphen() {
    let room = text_width("mother-in-") + 1.0;
    assert_eq!(
        wrapped_text("my mother-in-law", room),
        ["my", "mother-in-", "law"]
    );
}

#[test]
fn a_number_with_no_break_spaces_is_never_split() {
    let text = "The bus costs 10\u{A0}000 won and 1\u{202F}500 won a month";
    let widest = text_width("10\u{A0}000");
    for step in 0..60 {
        let room = widest + step as f32 * 3.0;
        for line in wrapped_text(text, room) {
            // Every digit is on the line with the whole number it belongs to.
            let whole =
                line.matches("10\u{A0}000").count() * 5 + line.matches("1\u{202F}500").count() * 4;
            assert_eq!(
                line.chars().filter(char::is_ascii_digit).count(),
                whole,
                "{line:?} at {room}"
            );
        }
    }
}

#[test]
fn closing_punctuation_never_starts_a_line() {
    // French sets a space before ! and ?; the line still never starts with them.
    let text =
        "Merci beaucoup ! Elle vient demain (jeudi) ? Oui, dit-elle ; le car [ligne 4] part.";
    let widest = text_width("beaucoup");
    for step in 0..80 {
        let room = widest + step as f32 * 2.0;
        for line in wrapped_text(text, room) {
            assert!(
                !line.starts_with(['!', '?', ')', '»']),
                "{line:?} at {room}"
            );
            assert!(!line.ends_with(['(', '«']), "{line:?} at {room}");
        }
    }
}

#[test]
fn cjk_text_wraps_between_ideographs() {
    // Each ideograph is a marker here, but the line still breaks between any two of them,
    // so they fill the rest of the line after "ok" instead of all moving to the next one.
    let ideographs = "你好世界你好世界你好";
    let room = text_width(ideographs) + 1.0;
    let lines = wrapped_text(&format!("ok {ideographs}"), room);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("ok [?]"), "{lines:?}");
    assert_eq!(
        lines.concat().matches(MISSING_CHARACTER_MARKER).count(),
        ideographs.chars().count()
    );
}

#[test]
fn a_soft_hyphen_is_not_a_break_since_no_hyphen_is_drawn() {
    let room = text_width("extraordinary") + 1.0;
    assert_eq!(
        wrapped_text("an extra\u{AD}ordinary day", room),
        ["an", "extraordinary", "day"]
    );
}

#[test]
fn a_marker_for_an_unprintable_mark_stays_with_its_letter() {
    // U+1AC1 is in neither font, so it is drawn as a marker that takes room of its own; a word
    // too long for a line is still only broken between whole characters.
    let text = "a\u{1AC1}".repeat(200);
    for line in wrapped_text(&text, 100.0) {
        assert!(line.starts_with('a') && line.ends_with("[?]"), "{line:?}");
    }
}

#[test]
fn paragraphs_and_line_breaks_are_kept_and_invisible_characters_dropped() {
    let text = "First line\r\nsecond\u{0007} line\n\n\n  \nNew\tparagraph\u{200B}here\u{2029}Last";
    let paragraphs = text::paragraphs(text, BODY, &FONTS);
    let shown: Vec<Vec<String>> = paragraphs
        .iter()
        .map(|paragraph| paragraph.iter().map(|line| line_text(line)).collect())
        .collect();
    assert_eq!(
        shown,
        [
            vec!["First line".to_string(), "second line".to_string()],
            vec!["New    paragraphhere".to_string()],
            vec!["Last".to_string()],
        ]
    );
    // The zero-width space is a place to break, taking no room.
    let zero_width = paragraphs[1][0]
        .iter()
        .find(|cluster| cluster.draw == Draw::Nothing)
        .expect("kept as a break opportunity");
    assert_eq!(zero_width.kind, Kind::Space);
    assert_eq!(zero_width.width, 0.0);
}

#[test]
fn removing_hinting_keeps_the_font_usable() {
    let original = include_bytes!("../fonts/NotoSans-Regular.ttf");
    let stripped = super::hinting::without_hinting(original).expect("Noto Sans is understood");
    assert!(stripped.len() < original.len());
    assert!(!stripped.windows(4).take(400).any(|tag| tag == b"fpgm"));
    let font = printpdf::ParsedFont::from_bytes(&stripped, 0, &mut Vec::new())
        .expect("the stripped font still parses");
    let before = FONTS.face(Face::Regular);
    assert_eq!(font.num_glyphs, before.font.num_glyphs);
    for ch in "Aŵłg…".chars() {
        let glyph = font
            .lookup_glyph_index(u32::from(ch))
            .expect("still mapped");
        assert_eq!(
            font.get_horizontal_advance(glyph),
            before.font.get_horizontal_advance(glyph)
        );
    }
}

#[test]
fn every_embedded_font_parses() {
    for face in [Face::Regular, Face::Bold, Face::Fallback] {
        assert!(FONTS.face(face).font.num_glyphs > 1000);
    }
}

// ---------------------------------------------------------------------------------------------
// Edges

#[test]
fn a_malformed_language_tag_is_refused() {
    for tag in [
        "",
        "en_GB",
        "e",
        "en-",
        "en GB",
        "-en",
        "cy-toolongsubtag",
        "1en",
    ] {
        let mut document = report("T", vec![]);
        document.language = tag.to_string();
        assert!(
            matches!(render(&document), Err(PdfError::InvalidLanguage(_))),
            "{tag:?}"
        );
    }
    for tag in ["en", "cy", "pl", "so", "en-GB", "zh-Hant-TW", "x-private"] {
        let mut document = report("T", vec![]);
        document.language = tag.to_string();
        assert!(render(&document).is_ok(), "{tag:?}");
    }
}

#[test]
fn an_empty_report_is_one_page_with_its_footer() {
    let mut document = report("", vec![]);
    document.footer = String::new();
    let pdf = render(&document).expect("renders");
    assert_eq!(page_count(&pdf), 1);
    assert!(pdftotext(&pdf).contains("Page 1 of 1"));
}

#[test]
fn a_report_with_no_text_at_all_still_renders() {
    let mut document = report("", vec![section("", vec![entry("", "\u{200B}\n\t ")])]);
    document.footer = String::new();
    document.page_number_template = String::new();
    let pdf = render(&document).expect("renders");
    assert_eq!(page_count(&pdf), 1);
}

#[test]
fn a_long_footer_wraps_above_the_page_number() {
    let mut document = report(
        "T",
        vec![section("S", vec![entry("L", &"word ".repeat(3000))])],
    );
    document.footer = "Confidential: this report was written by a parent for the conference and \
                       must not be shared outside it without their agreement. "
        .repeat(2);
    let pdf = render(&document).expect("renders");
    let extracted = words(&pdftotext(&pdf)).join(" ");
    assert!(extracted.contains("must not be shared outside it"));
    assert_eq!(
        extracted.matches("word").count(),
        3000,
        "no body text hidden under the footer"
    );
}

// ---------------------------------------------------------------------------------------------
// Any text at all

/// Pieces a parent's text might be made of, and some no parent would type.
fn piece() -> impl Strategy<Value = String> {
    let select = |items: &[&str]| {
        proptest::sample::select(
            items
                .iter()
                .map(|item| item.to_string())
                .collect::<Vec<_>>(),
        )
    };
    prop_oneof![
        6 => "[a-zA-Z0-9ŵŷâêîôûẁẃẅỳŴŶąćęłńóśźżĄĆĘŁŃÓŚŹŻ'’“”–—…,.;:!?()/&%£-]{1,12}",
        4 => select(&[" ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\r", "\u{00A0}", "\u{2003}", "\u{2028}", "\u{2029}", "\u{3000}"]),
        1 => select(&["😀", "🦀", "👍🏽", "👩\u{200D}👩\u{200D}👧", "🇬🇧", "❤\u{FE0F}", "✓", "☺"]),
        1 => select(&["שלום", "مرحبا", "ܫܠܡܐ", "ދިވެހި", "ߒߞߏ", "\u{FB50}\u{FE8D}"]),
        1 => "[aeiouAEIOU][\u{0300}-\u{036F}\u{1AB0}-\u{1AFF}\u{20D0}-\u{20FF}]{1,3}",
        1 => select(&["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{200E}", "\u{200F}", "\u{FE0F}", "\u{2060}", "\u{00AD}", "\u{202E}", "\u{E0041}"]),
        1 => r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]{1,3}",
        1 => "[a-z0-9/:.?=&-]{100,3000}",
        1 => "[\u{4E00}-\u{9FFF}\u{3040}-\u{30FF}\u{AC00}-\u{D7A3}]{1,20}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn typed_text(max_pieces: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..max_pieces)
        .prop_map(|pieces| pieces.concat().chars().take(5_000).collect())
}

fn long_arbitrary_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..5_000).prop_map(String::from_iter)
}

/// Footer and page numbers that no generated text will contain, so they can be taken out.
const TEST_FOOTER: &str = "QZXFOOTER";

fn round_trip_document(
    title: String,
    heading: String,
    entries: Vec<(String, String)>,
) -> ReportDocument {
    let mut document = report(
        &title,
        vec![ReportSection {
            heading,
            heading_in_english: None,
            entries: entries
                .into_iter()
                .map(|(label, text)| ReportEntry { label, text })
                .collect(),
            picture: None,
        }],
    );
    document.footer = TEST_FOOTER.to_string();
    document.page_number_template = "QZXPAGE{page}/{pages}".to_string();
    document
}

/// Renders `document`, reads it back, and checks that what comes out is what should be printed.
///
/// In drawing order (`pdftotext -raw`) it must match exactly, in order, once whitespace is set
/// aside. In pdftotext's default reading order it must hold the same characters (as multisets:
/// its layout analysis may reorder very short lines, which random text is full of), with one
/// allowance: a `-` that ends a line is removed there, because pdftotext joins such lines as a
/// word broken by a hyphen; and a combining mark repeated on one letter may come back once,
/// because pdftotext drops a glyph drawn exactly over an identical one (its fake-bold check;
/// `-raw` keeps them, so the exact comparison still covers them). Each character is its own
/// glyph here (no shaping), so even ligature code points such as U+FB01 come back unchanged.
fn assert_round_trip(document: &ReportDocument) -> Result<(), TestCaseError> {
    let pdf = render(document).map_err(|error| TestCaseError::fail(error.to_string()))?;
    let pages = page_count(&pdf);
    let without_footers = |extracted: String| {
        let mut text = without_whitespace(&extracted);
        for page in (1..=pages).rev() {
            text = text.replace(&format!("QZXPAGE{page}/{pages}"), "");
        }
        text.replace(TEST_FOOTER, "")
    };

    let mut expected = as_printed(&document.title);
    for section in &document.sections {
        expected.push_str(&as_printed(&section.heading));
        for entry in &section.entries {
            expected.push_str(&as_printed(&entry.label));
            expected.push_str(&as_printed(&entry.text));
        }
    }
    let expected = without_whitespace(&expected);
    prop_assert_eq!(&without_footers(pdftotext_raw(&pdf)), &expected);

    let is_combining_mark = |ch: char| {
        matches!(
            CodePointMapData::<GeneralCategory>::new().get(ch),
            GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
        )
    };
    let count = |text: &str| {
        let mut counts = std::collections::BTreeMap::new();
        for ch in text.chars() {
            let seen = counts.entry(ch).or_insert(0usize);
            if !(is_combining_mark(ch) && *seen > 0) {
                *seen += 1;
            }
        }
        counts
    };
    let mut read = count(&without_footers(pdftotext(&pdf)));
    let mut wanted = count(&expected);
    let read_hyphens = read.remove(&'-').unwrap_or(0);
    let wanted_hyphens = wanted.remove(&'-').unwrap_or(0);
    prop_assert_eq!(read, wanted);
    prop_assert!(read_hyphens <= wanted_hyphens);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_typed_text_renders_and_comes_back(
        title in typed_text(8),
        heading in typed_text(6),
        entries in proptest::collection::vec((typed_text(6), typed_text(120)), 1..4),
    ) {
        assert_round_trip(&round_trip_document(title, heading, entries))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_at_all_renders_and_comes_back(
        title in any::<String>(),
        label in any::<String>(),
        text in long_arbitrary_text(),
    ) {
        assert_round_trip(&round_trip_document(title, "Heading".to_string(), vec![(label, text)]))?;
    }
}

// ---------------------------------------------------------------------------------------------
// The shortcut past the grapheme segmenter

/// Characters where UAX #29 has rules of its own, mixed with plain ASCII: CR and LF, combining
/// marks, zero-width joiner, emoji and skin tones, regional indicators, Hangul jamo, a prepended
/// Arabic number sign, Devanagari with a virama, spacing marks, controls.
fn grapheme_edge_text() -> impl Strategy<Value = String> {
    let pieces = proptest::sample::select(vec![
        "a",
        "Z",
        " ",
        "\r",
        "\n",
        "\r\n",
        "\t",
        "-",
        "1",
        "'",
        "\u{0301}",
        "\u{0308}",
        "\u{200D}",
        "\u{200B}",
        "\u{1F600}",
        "\u{1F3FD}",
        "\u{2764}",
        "\u{FE0F}",
        "\u{1F1EC}",
        "\u{1F1E7}",
        "\u{1100}",
        "\u{1161}",
        "\u{11A8}",
        "\u{AC00}",
        "\u{0600}",
        "\u{0915}",
        "\u{094D}",
        "\u{0937}",
        "\u{093F}",
        "\u{0E33}",
        "\u{00E9}",
        "\u{0142}",
        "\u{0007}",
        "\u{007F}",
        "\u{00AD}",
        "\u{2019}",
    ]);
    proptest::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// `text::starts_character` agrees with unicode-segmentation's own iterator at every
    /// character of the text.
    #[test]
    fn the_grapheme_shortcut_agrees_with_the_segmenter(text in grapheme_edge_text()) {
        use unicode_segmentation::UnicodeSegmentation;
        let expected: HashSet<usize> = text.grapheme_indices(true).map(|(at, _)| at).collect();
        let mut previous = None;
        for (at, ch) in text.char_indices() {
            prop_assert_eq!(
                text::starts_character(&text, at, previous, ch),
                expected.contains(&at),
                "at byte {} of {:?}", at, text
            );
            previous = Some(ch);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Pictures

#[test]
fn a_picture_is_embedded_as_the_very_same_jpeg() {
    let mut document = report(
        "Child's views",
        vec![section(
            "My drawing",
            vec![entry("What it shows", "Us at the beach.")],
        )],
    );
    document.sections[0].picture = Some(drawing());
    let pdf = render(&document).expect("a report with a picture renders");

    let list = poppler("pdfimages", &["-list", "{}"], &pdf);
    let rows: Vec<Vec<&str>> = list
        .lines()
        .skip(2)
        .map(|row| row.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 1, "one picture: {list}");
    // page num type width height color comp bpc enc
    assert_eq!(
        &rows[0][..9],
        ["1", "0", "image", "40", "30", "rgb", "3", "8", "jpeg"],
        "{list}"
    );

    // Passed through, not re-encoded: pdfimages -j writes the stream's bytes as they are.
    let directory =
        std::env::temp_dir().join(format!("conference-pictures-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("a temporary directory");
    let pdf_path = directory.join("report.pdf");
    std::fs::write(&pdf_path, &pdf).expect("the PDF can be written");
    let status = Command::new("pdfimages")
        .arg("-j")
        .arg(&pdf_path)
        .arg(directory.join("out"))
        .status()
        .expect("pdfimages runs (poppler-utils)");
    assert!(status.success());
    let extracted = std::fs::read(directory.join("out-000.jpg")).expect("the JPEG comes out");
    let _ = std::fs::remove_dir_all(&directory);
    assert_eq!(extracted, DRAWING_JPEG);
    // The words are all still there.
    assert!(pdftotext(&pdf).contains("Us at the beach."));
}

/// Where the picture of the only section lies: its page (from 0) and its item.
fn placed_picture(document: &ReportDocument) -> (usize, f32, f32, f32, f32) {
    let pages = layout::lay_out(document, &FONTS).pages;
    pages
        .iter()
        .enumerate()
        .find_map(|(index, page)| {
            page.items.iter().find_map(|item| match item {
                Item::Picture {
                    x,
                    y,
                    width,
                    height,
                    ..
                } => Some((index, *x, *y, *width, *height)),
                _ => None,
            })
        })
        .expect("the picture is placed")
}

#[test]
fn a_picture_fits_the_text_width_and_at_most_half_a_page() {
    let page_height = 297.0 * 72.0 / 25.4;
    let text_width = (210.0 - 50.0) * 72.0 / 25.4;
    let mut document = report(
        "Views",
        vec![section("Drawing", vec![entry("Words", "Hello")])],
    );

    // Wide: as wide as the text, in proportion.
    document.sections[0].picture = Some(DocumentPicture {
        width: 400,
        height: 100,
        ..drawing()
    });
    let (_, x, _, width, height) = placed_picture(&document);
    assert!((width - text_width).abs() < 0.01, "{width}");
    assert!((height - text_width / 4.0).abs() < 0.01, "{height}");
    assert!((x - 25.0 * 72.0 / 25.4).abs() < 0.01);

    // Tall: held to half a page, still in proportion, so narrower than the text.
    document.sections[0].picture = Some(DocumentPicture {
        width: 100,
        height: 1000,
        ..drawing()
    });
    let (_, _, y, width, height) = placed_picture(&document);
    assert!(height <= page_height / 2.0, "{height}");
    assert!(height > page_height / 3.0, "{height}");
    assert!((width * 10.0 - height).abs() < 0.01, "{width} × {height}");
    assert!(y > 24.0 * 72.0 / 25.4, "above the footer: {y}");
}

#[test]
fn a_picture_that_does_not_fit_goes_to_the_next_page_after_its_words() {
    // Enough words to fill most of the first page.
    let words = "The children walk to school every morning and we talk about the day. ".repeat(40);
    let mut document = report(
        "Views",
        vec![section("Drawing", vec![entry("Words", &words)])],
    );
    document.sections[0].picture = Some(DocumentPicture {
        width: 100,
        height: 100,
        ..drawing()
    });
    let pages = layout::lay_out(&document, &FONTS).pages;
    assert_eq!(pages.len(), 2);
    let (page, _, y, _, height) = placed_picture(&document);
    assert_eq!(page, 1, "moved to the second page");
    // At the top of that page, below nothing but the margin.
    let top_margin = 22.0 * 72.0 / 25.4;
    assert!(
        (y + height - (297.0 * 72.0 / 25.4 - top_margin)).abs() < 0.01,
        "{y} {height}"
    );
    // The words stayed on the first page, before it.
    assert!(pages[0]
        .items
        .iter()
        .any(|item| matches!(item, Item::Text { .. })));
}

// ---------------------------------------------------------------------------------------------
// The structure tree, as pikepdf reads it

/// What `structure_check.py` prints for `pdf`: the tree, one element a line, and its findings.
fn structure_check(pdf: &[u8], arguments: &[&str]) -> Vec<String> {
    crate::server::test_support::run_test_python(include_str!("structure_check.py"), arguments, pdf)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The structure types in tree order, as the document's order says they must be.
fn expected_structure(document: &ReportDocument) -> Vec<String> {
    let mut roles = vec!["Document".to_owned(), "H1".to_owned()];
    if !document.details.is_empty() {
        roles.push("Table".to_owned());
        for _ in &document.details {
            roles.extend(["TR", "TH", "TD"].map(str::to_owned));
        }
    }
    for section in &document.sections {
        roles.push("H2".to_owned());
        if section.heading_in_english.is_some() {
            roles.push("P".to_owned());
        }
        for _ in &section.entries {
            roles.extend(["H3", "P"].map(str::to_owned));
        }
        if section.picture.is_some() {
            roles.push("Figure".to_owned());
        }
    }
    roles
}

/// The tree's lines (indented element lines) without the findings after them.
fn tree_lines(check: &[String]) -> Vec<&String> {
    check
        .iter()
        .take_while(|line| {
            line.trim_start()
                .chars()
                .next()
                .is_some_and(|ch| ch.is_ascii_uppercase())
                && !matches!(line.as_str(), "MARKED" | "TABS" | "PARENT-TREE")
                && !line.starts_with("LANG ")
                && !line.starts_with("UNREACHED")
        })
        .collect()
}

fn structure_types(check: &[String]) -> Vec<String> {
    tree_lines(check)
        .iter()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_full_report_is_tagged_in_reading_order_with_nothing_left_out() {
    let document = sample::full_report();
    let pdf = render(&document).expect("the sample report renders");
    let check = structure_check(&pdf, &[]);
    // Shown with --nocapture: the tree as a screen reader gets it.
    println!("{}", check.join("\n"));

    assert_eq!(structure_types(&check), expected_structure(&document));
    assert!(
        !check
            .iter()
            .any(|line| line.starts_with("UNREACHED") || line.starts_with("BAD-PARENT")),
        "{check:#?}"
    );
    for finding in ["MARKED", "LANG en", "TABS", "PARENT-TREE"] {
        assert!(
            check.iter().any(|line| line == finding),
            "{finding}: {check:#?}"
        );
    }
    // A long answer runs over a page break and is still one paragraph, on both pages.
    assert!(
        tree_lines(&check)
            .iter()
            .any(|line| line.trim_start().starts_with("P pages=") && line.contains(',')),
        "{check:#?}"
    );
    let info = poppler("pdfinfo", &["{}"], &pdf);
    assert!(
        info.lines()
            .any(|line| line.split_whitespace().eq(["Tagged:", "yes"])),
        "{info}"
    );
    // The running header, footer and page numbers are artifacts: everything else is reached.
    assert!(pdf.len() < 40_000, "{} bytes", pdf.len());
}

#[test]
fn the_check_notices_an_answer_left_out_of_the_tree() {
    let document = sample::full_report();
    let pdf = render(&document).expect("the sample report renders");
    let check = structure_check(&pdf, &["drop-answer"]);
    assert!(
        check.iter().any(|line| line.starts_with("UNREACHED")),
        "the dropped answer's text is reached by nothing: {check:#?}"
    );
    assert!(!check.iter().any(|line| line == "PARENT-TREE"));
    assert_ne!(structure_types(&check), expected_structure(&document));
}

#[test]
fn an_english_heading_under_a_translated_one_and_a_picture_are_tagged() {
    let mut document = report(
        "Adroddiad",
        vec![
            section(
                "Fy llun",
                vec![entry("Beth mae'n ei ddangos", "Ni ar y traeth.")],
            ),
            section("Diwedd", vec![entry("Unrhyw beth arall?", "Na.")]),
        ],
    );
    document.language = "cy".to_owned();
    document.details = vec![("Cyngor".to_owned(), "Cyngor Sir Enghraifft".to_owned())];
    document.sections[0].heading_in_english = Some("My drawing".to_owned());
    document.sections[0].picture = Some(drawing());
    let pdf = render(&document).expect("the report renders");
    let check = structure_check(&pdf, &[]);
    assert_eq!(structure_types(&check), expected_structure(&document));
    let lines = tree_lines(&check);
    let english = lines
        .iter()
        .position(|line| line.trim_start() == "P pages=1 lang=en")
        .expect("the English heading is a P in English");
    assert!(lines[english - 1].trim_start().starts_with("H2"));
    assert!(
        lines.iter().any(|line| line.trim_start()
            == "Figure pages=1 alt=\"A red ring with a blue line across it\""),
        "{check:#?}"
    );
    assert!(check.iter().any(|line| line == "LANG cy"));
    assert!(
        !check.iter().any(|line| line.starts_with("UNREACHED")),
        "{check:#?}"
    );
    // Only the translated heading's English line is English.
    assert_eq!(
        lines.iter().filter(|line| line.contains("lang=")).count(),
        1
    );
    assert!(pdftotext(&pdf).contains("My drawing"));
}

#[test]
fn pages_after_the_first_have_the_running_header_and_the_first_does_not() {
    let document = sample::full_report();
    let pdf = render(&document).expect("the sample report renders");
    // As in `benches/pdf.rs`: set REPORT_SAMPLE_PDF to keep the file and look at it.
    if let Some(path) = std::env::var_os("REPORT_SAMPLE_PDF") {
        std::fs::write(path, &pdf).expect("the sample PDF can be saved");
    }
    let header = "My report for the Child Protection Conference · Conference on 3 December 2026";
    assert!(!pdftotext_page(&pdf, 1).contains("Conference on 3 December 2026"));
    for page in 2..=page_count(&pdf) {
        let text = pdftotext_page(&pdf, page);
        assert!(text.starts_with(header), "page {page}: {text}");
    }
}

#[test]
fn a_sent_report_shows_its_reference_in_the_running_header() {
    use crate::forms::{
        document::{document, sent_document},
        Answers,
    };
    let answers = Answers::from_form(
        &crate::report::REPORT,
        [
            ("conference-day", "3"),
            ("conference-month", "12"),
            ("conference-year", "2026"),
        ],
    );
    let messages = crate::i18n::Messages {
        language: crate::i18n::default_language(),
        profile: std::sync::Arc::new(
            crate::server::profile::parse("example", crate::server::profile::EXAMPLE_ENGLAND)
                .expect("the example profile is valid"),
        ),
    };
    let created = chrono::Utc::now();
    let downloaded = document(&answers, &messages, created);
    let sent = sent_document(&answers, &messages, created, Some("K7Q-4MX"));
    assert!(
        downloaded.running_header.contains("3 December 2026"),
        "{}",
        downloaded.running_header
    );
    assert!(!downloaded.running_header.contains("K7Q-4MX"));
    assert!(
        sent.running_header.ends_with("Reference K7Q-4MX"),
        "{}",
        sent.running_header
    );
    assert!(sent.running_header.starts_with(&downloaded.running_header));
}
