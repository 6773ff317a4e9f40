//! Wiring only: settings, logging, the router, and serving.

use std::net::SocketAddr;

use conference_guide::server::{
    logging, mail::Mailer, pdf, rate_limit::RateLimits, router, serve, settings::Settings,
    state::Services,
};

#[tokio::main]
async fn main() {
    let settings = Settings::from_environment().unwrap_or_else(|error| {
        // A council's own settings with a mistake must stop the site, not serve wrong facts.
        eprintln!("Cannot start: {error}");
        std::process::exit(2);
    });
    logging::init(&settings.log_filter, settings.log_format);
    let mailer =
        Mailer::new(&settings.mail, &settings.profile.chair.email).unwrap_or_else(|error| {
            eprintln!("Cannot start: {error}");
            std::process::exit(2);
        });
    tracing::info!("report mail: {}", Mailer::describe(&settings.mail));
    let services = Services {
        mailer,
        limits: RateLimits::new(&settings.limits),
    };
    // Parse the PDF fonts now rather than in the first parent's request.
    pdf::characters_that_cannot_be_printed("");
    let mut options = leptos::config::get_configuration(None)
        .expect("Leptos settings come from Cargo.toml or LEPTOS_* environment variables")
        .leptos_options;
    if let Some(address) = settings.site_addr {
        options.site_addr = address;
    }
    if let Some(root) = &settings.site_root {
        options.site_root = root.as_str().into();
    }
    let address: SocketAddr = options.site_addr;
    let app = router::router(options, settings.profile, services);
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .unwrap_or_else(|error| panic!("cannot listen on {address}: {error}"));
    tracing::info!("serving on http://{address}");
    serve::serve(listener, app, settings.connections, shutdown_signal()).await;
}

/// Stop taking new connections on Ctrl-C or SIGTERM, and let requests in flight finish.
async fn shutdown_signal() {
    let interrupt = async {
        tokio::signal::ctrl_c()
            .await
            .expect("Ctrl-C handler installs");
    };
    #[cfg(unix)]
    let terminate = async {
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("SIGTERM handler installs")
            .recv()
            .await;
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
