//! The form posts, for every form: read the body, let the form engine decide what comes next,
//! and do the work it asks for (make the PDF, send it to the chair), then render the page with
//! every answer kept. No form has handlers of its own; nothing is kept after the response, and
//! only the reference and the kind of a failure are ever logged.

use axum::{
    body::{to_bytes, Body},
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use chrono::{NaiveDate, Utc};
use futures_util::StreamExt;

use crate::{
    dates_form,
    forms::{
        decode::{post_from_pairs, read_post, DrawingProblem, DRAWING_FIELD},
        definition::{Ending, Question, ResultKind},
        document::{sent_document, with_picture, ReportEntry, Words},
        journey::{self, Action, Next, Problem, Screen, SendOutcome, Step},
        validate::date_answer,
        Answers,
    },
    i18n::{self, Language, Messages},
    paths::{FormStep, SitePath},
    server::{
        drawing::{self, SafePicture},
        error::HttpError,
        mail::{report_email, DeliveryError, Reference},
        pdf,
        render::render_with,
        state::AppState,
    },
    site::{self, Destination},
};

/// The largest form body we read: every field at its limit, percent-encoded (up to 12 bytes for
/// one character), with room to spare. Larger bodies are refused before they are read.
pub const FORM_BODY_LIMIT: usize = 1024 * 1024;

/// The largest body on the one kind of address that takes a picture (a form with an upload,
/// its PDF or send address, sent as multipart): the answers and the picture. The answers come
/// first in the page, so a picture cut off by this limit still leaves every answer readable.
pub const DRAWING_BODY_LIMIT: usize = FORM_BODY_LIMIT + drawing::MAX_DRAWING_BYTES;

/// Whether a post may carry a picture: a form with an upload, at its PDF or send address, sent
/// as `multipart/form-data`. Every other post stays a plain form under the plain limit.
pub fn takes_a_picture(request: &Request) -> bool {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("multipart/form-data"));
    multipart
        && SitePath::parse(request.uri().path())
            .and_then(|path| site::resolve(&path))
            .is_some_and(|destination| {
                matches!(
                    destination,
                    Destination::Form(form, FormStep::Pdf | FormStep::Send)
                        if form.drawing.is_some()
                )
            })
}

/// A multipart post's fields as name/value pairs, and the picture's bytes if one was chosen
/// (a file box left empty sends a part with no bytes). A picture over the limit, whether the
/// part or the whole body ran over, is `TooLarge` with every field before it kept.
async fn read_multipart(
    request: Request,
) -> Result<
    (
        Vec<(String, String)>,
        Option<Result<Vec<u8>, DrawingProblem>>,
    ),
    HttpError,
> {
    let boundary = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| multer::parse_boundary(value).ok())
        .ok_or(HttpError::BadForm)?;
    // The body ends at the limit: what came before (the answers, which come first in the
    // page) is read in full, and the picture that ran over is "too large". A limit on the
    // declared length, or on the whole stream in multer (which reads ahead), would refuse
    // the answers with it.
    let cut_off = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stream = {
        let cut_off = cut_off.clone();
        request
            .into_body()
            .into_data_stream()
            .flat_map(|chunk| futures_util::stream::iter(in_pieces(chunk)))
            .scan(0usize, move |seen, piece| {
                if let Ok(bytes) = &piece {
                    *seen += bytes.len();
                    if *seen > DRAWING_BODY_LIMIT {
                        cut_off.store(true, std::sync::atomic::Ordering::Relaxed);
                        return std::future::ready(None);
                    }
                }
                std::future::ready(Some(piece))
            })
    };
    let limits = multer::Constraints::new().size_limit(
        multer::SizeLimit::new()
            .per_field(FORM_BODY_LIMIT as u64)
            .for_field(DRAWING_FIELD, drawing::MAX_DRAWING_BYTES as u64 + 1),
    );
    let mut multipart = multer::Multipart::with_constraints(stream, boundary, limits);
    let was_cut_off = || cut_off.load(std::sync::atomic::Ordering::Relaxed);
    let mut pairs = Vec::new();
    let mut picture = None;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) if is_length_limit(&error) || was_cut_off() => {
                // The body ran over while the picture was read: the answers are all here.
                picture = Some(Err(DrawingProblem::TooLarge));
                break;
            }
            Err(_) => return Err(HttpError::BadForm),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == DRAWING_FIELD {
            let mut bytes = Vec::new();
            let mut too_large = false;
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => {
                        if bytes.len() + chunk.len() > drawing::MAX_DRAWING_BYTES {
                            too_large = true;
                        } else if !too_large {
                            bytes.extend_from_slice(&chunk);
                        }
                    }
                    Ok(None) => break,
                    Err(error) if is_length_limit(&error) || was_cut_off() => {
                        too_large = true;
                        break;
                    }
                    Err(_) => return Err(HttpError::BadForm),
                }
            }
            if too_large {
                picture = Some(Err(DrawingProblem::TooLarge));
                // Whatever follows is past the limit; the answers came before.
                break;
            }
            if !bytes.is_empty() && picture.is_none() {
                picture = Some(Ok(bytes));
            }
        } else {
            let text = field.text().await.map_err(|error| {
                if is_length_limit(&error) {
                    HttpError::TooLarge
                } else {
                    HttpError::BadForm
                }
            })?;
            pairs.push((name, text));
        }
    }
    Ok((pairs, picture))
}

/// A chunk of a body as pieces of at most 64 KiB (the bytes are shared, not copied).
fn in_pieces(
    chunk: Result<axum::body::Bytes, axum::Error>,
) -> Vec<Result<axum::body::Bytes, axum::Error>> {
    const PIECE: usize = 64 * 1024;
    match chunk {
        Ok(bytes) => (0..bytes.len())
            .step_by(PIECE)
            .map(|start| Ok(bytes.slice(start..bytes.len().min(start + PIECE))))
            .collect(),
        Err(error) => vec![Err(error)],
    }
}

/// Whether a multipart error is the body or a field running past its size limit.
fn is_length_limit(error: &multer::Error) -> bool {
    if matches!(error, multer::Error::FieldSizeExceeded { .. }) {
        return true;
    }
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = cause {
        if current.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        cause = current.source();
    }
    false
}

/// POST to any form address: `/{lang}/{form}` (Continue, Change), `/{lang}/{form}/pdf` and
/// `/{lang}/{form}/send`. The path is checked before anything is read or done, so a post to an
/// unknown language or form does nothing.
pub async fn post_form(State(state): State<AppState>, request: Request) -> Response {
    let Some(path) = SitePath::parse(request.uri().path()) else {
        return HttpError::NotFound.into_response();
    };
    let (form, step) = match site::resolve(&path) {
        Some(Destination::Form(form, step)) => (form, step),
        Some(Destination::Guide(..)) => return wrong_method(),
        _ => return HttpError::NotFound.into_response(),
    };
    let messages = messages_in(&state, path.language);
    let (parts, mut post, picture) = if takes_a_picture(&request) {
        let (parts, body) = request.into_parts();
        let request = Request::from_parts(parts.clone(), body);
        let (pairs, picture) = match read_multipart(request).await {
            Ok(read) => read,
            Err(error) => return error.into_response(),
        };
        // Decoded off the threads that answer other requests: a big photo takes a moment.
        let picture = match picture {
            None => None,
            Some(Err(problem)) => Some(Err(problem)),
            Some(Ok(bytes)) => Some(
                tokio::task::spawn_blocking(move || drawing::make_safe(&bytes))
                    .await
                    .unwrap_or(Err(DrawingProblem::Damaged)),
            ),
        };
        (parts, post_from_pairs(form, &pairs), picture)
    } else {
        let (parts, body) = request.into_parts();
        let bytes = match to_bytes(body, FORM_BODY_LIMIT).await {
            Ok(bytes) => bytes,
            Err(error) => return body_error(&error).into_response(),
        };
        let Ok(post) = read_post(form, &bytes) else {
            return HttpError::BadForm.into_response();
        };
        (parts, post, None)
    };
    let picture = match picture {
        Some(Err(problem)) => {
            // Only the kind of problem is logged, never the file or its name.
            tracing::info!(?problem, "a picture was not used");
            post.drawing_problem = Some(problem);
            None
        }
        Some(Ok(picture)) => Some(picture),
        None => None,
    };
    let action = match step {
        FormStep::Questions => Action::Continue,
        FormStep::Pdf => Action::DownloadPdf,
        FormStep::Send => Action::Send,
        FormStep::Calendar => Action::Calendar,
    };
    let next = journey::after_post(action, post, &messages.month_words(), |work| match work {
        journey::Work::MakePdf => state.limits.allow_pdf(&parts),
        journey::Work::Send => state.limits.allow_send(&parts),
    });
    let request = Request::from_parts(parts, Body::empty());
    match next {
        Next::Show(screen) => {
            match screen.problem.as_ref().map(|(problem, _)| *problem) {
                Some(Problem::TooManyPdfs) => tracing::warn!("PDF refused: rate limit"),
                Some(Problem::TooManySends) => tracing::warn!("report not sent: rate limit"),
                Some(Problem::HiddenFieldFilled) => {
                    tracing::warn!("report not sent: the hidden field was filled in")
                }
                _ => {}
            }
            show(&state, request, screen).await
        }
        Next::MakePdf(answers) => match make_pdf(&messages, &answers, picture, None).await {
            Ok(bytes) => pdf_download(&messages, &answers, bytes),
            Err(error) => {
                tracing::error!(error_kind = %error, "the PDF could not be made");
                show(&state, request, journey::after_pdf_failed(answers)).await
            }
        },
        Next::MakeCalendar {
            answers,
            named_titles,
        } => match answers.form.ending {
            Ending::Result(ResultKind::Dates) => {
                match dates_form::calendar(&answers, &messages, named_titles, Utc::now()) {
                    Some(file) => calendar_download(&messages, &answers, file),
                    // Valid answers always give dates; a date at the calendar's end shows
                    // the result page, which says the same.
                    None => show(&state, request, Screen::result(answers)).await,
                }
            }
            Ending::CheckThenPdfOrSend => HttpError::NotFound.into_response(),
        },
        Next::Send(answers) => {
            let reference = Reference::new();
            let outcome = send_to_chair(&state, &messages, &answers, picture, &reference).await;
            show(
                &state,
                request,
                journey::after_send(answers, outcome, reference.to_string()),
            )
            .await
        }
    }
}

/// A post to a guide page: only GET and HEAD are answered there.
fn wrong_method() -> Response {
    let mut response = HttpError::WrongMethod.into_response();
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("GET,HEAD"));
    response
}

/// A body cut off by the size limit is "too large", whether or not it said its length; any
/// other failure to read it is a bad form.
fn body_error(error: &axum::Error) -> HttpError {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = cause {
        if current.is::<http_body_util::LengthLimitError>() {
            return HttpError::TooLarge;
        }
        cause = current.source();
    }
    HttpError::BadForm
}

/// Renders the form's page for a screen, at the form's own address (so the questions get their
/// islands), with the status that says how it went.
async fn show(state: &AppState, request: Request, mut screen: Screen) -> Response {
    if screen.step == Step::Check {
        screen.unprintable = unprintable(&screen.answers);
    }
    let status = status_of(&screen);
    let (mut parts, body) = request.into_parts();
    if let Some(path) = SitePath::parse(parts.uri.path()) {
        let form = screen.answers.form;
        if let Ok(uri) = SitePath::form(path.language, form.slug, FormStep::Questions)
            .href()
            .parse()
        {
            parts.uri = uri;
        }
    }
    let mut response =
        render_with(&state.render_page, Request::from_parts(parts, body), screen).await;
    *response.status_mut() = status;
    response
}

/// A normal page to the person; a status that says what happened to anything that counts them.
fn status_of(screen: &Screen) -> StatusCode {
    if !screen.errors.is_empty() {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    match screen.problem.as_ref().map(|(problem, _)| *problem) {
        None => StatusCode::OK,
        Some(Problem::TryLater) => StatusCode::SERVICE_UNAVAILABLE,
        Some(Problem::CannotSend) => StatusCode::BAD_GATEWAY,
        Some(Problem::HiddenFieldFilled) => StatusCode::BAD_REQUEST,
        Some(Problem::TooManySends | Problem::TooManyPdfs) => StatusCode::TOO_MANY_REQUESTS,
        Some(Problem::PdfFailed) => StatusCode::INTERNAL_SERVER_ERROR,
        Some(Problem::Drawing(_)) => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// Characters that the PDF cannot draw, each once per answer, under the answer's label.
fn unprintable(answers: &Answers) -> Vec<(&'static str, Vec<char>)> {
    let mut found: Vec<(&'static str, Vec<char>)> = Vec::new();
    for (input, value) in answers.filled() {
        let Some(label) = answers.form.label_of(input.name) else {
            continue;
        };
        for character in pdf::characters_that_cannot_be_printed(value) {
            match found.iter_mut().find(|(existing, _)| *existing == label) {
                Some((_, characters)) if characters.contains(&character) => {}
                Some((_, characters)) => characters.push(character),
                None => found.push((label, vec![character])),
            }
        }
    }
    found
}

fn messages_in(state: &AppState, language: &'static Language) -> Messages {
    Messages {
        language,
        profile: state.profile.clone(),
    }
}

impl Words for Messages {
    fn text(&self, id: &str) -> String {
        Messages::text(self, id)
    }
    fn text_with(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let args = args
            .iter()
            .map(|(name, value)| (*name, value.clone().into()))
            .collect();
        Messages::text_with(self, id, args)
    }
    fn long_date(&self, date: NaiveDate) -> String {
        Messages::long_date(self, date)
    }
    fn council_name(&self) -> String {
        self.profile.council.name.clone()
    }
    fn language_code(&self) -> &'static str {
        self.language.code
    }
    fn key_dates(&self, conference: NaiveDate, kind: &str) -> Vec<ReportEntry> {
        dates_form::report_entries(self, conference, kind)
    }
    fn in_english(&self, id: &str) -> Option<String> {
        let english = i18n::default_language();
        (self.language != english).then(|| {
            Messages {
                language: english,
                profile: self.profile.clone(),
            }
            .text(id)
        })
    }
}

/// Makes the PDF of the answers, off the threads that answer other requests (it takes a few
/// milliseconds of CPU).
/// A sent report's PDF shows its `reference` in the running header.
pub async fn make_pdf(
    messages: &Messages,
    answers: &Answers,
    picture: Option<SafePicture>,
    reference: Option<&Reference>,
) -> Result<Vec<u8>, pdf::PdfError> {
    let reference = reference.map(Reference::to_string);
    let mut document = sent_document(answers, messages, Utc::now(), reference.as_deref());
    if let Some(picture) = picture {
        document = with_picture(
            document,
            answers.form,
            messages,
            picture.jpeg,
            (picture.width, picture.height),
        );
    }
    tokio::task::spawn_blocking(move || pdf::render(&document))
        .await
        .unwrap_or(Err(pdf::PdfError::Unexpected("the PDF task stopped")))
}

/// The date a file is named after: the form's first date answer, or today.
fn file_date(answers: &Answers) -> NaiveDate {
    answers
        .form
        .sections
        .iter()
        .flat_map(|section| section.questions)
        .find_map(|question| match question {
            Question::Date(date) => date_answer(answers, date).ok().flatten(),
            _ => None,
        })
        .unwrap_or_else(|| Utc::now().date_naive())
}

fn pdf_download(messages: &Messages, answers: &Answers, bytes: Vec<u8>) -> Response {
    let file_name = format!(
        "{}-{}.pdf",
        messages.text(answers.form.texts.file_name),
        file_date(answers).format("%Y-%m-%d")
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

/// A calendar file to open or save: `text/calendar`, named like the PDF, never cached.
fn calendar_download(messages: &Messages, answers: &Answers, file: String) -> Response {
    let file_name = format!(
        "{}-{}.ics",
        messages.text(answers.form.texts.file_name),
        file_date(answers).format("%Y-%m-%d")
    );
    let disposition = HeaderValue::from_str(&format!(
        "attachment; filename=\"{}\"",
        ascii_file_name(&file_name)
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment; filename=\"dates.ics\""));
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        file,
    )
        .into_response()
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

/// Sends the answers' PDF to the chair, the one recipient the mailer knows.
async fn send_to_chair(
    state: &AppState,
    messages: &Messages,
    answers: &Answers,
    picture: Option<SafePicture>,
    reference: &Reference,
) -> SendOutcome {
    let pdf = match make_pdf(messages, answers, picture, Some(reference)).await {
        Ok(pdf) => pdf,
        Err(error) => {
            tracing::error!(%reference, error_kind = %error, "form not sent: no PDF");
            return SendOutcome::NoPdf;
        }
    };
    // The chair reads the subject and the first part of the body in English.
    let english = messages_in(state, i18n::default_language());
    let mailer = &state.mailer;
    let delivered = match report_email(
        answers.form,
        &mailer.from,
        &mailer.chair,
        &english,
        messages,
        reference,
        pdf,
    ) {
        Ok(message) => mailer.deliver(&message).await,
        Err(_) => Err(DeliveryError::Protocol),
    };
    match delivered {
        Ok(()) => {
            tracing::info!(%reference, "report sent to the conference chair");
            SendOutcome::Delivered
        }
        Err(error) => {
            tracing::warn!(%reference, error_class = %error, "report not sent");
            if error.may_work_later() {
                SendOutcome::MayWorkLater
            } else {
                SendOutcome::Refused
            }
        }
    }
}

#[cfg(test)]
mod child_views_tests;
#[cfg(test)]
mod dates_tests;
#[cfg(test)]
mod engine_tests;
#[cfg(test)]
mod language_tests;
#[cfg(test)]
mod report_tests;
#[cfg(test)]
mod send_tests;
