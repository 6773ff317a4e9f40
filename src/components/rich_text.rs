//! A guide message as text with its glossary and page links.

use leptos::prelude::*;

use crate::{
    content::inline::{self, Segment},
    i18n::use_messages,
    paths::Version,
};

/// The message `id`, formatted for the reader, with `[words](glossary:…)` and `[words](page:…)`
/// as links. Links stay in the version being read (a page provides its `Version` as context).
#[component]
pub fn RichText(id: &'static str) -> impl IntoView {
    let messages = use_messages();
    let text = messages.text(id);
    let version = use_context::<Version>().unwrap_or(Version::Standard);
    inline::parse(&text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.to_owned().into_any(),
            Segment::Strong(words) => view! { <strong>{words.to_owned()}</strong> }.into_any(),
            Segment::Link { words, target } => {
                view! { <a href=target.href(messages.language, version)>{words.to_owned()}</a> }
                    .into_any()
            }
        })
        .collect_view()
}
