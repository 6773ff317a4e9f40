//! Forms in every language: the language picker on a form page posts the answers to the same
//! form in another language and shows the same page again with every word; the PDF prints in
//! the language it was written in, with each section heading in English underneath, and its
//! text comes back exactly from pdftotext; dates are in each language's own form.

use axum::Router;
use http::StatusCode;

use crate::{
    i18n::{self, Language},
    server::{
        pdf::tests::pdftotext,
        profile::{EXAMPLE_ENGLAND, EXAMPLE_WALES},
        test_support::{post_form, test_router},
    },
};

async fn post(router: &Router, path: &str, pairs: &[(&str, &str)]) -> (StatusCode, Vec<u8>) {
    let (status, _, bytes) = post_form(router, path, pairs).await;
    (status, bytes)
}

fn page(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn language(code: &str) -> &'static Language {
    i18n::language(code).expect("published")
}

/// What a parent typed, in the language they write in, with the letters that language needs.
fn typed_in(code: &str) -> &'static str {
    match code {
        "cy" => "Mae Siôn yn hoffi'r ŵyl a'r tŷ; mae'n chwarae'n dda gyda'i frawd.",
        "pl" => "Zosia lubi szkołę; źle śpi, ale żółw i gęś ją cieszą.",
        "so" => "Cali wuxuu jecel yahay dugsiga; waxaan u baahanahay caawimaad.",
        _ => "Sam laughs a lot & likes <football>.",
    }
}

#[tokio::test]
async fn choosing_another_language_on_the_questions_keeps_every_word_and_checks_nothing() {
    let router = test_router(EXAMPLE_ENGLAND);
    for (from, to) in [("en", "cy"), ("cy", "pl"), ("pl", "so"), ("so", "en")] {
        let words = typed_in(from);
        // Half-filled and with a mistake (no child's name): nothing is checked on a switch.
        let (status, body) = post(
            &router,
            &format!("/{to}/report"),
            &[
                ("parent-name", "Ann"),
                ("going-well", words),
                ("conference-day", "31"),
                ("conference-month", "2"),
                ("switch-language", "questions"),
            ],
        )
        .await;
        let body = page(&body);
        assert_eq!(status, StatusCode::OK, "{from} to {to}");
        assert!(body.contains(&format!("<html lang=\"{to}\"")), "{to}");
        let escaped = words
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            body.contains(&escaped),
            "{from} to {to}: the words are kept"
        );
        assert!(body.contains("value=\"31\""), "the day as typed");
        assert!(
            !body.contains("error-summary"),
            "{from} to {to}: no errors on a switch"
        );
        let title = i18n::message(language(to), "report-title", None);
        assert!(
            body.contains(&title),
            "{to}: the page is in the new language"
        );
        // The picker on this page posts the answers form to each other language.
        for other in i18n::LANGUAGES.iter().filter(|l| l.code != to) {
            assert!(
                body.contains(&format!("formaction=\"/{}/report\"", other.code)),
                "{to} page offers {}",
                other.code
            );
        }
    }
}

#[tokio::test]
async fn choosing_another_language_on_the_check_page_shows_the_check_page_again() {
    let router = test_router(EXAMPLE_ENGLAND);
    let words = typed_in("pl");
    let (status, body) = post(
        &router,
        "/pl/report",
        &[
            ("parent-name", "Anna"),
            ("child-names", "Zosia"),
            ("going-well", words),
            ("switch-language", "check"),
        ],
    )
    .await;
    let body = page(&body);
    assert_eq!(status, StatusCode::OK);
    let check_title = i18n::message(language("pl"), "check-title", None);
    assert!(body.contains(&check_title), "the Polish check page");
    assert!(body.contains(words), "answers carried in the form");
    // The same post with the answers incomplete goes to the questions with its mistakes.
    let (status, body) = post(
        &router,
        "/cy/report",
        &[("going-well", words), ("switch-language", "check")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page(&body).contains("error-summary"));
}

#[tokio::test]
async fn choosing_another_language_on_a_screen_of_the_childs_views_stays_on_that_screen() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, body) = post(
        &router,
        "/cy/child-views",
        &[
            ("worries", "Dwi poeni am y tŷ"),
            ("screen", "worries"),
            ("switch-language", "questions"),
        ],
    )
    .await;
    let body = page(&body);
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("name=\"screen\" value=\"worries\""),
        "same screen"
    );
    assert!(body.contains("Dwi poeni am y tŷ"), "the words kept");
}

#[tokio::test]
async fn the_dates_page_switches_language_with_its_dates_in_that_languages_form() {
    let router = test_router(EXAMPLE_ENGLAND);
    let dates = [
        ("conference-day", "10"),
        ("conference-month", "12"),
        ("conference-year", "2026"),
        ("conference-kind", "initial"),
        ("switch-language", "result"),
    ];
    let expect = [
        ("pl", "w czwartek 10 grudnia 2026"),
        ("cy", "ddydd Iau 10 Rhagfyr 2026"),
        ("en", "on Thursday 10 December 2026"),
    ];
    for (code, date_after_on) in expect {
        let (status, body) = post(&router, &format!("/{code}/dates"), &dates).await;
        let body = page(&body);
        assert_eq!(status, StatusCode::OK, "{code}");
        assert!(body.contains(date_after_on), "{code}: {date_after_on}");
    }
}

/// A Polish parent may type the month as a date writes it ("grudnia"), not only its name.
#[tokio::test]
async fn a_month_typed_as_a_polish_date_writes_it_is_read() {
    let router = test_router(EXAMPLE_ENGLAND);
    for typed in ["grudnia", "Grudnia.", "grudzień"] {
        let (status, body) = post(
            &router,
            "/pl/dates",
            &[
                ("conference-day", "10"),
                ("conference-month", typed),
                ("conference-year", "2026"),
                ("conference-kind", "initial"),
            ],
        )
        .await;
        let body = page(&body);
        assert_eq!(status, StatusCode::OK, "{typed}");
        assert!(
            body.contains("w czwartek 10 grudnia 2026"),
            "{typed}: the dates worked out, got:\n{body}"
        );
    }
}

#[test]
fn dates_are_written_in_each_languages_own_form() {
    use crate::i18n::Messages;
    use chrono::NaiveDate;
    let profile = std::sync::Arc::new(crate::server::profile::load(None).expect("example"));
    let in_language = |code: &str| Messages {
        language: language(code),
        profile: profile.clone(),
    };
    let thursday = NaiveDate::from_ymd_opt(2026, 12, 10).expect("a date");
    let tuesday = NaiveDate::from_ymd_opt(2027, 3, 2).expect("a date");
    let cases = [
        (
            "en",
            thursday,
            "10 December 2026",
            "Thursday 10 December 2026",
            "on Thursday 10 December 2026",
        ),
        (
            "cy",
            thursday,
            "10 Rhagfyr 2026",
            "dydd Iau 10 Rhagfyr 2026",
            "ddydd Iau 10 Rhagfyr 2026",
        ),
        (
            "pl",
            thursday,
            "10 grudnia 2026",
            "czwartek, 10 grudnia 2026",
            "w czwartek 10 grudnia 2026",
        ),
        (
            "pl",
            tuesday,
            "2 marca 2027",
            "wtorek, 2 marca 2027",
            "we wtorek 2 marca 2027",
        ),
        (
            "cy",
            tuesday,
            "2 Mawrth 2027",
            "dydd Mawrth 2 Mawrth 2027",
            "ddydd Mawrth 2 Mawrth 2027",
        ),
        (
            "so",
            thursday,
            "10 Desembar 2026",
            "Khamiis, 10 Desembar 2026",
            "Khamiista, 10 Desembar 2026",
        ),
    ];
    for (code, date, long, weekday, after_on) in cases {
        let messages = in_language(code);
        assert_eq!(messages.long_date(date), long, "{code}");
        assert_eq!(messages.weekday_date(date), weekday, "{code}");
        assert_eq!(messages.weekday_date_after_on(date), after_on, "{code}");
    }
    // A month typed in words is read in the page's language too.
    // Polish dates use another form of the month's name ("10 grudnia"), read as well.
    assert_eq!(in_language("pl").month_words()[11], ["grudzień", "grudnia"]);
    assert_eq!(in_language("pl").month_words()[4], ["maj", "maja"]);
    assert_eq!(in_language("cy").month_words()[11], ["Rhagfyr"]);
    assert_eq!(in_language("en").month_words()[0], ["January"]);
    assert_eq!(in_language("so").month_words()[11], ["Desembar"]);
}

/// The report's PDF in each language: the answers exactly as typed, every heading in the
/// language and in English underneath, the date in the language's form, no isolation marks.
#[tokio::test]
async fn the_pdf_prints_in_the_language_it_was_written_in_with_english_headings_underneath() {
    let router = test_router(EXAMPLE_WALES);
    for code in ["cy", "pl", "so", "en"] {
        let words = typed_in(code);
        let (status, pdf) = post(
            &router,
            &format!("/{code}/report/pdf"),
            &[
                ("parent-name", "Ann"),
                ("child-names", "Sam"),
                ("going-well", words),
                ("needs-to-change", words),
                ("conference-day", "10"),
                ("conference-month", "12"),
                ("conference-year", "2026"),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{code}");
        let text = pdftotext(&pdf);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(words),
            "{code}: the answer exactly, got:\n{text}"
        );
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "{code}: no isolation marks"
        );
        let messages = i18n::Messages {
            language: language(code),
            profile: std::sync::Arc::new(
                crate::server::profile::parse("wales", EXAMPLE_WALES).expect("valid"),
            ),
        };
        let date = messages.long_date(chrono::NaiveDate::from_ymd_opt(2026, 12, 10).expect("date"));
        assert!(flat.contains(&date), "{code}: the date as {date}");
        for heading in ["report-section-strengths", "report-section-worries"] {
            let in_language = i18n::message(language(code), heading, None);
            let in_english = i18n::message(i18n::default_language(), heading, None);
            let shown = flat
                .find(&in_language)
                .unwrap_or_else(|| panic!("{code}: {in_language}"));
            if code == "en" {
                continue;
            }
            assert_ne!(in_language, in_english, "{code} {heading} is translated");
            let english_at = flat[shown..].find(&in_english).map(|at| at + shown);
            assert!(
                english_at.is_some(),
                "{code}: {in_english} after {in_language}"
            );
            // Right underneath: nothing but the heading between them.
            assert_eq!(
                flat[shown + in_language.len()..english_at.unwrap_or_default()].trim(),
                "",
                "{code}: the English heading follows the {code} one"
            );
        }
    }
}

/// The email to the chair: the English words first, then the parent's language, with no
/// isolation marks; the attached PDF in the parent's language.
#[tokio::test]
async fn the_email_has_english_first_then_the_parents_language() {
    use crate::server::{
        forms::send_tests::{attached_pdf, eml_files, outbox_settings},
        rate_limit::LimitSettings,
        test_support::{run_test_python, test_router_with},
    };
    let outbox = tempfile::tempdir().expect("folder");
    let router = test_router_with(
        EXAMPLE_ENGLAND,
        &outbox_settings(outbox.path()),
        &LimitSettings::default(),
    );
    let words = typed_in("pl");
    let (status, _) = post(
        &router,
        "/pl/report/send",
        &[
            ("parent-name", "Anna"),
            ("child-names", "Zosia"),
            ("going-well", words),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let files = eml_files(outbox.path());
    assert_eq!(files.len(), 1);
    let body = run_test_python(
        "import email, sys\n\
         message = email.message_from_bytes(sys.stdin.buffer.read())\n\
         part = next(p for p in message.walk() if p.get_content_type() == 'text/plain')\n\
         sys.stdout.write(part.get_payload(decode=True).decode(part.get_content_charset()))",
        &[],
        files[0].as_bytes(),
    );
    let english_hello = body.find("Hello,").expect("the English part");
    let polish_start = i18n::message(language("pl"), "mail-body", None)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    let polish_at = body.find(&polish_start).expect("the Polish part");
    assert!(english_hello < polish_at, "English first:\n{body}");
    // Each part says which language the PDF is in.
    let english_says = body
        .find("The report is written in Polish, with each heading in English as well.")
        .expect("the English part names the PDF's language");
    assert!(english_says < polish_at, "{body}");
    let polish_says = body
        .find("Raport jest napisany po polsku, a każdy nagłówek jest także po angielsku.")
        .expect("the Polish part names the PDF's language");
    assert!(polish_at < polish_says, "{body}");
    assert!(
        !body.contains(['\u{2068}', '\u{2069}']),
        "no isolation marks"
    );
    assert!(pdftotext(&attached_pdf(&files[0])).contains(words));
}
