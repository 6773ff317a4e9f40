//! A page of the guide, at `/{lang}/{slug}` or in easy read at `/{lang}/easy/{slug}`: a link to
//! its twin in the other version, its blocks from the content table, then the links to the
//! contents and the report (from every page, so nobody has to find the start page again), and
//! to the pages before and after it. Every link stays in the version being read.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::{
    components::{guide_block::GuideBlock, page_frame::PageFrame},
    content::{self, Page, Part},
    i18n::use_messages,
    i18n::Language,
    paths::{SitePath, Version, START_SLUG},
    report::REPORT,
};

#[component]
pub fn GuidePage(page: &'static Page, version: Version) -> impl IntoView {
    provide_context(version);
    let messages = use_messages();
    let language = messages.language;
    let here = SitePath::page_in(language, version, page.slug);
    let link_to = move |page: &Page| SitePath::page_in(language, version, page.slug).href();
    let title = messages.text(page.title);
    let summary = messages.text(page.summary);
    let (previous, next) = content::neighbours_in(version, page.slug);
    let twin = twin(language, version, page.slug);
    let twin_text = messages.text(match version {
        Version::Standard => "twin-link-easy-read",
        Version::EasyRead => "twin-link-standard",
    });
    let page_class = match version {
        Version::Standard => "guide-page",
        Version::EasyRead => "guide-page easy-read",
    };
    let blocks = page
        .blocks
        .iter()
        .map(|block| view! { <GuideBlock block /> })
        .collect_view();
    let contents = (page.slug == START_SLUG).then(|| view! { <Contents version /> });

    view! {
        <Title text=format!("{title} – {}", messages.text("site-name")) />
        <Meta name="description" content=summary.clone() />
        <PageFrame here>
            <div class=page_class>
            <p class="twin-link"><a href=twin.href()>{twin_text}</a></p>
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{summary}</p>
            {blocks}
            {contents}
            <nav class="guide-links" aria-label=messages.text("guide-links-label")>
                <ul class="list guide-links-list">
                    <li><a href=SitePath::page_in(language, version, START_SLUG).href_to("contents")>{messages.text("guide-links-all-pages")}</a></li>
                    <li><a href=SitePath::page(language, REPORT.slug).href()>{messages.text("guide-links-report")}</a></li>
                </ul>
            </nav>
            <nav class="pagination" aria-label=messages.text("pagination-label")>
                {previous.map(|page| view! {
                    <a class="pagination-link pagination-previous" href=link_to(page) rel="prev">
                        <span class="pagination-direction">{messages.text("pagination-previous")}</span>
                        <span class="pagination-title">{messages.text(page.title)}</span>
                    </a>
                })}
                {next.map(|page| view! {
                    <a class="pagination-link pagination-next" href=link_to(page) rel="next">
                        <span class="pagination-direction">{messages.text("pagination-next")}</span>
                        <span class="pagination-title">{messages.text(page.title)}</span>
                    </a>
                })}
            </nav>
            </div>
        </PageFrame>
    }
}

/// The same page in the other version. Every standard page has an easy-read twin (the content
/// tests check it). An easy-read page that explains a form has the form as its twin: the guide
/// to writing your views explains the report, and "dates" the dates form of the same slug.
fn twin(language: &'static Language, version: Version, slug: &str) -> SitePath {
    match version {
        Version::Standard => SitePath::page_in(language, Version::EasyRead, slug),
        Version::EasyRead if content::page(slug).is_some() => SitePath::page(language, slug),
        Version::EasyRead if slug == content::WRITING_YOUR_VIEWS_SLUG => {
            SitePath::page(language, REPORT.slug)
        }
        Version::EasyRead => SitePath::page(language, slug),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{i18n, site};

    #[test]
    fn every_easy_read_page_has_a_twin_that_exists() {
        let english = i18n::default_language();
        for page in content::EASY_PAGES {
            let other = twin(english, Version::EasyRead, page.slug);
            let destination = site::resolve(&other);
            if content::EASY_ONLY_SLUGS.contains(&page.slug) {
                assert!(
                    matches!(destination, Some(site::Destination::Form(..))),
                    "{}: its twin {} is a form",
                    page.slug,
                    other.href()
                );
            } else {
                assert!(
                    matches!(destination, Some(site::Destination::Guide(twin, Version::Standard)) if twin.slug == page.slug),
                    "{}: its twin {} is the standard page",
                    page.slug,
                    other.href()
                );
                // And back again.
                assert_eq!(
                    twin(english, Version::Standard, page.slug),
                    SitePath::page_in(english, Version::EasyRead, page.slug)
                );
            }
        }
    }
}

/// Every page of the guide, grouped by part of the journey.
#[component]
fn Contents(version: Version) -> impl IntoView {
    let messages = use_messages();
    let language = messages.language;
    let other = match version {
        Version::Standard => (Version::EasyRead, "contents-easy-read"),
        Version::EasyRead => (Version::Standard, "contents-standard"),
    };
    let other_link = view! {
        <p class="contents-other-version">
            <a href=SitePath::page_in(language, other.0, START_SLUG).href_to("contents")>{messages.text(other.1)}</a>
        </p>
    };
    let parts = Part::ALL
        .iter()
        .map(|part| {
            let links = content::pages(version)
                .iter()
                .filter(|page| page.part == *part && page.slug != START_SLUG)
                .map(|page| view! { <li><a href=SitePath::page_in(language, version, page.slug).href()>{messages.text(page.title)}</a></li> })
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
            {other_link}
            {parts}
        </section>
    }
}
