//! GOV.UK's error summary: at the top of the page, a list of links to each field with a
//! problem. The outer element takes focus when the page loads (`autofocus`, so it needs no
//! script) and the inner one is a `role="alert"`, so screen readers announce it at once.

use leptos::prelude::*;

/// `errors` holds (field id, message already in words).
#[component]
pub fn ErrorSummary(title: String, errors: Vec<(&'static str, String)>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        let items = errors
            .into_iter()
            .map(|(field, message)| view! { <li><a href=format!("#{field}")>{message}</a></li> })
            .collect_view();
        view! {
            <div class="error-summary" tabindex="-1" autofocus data-module="error-summary">
                <div role="alert">
                    <h2 class="error-summary-title">{title}</h2>
                    <ul class="list error-summary-list">{items}</ul>
                </div>
            </div>
        }
    })
}
