//! A form's PDF or send address opened by GET: from the history, a restored tab or a typed
//! address. Those addresses only act on the form's own POST, so nothing happened; the page says
//! so in plain words and leads back to the form, instead of an error about methods.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::page_frame::PageFrame,
    forms::FormDefinition,
    i18n::use_messages,
    paths::{FormStep, SitePath},
};

#[component]
pub fn FormAddressPage(form: &'static FormDefinition) -> impl IntoView {
    // The same rule as every form page: never kept in a cache.
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
    }
    let messages = use_messages();
    let questions = SitePath::form(messages.language, form.slug, FormStep::Questions);
    let title = messages.text("form-address-title");
    view! {
        <Title text=format!("{title} – {}", messages.text("site-name")) />
        <PageFrame here=questions.clone()>
            <h1 class="heading-xl">{title}</h1>
            <p>{messages.text("form-address-nothing-sent")}</p>
            <p>{messages.text("form-address-not-kept")}</p>
            <p><a href=questions.href()>{messages.text(form.texts.title)}</a></p>
        </PageFrame>
    }
}
