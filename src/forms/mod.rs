//! The form engine: a form as data (`definition`), reading a post (`decode`), the answers
//! (`answers`), their checks (`validate`), the journey from questions to check to PDF or send
//! (`journey`), and the answers as a document for the PDF (`document`). Pure: no HTTP, no
//! Leptos, no language files; the pages and the server call it.

pub mod answers;
pub mod decode;
pub mod definition;
pub mod document;
pub mod journey;
#[cfg(test)]
pub mod test_form;
pub mod validate;

pub use answers::Answers;
pub use definition::FormDefinition;
