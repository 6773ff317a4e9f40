//! The routes and the layer stack, nothing else.

use std::{sync::Arc, time::Duration};

use axum::{
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use leptos::prelude::LeptosOptions;
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::CompressionLayer,
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer,
    trace::{DefaultOnResponse, TraceLayer},
};
use tracing::Level;

use crate::{
    profile::AuthorityProfile,
    server::{
        error::HttpError,
        forms, logging,
        middleware::{
            body_limit, error_pages, form_content_type, hydration_data, language_cookie,
            page_cache, same_origin, security_headers,
        },
        render::page_renderer,
        site_routes,
        state::{AppState, Services},
    },
};

/// No request should take this long; if one does, the person gets an answer rather than a hang.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

pub fn router(
    leptos_options: LeptosOptions,
    profile: AuthorityProfile,
    services: Services,
) -> Router {
    let profile = Arc::new(profile);
    let render_page = page_renderer(leptos_options.clone(), Arc::clone(&profile));
    let state = AppState {
        leptos_options: leptos_options.clone(),
        profile,
        render_page: render_page.clone(),
        mailer: Arc::new(services.mailer),
        limits: Arc::new(services.limits),
    };
    let islands_bundle = ServeDir::new(format!(
        "{}/{}",
        leptos_options.site_root, leptos_options.site_pkg_dir
    ));

    let routes = Router::new()
        .route("/", get(site_routes::redirect_to_language))
        .route("/{lang}", get(site_routes::redirect_to_start))
        .route("/{lang}/", get(site_routes::redirect_to_start))
        .route("/healthz", get(site_routes::health))
        .route("/assets/{file}", get(site_routes::fingerprinted_asset))
        .route("/robots.txt", get(site_routes::robots))
        // A guide page or a form's questions; the form's posts.
        .route(
            "/{lang}/{slug}",
            get(site_routes::page).post(forms::post_form),
        )
        .route(
            "/{lang}/{slug}/{step}",
            get(site_routes::page).post(forms::post_form),
        )
        .route("/{lang}/easy/{slug}", get(site_routes::page))
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(middleware::from_fn(refuse_impossible_file_names))
                // Not fingerprinted, so browsers must check back; ServeDir answers 304 when unchanged.
                .layer(SetResponseHeaderLayer::overriding(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("no-cache"),
                ))
                .service(islands_bundle),
        );
    // Only in the unit tests: a handler that panics and one that never finishes, to prove the
    // layers below turn both into pages (in the path's language, when it has one).
    #[cfg(test)]
    let routes = routes
        .route("/test-only/panic", get(test_only::panics))
        .route("/test-only/slow", get(test_only::never_finishes))
        .route("/{language}/test-only/panic", get(test_only::panics))
        .route("/{language}/test-only/slow", get(test_only::never_finishes));
    routes
        .fallback(site_routes::page)
        .with_state(state)
        .layer(middleware::from_fn(hydration_data::finish_pages))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .layer(middleware::from_fn_with_state(
            page_cache::PageCache::default(),
            page_cache::serve_guide_pages_from_memory,
        ))
        // Outside the page cache: the cookie depends on the request, so pages served from
        // memory get it too.
        .layer(middleware::from_fn(language_cookie::remember_language))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(middleware::from_fn(same_origin::refuse_cross_site_posts))
        .layer(middleware::from_fn(
            form_content_type::refuse_posts_that_are_not_forms,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn(body_limit::limit_request_bodies))
        // Outside the layers that answer with no page (413, timeouts, 405, panics), inside the
        // ones that add the security headers, so those pages get them too.
        .layer(middleware::from_fn_with_state(
            render_page,
            error_pages::explain_bare_errors,
        ))
        .layer(middleware::from_fn(
            security_headers::add_content_security_policy,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(
                "camera=(), microphone=(), geolocation=(), interest-cohort=()",
            ),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(CompressionLayer::new())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(logging::request_span)
                .on_request(())
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}

/// The islands bundle has a handful of short file names. A longer one cannot exist, and the
/// file system would answer it with an error that ServeDir turns into a 500; so it is a 404.
async fn refuse_impossible_file_names(request: Request, next: middleware::Next) -> Response {
    const LONGEST_NAME: usize = 200;
    if request.uri().path().len() > LONGEST_NAME {
        return StatusCode::NOT_FOUND.into_response();
    }
    next.run(request).await
}

/// A panic must never show internals: the error page, and the detail stays out of the
/// response (the panic message itself is not logged either: it could quote input).
fn panic_response(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    HttpError::Internal.into_response()
}

#[cfg(test)]
mod test_only {
    pub(super) async fn panics() -> &'static str {
        panic!("SENTINEL-PANIC internal detail")
    }

    pub(super) async fn never_finishes() -> &'static str {
        tokio::time::sleep(super::REQUEST_TIMEOUT * 2).await;
        "too late"
    }
}

#[cfg(test)]
mod tests;
