//! The stylesheet, the exit-this-page and form-page scripts, the icon and the easy-read pictures
//! are built into the binary and served under names that carry a hash of their contents, so
//! browsers may keep them for a year: a change to the file changes its name.

use std::sync::LazyLock;

use crate::content::Picture;

mod pictures;
pub use pictures::PICTURES;

pub struct Asset {
    pub stem: &'static str,
    pub extension: &'static str,
    pub content_type: &'static str,
    pub body: &'static str,
}

pub static STYLESHEET: Asset = Asset {
    stem: "main",
    extension: "css",
    content_type: "text/css; charset=utf-8",
    body: include_str!("../style/main.css"),
};

pub static EXIT_SCRIPT: Asset = Asset {
    stem: "exit-this-page",
    extension: "js",
    content_type: "text/javascript; charset=utf-8",
    body: include_str!("../public/exit-this-page.js"),
};

/// Only on form pages: error summary links that show the question, and a prompt before
/// leaving with unsent words.
pub static FORM_SCRIPT: Asset = Asset {
    stem: "form-page",
    extension: "js",
    content_type: "text/javascript; charset=utf-8",
    body: include_str!("../public/form-page.js"),
};

pub static ICON: Asset = Asset {
    stem: "icon",
    extension: "svg",
    content_type: "image/svg+xml",
    body: include_str!("../public/icon.svg"),
};

pub static ALL: [&Asset; 4] = [&STYLESHEET, &EXIT_SCRIPT, &FORM_SCRIPT, &ICON];

/// Where fingerprinted assets are served from.
pub const PREFIX: &str = "/assets/";

/// Every asset served: the page furniture above and the pictures (`public/pictures/`, listed
/// by `end2end/pictures/extract.mjs`).
pub fn everything() -> impl Iterator<Item = &'static Asset> {
    ALL.iter().copied().chain(PICTURES.iter())
}

/// The served file of an easy-read picture.
pub fn picture(picture: Picture) -> &'static Asset {
    let index = Picture::ALL
        .iter()
        .position(|listed| *listed == picture)
        .expect("every picture is listed in Picture::ALL");
    &PICTURES[index]
}

impl Asset {
    /// The URL path, e.g. `/assets/main-3f2a9c1b7d4e5a60.css`.
    pub fn url(&self) -> &'static str {
        static URLS: LazyLock<Vec<String>> = LazyLock::new(|| {
            everything()
                .map(|asset| {
                    format!(
                        "{PREFIX}{}-{:016x}.{}",
                        asset.stem,
                        fnv1a(asset.body.as_bytes()),
                        asset.extension
                    )
                })
                .collect()
        });
        let index = everything()
            .position(|asset| std::ptr::eq(asset, self))
            .expect("every asset is listed in everything()");
        &URLS[index]
    }
}

/// The asset served at this URL path, if any.
pub fn by_url(path: &str) -> Option<&'static Asset> {
    everything().find(|asset| asset.url() == path)
}

/// FNV-1a: small, stable across builds and good enough to tell two versions of a file apart
/// (this is a cache key, not a security check).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_distinct_and_round_trip() {
        for asset in everything() {
            assert_eq!(
                by_url(asset.url()).map(|found| found.stem),
                Some(asset.stem)
            );
        }
        assert!(by_url("/assets/main.css").is_none());
    }

    #[test]
    fn every_picture_is_its_own_svg_file() {
        assert_eq!(PICTURES.len(), Picture::ALL.len());
        for listed in Picture::ALL {
            let asset = picture(listed);
            assert_eq!(asset.stem, format!("picture-{}", listed.name()));
            assert!(asset.body.starts_with("<svg") && asset.body.contains("viewBox"));
            assert!(
                !asset.body.contains("<script") && !asset.body.contains("href"),
                "{}: a picture carries nothing but drawing",
                listed.name()
            );
        }
    }

    #[test]
    fn the_name_changes_when_the_contents_change() {
        assert_ne!(fnv1a(b"body{}"), fnv1a(b"body{ }"));
    }
}
