//! Sending a parent's report to the conference chair: the settings, the message, and its
//! delivery. The chair's address comes from the authority profile when the mailer is made;
//! nothing in a request can name a recipient.

mod delivery;
mod message;
mod reference;
pub mod settings;

pub use delivery::{DeliveryError, Mailer, MailerError};
pub use message::report_email;
pub use reference::Reference;
pub use settings::MailSettings;
