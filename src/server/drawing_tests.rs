//! The drawing upload's checks, with real files: pictures made here, a file that claims to be
//! enormous, damaged files, and a photo with EXIF read by a real EXIF reader (Pillow) before
//! and after.

use super::*;
use image::{ImageEncoder, Rgba, RgbaImage};

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = RgbaImage::from_fn(width, height, |x, y| {
        // A red line on see-through paper.
        if x == y {
            Rgba([200, 0, 0, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new(&mut bytes)
        .write_image(
            picture.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgba8,
        )
        .expect("encoded");
    bytes
}

/// A PNG whose header claims `width` × `height` RGBA pixels, followed by a few bytes of
/// compressed data: the shape of a decompression bomb, whose header is all the decoder may
/// look at before it must refuse.
pub(crate) fn png_header_claiming(width: u32, height: u32) -> Vec<u8> {
    fn chunk(bytes: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        let length = u32::try_from(data.len()).expect("small");
        bytes.extend(length.to_be_bytes());
        let mut typed = kind.to_vec();
        typed.extend(data);
        bytes.extend(&typed);
        bytes.extend(crc32(&typed).to_be_bytes());
    }
    let mut header = Vec::new();
    header.extend(width.to_be_bytes());
    header.extend(height.to_be_bytes());
    header.extend([8, 6, 0, 0, 0]);
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut bytes, b"IHDR", &header);
    // A zlib stream of zeros: a real bomb holds megabytes of these that inflate to gigabytes.
    chunk(
        &mut bytes,
        b"IDAT",
        &[0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01],
    );
    chunk(&mut bytes, b"IEND", &[]);
    bytes
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Whether a JPEG is baseline: it has a baseline frame marker (SOF0) and no other frame.
fn is_baseline_jpeg(bytes: &[u8]) -> bool {
    let markers: Vec<u8> = bytes
        .windows(2)
        .filter(|w| w[0] == 0xFF)
        .map(|w| w[1])
        .collect();
    bytes.starts_with(&[0xFF, 0xD8])
        && markers.contains(&0xC0)
        && !markers
            .iter()
            .any(|m| matches!(m, 0xC1..=0xC3 | 0xC5..=0xC7))
}

#[test]
fn a_png_becomes_a_baseline_jpeg_on_white_the_same_size() {
    let safe = make_safe(&png(300, 200)).expect("a good PNG");
    assert_eq!((safe.width, safe.height), (300, 200));
    assert!(is_baseline_jpeg(&safe.jpeg));
    let back = image::load_from_memory(&safe.jpeg)
        .expect("readable")
        .to_rgb8();
    // See-through became white paper, and the red line is still red.
    let corner = back.get_pixel(299, 0).0;
    assert!(corner.iter().all(|&c| c > 240), "{corner:?}");
    let line = back.get_pixel(100, 100).0;
    assert!(line[0] > 150 && line[1] < 80, "{line:?}");
}

#[test]
fn a_big_photo_is_made_smaller_keeping_its_shape() {
    let safe = make_safe(&png(3000, 1500)).expect("a good PNG");
    assert_eq!((safe.width, safe.height), (LONGEST_SIDE, LONGEST_SIDE / 2));
}

#[test]
fn bad_files_are_refused_each_with_its_reason() {
    assert_eq!(
        make_safe(b"Dear chair, this is not a picture."),
        Err(DrawingProblem::WrongType)
    );
    assert_eq!(
        make_safe(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
        Err(DrawingProblem::WrongType)
    );
    assert_eq!(
        make_safe(&vec![0u8; MAX_DRAWING_BYTES + 1]),
        Err(DrawingProblem::TooLarge)
    );
    // Wider than any photo: refused from the header.
    assert_eq!(
        make_safe(&png_header_claiming(100_000, 10)),
        Err(DrawingProblem::TooManyPixels)
    );
    // Within each side's limit but more pixels than the memory allowed (9000 × 9000 RGBA is
    // 324 MB): refused from the header too, before anything is allocated.
    assert_eq!(
        make_safe(&png_header_claiming(9000, 9000)),
        Err(DrawingProblem::TooManyPixels)
    );
    let good = png(300, 200);
    assert_eq!(
        make_safe(&good[..good.len() / 2]),
        Err(DrawingProblem::Damaged)
    );
    assert_eq!(
        make_safe(b"\xFF\xD8\xFF\xE0 not really a JPEG at all"),
        Err(DrawingProblem::Damaged)
    );
}

/// What Pillow reads in a JPEG: its EXIF tags as "name=value" lines and its comment, or
/// "no exif" and "no comment".
fn read_by_pillow(jpeg_path: &std::path::Path) -> String {
    let script = r#"
import sys
from PIL import Image, ExifTags
image = Image.open(sys.argv[1])
exif = image.getexif()
for tag, value in exif.items():
    print(f"{ExifTags.TAGS.get(tag, tag)}={value}")
gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
for tag, value in gps.items():
    print(f"{ExifTags.GPSTAGS.get(tag, tag)}={value}")
if not exif:
    print("no exif")
print("comment=" + image.info["comment"].decode() if "comment" in image.info else "no comment")
"#;
    run_python(&[script, &jpeg_path.to_string_lossy()])
}

fn run_python(args: &[&str]) -> String {
    crate::server::test_support::run_test_python(args[0], &args[1..], b"")
}

#[test]
fn a_photo_loses_its_location_camera_and_comment() {
    let folder = std::env::temp_dir().join(format!("drawing-exif-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("folder");
    let photo = folder.join("photo.jpg");
    // A phone photo: where it was taken, the camera, a comment, and sideways (orientation 6).
    let make = r#"
import sys
from PIL import Image, ExifTags
image = Image.new("RGB", (40, 20), (30, 120, 200))
exif = Image.Exif()
exif[ExifTags.Base.Make] = "PhoneMakerQZX"
exif[ExifTags.Base.Model] = "CameraModelQZX"
exif[ExifTags.Base.Orientation] = 6
exif.get_ifd(ExifTags.IFD.GPSInfo).update({
    ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (51.0, 28.0, 40.0),
    ExifTags.GPS.GPSLongitudeRef: "W", ExifTags.GPS.GPSLongitude: (3.0, 10.0, 5.0),
})
image.save(sys.argv[1], exif=exif, comment=b"SecretCommentQZX")
"#;
    run_python(&[make, &photo.to_string_lossy()]);
    let before = read_by_pillow(&photo);
    for hidden in [
        "Make=PhoneMakerQZX",
        "Model=CameraModelQZX",
        "GPSLatitude=",
        "GPSLongitudeRef=W",
        "comment=SecretCommentQZX",
    ] {
        assert!(
            before.contains(hidden),
            "the photo should hold {hidden}: {before}"
        );
    }
    let safe = make_safe(&std::fs::read(&photo).expect("photo")).expect("a good JPEG");
    let cleaned = folder.join("safe.jpg");
    std::fs::write(&cleaned, &safe.jpeg).expect("written");
    let after = read_by_pillow(&cleaned);
    std::fs::remove_dir_all(&folder).ok();
    assert_eq!(after.trim(), "no exif\nno comment", "{after}");
    for text in ["QZX", "Exif", "GPS"] {
        assert!(
            !safe.jpeg.windows(text.len()).any(|w| w == text.as_bytes()),
            "{text} is still in the bytes"
        );
    }
    // Turned the right way up, since the orientation tag went with the rest.
    assert_eq!((safe.width, safe.height), (20, 40));
}
