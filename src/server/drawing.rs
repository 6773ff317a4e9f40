//! A picture sent with a form (a photo of a child's drawing), made safe to put in a PDF: only
//! JPEG and PNG, checked for size before anything is decoded, decoded with limits so a file
//! made to fill memory is refused before it allocates, turned the right way up, made smaller,
//! and encoded again as a plain baseline JPEG. The new file is written from the pixels alone,
//! so nothing hidden in the photo (where it was taken, the camera, comments) survives. Nothing
//! is kept: the bytes live only as long as the request.

use std::io::Cursor;

use image::{
    codecs::jpeg::JpegEncoder, imageops::FilterType, DynamicImage, ImageDecoder, ImageError,
    ImageFormat, ImageReader, Limits, RgbImage,
};

use crate::forms::decode::DrawingProblem;

/// The largest file accepted, in bytes (5 MB, what the page says).
pub const MAX_DRAWING_BYTES: usize = 5 * 1024 * 1024;

/// The widest or tallest picture we open. A 48-megapixel phone photo is 8000 × 6000.
const MAX_SIDE: u32 = 10_000;

/// The most memory the decoded pixels may take: 8000 × 6000 in RGBA is 192 MB.
const MAX_DECODED_BYTES: u64 = 200 * 1024 * 1024;

/// The long side of the picture in the PDF: sharp on a printed A4 page at this size, and small.
pub const LONGEST_SIDE: u32 = 1200;

/// JPEG quality: a drawing stays clear, the file stays small.
const QUALITY: u8 = 80;

/// A picture ready for the PDF: baseline JPEG bytes, 8-bit RGB, and its size in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafePicture {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Checks a file and makes the safe picture from it, or says why it cannot be used.
pub fn make_safe(bytes: &[u8]) -> Result<SafePicture, DrawingProblem> {
    if bytes.len() > MAX_DRAWING_BYTES {
        return Err(DrawingProblem::TooLarge);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| DrawingProblem::Damaged)?;
    // The bytes say what the file is; its name and the browser's type are not trusted.
    if !matches!(reader.format(), Some(ImageFormat::Jpeg | ImageFormat::Png)) {
        return Err(DrawingProblem::WrongType);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(problem_of)?;
    // The header's size, before a single pixel is decoded.
    if decoder.total_bytes() > MAX_DECODED_BYTES {
        return Err(DrawingProblem::TooManyPixels);
    }
    let orientation = decoder.orientation().map_err(problem_of)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(problem_of)?;
    // Phones store a photo sideways and say in its metadata how to turn it; the metadata goes,
    // so the turn is made now.
    picture.apply_orientation(orientation);
    if picture.width().max(picture.height()) > LONGEST_SIDE {
        picture = picture.resize(LONGEST_SIDE, LONGEST_SIDE, FilterType::Triangle);
    }
    let rgb = on_white(&picture);
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, QUALITY)
        .encode_image(&rgb)
        .map_err(|_| DrawingProblem::Damaged)?;
    Ok(SafePicture {
        jpeg,
        width: rgb.width(),
        height: rgb.height(),
    })
}

/// The picture as RGB, with see-through parts (a PNG's) on white paper rather than black.
fn on_white(picture: &DynamicImage) -> RgbImage {
    if !picture.color().has_alpha() {
        return picture.to_rgb8();
    }
    let rgba = picture.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over_white = |channel: u8| {
            let alpha = u16::from(a);
            // Both factors are at most 255, so the sum fits in u16 and the result in u8.
            ((u16::from(channel) * alpha + 255 * (255 - alpha)) / 255) as u8
        };
        image::Rgb([over_white(r), over_white(g), over_white(b)])
    })
}

fn problem_of(error: ImageError) -> DrawingProblem {
    match error {
        ImageError::Limits(_) => DrawingProblem::TooManyPixels,
        ImageError::Unsupported(_) => DrawingProblem::WrongType,
        _ => DrawingProblem::Damaged,
    }
}

#[cfg(test)]
#[path = "drawing_tests.rs"]
pub(crate) mod tests;
