//! Every translation says everything the English says, in a form the code can fill in: the
//! same message ids, the same variables, the same selectors (`$nation`, `$form`, …) with the
//! same variants, every plural category the language has, the same link targets, and no
//! Unicode isolation marks. A message left out of one locale fails here, by id.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use super::*;

/// What a message needs from the code and offers the reader, apart from its words.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    /// Each selector: the variable it chooses on and its variant keys.
    selectors: Vec<(String, BTreeSet<String>)>,
    links: BTreeSet<String>,
    text: String,
}

fn read_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => shape.text.push_str(value),
            PatternElement::Placeable { expression } => read_expression(expression, shape),
        }
    }
}

fn read_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Select { selector, variants } => {
            read_inline(selector, shape);
            let on = match selector {
                InlineExpression::VariableReference { id } => id.name.to_owned(),
                other => format!("{other:?}"),
            };
            let keys = variants
                .iter()
                .map(|variant| match &variant.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            shape.selectors.push((on, keys));
            for variant in variants {
                read_pattern(&variant.value, shape);
            }
        }
        Expression::Inline(inline) => read_inline(inline, shape),
    }
}

fn read_inline(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => read_expression(expression, shape),
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                read_inline(argument, shape);
            }
        }
        _ => {}
    }
}

/// Every message of a set of Fluent sources, by id.
fn shapes(sources: &[(&str, &str)]) -> BTreeMap<String, Shape> {
    let mut shapes = BTreeMap::new();
    for (_, source) in sources {
        let resource =
            fluent_syntax::parser::parse(*source).unwrap_or_else(|(resource, _)| resource);
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut shape = Shape::default();
                if let Some(value) = &message.value {
                    read_pattern(value, &mut shape);
                }
                shape.links = inline_link_targets(&shape.text);
                shapes.insert(message.id.name.to_owned(), shape);
            }
        }
    }
    shapes
}

/// The targets of `[words](glossary:…)`, `(page:…)` and `(easy:…)` links in a message's text.
fn inline_link_targets(text: &str) -> BTreeSet<String> {
    text.split("](")
        .skip(1)
        .filter_map(|rest| rest.split_once(')'))
        .map(|(target, _)| target.to_owned())
        .filter(|target| {
            ["glossary:", "page:", "easy:"]
                .iter()
                .any(|kind| target.starts_with(kind))
        })
        .collect()
}

/// The CLDR plural categories of each language (cardinal numbers).
fn plural_categories(code: &str) -> &'static [&'static str] {
    match code {
        "cy" => &["zero", "one", "two", "few", "many", "other"],
        "pl" => &["one", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

const ALL_PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Arguments the code passes besides the one the English shows, which a language may use
/// instead: Polish chooses a genitive month by number, Welsh and Polish a weekday's form.
const INSTEAD: [(&str, &str, &str); 3] = [
    ("date-long", "month", "month_number"),
    ("date-long-weekday", "weekday", "weekday_number"),
    ("date-long-weekday-on", "weekday", "weekday_number"),
];

/// What is wrong with `translation` (the sources of language `code`) measured against `english`.
fn problems(code: &str, english: &[(&str, &str)], translation: &[(&str, &str)]) -> Vec<String> {
    let english = shapes(english);
    let translated = shapes(translation);
    let mut problems = Vec::new();
    for id in english.keys().filter(|id| !translated.contains_key(*id)) {
        problems.push(format!("{code} lacks {id}"));
    }
    for id in translated.keys().filter(|id| !english.contains_key(*id)) {
        problems.push(format!("{code} has {id}, which English does not"));
    }
    for (id, source) in &english {
        let Some(shape) = translated.get(id) else {
            continue;
        };
        let mut variables = shape.variables.clone();
        for (message, name, number) in INSTEAD {
            if message == id && variables.remove(number) {
                variables.insert(name.to_owned());
            }
        }
        if variables != source.variables {
            problems.push(format!(
                "{code} {id} uses {variables:?}, English {:?}",
                source.variables
            ));
        }
        for (on, keys) in &source.selectors {
            let theirs: Vec<&BTreeSet<String>> = shape
                .selectors
                .iter()
                .filter(|(their_on, _)| their_on == on)
                .map(|(_, keys)| keys)
                .collect();
            if theirs.is_empty() {
                problems.push(format!("{code} {id} does not choose on ${on}"));
            }
            let is_plural = keys
                .iter()
                .all(|key| ALL_PLURAL_CATEGORIES.contains(&key.as_str()));
            for their_keys in theirs {
                if is_plural {
                    let wanted: BTreeSet<String> = plural_categories(code)
                        .iter()
                        .map(|c| c.to_string())
                        .collect();
                    let categories: BTreeSet<String> = their_keys
                        .iter()
                        .filter(|key| ALL_PLURAL_CATEGORIES.contains(&key.as_str()))
                        .cloned()
                        .collect();
                    if categories != wanted {
                        problems.push(format!(
                            "{code} {id} plural on ${on} has {categories:?}, {code} needs {wanted:?}"
                        ));
                    }
                } else if their_keys != keys {
                    problems.push(format!(
                        "{code} {id} chooses on ${on} with {their_keys:?}, English {keys:?}"
                    ));
                }
            }
        }
        if shape.links != source.links {
            problems.push(format!(
                "{code} {id} links to {:?}, English {:?}",
                shape.links, source.links
            ));
        }
        if shape.text.contains(['\u{2068}', '\u{2069}']) {
            problems.push(format!("{code} {id} has Unicode isolation marks"));
        }
    }
    problems
}

#[test]
fn every_translation_has_every_message_variable_selector_and_link_of_the_english() {
    let english = default_language().sources;
    let mut all = Vec::new();
    for language in &LANGUAGES[1..] {
        all.extend(problems(language.code, english, language.sources));
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}

/// The check above would fail on each kind of mistake: shown on a copy of a real translation.
#[test]
fn the_completeness_check_fails_when_a_translation_drops_or_changes_something() {
    let welsh = language("cy").expect("Welsh is published");
    let english = default_language().sources;
    let edited = |find: &str, replace: &str| -> Vec<String> {
        let sources: Vec<(&str, String)> = welsh
            .sources
            .iter()
            .map(|(file, source)| (*file, source.replacen(find, replace, 1)))
            .collect();
        let borrowed: Vec<(&str, &str)> = sources
            .iter()
            .map(|(file, source)| (*file, source.as_str()))
            .collect();
        assert_ne!(
            borrowed,
            welsh.sources.to_vec(),
            "{find:?} is in the Welsh files"
        );
        problems("cy", english, &borrowed)
    };
    assert!(problems("cy", english, welsh.sources).is_empty());
    // One message removed from one locale.
    let dropped = edited("\nskip-link =", "\n# skip-link =");
    assert_eq!(dropped, vec!["cy lacks skip-link".to_owned()]);
    // A variable lost, a selector's variant renamed, a plural category missing, a link retargeted.
    let step = edited("{ $steps }", "12");
    assert!(step.iter().any(|p| p.contains("form-step")), "{step:?}");
    let nation = edited("[england]", "[lloegr]");
    assert!(
        nation.iter().any(|p| p.contains("chooses on $nation")),
        "{nation:?}"
    );
    let plural = edited("[zero]", "[zeroo]");
    assert!(plural.iter().any(|p| p.contains("plural on")), "{plural:?}");
    let link = edited("(glossary:", "(glossary:x");
    assert!(link.iter().any(|p| p.contains("links to")), "{link:?}");
}
