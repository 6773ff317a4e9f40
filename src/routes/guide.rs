//! A page of the guide, at `/{lang}/{slug}`: its blocks from the content table, then the links
//! to the pages before and after it.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::{
    components::{guide_block::GuideBlock, page_frame::PageFrame},
    content::{self, Page, Part, PAGES},
    i18n::{self, use_messages},
    routes::not_found::NotFoundPage,
};

/// The page every language starts on.
pub const START_SLUG: &str = "start-here";

#[component]
pub fn GuidePage() -> impl IntoView {
    let params = use_params_map();
    let (lang, slug) = params.with_untracked(|params| (params.get("lang"), params.get("slug")));
    let page = lang
        .as_deref()
        .and_then(i18n::language)
        .and(slug.as_deref().and_then(content::page));
    match page {
        Some(page) => view! { <GuideContent page /> }.into_any(),
        None => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn GuideContent(page: &'static Page) -> impl IntoView {
    let messages = use_messages();
    let title = messages.text(page.title);
    let summary = messages.text(page.summary);
    let (previous, next) = content::neighbours(page.slug);
    let lang = messages.language.code;
    let blocks = page
        .blocks
        .iter()
        .map(|block| view! { <GuideBlock block /> })
        .collect_view();
    let contents = (page.slug == START_SLUG).then(|| view! { <Contents /> });

    view! {
        <Title text=format!("{title} – {}", messages.text("site-name")) />
        <Meta name="description" content=summary.clone() />
        <PageFrame slug=page.slug>
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{summary}</p>
            {blocks}
            {contents}
            <nav class="pagination" aria-label=messages.text("pagination-label")>
                {previous.map(|page| view! {
                    <a class="pagination-link pagination-previous" href=format!("/{lang}/{}", page.slug) rel="prev">
                        <span class="pagination-direction">{messages.text("pagination-previous")}</span>
                        <span class="pagination-title">{messages.text(page.title)}</span>
                    </a>
                })}
                {next.map(|page| view! {
                    <a class="pagination-link pagination-next" href=format!("/{lang}/{}", page.slug) rel="next">
                        <span class="pagination-direction">{messages.text("pagination-next")}</span>
                        <span class="pagination-title">{messages.text(page.title)}</span>
                    </a>
                })}
            </nav>
        </PageFrame>
    }
}

/// Every page of the guide, grouped by part of the journey.
#[component]
fn Contents() -> impl IntoView {
    let messages = use_messages();
    let lang = messages.language.code;
    let parts = Part::ALL
        .iter()
        .map(|part| {
            let links = PAGES
                .iter()
                .filter(|page| page.part == *part && page.slug != START_SLUG)
                .map(|page| view! { <li><a href=format!("/{lang}/{}", page.slug)>{messages.text(page.title)}</a></li> })
                .collect_view();
            view! {
                <h3 class="heading-s">{messages.text(part.title())}</h3>
                <ul class="list contents-list">{links}</ul>
            }
        })
        .collect_view();
    view! {
        <section class="contents" aria-labelledby="contents">
            <h2 class="heading-l" id="contents">{messages.text("contents-heading")}</h2>
            {parts}
        </section>
    }
}
