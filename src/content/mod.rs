//! The guide's structure as data: which pages exist, in which order, and which blocks each page
//! is made of. There is no prose here, only Fluent message ids; the words live in
//! `locales/<lang>/guide.ftl`.
//!
//! Inside a message, a few small pieces of markup are understood by the renderer:
//! `[words](glossary:ANCHOR)` links to a glossary definition, `[words](page:SLUG)` links to
//! another page of the guide, `[words](easy:SLUG)` to a page's easy-read version, and
//! `**words**` marks a hard word in bold (easy read). Everything else is plain text and is escaped.
//!
//! Every page also has an easy-read twin in `EASY_PAGES` (words in `locales/<lang>/easy.ftl`),
//! made of picture steps: one idea, one picture.

mod easy_pages;
pub mod inline;
mod pages;
mod pictures;

#[cfg(test)]
mod readability_tests;

pub use easy_pages::{EASY_ONLY_SLUGS, EASY_PAGES, WRITING_YOUR_VIEWS_SLUG};
pub use pages::PAGES;
pub use pictures::Picture;

/// One page of the guide, reached at `/{lang}/{slug}`.
#[derive(Debug)]
pub struct Page {
    /// English slug, the same in every language.
    pub slug: &'static str,
    /// Which part of the journey the page belongs to, for the contents list.
    pub part: Part,
    /// Fluent id of the page's `<h1>` and `<title>`.
    pub title: &'static str,
    /// Fluent id of one plain sentence saying what the page is for (lead paragraph and meta description).
    pub summary: &'static str,
    pub blocks: &'static [Block],
}

/// The parts of the journey, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Start,
    Before,
    OnTheDay,
    After,
    YourRights,
    Help,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::Start,
        Part::Before,
        Part::OnTheDay,
        Part::After,
        Part::YourRights,
        Part::Help,
    ];

    /// Fluent id of the part's heading in the contents list.
    pub fn title(self) -> &'static str {
        match self {
            Part::Start => "part-start",
            Part::Before => "part-before",
            Part::OnTheDay => "part-on-the-day",
            Part::After => "part-after",
            Part::YourRights => "part-your-rights",
            Part::Help => "part-help",
        }
    }
}

use crate::paths::Version;
pub use crate::profile::Nation;

/// One block of a page. Every `&'static str` is a Fluent message id.
#[derive(Debug)]
pub enum Block {
    /// A sub-heading (`<h2>`); `anchor` is its fragment id, so other pages can link to it.
    Heading {
        anchor: &'static str,
        text: &'static str,
    },
    Paragraph(&'static str),
    /// A bulleted list, one message per item.
    Bullets(&'static [&'static str]),
    /// A numbered list, for things that happen in order.
    Steps(&'static [&'static str]),
    /// Something to notice (GOV.UK "inset text").
    Callout(&'static str),
    /// Something important to act on (GOV.UK "warning text").
    Warning(&'static str),
    /// Glossary definitions: each term gets an anchor that `[words](glossary:ANCHOR)` links to.
    Glossary(&'static [GlossaryTerm]),
    /// The council's contact details, taken from the authority profile.
    CouncilContacts,
    /// The council's timescales, taken from the authority profile, as a table.
    CouncilTimescales,
    /// A button to the parent's report form.
    WriteReport,
    /// A button to "Work out your dates", the dates that follow the conference.
    WorkOutDates,
    /// Blocks shown only where the authority profile's nation matches.
    OnlyIn(Nation, &'static [Block]),
    /// Easy read: one idea in one message, with its picture on the left.
    PictureStep {
        picture: Picture,
        text: &'static str,
    },
    /// Easy read: the box "What this means for you", one message per line.
    ForYou(&'static [&'static str]),
}

#[derive(Debug)]
pub struct GlossaryTerm {
    pub anchor: &'static str,
    pub term: &'static str,
    pub definition: &'static str,
}

/// The page with this slug, if there is one.
pub fn page(slug: &str) -> Option<&'static Page> {
    page_in(Version::Standard, slug)
}

/// Every page of one version, in reading order.
pub fn pages(version: Version) -> &'static [Page] {
    match version {
        Version::Standard => PAGES,
        Version::EasyRead => EASY_PAGES,
    }
}

/// The page of this version with this slug, if there is one.
pub fn page_in(version: Version, slug: &str) -> Option<&'static Page> {
    pages(version).iter().find(|page| page.slug == slug)
}

/// The page before and after this one, in reading order.
pub fn neighbours(slug: &str) -> (Option<&'static Page>, Option<&'static Page>) {
    neighbours_in(Version::Standard, slug)
}

/// The page before and after this one, in the reading order of its version.
pub fn neighbours_in(
    version: Version,
    slug: &str,
) -> (Option<&'static Page>, Option<&'static Page>) {
    let pages = pages(version);
    let Some(index) = pages.iter().position(|page| page.slug == slug) else {
        return (None, None);
    };
    let previous = index.checked_sub(1).map(|i| &pages[i]);
    (previous, pages.get(index + 1))
}

/// Every Fluent id a block refers to, nested blocks included, in order.
pub fn message_ids(block: &Block) -> Vec<&'static str> {
    match block {
        Block::Heading { text, .. } => vec![text],
        Block::Paragraph(id) | Block::Callout(id) | Block::Warning(id) => vec![id],
        Block::Bullets(ids) | Block::Steps(ids) => ids.to_vec(),
        Block::Glossary(terms) => terms
            .iter()
            .flat_map(|term| [term.term, term.definition])
            .collect(),
        Block::CouncilContacts
        | Block::CouncilTimescales
        | Block::WriteReport
        | Block::WorkOutDates => Vec::new(),
        Block::OnlyIn(_, blocks) => blocks.iter().flat_map(message_ids).collect(),
        Block::PictureStep { text, .. } => vec![text],
        Block::ForYou(ids) => ids.to_vec(),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use std::collections::{BTreeSet, HashSet};

    use super::inline::{self, LinkTarget, Segment};
    use super::*;
    use crate::i18n;

    use super::readability_tests::profiles;

    /// Every message id the table uses, with the page that uses it.
    fn table_ids() -> Vec<(&'static str, &'static str)> {
        let mut ids = Vec::new();
        for page in PAGES.iter().chain(EASY_PAGES) {
            ids.push((page.slug, page.title));
            ids.push((page.slug, page.summary));
            for block in page.blocks {
                ids.extend(message_ids(block).into_iter().map(|id| (page.slug, id)));
            }
        }
        ids.extend(Part::ALL.iter().map(|part| ("(parts)", part.title())));
        ids
    }

    /// String literals in our Rust source that name a message (`"site-name"`, …): what the
    /// components use directly.
    fn ids_used_in_source() -> HashSet<String> {
        let known: HashSet<String> = i18n::message_ids(i18n::default_language())
            .into_iter()
            .collect();
        let mut used = HashSet::new();
        let mut folders = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("src is readable") {
                let path = entry.expect("entry is readable").path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|extension| extension == "rs") {
                    let source = std::fs::read_to_string(&path).expect("source is readable");
                    for literal in source.split('"').skip(1).step_by(2) {
                        if known.contains(literal) {
                            used.insert(literal.to_owned());
                        }
                    }
                }
            }
        }
        used
    }

    #[test]
    fn every_message_the_table_names_exists_in_every_language() {
        for language in i18n::LANGUAGES {
            let defined: HashSet<String> = i18n::message_ids(language).into_iter().collect();
            for (slug, id) in table_ids() {
                assert!(
                    defined.contains(id),
                    "{}: page {slug} needs message {id}",
                    language.code
                );
            }
        }
    }

    #[test]
    fn every_message_is_used_somewhere() {
        let mut used: HashSet<String> = table_ids()
            .into_iter()
            .map(|(_, id)| id.to_owned())
            .collect();
        used.extend(ids_used_in_source());
        let unused: Vec<String> = i18n::message_ids(i18n::default_language())
            .into_iter()
            .filter(|id| !used.contains(id))
            .collect();
        assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
    }

    #[test]
    fn every_message_formats_cleanly_for_england_and_wales() {
        let ids = i18n::message_ids(i18n::default_language());
        for profile in profiles() {
            let args = super::readability_tests::example_arguments(&profile);
            for language in i18n::LANGUAGES {
                for id in &ids {
                    let errors = i18n::format_errors(language, id, Some(&args));
                    assert!(errors.is_empty(), "{} {id}: {errors:?}", language.code);
                }
            }
        }
    }

    #[test]
    fn slugs_are_unique_kebab_case_and_the_guide_starts_with_start_here() {
        let mut seen = HashSet::new();
        for page in PAGES {
            assert!(seen.insert(page.slug), "slug {} twice", page.slug);
            assert!(
                page.slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                page.slug
            );
        }
        assert_eq!(
            PAGES.first().map(|page| page.slug),
            Some(crate::paths::START_SLUG)
        );
    }

    #[test]
    fn every_page_can_be_reached_by_following_next() {
        let mut reached = vec![PAGES[0].slug];
        let mut current = PAGES[0].slug;
        while let (_, Some(next)) = neighbours(current) {
            reached.push(next.slug);
            current = next.slug;
        }
        let all: Vec<_> = PAGES.iter().map(|page| page.slug).collect();
        assert_eq!(reached, all);
        assert_eq!(neighbours(PAGES[0].slug).0.map(|page| page.slug), None);
    }

    #[test]
    fn parts_come_in_reading_order() {
        let order: Vec<usize> = PAGES
            .iter()
            .map(|page| {
                Part::ALL
                    .iter()
                    .position(|part| *part == page.part)
                    .expect("listed")
            })
            .collect();
        assert!(
            order.windows(2).all(|pair| pair[0] <= pair[1]),
            "pages jump back a part: {order:?}"
        );
    }

    fn glossary_anchors() -> HashSet<&'static str> {
        fn collect(blocks: &'static [Block], anchors: &mut HashSet<&'static str>) {
            for block in blocks {
                match block {
                    Block::Glossary(terms) => {
                        for term in *terms {
                            assert!(
                                anchors.insert(term.anchor),
                                "glossary anchor {} twice",
                                term.anchor
                            );
                        }
                    }
                    Block::OnlyIn(_, blocks) => collect(blocks, anchors),
                    _ => {}
                }
            }
        }
        let mut anchors = HashSet::new();
        for page in PAGES {
            collect(page.blocks, &mut anchors);
        }
        anchors
    }

    /// The anchors of the easy-read glossary: a heading for each term it explains.
    fn easy_glossary_anchors() -> HashSet<&'static str> {
        page_in(Version::EasyRead, inline::GLOSSARY_SLUG)
            .expect("the easy-read guide has a glossary")
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Heading { anchor, .. } => Some(*anchor),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_link_in_every_message_goes_somewhere_real() {
        let anchors = glossary_anchors();
        assert!(!anchors.is_empty(), "the guide has a glossary");
        let easy_anchors = easy_glossary_anchors();
        // A link may also open a form, such as the child's views.
        let slugs: HashSet<&str> = PAGES
            .iter()
            .map(|page| page.slug)
            .chain(crate::site::forms().iter().map(|form| form.slug))
            .collect();
        let easy_slugs: HashSet<&str> = EASY_PAGES.iter().map(|page| page.slug).collect();
        for profile in profiles() {
            let args = profile.fluent_args();
            for language in i18n::LANGUAGES {
                for id in i18n::message_ids(language) {
                    let text = i18n::message(language, &id, Some(&args));
                    for segment in inline::parse(&text) {
                        match segment {
                            Segment::Link {
                                target: LinkTarget::Glossary(anchor),
                                ..
                            } => {
                                assert!(
                                    anchors.contains(anchor),
                                    "{} {id}: no glossary term {anchor}",
                                    language.code
                                );
                                // An easy-read link stays in easy read, so that glossary must
                                // explain the word too.
                                assert!(
                                    !id.starts_with("easy-") || easy_anchors.contains(anchor),
                                    "{} {id}: the easy-read glossary has no {anchor}",
                                    language.code
                                );
                            }
                            Segment::Link {
                                target: LinkTarget::EasyPage(slug),
                                ..
                            } => {
                                assert!(
                                    easy_slugs.contains(slug),
                                    "{} {id}: no easy-read page {slug}",
                                    language.code
                                )
                            }
                            Segment::Link {
                                target: LinkTarget::Page(slug),
                                ..
                            } => {
                                // Easy-read messages link within easy read.
                                let known = if id.starts_with("easy-") {
                                    &easy_slugs
                                } else {
                                    &slugs
                                };
                                assert!(
                                    known.contains(slug),
                                    "{} {id}: no page {slug}",
                                    language.code
                                )
                            }
                            Segment::Strong(words) => assert!(
                                id.starts_with("easy-") && !words.trim().is_empty(),
                                "{} {id}: bold words belong to easy read: {words}",
                                language.code
                            ),
                            Segment::Text(text) => assert!(
                                !text.contains("](glossary:")
                                    && !text.contains("](page:")
                                    && !text.contains("](easy:")
                                    && !text.contains("**"),
                                "{} {id}: a link that does not parse: {text}",
                                language.code
                            ),
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn heading_anchors_are_unique_on_each_page() {
        fn collect(blocks: &'static [Block], anchors: &mut Vec<&'static str>) {
            for block in blocks {
                match block {
                    Block::Heading { anchor, .. } => anchors.push(anchor),
                    Block::Glossary(terms) => anchors.extend(terms.iter().map(|term| term.anchor)),
                    Block::OnlyIn(_, blocks) => collect(blocks, anchors),
                    _ => {}
                }
            }
        }
        for page in PAGES.iter().chain(EASY_PAGES) {
            let mut anchors = Vec::new();
            collect(page.blocks, &mut anchors);
            let unique: BTreeSet<_> = anchors.iter().collect();
            assert_eq!(
                unique.len(),
                anchors.len(),
                "page {} repeats an anchor",
                page.slug
            );
            assert!(
                !anchors.contains(&"main-content") && !anchors.contains(&"contents"),
                "{}",
                page.slug
            );
        }
    }

    #[test]
    fn wales_gets_its_own_words_and_rules() {
        let [england, mut wales] = profiles();
        // Same council name and timescales, so any difference is the nation's own wording.
        wales.council.name = england.council.name.clone();
        wales.timescales = england.timescales.clone();
        let language = i18n::default_language();
        let differing: Vec<String> = i18n::message_ids(language)
            .into_iter()
            .filter(|id| {
                i18n::message(language, id, Some(&england.fluent_args()))
                    != i18n::message(language, id, Some(&wales.fluent_args()))
            })
            .collect();
        let wales_only_blocks = PAGES
            .iter()
            .flat_map(|page| page.blocks)
            .filter(|block| matches!(block, Block::OnlyIn(Nation::Wales, _)))
            .count();
        assert!(
            !differing.is_empty() || wales_only_blocks > 0,
            "nothing in the guide changes for a council in Wales"
        );
    }
}
