//! GOV.UK's "Exit this page": a link styled as a button that goes straight to a neutral site.
//! It sits in a bar of its own, straight under the body, so `position: sticky` keeps it on
//! screen from the top of the page to the bottom (inside the header it scrolled away with the
//! header). It works with no script at all; `public/exit-this-page.js` adds the
//! Shift-three-times shortcut, replaces this page in the history and clears the forms.

use leptos::prelude::*;

use crate::i18n::use_messages;

#[component]
pub fn ExitThisPage() -> impl IntoView {
    let messages = use_messages();
    let exit_url = messages.profile.exit_url.clone();
    // A named region: a landmark, so nothing on the page sits outside one (axe's `region`).
    view! {
        <div class="exit-this-page" role="region" aria-label=messages.text("exit-this-page-region")>
            <div class="width-container exit-this-page-inner">
                <a href=exit_url class="exit-this-page-button" rel="nofollow noreferrer" id="exit-this-page">
                    {messages.text("exit-this-page")}
                    // The shortcut only works while the script runs, so screen readers hear
                    // about it only then: the script swaps these two.
                    <span class="visually-hidden" data-exit-hint="plain">{messages.text("exit-this-page-hint")}</span>
                    <span class="visually-hidden" data-exit-hint="shortcut" hidden>{messages.text("exit-this-page-hint-shortcut")}</span>
                </a>
            </div>
        </div>
    }
}
