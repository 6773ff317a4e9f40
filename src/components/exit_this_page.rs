//! GOV.UK's "Exit this page": a link styled as a button that goes straight to a neutral site.
//! It works with no script at all; `public/exit-this-page.js` adds the Shift-three-times
//! shortcut and replaces this page in the history.

use leptos::prelude::*;

use crate::i18n::use_messages;

#[component]
pub fn ExitThisPage() -> impl IntoView {
    let messages = use_messages();
    let exit_url = messages.profile.exit_url.clone();
    view! {
        <div class="exit-this-page">
            <a href=exit_url class="exit-this-page-button" rel="nofollow noreferrer" id="exit-this-page">
                {messages.text("exit-this-page")}
                <span class="visually-hidden">{messages.text("exit-this-page-hint")}</span>
            </a>
        </div>
    }
}
