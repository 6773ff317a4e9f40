//! Rendering a Leptos page for a handler. What a page needs beyond the path (the profile, this
//! request's CSP nonce, a form's screen, an error to explain) travels as request extensions and
//! becomes Leptos context here.

use std::sync::Arc;

use axum::{body::Body, extract::Request, response::Response};
use leptos::prelude::*;

use crate::{
    app::shell, forms::journey::Screen, profile::AuthorityProfile, server::state::PageRenderer,
    site::ErrorPage,
};

/// The nonce for this request's inline scripts: `middleware::security_headers` makes it and
/// puts it in the request's extensions, and the page's scripts carry it.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// What every page is rendered with: the council's profile, and this request's CSP nonce in
/// place of the one leptos_axum made up, so the header and the page agree.
pub fn page_context(profile: Arc<AuthorityProfile>) -> impl Fn() + Clone + Send + Sync + 'static {
    move || {
        provide_context(Arc::clone(&profile));
        let Some(parts) = use_context::<http::request::Parts>() else {
            return;
        };
        if let Some(nonce) = parts.extensions.get::<CspNonce>() {
            provide_context(leptos::nonce::Nonce::from_value(nonce.0.clone()));
        }
        if let Some(screen) = parts.extensions.get::<Screen>() {
            provide_context(screen.clone());
        }
        if let Some(error) = parts.extensions.get::<ErrorPage>() {
            provide_context(*error);
        }
    }
}

/// The renderer for every page: the whole document, streamed by leptos_axum.
pub fn page_renderer(options: LeptosOptions, profile: Arc<AuthorityProfile>) -> PageRenderer {
    // Leptos spawns its rendering tasks on a global executor. leptos_axum's route helpers set
    // it; we route ourselves, so set it here. A second call (a second router in the tests)
    // finds it set already, which is fine.
    let _ = any_spawner::Executor::init_tokio();
    let render = leptos_axum::render_app_to_stream_with_context(page_context(profile), move || {
        shell(options.clone())
    });
    Arc::new(move |request| render(request))
}

/// Renders the page at `path` with `extension` attached (a form's screen, an error), keeping
/// the original request's headers and extensions (the nonce, the client's address).
pub async fn render_with<T: Clone + Send + Sync + 'static>(
    render_page: &PageRenderer,
    request: Request,
    extension: T,
) -> Response {
    let (mut parts, _) = request.into_parts();
    parts.extensions.insert(extension);
    render_page(Request::from_parts(parts, Body::empty())).await
}
