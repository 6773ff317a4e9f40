//! The embedded fonts, parsed once, and which of them draws a given character.
//!
//! Noto Sans (regular and bold) draws almost all of the text: it covers every Latin-script
//! language the guide is translated into and far more (Latin Extended A/B/Additional, IPA, Greek,
//! Cyrillic, combining accents, typographic punctuation). DejaVu Sans is the fallback for what a
//! parent might type that Noto Sans lacks: arrows, ticks and crosses, bullets and shapes, a few
//! smileys, Armenian, Georgian and other scripts. It is used in both weights, since DejaVu Sans
//! Bold would double the fallback's weight in the binary for a few symbols in headings.

use std::sync::LazyLock;

use icu_properties::props::{DefaultIgnorableCodePoint, GeneralCategory};
use icu_properties::{CodePointMapData, CodePointSetData};
use printpdf::ParsedFont;

const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
const NOTO_SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
const DEJAVU_SANS: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");

/// The weight a piece of text asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Weight {
    Regular,
    Bold,
}

/// One of the embedded font files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Face {
    Regular,
    Bold,
    Fallback,
}

/// Where a character is drawn from and how far it moves the pen, in ems.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Glyph {
    pub face: Face,
    pub advance_em: f32,
}

pub(super) struct LoadedFace {
    pub font: ParsedFont,
    units_per_em: f32,
}

impl LoadedFace {
    fn load(bytes: &[u8]) -> Self {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .expect("the embedded font files are valid TrueType fonts (the tests parse every one)");
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        Self { font, units_per_em }
    }

    fn glyph(&self, face: Face, ch: char) -> Option<Glyph> {
        let glyph_id = self.font.lookup_glyph_index(u32::from(ch))?;
        // Glyph 0 is the "missing glyph" box: having it is not having the character.
        if glyph_id == 0 {
            return None;
        }
        let advance = f32::from(self.font.get_horizontal_advance(glyph_id));
        Some(Glyph {
            face,
            advance_em: advance / self.units_per_em,
        })
    }
}

/// Characters below this are looked up once at start-up: they are nearly all of any report.
const QUICK_TABLE_SIZE: usize = 0x0250;

pub(super) struct Fonts {
    regular: LoadedFace,
    bold: LoadedFace,
    fallback: LoadedFace,
    /// `quick[weight][ch]` for `ch < QUICK_TABLE_SIZE`, so the common case skips the cmap search.
    quick: [Vec<Option<Glyph>>; 2],
}

pub(super) static FONTS: LazyLock<Fonts> = LazyLock::new(Fonts::load);

impl Fonts {
    fn load() -> Self {
        let mut fonts = Self {
            regular: LoadedFace::load(NOTO_SANS_REGULAR),
            bold: LoadedFace::load(NOTO_SANS_BOLD),
            fallback: LoadedFace::load(DEJAVU_SANS),
            quick: [Vec::new(), Vec::new()],
        };
        for (slot, weight) in [(0, Weight::Regular), (1, Weight::Bold)] {
            fonts.quick[slot] = (0..QUICK_TABLE_SIZE as u32)
                .map(|code| char::from_u32(code).and_then(|ch| fonts.search(ch, weight)))
                .collect();
        }
        fonts
    }

    pub(super) fn face(&self, face: Face) -> &LoadedFace {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
            Face::Fallback => &self.fallback,
        }
    }

    /// The glyph that draws `ch` in `weight`, or `None` if `ch` must be shown as the
    /// missing-character marker. Only meaningful for visible characters (see [`is_invisible`]).
    pub(super) fn glyph(&self, ch: char, weight: Weight) -> Option<Glyph> {
        let slot = match weight {
            Weight::Regular => 0,
            Weight::Bold => 1,
        };
        match self.quick[slot].get(ch as usize) {
            Some(known) => *known,
            None => self.search(ch, weight),
        }
    }

    /// The chosen weight of Noto Sans first, then the other weight (the two cover the same
    /// characters today, but nothing should vanish if a future update differs), then DejaVu Sans.
    fn search(&self, ch: char, weight: Weight) -> Option<Glyph> {
        if is_never_printed(ch) {
            return None;
        }
        let (first, second) = match weight {
            Weight::Regular => (Face::Regular, Face::Bold),
            Weight::Bold => (Face::Bold, Face::Regular),
        };
        [first, second, Face::Fallback]
            .into_iter()
            .find_map(|face| self.face(face).glyph(face, ch))
    }

    /// The width of `text` set in `face` at `size` points, for text known to be in that face
    /// (the marker and the page numbers).
    pub(super) fn width_in(&self, face: Face, text: &str, size: f32) -> f32 {
        let loaded = self.face(face);
        text.chars()
            .filter_map(|ch| loaded.glyph(face, ch))
            .map(|glyph| glyph.advance_em * size)
            .sum()
    }
}

/// Characters that draw nothing: whitespace (handled as spacing and line breaks), control
/// characters, and the default-ignorable code points (zero-width space and joiners, variation
/// selectors, bidi marks, the byte-order mark, soft hyphen, tag characters…). They are never
/// reported as unprintable.
pub(super) fn is_invisible(ch: char) -> bool {
    // ASCII has no default-ignorable code points, and its whitespace other than the space is all
    // control characters: a shortcut past ICU's search for nearly every character of a report.
    if ch.is_ascii() {
        return ch == ' ' || ch.is_ascii_control();
    }
    ch.is_whitespace() || ch.is_control() || is_default_ignorable(ch)
}

/// Unicode's Default_Ignorable_Code_Point property, from ICU's data for the Unicode version it
/// ships (kept current by the ICU4X project rather than copied here by hand).
fn is_default_ignorable(ch: char) -> bool {
    CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(ch)
}

/// Visible characters that are shown as the marker even where a font has a glyph for them.
fn is_never_printed(ch: char) -> bool {
    is_right_to_left(ch) || is_private_use(ch)
}

/// Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, their
/// presentation forms, and the historic and newer right-to-left scripts in the supplementary
/// planes (Adlam, Mende Kikakui, Hanifi Rohingya…). printpdf has no bidi reordering and no
/// shaping, so DejaVu Sans's Hebrew and Arabic letters would come out unjoined and in the wrong
/// order: a misleading rendering of what the parent wrote is worse than an honest marker.
fn is_right_to_left(ch: char) -> bool {
    matches!(
        ch,
        '\u{0590}'..='\u{08FF}'
            | '\u{FB1D}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFE}'
            | '\u{10800}'..='\u{10FFF}'
            | '\u{1E800}'..='\u{1EFFF}'
    )
}

/// Private-use characters (General_Category Co) have no agreed meaning, so whatever a font
/// happens to draw for one (DejaVu Sans has a few) says nothing reliable.
fn is_private_use(ch: char) -> bool {
    CodePointMapData::<GeneralCategory>::new().get(ch) == GeneralCategory::PrivateUse
}
