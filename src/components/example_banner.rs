//! While an example authority profile is in use, every page says so, so that nobody takes the
//! demonstration's council, numbers and timescales for a real council's.

use leptos::prelude::*;

use crate::i18n::use_messages;

#[component]
pub fn ExampleBanner() -> impl IntoView {
    let messages = use_messages();
    messages.profile.example.then(|| {
        view! {
            <div class="phase-banner" role="note">
                <strong class="tag">{messages.text("example-banner-tag")}</strong>
                <span>{messages.text("example-banner-text")}</span>
            </div>
        }
    })
}
