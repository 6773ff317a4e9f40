//! A form of the site, at `/{lang}/{form}`: one page of questions in sections, then "check your
//! answers", then the confirmation once sent. A GET shows the empty questions; a POST hands the
//! page its `Screen` (answers, errors, step) from the form engine. Nothing is stored: the
//! answers travel in the form.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::{
    assets,
    components::{
        error_summary::ErrorSummary,
        field::{error_text, QuestionField},
        language_picker::{PostsAnswers, ANSWERS_FORM_ID},
        page_frame::PageFrame,
        rich_text::RichText,
    },
    forms::{
        answers::TICKED,
        decode::{ShowingPage, CHANGE_FIELD, RETURNING_FIELD, SCREEN_FIELD},
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
    if let Some(anchor) = screen.at {
        if let Some(section) = screen.answers.form.section(anchor) {
            return view! { <OneScreen screen section /> }.into_any();
        }
    }
    view! { <AllQuestions screen /> }.into_any()
}

/// The calm link a form may show on every screen (see `FormDefinition::help_link`).
fn help_link(form: &'static FormDefinition) -> impl IntoView {
    let messages = use_messages();
    form.help_link.map(|(words, slug)| {
        view! {
            <p class="form-help-link">
                <a class="link" href=SitePath::page(messages.language, slug).href()>{messages.text(words)}</a>
            </p>
        }
    })
}

/// One screen of a form shown section by section: its own questions, every other answer in
/// hidden fields, Continue, and Back to the screen before.
#[component]
fn OneScreen(screen: Screen, section: &'static Section) -> impl IntoView {
    let messages = use_messages();
    let form = screen.answers.form;
    let here = SitePath::form(messages.language, form.slug, FormStep::Questions);
    let errors: Vec<(&'static str, String)> = screen
        .errors
        .iter()
        .map(|error| (error.field, error_text(&messages, form, error)))
        .collect();
    let first = form.sections.first().map(|first| first.anchor) == Some(section.anchor);
    provide_context(PostsAnswers {
        form,
        form_id: ANSWERS_FORM_ID,
        showing: ShowingPage::Questions,
    });
    let heading = messages.text(section.heading);
    let form_title = messages.text(form.texts.title);
    let prefix = if errors.is_empty() {
        String::new()
    } else {
        format!("{} ", messages.text("form-error-title-prefix"))
    };
    let page_title = format!(
        "{prefix}{heading} – {form_title} – {}",
        messages.text("site-name")
    );
    let number = form
        .sections
        .iter()
        .position(|s| s.anchor == section.anchor)
        .unwrap_or_default()
        + 1;
    let step = messages.text_with(
        "form-step",
        vec![
            ("step", number.into()),
            ("steps", form.sections.len().into()),
        ],
    );
    let hidden = screen
        .answers
        .filled()
        .filter(|(input, _)| !section.inputs().any(|own| own.name == input.name))
        .map(|(input, value)| view! { <input type="hidden" name=input.name value=value.to_owned() /> })
        .collect_view();
    let returning = screen
        .returning
        .then(|| view! { <input type="hidden" name=RETURNING_FIELD value=TICKED /> });
    let back = form.section_before(section.anchor).map(|before| {
        view! {
            <button type="submit" class="button button-secondary" name=CHANGE_FIELD value=before.anchor>
                {messages.text("form-back")}
            </button>
        }
    });
    // The first screen says what the form is; the others are headed by their own question.
    let top = if first {
        let intro = intro_view(form);
        view! {
            <h1 class="heading-xl">{form_title}</h1>
            <p class="lead">{messages.text(form.texts.lead)}</p>
            {intro}
            <h2 class="heading-l" id=format!("{}-heading", section.anchor)>{heading}</h2>
        }
        .into_any()
    } else {
        view! {
            <h1 class="heading-xl" id=format!("{}-heading", section.anchor)>{heading}</h1>
        }
        .into_any()
    };
    let questions = question_fields(section, &screen);
    view! {
        <Title text=page_title />
        <PageFrame here=here.clone()>
            <ErrorSummary title=messages.text(form.texts.error_summary_title) errors />
            <p class="caption-m">{step}</p>
            {form.picture_for(section.anchor).map(|picture| view! {
                <img class="screen-picture" src=assets::picture(picture).url() alt="" width="96" height="96" />
            })}
            {top}
            {help_link(form)}
            <p class="hint">{messages.text(section.intro)}</p>
            <form method="post" action=here.href() id=ANSWERS_FORM_ID novalidate autocomplete="off" data-unsent-words class="one-screen">
                {hidden}
                <input type="hidden" name=SCREEN_FIELD value=section.anchor />
                {returning}
                {questions}
                <div class="button-group">
                    <button type="submit" class="button">{messages.text(form.texts.continue_button)}</button>
                    {back}
                </div>
            </form>
            <p class="hint leaving-loses-words">{messages.text("form-leaving-loses-words")}</p>
        </PageFrame>
    }
    .into_any()
}

/// The paragraphs between a form's lead and its questions.
fn intro_view(form: &'static FormDefinition) -> impl IntoView {
    let messages = use_messages();
    form.texts
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
        .collect_view()
}

/// Every section of a form on one page (the parent's report).
#[component]
fn AllQuestions(screen: Screen) -> impl IntoView {
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
    let intro = intro_view(form);
    let sections = form
        .sections
        .iter()
        .map(|section| view! { <SectionQuestions section screen=screen.clone() /> })
        .collect_view();
    provide_context(PostsAnswers {
        form,
        form_id: ANSWERS_FORM_ID,
        showing: ShowingPage::Questions,
    });
    view! {
        <Title text=page_title />
        <PageFrame here=here.clone()>
            <ErrorSummary title=messages.text(form.texts.error_summary_title) errors />
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{messages.text(form.texts.lead)}</p>
            {intro}
            <form method="post" action=here.href() id=ANSWERS_FORM_ID novalidate autocomplete="off" data-unsent-words>
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
    let questions = question_fields(section, &screen);
    view! {
        <section class="report-section" id=anchor aria-labelledby=format!("{anchor}-heading")>
            <h2 class="heading-l" id=format!("{anchor}-heading")>{messages.text(section.heading)}</h2>
            <p class="hint">{messages.text(section.intro)}</p>
            {questions}
        </section>
    }
}

/// A section's questions, each with the answers and errors of the screen being shown.
fn question_fields(section: &'static Section, screen: &Screen) -> impl IntoView {
    section
        .questions
        .iter()
        .map(|question| {
            view! { <QuestionField question answers=screen.answers.clone() errors=screen.errors.clone() /> }
        })
        .collect_view()
}
