//! A guide for parents facing a Child Protection Conference: pages rendered on the server,
//! with Leptos islands only where a page needs the browser to do something.

//!
//! Modules, lowest layer first; a module uses only those before it in this list (`.ci/layers`
//! checks it, and keeps the list): `profile`, `i18n`, `paths`, `dates`, `content`, `forms`, `report`, `dates_form`, `child_views`,
//! `site`, `assets`, `components`, `pages`, `app`, then the server-only `server`.

pub mod app;
pub mod assets;
pub mod child_views;
pub mod components;
pub mod content;
pub mod dates;
pub mod dates_form;
pub mod forms;
pub mod i18n;
pub mod pages;
pub mod paths;
pub mod profile;
pub mod report;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(test)]
mod message_ids_tests;
pub mod site;

/// Entry point of the islands bundle: wakes up the `#[island]` components on a page, and nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
