//! Headers every response carries. The fixed ones are set with tower-http in `router.rs`; this
//! module adds the Content-Security-Policy, which has to be written per request because it
//! carries a fresh nonce: the one inline script Leptos needs on an island page runs only with it.

use axum::{extract::Request, middleware::Next, response::Response};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use http::{header, HeaderValue};
use rand::RngCore;

pub use crate::server::render::CspNonce;

fn new_nonce() -> CspNonce {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    CspNonce(URL_SAFE_NO_PAD.encode(bytes))
}

/// No inline script without the nonce, nothing from other sites, no framing, forms post only
/// to us. `wasm-unsafe-eval` lets the islands bundle compile; it allows no JavaScript `eval`.
pub fn content_security_policy(nonce: &CspNonce) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'",
        nonce.0
    )
}

pub async fn add_content_security_policy(mut request: Request, next: Next) -> Response {
    let nonce = new_nonce();
    // Strict-Transport-Security means something only over HTTPS; behind a TLS-terminating
    // proxy, the proxy says so in X-Forwarded-Proto. Browsers ignore it over plain HTTP.
    let over_tls = request
        .headers()
        .get("x-forwarded-proto")
        .is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"https"));
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_security_policy(&nonce)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    if over_tls {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_differ_and_the_policy_has_no_unsafe_inline() {
        let (first, second) = (new_nonce(), new_nonce());
        assert_ne!(first.0, second.0);
        let policy = content_security_policy(&first);
        assert!(policy.contains(&format!("'nonce-{}'", first.0)));
        assert!(!policy.contains("unsafe-inline"));
        assert!(policy.contains("frame-ancestors 'none'"));
    }
}
