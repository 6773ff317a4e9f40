//! Handing a message to the relay (or the outbox folder), with a couple of quick retries when
//! the relay says "try later", and every failure sorted into a few classes that say what the
//! parent should do. The recipient is fixed when the mailer is made, from the profile.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use lettre::{
    transport::smtp::{
        authentication::Credentials,
        client::{Certificate, Tls, TlsParameters},
        AsyncSmtpTransport,
    },
    Address, AsyncFileTransport, AsyncTransport, Message, Tokio1Executor,
};

use super::settings::{Delivery, MailSettings, MailSettingsError, Security, SMTP_EXTRA_CA_FILE};

/// Waits before the second and third tries when the relay answers 4xx.
const RETRY_DELAYS: [Duration; 2] = [Duration::from_millis(300), Duration::from_millis(1200)];

/// Why a report did not reach the relay. Only this class is ever logged, never the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    #[error("mail server unreachable")]
    Unreachable,
    #[error("mail server timed out")]
    TimedOut,
    #[error("mail server deferred the message (4xx) after retries")]
    Deferred,
    #[error("mail server refused the message (5xx)")]
    Refused,
    #[error("TLS with the mail server failed")]
    Tls,
    #[error("mail server conversation failed (a reply not understood, or no STARTTLS offered)")]
    Protocol,
    #[error("outbox folder not writable")]
    Outbox,
}

impl DeliveryError {
    /// Whether trying again in a few minutes may work, which changes what the parent is told.
    pub fn may_work_later(self) -> bool {
        matches!(
            self,
            DeliveryError::Unreachable | DeliveryError::TimedOut | DeliveryError::Deferred
        )
    }
}

enum Transport {
    Outbox {
        transport: AsyncFileTransport<Tokio1Executor>,
        folder: PathBuf,
    },
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

pub struct Mailer {
    transport: Transport,
    /// The most one try may take, from connecting to the relay's last reply. lettre's own
    /// timeout covers connecting and is not relied on for the replies.
    attempt_timeout: Duration,
    pub(crate) from: Address,
    /// The conference chair, from the authority profile. Nothing else can be a recipient.
    pub(crate) chair: Address,
    /// The most one delivery may take, retries included.
    overall_timeout: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error(transparent)]
    Settings(#[from] MailSettingsError),
    #[error("the conference chair's address in the profile ({0}) is not one lettre can send to")]
    ChairAddress(String),
    #[error("cannot create the outbox folder {0}, or close it to other users: {1}")]
    Outbox(String, std::io::Error),
}

impl Mailer {
    pub fn new(settings: &MailSettings, chair_address: &str) -> Result<Self, MailerError> {
        let chair = chair_address
            .parse()
            .map_err(|_| MailerError::ChairAddress(chair_address.to_owned()))?;
        let from = settings.from.clone();
        let (transport, attempt_timeout, overall_timeout) = match &settings.delivery {
            Delivery::Outbox { folder } => {
                std::fs::create_dir_all(folder)
                    .and_then(|()| only_for_this_user(folder, 0o700))
                    .map_err(|error| MailerError::Outbox(folder.display().to_string(), error))?;
                (
                    Transport::Outbox {
                        transport: AsyncFileTransport::new(folder),
                        folder: folder.clone(),
                    },
                    Duration::from_secs(5),
                    Duration::from_secs(5),
                )
            }
            Delivery::Smtp(smtp) => {
                let tls_parameters = || -> Result<TlsParameters, MailerError> {
                    let mut builder = TlsParameters::builder(smtp.host.clone());
                    if let Some(file) = &smtp.extra_ca_file {
                        let pem = std::fs::read(file).map_err(|error| MailSettingsError {
                            variable: SMTP_EXTRA_CA_FILE,
                            problem: format!("names a file that cannot be read: {error}"),
                        })?;
                        let certificate =
                            Certificate::from_pem(&pem).map_err(|_| MailSettingsError {
                                variable: SMTP_EXTRA_CA_FILE,
                                problem: "does not hold a PEM certificate".to_owned(),
                            })?;
                        builder = builder.add_root_certificate(certificate);
                    }
                    builder.build_rustls().map_err(|_| {
                        MailerError::Settings(MailSettingsError {
                            variable: SMTP_EXTRA_CA_FILE,
                            problem: "could not be used to set up TLS".to_owned(),
                        })
                    })
                };
                let tls = match smtp.security {
                    // `Required`, never `Opportunistic`: no silent fall-back to plain text.
                    Security::StartTls => Tls::Required(tls_parameters()?),
                    Security::ImplicitTls => Tls::Wrapper(tls_parameters()?),
                    Security::PlainLoopbackOnly => Tls::None,
                };
                let mut builder =
                    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(smtp.host.clone())
                        .port(smtp.port)
                        .tls(tls)
                        .timeout(Some(smtp.timeout));
                if let Some((username, password)) = &smtp.credentials {
                    builder =
                        builder.credentials(Credentials::new(username.clone(), password.clone()));
                }
                // Three tries (after 4xx) could add up past the server's 30 s request limit;
                // the overall cap ends them first, so the parent always gets our page.
                (
                    Transport::Smtp(builder.build()),
                    smtp.timeout,
                    Duration::from_secs(25),
                )
            }
        };
        Ok(Mailer {
            transport,
            attempt_timeout,
            from,
            chair,
            overall_timeout,
        })
    }

    /// Where this mailer delivers, for the start-up log (no secrets in it).
    pub fn describe(settings: &MailSettings) -> String {
        match &settings.delivery {
            Delivery::Outbox { folder } => format!(
                "writing messages to the outbox folder {} (no SMTP server configured)",
                folder.display()
            ),
            Delivery::Smtp(smtp) => format!(
                "sending by SMTP to {}:{} ({:?})",
                smtp.host, smtp.port, smtp.security
            ),
        }
    }

    /// Hands the message over. `Ok` means the relay accepted it (or the file was written).
    pub async fn deliver(&self, message: &Message) -> Result<(), DeliveryError> {
        match tokio::time::timeout(self.overall_timeout, self.deliver_with_retries(message)).await {
            Ok(result) => result,
            Err(_) => Err(DeliveryError::TimedOut),
        }
    }

    async fn deliver_with_retries(&self, message: &Message) -> Result<(), DeliveryError> {
        let mut delays = RETRY_DELAYS.iter();
        loop {
            match self.deliver_once(message).await {
                Err(DeliveryError::Deferred) => match delays.next() {
                    Some(delay) => tokio::time::sleep(*delay).await,
                    None => return Err(DeliveryError::Deferred),
                },
                other => return other,
            }
        }
    }

    async fn deliver_once(&self, message: &Message) -> Result<(), DeliveryError> {
        tokio::time::timeout(self.attempt_timeout, self.hand_over(message))
            .await
            .unwrap_or(Err(DeliveryError::TimedOut))
    }

    async fn hand_over(&self, message: &Message) -> Result<(), DeliveryError> {
        match &self.transport {
            Transport::Outbox { transport, folder } => {
                let id = transport
                    .send(message.clone())
                    .await
                    .map_err(|_| DeliveryError::Outbox)?;
                // lettre writes `<id>.eml` with the usual umask (readable by all); the folder
                // is already closed to others, and the file is closed too in case it moves.
                only_for_this_user(&folder.join(format!("{id}.eml")), 0o600)
                    .map_err(|_| DeliveryError::Outbox)
            }
            Transport::Smtp(smtp) => smtp
                .send(message.clone())
                .await
                .map(|_| ())
                .map_err(|error| classify(&error)),
        }
    }
}

/// Gives `path` the permission bits `mode` (0700 for the outbox folder, 0600 for a message):
/// a report holds a family's details and is for the operator's eyes only.
fn only_for_this_user(path: &Path, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}

/// lettre reports a TLS handshake that fails (an untrusted certificate, say) as a connection
/// error; rustls's part of it arrives as an I/O error of kind `InvalidData`.
fn is_failed_tls_handshake(error: &lettre::transport::smtp::Error) -> bool {
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        if let Some(io_error) = cause.downcast_ref::<std::io::Error>() {
            return io_error.kind() == std::io::ErrorKind::InvalidData;
        }
        source = cause.source();
    }
    false
}

fn classify(error: &lettre::transport::smtp::Error) -> DeliveryError {
    if error.is_transient() {
        DeliveryError::Deferred
    } else if error.is_permanent() {
        DeliveryError::Refused
    } else if error.is_timeout() {
        DeliveryError::TimedOut
    } else if error.is_tls() || is_failed_tls_handshake(error) {
        DeliveryError::Tls
    } else if error.is_response() || error.is_client() {
        DeliveryError::Protocol
    } else {
        DeliveryError::Unreachable
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .expect("exists")
            .permissions()
            .mode()
            & 0o777
    }

    #[tokio::test]
    async fn outbox_messages_are_for_this_user_only() {
        let parent = tempfile::tempdir().expect("folder");
        let folder = parent.path().join("outbox");
        // A folder left open to all by an earlier version or by hand is closed at start-up.
        std::fs::create_dir(&folder).expect("folder");
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let settings = MailSettings {
            delivery: Delivery::Outbox {
                folder: folder.clone(),
            },
            from: "reports@conference-guide.invalid".parse().expect("address"),
        };
        let mailer = Mailer::new(&settings, "chair@council.example").expect("mailer");
        assert_eq!(mode(&folder), 0o700, "the outbox folder");
        let message = Message::builder()
            .from(mailer.from.clone().into())
            .to(mailer.chair.clone().into())
            .subject("Conference report")
            .body(String::from("A report"))
            .expect("message");
        mailer.deliver(&message).await.expect("written");
        let written: Vec<PathBuf> = std::fs::read_dir(&folder)
            .expect("outbox")
            .map(|entry| entry.expect("entry").path())
            .collect();
        assert_eq!(written.len(), 1, "{written:?}");
        assert_eq!(written[0].extension().and_then(|e| e.to_str()), Some("eml"));
        assert_eq!(mode(&written[0]), 0o600, "the message file");
    }
}
