//! Where everything goes: the report as rows of text, then rows onto A4 pages.

use super::fonts::{Fonts, Weight};
use super::text::{self, Cluster, Run, Style};
use super::ReportDocument;

const fn mm(millimetres: f32) -> f32 {
    millimetres * 72.0 / 25.4
}

/// A4 portrait, in millimetres.
pub(super) const PAGE_SIZE_MM: (f32, f32) = (210.0, 297.0);
const PAGE_WIDTH: f32 = mm(PAGE_SIZE_MM.0);
const PAGE_HEIGHT: f32 = mm(PAGE_SIZE_MM.1);
const MARGIN_LEFT: f32 = mm(25.0);
const MARGIN_RIGHT: f32 = mm(25.0);
const MARGIN_TOP: f32 = mm(22.0);
const TEXT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
/// Body text stops this far above the bottom edge (higher if the footer wraps).
const BODY_BOTTOM: f32 = mm(24.0);
const FOOTER_BASELINE: f32 = mm(13.0);
/// Room kept between the lowest body line and the footer.
const FOOTER_GAP: f32 = 18.0;

// Greyscale levels: 0 is black, 1 is white.
const INK: f32 = 0.1;
const SECONDARY: f32 = 0.36;
const RULE: f32 = 0.72;

/// One kind of text: how it is set and how far apart its lines are.
#[derive(Clone, Copy)]
struct TextKind {
    style: Style,
    leading: f32,
    grey: f32,
}

const TITLE: TextKind = TextKind {
    style: Style {
        weight: Weight::Bold,
        size: 20.0,
    },
    leading: 26.0,
    grey: INK,
};
const DETAIL_LABEL: TextKind = TextKind {
    style: Style {
        weight: Weight::Bold,
        size: 10.0,
    },
    leading: 15.5,
    grey: SECONDARY,
};
const DETAIL_VALUE: TextKind = TextKind {
    style: Style {
        weight: Weight::Regular,
        size: 11.0,
    },
    leading: 15.5,
    grey: INK,
};
const HEADING: TextKind = TextKind {
    style: Style {
        weight: Weight::Bold,
        size: 14.0,
    },
    leading: 19.0,
    grey: INK,
};
const HEADING_IN_ENGLISH: TextKind = TextKind {
    style: Style {
        weight: Weight::Regular,
        size: 11.0,
    },
    leading: 15.5,
    grey: SECONDARY,
};
const ENTRY_LABEL: TextKind = TextKind {
    style: Style {
        weight: Weight::Bold,
        size: 11.0,
    },
    leading: 15.5,
    grey: INK,
};
const BODY: TextKind = TextKind {
    style: Style {
        weight: Weight::Regular,
        size: 11.0,
    },
    leading: 15.5,
    grey: INK,
};
const FOOTER: TextKind = TextKind {
    style: Style {
        weight: Weight::Regular,
        size: 9.0,
    },
    leading: 12.0,
    grey: SECONDARY,
};

/// Noto Sans's ascent and descent in ems: lines are centred on them within their leading.
const ASCENT_EM: f32 = 1.069;
const DESCENT_EM: f32 = 0.293;

/// Distance from the top of a line's leading box down to its baseline.
fn baseline_offset(kind: TextKind) -> f32 {
    let size = kind.style.size;
    (kind.leading - (ASCENT_EM + DESCENT_EM) * size) / 2.0 + ASCENT_EM * size
}

/// What a part of the report is, for readers that go by the PDF's structure tree (screen
/// readers, reflow): the standard structure types of ISO 32000.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    Document,
    Title,
    Details,
    DetailRow,
    DetailLabel,
    DetailValue,
    SectionHeading,
    /// A section heading's English wording under a translated one.
    HeadingInEnglish,
    Question,
    Answer,
    Figure,
}

impl Role {
    pub(super) fn structure_type(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Title => "H1",
            Role::Details => "Table",
            Role::DetailRow => "TR",
            Role::DetailLabel => "TH",
            Role::DetailValue => "TD",
            Role::SectionHeading => "H2",
            Role::HeadingInEnglish | Role::Answer => "P",
            Role::Question => "H3",
            Role::Figure => "Figure",
        }
    }
}

/// One element of the structure tree. Elements are listed in reading order, each after its
/// parent; an element holds either other elements or marked content, never both.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Element {
    pub role: Role,
    pub parent: Option<usize>,
    /// Where it differs from the document's language.
    pub language: Option<String>,
    /// A picture's alternative text.
    pub alt: Option<String>,
}

/// The laid-out report: its pages, and the structure their content belongs to.
pub(super) struct Layout {
    pub pages: Vec<Page>,
    pub elements: Vec<Element>,
}

/// Something drawn on a page. Within a row `y` is measured down from the row's top; on a page it
/// is the PDF's own coordinate, up from the bottom edge.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Item {
    Text {
        x: f32,
        y: f32,
        style: Style,
        grey: f32,
        runs: Vec<Run>,
        /// The structure element this text belongs to; `None` for the running header, footer
        /// and page number, which are artifacts outside the tree.
        element: Option<usize>,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        thickness: f32,
        grey: f32,
    },
    /// The picture of `document.sections[section]`, its lower left corner at (`x`, `y`).
    Picture {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        section: usize,
        element: usize,
    },
}

impl Item {
    /// The item with its row-relative `y` turned into a page coordinate, for a row whose top is
    /// at `top`.
    fn placed_below(mut self, top: f32) -> Item {
        match &mut self {
            Item::Text { y, .. } | Item::Rule { y, .. } | Item::Picture { y, .. } => {
                *y = top - *y;
            }
        }
        self
    }
}

/// What one page shows.
#[derive(Debug, Default)]
pub(super) struct Page {
    pub items: Vec<Item>,
}

/// A horizontal band of the body: one line of text (or a detail row, or a rule).
struct Row {
    height: f32,
    /// Room above the row, left out at the top of a page.
    space_before: f32,
    /// Must go on the same page as the row after it (headings, labels, orphans and widows).
    keep_with_next: bool,
    items: Vec<Item>,
}

/// Lays out the whole report: every page with its footer and page number.
pub(super) fn lay_out(document: &ReportDocument, fonts: &Fonts) -> Layout {
    let footer = Footer::new(document, fonts);
    let header = running_header(document, fonts);
    let (rows, elements) = body_rows(document, fonts);
    let mut pages = paginate(rows, footer.body_bottom());
    let count = pages.len();
    for (index, page) in pages.iter_mut().enumerate() {
        if index > 0 {
            draw_running_header(&header, page);
        }
        footer.draw(page, index + 1, count, fonts);
    }
    Layout { pages, elements }
}

fn body_rows(document: &ReportDocument, fonts: &Fonts) -> (Vec<Row>, Vec<Element>) {
    let mut body = Body {
        fonts,
        rows: Vec::new(),
        pending_space: 0.0,
        elements: Vec::new(),
    };
    let root = body.element(Role::Document, None);
    let title = body.element(Role::Title, Some(root));
    body.block(
        &document.title,
        TITLE,
        MARGIN_LEFT,
        TEXT_WIDTH,
        Keep::All,
        title,
    );
    body.space(12.0);
    if !document.details.is_empty() {
        let table = body.element(Role::Details, Some(root));
        body.details(&document.details, table);
    }
    body.space(14.0);
    body.rule();
    for (section_index, section) in document.sections.iter().enumerate() {
        body.space(22.0);
        let heading = body.element(Role::SectionHeading, Some(root));
        body.block(
            &section.heading,
            HEADING,
            MARGIN_LEFT,
            TEXT_WIDTH,
            Keep::All,
            heading,
        );
        if let Some(english) = &section.heading_in_english {
            let element = body.element(Role::HeadingInEnglish, Some(root));
            body.elements[element].language = Some("en".to_owned());
            body.space(1.0);
            body.block(
                english,
                HEADING_IN_ENGLISH,
                MARGIN_LEFT,
                TEXT_WIDTH,
                Keep::All,
                element,
            );
        }
        body.space(4.0);
        for entry in &section.entries {
            body.space(10.0);
            let question = body.element(Role::Question, Some(root));
            body.block(
                &entry.label,
                ENTRY_LABEL,
                MARGIN_LEFT,
                TEXT_WIDTH,
                Keep::All,
                question,
            );
            body.space(2.0);
            let answer = body.element(Role::Answer, Some(root));
            body.block(
                &entry.text,
                BODY,
                MARGIN_LEFT,
                TEXT_WIDTH,
                Keep::OrphansAndWidows,
                answer,
            );
        }
        if let Some(picture) = &section.picture {
            body.space(12.0);
            let figure = body.element(Role::Figure, Some(root));
            body.elements[figure].alt = Some(picture.description.clone());
            body.picture(section_index, picture.width, picture.height, figure);
        }
    }
    (body.rows, body.elements)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// Every line stays with the next row: a heading never ends a page.
    All,
    /// A paragraph leaves neither its first nor its last line alone on a page.
    OrphansAndWidows,
}

/// Space between paragraphs of a block, on top of the usual leading.
const PARAGRAPH_GAP: f32 = 7.0;

struct Body<'a> {
    fonts: &'a Fonts,
    rows: Vec<Row>,
    /// Room to leave above the next row; the larger request wins when two meet.
    pending_space: f32,
    elements: Vec<Element>,
}

impl Body<'_> {
    /// Starts a structure element; what is laid out for it next belongs to it.
    fn element(&mut self, role: Role, parent: Option<usize>) -> usize {
        self.elements.push(Element {
            role,
            parent,
            language: None,
            alt: None,
        });
        self.elements.len() - 1
    }

    fn space(&mut self, points: f32) {
        self.pending_space = self.pending_space.max(points);
    }

    fn push(&mut self, mut row: Row) {
        row.space_before = std::mem::take(&mut self.pending_space);
        self.rows.push(row);
    }

    fn block(
        &mut self,
        text: &str,
        kind: TextKind,
        x: f32,
        width: f32,
        keep: Keep,
        element: usize,
    ) {
        let baseline = baseline_offset(kind);
        for (index, paragraph) in text::paragraphs(text, kind.style, self.fonts)
            .iter()
            .enumerate()
        {
            if index > 0 {
                self.space(PARAGRAPH_GAP);
            }
            let lines = wrapped(paragraph, width);
            let count = lines.len();
            for (number, line) in lines.into_iter().enumerate() {
                let keep_with_next = match keep {
                    Keep::All => true,
                    Keep::OrphansAndWidows => count > 1 && (number == 0 || number + 2 == count),
                };
                self.push(Row {
                    height: kind.leading,
                    space_before: 0.0,
                    keep_with_next,
                    items: vec![text_item(x, baseline, kind, line, Some(element))],
                });
            }
        }
    }

    /// The label/value pairs as two columns: labels as wide as the longest needs, within limits.
    fn details(&mut self, details: &[(String, String)], table: usize) {
        const COLUMN_GAP: f32 = 14.0;
        let measured: Vec<_> = details
            .iter()
            .map(|(label, value)| {
                (
                    text::paragraphs(label, DETAIL_LABEL.style, self.fonts),
                    text::paragraphs(value, DETAIL_VALUE.style, self.fonts),
                )
            })
            .collect();
        let widest_label = measured
            .iter()
            .flat_map(|(label, _)| label.iter().flatten())
            .map(|typed_line| text::width(typed_line))
            .fold(0.0, f32::max);
        let label_width = widest_label.clamp(TEXT_WIDTH * 0.2, TEXT_WIDTH * 0.38);
        let value_x = MARGIN_LEFT + label_width + COLUMN_GAP;
        let value_width = TEXT_WIDTH - label_width - COLUMN_GAP;
        // Label and value share a baseline, set by the value's size.
        let baseline = baseline_offset(DETAIL_VALUE);

        for (label, value) in &measured {
            let label_lines: Vec<_> = label
                .iter()
                .flat_map(|paragraph| wrapped(paragraph, label_width))
                .collect();
            let value_lines: Vec<_> = value
                .iter()
                .flat_map(|paragraph| wrapped(paragraph, value_width))
                .collect();
            let count = label_lines.len().max(value_lines.len());
            let row = self.element(Role::DetailRow, Some(table));
            let label_element = self.element(Role::DetailLabel, Some(row));
            let value_element = self.element(Role::DetailValue, Some(row));
            self.space(5.0);
            for number in 0..count {
                let mut items = Vec::new();
                if let Some(line) = label_lines.get(number) {
                    items.push(text_item(
                        MARGIN_LEFT,
                        baseline,
                        DETAIL_LABEL,
                        line,
                        Some(label_element),
                    ));
                }
                if let Some(line) = value_lines.get(number) {
                    items.push(text_item(
                        value_x,
                        baseline,
                        DETAIL_VALUE,
                        line,
                        Some(value_element),
                    ));
                }
                self.push(Row {
                    height: DETAIL_VALUE.leading,
                    space_before: 0.0,
                    keep_with_next: number + 1 < count,
                    items,
                });
            }
        }
    }

    /// A picture as wide as the text, or less where that would make it taller than half the
    /// body of a page; a row of its own, so a picture that does not fit goes to the next page.
    fn picture(&mut self, section: usize, pixels_wide: u32, pixels_high: u32, element: usize) {
        let max_height = (PAGE_HEIGHT - MARGIN_TOP - BODY_BOTTOM) / 2.0;
        let (pixels_wide, pixels_high) = (pixels_wide.max(1) as f32, pixels_high.max(1) as f32);
        let scale = (TEXT_WIDTH / pixels_wide).min(max_height / pixels_high);
        let (width, height) = (pixels_wide * scale, pixels_high * scale);
        self.push(Row {
            height,
            space_before: 0.0,
            keep_with_next: false,
            items: vec![Item::Picture {
                x: MARGIN_LEFT,
                // Row-relative, like text: the bottom edge, `height` below the row's top.
                y: height,
                width,
                height,
                section,
                element,
            }],
        });
    }

    fn rule(&mut self) {
        self.push(Row {
            height: 0.0,
            space_before: 0.0,
            keep_with_next: false,
            items: vec![Item::Rule {
                x1: MARGIN_LEFT,
                x2: PAGE_WIDTH - MARGIN_RIGHT,
                y: 0.0,
                thickness: 0.6,
                grey: RULE,
            }],
        });
    }
}

/// A paragraph's typed lines, each wrapped to `width`.
fn wrapped(paragraph: &text::Paragraph, width: f32) -> Vec<&[Cluster]> {
    paragraph
        .iter()
        .flat_map(|typed_line| text::wrap(typed_line, width))
        .collect()
}

fn text_item(
    x: f32,
    baseline: f32,
    kind: TextKind,
    line: &[Cluster],
    element: Option<usize>,
) -> Item {
    Item::Text {
        x,
        y: baseline,
        style: kind.style,
        grey: kind.grey,
        runs: text::runs(line),
        element,
    }
}

/// Fills pages top to bottom. A row that does not fit starts a new page, and so does a row
/// whose keep-together chain (heading, label, first lines) would not fit, unless that chain is
/// taller than a whole page, which only absurdly long headings could make.
fn paginate(rows: Vec<Row>, bottom: f32) -> Vec<Page> {
    const TOLERANCE: f32 = 0.01;
    let top = PAGE_HEIGHT - MARGIN_TOP;
    let capacity = top - bottom;
    let chains: Vec<f32> = (0..rows.len())
        .map(|index| chain_height(&rows, index, capacity))
        .collect();

    let mut pages = vec![Page::default()];
    let mut cursor = top;
    let mut page_is_empty = true;
    for (row, chain) in rows.into_iter().zip(chains) {
        let mut space = if page_is_empty { 0.0 } else { row.space_before };
        let row_fits = cursor - space - row.height >= bottom - TOLERANCE;
        let chain_fits = cursor - space - chain >= bottom - TOLERANCE;
        if !page_is_empty && (!row_fits || (!chain_fits && chain <= capacity)) {
            pages.push(Page::default());
            cursor = top;
            space = 0.0;
        }
        let row_top = cursor - space;
        if let Some(page) = pages.last_mut() {
            page.items
                .extend(row.items.into_iter().map(|item| item.placed_below(row_top)));
        }
        cursor = row_top - row.height;
        page_is_empty = false;
    }
    pages
}

/// Height of the row at `index` and the rows it must stay with, counting the gaps between them.
/// Stops once past `limit`, as such a chain is split anyway.
fn chain_height(rows: &[Row], index: usize, limit: f32) -> f32 {
    let mut height = 0.0;
    for (offset, row) in rows[index..].iter().enumerate() {
        if offset > 0 {
            height += row.space_before;
        }
        height += row.height;
        if !row.keep_with_next || height > limit {
            break;
        }
    }
    height
}

/// Baseline of the running header's first line: as far below the top edge as the footer's is
/// above the bottom. Two lines still end above the body's first line.
const HEADER_BASELINE: f32 = PAGE_HEIGHT - FOOTER_BASELINE;

/// The running header's lines: the document's words wrapped to the text width.
fn running_header(document: &ReportDocument, fonts: &Fonts) -> Vec<Vec<Cluster>> {
    text::paragraphs(&document.running_header, FOOTER.style, fonts)
        .iter()
        .flatten()
        .flat_map(|typed_line| text::wrap(typed_line, TEXT_WIDTH))
        .map(<[Cluster]>::to_vec)
        .collect()
}

/// The running header at the top of a page, as an artifact: a reader of the structure tree has
/// had the title already.
fn draw_running_header(lines: &[Vec<Cluster>], page: &mut Page) {
    let mut y = HEADER_BASELINE;
    for line in lines {
        page.items.push(Item::Text {
            x: MARGIN_LEFT,
            y,
            style: FOOTER.style,
            grey: FOOTER.grey,
            runs: text::runs(line),
            element: None,
        });
        y -= FOOTER.leading;
    }
}

/// The footer text (wrapped if long) at the bottom left and the page number at the bottom right.
struct Footer {
    lines: Vec<Vec<Cluster>>,
    template: String,
}

impl Footer {
    /// Room kept for the page number, so it can never run into the footer text.
    fn page_number_room(&self, fonts: &Fonts) -> f32 {
        let widest = fill_page_number(&self.template, 888, 888);
        page_number_clusters(&widest, fonts)
            .iter()
            .map(|cluster| cluster.width)
            .sum::<f32>()
            + 16.0
    }

    fn new(document: &ReportDocument, fonts: &Fonts) -> Self {
        let mut footer = Footer {
            lines: Vec::new(),
            template: document.page_number_template.clone(),
        };
        let width = (TEXT_WIDTH - footer.page_number_room(fonts)).max(TEXT_WIDTH * 0.3);
        footer.lines = text::paragraphs(&document.footer, FOOTER.style, fonts)
            .iter()
            .flatten()
            .flat_map(|typed_line| text::wrap(typed_line, width))
            .map(<[Cluster]>::to_vec)
            .collect();
        footer
    }

    /// The lowest point body text may reach, above the footer however many lines it has.
    fn body_bottom(&self) -> f32 {
        let extra_lines = self.lines.len().saturating_sub(1) as f32;
        BODY_BOTTOM
            .max(FOOTER_BASELINE + extra_lines * FOOTER.leading + FOOTER.style.size + FOOTER_GAP)
    }

    fn draw(&self, page: &mut Page, number: usize, count: usize, fonts: &Fonts) {
        // The last footer line sits on the footer baseline; earlier ones stack above it.
        let mut y = FOOTER_BASELINE + self.lines.len().saturating_sub(1) as f32 * FOOTER.leading;
        for line in &self.lines {
            page.items.push(Item::Text {
                x: MARGIN_LEFT,
                y,
                style: FOOTER.style,
                grey: FOOTER.grey,
                runs: text::runs(line),
                element: None,
            });
            y -= FOOTER.leading;
        }
        let label = page_number_clusters(&fill_page_number(&self.template, number, count), fonts);
        page.items.push(Item::Text {
            x: PAGE_WIDTH - MARGIN_RIGHT - text::width(&label),
            y: FOOTER_BASELINE,
            style: FOOTER.style,
            grey: FOOTER.grey,
            runs: text::runs(&label),
            element: None,
        });
    }
}

fn fill_page_number(template: &str, number: usize, count: usize) -> String {
    template
        .replace("{page}", &number.to_string())
        .replace("{pages}", &count.to_string())
}

/// The page number as one line, whatever breaks the template holds.
fn page_number_clusters(text: &str, fonts: &Fonts) -> Vec<Cluster> {
    let one_line: String = text
        .chars()
        .map(|ch| if ch.is_whitespace() { ' ' } else { ch })
        .collect();
    text::paragraphs(&one_line, FOOTER.style, fonts)
        .into_iter()
        .flatten()
        .flatten()
        .collect()
}
