//! Takes the hinting out of an embedded TrueType subset.
//!
//! Hinting (the `fpgm`, `prep` and `cvt ` programs and each glyph's instructions) adjusts
//! outlines to a screen's pixel grid. PDF viewers either ignore it or do without it well, yet in
//! Noto Sans it is a third of every subset: removing it keeps a full report comfortably small and
//! quicker to compress. Glyph outlines, metrics and names are untouched.
//!
//! Anything unexpected in the font makes [`without_hinting`] return `None`, and the subset is
//! then embedded as printpdf made it.

/// Tables that only serve hinting or device-specific spacing worked out by hinting.
const DROPPED_TABLES: [&[u8; 4]; 6] = [b"fpgm", b"prep", b"cvt ", b"hdmx", b"LTSH", b"VDMX"];

/// Composite glyph flags (OpenType `glyf` table).
const ARGS_ARE_WORDS: u16 = 0x0001;
const HAS_SCALE: u16 = 0x0008;
const MORE_COMPONENTS: u16 = 0x0020;
const HAS_X_AND_Y_SCALE: u16 = 0x0040;
const HAS_TWO_BY_TWO: u16 = 0x0080;
const HAS_INSTRUCTIONS: u16 = 0x0100;

struct Table<'a> {
    tag: [u8; 4],
    data: &'a [u8],
}

/// The same TrueType font without hinting, or `None` if it is not a font this understands.
pub(super) fn without_hinting(font: &[u8]) -> Option<Vec<u8>> {
    let tables = read_tables(font)?;
    let find = |tag: &[u8; 4]| {
        tables
            .iter()
            .find(|table| &table.tag == tag)
            .map(|t| t.data)
    };
    let head = find(b"head")?;
    let glyph_count = usize::from(read_u16(find(b"maxp")?, 4)?);
    let long_offsets = read_u16(head, 50)? == 1;
    let loca = find(b"loca")?;
    let glyf = find(b"glyf")?;

    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut new_loca = Vec::with_capacity((glyph_count + 1) * 4);
    for index in 0..glyph_count {
        let (start, end) = if long_offsets {
            (
                read_u32(loca, index * 4)? as usize,
                read_u32(loca, index * 4 + 4)? as usize,
            )
        } else {
            (
                usize::from(read_u16(loca, index * 2)?) * 2,
                usize::from(read_u16(loca, index * 2 + 2)?) * 2,
            )
        };
        new_loca.extend_from_slice(&u32::try_from(new_glyf.len()).ok()?.to_be_bytes());
        let glyph = glyf.get(start..end)?;
        if !glyph.is_empty() {
            new_glyf.extend_from_slice(&glyph_without_instructions(glyph)?);
            while new_glyf.len() % 4 != 0 {
                new_glyf.push(0);
            }
        }
    }
    new_loca.extend_from_slice(&u32::try_from(new_glyf.len()).ok()?.to_be_bytes());

    // The new `loca` always has 32-bit offsets; `head` says so.
    let mut new_head = head.to_vec();
    new_head
        .get_mut(50..52)?
        .copy_from_slice(&1u16.to_be_bytes());
    // The whole-font checksum is worked out again below.
    new_head.get_mut(8..12)?.copy_from_slice(&[0; 4]);

    let kept: Vec<([u8; 4], std::borrow::Cow<[u8]>)> = tables
        .iter()
        .filter(|table| !DROPPED_TABLES.contains(&&table.tag))
        .map(|table| {
            let data = match &table.tag {
                b"glyf" => new_glyf.clone().into(),
                b"loca" => new_loca.clone().into(),
                b"head" => new_head.clone().into(),
                _ => table.data.into(),
            };
            (table.tag, data)
        })
        .collect();
    let mut font_out = write_font(font.get(0..4)?, &kept)?;

    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&font_out));
    let head_offset = head_offset_in(&font_out)?;
    font_out
        .get_mut(head_offset + 8..head_offset + 12)?
        .copy_from_slice(&adjustment.to_be_bytes());
    Some(font_out)
}

fn read_tables(font: &[u8]) -> Option<Vec<Table<'_>>> {
    let count = usize::from(read_u16(font, 4)?);
    (0..count)
        .map(|index| {
            let record = font.get(12 + index * 16..28 + index * 16)?;
            let offset = read_u32(record, 8)? as usize;
            let length = read_u32(record, 12)? as usize;
            Some(Table {
                tag: record.get(0..4)?.try_into().ok()?,
                data: font.get(offset..offset.checked_add(length)?)?,
            })
        })
        .collect()
}

/// A simple glyph keeps its outline with an empty instruction list; a composite glyph keeps its
/// components and loses the instructions that may follow them.
fn glyph_without_instructions(glyph: &[u8]) -> Option<Vec<u8>> {
    let contours = i16::from_be_bytes(glyph.get(0..2)?.try_into().ok()?);
    if contours >= 0 {
        let length_at = 10 + 2 * usize::try_from(contours).ok()?;
        let instructions = usize::from(read_u16(glyph, length_at)?);
        let mut out = glyph.get(..length_at)?.to_vec();
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(glyph.get(length_at + 2 + instructions..)?);
        return Some(out);
    }
    let mut out = glyph.to_vec();
    let mut at = 10;
    loop {
        let flags = read_u16(glyph, at)?;
        let mut size = 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        if flags & HAS_SCALE != 0 {
            size += 2;
        } else if flags & HAS_X_AND_Y_SCALE != 0 {
            size += 4;
        } else if flags & HAS_TWO_BY_TWO != 0 {
            size += 8;
        }
        out.get_mut(at..at + 2)?
            .copy_from_slice(&(flags & !HAS_INSTRUCTIONS).to_be_bytes());
        at += size;
        if flags & MORE_COMPONENTS == 0 {
            break;
        }
    }
    out.truncate(at);
    glyph.get(..at)?; // the components must really have been there
    Some(out)
}

/// Lays the tables out again: the directory, then each table on a 4-byte boundary.
fn write_font(version: &[u8], tables: &[([u8; 4], std::borrow::Cow<[u8]>)]) -> Option<Vec<u8>> {
    // The directory's binary-search hints, as the OpenType specification defines them.
    let count = u32::try_from(tables.len()).ok()?;
    let mut search_range = 1u32;
    let mut entry_selector = 0u32;
    while search_range * 2 <= count {
        search_range *= 2;
        entry_selector += 1;
    }
    search_range *= 16;
    let range_shift = (count * 16).saturating_sub(search_range);

    let mut out = Vec::new();
    out.extend_from_slice(version);
    for value in [count, search_range, entry_selector, range_shift] {
        out.extend_from_slice(&u16::try_from(value).ok()?.to_be_bytes());
    }
    let mut offset = 12 + tables.len() * 16;
    for (tag, data) in tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&u32::try_from(offset).ok()?.to_be_bytes());
        out.extend_from_slice(&u32::try_from(data.len()).ok()?.to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    Some(out)
}

fn head_offset_in(font: &[u8]) -> Option<usize> {
    let count = usize::from(read_u16(font, 4)?);
    (0..count).find_map(|index| {
        let record = font.get(12 + index * 16..28 + index * 16)?;
        (record.get(0..4)? == b"head")
            .then(|| read_u32(record, 8).map(|offset| offset as usize))
            .flatten()
    })
}

/// The OpenType table checksum: the sum of the data as big-endian 32-bit words, zero-padded.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

fn read_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn read_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}
