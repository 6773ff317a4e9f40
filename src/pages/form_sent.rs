//! The confirmation after the relay accepted the form: GOV.UK's panel with the reference,
//! what happens next, and a button for the person's own copy. The answers ride along in hidden
//! fields only so that button works; nothing is kept on the server.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::page_frame::PageFrame,
    forms::Answers,
    i18n::use_messages,
    paths::{FormStep, SitePath},
};

#[component]
pub fn FormSent(reference: String, answers: Answers) -> impl IntoView {
    let messages = use_messages();
    let form = answers.form;
    let here = SitePath::form(messages.language, form.slug, FormStep::Questions);
    let hidden = answers
        .filled()
        .map(|(input, value)| view! { <input type="hidden" name=input.name value=value.to_owned() /> })
        .collect_view();
    let title = messages.text_with("sent-title", vec![("form", form.slug.into())]);
    view! {
        <Title text=format!("{title} – {}", messages.text("site-name")) />
        <PageFrame here>
            <div class="panel">
                <h1 class="panel-title">{title}</h1>
                <p class="panel-body">
                    {messages.text("sent-reference")}
                    <strong class="panel-reference">{reference}</strong>
                </p>
            </div>
            <h2 class="heading-m">{messages.text("sent-next-heading")}</h2>
            <p>{messages.text_with("sent-next-chair", vec![("form", form.slug.into())])}</p>
            <p>{messages.text_with("sent-next-keep", vec![("form", form.slug.into())])}</p>
            <p>{messages.text_with("sent-next-not-kept", vec![("form", form.slug.into())])}</p>
            <form method="post" action=SitePath::form(messages.language, form.slug, FormStep::Pdf).href() novalidate autocomplete="off">
                {hidden}
                <button type="submit" class="button button-secondary">{messages.text("sent-copy-button")}</button>
            </form>
            <p>{messages.text("sent-next-safety")}</p>
        </PageFrame>
    }
}
