//! The guide's pages are the same for everyone who asks: the council's profile is fixed at
//! start-up, and a content page has no nonce, no form and no per-request part. So each is
//! rendered once, compressed once (brotli at quality 11, gzip at level 9: smaller than the
//! per-request compression can afford), and then answered from memory. The cache holds only
//! pages in the content table, in published languages, that rendered with 200: at most
//! pages × languages entries, whatever is requested. Security headers are still added per
//! request by the layers outside this one; the report pages are never cached.
//!
//! Written here rather than taken from a crate: the HTTP cache crates are for clients and
//! proxies, and this is a small memo of finished responses keyed by path.

use std::{
    collections::HashMap,
    io::Write,
    sync::{Arc, RwLock},
};

use axum::{
    body::{to_bytes, Body, Bytes},
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{header, HeaderMap, HeaderValue, Method, StatusCode};

use crate::{
    paths::SitePath,
    site::{self, Destination},
};

/// The largest page we would keep (a page is about 10–25 KB).
const LARGEST_PAGE_BYTES: usize = 512 * 1024;

struct CachedPage {
    headers: HeaderMap,
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
}

#[derive(Clone, Default)]
pub struct PageCache {
    pages: Arc<RwLock<HashMap<String, Arc<CachedPage>>>>,
}

/// Whether `path` is a guide page we publish, written the one way we write it, such as
/// `/en/start-here`.
fn is_guide_page(path: &str) -> bool {
    SitePath::parse(path)
        .filter(|parsed| parsed.href() == path)
        .as_ref()
        .and_then(site::resolve)
        .is_some_and(|destination| matches!(destination, Destination::Guide(..)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The best encoding the client accepts (a q of 0 means "not this one").
fn chosen_encoding(headers: &HeaderMap) -> Encoding {
    let (mut brotli, mut gzip) = (false, false);
    let items = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','));
    for item in items {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim();
        let refused = parts.any(|parameter| {
            parameter
                .trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                == Some(0.0)
        });
        if !refused {
            brotli |= name.eq_ignore_ascii_case("br");
            gzip |= name.eq_ignore_ascii_case("gzip");
        }
    }
    if brotli {
        Encoding::Brotli
    } else if gzip {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn compress_gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

fn compress_brotli(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut output = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut output, 4096, 11, 22);
        writer.write_all(bytes)?;
    }
    Ok(output)
}

impl CachedPage {
    fn response(&self, encoding: Encoding) -> Response {
        let body = match encoding {
            Encoding::Brotli => self.brotli.clone(),
            Encoding::Gzip => self.gzip.clone(),
            Encoding::Identity => self.identity.clone(),
        };
        let mut response = (StatusCode::OK, body).into_response();
        let headers = response.headers_mut();
        for (name, value) in &self.headers {
            headers.insert(name, value.clone());
        }
        // Set Content-Encoding ourselves: the compression layer leaves such responses alone.
        match encoding {
            Encoding::Brotli => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
            }
            Encoding::Gzip => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            Encoding::Identity => {}
        }
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        response
    }
}

pub async fn serve_guide_pages_from_memory(
    State(cache): State<PageCache>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET || !is_guide_page(request.uri().path()) {
        return next.run(request).await;
    }
    let encoding = chosen_encoding(request.headers());
    let cached = cache
        .pages
        .read()
        .ok()
        .and_then(|pages| pages.get(request.uri().path()).cloned());
    if let Some(page) = cached {
        return page.response(encoding);
    }
    // Only a miss needs its own copy of the path, to keep the page under.
    let path = request.uri().path().to_owned();

    let response = next.run(request).await;
    if response.status() != StatusCode::OK
        || response.headers().contains_key(header::CONTENT_ENCODING)
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, LARGEST_PAGE_BYTES).await else {
        // Too big to keep (never for our pages): this response is lost, so render again.
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    // Compressing at the strongest settings takes a few milliseconds, once per page.
    let compressed = tokio::task::spawn_blocking({
        let bytes = bytes.clone();
        move || Some((compress_gzip(&bytes).ok()?, compress_brotli(&bytes).ok()?))
    })
    .await
    .ok()
    .flatten();
    let Some((gzip, brotli)) = compressed else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let mut headers = parts.headers.clone();
    headers.remove(header::CONTENT_LENGTH);
    let page = Arc::new(CachedPage {
        headers,
        identity: bytes,
        gzip: gzip.into(),
        brotli: brotli.into(),
    });
    if let Ok(mut pages) = cache.pages.write() {
        pages.insert(path, Arc::clone(&page));
    }
    page.response(encoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).expect("ascii"),
        );
        headers
    }

    #[test]
    fn the_best_accepted_encoding_is_chosen() {
        assert_eq!(
            chosen_encoding(&accepting("gzip, deflate, br")),
            Encoding::Brotli
        );
        assert_eq!(chosen_encoding(&accepting("gzip")), Encoding::Gzip);
        assert_eq!(
            chosen_encoding(&accepting("br;q=0, gzip;q=0.8")),
            Encoding::Gzip
        );
        assert_eq!(
            chosen_encoding(&accepting("br;q=0.000")),
            Encoding::Identity
        );
        assert_eq!(chosen_encoding(&accepting("br;q=0.5")), Encoding::Brotli);
        assert_eq!(chosen_encoding(&accepting("identity")), Encoding::Identity);
        assert_eq!(chosen_encoding(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn only_published_guide_pages_are_kept() {
        assert!(is_guide_page("/en/start-here"));
        assert!(is_guide_page("/en/glossary"));
        for path in [
            "/en/report",
            "/xx/start-here",
            "/en/nope",
            "/en/start-here/x",
            "/en/start-here/",
            "/",
            "/en",
            "/healthz",
        ] {
            assert!(!is_guide_page(path), "{path}");
        }
    }

    #[test]
    fn both_compressions_give_back_the_page() {
        let page = "<p>Sam ŵ ą</p>".repeat(200);
        let gzip = compress_gzip(page.as_bytes()).expect("gzip");
        let mut decoded = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gzip[..]), &mut decoded)
            .expect("gunzip");
        assert_eq!(decoded, page);
        let brotli = compress_brotli(page.as_bytes()).expect("brotli");
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &brotli[..], &mut decoded).expect("unbrotli");
        assert_eq!(decoded, page.as_bytes());
        assert!(brotli.len() < page.len() / 5);
    }
}
