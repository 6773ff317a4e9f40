//! How the report reaches the chair, read from the environment at start-up. With no SMTP host
//! the message is written to an outbox folder, so the site runs untouched on a laptop; with a
//! host, TLS is required unless the configuration explicitly asks for plain SMTP to a server
//! on this machine (a local test server).

use std::{net::IpAddr, path::PathBuf, time::Duration};

use lettre::Address;

pub const SMTP_HOST: &str = "CONFERENCE_GUIDE_SMTP_HOST";
pub const SMTP_PORT: &str = "CONFERENCE_GUIDE_SMTP_PORT";
pub const SMTP_SECURITY: &str = "CONFERENCE_GUIDE_SMTP_SECURITY";
pub const SMTP_USERNAME: &str = "CONFERENCE_GUIDE_SMTP_USERNAME";
pub const SMTP_PASSWORD: &str = "CONFERENCE_GUIDE_SMTP_PASSWORD";
pub const SMTP_TIMEOUT_SECONDS: &str = "CONFERENCE_GUIDE_SMTP_TIMEOUT_SECONDS";
pub const SMTP_EXTRA_CA_FILE: &str = "CONFERENCE_GUIDE_SMTP_EXTRA_CA_FILE";
pub const MAIL_FROM: &str = "CONFERENCE_GUIDE_MAIL_FROM";
pub const OUTBOX: &str = "CONFERENCE_GUIDE_OUTBOX";

/// The sender used when nothing is configured: `.invalid` can never be a real domain.
const OUTBOX_SENDER: &str = "reports@conference-guide.invalid";
const DEFAULT_OUTBOX: &str = "outbox";
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// The most one try may take: the whole request must end well inside 30 s.
const LONGEST_TIMEOUT_SECONDS: u64 = 20;

#[derive(Debug, Clone, PartialEq)]
pub struct MailSettings {
    pub delivery: Delivery,
    /// The envelope and header sender.
    pub from: Address,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    /// Each message becomes an `.eml` file in this folder (lettre's file transport).
    Outbox {
        folder: PathBuf,
    },
    Smtp(SmtpSettings),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub credentials: Option<(String, String)>,
    /// How long any one step (connect, each reply) may take.
    pub timeout: Duration,
    /// A PEM file with one more certificate authority to trust, for a council's own relay.
    pub extra_ca_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Connect in plain text, then STARTTLS, which must succeed (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    ImplicitTls,
    /// No encryption at all: only accepted for a server on this machine.
    PlainLoopbackOnly,
}

impl Security {
    fn default_port(self) -> u16 {
        match self {
            Security::StartTls => 587,
            Security::ImplicitTls => 465,
            Security::PlainLoopbackOnly => 25,
        }
    }
}

/// A variable with a value that cannot be used, named so the operator can fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable} {problem}")]
pub struct MailSettingsError {
    pub variable: &'static str,
    pub problem: String,
}

fn fail<T>(variable: &'static str, problem: impl Into<String>) -> Result<T, MailSettingsError> {
    Err(MailSettingsError {
        variable,
        problem: problem.into(),
    })
}

impl MailSettings {
    /// Reads the settings through `lookup`; empty values count as unset. A council's real
    /// profile (not an example) must say where mail goes: an unconfigured site would tell
    /// parents "sent" while the chair got nothing.
    pub fn from_variables(
        lookup: impl Fn(&str) -> Option<String>,
        example_profile: bool,
    ) -> Result<Self, MailSettingsError> {
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let Some(host) = get(SMTP_HOST) else {
            for variable in [SMTP_PORT, SMTP_SECURITY, SMTP_USERNAME, SMTP_PASSWORD] {
                if get(variable).is_some() {
                    return fail(variable, format!("is set, but {SMTP_HOST} is not"));
                }
            }
            let folder = match get(OUTBOX) {
                Some(folder) => PathBuf::from(folder),
                None if example_profile => PathBuf::from(DEFAULT_OUTBOX),
                None => {
                    return fail(
                        SMTP_HOST,
                        format!(
                            "must be set for a council's own profile (or set {OUTBOX} to write \
                             messages to a folder on purpose)"
                        ),
                    )
                }
            };
            let from = match get(MAIL_FROM) {
                Some(from) => parse_address(MAIL_FROM, &from)?,
                None => parse_address(MAIL_FROM, OUTBOX_SENDER)?,
            };
            return Ok(MailSettings {
                delivery: Delivery::Outbox { folder },
                from,
            });
        };
        if get(OUTBOX).is_some() {
            return fail(OUTBOX, format!("cannot be used together with {SMTP_HOST}"));
        }
        let host = host.trim().to_owned();
        let security = match get(SMTP_SECURITY).as_deref().map(str::trim) {
            None | Some("starttls") => Security::StartTls,
            Some("tls") => Security::ImplicitTls,
            Some("plain") => {
                if !is_loopback(&host) {
                    return fail(
                        SMTP_SECURITY,
                        format!(
                            "is \"plain\", which is only allowed for a mail server on this machine \
                             (localhost), not {host}"
                        ),
                    );
                }
                Security::PlainLoopbackOnly
            }
            Some(other) => {
                return fail(
                    SMTP_SECURITY,
                    format!("must be starttls, tls or plain, not \"{other}\""),
                )
            }
        };
        let port = match get(SMTP_PORT) {
            Some(port) => match port.trim().parse::<u16>() {
                Ok(port) if port > 0 => port,
                _ => return fail(SMTP_PORT, "must be a port number from 1 to 65535"),
            },
            None => security.default_port(),
        };
        let credentials = match (get(SMTP_USERNAME), lookup(SMTP_PASSWORD)) {
            (Some(username), Some(password)) if !password.is_empty() => Some((username, password)),
            (None, None) => None,
            (None, Some(password)) if password.is_empty() => None,
            _ => {
                return fail(
                    SMTP_USERNAME,
                    format!("and {SMTP_PASSWORD} must be set together"),
                )
            }
        };
        let timeout = match get(SMTP_TIMEOUT_SECONDS) {
            Some(seconds) => match seconds.trim().parse::<u64>() {
                Ok(seconds) if (1..=LONGEST_TIMEOUT_SECONDS).contains(&seconds) => {
                    Duration::from_secs(seconds)
                }
                _ => {
                    return fail(
                        SMTP_TIMEOUT_SECONDS,
                        format!(
                            "must be a whole number of seconds from 1 to {LONGEST_TIMEOUT_SECONDS}"
                        ),
                    )
                }
            },
            None => DEFAULT_TIMEOUT,
        };
        let Some(from) = get(MAIL_FROM) else {
            return fail(MAIL_FROM, "must be set when sending by SMTP");
        };
        let from = parse_address(MAIL_FROM, &from)?;
        Ok(MailSettings {
            delivery: Delivery::Smtp(SmtpSettings {
                host,
                port,
                security,
                credentials,
                timeout,
                extra_ca_file: get(SMTP_EXTRA_CA_FILE).map(PathBuf::from),
            }),
            from,
        })
    }
}

fn parse_address(variable: &'static str, text: &str) -> Result<Address, MailSettingsError> {
    text.trim().parse().or_else(|_| {
        fail(
            variable,
            "must be one email address, like reports@council.example",
        )
    })
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|address| address.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)], example: bool) -> Result<MailSettings, MailSettingsError> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        MailSettings::from_variables(
            |name| {
                pairs
                    .iter()
                    .find(|(key, _)| key == name)
                    .map(|(_, value)| value.clone())
            },
            example,
        )
    }

    #[test]
    fn with_nothing_set_an_example_site_writes_to_the_outbox_folder() {
        let settings = read(&[], true).expect("valid");
        assert_eq!(
            settings.delivery,
            Delivery::Outbox {
                folder: PathBuf::from("outbox")
            }
        );
        assert_eq!(settings.from.to_string(), OUTBOX_SENDER);
    }

    #[test]
    fn a_real_council_must_configure_mail_or_choose_the_outbox_on_purpose() {
        let error = read(&[], false).expect_err("must refuse");
        assert_eq!(error.variable, SMTP_HOST);
        let settings = read(&[(OUTBOX, "/var/spool/reports")], false).expect("valid");
        assert_eq!(
            settings.delivery,
            Delivery::Outbox {
                folder: PathBuf::from("/var/spool/reports")
            }
        );
    }

    #[test]
    fn smtp_defaults_to_starttls_on_port_587_with_a_timeout() {
        let settings = read(
            &[
                (SMTP_HOST, "smtp.council.example"),
                (MAIL_FROM, "reports@council.example"),
            ],
            false,
        )
        .expect("valid");
        let Delivery::Smtp(smtp) = settings.delivery else {
            panic!("expected SMTP");
        };
        assert_eq!(smtp.security, Security::StartTls);
        assert_eq!(smtp.port, 587);
        assert_eq!(smtp.timeout, DEFAULT_TIMEOUT);
        assert_eq!(smtp.credentials, None);
    }

    #[test]
    fn implicit_tls_uses_port_465_and_credentials_come_in_pairs() {
        let settings = read(
            &[
                (SMTP_HOST, "smtp.council.example"),
                (SMTP_SECURITY, "tls"),
                (SMTP_USERNAME, "guide"),
                (SMTP_PASSWORD, "secret"),
                (MAIL_FROM, "reports@council.example"),
            ],
            false,
        )
        .expect("valid");
        let Delivery::Smtp(smtp) = settings.delivery else {
            panic!("expected SMTP");
        };
        assert_eq!(smtp.port, 465);
        assert_eq!(smtp.credentials, Some(("guide".into(), "secret".into())));
        let error = read(
            &[
                (SMTP_HOST, "smtp.council.example"),
                (SMTP_USERNAME, "guide"),
                (MAIL_FROM, "reports@council.example"),
            ],
            false,
        )
        .expect_err("a username without a password");
        assert_eq!(error.variable, SMTP_USERNAME);
    }

    #[test]
    fn plain_smtp_is_only_allowed_to_this_machine() {
        for host in ["127.0.0.1", "localhost", "::1", "[::1]"] {
            let settings = read(
                &[
                    (SMTP_HOST, host),
                    (SMTP_SECURITY, "plain"),
                    (SMTP_PORT, "2525"),
                    (MAIL_FROM, "reports@council.example"),
                ],
                false,
            )
            .unwrap_or_else(|error| panic!("{host}: {error}"));
            let Delivery::Smtp(smtp) = settings.delivery else {
                panic!("expected SMTP");
            };
            assert_eq!(smtp.security, Security::PlainLoopbackOnly);
            assert_eq!(smtp.port, 2525);
        }
        for host in ["smtp.council.example", "10.0.0.5", "localhost.evil.example"] {
            let error = read(
                &[
                    (SMTP_HOST, host),
                    (SMTP_SECURITY, "plain"),
                    (MAIL_FROM, "reports@council.example"),
                ],
                false,
            )
            .expect_err(host);
            assert_eq!(error.variable, SMTP_SECURITY, "{host}");
        }
    }

    #[test]
    fn mistakes_name_the_variable() {
        let base = [
            (SMTP_HOST, "smtp.council.example"),
            (MAIL_FROM, "reports@council.example"),
        ];
        for (variable, value) in [
            (SMTP_SECURITY, "ssl"),
            (SMTP_PORT, "0"),
            (SMTP_PORT, "lots"),
            (SMTP_TIMEOUT_SECONDS, "0"),
            (SMTP_TIMEOUT_SECONDS, "600"),
            (MAIL_FROM, "not an address"),
            (OUTBOX, "outbox"),
        ] {
            let mut pairs = base.to_vec();
            pairs.retain(|(name, _)| *name != variable);
            pairs.push((variable, value));
            let error = read(&pairs, false).expect_err(variable);
            assert_eq!(error.variable, variable, "{variable}={value}");
        }
        let error = read(&[(SMTP_HOST, "smtp.council.example")], false).expect_err("no sender");
        assert_eq!(error.variable, MAIL_FROM);
        let error = read(&[(SMTP_PORT, "587")], true).expect_err("port without host");
        assert_eq!(error.variable, SMTP_PORT);
    }
}
