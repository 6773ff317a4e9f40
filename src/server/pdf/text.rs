//! Text as measured pieces: split the way the writer split it, then wrapped to a width.

use unicode_linebreak::{break_property, linebreaks, BreakClass};
use unicode_segmentation::GraphemeCursor;

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
    /// Unicode allows a line break just before this cluster (UAX #14).
    pub break_before: bool,
    /// This cluster starts a user-perceived character (UAX #29 grapheme cluster): only there may
    /// a word too long for any line be broken.
    pub starts_character: bool,
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
    let mut break_opportunities = linebreaks(text).map(|(at, _)| at).peekable();
    // A break before a dropped character moves on to the next character that is kept.
    let mut carried_break = false;
    let mut previous = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        let break_before = carried_break
            || (reaches(&mut break_opportunities, at)
                // A soft hyphen asks for a visible hyphen at its break, which is not drawn here,
                // so a word is not broken there.
                && previous != Some('\u{00AD}'));
        let starts_character = starts_character(text, at, previous, ch);
        previous = Some(ch);
        carried_break = false;
        let mut push = |mut cluster: Cluster| {
            cluster.break_before = break_before;
            cluster.starts_character = starts_character;
            builder.line.push(cluster);
        };
        match ch {
            '\r' => {
                chars.next_if(|&(_, next)| next == '\n');
                builder.end_line();
            }
            '\n' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' => builder.end_line(),
            '\u{2029}' => {
                builder.end_line();
                builder.end_paragraph();
            }
            '\t' => {
                let space = space_cluster(' ', style, fonts);
                push(space);
                builder
                    .line
                    .extend(std::iter::repeat_n(space, TAB_WIDTH_IN_SPACES - 1));
            }
            '\u{200B}' => push(Cluster {
                face: style.face(),
                draw: Draw::Nothing,
                kind: Kind::Space,
                width: 0.0,
                break_before: false,
                starts_character: true,
            }),
            _ if ch.is_whitespace() => push(space_cluster(ch, style, fonts)),
            _ if is_invisible(ch) => carried_break = break_before,
            _ => push(visible_cluster(ch, style, fonts)),
        }
    }
    builder.finish()
}

/// Whether a user-perceived character (UAX #29 extended grapheme cluster) starts at `ch`, at byte
/// `at` of `text`, just after `previous`. Between two ASCII characters UAX #29 always allows a
/// break except inside CR LF, so only text next to other characters asks the segmenter, which
/// skips its work for nearly every character of a report (the tests compare the two on
/// generated text).
pub(super) fn starts_character(text: &str, at: usize, previous: Option<char>, ch: char) -> bool {
    match previous {
        None => true,
        Some(previous) if previous.is_ascii() && ch.is_ascii() => !(previous == '\r' && ch == '\n'),
        // With the whole text as its chunk the cursor never asks for more context.
        Some(_) => GraphemeCursor::new(at, text.len(), true)
            .is_boundary(text, 0)
            .unwrap_or(true),
    }
}

/// Moves `positions` (byte offsets, rising) on to `at`, and says whether `at` is one of them.
fn reaches(positions: &mut std::iter::Peekable<impl Iterator<Item = usize>>, at: usize) -> bool {
    while positions.next_if(|&next| next < at).is_some() {}
    positions.next_if_eq(&at).is_some()
}

fn visible_cluster(ch: char, style: Style, fonts: &Fonts) -> Cluster {
    match fonts.glyph(ch, style.weight) {
        Some(glyph) => Cluster {
            face: glyph.face,
            draw: Draw::Char(ch),
            kind: Kind::Word,
            width: glyph.advance_em * style.size,
            break_before: false,
            starts_character: true,
        },
        None => Cluster {
            face: style.face(),
            draw: Draw::Marker,
            kind: Kind::Word,
            width: fonts.width_in(style.face(), MISSING_CHARACTER_MARKER, style.size),
            break_before: false,
            starts_character: true,
        },
    }
}

/// A space keeps its own width where a font has it (an em space stays wide), else it is a plain
/// space. No-break spaces (line break class GL) join the words either side of them, so they are
/// never dropped at a line's end.
fn space_cluster(ch: char, style: Style, fonts: &Fonts) -> Cluster {
    let kind = if break_property(u32::from(ch)) == BreakClass::NonBreakingGlue {
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
        break_before: false,
        starts_character: true,
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

/// Breaks one typed line into lines no wider than `max_width`: where Unicode allows a break
/// (UAX #14: at spaces, after hyphens, between CJK ideographs; never before closing punctuation
/// or at a no-break space), and inside a word that is wider than a whole line (a long web
/// address), between user-perceived characters. Spaces at a break are dropped; spaces the writer
/// put at the start of the line (an indent) are kept.
pub(super) fn wrap(clusters: &[Cluster], max_width: f32) -> Vec<&[Cluster]> {
    let mut lines = Vec::new();
    // The line being built is clusters[start..end], `width` wide; spaces after `end` are only
    // counted once something follows them on the same line.
    let mut start = 0;
    let mut end = 0;
    let mut width = 0.0;
    for (piece_start, piece_end) in unbreakable_pieces(clusters) {
        // The piece without its trailing spaces (they may end a line unseen), and without
        // leading ones (only the first piece of a line may have them: an indent).
        let Some(word_end) = clusters[piece_start..piece_end]
            .iter()
            .rposition(|c| c.kind != Kind::Space)
            .map(|last| piece_start + last + 1)
        else {
            continue; // only spaces: counted if a word follows
        };
        let word_start = clusters[piece_start..word_end]
            .iter()
            .position(|c| c.kind != Kind::Space)
            .map_or(piece_start, |first| piece_start + first);
        let word_width = self::width(&clusters[word_start..word_end]);
        let gap_width = self::width(&clusters[end..word_start]);

        if end == 0 && lines.is_empty() {
            // The very start: keep the writer's indent, unless it would push a word that fits a
            // line onto the next one.
            if gap_width + word_width <= max_width || word_width > max_width {
                width = gap_width;
            } else {
                start = word_start;
            }
        } else if width + gap_width + word_width <= max_width || word_width > max_width {
            // It fits; or it fits no line at all and is broken up from here on.
            width += gap_width;
        } else {
            lines.push(trim_end_spaces(&clusters[start..end]));
            start = word_start;
            width = 0.0;
        }

        if width + word_width <= max_width {
            width += word_width;
            end = word_end;
            continue;
        }
        // Too wide for any line: break it between user-perceived characters.
        let mut unit_start = word_start;
        while unit_start < word_end {
            let unit_end = clusters[unit_start + 1..word_end]
                .iter()
                .position(|c| c.starts_character)
                .map_or(word_end, |next| unit_start + 1 + next);
            let unit_width = self::width(&clusters[unit_start..unit_end]);
            if width + unit_width > max_width {
                if end > start {
                    lines.push(trim_end_spaces(&clusters[start..end]));
                }
                // A fresh line (an indent that left no room for the word is dropped too), which
                // does not start with a space.
                start = unit_start;
                width = 0.0;
                if clusters[unit_start..unit_end]
                    .iter()
                    .all(|c| c.kind == Kind::Space)
                {
                    start = unit_end;
                    end = unit_end;
                    unit_start = unit_end;
                    continue;
                }
            }
            width += unit_width;
            end = unit_end;
            unit_start = unit_end;
        }
    }
    if end > start {
        lines.push(trim_end_spaces(&clusters[start..end]));
    }
    lines
}

/// The stretches of `clusters` between the places Unicode allows a line break, as index ranges.
fn unbreakable_pieces(clusters: &[Cluster]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut piece_start = 0;
    let mut next = 1;
    std::iter::from_fn(move || {
        if piece_start >= clusters.len() {
            return None;
        }
        while next < clusters.len() && !clusters[next].break_before {
            next += 1;
        }
        let piece = (piece_start, next);
        piece_start = next;
        next += 1;
        Some(piece)
    })
}

/// A line broken inside a word that held a space (before closing punctuation, say) does not end
/// in that space.
fn trim_end_spaces(line: &[Cluster]) -> &[Cluster] {
    let kept = line
        .iter()
        .rposition(|c| c.kind != Kind::Space)
        .map_or(0, |last| last + 1);
    &line[..kept]
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
