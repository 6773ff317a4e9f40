//! A form of the site, at `/{lang}/{form}`: one page of questions in sections, then "check your
//! answers", then the confirmation once sent. A GET shows the empty questions; a POST hands the
//! page its `Screen` (answers, errors, step) from the form engine. Nothing is stored: the
//! answers travel in the form.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::{
    components::{
        error_summary::ErrorSummary,
        field::{error_text, QuestionField},
        page_frame::PageFrame,
        rich_text::RichText,
    },
    forms::{
        definition::{Ending, Intro, ResultKind, Section},
        journey::{Screen, Step},
        Answers, FormDefinition,
    },
    i18n::use_messages,
    pages::{check_answers::CheckAnswers, dates::DatesResult, form_sent::FormSent},
    paths::{FormStep, SitePath},
};

#[component]
pub fn FormPage(form: &'static FormDefinition) -> impl IntoView {
    // What a person typed must not stay in a cache on a shared phone.
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
    }
    let screen = use_context::<Screen>()
        .filter(|screen| screen.answers.form.slug == form.slug)
        .unwrap_or_else(|| Screen::questions(Answers::empty(form), Vec::new()));
    let description =
        view! { <Meta name="description" content=use_messages().text(form.texts.description) /> };
    let page = match screen.step {
        Step::Questions => view! { <Questions screen /> }.into_any(),
        Step::Check => view! { <CheckAnswers screen /> }.into_any(),
        Step::Sent { ref reference } => {
            let reference = reference.clone();
            view! { <FormSent reference answers=screen.answers /> }.into_any()
        }
        // The result page the form's ending names.
        Step::Result => match form.ending {
            Ending::Result(ResultKind::Dates) => {
                view! { <DatesResult answers=screen.answers /> }.into_any()
            }
            Ending::CheckThenPdfOrSend => view! { <CheckAnswers screen /> }.into_any(),
        },
    };
    view! { {description} {page} }.into_any()
}

#[component]
fn Questions(screen: Screen) -> impl IntoView {
    let messages = use_messages();
    let form = screen.answers.form;
    let here = SitePath::form(messages.language, form.slug, FormStep::Questions);
    let errors: Vec<(&'static str, String)> = screen
        .errors
        .iter()
        .map(|error| (error.field, error_text(&messages, form, error)))
        .collect();
    let title = messages.text(form.texts.title);
    let page_title = if errors.is_empty() {
        format!("{title} – {}", messages.text("site-name"))
    } else {
        format!(
            "{} {title} – {}",
            messages.text("form-error-title-prefix"),
            messages.text("site-name")
        )
    };
    let intro = form
        .texts
        .intro
        .iter()
        .map(|intro| match *intro {
            Intro::Warning(id) => view! {
                <div class="warning-text">
                    <span class="warning-text-icon" aria-hidden="true">"!"</span>
                    <p class="warning-text-text">
                        <span class="visually-hidden">{messages.text("warning-prefix")}" "</span>
                        <RichText id />
                    </p>
                </div>
            }
            .into_any(),
            Intro::Paragraph(id) => view! { <p><RichText id /></p> }.into_any(),
        })
        .collect_view();
    let sections = form
        .sections
        .iter()
        .map(|section| view! { <SectionQuestions section screen=screen.clone() /> })
        .collect_view();
    view! {
        <Title text=page_title />
        <PageFrame here=here.clone()>
            <ErrorSummary title=messages.text(form.texts.error_summary_title) errors />
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{messages.text(form.texts.lead)}</p>
            {intro}
            <form method="post" action=here.href() novalidate autocomplete="off" data-unsent-words>
                {sections}
                <button type="submit" class="button">{messages.text(form.texts.continue_button)}</button>
            </form>
            <p class="hint leaving-loses-words">{messages.text("form-leaving-loses-words")}</p>
        </PageFrame>
    }
}

#[component]
fn SectionQuestions(section: &'static Section, screen: Screen) -> impl IntoView {
    let messages = use_messages();
    let anchor = section.anchor;
    let questions = section
        .questions
        .iter()
        .map(|question| {
            view! { <QuestionField question answers=screen.answers.clone() errors=screen.errors.clone() /> }
        })
        .collect_view();
    view! {
        <section class="report-section" id=anchor aria-labelledby=format!("{anchor}-heading")>
            <h2 class="heading-l" id=format!("{anchor}-heading")>{messages.text(section.heading)}</h2>
            <p class="hint">{messages.text(section.intro)}</p>
            {questions}
        </section>
    }
}
