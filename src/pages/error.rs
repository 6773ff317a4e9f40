//! The page for a request we could not answer as asked (an address we do not have, a form from
//! another site, a body too large, a wrong method, a panic, a timeout…): what happened in plain words, in the language
//! of the path, in the site's frame with Exit this page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{components::page_frame::PageFrame, i18n::use_messages, paths::SitePath, site};

#[component]
pub fn ErrorPage(error: site::ErrorPage) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(status) = http::StatusCode::from_u16(error.status) {
            response.set_status(status);
        }
    }
    let messages = use_messages();
    let start = SitePath::start(messages.language);
    let title = messages.text(error.title);
    view! {
        <Title text=format!("{title} – {}", messages.text("site-name")) />
        <PageFrame here=start.clone()>
            <h1 class="heading-xl">{title}</h1>
            <p>{messages.text(error.text)}</p>
            <p><a href=start.href()>{messages.text("not-found-start-link")}</a></p>
        </PageFrame>
    }
}
