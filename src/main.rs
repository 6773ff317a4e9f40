//! Wiring only: logging, the authority profile, the Leptos settings, the router, and serving.

use std::net::SocketAddr;

use conference_guide::server::{
    http::{self, Services},
    logging,
    mail::{MailSettings, Mailer},
    profile,
    rate_limit::{LimitSettings, RateLimits},
    serve::{self, ConnectionLimits},
};

#[tokio::main]
async fn main() {
    if let Err(error) = logging::init() {
        eprintln!("Cannot start: {error}");
        std::process::exit(2);
    }
    let profile = profile::load_from_environment().unwrap_or_else(|error| {
        // A council's own file with a mistake must stop the site, not serve wrong facts.
        eprintln!("Cannot start: {error}");
        std::process::exit(2);
    });
    let services = services(&profile).unwrap_or_else(|error| {
        eprintln!("Cannot start: {error}");
        std::process::exit(2);
    });
    let limits = ConnectionLimits::from_environment().unwrap_or_else(|error| {
        eprintln!("Cannot start: {error}");
        std::process::exit(2);
    });
    // Parse the PDF fonts now rather than in the first parent's request.
    conference_guide::server::pdf::characters_that_cannot_be_printed("");
    let configuration = leptos::config::get_configuration(None)
        .expect("Leptos settings come from Cargo.toml or LEPTOS_* environment variables");
    let options = configuration.leptos_options;
    let address: SocketAddr = options.site_addr;
    let app = http::router(options, profile, services);
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .unwrap_or_else(|error| panic!("cannot listen on {address}: {error}"));
    tracing::info!("serving on http://{address}");
    serve::serve(listener, app, limits, shutdown_signal()).await;
}

/// Mail and rate limits, from the environment. Mistakes name the variable to fix.
fn services(
    profile: &conference_guide::profile::AuthorityProfile,
) -> Result<Services, Box<dyn std::error::Error>> {
    let mail = MailSettings::from_environment(profile.example)?;
    let mailer = Mailer::new(&mail, &profile.chair.email)?;
    tracing::info!("report mail: {}", Mailer::describe(&mail));
    let limits = RateLimits::new(&LimitSettings::from_environment()?);
    Ok(Services { mailer, limits })
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
