//! A guide for parents facing a Child Protection Conference: pages rendered on the server,
//! with Leptos islands only where a page needs the browser to do something.

pub mod app;
pub mod assets;
pub mod components;
pub mod content;
pub mod i18n;
pub mod profile;
pub mod report;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod server;

/// Entry point of the islands bundle: wakes up the `#[island]` components on a page, and nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
