//! The one error type of the HTTP edge. Each variant decides its status and the page a person
//! sees; the page itself is rendered by the same Leptos shell as every other page, in the path's
//! language, by `middleware::error_pages`. Turning an error into a response has no side effects:
//! what is worth logging is logged where it happens, never with a word anyone typed.

use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, StatusCode};

use crate::site::{self, ErrorPage};

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    #[error("no such page")]
    NotFound,
    #[error("the form could not be read")]
    BadForm,
    #[error("a form post from another site")]
    CrossSite,
    #[error("a post that is not a form")]
    NotAForm,
    #[error("wrong method")]
    WrongMethod,
    #[error("the body is too large")]
    TooLarge,
    #[error("the request took too long")]
    Timeout,
    #[error("something went wrong on the server")]
    Internal,
}

impl HttpError {
    pub fn status(self) -> StatusCode {
        match self {
            HttpError::NotFound => StatusCode::NOT_FOUND,
            HttpError::BadForm => StatusCode::BAD_REQUEST,
            HttpError::CrossSite => StatusCode::FORBIDDEN,
            HttpError::NotAForm => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            HttpError::WrongMethod => StatusCode::METHOD_NOT_ALLOWED,
            HttpError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            HttpError::Timeout => StatusCode::SERVICE_UNAVAILABLE,
            HttpError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The error a bare status from a layer means (a body limit's 413, a timeout's 503…).
    pub fn from_status(status: StatusCode) -> HttpError {
        match status {
            StatusCode::NOT_FOUND => HttpError::NotFound,
            StatusCode::FORBIDDEN => HttpError::CrossSite,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => HttpError::NotAForm,
            StatusCode::METHOD_NOT_ALLOWED => HttpError::WrongMethod,
            StatusCode::PAYLOAD_TOO_LARGE => HttpError::TooLarge,
            StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => HttpError::Timeout,
            status if status.is_client_error() => HttpError::BadForm,
            _ => HttpError::Internal,
        }
    }

    /// The page that explains it.
    pub fn page(self) -> ErrorPage {
        let (title, text) = match self {
            HttpError::NotFound => return site::NOT_FOUND,
            HttpError::BadForm | HttpError::NotAForm => {
                ("error-bad-form-title", "error-bad-form-text")
            }
            HttpError::CrossSite => ("error-cross-site-title", "error-cross-site-text"),
            HttpError::WrongMethod => ("error-method-title", "error-method-text"),
            HttpError::TooLarge => ("error-too-large-title", "error-too-large-text"),
            HttpError::Timeout => ("error-timeout-title", "error-timeout-text"),
            HttpError::Internal => ("server-error-title", "server-error-text"),
        };
        ErrorPage {
            status: self.status().as_u16(),
            title,
            text,
        }
    }
}

/// A bare response carrying the error; `middleware::error_pages` renders its page.
impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response.extensions_mut().insert(self);
        response
    }
}
