//! The parent's report, at `/{lang}/report`: one page of questions in six sections, then
//! "check your report" with a Download PDF button. Both are rendered for a GET (an empty form)
//! and for the form's POST, which hands its answers and errors to the page through
//! `ReportSubmission`. Nothing is stored: the answers travel in the form.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::{
    components::{
        error_summary::ErrorSummary,
        field::{ChoiceField, DateField, FieldState, TextField, TickField},
        page_frame::PageFrame,
        rich_text::RichText,
    },
    i18n::{self, use_messages, Messages},
    report::{
        model::{field, Answers, Kind, Section},
        validate::FieldError,
    },
    routes::{check_answers::CheckAnswers, not_found::NotFoundPage, report_sent::ReportSent},
};

/// Where the parent is in the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ReportStage {
    #[default]
    Writing,
    Checking,
    /// The relay took the message: the confirmation, with the reference it was sent under.
    Sent {
        reference: String,
    },
}

/// Why "check your report" is shown again after Send or Download PDF: each says what happened
/// and what to do, and the page still holds every answer and the Download PDF button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendProblem {
    /// The relay could not be reached, timed out, or kept saying "try later".
    TryLater,
    /// The relay refused the message, or something else will not clear up by itself.
    CannotSend,
    /// This client has sent too many reports in the last hour.
    TooManySends,
    /// This client has made too many PDFs in the last minute.
    TooManyPdfs,
    /// The PDF could not be made.
    PdfFailed,
}

impl SendProblem {
    /// Fluent ids of the title and the text.
    pub fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            SendProblem::TryLater => (
                "send-problem-try-later-title",
                "send-problem-try-later-text",
            ),
            SendProblem::CannotSend => (
                "send-problem-cannot-send-title",
                "send-problem-cannot-send-text",
            ),
            SendProblem::TooManySends => {
                ("send-problem-too-many-title", "send-problem-too-many-text")
            }
            SendProblem::TooManyPdfs => (
                "send-problem-pdf-too-many-title",
                "send-problem-pdf-too-many-text",
            ),
            SendProblem::PdfFailed => (
                "send-problem-pdf-failed-title",
                "send-problem-pdf-failed-text",
            ),
        }
    }

    /// Whether the parent should be shown how to send the PDF themselves.
    pub fn about_sending(self) -> bool {
        matches!(
            self,
            SendProblem::TryLater | SendProblem::CannotSend | SendProblem::TooManySends
        )
    }
}

/// What a POST to the report brought, for the page to show. A GET has none of it.
#[derive(Debug, Clone, Default)]
pub struct ReportSubmission {
    pub answers: Answers,
    pub errors: Vec<FieldError>,
    pub stage: ReportStage,
    /// Characters in the answers that the PDF cannot show (worked out on the server).
    pub unprintable: Vec<char>,
    /// What went wrong with sending or the PDF, if anything, and the reference it was tried
    /// under (so a parent who phones can quote it).
    pub problem: Option<(SendProblem, Option<String>)>,
}

/// The path of the report in a language.
pub fn report_path(lang: &str) -> String {
    format!("/{lang}/report")
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let known_language = use_params_map()
        .with_untracked(|params| params.get("lang"))
        .as_deref()
        .and_then(i18n::language)
        .is_some();
    if !known_language {
        return view! { <NotFoundPage /> }.into_any();
    }
    // What a parent typed must not stay in a cache on a shared phone.
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
    }
    let submission = use_context::<ReportSubmission>().unwrap_or_default();
    let description =
        view! { <Meta name="description" content=use_messages().text("report-description") /> };
    let page = match submission.stage {
        ReportStage::Writing => view! { <ReportForm submission /> }.into_any(),
        ReportStage::Checking => view! { <CheckAnswers submission /> }.into_any(),
        ReportStage::Sent { ref reference } => {
            let reference = reference.clone();
            view! { <ReportSent reference answers=submission.answers /> }.into_any()
        }
    };
    view! { {description} {page} }.into_any()
}

/// An error's message in words, with the field's own label as `$label`.
pub fn error_text(messages: &Messages, error: &FieldError) -> String {
    let label = field(error.field)
        .map(|field| messages.text(field.label))
        .unwrap_or_default();
    let mut args = vec![("label", label.into())];
    args.extend(
        error
            .numbers
            .iter()
            .map(|(name, number)| (*name, (*number).into())),
    );
    messages.text_with(error.message, args)
}

#[component]
fn ReportForm(submission: ReportSubmission) -> impl IntoView {
    let messages = use_messages();
    let lang = messages.language.code;
    let errors: Vec<(&'static str, String)> = submission
        .errors
        .iter()
        .map(|error| (error.field, error_text(&messages, error)))
        .collect();
    let title = messages.text("report-title");
    let page_title = if errors.is_empty() {
        format!("{title} – {}", messages.text("site-name"))
    } else {
        format!(
            "{} {title} – {}",
            messages.text("report-error-title-prefix"),
            messages.text("site-name")
        )
    };
    let sections = Section::ALL
        .into_iter()
        .map(|section| view! { <SectionFields section submission=submission.clone() /> })
        .collect_view();
    view! {
        <Title text=page_title />
        <PageFrame slug="report">
            <ErrorSummary title=messages.text("report-error-summary-title") errors />
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{messages.text("report-lead")}</p>
            <div class="warning-text">
                <span class="warning-text-icon" aria-hidden="true">"!"</span>
                <p class="warning-text-text">
                    <span class="visually-hidden">{messages.text("warning-prefix")}" "</span>
                    {messages.text("report-nothing-saved")}
                </p>
            </div>
            <p><RichText id="report-shared-device" /></p>
            <p>{messages.text("report-write-what-you-can")}</p>
            <form method="post" action=report_path(lang) novalidate>
                {sections}
                <button type="submit" class="button">{messages.text("report-continue")}</button>
            </form>
        </PageFrame>
    }
}

/// Fluent id of the words for an answer to "Are you planning to go?".
pub fn attending_label(option: &str) -> &'static str {
    match option {
        "yes" => "report-attending-yes",
        "no" => "report-attending-no",
        _ => "report-attending-not-sure",
    }
}

/// The error shown at a field, if any.
fn error_for(messages: &Messages, errors: &[FieldError], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|error| error.field == name)
        .map(|error| error_text(messages, error))
}

fn state(submission: &ReportSubmission, messages: &Messages, name: &'static str) -> FieldState {
    FieldState {
        field: field(name).expect("the form only asks for fields in FIELDS"),
        value: submission.answers.get(name).to_owned(),
        error: error_for(messages, &submission.errors, name),
    }
}

#[component]
fn SectionFields(section: Section, submission: ReportSubmission) -> impl IntoView {
    let messages = use_messages();
    let anchor = section.anchor();
    let mut controls = Vec::new();
    for field in section.fields() {
        let name = field.name;
        match field.kind {
            Kind::DatePart { .. } if name == "conference-day" => {
                let date_error = ["conference-day", "conference-month", "conference-year"]
                    .into_iter()
                    .find_map(|part| error_for(&messages, &submission.errors, part));
                controls.push(
                    view! {
                        <DateField
                            day=state(&submission, &messages, "conference-day")
                            month=state(&submission, &messages, "conference-month")
                            year=state(&submission, &messages, "conference-year")
                            error=date_error
                        />
                    }
                    .into_any(),
                );
            }
            Kind::DatePart { .. } => {}
            Kind::Choice { options } => {
                let option_labels = options
                    .iter()
                    .map(|option| messages.text(attending_label(option)))
                    .collect();
                controls.push(view! { <ChoiceField state=state(&submission, &messages, name) options option_labels /> }.into_any());
            }
            Kind::Tick if name == "need-interpreter" => {
                // The tick boxes form one group, opened by the first of them.
                let group = ["need-interpreter", "interpreter-language", "need-advocate", "need-access-help"]
                    .into_iter()
                    .map(|member| {
                        let member_state = state(&submission, &messages, member);
                        match member_state.field.kind {
                            Kind::Tick => view! { <TickField state=member_state /> }.into_any(),
                            _ => view! { <div class="checkboxes-conditional"><TextField state=member_state /></div> }.into_any(),
                        }
                    })
                    .collect_view();
                controls.push(
                    view! {
                        <div class="form-group">
                            <fieldset class="fieldset" aria-describedby="help-legend-hint">
                                <legend class="fieldset-legend-s">{messages.text("report-help-legend")}</legend>
                                <p id="help-legend-hint" class="hint">{messages.text("report-help-legend-hint")}</p>
                                <div class="checkboxes">{group}</div>
                            </fieldset>
                        </div>
                    }
                    .into_any(),
                );
            }
            Kind::Tick => {}
            Kind::Line { .. } if name == "interpreter-language" => {}
            Kind::Line { .. } | Kind::Text { .. } => {
                controls.push(
                    view! { <TextField state=state(&submission, &messages, name) /> }.into_any(),
                );
            }
        }
    }
    view! {
        <section class="report-section" id=anchor aria-labelledby=format!("{anchor}-heading")>
            <h2 class="heading-l" id=format!("{anchor}-heading")>{messages.text(section.heading())}</h2>
            <p class="hint">{messages.text(section.intro())}</p>
            {controls}
        </section>
    }
}
