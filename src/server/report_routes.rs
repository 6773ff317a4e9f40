//! The report's two form posts. Each reads the answers from the body, decides what the parent
//! sees next, and renders that page through Leptos with the answers attached to the request,
//! so a mistake or a failure never costs a word. Nothing is kept after the response.

use axum::{
    body::{to_bytes, Body},
    extract::{Path, Request, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use chrono::Utc;

use crate::{
    i18n::{self, Messages},
    report::{
        model::{Answers, Section, FIELDS},
        validate::{conference_date, validate},
    },
    routes::{
        check_answers::HONEYPOT_FIELD,
        report::{attending_label, ReportStage, ReportSubmission, SendProblem},
    },
    server::{
        http::{plain_page, AppState},
        pdf::{self, ReportDocument, ReportEntry, ReportSection},
    },
};

/// The largest report body we read: every field at its limit, percent-encoded (up to 12 bytes
/// for one character), with room to spare. Larger bodies are refused before they are read.
pub const REPORT_BODY_LIMIT: usize = 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum ReportFormError {
    #[error("the form could not be read")]
    Unreadable,
}

impl IntoResponse for ReportFormError {
    fn into_response(self) -> Response {
        plain_page(
            StatusCode::BAD_REQUEST,
            "error-bad-form-title",
            "error-bad-form-text",
        )
    }
}

/// The name/value pairs of a form body. Browsers send our forms as UTF-8, so anything else is
/// refused rather than decoded with replacement characters that would change the parent's words.
pub fn decode_form(bytes: &[u8]) -> Result<Vec<(String, String)>, ReportFormError> {
    fn decode(part: &[u8]) -> Result<String, ReportFormError> {
        let spaced: Vec<u8> = part
            .iter()
            .map(|byte| if *byte == b'+' { b' ' } else { *byte })
            .collect();
        let text = percent_encoding::percent_decode(&spaced)
            .decode_utf8()
            .map_err(|_| ReportFormError::Unreadable)?;
        // No keyboard types a NUL: one in a form means the request was made by hand.
        if text.contains('\0') {
            return Err(ReportFormError::Unreadable);
        }
        Ok(text.into_owned())
    }
    bytes
        .split(|byte| *byte == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let mut halves = pair.splitn(2, |byte| *byte == b'=');
            let name = decode(halves.next().unwrap_or_default())?;
            let value = decode(halves.next().unwrap_or_default())?;
            Ok((name, value))
        })
        .collect()
}

/// What a report form post carries.
pub(crate) struct ReportPost {
    pub answers: Answers,
    /// The section a Change button asked for.
    pub change: Option<Section>,
    /// Whether the field people never see was filled in (see `HONEYPOT_FIELD`).
    pub honeypot_filled: bool,
}

pub(crate) async fn read_answers(body: Body) -> Result<ReportPost, ReportFormError> {
    let bytes = to_bytes(body, REPORT_BODY_LIMIT)
        .await
        .map_err(|_| ReportFormError::Unreadable)?;
    let pairs = decode_form(&bytes)?;
    let change = pairs
        .iter()
        .find(|(name, _)| name == "change")
        .and_then(|(_, value)| Section::from_anchor(value));
    let honeypot_filled = pairs
        .iter()
        .any(|(name, value)| name == HONEYPOT_FIELD && !value.trim().is_empty());
    let answers = Answers::from_form(
        pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    );
    Ok(ReportPost {
        answers,
        change,
        honeypot_filled,
    })
}

/// Characters in any answer that the PDF cannot draw, each once.
pub(crate) fn unprintable(answers: &Answers) -> Vec<char> {
    let mut found: Vec<char> = Vec::new();
    for (_, value) in answers.filled() {
        for character in pdf::characters_that_cannot_be_printed(value) {
            if !found.contains(&character) {
                found.push(character);
            }
        }
    }
    found
}

/// Renders the report page (whichever address was posted to) with the submission attached.
pub(crate) async fn render(
    state: &AppState,
    request: Request,
    submission: ReportSubmission,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let lang = parts
        .uri
        .path()
        .split('/')
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    if let Ok(uri) = crate::routes::report::report_path(&lang).parse() {
        parts.uri = uri;
    }
    let has_errors = !submission.errors.is_empty();
    parts.extensions.insert(submission);
    let mut response = (state.render_page)(Request::from_parts(parts, Body::empty())).await;
    if has_errors {
        // The form again, with what to fix: a normal page to the parent, and a 4xx to anything
        // that counts statuses.
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

/// POST `/{lang}/report`: from the form to "check your report", or back to the form with its
/// errors; or, from "check your report", back to the form to change a section.
pub async fn submit_report(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let ReportPost {
        answers, change, ..
    } = match read_answers(body).await {
        Ok(read) => read,
        Err(error) => return error.into_response(),
    };
    let request = Request::from_parts(parts, Body::empty());
    let submission = if change.is_some() {
        ReportSubmission {
            answers,
            ..Default::default()
        }
    } else {
        let errors = validate(&answers);
        if errors.is_empty() {
            let unprintable = unprintable(&answers);
            ReportSubmission {
                answers,
                errors,
                stage: ReportStage::Checking,
                unprintable,
                problem: None,
            }
        } else {
            ReportSubmission {
                answers,
                errors,
                ..Default::default()
            }
        }
    };
    render(&state, request, submission).await
}

/// The questions again, with what is wrong: for a Download or Send whose answers do not pass
/// (a form changed or cut short on the way).
pub(crate) async fn back_to_the_questions(
    state: &AppState,
    request: Request,
    answers: Answers,
    errors: Vec<crate::report::validate::FieldError>,
) -> Response {
    render(
        state,
        request,
        ReportSubmission {
            answers,
            errors,
            ..Default::default()
        },
    )
    .await
}

/// "Check your report" again, with every answer and a notice of what went wrong.
pub(crate) async fn check_again_with_problem(
    state: &AppState,
    request: Request,
    answers: Answers,
    problem: SendProblem,
    reference: Option<String>,
    status: StatusCode,
) -> Response {
    let unprintable = unprintable(&answers);
    let mut response = render(
        state,
        request,
        ReportSubmission {
            answers,
            stage: ReportStage::Checking,
            unprintable,
            problem: Some((problem, reference)),
            ..Default::default()
        },
    )
    .await
    .into_response();
    *response.status_mut() = status;
    response
}

/// The messages for a language code from the path (the router only sends known ones here).
pub(crate) fn messages_for(state: &AppState, lang: &str) -> Messages {
    Messages {
        language: i18n::language(lang).unwrap_or_else(i18n::default_language),
        profile: state.profile.clone(),
    }
}

/// Makes the PDF of the report, off the threads that answer other requests (it takes a few
/// milliseconds of CPU).
pub(crate) async fn make_pdf(
    messages: &Messages,
    answers: &Answers,
) -> Result<Vec<u8>, pdf::PdfError> {
    let document = report_document(messages, answers);
    tokio::task::spawn_blocking(move || pdf::render(&document))
        .await
        .unwrap_or(Err(pdf::PdfError::Unexpected("the PDF task stopped")))
}

/// POST `/{lang}/report/pdf`: the PDF, or the form again if the answers do not pass (a form
/// changed on the way), or "check your report" again, with a notice, if the PDF cannot be
/// made now.
pub async fn download_pdf(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let answers = match read_answers(body).await {
        Ok(post) => post.answers,
        Err(error) => return error.into_response(),
    };
    let allowed = state.limits.allow_pdf(&parts);
    let request = Request::from_parts(parts, Body::empty());
    let errors = validate(&answers);
    if !errors.is_empty() {
        return back_to_the_questions(&state, request, answers, errors).await;
    }
    if !allowed {
        tracing::warn!("PDF refused: rate limit");
        return check_again_with_problem(
            &state,
            request,
            answers,
            SendProblem::TooManyPdfs,
            None,
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await;
    }
    let messages = messages_for(&state, &lang);
    match make_pdf(&messages, &answers).await {
        Ok(bytes) => {
            let file_name = format!(
                "{}-{}.pdf",
                messages.text("pdf-file-name"),
                conference_date(&answers)
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| Utc::now().date_naive())
                    .format("%Y-%m-%d")
            );
            let disposition = HeaderValue::from_str(&format!(
                "attachment; filename=\"{}\"",
                ascii_file_name(&file_name)
            ))
            .unwrap_or_else(|_| HeaderValue::from_static("attachment; filename=\"report.pdf\""));
            (
                [
                    (
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("application/pdf"),
                    ),
                    (header::CONTENT_DISPOSITION, disposition),
                    (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
                ],
                bytes,
            )
                .into_response()
        }
        Err(error) => {
            // Only the kind of failure is logged: never a word of the report.
            tracing::error!(error_kind = %error, "the report PDF could not be made");
            check_again_with_problem(
                &state,
                request,
                answers,
                SendProblem::PdfFailed,
                None,
                StatusCode::INTERNAL_SERVER_ERROR,
            )
            .await
        }
    }
}

/// The file name is ours, but a translated word could carry any character: keep it to
/// letters, digits and dashes so the header is always valid.
fn ascii_file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The report as the PDF shows it: every word in the parent's language, nothing left out.
pub fn report_document(messages: &Messages, answers: &Answers) -> ReportDocument {
    let mut details = vec![(
        messages.text("pdf-council"),
        messages.profile.council.name.clone(),
    )];
    let date = match conference_date(answers) {
        Ok(Some(date)) => messages.long_date(date),
        _ => messages.text("pdf-date-not-given"),
    };
    details.push((messages.text("pdf-conference-date"), date));
    details.push((
        messages.text("pdf-written-by"),
        answers.get("parent-name").to_owned(),
    ));
    if !answers.get("relationship").is_empty() {
        details.push((
            messages.text("pdf-relationship"),
            answers.get("relationship").to_owned(),
        ));
    }
    details.push((
        messages.text("pdf-about"),
        answers.get("child-names").to_owned(),
    ));

    let mut sections = Vec::new();
    for section in Section::ALL
        .into_iter()
        .filter(|section| *section != Section::About)
    {
        let mut entries = Vec::new();
        let mut help = Vec::new();
        for field in FIELDS.iter().filter(|field| field.section == section) {
            let value = answers.get(field.name);
            if value.trim().is_empty() {
                continue;
            }
            match field.name {
                "attending" => entries.push(ReportEntry {
                    label: messages.text(field.label),
                    text: messages.text(attending_label(value)),
                }),
                "need-interpreter" | "need-advocate" | "need-access-help" => {
                    help.push(messages.text(field.label))
                }
                "interpreter-language" => {
                    help.push(format!("{}: {value}", messages.text(field.label)))
                }
                _ => entries.push(ReportEntry {
                    label: messages.text(field.label),
                    text: value.to_owned(),
                }),
            }
        }
        if !help.is_empty() {
            entries.push(ReportEntry {
                label: messages.text("pdf-help-needed"),
                text: help.join("\n"),
            });
        }
        if !entries.is_empty() {
            sections.push(ReportSection {
                heading: messages.text(section.heading()),
                entries,
            });
        }
    }
    ReportDocument {
        language: messages.language.code.to_owned(),
        title: messages.text("pdf-title"),
        details,
        sections,
        footer: messages.text("pdf-footer"),
        page_number_template: messages.text("pdf-page-number"),
        created: Utc::now(),
    }
}

#[cfg(test)]
mod tests {
    use crate::server::{
        http::tests::{send, test_router},
        profile::EXAMPLE_ENGLAND,
    };
    use axum::{body::Body, http::Request as HttpRequest, Router};
    use http::{header, HeaderMap, StatusCode};

    async fn post(
        router: &Router,
        path: &str,
        body: &str,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let builder = HttpRequest::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        send(router, builder, headers, Body::from(body.to_owned())).await
    }

    fn form(pairs: &[(&str, &str)]) -> String {
        serde_urlencoded::to_string(pairs).expect("encodable")
    }

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    const VALID: &[(&str, &str)] = &[
        ("parent-name", "Ann Example"),
        ("child-names", "Sam"),
        (
            "going-well",
            "Sam laughs a lot.\nHe likes school & <football>.",
        ),
    ];

    #[tokio::test]
    async fn the_empty_form_is_an_island_page_that_is_never_cached() {
        let router = test_router(EXAMPLE_ENGLAND);
        let (status, headers, body) =
            crate::server::http::tests::get(&router, "/en/report", &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        assert!(body.contains("<form method=\"post\" action=\"/en/report\""));
        assert!(
            body.contains("<leptos-island"),
            "the character counts are islands"
        );
        assert!(
            body.contains("conference_guide.js"),
            "island pages load the hydration script"
        );
        let nonce = headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .expect("ascii")
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("a nonce")
            .to_owned();
        for script in body.split("<script").skip(1) {
            let tag = script.split('>').next().unwrap_or_default();
            assert!(
                tag.contains(" src=") || tag.contains(&format!("nonce=\"{nonce}\"")),
                "an inline script without the page's nonce: {tag}"
            );
        }
    }

    #[tokio::test]
    async fn an_empty_submission_lists_every_problem_and_says_error_in_the_title() {
        let router = test_router(EXAMPLE_ENGLAND);
        let (status, headers, body) = post(&router, "/en/report", "", &[]).await;
        let body = text(&body);
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        assert!(body.contains("<title>Error: "), "{body}");
        assert!(body.contains("class=\"error-summary\""));
        for link in [
            "href=\"#parent-name\"",
            "href=\"#child-names\"",
            "href=\"#going-well\"",
        ] {
            assert!(body.contains(link), "{link}");
        }
        assert!(body.contains("aria-describedby=\"parent-name-hint parent-name-error\""));
    }

    #[tokio::test]
    async fn a_too_long_answer_is_an_error_that_keeps_every_word() {
        let router = test_router(EXAMPLE_ENGLAND);
        let long = format!("{} ŵ <b>bold</b> & end", "word ".repeat(1_100));
        let (_, _, body) = post(
            &router,
            "/en/report",
            &form(&[
                ("parent-name", "Ann"),
                ("child-names", "Sam"),
                ("family-does-well", &long),
            ]),
            &[],
        )
        .await;
        let body = text(&body);
        assert!(body.contains("href=\"#family-does-well\""));
        assert!(
            body.contains("must be 5000 characters or fewer"),
            "the error says the limit"
        );
        let escaped = long
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            body.contains(&escaped),
            "the text area holds exactly what was typed"
        );
    }

    #[tokio::test]
    async fn valid_answers_lead_to_check_your_report_with_the_answers_carried_in_the_form() {
        let router = test_router(EXAMPLE_ENGLAND);
        let (status, _, body) = post(&router, "/en/report", &form(VALID), &[]).await;
        let body = text(&body);
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("<h1 class=\"heading-xl\">Check your report</h1>"));
        assert!(body.contains("action=\"/en/report/pdf\""));
        assert!(body.contains("formaction=\"/en/report#strengths\""));
        assert!(body.contains("type=\"hidden\" name=\"going-well\" value=\"Sam laughs a lot.\nHe likes school &amp; &lt;football&gt;.\""), "{body}");
    }

    #[tokio::test]
    async fn change_returns_to_the_form_with_every_answer() {
        let router = test_router(EXAMPLE_ENGLAND);
        let mut pairs = VALID.to_vec();
        pairs.push(("change", "strengths"));
        let (_, _, body) = post(&router, "/en/report", &form(&pairs), &[]).await;
        let body = text(&body);
        assert!(body.contains(
            "<h1 class=\"heading-xl\">Write down what you want the conference to hear</h1>"
        ));
        assert!(!body.contains("class=\"error-summary\""));
        assert!(body.contains("value=\"Ann Example\""));
        assert!(
            body.contains(
                ">\nSam laughs a lot.\nHe likes school &amp; &lt;football&gt;.</textarea>"
            ),
            "{body}"
        );
    }

    #[tokio::test]
    async fn the_pdf_is_a_download_with_our_file_name_and_never_cached() {
        let router = test_router(EXAMPLE_ENGLAND);
        let mut pairs = VALID.to_vec();
        pairs.extend([
            ("conference-day", "3"),
            ("conference-month", "12"),
            ("conference-year", "2026"),
        ]);
        let (status, headers, body) = post(&router, "/en/report/pdf", &form(&pairs), &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
        assert_eq!(
            headers[header::CONTENT_DISPOSITION],
            "attachment; filename=\"conference-report-2026-12-03.pdf\""
        );
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        assert!(body.starts_with(b"%PDF-"));
    }

    #[tokio::test]
    async fn a_tampered_pdf_request_goes_back_to_the_form_with_its_errors() {
        let router = test_router(EXAMPLE_ENGLAND);
        let (status, headers, body) = post(
            &router,
            "/en/report/pdf",
            &form(&[("going-well", "kept")]),
            &[],
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_ne!(headers[header::CONTENT_TYPE], "application/pdf");
        let body = text(&body);
        assert!(body.contains("href=\"#parent-name\""));
        assert!(body.contains(">\nkept</textarea>"));
    }

    #[tokio::test]
    async fn posts_from_other_sites_are_refused() {
        let router = test_router(EXAMPLE_ENGLAND);
        for headers in [
            &[("sec-fetch-site", "cross-site")][..],
            &[
                ("origin", "https://evil.example"),
                ("host", "guide.example"),
            ][..],
        ] {
            let (status, _, body) = post(&router, "/en/report/pdf", &form(VALID), headers).await;
            assert_eq!(status, StatusCode::FORBIDDEN);
            assert!(text(&body).contains("This form can only be sent from this website"));
        }
        let (status, _, _) = post(
            &router,
            "/en/report",
            &form(VALID),
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _, _) = post(
            &router,
            "/en/report",
            &form(VALID),
            &[
                ("origin", "http://guide.example"),
                ("host", "guide.example"),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::OK);
    }

    #[tokio::test]
    async fn a_body_that_is_not_a_form_gets_a_clear_400() {
        let router = test_router(EXAMPLE_ENGLAND);
        let builder = HttpRequest::post("/en/report")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        let (status, _, _) = send(
            &router,
            builder,
            &[],
            Body::from(vec![b'a', b'=', 0xff, 0xfe]),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }

    #[tokio::test]
    async fn nothing_the_parent_writes_reaches_the_log() {
        let captured = crate::server::http::tests::capture_logs();
        let router = test_router(EXAMPLE_ENGLAND);
        let sentinel = "SENTINEL-the-cat-sat-on-the-mat";
        let pairs: Vec<(&str, &str)> = crate::report::model::FIELDS
            .iter()
            .filter(|field| {
                matches!(
                    field.kind,
                    crate::report::model::Kind::Line { .. }
                        | crate::report::model::Kind::Text { .. }
                )
            })
            .map(|field| (field.name, sentinel))
            .collect();
        post(&router, "/en/report", &form(&pairs), &[]).await;
        post(&router, "/en/report/pdf", &form(&pairs), &[]).await;
        post(&router, "/en/report", "", &[]).await;
        let log = captured.text();
        assert!(
            log.contains("/en/report/pdf"),
            "the requests were logged: {log}"
        );
        assert!(!log.contains("SENTINEL"), "{log}");
    }

    #[test]
    fn form_bodies_decode_strictly() {
        assert_eq!(
            super::decode_form(b"a=1+2&b=%C5%B5%0D%0A&c&=x").expect("valid"),
            vec![
                ("a".into(), "1 2".into()),
                ("b".into(), "ŵ\r\n".into()),
                ("c".into(), "".into()),
                ("".into(), "x".into())
            ]
        );
        assert!(super::decode_form(b"a=%FF").is_err());
        assert!(super::decode_form(&[b'a', b'=', 0xC3]).is_err());
    }

    #[tokio::test]
    async fn an_unknown_language_is_a_404_for_the_form_too() {
        let router = test_router(EXAMPLE_ENGLAND);
        let (status, _, _) = crate::server::http::tests::get(&router, "/xx/report", &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}
