//! A parent's written report for a Child Protection Conference, as a plain A4 PDF.
//!
//! The caller hands over everything already translated; this module only lays it out: the title,
//! the details as a label/value block, then each section's heading and its answers (a bold label,
//! then the parent's own words, with their paragraphs and line breaks kept), and on every page a
//! footer and "Page n of N". Text is wrapped by the fonts' own glyph widths, the fonts are
//! embedded as subsets, and the document carries its title, language and creation date.
//!
//! Whatever the parent typed, nothing vanishes silently: a character none of the fonts can draw
//! is shown as [`MISSING_CHARACTER_MARKER`], and [`characters_that_cannot_be_printed`] lets the
//! web page warn about those before the PDF is made.
//!
//! Unicode data comes from maintained crates, not hand-copied tables: line break opportunities
//! from `unicode-linebreak` (UAX #14), grapheme clusters from `unicode-segmentation` (UAX #29, for
//! breaking a word too long for any line), and Default_Ignorable_Code_Point and General_Category
//! from `icu_properties` (already built for `url`'s IDNA). Looked at and not used: `icu_segmenter`
//! (its line breaker adds dictionary data for Thai and similar scripts, which print as markers
//! here anyway), `textwrap` (wraps by its own width model, not the fonts' glyph widths and
//! markers), and `unicode-properties` / `unicode-general-category` (both already in the tree, but
//! neither has Default_Ignorable_Code_Point). The right-to-left list in `fonts.rs` is kept as
//! script blocks on purpose: it must also catch those scripts' vowel points and marks, whose
//! Bidi_Class is NSM, not R or AL.

mod fonts;
mod hinting;
mod layout;
mod text;
mod writer;

use std::collections::HashSet;

use fonts::{is_invisible, Weight, FONTS};

pub use crate::forms::document::{
    DocumentPicture, ReportDocument, ReportEntry, ReportSection, MISSING_CHARACTER_MARKER,
};

/// Why a report could not be turned into a PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The caller's language code is not a BCP 47 tag, so it cannot be the PDF's /Lang.
    #[error("{0:?} is not a BCP 47 language tag")]
    InvalidLanguage(String),
    /// lopdf could not find the document catalog to add the language to.
    #[error("the PDF could not be assembled: {0}")]
    Assemble(#[from] lopdf::Error),
    /// printpdf's output was not shaped as this module expects (a printpdf upgrade would do it).
    #[error("the PDF could not be assembled: {0}")]
    Unexpected(&'static str),
    /// Writing the finished PDF into memory failed.
    #[error("the PDF could not be written: {0}")]
    Write(#[from] std::io::Error),
}

/// Lays out the report and returns the bytes of the PDF.
pub fn render(document: &ReportDocument) -> Result<Vec<u8>, PdfError> {
    if !is_language_tag(&document.language) {
        return Err(PdfError::InvalidLanguage(document.language.clone()));
    }
    let fonts = &*FONTS;
    let layout = layout::lay_out(document, fonts);
    writer::write(document, &document.language, &layout, fonts)
}

/// How many pages the report would take: the layout (wrapping, glyph lookup, pagination)
/// without writing the file. For the fuzz target, which needs many runs a second.
#[doc(hidden)]
pub fn page_count(document: &ReportDocument) -> usize {
    layout::lay_out(document, &FONTS).pages.len()
}

/// The visible characters in `text` that the embedded fonts cannot draw, each once, in order of
/// first appearance. Whitespace, control characters and default-ignorable characters (zero-width
/// space/joiner, variation selectors, BOM, bidi marks…) are not "visible" and are not listed.
/// Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…) are listed even where a font has
/// their letters, because printpdf cannot put them in the right order or join them.
pub fn characters_that_cannot_be_printed(text: &str) -> Vec<char> {
    let fonts = &*FONTS;
    let mut seen = HashSet::new();
    text.chars()
        .filter(|&ch| !is_invisible(ch) && fonts.glyph(ch, Weight::Regular).is_none())
        .filter(|&ch| seen.insert(ch))
        .collect()
}

/// Accepts the shape of a BCP 47 tag: subtags of 1–8 ASCII letters or digits joined by hyphens,
/// the first being a 2–8 letter language (or `x`/`i` for private and legacy tags).
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let first_is_language = subtags.next().is_some_and(|language| {
        matches!(language, "x" | "i" | "X" | "I")
            || ((2..=8).contains(&language.len())
                && language.chars().all(|ch| ch.is_ascii_alphabetic()))
    });
    first_is_language
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len()) && subtag.chars().all(|ch| ch.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod sample;
#[cfg(test)]
pub(crate) mod tests;
