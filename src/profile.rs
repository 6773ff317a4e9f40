//! The authority profile: what differs between the councils that deploy the site (their name,
//! nation, contacts, the conference chair's address and their timescales). Pure data and pure
//! checks; reading the file is in `server::profile`.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};

/// England and Wales use different words and rules; the authority profile says which applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Nation {
    England,
    Wales,
}

impl Nation {
    /// The value passed to Fluent as `$nation`, for selectors such as `{ $nation -> [wales] … *[england] … }`.
    pub fn as_fluent(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Wales => "wales",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityProfile {
    /// True for the example profiles shipped with the code: every page then carries a banner
    /// so that nobody mistakes the demonstration for a real council.
    #[serde(default)]
    pub example: bool,
    pub council: Council,
    pub contacts: Contacts,
    pub complaints: Complaints,
    pub chair: Chair,
    pub timescales: Timescales,
    /// One-off changes to the bank holidays the rules give (a jubilee, a coronation, a moved
    /// May bank holiday). Used when the dates page counts working days.
    #[serde(default)]
    pub bank_holiday_changes: BankHolidayChanges,
    /// The language `/` opens in when neither a remembered choice nor the browser asks for one
    /// we publish, and the first in the language picker (a Welsh council may put `"cy"` first).
    /// Unset: English.
    #[serde(default)]
    pub first_language: Option<String>,
    /// Where "Exit this page" goes: a busy, ordinary site that gives nothing away.
    #[serde(default = "default_exit_url")]
    pub exit_url: String,
    /// The guide's own address as parents reach it (`https://` and a host, no path). Each
    /// page's links to itself in the other languages (`hreflang`) are written in full from it,
    /// as search engines require. Unset: those links are left out.
    #[serde(default)]
    pub guide_address: Option<String>,
}

fn default_exit_url() -> String {
    "https://www.bbc.co.uk/weather".to_owned()
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Council {
    pub name: String,
    pub nation: Nation,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// Children's services during office hours.
    pub children_services_phone: String,
    /// The emergency duty team, evenings and weekends.
    pub out_of_hours_phone: String,
    /// The team that arranges conferences, if the council publishes one.
    #[serde(default)]
    pub conference_team_phone: Option<String>,
    #[serde(default)]
    pub conference_team_email: Option<String>,
    /// The council's page about child protection.
    #[serde(default)]
    pub website: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Complaints {
    /// Where a parent reads how to complain.
    pub url: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// England only: what this council's procedure for complaints about a conference can look
    /// at. In Wales the Wales Safeguarding Procedures set this for every council, so a Welsh
    /// profile leaves it out. Unset in England, the guide tells parents to ask.
    #[serde(default)]
    pub conference_decisions: Option<ConferenceDecisions>,
}

/// What a parent in England can ask of this council's conference complaints procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConferenceDecisions {
    /// A conference decision itself can be looked at again.
    CanBeChallenged,
    /// Only how the conference was run, not the decision on its own.
    ProcessOnly,
}

impl ConferenceDecisions {
    /// The value passed to Fluent as `$conference-decisions`.
    pub fn as_fluent(self) -> &'static str {
        match self {
            ConferenceDecisions::CanBeChallenged => "can-be-challenged",
            ConferenceDecisions::ProcessOnly => "process-only",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Chair {
    /// Where reports sent to the conference chair go. Never taken from a request.
    pub email: String,
    /// Whether the site may show the address itself, or only "the conference chair at …".
    #[serde(default)]
    pub show_address: bool,
}

/// The council's timescales. Working days unless the name says otherwise.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Timescales {
    pub reports_before_initial_conference_working_days: u32,
    pub reports_before_review_conference_working_days: u32,
    pub first_core_group_within_working_days: u32,
    pub core_groups_at_least_every_weeks: u32,
    pub minutes_within_working_days: u32,
    pub first_review_within_months: u32,
    pub later_reviews_every_months: u32,
}

/// Bank holidays announced one at a time, which no rule can know in advance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BankHolidayChanges {
    /// Extra days off, such as 19 September 2022 (a state funeral) or 8 May 2023 (a coronation).
    #[serde(default)]
    pub extra: Vec<chrono::NaiveDate>,
    /// Days the rules call bank holidays that were moved or cancelled, such as 4 May 2020
    /// (moved to 8 May for VE Day).
    #[serde(default)]
    pub cancelled: Vec<chrono::NaiveDate>,
}

/// A profile field whose value cannot be right.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct ProfileFieldError {
    /// The field's path in the TOML file, e.g. `timescales.minutes_within_working_days`.
    pub field: &'static str,
    pub problem: &'static str,
}

impl AuthorityProfile {
    /// Checks what serde cannot: text that must not be blank, addresses and links that must
    /// look right, and timescales in a believable range.
    pub fn validate(&self) -> Result<(), ProfileFieldError> {
        fn fail(field: &'static str, problem: &'static str) -> Result<(), ProfileFieldError> {
            Err(ProfileFieldError { field, problem })
        }
        let required_text = [
            ("council.name", &self.council.name),
            (
                "contacts.children_services_phone",
                &self.contacts.children_services_phone,
            ),
            (
                "contacts.out_of_hours_phone",
                &self.contacts.out_of_hours_phone,
            ),
        ];
        for (field, value) in required_text {
            if value.trim().is_empty() {
                return fail(field, "must not be empty");
            }
            if has_control_characters(value) {
                return fail(field, "must be one line of plain text");
            }
        }
        let optional_text = [
            (
                "contacts.conference_team_phone",
                &self.contacts.conference_team_phone,
            ),
            ("complaints.phone", &self.complaints.phone),
        ];
        for (field, value) in optional_text {
            if value.as_deref().is_some_and(has_control_characters) {
                return fail(field, "must be one line of plain text");
            }
        }
        if !is_email_address(&self.chair.email) {
            return fail(
                "chair.email",
                "must be one email address, like chair@council.example",
            );
        }
        let optional_emails = [
            (
                "contacts.conference_team_email",
                &self.contacts.conference_team_email,
            ),
            ("complaints.email", &self.complaints.email),
        ];
        for (field, value) in optional_emails {
            if value
                .as_deref()
                .is_some_and(|email| !is_email_address(email))
            {
                return fail(
                    field,
                    "must be one email address, like team@council.example",
                );
            }
        }
        if !is_web_link(&self.complaints.url) {
            return fail(
                "complaints.url",
                "must be a web address starting with https://",
            );
        }
        if self.council.nation == Nation::Wales && self.complaints.conference_decisions.is_some() {
            return fail(
                "complaints.conference_decisions",
                "is for councils in England; in Wales the Wales Safeguarding Procedures decide this",
            );
        }
        if !is_web_link(&self.exit_url) {
            return fail("exit_url", "must be a web address starting with https://");
        }
        if self
            .guide_address
            .as_deref()
            .is_some_and(|address| !is_site_address(address))
        {
            return fail(
                "guide_address",
                "must be https:// and a host name with no path, like https://guide.council.example",
            );
        }
        if self
            .contacts
            .website
            .as_deref()
            .is_some_and(|url| !is_web_link(url))
        {
            return fail(
                "contacts.website",
                "must be a web address starting with https://",
            );
        }
        let timescales = &self.timescales;
        let ranges = [
            (
                "timescales.reports_before_initial_conference_working_days",
                timescales.reports_before_initial_conference_working_days,
                1,
                20,
            ),
            (
                "timescales.reports_before_review_conference_working_days",
                timescales.reports_before_review_conference_working_days,
                1,
                20,
            ),
            (
                "timescales.first_core_group_within_working_days",
                timescales.first_core_group_within_working_days,
                1,
                30,
            ),
            (
                "timescales.core_groups_at_least_every_weeks",
                timescales.core_groups_at_least_every_weeks,
                1,
                12,
            ),
            (
                "timescales.minutes_within_working_days",
                timescales.minutes_within_working_days,
                1,
                60,
            ),
            (
                "timescales.first_review_within_months",
                timescales.first_review_within_months,
                1,
                12,
            ),
            (
                "timescales.later_reviews_every_months",
                timescales.later_reviews_every_months,
                1,
                12,
            ),
        ];
        for (field, value, lowest, highest) in ranges {
            if !(lowest..=highest).contains(&value) {
                return fail(
                    field,
                    "is outside the range this guide can describe (see the example profiles)",
                );
            }
        }
        Ok(())
    }

    /// The arguments every guide message is formatted with. The names are the contract with
    /// the `.ftl` files (see the comment at the top of `locales/en/guide.ftl`).
    pub fn fluent_args(&self) -> FluentArgs<'static> {
        let timescales = &self.timescales;
        let mut args = FluentArgs::new();
        args.set("council", FluentValue::from(self.council.name.clone()));
        args.set("nation", FluentValue::from(self.council.nation.as_fluent()));
        // The number a parent should ring about their conference: the team's own if published.
        let phone = self
            .contacts
            .conference_team_phone
            .as_ref()
            .unwrap_or(&self.contacts.children_services_phone);
        args.set("conference-phone", FluentValue::from(phone.clone()));
        let conference_decisions = self
            .complaints
            .conference_decisions
            .map_or("not-set", ConferenceDecisions::as_fluent);
        args.set(
            "conference-decisions",
            FluentValue::from(conference_decisions),
        );
        let numbers = [
            (
                "reports-initial-days",
                timescales.reports_before_initial_conference_working_days,
            ),
            (
                "reports-review-days",
                timescales.reports_before_review_conference_working_days,
            ),
            (
                "core-group-days",
                timescales.first_core_group_within_working_days,
            ),
            (
                "core-group-weeks",
                timescales.core_groups_at_least_every_weeks,
            ),
            ("minutes-days", timescales.minutes_within_working_days),
            ("first-review-months", timescales.first_review_within_months),
            ("later-review-months", timescales.later_reviews_every_months),
        ];
        for (name, value) in numbers {
            args.set(name, FluentValue::from(value));
        }
        args
    }
}

fn has_control_characters(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// Deliberately simple: one `@`, something either side, a dot in the domain, and nothing that
/// could break a mail header. The real test is that the council's mail reaches it.
fn is_email_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && text.chars().all(|c| c.is_ascii_graphic())
        && !text.contains(['<', '>', ',', ';', '"'])
}

/// `https://` and a host (with a port if need be), nothing after it but an optional `/`.
fn is_site_address(text: &str) -> bool {
    is_web_link(text)
        && text
            .trim_start_matches("https://")
            .trim_end_matches('/')
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
}

fn is_web_link(text: &str) -> bool {
    text.strip_prefix("https://").is_some_and(|rest| {
        !rest.is_empty()
            && !rest
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"')
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn example_england() -> AuthorityProfile {
        AuthorityProfile {
            example: true,
            council: Council {
                name: "Exampleshire County Council".into(),
                nation: Nation::England,
            },
            contacts: Contacts {
                children_services_phone: "01632 960000".into(),
                out_of_hours_phone: "01632 960001".into(),
                conference_team_phone: None,
                conference_team_email: Some("conferences@council.example".into()),
                website: None,
            },
            complaints: Complaints {
                url: "https://council.example/complaints".into(),
                phone: None,
                email: None,
                conference_decisions: Some(ConferenceDecisions::ProcessOnly),
            },
            chair: Chair {
                email: "chair@council.example".into(),
                show_address: false,
            },
            timescales: Timescales {
                reports_before_initial_conference_working_days: 2,
                reports_before_review_conference_working_days: 5,
                first_core_group_within_working_days: 10,
                core_groups_at_least_every_weeks: 6,
                minutes_within_working_days: 20,
                first_review_within_months: 3,
                later_reviews_every_months: 6,
            },
            bank_holiday_changes: BankHolidayChanges::default(),
            exit_url: default_exit_url(),
            first_language: None,
            guide_address: Some("https://guide.council.example".into()),
        }
    }

    #[test]
    fn the_example_is_valid() {
        assert_eq!(example_england().validate(), Ok(()));
    }

    #[test]
    fn a_blank_council_name_is_named_in_the_error() {
        let mut profile = example_england();
        profile.council.name = "  ".into();
        assert_eq!(profile.validate().unwrap_err().field, "council.name");
    }

    #[test]
    fn a_chair_address_that_could_add_recipients_is_refused() {
        for bad in [
            "chair@council.example, other@evil.example",
            "chair@council.example\r\nBcc: x@y.z",
            "no-at-sign",
            "a@b",
            "<chair@council.example>",
        ] {
            let mut profile = example_england();
            profile.chair.email = bad.into();
            assert_eq!(
                profile.validate().unwrap_err().field,
                "chair.email",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn links_must_be_https() {
        let mut profile = example_england();
        profile.complaints.url = "javascript:alert(1)".into();
        assert_eq!(profile.validate().unwrap_err().field, "complaints.url");
        profile.complaints.url = "http://council.example".into();
        assert_eq!(profile.validate().unwrap_err().field, "complaints.url");
    }

    #[test]
    fn the_guide_address_is_https_and_a_host_only() {
        for good in [
            "https://guide.council.example",
            "https://guide.council.example/",
            "https://localhost:3000",
        ] {
            let mut profile = example_england();
            profile.guide_address = Some(good.into());
            assert_eq!(profile.validate(), Ok(()), "{good}");
        }
        for bad in [
            "http://guide.council.example",
            "https://guide.council.example/en/start-here",
            "https://guide.council.example?x=1",
            "https://",
            "guide.council.example",
        ] {
            let mut profile = example_england();
            profile.guide_address = Some(bad.into());
            assert_eq!(
                profile.validate().unwrap_err().field,
                "guide_address",
                "{bad}"
            );
        }
    }

    #[test]
    fn timescales_out_of_range_are_named() {
        let mut profile = example_england();
        profile.timescales.minutes_within_working_days = 0;
        assert_eq!(
            profile.validate().unwrap_err().field,
            "timescales.minutes_within_working_days"
        );
    }

    #[test]
    fn the_conference_complaints_route_is_for_england_only() {
        let mut profile = example_england();
        profile.council.nation = Nation::Wales;
        assert_eq!(
            profile.validate().unwrap_err().field,
            "complaints.conference_decisions"
        );
        profile.complaints.conference_decisions = None;
        assert_eq!(profile.validate(), Ok(()));
    }

    #[test]
    fn fluent_args_say_what_a_conference_complaint_can_look_at() {
        let mut profile = example_england();
        assert_eq!(
            profile.fluent_args().get("conference-decisions"),
            Some(&FluentValue::from("process-only"))
        );
        profile.complaints.conference_decisions = None;
        assert_eq!(
            profile.fluent_args().get("conference-decisions"),
            Some(&FluentValue::from("not-set"))
        );
    }

    #[test]
    fn fluent_args_carry_the_nation_and_numbers() {
        let args = example_england().fluent_args();
        assert_eq!(args.get("nation"), Some(&FluentValue::from("england")));
        assert_eq!(args.get("minutes-days"), Some(&FluentValue::from(20u32)));
    }
}
