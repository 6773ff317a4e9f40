//! A guide message as text with its glossary and page links.

use leptos::prelude::*;

use crate::{
    content::inline::{self, Segment},
    i18n::use_messages,
};

/// The message `id`, formatted for the reader, with `[words](glossary:…)` and `[words](page:…)` as links.
#[component]
pub fn RichText(id: &'static str) -> impl IntoView {
    let messages = use_messages();
    let text = messages.text(id);
    let lang = messages.language.code;
    inline::parse(&text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.to_owned().into_any(),
            Segment::Link { words, target } => {
                view! { <a href=target.href(lang)>{words.to_owned()}</a> }.into_any()
            }
        })
        .collect_view()
}
