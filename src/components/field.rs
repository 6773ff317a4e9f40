//! A question of a form, after GOV.UK: label, hint, error message and control, with the hint
//! and the error joined into `aria-describedby` and the error starting with a hidden "Error:".

use leptos::prelude::*;

use crate::{
    assets,
    components::character_count::CharacterCount,
    forms::{
        answers::TICKED,
        definition::{ChoiceQuestion, DateQuestion, Question, TextQuestion, TickGroup},
        validate::FieldError,
        Answers, FormDefinition,
    },
    i18n::{use_messages, Messages},
};

/// An error's message in words, with the question's own label as `$label`.
pub fn error_text(messages: &Messages, form: &FormDefinition, error: &FieldError) -> String {
    let label = form
        .label_of(error.field)
        .map(|id| messages.text(id))
        .unwrap_or_default();
    let mut args = vec![("label", label.into())];
    args.extend(
        error
            .numbers
            .iter()
            .map(|(name, number)| (*name, (*number).into())),
    );
    messages.text_with(error.message, args)
}

/// The first error at any of `names`, in words.
fn error_at(
    messages: &Messages,
    answers: &Answers,
    errors: &[FieldError],
    names: &[&str],
) -> Option<String> {
    errors
        .iter()
        .find(|error| names.contains(&error.field))
        .map(|error| error_text(messages, answers.form, error))
}

/// One question of a form, with its answer so far and its error, whatever its kind.
#[component]
pub fn QuestionField(
    question: &'static Question,
    answers: Answers,
    errors: Vec<FieldError>,
) -> impl IntoView {
    let messages = use_messages();
    let marked_optional = |name: &str| answers.form.marked_optional.contains(&name);
    match question {
        Question::Text(text) => view! {
            <TextField
                question=text
                marked_optional=marked_optional(text.name)
                value=answers.get(text.name).to_owned()
                error=error_at(&messages, &answers, &errors, &[text.name])
            />
        }
        .into_any(),
        Question::Date(date) => view! {
            <DateField
                question=date
                marked_optional=marked_optional(date.name)
                values=date.parts.map(|name| answers.get(name).to_owned())
                error=error_at(&messages, &answers, &errors, &date.parts)
            />
        }
        .into_any(),
        Question::Choice(choice) => view! {
            <ChoiceField
                question=choice
                marked_optional=marked_optional(choice.name)
                value=answers.get(choice.name).to_owned()
                error=error_at(&messages, &answers, &errors, &[choice.name])
            />
        }
        .into_any(),
        Question::Ticks(group) => {
            let marked_optional = marked_optional(group.id);
            view! { <TickGroupField group answers errors marked_optional /> }.into_any()
        }
    }
}

/// A question's label, with "(optional)" after it when the form marks it so. The check page
/// and the PDF use the label alone.
fn label_text(messages: &Messages, label: &str, marked_optional: bool) -> String {
    if marked_optional {
        messages.text_with(
            "form-optional-label",
            vec![("label", messages.text(label).into())],
        )
    } else {
        messages.text(label)
    }
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
                <span class="visually-hidden">{messages.text("form-error-prefix")}" "</span>
                {error}
            </p>
        }
    })
}

/// A one-line answer or a text area with a character count.
#[component]
pub fn TextField(
    question: &'static TextQuestion,
    value: String,
    error: Option<String>,
    /// Shown with "(optional)" after its label (on the questions only, not the check page).
    #[prop(optional)]
    marked_optional: bool,
) -> impl IntoView {
    let messages = use_messages();
    let name = question.name;
    let has_error = error.is_some();
    let hint = question.hint.map(|id| messages.text(id));
    let group_class = with_error("form-group", has_error);
    let control = if question.multiline {
        let max_chars = question.max_chars;
        let limit = messages.text_with("form-limit-hint", vec![("max", max_chars.into())]);
        let count = view! {
            <CharacterCount
                field_id=name.to_owned()
                max=max_chars
                initial=value.chars().count()
                left_label=messages.text("form-count-left")
                over_label=messages.text("form-count-over")
            />
        };
        view! {
            <textarea
                id=name
                name=name
                rows="6"
                class=with_error("textarea", has_error)
                aria-describedby=describedby(name, hint.is_some(), Some(format!("{name}-limit")), has_error)
                spellcheck="true"
                inner_html=textarea_content(&value)
            ></textarea>
            <p id=format!("{name}-limit") class="hint character-count-limit">{limit}</p>
            {count}
        }
        .into_any()
    } else {
        view! {
            <input
                id=name
                name=name
                type="text"
                value=value
                class=with_error("input", has_error)
                aria-describedby=describedby(name, hint.is_some(), None, has_error)
                autocomplete=question.autocomplete
                spellcheck="false"
            />
        }
        .into_any()
    };
    view! {
        <div class=group_class>
            <label class="label" for=name>{label_text(&messages, question.label, marked_optional)}</label>
            {hint.map(|hint| view! { <p id=format!("{name}-hint") class="hint">{hint}</p> })}
            {error_message(name, error)}
            {control}
        </div>
    }
}

/// A date as three boxes (day, month, year) in one fieldset.
#[component]
pub fn DateField(
    question: &'static DateQuestion,
    values: [String; 3],
    error: Option<String>,
    #[prop(optional)] marked_optional: bool,
) -> impl IntoView {
    let messages = use_messages();
    let has_error = error.is_some();
    let name = question.name;
    let part_labels = ["form-date-day", "form-date-month", "form-date-year"];
    let widths = ["input-width-2", "input-width-2", "input-width-4"];
    let parts = question
        .parts
        .into_iter()
        .zip(values)
        .zip(part_labels.into_iter().zip(widths))
        .map(|((part, value), (label, width))| {
            let class = format!("{} {width}", with_error("input", has_error));
            view! {
                <div class="date-input-item">
                    <label class="label" for=part>{messages.text(label)}</label>
                    <input id=part name=part type="text" inputmode="numeric" value=value class=class />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=with_error("form-group", has_error)>
            <fieldset class="fieldset" role="group" aria-describedby=describedby(name, true, None, has_error)>
                <legend class="fieldset-legend-s">{label_text(&messages, question.legend, marked_optional)}</legend>
                <p id=format!("{name}-hint") class="hint">{messages.text(question.hint)}</p>
                {error_message(name, error)}
                <div class="date-input">{parts}</div>
            </fieldset>
        </div>
    }
}

/// Radio buttons for a question with fixed answers.
#[component]
pub fn ChoiceField(
    question: &'static ChoiceQuestion,
    value: String,
    error: Option<String>,
    #[prop(optional)] marked_optional: bool,
) -> impl IntoView {
    let messages = use_messages();
    let name = question.name;
    let has_error = error.is_some();
    let radios = question
        .options
        .iter()
        .enumerate()
        .map(|(index, option)| {
            // The first radio carries the question's own id, so the error summary can link to it.
            let id = if index == 0 { name.to_owned() } else { format!("{name}-{}", option.value) };
            view! {
                <div class="radios-item">
                    <input class="radios-input" id=id.clone() name=name type="radio" value=option.value checked=value == option.value />
                    <label class="label radios-label" for=id>{messages.text(option.label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=with_error("form-group", has_error)>
            <fieldset class="fieldset" aria-describedby=describedby(name, false, None, has_error)>
                <legend class="fieldset-legend-s">{label_text(&messages, question.label, marked_optional)}</legend>
                {error_message(name, error)}
                <div class="radios">{radios}</div>
            </fieldset>
        </div>
    }
}

/// Tick boxes in one fieldset; a tick with a detail box shows it under the tick.
#[component]
pub fn TickGroupField(
    group: &'static TickGroup,
    answers: Answers,
    errors: Vec<FieldError>,
    #[prop(optional)] marked_optional: bool,
) -> impl IntoView {
    let messages = use_messages();
    let hint_id = format!("{}-hint", group.id);
    let ticks = group
        .ticks
        .iter()
        .map(|tick| {
            let name = tick.name;
            let error = error_at(&messages, &answers, &errors, &[name]);
            let detail = tick.detail.as_ref().map(|detail| {
                view! {
                    <div class="checkboxes-conditional">
                        <TextField
                            question=detail
                            value=answers.get(detail.name).to_owned()
                            error=error_at(&messages, &answers, &errors, &[detail.name])
                        />
                    </div>
                }
            });
            view! {
                <div class="checkboxes-item">
                    {error_message(name, error)}
                    <input class="checkboxes-input" id=name name=name type="checkbox" value=TICKED checked=answers.is_ticked(name) />
                    <label class="label checkboxes-label" for=name>
                        {answers.form.picture_for(name).map(|picture| view! {
                            <img class="choice-picture" src=assets::picture(picture).url() alt="" width="48" height="48" />
                        })}
                        {messages.text(tick.label)}
                    </label>
                </div>
                {detail}
            }
        })
        .collect_view();
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby=hint_id>
                <legend class="fieldset-legend-s">{label_text(&messages, group.legend, marked_optional)}</legend>
                <p id=hint_id.clone() class="hint">{messages.text(group.hint)}</p>
                <div class="checkboxes">{ticks}</div>
            </fieldset>
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
