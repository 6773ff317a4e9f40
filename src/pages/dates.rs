//! "Your dates": the result of the dates form. Each date in order, with what it means and what
//! to do if it does not happen; a button for the calendar file; a button to change the date.
//! The answers ride along in hidden fields for those buttons; nothing is kept on the server.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        language_picker::{PostsAnswers, ANSWERS_FORM_ID},
        page_frame::PageFrame,
    },
    dates::ConferenceKind,
    dates_form::{self, worked_out},
    forms::{
        answers::TICKED,
        decode::{ShowingPage, CHANGE_FIELD, NAMED_TITLES_FIELD},
        Answers,
    },
    i18n::use_messages,
    paths::{FormStep, SitePath},
    report::{INCLUDE_DATES, REPORT, REPORT_DATES_PART},
};

#[component]
pub fn DatesResult(answers: Answers) -> impl IntoView {
    let messages = use_messages();
    let language = messages.language;
    let form = answers.form;
    let here = SitePath::form(language, form.slug, FormStep::Questions);
    let filled: Vec<(&'static str, String)> = answers
        .filled()
        .map(|(input, value)| (input.name, value.to_owned()))
        .collect();
    let hidden = move || {
        filled
            .iter()
            .map(|(name, value)| view! { <input type="hidden" name=*name value=value.clone() /> })
            .collect_view()
    };
    let change_anchor = form.sections.first().map_or("", |section| section.anchor);
    let title = messages.text("dates-result-title");
    let head = view! { <Title text=format!("{title} – {}", messages.text("site-name")) /> };
    provide_context(PostsAnswers {
        form,
        form_id: ANSWERS_FORM_ID,
        showing: ShowingPage::Result,
    });
    let Some(worked_out) = worked_out(&answers, &messages.profile) else {
        // Only a date at the very end of the calendar gets here: say so, and offer a change.
        return view! {
            {head}
            <PageFrame here=here.clone()>
                <h1 class="heading-xl">{title}</h1>
                <p>{messages.text("dates-result-none")}</p>
                <form method="post" action=here.href() id=ANSWERS_FORM_ID novalidate>
                    {hidden()}
                    <button type="submit" class="button" name=CHANGE_FIELD value=change_anchor>
                        {messages.text("dates-change-button")}
                    </button>
                </form>
            </PageFrame>
        }
        .into_any();
    };
    let for_id = match worked_out.kind {
        ConferenceKind::Initial => "dates-result-for-initial",
        ConferenceKind::Review => "dates-result-for-review",
    };
    let for_text = messages.text_with(
        for_id,
        vec![(
            "date_on",
            messages.weekday_date_after_on(worked_out.conference).into(),
        )],
    );
    let items = worked_out
        .dates
        .iter()
        .map(|key| {
            let words = dates_form::words(key.milestone);
            view! {
                <li class="dates-item">
                    <h2 class="heading-m">
                        <span class="dates-when">{dates_form::when(&messages, key)}</span>
                        <span class="dates-what">{messages.text(words.what)}</span>
                    </h2>
                    <p>{messages.text(words.meaning)}</p>
                    <p>{messages.text(words.if_not)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        {head}
        <PageFrame here=here.clone()>
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{for_text}</p>
            <p>{messages.text("dates-result-by")}</p>
            <p>{messages.text("dates-result-timescales")}</p>
            <ol class="dates-list">{items}</ol>
            <div class="no-print">
                <h2 class="heading-m">{messages.text("dates-calendar-heading")}</h2>
                <p>{messages.text("dates-calendar-text")}</p>
                <form method="post" action=SitePath::form(language, form.slug, FormStep::Calendar).href() id=ANSWERS_FORM_ID novalidate>
                    {hidden()}
                    <div class="form-group">
                        <p class="hint" id=format!("{NAMED_TITLES_FIELD}-hint")>{messages.text("dates-calendar-named-hint")}</p>
                        <div class="checkboxes-item">
                            <input class="checkboxes-input" id=NAMED_TITLES_FIELD name=NAMED_TITLES_FIELD type="checkbox" value=TICKED aria-describedby=format!("{NAMED_TITLES_FIELD}-hint") />
                            <label class="label checkboxes-label" for=NAMED_TITLES_FIELD>{messages.text("dates-calendar-named-label")}</label>
                        </div>
                    </div>
                    <button type="submit" class="button">{messages.text("dates-calendar-button")}</button>
                </form>
                <h2 class="heading-m">{messages.text("dates-report-heading")}</h2>
                <p>{messages.text("dates-report-text")}</p>
                // Opens the parent's report at its dates part with the date and the tick filled
                // in: the same field names, sent as a Change, so nothing is checked yet.
                <form method="post" action=format!("{}#{}", SitePath::form(language, REPORT.slug, FormStep::Questions).href(), REPORT_DATES_PART) novalidate>
                    {hidden()}
                    <input type="hidden" name=INCLUDE_DATES value=TICKED />
                    <button type="submit" class="button button-secondary" name=CHANGE_FIELD value=REPORT_DATES_PART>
                        {messages.text("dates-report-button")}
                    </button>
                </form>
                <h2 class="heading-m">{messages.text("dates-print-heading")}</h2>
                <p>{messages.text("dates-print-text")}</p>
                <form method="post" action=here.href() novalidate>
                    {hidden()}
                    <button type="submit" class="button button-secondary" name=CHANGE_FIELD value=change_anchor>
                        {messages.text("dates-change-button")}
                    </button>
                </form>
            </div>
        </PageFrame>
    }
    .into_any()
}
