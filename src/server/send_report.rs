//! POST `/{lang}/report/send`: the report goes to the conference chair as a PDF, by email.
//! The recipient is the mailer's, fixed from the authority profile at start-up; nothing in the
//! request can add one. The parent sees the confirmation only once the relay has accepted the
//! message; any failure brings back "check your report" with every answer, the Download PDF
//! button, and what to do. Only the reference and the class of a failure are logged.

use axum::{
    body::Body,
    extract::{Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};

use crate::{
    i18n,
    report::validate::validate,
    routes::report::{ReportStage, ReportSubmission, SendProblem},
    server::{
        http::AppState,
        mail::{report_email, DeliveryError, Reference},
        report_routes::{
            back_to_the_questions, check_again_with_problem, make_pdf, messages_for, read_answers,
            render,
        },
    },
};

pub async fn send_to_chair(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let post = match read_answers(body).await {
        Ok(post) => post,
        Err(error) => return error.into_response(),
    };
    let answers = post.answers;
    let errors = validate(&answers);
    if !errors.is_empty() {
        let request = Request::from_parts(parts, Body::empty());
        return back_to_the_questions(&state, request, answers, errors).await;
    }
    let allowed = state.limits.allow_send(&parts);
    let request = Request::from_parts(parts, Body::empty());
    // A person never sees the honeypot. If it is filled, nothing is sent, but the page still
    // keeps every answer and offers the PDF, in case a person's browser filled it somehow.
    if post.honeypot_filled {
        tracing::warn!("report not sent: the hidden field was filled in");
        return check_again_with_problem(
            &state,
            request,
            answers,
            SendProblem::CannotSend,
            None,
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    if !allowed {
        tracing::warn!("report not sent: rate limit");
        return check_again_with_problem(
            &state,
            request,
            answers,
            SendProblem::TooManySends,
            None,
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await;
    }

    let reference = Reference::new();
    let messages = messages_for(&state, &lang);
    let pdf = match make_pdf(&messages, &answers).await {
        Ok(pdf) => pdf,
        Err(error) => {
            tracing::error!(%reference, error_kind = %error, "report not sent: no PDF");
            return check_again_with_problem(
                &state,
                request,
                answers,
                SendProblem::PdfFailed,
                Some(reference.to_string()),
                StatusCode::INTERNAL_SERVER_ERROR,
            )
            .await;
        }
    };
    // The chair reads the subject and the first part of the body in English.
    let english = messages_for(&state, i18n::default_language().code);
    let mailer = &state.mailer;
    let delivered = match report_email(
        &mailer.from,
        &mailer.chair,
        &english,
        &messages,
        &reference,
        pdf,
    ) {
        Ok(message) => mailer.deliver(&message).await,
        Err(_) => Err(DeliveryError::Protocol),
    };
    match delivered {
        Ok(()) => {
            tracing::info!(%reference, "report sent to the conference chair");
            let mut response = render(
                &state,
                request,
                ReportSubmission {
                    answers,
                    stage: ReportStage::Sent {
                        reference: reference.to_string(),
                    },
                    ..Default::default()
                },
            )
            .await;
            *response.status_mut() = StatusCode::OK;
            response
        }
        Err(error) => {
            tracing::warn!(%reference, error_class = %error, "report not sent");
            let (problem, status) = if error.may_work_later() {
                (SendProblem::TryLater, StatusCode::SERVICE_UNAVAILABLE)
            } else {
                (SendProblem::CannotSend, StatusCode::BAD_GATEWAY)
            };
            check_again_with_problem(
                &state,
                request,
                answers,
                problem,
                Some(reference.to_string()),
                status,
            )
            .await
        }
    }
}

#[cfg(test)]
mod tests;
