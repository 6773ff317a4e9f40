//! "Check your answers": every answer under its section, a Change button per section, then
//! Download PDF or Send to the conference chair. One form holds the answers once, in hidden
//! fields; each button says where they go with `formaction`, so Change returns to the questions
//! at its section with every word kept, and a failed send comes back here with them too.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        error_summary::ErrorSummary, language_picker::PostsAnswers, page_frame::PageFrame,
        send_problem::SendProblemNotice,
    },
    forms::{
        answers::TICKED,
        decode::{ShowingPage, CHANGE_FIELD, DRAWING_FIELD, HONEYPOT_FIELD, RETURNING_FIELD},
        definition::{DrawingUpload, Question, Screens, Section},
        document::MISSING_CHARACTER_MARKER,
        journey::{Problem, Screen},
        validate::date_answer,
        Answers,
    },
    i18n::{use_messages, Messages},
    paths::{FormStep, SitePath},
};

/// The form that carries the answers; buttons elsewhere on the page name it to submit it.
const CHECK_FORM_ID: &str = "check-your-answers";

/// The rows of one question on the check page: (label id, answer in words). Empty when the
/// question was not answered.
fn rows(
    messages: &Messages,
    answers: &Answers,
    question: &Question,
) -> Vec<(&'static str, String)> {
    let text = |name: &str| {
        let value = answers.get(name);
        (!value.trim().is_empty()).then(|| value.to_owned())
    };
    match question {
        Question::Text(question) => text(question.name)
            .map(|value| (question.label, value))
            .into_iter()
            .collect(),
        Question::Date(question) => date_answer(answers, question)
            .ok()
            .flatten()
            .map(|date| (question.legend, messages.long_date(date)))
            .into_iter()
            .collect(),
        Question::Choice(question) => question
            .option(answers.get(question.name))
            .map(|option| (question.label, messages.text(option.label)))
            .into_iter()
            .collect(),
        Question::Ticks(group) => group
            .ticks
            .iter()
            .flat_map(|tick| {
                let ticked = answers
                    .is_ticked(tick.name)
                    .then(|| (tick.label, messages.text("check-yes")));
                let detail = tick
                    .detail
                    .as_ref()
                    .and_then(|detail| text(detail.name).map(|value| (detail.label, value)));
                ticked.into_iter().chain(detail)
            })
            .collect(),
    }
}

#[component]
fn CheckSection(section: &'static Section, answers: Answers) -> impl IntoView {
    let messages = use_messages();
    let form = answers.form;
    let rows: Vec<_> = section
        .questions
        .iter()
        .flat_map(|question| rows(&messages, &answers, question))
        .map(|(label, value)| {
            view! {
                <div class="summary-list-row">
                    <dt class="summary-list-key">{messages.text(label)}</dt>
                    <dd class="summary-list-value answer-text">{value}</dd>
                </div>
            }
        })
        .collect();
    let body = if rows.is_empty() {
        view! { <p class="hint">{messages.text("check-not-answered")}</p> }.into_any()
    } else {
        view! { <dl class="summary-list">{rows}</dl> }.into_any()
    };
    let heading = messages.text(section.heading);
    let questions = SitePath::form(messages.language, form.slug, FormStep::Questions);
    view! {
        <section class="check-section" aria-labelledby=format!("check-{}", section.anchor)>
            <div class="check-section-header">
                <h2 class="heading-m" id=format!("check-{}", section.anchor)>{heading.clone()}</h2>
                <button
                    type="submit"
                    class="button-link"
                    formaction=questions.href_to(section.anchor)
                    formenctype="application/x-www-form-urlencoded"
                    name=CHANGE_FIELD
                    value=section.anchor
                >
                    {messages.text("check-change")}
                    <span class="visually-hidden">" "{heading}</span>
                </button>
            </div>
            {body}
        </section>
    }
}

/// The optional picture (GOV.UK's file upload), after every answer in the form so that a file
/// too big for the body limit is cut off after the answers, which are all kept.
#[component]
fn DrawingField(upload: DrawingUpload, error: Option<String>) -> impl IntoView {
    let messages = use_messages();
    let has_error = error.is_some();
    let describedby = if has_error {
        format!("{DRAWING_FIELD}-hint {DRAWING_FIELD}-error")
    } else {
        format!("{DRAWING_FIELD}-hint")
    };
    let group_class = if has_error {
        "form-group form-group-error"
    } else {
        "form-group"
    };
    let error = error.map(|error| {
        view! {
            <p id=format!("{DRAWING_FIELD}-error") class="error-message">
                <span class="visually-hidden">{messages.text("form-error-prefix")}" "</span>
                {error}
            </p>
        }
    });
    view! {
        <div class=group_class>
            <label class="label" for=DRAWING_FIELD>{messages.text(upload.label)}</label>
            <div class="hint" id=format!("{DRAWING_FIELD}-hint")>{messages.text(upload.hint)}</div>
            {error}
            <input
                class="file-upload"
                type="file"
                id=DRAWING_FIELD
                name=DRAWING_FIELD
                accept="image/jpeg,image/png"
                aria-describedby=describedby
            />
        </div>
    }
}

#[component]
pub fn CheckAnswers(screen: Screen) -> impl IntoView {
    let messages = use_messages();
    let language = messages.language;
    let answers = screen.answers;
    let form = answers.form;
    let here = SitePath::form(language, form.slug, FormStep::Questions);
    let hidden = answers
        .filled()
        .map(|(input, value)| view! { <input type="hidden" name=input.name value=value.to_owned() /> })
        .collect_view();
    let sections = form
        .sections
        .iter()
        .map(|section| view! { <CheckSection section answers=answers.clone() /> })
        .collect_view();
    let unprintable = (!screen.unprintable.is_empty()).then(|| {
        let text = messages.text_with(
            "check-unprintable-text",
            vec![("marker", MISSING_CHARACTER_MARKER.into())],
        );
        let answers_with_them = screen
            .unprintable
            .iter()
            .map(|(label, characters)| {
                let characters = characters
                    .iter()
                    .map(|c| format!("“{c}”"))
                    .collect::<Vec<_>>()
                    .join(" ");
                let line = messages.text_with(
                    "check-unprintable-in",
                    vec![
                        ("label", messages.text(label).into()),
                        ("characters", characters.into()),
                    ],
                );
                view! { <li>{line}</li> }
            })
            .collect_view();
        view! {
            <div class="inset-text unprintable">
                <h2 class="heading-s">{messages.text("check-unprintable-heading")}</h2>
                <p>{text}</p>
                <ul class="list list-bullet">{answers_with_them}</ul>
            </div>
        }
    });
    // A picture that could not be used is a mistake to fix here, shown as one; anything else
    // is a notice about sending or the PDF.
    let drawing_problem = match screen.problem {
        Some((Problem::Drawing(drawing), _)) => Some(messages.text(drawing.message_id())),
        _ => None,
    };
    let problem = screen
        .problem
        .clone()
        .filter(|_| drawing_problem.is_none())
        .map(|(problem, reference)| view! { <SendProblemNotice problem reference form=CHECK_FORM_ID /> });
    let error_summary = drawing_problem.clone().map(|message| {
        view! {
            <ErrorSummary
                title=messages.text("drawing-problem-title")
                errors=vec![(DRAWING_FIELD, message)]
            />
        }
    });
    let upload = form
        .drawing
        .map(|upload| view! { <DrawingField upload error=drawing_problem.clone() /> });
    let returning = (form.screens == Screens::SectionBySection)
        .then(|| view! { <input type="hidden" name=RETURNING_FIELD value=TICKED /> });
    let enctype = form.drawing.map(|_| "multipart/form-data");
    let send_text = messages.about_the_chair(
        "check-send-text-shown-address",
        "check-send-text-hidden-address",
    );
    let title = messages.text(form.texts.check_title);
    provide_context(PostsAnswers {
        form,
        form_id: CHECK_FORM_ID,
        showing: ShowingPage::Check,
    });
    let page_title = if screen.problem.is_some() {
        format!(
            "{} {title} – {}",
            messages.text("form-error-title-prefix"),
            messages.text("site-name")
        )
    } else {
        format!("{title} – {}", messages.text("site-name"))
    };
    view! {
        <Title text=page_title />
        <PageFrame here>
            {error_summary}
            {problem}
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{messages.text(form.texts.check_lead)}</p>
            <form method="post" action=SitePath::form(language, form.slug, FormStep::Pdf).href() id=CHECK_FORM_ID enctype=enctype novalidate autocomplete="off" data-unsent-words>
                {hidden}
                {returning}
                {sections}
                {unprintable}
                {upload}
                <h2 class="heading-m">{messages.text_with("check-download-heading", vec![("form", form.slug.into())])}</h2>
                <p>{messages.text_with("check-download-text", vec![("form", form.slug.into())])}</p>
                <button type="submit" class="button">{messages.text("check-download-button")}</button>
                <h2 class="heading-m">{messages.text("check-send-heading")}</h2>
                <p>{send_text}</p>
                <p>{messages.text("check-send-privacy")}</p>
                <div class="honeypot" hidden>
                    <label for=HONEYPOT_FIELD>{messages.text("check-honeypot-label")}</label>
                    <input type="text" id=HONEYPOT_FIELD name=HONEYPOT_FIELD tabindex="-1" autocomplete="off" />
                </div>
                <button type="submit" class="button button-secondary" formaction=SitePath::form(language, form.slug, FormStep::Send).href()>
                    {messages.text("check-send-button")}
                </button>
            </form>
            <p class="hint leaving-loses-words">{messages.text("form-leaving-loses-words")}</p>
        </PageFrame>
    }
}
