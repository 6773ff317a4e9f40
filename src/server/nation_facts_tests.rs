//! The facts that differ between England and Wales, pinned through the router: what a parent
//! actually sees on each page with the England example profile and with the Wales one. A wrong
//! nation's fact here would send a parent to the wrong ombudsman or the wrong list of harms.
//! `locales/SOURCES.md` says where each fact comes from.

use http::StatusCode;

use crate::server::{
    profile::{EXAMPLE_ENGLAND, EXAMPLE_WALES},
    test_support::{get, test_router, unescape_html},
};

/// The words of a page as a reader sees them: tags removed, entities decoded, spaces collapsed.
async fn page_text(profile: &str, slug: &str) -> String {
    let (status, _, body) = get(&test_router(profile), &format!("/en/{slug}"), &[]).await;
    assert_eq!(status, StatusCode::OK, "{slug}");
    let main = body
        .split_once("id=\"main-content\"")
        .map_or(body.as_str(), |(_, main)| main);
    let mut text = String::new();
    let mut in_tag = false;
    for c in main.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = unescape_html(&text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_says(text: &str, words: &[&str], context: &str) {
    for word in words {
        assert!(text.contains(word), "{context} should say {word:?}");
    }
}

fn assert_never_says(text: &str, words: &[&str], context: &str) {
    for word in words {
        assert!(!text.contains(word), "{context} should not say {word:?}");
    }
}

#[tokio::test]
async fn wales_has_five_categories_with_financial_and_psychological_abuse() {
    let wales = page_text(EXAMPLE_WALES, "the-decision").await;
    assert_says(
        &wales,
        &[
            "In Wales, there are five categories",
            "physical abuse",
            "emotional or psychological abuse",
            "sexual abuse",
            "financial abuse",
            "neglect",
            "category of registration",
        ],
        "Wales, the-decision",
    );
    assert_never_says(&wales, &["four categories"], "Wales, the-decision");

    let glossary = page_text(EXAMPLE_WALES, "glossary").await;
    assert_says(
        &glossary,
        &[
            "There are five: physical, emotional or psychological, sexual and financial abuse, and neglect",
            "Emotional or psychological abuse",
            "Financial abuse",
        ],
        "Wales, glossary",
    );
}

#[tokio::test]
async fn england_has_four_categories_and_no_financial_abuse_category() {
    let england = page_text(EXAMPLE_ENGLAND, "the-decision").await;
    assert_says(
        &england,
        &["In England, there are four categories", "emotional abuse"],
        "England, the-decision",
    );
    assert_never_says(
        &england,
        &["five categories", "financial abuse", "psychological"],
        "England, the-decision",
    );
    let glossary = page_text(EXAMPLE_ENGLAND, "glossary").await;
    assert_says(
        &glossary,
        &["In England, there are four: physical abuse, emotional abuse, sexual abuse and neglect"],
        "England, glossary",
    );
}

#[tokio::test]
async fn each_nation_names_its_own_law_guidance_and_procedures() {
    let wales = page_text(EXAMPLE_WALES, "what-is-a-conference").await;
    assert_says(
        &wales,
        &[
            "Social Services and Well-being (Wales) Act 2014",
            "Working Together to Safeguard People",
            "Wales Safeguarding Procedures",
        ],
        "Wales, what-is-a-conference",
    );
    assert_never_says(
        &wales,
        &["Working Together to Safeguard Children"],
        "Wales, what-is-a-conference",
    );

    let england = page_text(EXAMPLE_ENGLAND, "what-is-a-conference").await;
    assert_says(
        &england,
        &[
            "Working Together to Safeguard Children",
            "The latest version is from 2023",
            "Children Act 1989",
        ],
        "England, what-is-a-conference",
    );
    assert_never_says(
        &england,
        &[
            "Wales Safeguarding Procedures",
            "Working Together to Safeguard People",
        ],
        "England, what-is-a-conference",
    );

    // The glossary defines the Welsh terms the Welsh pages link to.
    let glossary = page_text(EXAMPLE_WALES, "glossary").await;
    assert_says(
        &glossary,
        &[
            "Social Services and Well-being (Wales) Act 2014",
            "Working Together to Safeguard People",
            "Wales Safeguarding Procedures",
            "Care and support plan",
        ],
        "Wales, glossary",
    );
}

#[tokio::test]
async fn each_nation_names_its_own_ombudsman() {
    for slug in ["complaints", "help-and-contacts"] {
        let wales = page_text(EXAMPLE_WALES, slug).await;
        assert_says(&wales, &["Public Services Ombudsman for Wales"], slug);
        assert_never_says(
            &wales,
            &["Local Government and Social Care Ombudsman"],
            slug,
        );

        let england = page_text(EXAMPLE_ENGLAND, slug).await;
        assert_says(
            &england,
            &["Local Government and Social Care Ombudsman"],
            slug,
        );
        assert_never_says(&england, &["Public Services Ombudsman for Wales"], slug);
    }
}

#[tokio::test]
async fn complaints_follow_each_nations_rules() {
    let wales = page_text(EXAMPLE_WALES, "complaints").await;
    assert_says(
        &wales,
        &[
            "Wales Safeguarding Procedures",
            "only if the procedures were not followed, and that affected the decision",
            "category of registration",
            "Not by itself",
        ],
        "Wales, complaints",
    );
    assert_never_says(&wales, &["three reasons"], "Wales, complaints");

    // England: what this council's procedure allows comes from its profile.
    let england = page_text(EXAMPLE_ENGLAND, "complaints").await;
    assert_says(
        &england,
        &[
            "each council has its own procedure",
            "At Exampleshire County Council, you can ask for a conference decision to be looked at again",
            "Not by itself",
            "a new conference with a different chair",
        ],
        "England, complaints",
    );
    assert_never_says(
        &england,
        &[
            "only if the procedures were not followed",
            "You have the right to complain",
        ],
        "England, complaints",
    );

    let process_only = EXAMPLE_ENGLAND.replace(
        "conference_decisions = \"can-be-challenged\"",
        "conference_decisions = \"process-only\"",
    );
    assert_ne!(process_only, EXAMPLE_ENGLAND);
    let text = page_text(&process_only, "complaints").await;
    assert_says(
        &text,
        &["cannot ask for the decision itself to be looked at again"],
        "England, process only",
    );

    let unset = EXAMPLE_ENGLAND.replace("conference_decisions = \"can-be-challenged\"", "");
    let text = page_text(&unset, "complaints").await;
    assert_says(
        &text,
        &["Ask Exampleshire County Council what its procedure allows"],
        "England, unset",
    );
}

#[tokio::test]
async fn a_transfer_in_conference_is_within_15_working_days() {
    for profile in [EXAMPLE_ENGLAND, EXAMPLE_WALES] {
        for slug in ["what-is-a-conference", "after-the-conference", "glossary"] {
            let text = page_text(profile, slug).await;
            assert_says(&text, &["15 working days"], slug);
            assert_never_says(&text, &["15 days"], slug);
        }
    }
}

#[tokio::test]
async fn the_conference_makes_more_than_one_decision() {
    let england = page_text(EXAMPLE_ENGLAND, "what-is-a-conference").await;
    assert_says(
        &england,
        &[
            "The main decision",
            "lead social worker",
            "lead practitioner",
            "core group",
            "first review conference",
        ],
        "England, what-is-a-conference",
    );
    let wales = page_text(EXAMPLE_WALES, "what-is-a-conference").await;
    assert_says(
        &wales,
        &["The main decision", "co-ordinate the plan"],
        "Wales, what-is-a-conference",
    );
    for text in [&england, &wales] {
        assert_never_says(text, &["The only decision"], "what-is-a-conference");
    }
}

#[tokio::test]
async fn help_after_no_plan_may_be_each_nations_plan() {
    let england = page_text(EXAMPLE_ENGLAND, "the-decision").await;
    assert_says(
        &england,
        &["may be set out in a Child in Need plan"],
        "England",
    );
    let wales = page_text(EXAMPLE_WALES, "the-decision").await;
    assert_says(
        &wales,
        &["may be set out in a care and support plan"],
        "Wales",
    );
}

#[tokio::test]
async fn the_welsh_language_is_offered_in_wales() {
    let wales = page_text(EXAMPLE_WALES, "help-to-take-part").await;
    assert_says(
        &wales,
        &["Can the conference be in Welsh?", "held in Welsh"],
        "Wales",
    );
    let england = page_text(EXAMPLE_ENGLAND, "help-to-take-part").await;
    assert_never_says(&england, &["in Welsh"], "England");
    assert_says(
        &england,
        &["British Sign Language", "Equality Act 2010"],
        "England",
    );
}

#[tokio::test]
async fn national_help_is_shown_where_it_serves() {
    let england = page_text(EXAMPLE_ENGLAND, "help-and-contacts").await;
    assert_says(
        &england,
        &[
            "Family Rights Group",
            "0808 801 0366",
            "Coram Child Law Advice",
            "Childline",
            "0800 1111",
        ],
        "England, help",
    );
    // Family Rights Group and Coram Child Law Advice advise on the law in England only.
    let wales = page_text(EXAMPLE_WALES, "help-and-contacts").await;
    assert_says(
        &wales,
        &["Childline", "0800 1111", "Citizens Advice"],
        "Wales, help",
    );
    assert_never_says(
        &wales,
        &["Family Rights Group", "Coram Child Law Advice"],
        "Wales, help",
    );
}

#[tokio::test]
async fn legal_aid_is_described_as_it_is() {
    for profile in [EXAMPLE_ENGLAND, EXAMPLE_WALES] {
        let text = page_text(profile, "bringing-someone").await;
        assert_says(
            &text,
            &[
                "means test",
                "merits test",
                "Universal Credit",
                "letter before proceedings",
                "whatever your income",
                "Children Law accreditation",
            ],
            "bringing-someone",
        );
        assert_never_says(&text, &["may not pay"], "bringing-someone");
    }
}

#[tokio::test]
async fn the_chair_is_not_called_the_same_job_as_an_independent_reviewing_officer() {
    let text = page_text(EXAMPLE_ENGLAND, "who-will-be-there").await;
    assert_says(
        &text,
        &["no part in running your child's case", "children in care"],
        "who-will-be-there",
    );
    assert_never_says(&text, &["It is the same job"], "who-will-be-there");
}

#[tokio::test]
async fn the_accessibility_statement_names_the_enforcement_route() {
    for profile in [EXAMPLE_ENGLAND, EXAMPLE_WALES] {
        let text = page_text(profile, "accessibility").await;
        assert_says(
            &text,
            &[
                "Equality and Human Rights Commission",
                "Equality Advisory and Support Service",
                "WCAG",
            ],
            "accessibility",
        );
    }
    let wales = page_text(EXAMPLE_WALES, "accessibility").await;
    assert_says(
        &wales,
        &["ask for your conference and its papers in Welsh"],
        "Wales, accessibility",
    );
}
