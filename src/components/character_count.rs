//! The one island on the report form: a live count of the characters left in a text area.
//! Without script, the hint under the label already states the limit; with script, this
//! message follows the typing. It listens at the window for `input` events from its own text
//! area, so the text area itself stays plain server-rendered HTML. The number on screen follows
//! every key; screen readers hear it once typing pauses.

use leptos::prelude::*;

/// `left_label` and `over_label` come translated from the server ("Characters left"), so the
/// browser needs no Fluent: the count is shown as "label: number", which needs no plural rules
/// and no digit grouping (which differs between our languages).
#[island]
pub fn CharacterCount(
    field_id: String,
    max: usize,
    initial: usize,
    left_label: String,
    over_label: String,
) -> impl IntoView {
    let count = RwSignal::new(initial);
    // What screen readers hear: the same words, but only once typing has paused, so they do not
    // read out a number at every key (as GOV.UK's character count does).
    let announced = RwSignal::new(String::new());
    // Effects run only in the browser, so with no script the (empty) message never claims a
    // count that would go stale as the parent types; the limit in the hint still holds.
    let running = RwSignal::new(false);
    Effect::new(move |_| running.set(true));
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        // Count what is in the box when the page wakes: words the server sent back, or words
        // the browser put back.
        let box_id = field_id.clone();
        Effect::new(move |_| {
            let text_box = document().get_element_by_id(&box_id).and_then(|element| {
                element
                    .dyn_into::<leptos::web_sys::HtmlTextAreaElement>()
                    .ok()
            });
            if let Some(text_box) = text_box {
                count.set(text_box.value().chars().count());
            }
        });
        let pause: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
        let field_id = field_id.clone();
        let left_label = left_label.clone();
        let over_label = over_label.clone();
        let handle = window_event_listener(leptos::ev::input, move |event| {
            let target: leptos::web_sys::Element = event_target(&event);
            if target.id() != field_id {
                return;
            }
            count.set(event_target_value(&event).chars().count());
            if let Some(waiting) = pause.get_value() {
                waiting.clear();
            }
            let (left_label, over_label) = (left_label.clone(), over_label.clone());
            let waiting = set_timeout_with_handle(
                move || {
                    announced.set(count_words(
                        count.get_untracked(),
                        max,
                        &left_label,
                        &over_label,
                    ))
                },
                std::time::Duration::from_millis(1000),
            )
            .ok();
            pause.set_value(waiting);
        });
        on_cleanup(move || handle.remove());
    }
    let message = move || {
        if !running.get() {
            return String::new();
        }
        count_words(count.get(), max, &left_label, &over_label)
    };
    view! {
        <p
            id=format!("{field_id}-count")
            class="character-count-message"
            class:character-count-over=move || { count.get() > max }
            aria-hidden="true"
        >
            {message}
        </p>
        <p class="visually-hidden" aria-live="polite">{move || announced.get()}</p>
    }
}

/// "Characters left: 12", or "Characters too many: 3".
fn count_words(typed: usize, max: usize, left_label: &str, over_label: &str) -> String {
    if typed <= max {
        format!("{left_label}: {}", max - typed)
    } else {
        format!("{over_label}: {}", typed - max)
    }
}
