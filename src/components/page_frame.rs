//! What every page has around its content: the skip link, the header with Exit this page and
//! the language picker, the example-profile banner, and the footer.

use leptos::prelude::*;

use crate::{
    components::{
        example_banner::ExampleBanner, exit_this_page::ExitThisPage,
        language_picker::LanguagePicker,
    },
    i18n::use_messages,
    routes::guide::START_SLUG,
};

/// `slug` is the current page's slug (empty for pages outside the guide), so the language
/// picker can link to the same page in another language.
#[component]
pub fn PageFrame(slug: &'static str, children: Children) -> impl IntoView {
    let messages = use_messages();
    let lang = messages.language.code;
    view! {
        <a href="#main-content" class="skip-link">{messages.text("skip-link")}</a>
        <header class="header">
            <div class="header-bar">
                <div class="width-container header-inner">
                    <a href=format!("/{lang}/{START_SLUG}") class="header-name">{messages.text("site-name")}</a>
                    <ExitThisPage />
                </div>
            </div>
            <div class="width-container">
                <ExampleBanner />
                <LanguagePicker slug />
            </div>
        </header>
        <div class="width-container">
            <main id="main-content" class="main" tabindex="-1">
                {children()}
            </main>
        </div>
        <footer class="footer">
            <div class="width-container">
                <h2 class="visually-hidden">{messages.text("footer-heading")}</h2>
                <ul class="footer-links">
                    <li><a href=format!("/{lang}/staying-safe-online")>{messages.text("footer-staying-safe")}</a></li>
                    <li><a href=format!("/{lang}/help-and-contacts")>{messages.text("footer-help")}</a></li>
                    <li><a href=format!("/{lang}/glossary")>{messages.text("footer-glossary")}</a></li>
                </ul>
                <p class="footer-text">{messages.text("footer-council")}</p>
                <p class="footer-text">{messages.text("footer-privacy")}</p>
            </div>
        </footer>
    }
}
