//! "Check your report": every answer under its section, a Change button per section, then
//! Download PDF or Send to the conference chair. One form holds the answers once, in hidden
//! fields; each button says where they go with `formaction`, so Change returns to the form at
//! its section with every word kept, and a failed send comes back here with them too.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{page_frame::PageFrame, send_problem::SendProblemNotice},
    i18n::use_messages,
    report::{
        model::{Kind, Section},
        validate::conference_date,
    },
    routes::report::{attending_label, report_path, ReportSubmission},
};

/// A field people never see or fill in (it is `hidden`); form-filling robots often do, and
/// then nothing is sent. Its name is not one of the report's fields, so it is never kept.
pub const HONEYPOT_FIELD: &str = "website";

/// The form that carries the answers; buttons elsewhere on the page name it to submit it.
const CHECK_FORM_ID: &str = "check-your-report";

/// Where Send to the conference chair posts.
pub fn send_path(lang: &str) -> String {
    format!("{}/send", report_path(lang))
}

#[component]
pub fn CheckAnswers(submission: ReportSubmission) -> impl IntoView {
    let messages = use_messages();
    let lang = messages.language.code;
    let answers = submission.answers;
    let hidden = answers
        .filled()
        .map(|(field, value)| view! { <input type="hidden" name=field.name value=value.to_owned() /> })
        .collect_view();
    let sections = Section::ALL
        .into_iter()
        .map(|section| {
            let rows: Vec<_> = section
                .fields()
                .filter(|field| !matches!(field.kind, Kind::DatePart { .. }) || field.name == "conference-day")
                .filter_map(|field| {
                    let value = match field.kind {
                        Kind::DatePart { .. } => match conference_date(&answers) {
                            Ok(Some(date)) => messages.long_date(date),
                            _ => return None,
                        },
                        Kind::Choice { .. } => {
                            let value = answers.get(field.name);
                            if value.is_empty() {
                                return None;
                            }
                            messages.text(attending_label(value))
                        }
                        Kind::Tick => {
                            if !answers.is_ticked(field.name) {
                                return None;
                            }
                            messages.text("check-yes")
                        }
                        Kind::Line { .. } | Kind::Text { .. } => {
                            let value = answers.get(field.name);
                            if value.trim().is_empty() {
                                return None;
                            }
                            value.to_owned()
                        }
                    };
                    let label = if field.name == "conference-day" { "report-date-legend" } else { field.label };
                    Some(view! {
                        <div class="summary-list-row">
                            <dt class="summary-list-key">{messages.text(label)}</dt>
                            <dd class="summary-list-value answer-text">{value}</dd>
                        </div>
                    })
                })
                .collect();
            let body = if rows.is_empty() {
                view! { <p class="hint">{messages.text("check-not-answered")}</p> }.into_any()
            } else {
                view! { <dl class="summary-list">{rows}</dl> }.into_any()
            };
            let heading = messages.text(section.heading());
            view! {
                <section class="check-section" aria-labelledby=format!("check-{}", section.anchor())>
                    <div class="check-section-header">
                        <h2 class="heading-m" id=format!("check-{}", section.anchor())>{heading.clone()}</h2>
                        <button
                            type="submit"
                            class="button-link"
                            formaction=format!("{}#{}", report_path(lang), section.anchor())
                            name="change"
                            value=section.anchor()
                        >
                            {messages.text("check-change")}
                            <span class="visually-hidden">" "{heading}</span>
                        </button>
                    </div>
                    {body}
                </section>
            }
        })
        .collect_view();
    let unprintable = (!submission.unprintable.is_empty()).then(|| {
        let characters = submission
            .unprintable
            .iter()
            .map(|c| format!("“{c}”"))
            .collect::<Vec<_>>()
            .join(" ");
        let text = messages.text_with(
            "check-unprintable-text",
            vec![
                (
                    "marker",
                    crate::report::model::MISSING_CHARACTER_MARKER.into(),
                ),
                ("characters", characters.into()),
            ],
        );
        view! {
            <div class="inset-text unprintable">
                <h2 class="heading-s">{messages.text("check-unprintable-heading")}</h2>
                <p>{text}</p>
            </div>
        }
    });
    let problem = submission.problem.clone().map(
        |(problem, reference)| view! { <SendProblemNotice problem reference form=CHECK_FORM_ID /> },
    );
    let send_text = messages.about_the_chair(
        "check-send-text-shown-address",
        "check-send-text-hidden-address",
    );
    let title = messages.text("check-title");
    let page_title = if submission.problem.is_some() {
        format!(
            "{} {title} – {}",
            messages.text("report-error-title-prefix"),
            messages.text("site-name")
        )
    } else {
        format!("{title} – {}", messages.text("site-name"))
    };
    view! {
        <Title text=page_title />
        <PageFrame slug="report">
            {problem}
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{messages.text("check-lead")}</p>
            <form method="post" action=format!("{}/pdf", report_path(lang)) id=CHECK_FORM_ID novalidate>
                {hidden}
                {sections}
                {unprintable}
                <h2 class="heading-m">{messages.text("check-download-heading")}</h2>
                <p>{messages.text("check-download-text")}</p>
                <button type="submit" class="button">{messages.text("check-download-button")}</button>
                <h2 class="heading-m">{messages.text("check-send-heading")}</h2>
                <p>{send_text}</p>
                <p>{messages.text("check-send-privacy")}</p>
                <div class="honeypot" hidden>
                    <label for=HONEYPOT_FIELD>{messages.text("check-honeypot-label")}</label>
                    <input type="text" id=HONEYPOT_FIELD name=HONEYPOT_FIELD tabindex="-1" autocomplete="off" />
                </div>
                <button type="submit" class="button button-secondary" formaction=send_path(lang)>
                    {messages.text("check-send-button")}
                </button>
            </form>
        </PageFrame>
    }
}
