//! Every environment variable the server reads, read once at start-up into one `Settings`. A
//! mistake stops start-up with the variable named. The README's table lists the same names
//! (a test below compares them).

use std::net::SocketAddr;

use crate::{
    profile::AuthorityProfile,
    server::{
        logging::{self, LogFormat, LogSettingsError},
        mail::{self, MailSettings},
        profile::{self, ProfileError},
        rate_limit::{self, LimitSettings, LimitSettingsError},
        serve::{self, ConnectionLimits, ConnectionLimitsError},
    },
};

pub const PROFILE: &str = profile::PROFILE_VARIABLE;
pub const LOG: &str = logging::LOG;
pub const SITE_ADDR: &str = "LEPTOS_SITE_ADDR";
pub const SITE_ROOT: &str = "LEPTOS_SITE_ROOT";

/// Every variable, for the README check.
pub const VARIABLES: &[&str] = &[
    PROFILE,
    LOG,
    logging::LOG_FORMAT,
    SITE_ADDR,
    SITE_ROOT,
    rate_limit::SENDS_PER_HOUR,
    rate_limit::PDFS_PER_MINUTE,
    rate_limit::CLIENT_IP_HEADER,
    serve::HEADER_READ_TIMEOUT_SECONDS,
    serve::IDLE_TIMEOUT_SECONDS,
    serve::MAX_CONNECTIONS,
    mail::settings::SMTP_HOST,
    mail::settings::SMTP_PORT,
    mail::settings::SMTP_SECURITY,
    mail::settings::SMTP_USERNAME,
    mail::settings::SMTP_PASSWORD,
    mail::settings::SMTP_TIMEOUT_SECONDS,
    mail::settings::SMTP_EXTRA_CA_FILE,
    mail::settings::MAIL_FROM,
    mail::settings::OUTBOX,
];

#[derive(Debug)]
pub struct Settings {
    pub profile: AuthorityProfile,
    /// The log filter, in `tracing` syntax (`info`, `debug`, `conference_guide=debug`…).
    pub log_filter: String,
    pub log_format: LogFormat,
    /// Where to listen, and where the islands bundle (`pkg/`) is; `None` keeps Leptos's own
    /// defaults from `Cargo.toml`.
    pub site_addr: Option<SocketAddr>,
    pub site_root: Option<String>,
    pub limits: LimitSettings,
    pub connections: ConnectionLimits,
    pub mail: MailSettings,
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error(transparent)]
    Limits(#[from] LimitSettingsError),
    #[error(transparent)]
    Mail(#[from] mail::settings::MailSettingsError),
    #[error(transparent)]
    Log(#[from] LogSettingsError),
    #[error(transparent)]
    Connections(#[from] ConnectionLimitsError),
    #[error("{SITE_ADDR} must be an address and port, like 127.0.0.1:3000, not {0:?}")]
    SiteAddr(String),
}

impl Settings {
    pub fn from_environment() -> Result<Settings, SettingsError> {
        Settings::from_variables(|name| std::env::var(name).ok())
    }

    /// Reads every setting through `lookup`; empty values count as unset.
    pub fn from_variables(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Settings, SettingsError> {
        let get = |name: &str| {
            lookup(name)
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
        };
        let profile = profile::load(get(PROFILE).as_deref())?;
        let site_addr = get(SITE_ADDR)
            .map(|value| value.parse().map_err(|_| SettingsError::SiteAddr(value)))
            .transpose()?;
        let mail = MailSettings::from_variables(&lookup, profile.example)?;
        Ok(Settings {
            log_filter: get(LOG).unwrap_or_else(|| "info".to_owned()),
            log_format: LogFormat::from_variables(&lookup)?,
            connections: ConnectionLimits::from_variables(&lookup)?,
            site_addr,
            site_root: get(SITE_ROOT),
            limits: LimitSettings::from_variables(&lookup)?,
            mail,
            profile,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_lists_exactly_the_variables_the_server_reads() {
        let readme = include_str!("../../README.md");
        // The names in backticks in the first cell of each table row that names variables.
        let mut in_readme: Vec<&str> = readme
            .lines()
            .filter(|line| line.starts_with("| `"))
            .filter_map(|line| line.split('|').nth(1))
            .flat_map(|cell| cell.split('`').skip(1).step_by(2))
            .filter(|name| name.starts_with("CONFERENCE_GUIDE_") || name.starts_with("LEPTOS_"))
            .collect();
        in_readme.sort_unstable();
        in_readme.dedup();
        let mut read: Vec<&str> = VARIABLES.to_vec();
        read.sort_unstable();
        assert_eq!(in_readme, read);
    }

    #[test]
    fn with_nothing_set_the_example_runs_with_the_defaults() {
        let settings = Settings::from_variables(|_| None).expect("the defaults are valid");
        assert!(settings.profile.example);
        assert_eq!(settings.log_filter, "info");
        assert_eq!(settings.site_addr, None);
        assert_eq!(settings.limits, LimitSettings::default());
    }

    #[test]
    fn mistakes_name_the_variable() {
        let error = Settings::from_variables(|name| (name == SITE_ADDR).then(|| "nowhere".into()))
            .expect_err("not an address");
        assert!(error.to_string().contains(SITE_ADDR), "{error}");
        let error =
            Settings::from_variables(|name| (name == PROFILE).then(|| "/no/such/file.toml".into()))
                .expect_err("no file");
        assert!(error.to_string().contains("/no/such/file.toml"), "{error}");
        let error = Settings::from_variables(|name| {
            (name == rate_limit::SENDS_PER_HOUR).then(|| "0".into())
        })
        .expect_err("zero");
        assert!(
            error.to_string().contains(rate_limit::SENDS_PER_HOUR),
            "{error}"
        );
    }
}
