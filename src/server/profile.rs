//! Reading the authority profile at start-up. A council points `CONFERENCE_GUIDE_PROFILE` at its
//! own TOML file; with nothing set, the England example built into the binary is used, so the
//! site runs untouched (and says on every page that it is an example).

use std::path::{Path, PathBuf};

use crate::profile::{AuthorityProfile, ProfileFieldError};

/// The environment variable that names the profile file.
pub const PROFILE_VARIABLE: &str = "CONFERENCE_GUIDE_PROFILE";

pub const EXAMPLE_ENGLAND: &str = include_str!("profiles/example-england.toml");
pub const EXAMPLE_WALES: &str = include_str!("profiles/example-wales.toml");

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("cannot read the authority profile {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the authority profile {origin} is not valid: {source}")]
    Parse {
        origin: String,
        source: Box<toml::de::Error>,
    },
    #[error("the authority profile {origin} has a bad value in {source}")]
    Invalid {
        origin: String,
        source: ProfileFieldError,
    },
}

/// The profile at `path` (the value of `CONFERENCE_GUIDE_PROFILE`), or the built-in England
/// example when it is unset.
pub fn load(path: Option<&str>) -> Result<AuthorityProfile, ProfileError> {
    match path {
        Some(path) => load_file(Path::new(path)),
        None => parse("(built-in example for England)", EXAMPLE_ENGLAND),
    }
}

pub fn load_file(path: &Path) -> Result<AuthorityProfile, ProfileError> {
    let text = std::fs::read_to_string(path).map_err(|source| ProfileError::Read {
        path: path.to_owned(),
        source,
    })?;
    parse(&path.display().to_string(), &text)
}

/// Parses and checks a profile; `origin` names it in error messages.
pub fn parse(origin: &str, text: &str) -> Result<AuthorityProfile, ProfileError> {
    let profile: AuthorityProfile = toml::from_str(text).map_err(|source| ProfileError::Parse {
        origin: origin.to_owned(),
        source: Box::new(source),
    })?;
    profile.validate().map_err(|source| ProfileError::Invalid {
        origin: origin.to_owned(),
        source,
    })?;
    // The profile layer does not know which languages are published; this edge does.
    if let Some(code) = &profile.first_language {
        if crate::i18n::language(code).is_none() {
            return Err(ProfileError::Invalid {
                origin: origin.to_owned(),
                source: ProfileFieldError {
                    field: "first_language",
                    problem: "must be the code of a published language: en, cy, pl or so",
                },
            });
        }
    }
    Ok(profile)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Nation;

    #[test]
    fn both_examples_load_and_say_they_are_examples() {
        let england = parse("england", EXAMPLE_ENGLAND).expect("England example is valid");
        let wales = parse("wales", EXAMPLE_WALES).expect("Wales example is valid");
        assert_eq!(england.council.nation, Nation::England);
        assert_eq!(wales.council.nation, Nation::Wales);
        assert!(england.example && wales.example);
    }

    #[test]
    fn a_first_language_must_be_one_we_publish() {
        let welsh_first = format!("first_language = \"cy\"\n{EXAMPLE_ENGLAND}");
        let profile = parse("welsh first", &welsh_first).expect("cy is published");
        assert_eq!(crate::i18n::first_language(&profile).code, "cy");
        let french_first = format!("first_language = \"fr\"\n{EXAMPLE_ENGLAND}");
        let error = parse("french first", &french_first).expect_err("fr is not published");
        assert!(error.to_string().contains("first_language"), "{error}");
    }

    #[test]
    fn a_missing_field_is_named() {
        let without_chair_email = EXAMPLE_ENGLAND.replace(
            "email = \"conference-chair@",
            "# email = \"conference-chair@",
        );
        let error = parse("test", &without_chair_email).unwrap_err().to_string();
        assert!(error.contains("email"), "{error}");
    }

    #[test]
    fn a_wrong_type_is_named_with_its_line() {
        let text = EXAMPLE_ENGLAND.replace(
            "minutes_within_working_days = 20",
            "minutes_within_working_days = \"twenty\"",
        );
        let error = parse("test", &text).unwrap_err().to_string();
        assert!(error.contains("minutes_within_working_days"), "{error}");
    }

    #[test]
    fn an_unknown_field_is_refused_not_ignored() {
        let text = format!("{EXAMPLE_ENGLAND}\n[extra]\nchair_email = \"x@y.example\"\n");
        let error = parse("test", &text).unwrap_err().to_string();
        assert!(error.contains("extra"), "{error}");
    }

    #[test]
    fn a_bad_value_is_named_by_its_path() {
        let text = EXAMPLE_ENGLAND.replace(
            "minutes_within_working_days = 20",
            "minutes_within_working_days = 0",
        );
        let error = parse("test", &text).unwrap_err().to_string();
        assert!(
            error.contains("timescales.minutes_within_working_days"),
            "{error}"
        );
    }

    #[test]
    fn a_missing_file_says_which() {
        let error = load_file(Path::new("/no/such/profile.toml"))
            .unwrap_err()
            .to_string();
        assert!(error.contains("/no/such/profile.toml"), "{error}");
    }
}
