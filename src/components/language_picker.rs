//! Links to the same page in every published language, each named in its own language.

use leptos::prelude::*;

use crate::{
    i18n::{self, use_messages, LANGUAGES},
    paths::SitePath,
};

#[component]
pub fn LanguagePicker(here: SitePath) -> impl IntoView {
    let messages = use_messages();
    let links = LANGUAGES
        .iter()
        .map(|language| {
            let own_name = i18n::message(language, "language-name", None);
            let current = language == messages.language;
            view! {
                <li>
                    <a
                        href=here.in_language(language).href()
                        lang=language.code
                        hreflang=language.code
                        aria-current=current.then_some("true")
                    >
                        {own_name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-picker" aria-label=messages.text("language-picker-label")>
            <ul>{links}</ul>
        </nav>
    }
}
