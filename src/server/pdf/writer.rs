//! Laid-out pages to PDF bytes.
//!
//! printpdf builds the document: it subsets and embeds the fonts, with their widths and the
//! /ToUnicode maps that make the text searchable and copyable. It is handed one run of every
//! character each font draws, and the page content streams are then written here, straight from
//! the layout, with the glyph codes printpdf chose for those characters. Going through printpdf's
//! text operations instead encodes every character several times over and writes it as hex, which
//! was most of the time a report took. lopdf then adds what printpdf has no field for (/Lang),
//! and saves with compressed object streams.

use std::collections::{BTreeMap, HashMap};
use std::io::Write as _;

use chrono::{Datelike, Timelike};
use lopdf::content::Content;
use lopdf::{Dictionary, Object, ObjectId};
use printpdf::{
    FontId, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Pt,
    TextItem,
};

use super::fonts::{Face, Fonts};
use super::hinting::without_hinting;
use super::layout::{Element, Item, Layout, Page, PAGE_SIZE_MM};
use super::{PdfError, ReportDocument};

pub(super) fn write(
    document: &ReportDocument,
    language: &str,
    layout: &Layout,
    fonts: &Fonts,
) -> Result<Vec<u8>, PdfError> {
    let pages = &layout.pages;
    let characters = characters_by_face(pages);
    let mut pdf = PdfDocument::new(&one_line(&document.title));
    let created = pdf_date(document.created);
    let info = &mut pdf.metadata.info;
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;

    // Only the faces in use go in: each one added is cloned, subset and embedded.
    let font_ids: BTreeMap<Face, FontId> = characters
        .keys()
        .map(|&face| (face, pdf.add_font(&fonts.face(face).font)))
        .collect();
    let mut pdf_pages: Vec<PdfPage> = (0..pages.len().max(1))
        .map(|_| PdfPage::new(Mm(PAGE_SIZE_MM.0), Mm(PAGE_SIZE_MM.1), Vec::new()))
        .collect();
    if let Some(first) = pdf_pages.first_mut() {
        first.ops = every_character_once(&characters, &font_ids);
    }
    pdf.with_pages(pdf_pages);

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lopdf_document = pdf.to_lopdf_document(&options, &mut warnings);
    for warning in warnings
        .iter()
        .filter(|warning| warning.severity == PdfParseErrorSeverity::Error)
    {
        // printpdf falls back to something that still renders (say, a whole font when
        // subsetting fails), so the parent still gets a PDF; the log says what went wrong.
        tracing::warn!(message = %warning.msg, "printpdf reported a problem while writing a report");
    }

    let page_ids: Vec<ObjectId> = lopdf_document.get_pages().into_values().collect();
    let content_ids = page_content_ids(&lopdf_document, &page_ids)?;
    let codes = glyph_codes(&lopdf_document, &content_ids, &characters, &font_ids)?;
    let mut marks = Vec::new();
    for (index, (page, id)) in pages.iter().zip(&content_ids).enumerate() {
        let content = page_content(page, index, &layout.elements, &codes, &mut marks);
        if let Ok(Object::Stream(stream)) = lopdf_document.get_object_mut(*id) {
            stream.set_content(content);
        }
    }
    write_structure_tree(&mut lopdf_document, &layout.elements, &marks, &page_ids)?;
    for (page, page_id) in pages.iter().zip(&page_ids) {
        add_pictures(&mut lopdf_document, *page_id, page, document)?;
    }
    remove_hinting(&mut lopdf_document);
    finish_metadata(&mut lopdf_document, language, &one_line(&document.title))?;

    compress_streams(&mut lopdf_document);
    let mut bytes = Vec::new();
    lopdf_document.save_with_options(
        &mut bytes,
        lopdf::SaveOptions::builder()
            .use_object_streams(true)
            .use_xref_streams(true)
            .compression_level(STREAM_COMPRESSION)
            .build(),
    )?;
    Ok(bytes)
}

/// How hard to compress the page, font and structure streams, and lopdf's object streams.
/// lopdf's own `compress` always uses the best (9). Measured with callgrind on the bench's
/// sample report (December 2026, then with miniz_oxide): level 6 rendered in 3.9% fewer
/// instructions than 9 for 76 more bytes; level 1 in 27% fewer, but the PDF grew by a quarter
/// (37,635 bytes), too much for a parent on a small data allowance.
const STREAM_COMPRESSION: u32 = 6;

/// Deflates every stream that has no filter yet and gets smaller for it, as lopdf's
/// `compress` does, but at `STREAM_COMPRESSION`.
fn compress_streams(document: &mut lopdf::Document) {
    // One compressor for all the streams, reset between them: setting one up allocates and
    // clears a few hundred kilobytes of tables, more work than deflating a report's small streams.
    let mut compressor = flate2::Compress::new(flate2::Compression::new(STREAM_COMPRESSION), true);
    for object in document.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        // As lopdf does: keep the stream as it is unless deflating saves more than the
        // dictionary entry costs.
        if let Some(compressed) = deflate(&mut compressor, &stream.content)
            .filter(|compressed| compressed.len() + 19 < stream.content.len())
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// `input` as one zlib stream (what /FlateDecode reads), or None if the compressor fails.
pub(super) fn deflate(compressor: &mut flate2::Compress, input: &[u8]) -> Option<Vec<u8>> {
    compressor.reset();
    let mut output = Vec::with_capacity(input.len() / 2 + 64);
    loop {
        let (read, written) = (compressor.total_in(), compressor.total_out());
        // `total_in` counts from the reset, so it is how much of `input` has been read.
        let unread = input.get(usize::try_from(read).ok()?..)?;
        if output.len() == output.capacity() {
            output.reserve(output.len() + 64);
        }
        let status = compressor
            .compress_vec(unread, &mut output, flate2::FlushCompress::Finish)
            .ok()?;
        if status == flate2::Status::StreamEnd {
            return Some(output);
        }
        // With room to write, a compressor that neither reads nor writes is stuck.
        if (compressor.total_in(), compressor.total_out()) == (read, written) {
            return None;
        }
    }
}

/// Each face in use, with the characters it draws in the order they first appear.
fn characters_by_face(pages: &[Page]) -> BTreeMap<Face, Vec<char>> {
    let mut found: BTreeMap<Face, (Vec<char>, CharMap<()>)> = BTreeMap::new();
    for page in pages {
        for item in &page.items {
            let Item::Text { runs, .. } = item else {
                continue;
            };
            for run in runs {
                let (list, seen) = found
                    .entry(run.face)
                    .or_insert_with(|| (Vec::new(), CharMap::new()));
                list.extend(run.text.chars().filter(|&ch| seen.insert(ch, ())));
            }
        }
    }
    found
        .into_iter()
        .map(|(face, (list, _))| (face, list))
        .collect()
}

/// Characters up to here are kept in a plain array: nearly every character of a report is.
const ARRAY_LIMIT: usize = 0x0250;

/// A map keyed by character that skips hashing for the common ones.
struct CharMap<T: Copy> {
    low: Vec<Option<T>>,
    high: HashMap<char, T>,
}

impl<T: Copy> CharMap<T> {
    fn new() -> Self {
        Self {
            low: vec![None; ARRAY_LIMIT],
            high: HashMap::new(),
        }
    }

    fn get(&self, ch: char) -> Option<T> {
        match self.low.get(ch as usize) {
            Some(value) => *value,
            None => self.high.get(&ch).copied(),
        }
    }

    /// Returns whether `ch` is new.
    fn insert(&mut self, ch: char, value: T) -> bool {
        match self.low.get_mut(ch as usize) {
            Some(slot) => slot.replace(value).is_none(),
            None => self.high.insert(ch, value).is_none(),
        }
    }
}

/// One text operation per face showing each of its characters once: all printpdf needs to pick
/// the glyphs to embed and to map them back to text.
fn every_character_once(
    characters: &BTreeMap<Face, Vec<char>>,
    font_ids: &BTreeMap<Face, FontId>,
) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (face, font_id) in font_ids {
        let text: String = characters.get(face).into_iter().flatten().collect();
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font_id.clone()),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text)],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

fn page_content_ids(
    document: &lopdf::Document,
    page_ids: &[ObjectId],
) -> Result<Vec<ObjectId>, PdfError> {
    page_ids
        .iter()
        .map(|page_id| {
            Ok(document
                .get_dictionary(*page_id)?
                .get(b"Contents")?
                .as_reference()?)
        })
        .collect()
}

/// How to show one face's characters: its resource name and the two-byte glyph code of each.
struct FaceCodes {
    resource: Vec<u8>,
    codes: CharMap<[u8; 2]>,
}

/// Reads back, from the first page as printpdf wrote it, the code it gave each character.
fn glyph_codes(
    document: &lopdf::Document,
    content_ids: &[ObjectId],
    characters: &BTreeMap<Face, Vec<char>>,
    font_ids: &BTreeMap<Face, FontId>,
) -> Result<BTreeMap<Face, FaceCodes>, PdfError> {
    let unexpected = || PdfError::Unexpected("printpdf's glyph codes could not be read back");
    let Some(first) = content_ids.first() else {
        return Ok(BTreeMap::new());
    };
    let content = Content::decode(&document.get_object(*first)?.as_stream()?.content)?;
    let shown: Vec<&[u8]> = content
        .operations
        .iter()
        .filter(|operation| operation.operator == "Tj")
        .filter_map(|operation| operation.operands.first()?.as_str().ok())
        .collect();
    if shown.len() != font_ids.len() {
        return Err(unexpected());
    }
    // `every_character_once` showed the faces in this same order.
    font_ids
        .iter()
        .zip(shown)
        .map(|((face, font_id), bytes)| {
            let chars = characters.get(face).map_or(&[][..], Vec::as_slice);
            if bytes.len() != chars.len() * 2 {
                return Err(unexpected());
            }
            let mut codes = CharMap::new();
            for (&ch, code) in chars.iter().zip(bytes.chunks_exact(2)) {
                codes.insert(ch, [code[0], code[1]]);
            }
            let resource = font_id.0.as_bytes().to_vec();
            Ok((*face, FaceCodes { resource, codes }))
        })
        .collect()
}

/// A marked-content sequence on a page, and the structure element it belongs to.
struct Mark {
    element: usize,
    page: usize,
    /// The sequence's marked-content id, counted from 0 on each page.
    id: usize,
}

/// The page's drawing operators: rules, pictures, then all its text in one text object. Every
/// piece is marked content: an `/Artifact` (rules, footer, page number) or tagged with its
/// structure type and a marked-content id, recorded in `marks` for the structure tree.
fn page_content(
    page: &Page,
    page_index: usize,
    elements: &[Element],
    codes: &BTreeMap<Face, FaceCodes>,
    marks: &mut Vec<Mark>,
) -> Vec<u8> {
    // Writing to a Vec cannot fail, so the results of `write!` are ignored.
    let mut out = Vec::with_capacity(16 * 1024);
    let mut next_id = 0;
    let mut begin = |out: &mut Vec<u8>, element: Option<usize>| match element {
        Some(element) => {
            let role = elements[element].role.structure_type();
            let _ = writeln!(out, "/{role} <</MCID {next_id}>> BDC");
            marks.push(Mark {
                element,
                page: page_index,
                id: next_id,
            });
            next_id += 1;
        }
        None => out.extend_from_slice(b"/Artifact BMC\n"),
    };
    for item in &page.items {
        if let Item::Rule {
            x1,
            x2,
            y,
            thickness,
            grey,
        } = item
        {
            let (x1, x2, y) = (number(*x1), number(*x2), number(*y));
            let (grey, thickness) = (number(*grey), number(*thickness));
            let _ = writeln!(
                out,
                "/Artifact BMC {grey} G {thickness} w {x1} {y} m {x2} {y} l S EMC"
            );
        }
    }
    for item in &page.items {
        if let Item::Picture {
            x,
            y,
            width,
            height,
            section,
            element,
        } = item
        {
            let (x, y, width, height) = (number(*x), number(*y), number(*width), number(*height));
            let name = picture_name(*section);
            begin(&mut out, Some(*element));
            let _ = writeln!(out, "q {width} 0 0 {height} {x} {y} cm /{name} Do Q EMC");
        }
    }
    out.extend_from_slice(b"BT\n");
    // Font and colour carry over from line to line, so they are written only when they change.
    let mut current_font = None;
    let mut current_grey = None;
    // Lines of one element that follow each other share one marked-content sequence.
    let mut open: Option<Option<usize>> = None;
    for item in &page.items {
        let Item::Text {
            x,
            y,
            style,
            grey,
            runs,
            element,
        } = item
        else {
            continue;
        };
        if open != Some(*element) {
            if open.is_some() {
                out.extend_from_slice(b"EMC\n");
            }
            begin(&mut out, *element);
            open = Some(*element);
        }
        if current_grey != Some(*grey) {
            let _ = writeln!(out, "{} g", number(*grey));
            current_grey = Some(*grey);
        }
        let _ = writeln!(out, "1 0 0 1 {} {} Tm", number(*x), number(*y));
        for run in runs {
            let Some(face_codes) = codes.get(&run.face) else {
                continue; // cannot happen: every face a run uses has its codes
            };
            if current_font != Some((run.face, style.size)) {
                out.push(b'/');
                out.extend_from_slice(&face_codes.resource);
                let _ = writeln!(out, " {} Tf", number(style.size));
                current_font = Some((run.face, style.size));
            }
            out.push(b'(');
            for code in run.text.chars().filter_map(|ch| face_codes.codes.get(ch)) {
                for byte in code {
                    // A literal string must escape its delimiters and backslash, and a raw
                    // carriage return would be read as a line end.
                    match byte {
                        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        _ => out.push(byte),
                    }
                }
            }
            out.extend_from_slice(b") Tj\n");
        }
    }
    if open.is_some() {
        out.extend_from_slice(b"EMC\n");
    }
    out.extend_from_slice(b"ET\n");
    out
}

/// The resource name a section's picture is drawn by.
fn picture_name(section: usize) -> String {
    format!("Picture{section}")
}

/// Embeds the pictures drawn on a page as image XObjects in its resources. The JPEG bytes go in
/// as they are (DCTDecode): the server has already checked and re-encoded them, and decoding
/// and re-encoding here would only cost time and quality.
fn add_pictures(
    pdf: &mut lopdf::Document,
    page_id: ObjectId,
    page: &Page,
    document: &ReportDocument,
) -> Result<(), PdfError> {
    for item in &page.items {
        let Item::Picture { section, .. } = item else {
            continue;
        };
        let Some(picture) = document
            .sections
            .get(*section)
            .and_then(|section| section.picture.as_ref())
        else {
            continue; // cannot happen: the layout only places pictures that exist
        };
        let image = lopdf::Stream::new(
            Dictionary::from_iter(vec![
                ("Type", Object::Name(b"XObject".to_vec())),
                ("Subtype", Object::Name(b"Image".to_vec())),
                ("Width", Object::Integer(i64::from(picture.width))),
                ("Height", Object::Integer(i64::from(picture.height))),
                ("ColorSpace", Object::Name(b"DeviceRGB".to_vec())),
                ("BitsPerComponent", Object::Integer(8)),
                ("Filter", Object::Name(b"DCTDecode".to_vec())),
            ]),
            picture.jpeg.clone(),
        )
        .with_compression(false);
        let image_id = pdf.add_object(image);
        let resources = page_resources(pdf, page_id)?;
        let xobjects = match resources.get(b"XObject") {
            Ok(Object::Reference(id)) => *id,
            Ok(Object::Dictionary(inline)) => {
                let inline = inline.clone();
                let id = pdf.add_object(inline);
                page_resources(pdf, page_id)?.set("XObject", Object::Reference(id));
                id
            }
            _ => {
                let id = pdf.add_object(Dictionary::new());
                page_resources(pdf, page_id)?.set("XObject", Object::Reference(id));
                id
            }
        };
        pdf.get_dictionary_mut(xobjects)?
            .set(picture_name(*section), Object::Reference(image_id));
    }
    Ok(())
}

/// A page's resource dictionary, wherever printpdf put it (in the page or as its own object).
fn page_resources(
    pdf: &mut lopdf::Document,
    page_id: ObjectId,
) -> Result<&mut Dictionary, PdfError> {
    let resources_id = match pdf.get_dictionary(page_id)?.get(b"Resources") {
        Ok(Object::Reference(id)) => Some(*id),
        Ok(_) => None,
        Err(_) => {
            pdf.get_dictionary_mut(page_id)?
                .set("Resources", Dictionary::new());
            None
        }
    };
    Ok(match resources_id {
        Some(id) => pdf.get_dictionary_mut(id)?,
        None => pdf
            .get_dictionary_mut(page_id)?
            .get_mut(b"Resources")?
            .as_dict_mut()?,
    })
}

/// A coordinate or size rounded to a hundredth of a point, far below what anyone can see;
/// printed in its shortest form, which keeps the content streams small.
fn number(value: f32) -> f32 {
    let rounded = (value * 100.0).round() / 100.0;
    // Never "-0".
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
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

/// The structure tree: one StructElem per element, holding its child elements or its marked
/// content (as marked-content references, which name their page, so one element can run on
/// over a page break), and the parent tree that leads from each page's marked content back
/// to its element. Pages get their key into the parent tree and a tab order that follows the
/// structure.
fn write_structure_tree(
    pdf: &mut lopdf::Document,
    elements: &[Element],
    marks: &[Mark],
    page_ids: &[ObjectId],
) -> Result<(), PdfError> {
    let root_id = pdf.new_object_id();
    let element_ids: Vec<ObjectId> = elements.iter().map(|_| pdf.new_object_id()).collect();
    let mut kids: Vec<Vec<Object>> = vec![Vec::new(); elements.len()];
    let mut top = Vec::new();
    for (index, element) in elements.iter().enumerate() {
        let reference = Object::Reference(element_ids[index]);
        match element.parent {
            Some(parent) => kids[parent].push(reference),
            None => top.push(reference),
        }
    }
    let mut parent_tree: Vec<Vec<Object>> = vec![Vec::new(); page_ids.len()];
    for mark in marks {
        kids[mark.element].push(Object::Dictionary(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"MCR".to_vec())),
            ("Pg", Object::Reference(page_ids[mark.page])),
            ("MCID", Object::Integer(mark.id as i64)),
        ])));
        // Marks are recorded in id order on each page, so the id is the array index.
        parent_tree[mark.page].push(Object::Reference(element_ids[mark.element]));
    }
    for (index, (element, kids)) in elements.iter().zip(kids).enumerate() {
        let parent = element.parent.map_or(root_id, |parent| element_ids[parent]);
        let mut dictionary = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"StructElem".to_vec())),
            (
                "S",
                Object::Name(element.role.structure_type().as_bytes().to_vec()),
            ),
            ("P", Object::Reference(parent)),
            ("K", Object::Array(kids)),
        ]);
        if let Some(language) = &element.language {
            dictionary.set("Lang", Object::string_literal(language.as_str()));
        }
        if let Some(alt) = &element.alt {
            dictionary.set("Alt", text_string(alt));
        }
        pdf.objects
            .insert(element_ids[index], Object::Dictionary(dictionary));
    }
    let mut numbers = Vec::new();
    for (key, (page_id, page_elements)) in page_ids.iter().zip(parent_tree).enumerate() {
        numbers.push(Object::Integer(key as i64));
        numbers.push(Object::Array(page_elements));
        let page = pdf.get_dictionary_mut(*page_id)?;
        page.set("StructParents", Object::Integer(key as i64));
        page.set("Tabs", Object::Name(b"S".to_vec()));
    }
    pdf.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", Object::Array(top)),
            (
                "ParentTree",
                Object::Dictionary(Dictionary::from_iter(vec![(
                    "Nums",
                    Object::Array(numbers),
                )])),
            ),
            ("ParentTreeNextKey", Object::Integer(page_ids.len() as i64)),
        ])),
    );
    let catalog = pdf.catalog_mut()?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter(vec![("Marked", Object::Boolean(true))]),
    );
    Ok(())
}

/// A PDF text string: UTF-16BE with a byte-order mark, which holds any Unicode text.
fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

/// XMP metadata with the title and language, for tools that read XMP rather than the Info
/// dictionary (PDF/UA asks for the title there).
fn xmp_metadata(title: &str, language: &str) -> Vec<u8> {
    format!(
        concat!(
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">",
            "<dc:format>application/pdf</dc:format>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>",
            "<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>",
            "</rdf:Description></rdf:RDF></x:xmpmeta>\n",
            "<?xpacket end=\"r\"?>"
        ),
        title = xml_text(title),
        language = xml_text(language),
    )
    .into_bytes()
}

/// Text escaped for XML content and attributes. Five replacements do not warrant a crate.
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 cannot hold most control characters, even escaped.
            _ if ch.is_control() => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// The language on the catalog, XMP metadata, and an Info dictionary that says only what is
/// true of the file.
fn finish_metadata(
    document: &mut lopdf::Document,
    language: &str,
    title: &str,
) -> Result<(), PdfError> {
    let metadata = lopdf::Stream::new(
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp_metadata(title, language),
    )
    // Left uncompressed so that tools which scan files for XMP find it.
    .with_compression(false);
    let metadata_id = document.add_object(metadata);
    let catalog = document.catalog_mut()?;
    catalog.set("Metadata", Object::Reference(metadata_id));
    catalog.set("Lang", Object::string_literal(language));
    // Viewers then show the title rather than the file name.
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]),
    );
    let info_id = document.trailer.get(b"Info")?.as_reference()?;
    let info = document.get_dictionary_mut(info_id)?;
    // printpdf always writes a PDF/X version key (which makes tools call the file PDF/X) and
    // leaves the fields it was not given as empty strings.
    info.remove(b"GTS_PDFXVersion");
    let empty: Vec<Vec<u8>> = info
        .iter()
        .filter(|(_, value)| value.as_str().is_ok_and(<[u8]>::is_empty))
        .map(|(key, _)| key.clone())
        .collect();
    for key in empty {
        info.remove(&key);
    }
    Ok(())
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
            millisecond: moment.timestamp_subsec_millis().min(999) as u16,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}
