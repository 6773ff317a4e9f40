//! The HTML document around every page, and the table of routes.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::{
    assets,
    i18n::{self, Messages},
    profile::AuthorityProfile,
    routes::{guide::GuidePage, not_found::NotFoundPage, report::ReportPage},
};

/// The whole HTML document. Runs on the server only. The language comes from the first part
/// of the path, so `<html lang>` is right before any page code runs.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let path = request_path();
    let language = path
        .split('/')
        .nth(1)
        .and_then(i18n::language)
        .unwrap_or_else(i18n::default_language);
    let profile = use_context::<Arc<AuthorityProfile>>()
        .expect("the server provides the authority profile to every page");
    provide_context(Messages { language, profile });
    let islands = crate::routes::uses_islands(&path);

    view! {
        <!DOCTYPE html>
        <html lang=language.code>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=assets::STYLESHEET.url() />
                <link rel="icon" href=assets::ICON.url() type="image/svg+xml" />
                <script src=assets::EXIT_SCRIPT.url() defer></script>
                {islands.then(|| view! { <HydrationScripts options islands=true /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[cfg(feature = "ssr")]
fn request_path() -> String {
    use_context::<http::request::Parts>()
        .map(|parts| parts.uri.path().to_owned())
        .unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
fn request_path() -> String {
    String::new()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/:lang/report") view=ReportPage />
                <Route path=path!("/:lang/:slug") view=GuidePage />
            </Routes>
        </Router>
    }
}
