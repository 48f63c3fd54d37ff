//! Clauses and sentences of a text, and the words in them, found on bytes: the scan reads
//! backwards and forwards from every unit character, so these run for every number read.
//!
//! Punctuation is searched for with a table of the first bytes of [`CLAUSE_ENDS`] and
//! [`SENTENCE_ENDS`] (built once from them): a CJK ideograph's lead byte is never one, so most
//! bytes cost one lookup. A [`Clause`] carries the set of its bytes (modulo 64): a word with a
//! byte the clause lacks cannot be in it, which rules out most words of the phrase table
//! without comparing them.

use std::sync::LazyLock;

use super::phrases::{CLAUSE_ENDS, SENTENCE_ENDS};

/// A set of punctuation characters, and which bytes may start one.
pub(super) struct Ends {
    chars: &'static [char],
    starts: [bool; 256],
}

impl Ends {
    fn of(chars: &'static [char]) -> Self {
        let mut starts = [false; 256];
        for c in chars {
            let mut buffer = [0; 4];
            starts[usize::from(c.encode_utf8(&mut buffer).as_bytes()[0])] = true;
        }
        Ends { chars, starts }
    }

    /// The character of the set that starts at byte `at` of `text` (a char boundary), if any.
    fn at(&self, text: &str, at: usize) -> Option<char> {
        let c = text[at..].chars().next()?;
        self.chars.contains(&c).then_some(c)
    }

    /// The byte where the first character of the set in `text` starts, if any.
    pub(super) fn find(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        (0..bytes.len())
            .find(|&at| self.starts[usize::from(bytes[at])] && self.at(text, at).is_some())
    }

    /// The byte where the last character of the set in `text` starts, and the character.
    pub(super) fn rfind(&self, text: &str) -> Option<(usize, char)> {
        let bytes = text.as_bytes();
        (0..bytes.len())
            .rev()
            .filter(|&at| self.starts[usize::from(bytes[at])])
            .find_map(|at| Some((at, self.at(text, at)?)))
    }
}

/// [`CLAUSE_ENDS`], indexed.
pub(super) static CLAUSE: LazyLock<Ends> = LazyLock::new(|| Ends::of(CLAUSE_ENDS));
/// [`SENTENCE_ENDS`], indexed.
pub(super) static SENTENCE: LazyLock<Ends> = LazyLock::new(|| Ends::of(SENTENCE_ENDS));

/// The clause `lead` ends in, back to the last clause-ending punctuation (excluded).
pub(super) fn clause_before(lead: &str) -> &str {
    match CLAUSE.rfind(lead) {
        Some((at, c)) => &lead[at + c.len_utf8()..],
        None => lead,
    }
}

/// The clause `tail` starts, up to the next clause-ending punctuation.
pub(super) fn clause_after(tail: &str) -> &str {
    CLAUSE.find(tail).map_or(tail, |at| &tail[..at])
}

/// The sentence `lead` ends in, back to the last sentence-ending punctuation (included).
pub(super) fn sentence_before(lead: &str) -> &str {
    SENTENCE.rfind(lead).map_or(lead, |(at, _)| &lead[at..])
}

/// The sentence `tail` starts, up to the next sentence-ending punctuation.
pub(super) fn sentence_after(tail: &str) -> &str {
    SENTENCE.find(tail).map_or(tail, |at| &tail[..at])
}

/// The set of the bytes of `text`, modulo 64.
pub(super) fn byte_set(text: &str) -> u64 {
    text.bytes().fold(0, |set, b| set | 1 << (b & 63))
}

/// A piece of text (a clause, a sentence) with the set of its bytes, to look words up in.
#[derive(Clone, Copy)]
pub(super) struct Clause<'t> {
    /// The text.
    pub(super) text: &'t str,
    bytes: u64,
}

impl<'t> Clause<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        Clause {
            text,
            bytes: byte_set(text),
        }
    }

    /// Whether the clause may contain `word` (it has every byte of it): `false` rules it out.
    pub(super) fn may_contain(&self, word: &str) -> bool {
        self.may_contain_bytes(byte_set(word))
    }

    /// [`Clause::may_contain`] of a word whose [`byte_set`] is `bytes`.
    pub(super) fn may_contain_bytes(&self, bytes: u64) -> bool {
        bytes & !self.bytes == 0
    }

    /// Whether the clause contains one of `words`.
    pub(super) fn contains_any(&self, words: &[&str]) -> bool {
        words
            .iter()
            .any(|word| self.may_contain(word) && contains(self.text, word))
    }
}

/// Whether `text` (a clause: short) contains `word`. A plain scan that compares two bytes
/// before the rest: cheaper on a clause than setting up a substring searcher per word.
pub(super) fn contains(text: &str, word: &str) -> bool {
    let (bytes, word) = (text.as_bytes(), word.as_bytes());
    match word {
        [first, second, ..] if bytes.len() >= word.len() => {
            (0..=bytes.len() - word.len()).any(|at| {
                bytes[at] == *first
                    && bytes[at + 1] == *second
                    && &bytes[at..at + word.len()] == word
            })
        }
        [_, _, ..] => false,
        [only] => bytes.contains(only),
        [] => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_and_sentences_end_at_their_punctuation() {
        assert_eq!(clause_before("去年，收到申请"), "收到申请");
        assert_eq!(clause_before("a(b"), "b");
        assert_eq!(clause_before("收到申请"), "收到申请");
        assert_eq!(clause_after("件，其中"), "件");
        assert_eq!(clause_after("件"), "件");
        assert_eq!(sentence_before("上年。收到，申请"), "。收到，申请");
        assert_eq!(sentence_after("均获维持；其他"), "均获维持");
    }

    #[test]
    fn words_are_found_in_clauses() {
        let clause = Clause::new("本年度收到政府信息公开申请");
        assert!(clause.contains_any(&["答复", "收到"]));
        assert!(!clause.contains_any(&["答复", "办结"]));
        assert!(Clause::new("a;b").contains_any(&[";"]));
        assert!(!Clause::new("收").contains_any(&["收到"]));
    }

    #[test]
    fn a_text_shorter_than_the_word_does_not_contain_it() {
        assert!(!contains("收", "收到"));
        assert!(!contains("", "收"));
        assert!(contains("收到", "收到"));
        assert!(contains("收", ""));
    }

    /// The byte set is what makes the lookup cheap: a clause rules out, without searching, any
    /// word with a byte (modulo 64) it does not have.
    #[test]
    fn a_clause_rules_out_a_word_with_a_byte_it_lacks() {
        let clause = Clause::new("abc");
        assert!(clause.may_contain("cab"));
        assert!(!clause.may_contain("x"));
        assert!(!clause.may_contain("abx"));
        assert!(!clause.may_contain_bytes(byte_set("x")));
        assert_eq!(byte_set("a"), 1 << (b'a' % 64));
        assert_eq!(byte_set("ab"), byte_set("a") | byte_set("b"));
    }
}
