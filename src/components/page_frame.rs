//! What every page has around its content: the skip link, Exit this page (kept on screen), the
//! header with the language picker, the example-profile banner, and the footer.

use leptos::prelude::*;

use crate::{
    components::{
        example_banner::ExampleBanner,
        exit_this_page::ExitThisPage,
        language_picker::{LanguagePicker, PostsAnswers},
    },
    i18n::{default_language, use_messages},
    paths::{SitePath, Version, START_SLUG},
};

/// `here` is the page's own address, so the language picker can link to the same page in
/// another language.
#[component]
pub fn PageFrame(here: SitePath, children: Children) -> impl IntoView {
    let messages = use_messages();
    let language = messages.language;
    // A guide page provides the version being read; the footer's links stay in it.
    let version = use_context::<Version>().unwrap_or(Version::Standard);
    let footer_link = |slug: &str, id: &str| {
        view! { <li><a href=SitePath::page_in(language, version, slug).href()>{messages.text(id)}</a></li> }
    };
    // Our translations are drafts until a qualified translator has checked them: say so, and
    // offer the English page (on a form page the picker's English button keeps the answers).
    let draft_notice = (language != default_language()).then(|| {
        let english_link = use_context::<PostsAnswers>().is_none().then(|| {
            view! {
                " "
                <a href=here.in_language(default_language()).href() lang=default_language().code hreflang=default_language().code>
                    {messages.text("translation-draft-english-link")}
                </a>
            }
        });
        view! {
            <p class="translation-notice">
                {messages.text("translation-draft-notice")}
                {english_link}
            </p>
        }
    });
    view! {
        <a href="#main-content" class="skip-link">{messages.text("skip-link")}</a>
        <ExitThisPage />
        <header class="header">
            <div class="header-bar">
                <div class="width-container header-inner">
                    <a href=SitePath::page_in(language, version, START_SLUG).href() class="header-name">{messages.text("site-name")}</a>
                </div>
            </div>
            <div class="width-container">
                <ExampleBanner />
                <LanguagePicker here=here.clone() />
                {draft_notice}
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
                    {footer_link("staying-safe-online", "footer-staying-safe")}
                    {footer_link("help-and-contacts", "footer-help")}
                    {footer_link("glossary", "footer-glossary")}
                    {footer_link("accessibility", "footer-accessibility")}
                </ul>
                <p class="footer-text">{messages.text("footer-council")}</p>
                <p class="footer-text">{messages.text("footer-privacy")}</p>
            </div>
        </footer>
    }
}
