//! The same page in every published language, each named in its own language, in the
//! council's order. On a page that holds answers the other languages are buttons that post the
//! answers to the same form in that language, so switching never loses a word.

use leptos::prelude::*;

use crate::{
    forms::{decode::ShowingPage, decode::SWITCH_LANGUAGE_FIELD, definition::FormDefinition},
    i18n::{self, use_messages},
    paths::{FormStep, SitePath},
};

/// The id of the form that holds a page's answers, for the picker's buttons to post.
pub const ANSWERS_FORM_ID: &str = "answers";

/// Provided by a form's page: the picker posts the form with this id, and the other language
/// shows `showing` again.
#[derive(Clone, Copy)]
pub struct PostsAnswers {
    pub form: &'static FormDefinition,
    pub form_id: &'static str,
    pub showing: ShowingPage,
}

#[component]
pub fn LanguagePicker(here: SitePath) -> impl IntoView {
    let messages = use_messages();
    let posts_answers = use_context::<PostsAnswers>();
    let links = i18n::languages_in_order(&messages.profile)
        .into_iter()
        .map(|language| {
            let own_name = i18n::message(language, "language-name", None);
            let current = language == messages.language;
            match posts_answers.filter(|_| !current) {
                Some(posts) => view! {
                    <li>
                        <button
                            type="submit"
                            class="button-link"
                            form=posts.form_id
                            formaction=SitePath::form(language, posts.form.slug, FormStep::Questions).href()
                            formmethod="post"
                            formenctype="application/x-www-form-urlencoded"
                            formnovalidate=true
                            name=SWITCH_LANGUAGE_FIELD
                            value=posts.showing.as_str()
                            lang=language.code
                        >
                            {own_name}
                        </button>
                    </li>
                }
                .into_any(),
                None => view! {
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
                .into_any(),
            }
        })
        .collect_view();
    // Pressing Enter in a one-line box submits the form with the first submit button that
    // belongs to it in the page, and the buttons below would be that: Enter would change the
    // language. This button comes first instead, so Enter means Continue. (Chromium skips a
    // `hidden` default button, so it is drawn off-screen; `aria-hidden` and `tabindex="-1"` keep
    // it from screen readers and the Tab key.)
    let enter_means_continue = posts_answers
        .filter(|posts| posts.showing == ShowingPage::Questions)
        .map(|posts| {
            view! { <button type="submit" form=posts.form_id class="visually-hidden" tabindex="-1" aria-hidden="true"></button> }
        });
    view! {
        <nav class="language-picker" aria-label=messages.text("language-picker-label")>
            {enter_means_continue}
            <ul>{links}</ul>
        </nav>
    }
}
