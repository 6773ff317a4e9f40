//! Text as measured pieces: split the way the writer split it, then wrapped to a width.

use super::fonts::{is_invisible, Face, Fonts, Weight};
use super::MISSING_CHARACTER_MARKER;

/// How text is set: weight and size in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Style {
    pub weight: Weight,
    pub size: f32,
}

impl Style {
    /// The Noto face of this weight, used for the missing-character marker.
    pub(super) fn face(self) -> Face {
        match self.weight {
            Weight::Regular => Face::Regular,
            Weight::Bold => Face::Bold,
        }
    }
}

/// What a cluster puts on the page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Draw {
    Char(char),
    /// The missing-character marker, standing for one character no font can draw.
    Marker,
    /// A break opportunity that takes no room (a zero-width space).
    Nothing,
}

/// Whether the line may break at a cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Part of a word.
    Word,
    /// A space the line may break at; dropped at the break.
    Space,
}

/// The smallest piece of measured text: one character (or the marker) in one face.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cluster {
    pub face: Face,
    pub draw: Draw,
    pub kind: Kind,
    /// Width in points at the style's size.
    pub width: f32,
}

/// The lines the writer typed, grouped into paragraphs at blank lines.
pub(super) type Paragraph = Vec<Vec<Cluster>>;

/// Spaces a tab stands for: enough to keep a typed indent visible.
const TAB_WIDTH_IN_SPACES: usize = 4;

/// Splits `text` into paragraphs of typed lines and measures every character.
///
/// Line breaks are `\n`, `\r\n`, `\r`, vertical tab, form feed, NEL and U+2028; U+2029 and
/// blank lines separate paragraphs (several blank lines count as one). Invisible characters
/// are dropped, except a zero-width space, which stays as a place the line may break.
pub(super) fn paragraphs(text: &str, style: Style, fonts: &Fonts) -> Vec<Paragraph> {
    let mut builder = ParagraphBuilder::default();
    let space = space_cluster(' ', style, fonts);
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                builder.end_line();
            }
            '\n' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' => builder.end_line(),
            '\u{2029}' => {
                builder.end_line();
                builder.end_paragraph();
            }
            '\t' => builder
                .line
                .extend(std::iter::repeat_n(space, TAB_WIDTH_IN_SPACES)),
            '\u{200B}' => builder.line.push(Cluster {
                face: style.face(),
                draw: Draw::Nothing,
                kind: Kind::Space,
                width: 0.0,
            }),
            _ if ch.is_whitespace() => builder.line.push(space_cluster(ch, style, fonts)),
            _ if is_invisible(ch) => {}
            _ => builder.line.push(visible_cluster(ch, style, fonts)),
        }
    }
    builder.finish()
}

fn visible_cluster(ch: char, style: Style, fonts: &Fonts) -> Cluster {
    match fonts.glyph(ch, style.weight) {
        Some(glyph) => Cluster {
            face: glyph.face,
            draw: Draw::Char(ch),
            kind: Kind::Word,
            width: glyph.advance_em * style.size,
        },
        None => Cluster {
            face: style.face(),
            draw: Draw::Marker,
            kind: Kind::Word,
            width: fonts.width_in(style.face(), MISSING_CHARACTER_MARKER, style.size),
        },
    }
}

/// A space keeps its own width where a font has it (an em space stays wide), else it is a plain
/// space. No-break spaces join the words either side of them.
fn space_cluster(ch: char, style: Style, fonts: &Fonts) -> Cluster {
    let kind = if matches!(ch, '\u{00A0}' | '\u{2007}' | '\u{202F}') {
        Kind::Word
    } else {
        Kind::Space
    };
    let (draw, glyph) = match fonts.glyph(ch, style.weight) {
        Some(glyph) => (ch, Some(glyph)),
        None => (' ', fonts.glyph(' ', style.weight)),
    };
    Cluster {
        face: glyph.map_or(style.face(), |glyph| glyph.face),
        draw: Draw::Char(draw),
        kind,
        width: glyph.map_or(0.0, |glyph| glyph.advance_em * style.size),
    }
}

#[derive(Default)]
struct ParagraphBuilder {
    done: Vec<Paragraph>,
    paragraph: Paragraph,
    line: Vec<Cluster>,
}

impl ParagraphBuilder {
    /// A line with nothing visible on it ends the paragraph instead of adding an empty line.
    fn end_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        if line.iter().any(|cluster| cluster.kind == Kind::Word) {
            self.paragraph.push(line);
        } else {
            self.end_paragraph();
        }
    }

    fn end_paragraph(&mut self) {
        if !self.paragraph.is_empty() {
            self.done.push(std::mem::take(&mut self.paragraph));
        }
    }

    fn finish(mut self) -> Vec<Paragraph> {
        self.end_line();
        self.end_paragraph();
        self.done
    }
}

/// Breaks one typed line into lines no wider than `max_width`: at spaces where it can, and
/// inside a word that is wider than a whole line (a long web address), between characters,
/// never before a zero-width combining mark. Spaces at a break are dropped; spaces the writer
/// put at the start of the line (an indent) are kept.
pub(super) fn wrap(clusters: &[Cluster], max_width: f32) -> Vec<&[Cluster]> {
    let mut lines = Vec::new();
    // The line being built is clusters[start..end]; `width` also counts spaces after `end`
    // that will be kept if a word follows on the same line.
    let mut start = 0;
    let mut end = 0;
    let mut width = 0.0;
    let mut next = 0;
    while next < clusters.len() {
        let space_start = next;
        let mut space_width = 0.0;
        while let Some(cluster) = clusters.get(next).filter(|c| c.kind == Kind::Space) {
            space_width += cluster.width;
            next += 1;
        }
        let word_start = next;
        let mut word_width = 0.0;
        while let Some(cluster) = clusters.get(next).filter(|c| c.kind == Kind::Word) {
            word_width += cluster.width;
            next += 1;
        }
        let word_end = next;
        if word_start == word_end {
            break; // only spaces were left: they end the line unseen
        }

        if end == start && lines.is_empty() {
            // The very start: keep the writer's indent, unless it would push a word that fits a
            // line onto the next one.
            if space_width + word_width <= max_width || word_width > max_width {
                start = space_start;
                width = space_width;
            } else {
                start = word_start;
            }
        } else if width + space_width + word_width <= max_width || word_width > max_width {
            // It fits; or it fits no line at all and is broken up from here on.
            width += space_width;
        } else {
            lines.push(&clusters[start..end]);
            start = word_start;
            width = 0.0;
        }

        if width + word_width <= max_width {
            width += word_width;
            end = word_end;
            continue;
        }
        // Too wide: break it between characters.
        let mut unit_start = word_start;
        while unit_start < word_end {
            let mut unit_end = unit_start + 1;
            while unit_end < word_end && clusters[unit_end].width == 0.0 {
                unit_end += 1;
            }
            let unit_width: f32 = clusters[unit_start..unit_end].iter().map(|c| c.width).sum();
            if width + unit_width > max_width {
                if end > start {
                    lines.push(&clusters[start..end]);
                }
                // A fresh line (an indent that left no room for the word is dropped too).
                start = unit_start;
                width = 0.0;
            }
            width += unit_width;
            end = unit_end;
            unit_start = unit_end;
        }
    }
    if end > start {
        lines.push(&clusters[start..end]);
    }
    lines
}

/// A stretch of a line in one face, ready to be shown.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Run {
    pub face: Face,
    pub text: String,
}

/// Groups a wrapped line into runs of one face each.
pub(super) fn runs(line: &[Cluster]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for cluster in line {
        if runs.last().map(|run| run.face) != Some(cluster.face) {
            runs.push(Run {
                face: cluster.face,
                text: String::new(),
            });
        }
        if let Some(run) = runs.last_mut() {
            match cluster.draw {
                Draw::Char(ch) => run.text.push(ch),
                Draw::Marker => run.text.push_str(MISSING_CHARACTER_MARKER),
                Draw::Nothing => {}
            }
        }
    }
    runs.retain(|run| !run.text.is_empty());
    runs
}

/// The width of a wrapped line, in points.
pub(super) fn width(line: &[Cluster]) -> f32 {
    line.iter().map(|cluster| cluster.width).sum()
}
