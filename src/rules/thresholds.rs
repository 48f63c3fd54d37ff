//! The thresholds of the rules for supervising offices, in one place: the share of copied
//! sentences that makes a section "copied from last year", and the factor and floor of a figure
//! that "jumps". Exported in the catalogue (`schema/rules.json`, `thresholds`) and documented in
//! the README with the reasons for their values.

use serde::Serialize;

/// A text section is reported as copied (`text.copied`) when more than this share of its
/// sentences, in percent, repeat last year's (figures and years aside): more than half of a
/// section's sentences unchanged is no longer a report on the year.
pub const COPIED_TEXT_PERCENT: u32 = 50;

/// A text section with fewer sentences than this (after boilerplate and short sentences are
/// left out) is not judged as copied: two sentences out of three repeated says little.
pub const COPIED_TEXT_MIN_SENTENCES: usize = 4;

/// A sentence shorter than this, in characters after normalising (punctuation and white space
/// removed, figures reduced to `#`), is not compared: "无。", "具体如下" repeat in every report.
pub const MIN_SENTENCE_CHARS: usize = 8;

/// A figure of the summary jumps (`continuity.jump`) when it is more than this many times last
/// year's, or last year's is more than this many times it.
pub const JUMP_FACTOR: u64 = 5;

/// A jump is reported only when the larger of the two figures is at least this: small counts
/// (1 → 6 applications) vary by chance.
pub const JUMP_FLOOR: u64 = 20;

/// The thresholds, as exported in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Thresholds {
    /// [`COPIED_TEXT_PERCENT`].
    pub copied_text_percent: u32,
    /// [`COPIED_TEXT_MIN_SENTENCES`].
    pub copied_text_min_sentences: usize,
    /// [`MIN_SENTENCE_CHARS`].
    pub min_sentence_chars: usize,
    /// [`JUMP_FACTOR`].
    pub jump_factor: u64,
    /// [`JUMP_FLOOR`].
    pub jump_floor: u64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            copied_text_percent: COPIED_TEXT_PERCENT,
            copied_text_min_sentences: COPIED_TEXT_MIN_SENTENCES,
            min_sentence_chars: MIN_SENTENCE_CHARS,
            jump_factor: JUMP_FACTOR,
            jump_floor: JUMP_FLOOR,
        }
    }
}
