//! Everything that only exists on the server: settings, the router and its middleware, the
//! form handlers, and the edges to the outside (the PDF writer, mail).

pub mod drawing;
pub mod error;
pub mod forms;
pub mod logging;
pub mod mail;
pub mod middleware;
pub mod pdf;
pub mod profile;
pub mod rate_limit;
pub mod render;
pub mod router;
pub mod serve;
pub mod settings;
pub mod site_routes;
pub mod state;

#[cfg(test)]
mod bad_input_tests;
#[cfg(test)]
mod nation_facts_tests;
#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod translated_pages_tests;
#[cfg(test)]
mod valid_markup_tests;
