//! Reading a posted form: the body's name/value pairs, strictly, and what they ask for.

use super::{answers::Answers, definition::FormDefinition};

/// The name of the field people never see or fill in (it is `hidden`); form-filling robots often
/// do, and then nothing is sent. It is not a field of any form, so it is never kept.
pub const HONEYPOT_FIELD: &str = "website";

/// The name of the check page's Change buttons; the value is the section's anchor.
pub const CHANGE_FIELD: &str = "change";

/// The hidden field that says which section a screen of a form shown section by section holds.
pub const SCREEN_FIELD: &str = "screen";

/// The hidden field that says the person came from the check page by Change, so Continue takes
/// them back there rather than through every screen after.
pub const RETURNING_FIELD: &str = "returning";

/// The file box for a picture on the check page (see `DrawingUpload`). Never an answer: the
/// server reads it apart, and it never travels between screens.
pub const DRAWING_FIELD: &str = "drawing";

/// The tick box on a result page that lets a calendar file say what its events are. Unticked,
/// the titles stay plain, because phones show them on the lock screen.
pub const NAMED_TITLES_FIELD: &str = "named-titles";

/// The language picker's buttons on a form page: they post the form to the same form in
/// another language, so nothing typed is lost. The value says which page was showing.
pub const SWITCH_LANGUAGE_FIELD: &str = "switch-language";

/// Which page of a form was showing when the person asked for another language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShowingPage {
    Questions,
    Check,
    Result,
}

impl ShowingPage {
    pub fn as_str(self) -> &'static str {
        match self {
            ShowingPage::Questions => "questions",
            ShowingPage::Check => "check",
            ShowingPage::Result => "result",
        }
    }

    fn parse(value: &str) -> Option<ShowingPage> {
        [
            ShowingPage::Questions,
            ShowingPage::Check,
            ShowingPage::Result,
        ]
        .into_iter()
        .find(|page| page.as_str() == value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the form could not be read")]
pub struct Unreadable;

/// What a form post carries.
#[derive(Debug, Clone)]
pub struct FormPost {
    pub answers: Answers,
    /// The section (anchor) a Change button asked for.
    pub change: Option<&'static str>,
    /// Whether the field people never see was filled in (see `HONEYPOT_FIELD`).
    pub honeypot_filled: bool,
    /// Whether a calendar file may name what its events are (see `NAMED_TITLES_FIELD`).
    pub named_titles: bool,
    /// The section (anchor) of the screen that was posted, on a form shown section by section.
    pub screen: Option<&'static str>,
    /// Whether the person came from the check page (see `RETURNING_FIELD`).
    pub returning: bool,
    /// The page to show again in this address's language (see `SWITCH_LANGUAGE_FIELD`).
    pub switching_language: Option<ShowingPage>,
    /// What was wrong with a picture sent with the post; the server fills this in after
    /// reading the file, which the engine never sees.
    pub drawing_problem: Option<DrawingProblem>,
}

/// Why a picture was not used. Each has its own message on the check page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrawingProblem {
    /// Not a JPEG or a PNG (another kind of picture, or not a picture at all).
    WrongType,
    /// More bytes than the limit.
    TooLarge,
    /// Too many pixels to open safely (a huge photo, or a file made to fill memory).
    TooManyPixels,
    /// Says it is a JPEG or PNG but cannot be read.
    Damaged,
}

impl DrawingProblem {
    /// The Fluent id of its message.
    pub fn message_id(self) -> &'static str {
        match self {
            DrawingProblem::WrongType => "drawing-error-wrong-type",
            DrawingProblem::TooLarge => "drawing-error-too-large",
            DrawingProblem::TooManyPixels => "drawing-error-too-many-pixels",
            DrawingProblem::Damaged => "drawing-error-damaged",
        }
    }
}

/// The name/value pairs of a form body. Browsers send our forms as UTF-8, so anything else is
/// refused rather than decoded with replacement characters that would change the words.
pub fn decode_form(bytes: &[u8]) -> Result<Vec<(String, String)>, Unreadable> {
    fn decode(part: &[u8]) -> Result<String, Unreadable> {
        let spaced: Vec<u8> = part
            .iter()
            .map(|byte| if *byte == b'+' { b' ' } else { *byte })
            .collect();
        let text = percent_encoding::percent_decode(&spaced)
            .decode_utf8()
            .map_err(|_| Unreadable)?
            .into_owned();
        // No keyboard types a NUL: one in a form means the request was made by hand.
        if text.contains('\0') {
            return Err(Unreadable);
        }
        Ok(text)
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

/// The answers and the request in a form body.
pub fn read_post(form: &'static FormDefinition, body: &[u8]) -> Result<FormPost, Unreadable> {
    Ok(post_from_pairs(form, &decode_form(body)?))
}

/// The answers and the request in a form's name/value pairs, however they were sent.
pub fn post_from_pairs(form: &'static FormDefinition, pairs: &[(String, String)]) -> FormPost {
    let change = pairs
        .iter()
        .find(|(name, _)| name == CHANGE_FIELD)
        .and_then(|(_, value)| form.section(value))
        .map(|section| section.anchor);
    let honeypot_filled = pairs
        .iter()
        .any(|(name, value)| name == HONEYPOT_FIELD && !value.trim().is_empty());
    let named_titles = pairs
        .iter()
        .any(|(name, value)| name == NAMED_TITLES_FIELD && value == super::answers::TICKED);
    let screen = pairs
        .iter()
        .find(|(name, _)| name == SCREEN_FIELD)
        .and_then(|(_, value)| form.section(value))
        .map(|section| section.anchor);
    let returning = pairs
        .iter()
        .any(|(name, value)| name == RETURNING_FIELD && value == super::answers::TICKED);
    let switching_language = pairs
        .iter()
        .find(|(name, _)| name == SWITCH_LANGUAGE_FIELD)
        .and_then(|(_, value)| ShowingPage::parse(value));
    let answers = Answers::from_form(
        form,
        pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    );
    FormPost {
        answers,
        change,
        honeypot_filled,
        named_titles,
        screen,
        returning,
        switching_language,
        drawing_problem: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_bodies_decode_strictly() {
        assert_eq!(
            decode_form(b"a=1+2&b=%C5%B5%0D%0A&c&=x&d=100%&e=%zz").expect("valid"),
            vec![
                ("a".into(), "1 2".into()),
                ("b".into(), "ŵ\r\n".into()),
                ("c".into(), "".into()),
                ("".into(), "x".into()),
                ("d".into(), "100%".into()),
                ("e".into(), "%zz".into()),
            ]
        );
        assert!(decode_form(b"a=%FF").is_err());
        assert!(decode_form(&[b'a', b'=', 0xC3]).is_err());
        assert!(decode_form(b"a=%00").is_err());
    }
}
