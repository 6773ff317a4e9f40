//! The router: the guide's pages (rendered by Leptos), the small plain routes around them, and
//! the middleware every response passes through.

use std::{future::Future, pin::Pin, sync::Arc, time::Duration};

use axum::{
    body::Body,
    extract::{FromRef, Path, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::CompressionLayer,
    limit::RequestBodyLimitLayer,
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer,
    trace::{DefaultOnResponse, TraceLayer},
};
use tracing::Level;

use crate::{
    app::{shell, App},
    assets, i18n,
    profile::AuthorityProfile,
    routes::guide::START_SLUG,
    routes::report::ReportSubmission,
    server::{
        error_pages, form_posts, hydration_data, logging, mail::Mailer, page_cache,
        rate_limit::RateLimits, report_routes, same_origin, security_headers, send_report,
    },
};

/// The largest request body we accept: a full report, percent-encoded, fits well inside it.
const BODY_LIMIT_BYTES: usize = report_routes::REPORT_BODY_LIMIT;
/// No request should take this long; if one does, the parent gets an answer rather than a hang.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Renders any path through the Leptos app: the guide pages and the 404 page.
pub type PageRenderer =
    Arc<dyn Fn(Request) -> Pin<Box<dyn Future<Output = Response> + Send>> + Send + Sync>;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub profile: Arc<AuthorityProfile>,
    pub render_page: PageRenderer,
    pub mailer: Arc<Mailer>,
    pub limits: Arc<RateLimits>,
}

/// The server's connections to the outside and its per-client counters, made at start-up.
pub struct Services {
    pub mailer: Mailer,
    pub limits: RateLimits,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// What every page is rendered with: the council's profile, and this request's CSP nonce in
/// place of the one leptos_axum made up, so the header and the page agree.
fn page_context(profile: Arc<AuthorityProfile>) -> impl Fn() + Clone + Send + Sync + 'static {
    move || {
        provide_context(Arc::clone(&profile));
        let nonce = use_context::<http::request::Parts>().and_then(|parts| {
            parts
                .extensions
                .get::<security_headers::CspNonce>()
                .cloned()
        });
        if let Some(nonce) = nonce {
            provide_context(leptos::nonce::Nonce::from_value(nonce.0));
        }
        // A report form post hands its answers to the page this way (see `report_routes`).
        let submission = use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<ReportSubmission>().cloned());
        if let Some(submission) = submission {
            provide_context(submission);
        }
    }
}

pub fn router(
    leptos_options: LeptosOptions,
    profile: AuthorityProfile,
    services: Services,
) -> Router {
    let profile = Arc::new(profile);
    let context = page_context(Arc::clone(&profile));
    let app_shell = {
        let options = leptos_options.clone();
        move || shell(options.clone())
    };
    let render = leptos_axum::render_app_to_stream_with_context(context.clone(), app_shell.clone());
    let render_page: PageRenderer = Arc::new(move |request| render(request));
    let state = AppState {
        leptos_options: leptos_options.clone(),
        profile,
        render_page,
        mailer: Arc::new(services.mailer),
        limits: Arc::new(services.limits),
    };
    let islands_bundle = ServeDir::new(format!(
        "{}/{}",
        leptos_options.site_root, leptos_options.site_pkg_dir
    ));

    let routes = Router::new()
        .route("/", get(redirect_to_language))
        .route("/{lang}", get(redirect_to_start))
        .route("/{lang}/", get(redirect_to_start))
        .route("/healthz", get(health))
        .route("/assets/{file}", get(fingerprinted_asset))
        .route("/robots.txt", get(robots))
        .route("/{lang}/report", post(report_routes::submit_report))
        .route("/{lang}/report/pdf", post(report_routes::download_pdf))
        .route("/{lang}/report/send", post(send_report::send_to_chair))
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
        )
        .leptos_routes_with_context(&state, generate_route_list(App), context, app_shell);
    // Only in the unit tests: a handler that panics and one that never finishes, to prove the
    // layers below turn both into pages.
    #[cfg(test)]
    let routes = routes
        .route("/test-only/panic", get(tests::panics))
        .route("/test-only/slow", get(tests::never_finishes));
    routes
        .fallback(not_found)
        .with_state(state)
        .layer(middleware::from_fn(
            hydration_data::drop_from_pages_without_islands,
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .layer(middleware::from_fn_with_state(
            page_cache::PageCache::default(),
            page_cache::serve_guide_pages_from_memory,
        ))
        .layer(CatchPanicLayer::custom(panic_page))
        .layer(middleware::from_fn(same_origin::refuse_cross_site_posts))
        .layer(middleware::from_fn(
            form_posts::refuse_posts_that_are_not_forms,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT_BYTES))
        // Outside the layers that answer with no page (413, timeouts, 405), inside the ones
        // that add the security headers, so those pages get them too.
        .layer(middleware::from_fn(error_pages::explain_bare_errors))
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

/// `/`: the best language for the browser, then the start page.
async fn redirect_to_language(headers: HeaderMap) -> Response {
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let language = i18n::negotiate(accept_language);
    let mut response =
        Redirect::temporary(&format!("/{}/{START_SLUG}", language.code)).into_response();
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// `/{lang}`: that language's start page, if we publish it.
async fn redirect_to_start(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    match i18n::language(&lang) {
        Some(language) => {
            Redirect::permanent(&format!("/{}/{START_SLUG}", language.code)).into_response()
        }
        None => (state.render_page)(request).await,
    }
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

/// For the deployment's load balancer: the process is up and answering.
async fn health() -> impl IntoResponse {
    ([(header::CACHE_CONTROL, "no-store")], "ok\n")
}

async fn fingerprinted_asset(
    State(state): State<AppState>,
    Path(file): Path<String>,
    request: Request,
) -> Response {
    match assets::by_url(&format!("{}{file}", assets::PREFIX)) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, asset.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            asset.body,
        )
            .into_response(),
        None => (state.render_page)(request).await,
    }
}

async fn robots() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "User-agent: *\nAllow: /\n",
    )
}

/// Any other path: the site's own 404 page, in the language the path asks for if we have it.
async fn not_found(State(state): State<AppState>, request: Request) -> Response {
    (state.render_page)(request).await
}

/// A panic must never show internals: a plain page in the site's style, and the detail stays
/// out of the response (the panic message itself is not logged either: it could quote input).
fn panic_page(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    plain_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        "server-error-title",
        "server-error-text",
    )
}

/// A short page for when the full renderer is not the right tool (a panic, a request refused
/// before it reaches a page): the title and text are Fluent ids, in the site's style.
pub fn plain_page(status: StatusCode, title_id: &str, text_id: &str) -> Response {
    plain_page_in(i18n::default_language(), status, title_id, text_id)
}

/// `plain_page` in a given language.
pub fn plain_page_in(
    language: &i18n::Language,
    status: StatusCode,
    title_id: &str,
    text_id: &str,
) -> Response {
    let title = escape_html(&i18n::message(language, title_id, None));
    let text = escape_html(&i18n::message(language, text_id, None));
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"{}\"></head>\
         <body class=\"plain-page\"><div class=\"width-container\"><main class=\"main\" id=\"main-content\">\
         <h1 class=\"heading-xl\">{title}</h1><p>{text}</p>\
         <p><a href=\"/\">{}</a></p></main></div></body></html>",
        language.code,
        assets::STYLESHEET.url(),
        escape_html(&i18n::message(language, "not-found-start-link", None)),
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        Body::from(body),
    )
        .into_response()
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{content::PAGES, server::profile};
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    /// The router with this profile, mail written to a shared test outbox, default limits.
    pub(crate) fn test_router(profile_text: &str) -> Router {
        let outbox = std::env::temp_dir().join("conference-guide-tests-outbox");
        let mail = crate::server::mail::MailSettings::from_variables(
            |name| {
                (name == crate::server::mail::settings::OUTBOX)
                    .then(|| outbox.display().to_string())
            },
            true,
        )
        .expect("valid");
        test_router_with(profile_text, &mail, &Default::default())
    }

    pub(crate) fn test_router_with(
        profile_text: &str,
        mail: &crate::server::mail::MailSettings,
        limits: &crate::server::rate_limit::LimitSettings,
    ) -> Router {
        let options = LeptosOptions::builder()
            .output_name("conference_guide")
            .build();
        let profile = profile::parse("test", profile_text).expect("example profile is valid");
        let services = Services {
            mailer: Mailer::new(mail, &profile.chair.email).expect("mailer settings are valid"),
            limits: RateLimits::new(limits),
        };
        router(options, profile, services)
    }

    /// Sends a request through the router (no port) and collects the whole response.
    pub(crate) async fn send(
        router: &Router,
        builder: http::request::Builder,
        headers: &[(&str, &str)],
        body: Body,
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut builder = builder;
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let request = builder.body(body).expect("test request is well formed");
        let response = router
            .clone()
            .oneshot(request)
            .await
            .expect("the router never fails");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body is readable")
            .to_bytes();
        (status, headers, bytes.to_vec())
    }

    pub(crate) async fn get(
        router: &Router,
        path: &str,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, String) {
        let (status, headers, bytes) =
            send(router, Request::get(path), headers, Body::empty()).await;
        (
            status,
            headers,
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    }

    fn england() -> Router {
        test_router(profile::EXAMPLE_ENGLAND)
    }

    pub(super) async fn panics() -> &'static str {
        panic!("SENTINEL-PANIC internal detail")
    }

    pub(super) async fn never_finishes() -> &'static str {
        tokio::time::sleep(REQUEST_TIMEOUT * 2).await;
        "too late"
    }

    #[tokio::test]
    async fn the_root_redirects_to_the_start_page_in_the_best_language() {
        let (status, headers, _) =
            get(&england(), "/", &[("accept-language", "cy, en;q=0.5")]).await;
        assert_eq!(status, StatusCode::TEMPORARY_REDIRECT);
        assert_eq!(headers[header::LOCATION], "/en/start-here");
        assert_eq!(headers[header::VARY], "Accept-Language");
        let (_, headers, _) = get(&england(), "/", &[]).await;
        assert_eq!(headers[header::LOCATION], "/en/start-here");
    }

    #[tokio::test]
    async fn a_language_alone_goes_to_its_start_page() {
        for path in ["/en", "/en/"] {
            let (status, headers, _) = get(&england(), path, &[]).await;
            assert_eq!(status, StatusCode::PERMANENT_REDIRECT, "{path}");
            assert_eq!(headers[header::LOCATION], "/en/start-here");
        }
    }

    #[tokio::test]
    async fn every_guide_page_renders_in_english_with_no_inline_script_or_wasm() {
        let router = england();
        assert!(!PAGES.is_empty());
        for page in PAGES {
            let path = format!("/en/{}", page.slug);
            let (status, headers, body) = get(&router, &path, &[]).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert!(
                body.starts_with("<!DOCTYPE html><html lang=\"en\">"),
                "{path}"
            );
            assert!(body.contains("<h1"), "{path}");
            assert!(body.contains("id=\"main-content\""), "{path}");
            assert!(body.contains("id=\"exit-this-page\""), "{path}");
            assert!(!body.contains(".wasm"), "{path} mentions wasm");
            // The only script is the external exit-this-page one.
            assert_eq!(body.matches("<script").count(), 1, "{path}");
            assert!(body.contains(&format!(
                "<script src=\"{}\" defer></script>",
                assets::EXIT_SCRIPT.url()
            )));
            assert!(
                body.ends_with("</html>"),
                "{path} has something after the document"
            );
            assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
        }
    }

    #[tokio::test]
    async fn unknown_pages_and_languages_get_our_404_page() {
        for path in [
            "/en/no-such-page",
            "/xx/start-here",
            "/xx",
            "/en/start-here/more",
            "/assets/main.css",
            "/pkg/nothing.wasm",
            "/%00",
            "/en/..%2f..%2fetc%2fpasswd",
        ] {
            let (status, headers, body) = get(&england(), path, &[]).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
            if path.starts_with("/pkg/") {
                continue; // ServeDir's own empty 404 for the islands bundle folder
            }
            assert!(body.contains("Page not found"), "{path}");
            assert!(body.contains("/en/start-here"), "{path}");
            assert!(
                headers.contains_key(header::CONTENT_SECURITY_POLICY),
                "{path}"
            );
        }
    }

    #[tokio::test]
    async fn every_response_carries_the_security_headers() {
        for path in [
            "/",
            "/en/start-here",
            "/en/nope",
            "/healthz",
            assets::STYLESHEET.url(),
        ] {
            let (_, headers, _) = get(&england(), path, &[]).await;
            let policy = headers[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .expect("ascii");
            assert!(policy.contains("frame-ancestors 'none'"), "{path}");
            assert!(!policy.contains("unsafe-inline"), "{path}");
            assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
            assert_eq!(headers[header::REFERRER_POLICY], "no-referrer", "{path}");
            assert!(
                !headers.contains_key(header::STRICT_TRANSPORT_SECURITY),
                "{path}"
            );
        }
    }

    #[tokio::test]
    async fn a_panic_is_a_plain_500_page_with_no_internals() {
        let captured = capture_logs();
        let (status, headers, body) = get(&england(), "/test-only/panic", &[]).await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(body.contains("<h1 class=\"heading-xl\">Sorry, something went wrong</h1>"));
        assert!(
            body.contains(assets::STYLESHEET.url()),
            "in the site's style"
        );
        assert!(!body.contains("SENTINEL"), "{body}");
        assert!(headers.contains_key(header::CONTENT_SECURITY_POLICY));
        let log = captured.text();
        assert!(log.contains("a request handler panicked"), "{log}");
        assert!(!log.contains("SENTINEL"), "{log}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_that_runs_too_long_gets_a_page_at_the_timeout() {
        let (status, headers, body) = get(&england(), "/test-only/slow", &[]).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("Sorry, that took too long"), "{body}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        assert!(headers.contains_key(header::CONTENT_SECURITY_POLICY));
    }

    #[tokio::test]
    async fn hsts_is_sent_when_the_proxy_says_the_request_came_over_tls() {
        let (_, headers, _) = get(
            &england(),
            "/en/start-here",
            &[("x-forwarded-proto", "https")],
        )
        .await;
        assert!(headers[header::STRICT_TRANSPORT_SECURITY]
            .to_str()
            .expect("ascii")
            .starts_with("max-age="));
    }

    #[tokio::test]
    async fn fingerprinted_assets_are_cached_for_a_year_and_pages_are_not() {
        for asset in assets::ALL {
            let (status, headers, body) = get(&england(), asset.url(), &[]).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(
                headers[header::CACHE_CONTROL],
                "public, max-age=31536000, immutable"
            );
            assert_eq!(headers[header::CONTENT_TYPE], asset.content_type);
            assert_eq!(body, asset.body);
        }
        let (_, headers, _) = get(&england(), "/en/start-here", &[]).await;
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    }

    #[tokio::test]
    async fn pages_are_compressed_when_the_browser_allows() {
        for (encoding, expected) in [("br", "br"), ("gzip", "gzip"), ("gzip, deflate, br", "br")] {
            let (_, headers, body) = get(
                &england(),
                "/en/start-here",
                &[("accept-encoding", encoding)],
            )
            .await;
            assert_eq!(headers[header::CONTENT_ENCODING], expected);
            assert!(!body.contains("<html"), "the body should be compressed");
        }
    }

    #[tokio::test]
    async fn guide_pages_come_from_memory_the_same_each_time_with_fresh_headers() {
        let router = england();
        let (_, first_headers, first) = get(&router, "/en/glossary", &[]).await;
        let (_, second_headers, second) = get(&router, "/en/glossary?x=1", &[]).await;
        assert_eq!(first, second);
        assert_ne!(
            first_headers[header::CONTENT_SECURITY_POLICY],
            second_headers[header::CONTENT_SECURITY_POLICY],
            "each response has its own nonce"
        );
        assert!(
            !first.contains("nonce="),
            "a cached page must not carry a nonce"
        );
        let (status, headers, compressed) = send(
            &router,
            Request::get("/en/glossary"),
            &[("accept-encoding", "br")],
            Body::empty(),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CONTENT_ENCODING], "br");
        assert_eq!(headers[header::VARY], "accept-encoding");
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &compressed[..], &mut decoded).expect("brotli");
        assert_eq!(String::from_utf8(decoded).expect("utf-8"), first);
        for header_name in [header::X_CONTENT_TYPE_OPTIONS, header::REFERRER_POLICY] {
            assert!(headers.contains_key(&header_name));
        }
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    }

    #[tokio::test]
    async fn health_check_answers() {
        let (status, headers, body) = get(&england(), "/healthz", &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, "ok\n");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    }

    #[tokio::test]
    async fn the_example_banner_shows_only_for_example_profiles() {
        let (_, _, body) = get(&england(), "/en/start-here", &[]).await;
        assert!(body.contains("class=\"phase-banner\""));
        let real = profile::EXAMPLE_ENGLAND.replace("example = true", "example = false");
        let (_, _, body) = get(&test_router(&real), "/en/start-here", &[]).await;
        assert!(!body.contains("class=\"phase-banner\""));
    }

    thread_local! {
        static THIS_THREADS_LOG: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    /// Writes each thread's log lines to that thread's own buffer. Tests run on their own
    /// threads (and `#[tokio::test]` keeps a test's requests on it), so one global subscriber
    /// gives each test exactly its own lines. A scoped subscriber per test does not work:
    /// tracing caches per call site whether anyone listens, across threads.
    struct ThisThreadsLog;

    impl std::io::Write for ThisThreadsLog {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            THIS_THREADS_LOG.with(|log| log.borrow_mut().extend_from_slice(bytes));
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The log lines written on this thread since `capture_logs` was called.
    pub(crate) struct CapturedLogs;

    impl CapturedLogs {
        pub(crate) fn text(&self) -> String {
            THIS_THREADS_LOG.with(|log| String::from_utf8_lossy(&log.borrow()).into_owned())
        }
    }

    pub(crate) fn capture_logs() -> CapturedLogs {
        static INSTALL: std::sync::Once = std::sync::Once::new();
        INSTALL.call_once(|| {
            let subscriber = tracing_subscriber::fmt()
                .with_writer(|| ThisThreadsLog)
                .with_ansi(false)
                .with_max_level(Level::TRACE)
                .finish();
            tracing::subscriber::set_global_default(subscriber)
                .expect("no other test sets a global subscriber");
        });
        THIS_THREADS_LOG.with(|log| log.borrow_mut().clear());
        CapturedLogs
    }

    #[tokio::test]
    async fn request_logs_hold_the_path_but_never_the_query_string() {
        let captured = capture_logs();
        let router = england();
        get(
            &router,
            "/en/start-here?name=SENTINEL-QUERY-TEXT",
            &[("referer", "https://x.example/SENTINEL-HEADER")],
        )
        .await;
        let log = captured.text();
        assert!(
            log.contains("/en/start-here"),
            "the request was logged: {log}"
        );
        assert!(log.contains("status=200"), "{log}");
        assert!(!log.contains("SENTINEL"), "{log}");
    }
}
