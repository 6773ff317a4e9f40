//! The one island on the report form: a live count of the characters left in a text area.
//! Without script, the hint under the label already states the limit; with script, this
//! message follows the typing. It listens at the window for `input` events from its own text
//! area, so the text area itself stays plain server-rendered HTML.

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
    // Effects run only in the browser, so with no script the (empty) message never claims a
    // count that would go stale as the parent types; the limit in the hint still holds.
    let running = RwSignal::new(false);
    Effect::new(move |_| running.set(true));
    #[cfg(feature = "hydrate")]
    {
        let field_id = field_id.clone();
        let handle = window_event_listener(leptos::ev::input, move |event| {
            let target: leptos::web_sys::Element = event_target(&event);
            if target.id() == field_id {
                count.set(event_target_value(&event).chars().count());
            }
        });
        on_cleanup(move || handle.remove());
    }
    let message = move || {
        if !running.get() {
            return String::new();
        }
        let typed = count.get();
        if typed <= max {
            format!("{left_label}: {}", max - typed)
        } else {
            format!("{over_label}: {}", typed - max)
        }
    };
    view! {
        <p
            id=format!("{field_id}-count")
            class="character-count-message"
            class:character-count-over=move || { count.get() > max }
            aria-live="polite"
        >
            {message}
        </p>
    }
}
