//! The page for any address we do not have: in the site's style, with a way back, and a 404.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{components::page_frame::PageFrame, i18n::use_messages, routes::guide::START_SLUG};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let messages = use_messages();
    let lang = messages.language.code;
    view! {
        <Title text=format!("{} – {}", messages.text("not-found-title"), messages.text("site-name")) />
        <PageFrame slug="">
            <h1 class="heading-xl">{messages.text("not-found-title")}</h1>
            <p>{messages.text("not-found-text")}</p>
            <p><a href=format!("/{lang}/{START_SLUG}")>{messages.text("not-found-start-link")}</a></p>
        </PageFrame>
    }
}
