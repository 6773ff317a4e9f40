//! What every handler can reach: the Leptos settings, the council's profile, the page renderer,
//! the mailer and the per-client limits. Made once at start-up.

use std::{future::Future, pin::Pin, sync::Arc};

use axum::{extract::FromRef, extract::Request, response::Response};
use leptos::prelude::LeptosOptions;

use crate::{
    profile::AuthorityProfile,
    server::{mail::Mailer, rate_limit::RateLimits},
};

/// Renders any request through the Leptos app (`app::App` decides the page).
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
