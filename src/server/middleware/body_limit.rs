//! How large a request body may be: a plain form's limit everywhere, and a larger one only for
//! a post that may carry a picture (see `forms::takes_a_picture`). A body that says it is too
//! large is refused at once with a bare 413 (explained by `error_pages`); one that does not say
//! is cut off at the limit as it is read. On the picture's address the larger limit
//! (`DRAWING_BODY_LIMIT`) is counted by the multipart reader as the bytes arrive, not here:
//! the answers come before the picture, so the form can keep them and say the file was too
//! big, where a limit on the declared length would refuse the answers with it.

use axum::{
    body::Body,
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{header, StatusCode};
use http_body_util::Limited;

use crate::server::forms::{takes_a_picture, FORM_BODY_LIMIT};

pub async fn limit_request_bodies(request: Request, next: Next) -> Response {
    if takes_a_picture(&request) {
        return next.run(request).await;
    }
    let limit = FORM_BODY_LIMIT;
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = request.into_parts();
    let body = Body::new(Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}
