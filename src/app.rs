//! The HTML document around every page, and which page a request shows.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};

use crate::{
    assets,
    i18n::{self, Messages},
    pages::{error::ErrorPage, form::FormPage, form_address::FormAddressPage, guide::GuidePage},
    paths::FormStep,
    paths::SitePath,
    profile::AuthorityProfile,
    site::{self, Destination},
};

/// The whole HTML document. Runs on the server only. The language comes from the first part
/// of the path, so `<html lang>` is right before any page code runs.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let path = request_path();
    let language = i18n::language_in_path(&path);
    let profile = use_context::<Arc<AuthorityProfile>>()
        .expect("the server provides the authority profile to every page");
    let alternates = language_alternates(&path, profile.guide_address.as_deref());
    provide_context(Messages { language, profile });
    let islands = uses_islands(&path);

    view! {
        <!DOCTYPE html>
        <html lang=language.code>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=assets::STYLESHEET.url() />
                <link rel="icon" href=assets::ICON.url() type="image/svg+xml" />
                <script src=assets::EXIT_SCRIPT.url() defer></script>
                {islands.then(|| view! { <script src=assets::FORM_SCRIPT.url() defer></script> })}
                {islands.then(|| view! { <HydrationScripts options islands=true /> })}
                {alternates}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// `<link rel="alternate" hreflang>` to the same page in every published language, and `/` (which
/// picks one) as the default, so search engines and tools can find each version. Search engines
/// read these only as full addresses, so without the guide's address there are none.
fn language_alternates(path: &str, guide_address: Option<&str>) -> Option<impl IntoView> {
    let guide_address = guide_address?.trim_end_matches('/');
    let here = SitePath::parse(path).filter(|here| site::resolve(here).is_some())?;
    let each = i18n::LANGUAGES
        .iter()
        .map(|language| {
            let href = format!("{guide_address}{}", here.in_language(language).href());
            view! { <link rel="alternate" hreflang=language.code href=href /> }
        })
        .collect_view();
    Some(view! {
        {each}
        <link rel="alternate" hreflang="x-default" href=format!("{guide_address}/") />
    })
}

/// Pages that contain an island and so need the hydration scripts: the forms' questions (their
/// character counts). Every other page is plain HTML and CSS.
pub fn uses_islands(path: &str) -> bool {
    SitePath::parse(path)
        .as_ref()
        .and_then(site::resolve)
        .is_some_and(|destination| {
            matches!(
                destination,
                Destination::Form(_, crate::paths::FormStep::Questions)
            )
        })
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

/// The page for this request: an error the server chose, or what the path resolves to.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    if let Some(error) = use_context::<site::ErrorPage>() {
        return view! { <ErrorPage error /> }.into_any();
    }
    let destination = SitePath::parse(&request_path())
        .as_ref()
        .and_then(site::resolve);
    match destination {
        Some(Destination::Guide(page, version)) => view! { <GuidePage page version /> }.into_any(),
        // A GET of a form's PDF or send address; a POST there renders at the questions' address.
        Some(Destination::Form(form, FormStep::Pdf | FormStep::Send)) => {
            view! { <FormAddressPage form /> }.into_any()
        }
        Some(Destination::Form(form, _)) => view! { <FormPage form /> }.into_any(),
        Some(Destination::LanguageHome) | None => {
            view! { <ErrorPage error=site::NOT_FOUND /> }.into_any()
        }
    }
}
