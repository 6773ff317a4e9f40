//! What went wrong with sending (or the PDF), at the top of "check your report": a box that
//! takes focus when the page loads, like the error summary, says what happened, and, when the
//! report did not reach the chair, how the parent can send it themselves.

use leptos::prelude::*;

use crate::{forms::journey::Problem, i18n::use_messages};

/// `form` is the id of the form that holds the answers: the notice's own Download PDF button
/// submits it (the HTML `form` attribute, so no script is needed).
#[component]
pub fn SendProblemNotice(
    problem: Problem,
    reference: Option<String>,
    form: &'static str,
) -> impl IntoView {
    let messages = use_messages();
    let (title_id, text_id) = problem.message_ids();
    let reference = reference.map(|reference| {
        view! {
            <p>{messages.text_with("send-problem-reference", vec![("reference", reference.into())])}</p>
        }
    });
    let send_yourself = problem.about_sending().then(|| {
        let where_to_send =
            messages.about_the_chair("send-yourself-email-chair", "send-yourself-social-worker");
        view! {
            <h3 class="heading-s">{messages.text("send-yourself-heading")}</h3>
            <ul class="list list-bullet">
                <li>{messages.text("send-yourself-download")}</li>
                <li>{where_to_send}</li>
                <li>{messages.text("send-yourself-bring")}</li>
                <li>{messages.text("send-yourself-phone")}</li>
            </ul>
            <button type="submit" class="button" form=form>{messages.text("check-download-button")}</button>
        }
    });
    view! {
        <div class="error-summary send-problem" tabindex="-1" autofocus>
            <div role="alert">
                <h2 class="error-summary-title">{messages.text(title_id)}</h2>
                <p>{messages.text(text_id)}</p>
                {reference}
            </div>
            {send_yourself}
        </div>
    }
}
