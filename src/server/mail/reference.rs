//! The reference a parent and the chair can quote: short, easy to read aloud, and random, so it
//! says nothing about the report and cannot be guessed.

use rand::Rng;

/// No 0/O, 1/I/L: the characters people misread or mishear.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference(String);

impl Reference {
    /// Like `7K3Q-PX`: 31⁶ (about 890 million) possibilities.
    pub fn new() -> Self {
        let mut random = rand::rng();
        let mut pick = || ALPHABET[random.random_range(0..ALPHABET.len())] as char;
        let first: String = (0..4).map(|_| pick()).collect();
        let second: String = (0..2).map(|_| pick()).collect();
        Reference(format!("{first}-{second}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Reference {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_short_unambiguous_and_differ() {
        let references: Vec<Reference> = (0..200).map(|_| Reference::new()).collect();
        for reference in &references {
            let text = reference.as_str();
            assert_eq!(text.len(), 7, "{text}");
            assert_eq!(&text[4..5], "-");
            assert!(text
                .bytes()
                .filter(|byte| *byte != b'-')
                .all(|byte| ALPHABET.contains(&byte)));
        }
        let mut unique: Vec<&str> = references.iter().map(Reference::as_str).collect();
        unique.sort_unstable();
        unique.dedup();
        assert!(
            unique.len() > 195,
            "200 references should almost never repeat"
        );
    }
}
