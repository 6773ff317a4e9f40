//! The email that carries a report: to the chair only, from a generic sender, with a subject
//! that says nothing about child protection, a short body in English (and, when the parent wrote
//! in another language, which one, and the body again in it), and the PDF attached under a name
//! the server chooses.
//! Nothing the parent typed goes into a header: their words travel only inside the PDF.

use lettre::{
    message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart},
    Address, Message,
};
use rand::Rng;

use super::reference::Reference;
use crate::{forms::FormDefinition, i18n::Messages};

/// Builds the message for a form's PDF. `english` and `parent` are the same profile in the two
/// languages.
pub fn report_email(
    form: &FormDefinition,
    from: &Address,
    chair: &Address,
    english: &Messages,
    parent: &Messages,
    reference: &Reference,
    pdf: Vec<u8>,
) -> Result<Message, lettre::error::Error> {
    // `$form` lets the words say "a parent's report" or "a child's views".
    let with_reference = |messages: &Messages, id: &str| {
        messages.text_with(
            id,
            vec![
                ("reference", reference.to_string().into()),
                ("form", form.slug.into()),
            ],
        )
    };
    // Which language the PDF is in, so the chair knows before opening it.
    let written_in = |messages: &Messages| {
        messages.text_with(
            "mail-written-in",
            vec![
                ("form", form.slug.into()),
                ("language", parent.language.code.into()),
            ],
        )
    };
    let mut body = with_reference(english, "mail-body");
    if parent.language != english.language {
        for part in [
            written_in(english),
            with_reference(parent, "mail-body"),
            written_in(parent),
        ] {
            body.push_str("\n\n");
            body.push_str(&part);
        }
    }
    let file_name = format!(
        "{}-{reference}.pdf",
        header_safe(&english.text(form.texts.file_name))
    );
    let pdf_type = ContentType::parse("application/pdf").expect("a fixed, valid MIME type");
    Message::builder()
        .from(Mailbox::new(
            Some(header_safe(&english.text("mail-sender-name"))),
            from.clone(),
        ))
        .to(Mailbox::new(None, chair.clone()))
        .subject(header_safe(&with_reference(
            english,
            form.texts.mail_subject,
        )))
        .message_id(Some(format!("<{}@{}>", random_id(), from.domain())))
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(body))
                .singlepart(Attachment::new(file_name).body(pdf, pdf_type)),
        )
}

/// Our own messages only, but a translation could hold anything: one line, no control characters.
fn header_safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn random_id() -> String {
    let mut random = rand::rng();
    (0..16)
        .map(|_| format!("{:02x}", random.random::<u8>()))
        .collect()
}
