//! One block of a guide page, as GOV.UK-style markup.

use leptos::prelude::*;

use crate::{
    assets,
    components::rich_text::RichText,
    content::{Block, GlossaryTerm, Picture},
    dates_form::DATES,
    i18n::{use_messages, Messages},
    paths::SitePath,
    report::REPORT,
};

#[component]
pub fn GuideBlock(block: &'static Block) -> impl IntoView {
    match block {
        Block::Heading { anchor, text } => {
            view! { <h2 class="heading-l" id=*anchor><RichText id=text /></h2> }.into_any()
        }
        Block::Paragraph(id) => view! { <p><RichText id /></p> }.into_any(),
        Block::Bullets(ids) => {
            view! { <ul class="list list-bullet">{list_items(ids)}</ul> }.into_any()
        }
        Block::Steps(ids) => {
            view! { <ol class="list list-number">{list_items(ids)}</ol> }.into_any()
        }
        Block::Callout(id) => {
            view! { <div class="inset-text"><p><RichText id /></p></div> }.into_any()
        }
        Block::Warning(id) => warning(id).into_any(),
        Block::Glossary(terms) => {
            view! { <dl class="glossary">{glossary_terms(terms)}</dl> }.into_any()
        }
        Block::CouncilContacts => council_contacts(&use_messages()).into_any(),
        Block::CouncilTimescales => council_timescales(&use_messages()).into_any(),
        Block::WriteReport => {
            let messages = use_messages();
            let href = SitePath::page(messages.language, REPORT.slug).href();
            view! { <p><a class="button" href=href>{messages.text("report-nav-link")}</a></p> }
                .into_any()
        }
        Block::WorkOutDates => {
            let messages = use_messages();
            let href = SitePath::page(messages.language, DATES.slug).href();
            view! { <p><a class="button button-secondary" href=href>{messages.text("dates-nav-link")}</a></p> }
                .into_any()
        }
        Block::PictureStep { picture, text } => picture_step(*picture, text).into_any(),
        Block::ForYou(ids) => {
            let messages = use_messages();
            view! {
                <div class="for-you">
                    <h2 class="heading-m">{messages.text("easy-for-you-heading")}</h2>
                    <ul class="list for-you-list">{list_items(ids)}</ul>
                </div>
            }
            .into_any()
        }
        Block::OnlyIn(nation, blocks) => {
            let shown = use_messages().profile.council.nation == *nation;
            shown
                .then(|| {
                    blocks
                        .iter()
                        .map(|block| view! { <GuideBlock block /> })
                        .collect_view()
                })
                .into_any()
        }
    }
}

/// One easy-read idea: its picture on the left, the words on the right. The picture's alt text
/// is empty because the words beside it say the same thing; the words make sense alone.
fn picture_step(picture: Picture, text: &'static str) -> impl IntoView {
    view! {
        <div class="picture-step">
            <img class="picture-step-picture" src=assets::picture(picture).url() alt="" width="64" height="64" />
            <p class="picture-step-text"><RichText id=text /></p>
        </div>
    }
}

fn list_items(ids: &'static [&'static str]) -> impl IntoView {
    ids.iter()
        .map(|id| view! { <li><RichText id /></li> })
        .collect_view()
}

fn warning(id: &'static str) -> impl IntoView {
    let messages = use_messages();
    view! {
        <div class="warning-text">
            <span class="warning-text-icon" aria-hidden="true">"!"</span>
            <p class="warning-text-text">
                <span class="visually-hidden">{messages.text("warning-prefix")}</span>
                <RichText id />
            </p>
        </div>
    }
}

fn glossary_terms(terms: &'static [GlossaryTerm]) -> impl IntoView {
    terms
        .iter()
        .map(|term| {
            view! {
                <dt id=term.anchor><RichText id=term.term /></dt>
                <dd><RichText id=term.definition /></dd>
            }
        })
        .collect_view()
}

/// A row of a summary list: what it is, and the value (a link where it can be followed).
fn contact_row(label: String, value: String, href: Option<String>) -> impl IntoView {
    view! {
        <div class="summary-list-row">
            <dt class="summary-list-key">{label}</dt>
            <dd class="summary-list-value">
                {match href {
                    Some(href) => view! { <a href=href>{value}</a> }.into_any(),
                    None => value.into_any(),
                }}
            </dd>
        </div>
    }
}

fn phone_href(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

fn council_contacts(messages: &Messages) -> impl IntoView {
    let profile = &messages.profile;
    let contacts = &profile.contacts;
    let mut rows = vec![
        contact_row(
            messages.text("contacts-council"),
            profile.council.name.clone(),
            None,
        )
        .into_any(),
        contact_row(
            messages.text("contacts-children-services-phone"),
            contacts.children_services_phone.clone(),
            Some(phone_href(&contacts.children_services_phone)),
        )
        .into_any(),
        contact_row(
            messages.text("contacts-out-of-hours-phone"),
            contacts.out_of_hours_phone.clone(),
            Some(phone_href(&contacts.out_of_hours_phone)),
        )
        .into_any(),
    ];
    if let Some(phone) = &contacts.conference_team_phone {
        rows.push(
            contact_row(
                messages.text("contacts-conference-team-phone"),
                phone.clone(),
                Some(phone_href(phone)),
            )
            .into_any(),
        );
    }
    if let Some(email) = &contacts.conference_team_email {
        rows.push(
            contact_row(
                messages.text("contacts-conference-team-email"),
                email.clone(),
                Some(format!("mailto:{email}")),
            )
            .into_any(),
        );
    }
    if let Some(website) = &contacts.website {
        rows.push(
            contact_row(
                messages.text("contacts-website"),
                website.clone(),
                Some(website.clone()),
            )
            .into_any(),
        );
    }
    let complaints = &profile.complaints;
    rows.push(
        contact_row(
            messages.text("contacts-complaints"),
            complaints.url.clone(),
            Some(complaints.url.clone()),
        )
        .into_any(),
    );
    if let Some(phone) = &complaints.phone {
        rows.push(
            contact_row(
                messages.text("contacts-complaints-phone"),
                phone.clone(),
                Some(phone_href(phone)),
            )
            .into_any(),
        );
    }
    if let Some(email) = &complaints.email {
        rows.push(
            contact_row(
                messages.text("contacts-complaints-email"),
                email.clone(),
                Some(format!("mailto:{email}")),
            )
            .into_any(),
        );
    }
    view! { <dl class="summary-list">{rows}</dl> }
}

fn council_timescales(messages: &Messages) -> impl IntoView {
    // (what happens, when) for each row; both are message ids.
    let rows = [
        (
            "timescales-reports-initial-what",
            "timescales-reports-initial-when",
        ),
        (
            "timescales-reports-review-what",
            "timescales-reports-review-when",
        ),
        (
            "timescales-core-group-first-what",
            "timescales-core-group-first-when",
        ),
        (
            "timescales-core-group-every-what",
            "timescales-core-group-every-when",
        ),
        ("timescales-minutes-what", "timescales-minutes-when"),
        (
            "timescales-first-review-what",
            "timescales-first-review-when",
        ),
        (
            "timescales-later-reviews-what",
            "timescales-later-reviews-when",
        ),
    ]
    .iter()
    .map(|(what, when)| {
        view! {
            <tr>
                <th scope="row">{messages.text(what)}</th>
                <td>{messages.text(when)}</td>
            </tr>
        }
    })
    .collect_view();
    view! {
        <table class="table">
            <caption class="table-caption">{messages.text("timescales-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{messages.text("timescales-column-what")}</th>
                    <th scope="col">{messages.text("timescales-column-when")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
