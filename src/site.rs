//! What the site publishes: the guide's pages and its forms, looked up from a `SitePath`. The
//! pages and the server ask here, so a path means the same thing to both.

use crate::{
    child_views::CHILD_VIEWS,
    content::{self, Page},
    dates_form::DATES,
    forms::{definition::Ending, FormDefinition},
    paths::{FormStep, Place, SitePath, Version},
    report::REPORT,
};

/// Every form of the site. The tests add a form of their own, to prove the engine needs no
/// code per form.
pub fn forms() -> &'static [&'static FormDefinition] {
    #[cfg(not(test))]
    static FORMS: &[&FormDefinition] = &[&REPORT, &DATES, &CHILD_VIEWS];
    #[cfg(test)]
    static FORMS: &[&FormDefinition] = &[
        &REPORT,
        &DATES,
        &CHILD_VIEWS,
        &crate::forms::test_form::TEST_FORM,
        &crate::forms::test_form::TEST_PAGED_FORM,
    ];
    FORMS
}

pub fn form(slug: &str) -> Option<&'static FormDefinition> {
    forms().iter().copied().find(|form| form.slug == slug)
}

/// What a path shows.
#[derive(Debug, Clone, Copy)]
pub enum Destination {
    /// `/{lang}`: sent on to the start page.
    LanguageHome,
    Guide(&'static Page, Version),
    Form(&'static FormDefinition, FormStep),
}

/// What `path` shows, or `None` when it is not a page of ours.
pub fn resolve(path: &SitePath) -> Option<Destination> {
    match &path.place {
        Place::LanguageHome => Some(Destination::LanguageHome),
        Place::Page {
            version: Version::Standard,
            slug,
        } => match form(slug) {
            Some(form) => Some(Destination::Form(form, FormStep::Questions)),
            None => content::page(slug).map(|page| Destination::Guide(page, Version::Standard)),
        },
        // Easy read has guide pages only; a form is the same for everyone.
        Place::Page {
            version: Version::EasyRead,
            slug,
        } => content::page_in(Version::EasyRead, slug)
            .map(|page| Destination::Guide(page, Version::EasyRead)),
        // Each form has only the steps its ending needs: PDF and send, or a calendar file.
        Place::FormAction { form: slug, step } => form(slug)
            .filter(|form| {
                let calendar = *step == FormStep::Calendar;
                match form.ending {
                    Ending::CheckThenPdfOrSend => !calendar,
                    Ending::Result(_) => calendar,
                }
            })
            .map(|form| Destination::Form(form, *step)),
    }
}

/// A page that says something went wrong: its status and the Fluent ids of its title and text.
/// The server's errors choose one; `pages::error` shows it in the path's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorPage {
    pub status: u16,
    pub title: &'static str,
    pub text: &'static str,
}

/// The page for an address we do not have.
pub const NOT_FOUND: ErrorPage = ErrorPage {
    status: 404,
    title: "not-found-title",
    text: "not-found-text",
};

#[cfg(test)]
mod picture_tests {
    use crate::forms::definition::Question;

    /// Every picture a form names sits beside a tick or at the top of a screen that exists,
    /// and every picture choice of the child's views has its picture.
    #[test]
    fn every_form_picture_belongs_to_a_tick_or_a_screen() {
        for form in super::forms() {
            for (key, _) in form.pictures {
                let is_screen = form.sections.iter().any(|section| section.anchor == *key);
                let is_tick = form.inputs().any(|input| input.name == *key);
                assert!(is_screen || is_tick, "{}: {key}", form.slug);
            }
        }
        let child = &crate::child_views::CHILD_VIEWS;
        for section in child.sections {
            assert!(
                child.picture_for(section.anchor).is_some(),
                "{}",
                section.anchor
            );
            for question in section.questions {
                if let Question::Ticks(group) = question {
                    for tick in group.ticks {
                        assert!(child.picture_for(tick.name).is_some(), "{}", tick.name);
                    }
                }
            }
        }
    }
}
