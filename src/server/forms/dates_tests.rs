//! "Your dates" through the router: the form, its errors, the dates page, and the calendar
//! file, which a real calendar parser (Python's `icalendar`) reads back with the page's dates.

use axum::{body::Body, http::Request, Router};
use http::{header, StatusCode};

use crate::server::{
    profile::EXAMPLE_ENGLAND,
    test_support::{get, run_test_python, send, test_router},
};

async fn post(router: &Router, path: &str, body: &str) -> (StatusCode, http::HeaderMap, String) {
    let builder =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let (status, headers, bytes) = send(router, builder, &[], Body::from(body.to_owned())).await;
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// An initial conference on Thursday 5 March 2026.
const FIRST_CONFERENCE: &str =
    "conference-day=5&conference-month=3&conference-year=2026&conference-kind=initial";

/// What the page must show for `FIRST_CONFERENCE` with the example profile (core groups every
/// 6 weeks), in this order.
const EXPECTED: &[(&str, &str)] = &[
    ("By Tuesday 3 March 2026", "2026-03-03"),
    ("On Thursday 5 March 2026", "2026-03-05"),
    ("On Thursday 5 March 2026", "2026-03-05"),
    ("By Thursday 19 March 2026", "2026-03-19"),
    ("By Thursday 2 April 2026", "2026-04-02"),
    ("By Thursday 30 April 2026", "2026-04-30"),
    ("By Friday 5 June 2026", "2026-06-05"),
    ("By Friday 4 December 2026", "2026-12-04"),
];

#[tokio::test]
async fn the_form_asks_for_the_date_and_the_kind_and_is_not_cached() {
    let (status, headers, body) = get(&test_router(EXAMPLE_ENGLAND), "/en/dates", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    for expected in [
        "<form method=\"post\" action=\"/en/dates\"",
        "id=\"conference-day\"",
        "name=\"conference-kind\" type=\"radio\" value=\"initial\"",
    ] {
        assert!(body.contains(expected), "{expected}");
    }
}

#[tokio::test]
async fn a_missing_date_and_kind_are_errors_that_keep_what_was_typed() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, _, body) = post(&router, "/en/dates", "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Enter the date of the conference"));
    assert!(body.contains("Choose which conference it is"));
    let (status, _, body) = post(
        &router,
        "/en/dates",
        "conference-day=31&conference-month=2&conference-year=2026&conference-kind=review",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("must be a real date"));
    assert!(body.contains("value=\"review\" checked"));
}

#[tokio::test]
async fn an_initial_conference_shows_every_date_in_order() {
    let (status, headers, body) =
        post(&test_router(EXAMPLE_ENGLAND), "/en/dates", FIRST_CONFERENCE).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(body.contains("For a first conference on Thursday 5 March 2026."));
    let mut from = 0;
    for (when, _) in EXPECTED {
        let at = body[from..]
            .find(&format!("<span class=\"dates-when\">{when}</span>"))
            .unwrap_or_else(|| panic!("{when} after byte {from}"));
        from += at + 1;
    }
    for what in [
        "You should have the reports",
        "You can meet the chair first",
        "The first core group meeting",
        "You should have the minutes",
        "The first review conference",
        "The next review conference",
    ] {
        assert!(body.contains(what), "{what}");
    }
    assert!(body.contains("action=\"/en/dates/calendar\""));
}

#[tokio::test]
async fn change_goes_back_to_the_questions_with_the_answers() {
    let (status, _, body) = post(
        &test_router(EXAMPLE_ENGLAND),
        "/en/dates",
        &format!("{FIRST_CONFERENCE}&change=your-conference"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("id=\"conference-day\""));
    assert!(body.contains("value=\"5\""));
}

/// Each event of a calendar file as read by Python's `icalendar`: "start|end|title", or an
/// error that says why it could not be read.
fn parsed_by_icalendar(file: &str) -> Vec<String> {
    let script = r#"
import sys, datetime, icalendar
calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
for event in calendar.walk("VEVENT"):
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert type(start) is datetime.date and type(end) is datetime.date, "all-day"
    print(f"{start}|{end}|{event.get('SUMMARY')}")
"#;
    run_test_python(script, &[], file.as_bytes())
        .lines()
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_calendar_file_holds_the_pages_dates_with_plain_titles() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, headers, file) = post(&router, "/en/dates/calendar", FIRST_CONFERENCE).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers[header::CONTENT_TYPE],
        "text/calendar; charset=utf-8"
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert_eq!(
        headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"my-dates-2026-03-05.ics\""
    );
    let events = parsed_by_icalendar(&file);
    assert_eq!(events.len(), EXPECTED.len());
    for (event, (_, date)) in events.iter().zip(EXPECTED) {
        let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date");
        let next = day.succ_opt().expect("next day");
        assert!(event.starts_with(&format!("{date}|{next}|")), "{event}");
        assert!(
            !event.to_lowercase().contains("child protection"),
            "{event}"
        );
        assert!(!event.to_lowercase().contains("conference"), "{event}");
    }
    // Ticked, the titles say what each date is.
    let (_, _, named) = post(
        &router,
        "/en/dates/calendar",
        &format!("{FIRST_CONFERENCE}&named-titles=yes"),
    )
    .await;
    let events = parsed_by_icalendar(&named);
    assert!(events
        .iter()
        .any(|event| event.ends_with("|Child protection conference")));
}

#[tokio::test]
async fn the_calendar_needs_valid_answers_and_belongs_to_the_dates_form_only() {
    let router = test_router(EXAMPLE_ENGLAND);
    let (status, headers, _) = post(&router, "/en/dates/calendar", "conference-day=5").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .expect("ascii")
        .starts_with("text/html"));
    for path in ["/en/report/calendar", "/en/dates/pdf", "/en/dates/send"] {
        let (status, _, _) = post(&router, path, FIRST_CONFERENCE).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let (status, _, _) = get(&router, "/en/dates/calendar", &[]).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn the_dates_go_into_the_report_and_its_pdf_in_the_same_words() {
    use crate::server::pdf::tests::pdftotext;
    let router = test_router(EXAMPLE_ENGLAND);
    // The dates page offers its dates to the report: a Change into the report's dates part.
    let (_, _, page) = post(&router, "/en/dates", FIRST_CONFERENCE).await;
    assert!(page.contains("action=\"/en/report#your-dates\""));
    assert!(page.contains("name=\"include-dates\" value=\"yes\""));
    let (status, _, report) = post(
        &router,
        "/en/report",
        &format!("{FIRST_CONFERENCE}&include-dates=yes&change=your-dates"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!report.contains("error-summary"), "nothing is checked yet");
    assert!(
        report.contains("id=\"conference-day\" name=\"conference-day\" value=\"5\"")
            || report.contains("value=\"5\"")
    );
    assert!(report.contains("value=\"initial\" checked"));
    assert!(report.contains("name=\"include-dates\" type=\"checkbox\" value=\"yes\" checked"));
    // Ticked without a date or a kind: an error for each, linked to its question.
    let (status, _, errors) = post(
        &router,
        "/en/report",
        "parent-name=Ann&child-names=Sam&going-well=Reads&include-dates=yes",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(errors.contains("href=\"#conference-day\""));
    assert!(errors.contains("Enter the date of the conference, so we can work out your dates"));
    assert!(errors.contains("Choose which conference it is, so we can work out your dates"));
    // The PDF ends with every date the dates page shows, in order.
    let builder = Request::post("/en/report/pdf")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let body = format!(
        "parent-name=Ann&child-names=Sam&going-well=Reads&{FIRST_CONFERENCE}&include-dates=yes"
    );
    let (status, _, pdf) = send(&router, builder, &[], Body::from(body)).await;
    assert_eq!(status, StatusCode::OK);
    let text = pdftotext(&pdf);
    let heading = text
        .find("Dates worked out from the conference date")
        .expect("the dates section");
    let mut from = heading;
    for (when, _) in EXPECTED {
        let at = text[from..]
            .find(when)
            .unwrap_or_else(|| panic!("{when} in order"));
        from += at + when.len();
    }
    assert!(text[heading..].contains("You should have the reports"));
    // Without the tick, no dates section.
    let builder = Request::post("/en/report/pdf")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let body = format!("parent-name=Ann&child-names=Sam&going-well=Reads&{FIRST_CONFERENCE}");
    let (_, _, pdf) = send(&router, builder, &[], Body::from(body)).await;
    assert!(!pdftotext(&pdf).contains("Dates worked out"));
}
