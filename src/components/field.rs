//! A question of a form, after GOV.UK: label, hint, error message and control, with the hint
//! and the error joined into `aria-describedby` and the error starting with a hidden "Error:".

use leptos::prelude::*;

use crate::{
    components::character_count::CharacterCount,
    i18n::use_messages,
    report::model::{Field, Kind},
};

/// What a question needs to render: its spec, the answer so far, and its error in words.
#[derive(Clone)]
pub struct FieldState {
    pub field: &'static Field,
    pub value: String,
    pub error: Option<String>,
}

/// What goes between `<textarea>` and `</textarea>`. Leptos writes a text area's children
/// unescaped, so the parent's words are escaped here (a typed `</textarea>` must stay text).
/// The HTML parser drops one newline straight after the start tag, so one is always added and
/// an answer that begins with a blank line keeps it.
pub fn textarea_content(value: &str) -> String {
    let mut content = String::with_capacity(value.len() + 1);
    content.push('\n');
    for character in value.chars() {
        match character {
            '&' => content.push_str("&amp;"),
            '<' => content.push_str("&lt;"),
            '>' => content.push_str("&gt;"),
            c => content.push(c),
        }
    }
    content
}

/// The CSS classes of a control or its group: the base class, plus `{base}-error` when the
/// field has an error (GOV.UK's red border and bar).
fn with_error(base: &str, has_error: bool) -> String {
    if has_error {
        format!("{base} {base}-error")
    } else {
        base.to_owned()
    }
}

fn describedby(
    name: &str,
    has_hint: bool,
    extra: Option<String>,
    has_error: bool,
) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{name}-hint"));
    }
    ids.extend(extra);
    if has_error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn error_message(name: &'static str, error: Option<String>) -> impl IntoView {
    let messages = use_messages();
    error.map(|error| {
        view! {
            <p id=format!("{name}-error") class="error-message">
                <span class="visually-hidden">{messages.text("report-error-prefix")}" "</span>
                {error}
            </p>
        }
    })
}

/// A one-line answer or a text area, depending on the field's kind.
#[component]
pub fn TextField(state: FieldState) -> impl IntoView {
    let messages = use_messages();
    let FieldState {
        field,
        value,
        error,
    } = state;
    let name = field.name;
    let has_error = error.is_some();
    let hint = field.hint.map(|id| messages.text(id));
    let group_class = with_error("form-group", has_error);
    let control = match field.kind {
        Kind::Text { max_chars } => {
            let limit = messages.text_with("report-limit-hint", vec![("max", max_chars.into())]);
            let count = view! {
                <CharacterCount
                    field_id=name.to_owned()
                    max=max_chars
                    initial=value.chars().count()
                    left_label=messages.text("report-count-left")
                    over_label=messages.text("report-count-over")
                />
            };
            view! {
                <textarea
                    id=name
                    name=name
                    rows="6"
                    class=with_error("textarea", has_error)
                    aria-describedby=describedby(name, true, Some(format!("{name}-limit")), has_error)
                    spellcheck="true"
                    inner_html=textarea_content(&value)
                ></textarea>
                <p id=format!("{name}-limit") class="hint character-count-limit">{limit}</p>
                {count}
            }
            .into_any()
        }
        _ => view! {
            <input
                id=name
                name=name
                type="text"
                value=value
                class=with_error("input", has_error)
                aria-describedby=describedby(name, hint.is_some(), None, has_error)
                autocomplete=if name == "parent-name" { "name" } else { "off" }
                spellcheck="false"
            />
        }
        .into_any(),
    };
    view! {
        <div class=group_class>
            <label class="label" for=name>{messages.text(field.label)}</label>
            {hint.map(|hint| view! { <p id=format!("{name}-hint") class="hint">{hint}</p> })}
            {error_message(name, error)}
            {control}
        </div>
    }
}

/// The conference date as three boxes (day, month, year) in one fieldset.
#[component]
pub fn DateField(
    day: FieldState,
    month: FieldState,
    year: FieldState,
    error: Option<String>,
) -> impl IntoView {
    let messages = use_messages();
    let has_error = error.is_some();
    let parts = [(day, "input-width-2"), (month, "input-width-2"), (year, "input-width-4")]
        .into_iter()
        .map(|(part, width)| {
            let name = part.field.name;
            let class = format!("{} {width}", with_error("input", has_error));
            view! {
                <div class="date-input-item">
                    <label class="label" for=name>{messages.text(part.field.label)}</label>
                    <input id=name name=name type="text" inputmode="numeric" value=part.value class=class />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=with_error("form-group", has_error)>
            <fieldset class="fieldset" role="group" aria-describedby=describedby("conference-date", true, None, has_error)>
                <legend class="fieldset-legend-s">{messages.text("report-date-legend")}</legend>
                <p id="conference-date-hint" class="hint">{messages.text("report-date-hint")}</p>
                {error_message("conference-date", error)}
                <div class="date-input">{parts}</div>
            </fieldset>
        </div>
    }
}

/// Radio buttons for a field with fixed answers. Option labels are `{label id minus -label}-{value}`.
#[component]
pub fn ChoiceField(
    state: FieldState,
    options: &'static [&'static str],
    option_labels: Vec<String>,
) -> impl IntoView {
    let messages = use_messages();
    let FieldState {
        field,
        value,
        error,
    } = state;
    let name = field.name;
    let has_error = error.is_some();
    let radios = options
        .iter()
        .zip(option_labels)
        .enumerate()
        .map(|(index, (option, label))| {
            // The first radio carries the field's own id, so the error summary can link to it.
            let id = if index == 0 { name.to_owned() } else { format!("{name}-{option}") };
            view! {
                <div class="radios-item">
                    <input class="radios-input" id=id.clone() name=name type="radio" value=*option checked=value == *option />
                    <label class="label radios-label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=with_error("form-group", has_error)>
            <fieldset class="fieldset" aria-describedby=describedby(name, false, None, has_error)>
                <legend class="fieldset-legend-s">{messages.text(field.label)}</legend>
                {error_message(name, error)}
                <div class="radios">{radios}</div>
            </fieldset>
        </div>
    }
}

/// One tick box.
#[component]
pub fn TickField(state: FieldState) -> impl IntoView {
    let messages = use_messages();
    let FieldState {
        field,
        value,
        error,
    } = state;
    let name = field.name;
    view! {
        <div class="checkboxes-item">
            {error_message(name, error)}
            <input class="checkboxes-input" id=name name=name type="checkbox" value="yes" checked=value == "yes" />
            <label class="label checkboxes-label" for=name>{messages.text(field.label)}</label>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::textarea_content;

    #[test]
    fn text_area_content_is_escaped_and_keeps_a_leading_newline() {
        assert_eq!(
            textarea_content("</textarea><b>&"),
            "\n&lt;/textarea&gt;&lt;b&gt;&amp;"
        );
        assert_eq!(
            textarea_content("\nfirst line blank"),
            "\n\nfirst line blank"
        );
    }
}
