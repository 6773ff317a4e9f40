//! Every POST here is one of our HTML forms, which browsers send as
//! `application/x-www-form-urlencoded`. Anything else (JSON, multipart, no type at all) is
//! refused with 415 and a page that says what to do, rather than read as an empty report. The
//! one exception is a post that may carry a picture (a form with an upload, at its PDF or send
//! address), which browsers send as `multipart/form-data`.

use axum::{
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{header, Method};

use crate::server::{error::HttpError, forms::takes_a_picture};

pub async fn refuse_posts_that_are_not_forms(request: Request, next: Next) -> Response {
    if request.method() == Method::POST && !is_form(&request) && !takes_a_picture(&request) {
        return HttpError::NotAForm.into_response();
    }
    next.run(request).await
}

fn is_form(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|media_type| {
            media_type
                .trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}
