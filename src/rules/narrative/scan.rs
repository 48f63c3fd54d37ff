//! One pass over a text: every figure it restates, read with the table of [`super::phrases`].
//!
//! One packed `aho-corasick` searcher (Teddy), built once, finds every unit character (件, 个,
//! 次; 元; 取 of 未收取) in one vectorised pass — it compares whole characters, so other CJK
//! characters rarely stop it — and each is read backwards (number, connectors, phrase) within
//! its clause (see [`super::clause`]). Nothing is compiled per report.

use super::clause::{
    Clause, byte_set, clause_after, clause_before, contains, sentence_after, sentence_before,
};
use super::numbers::{count_at_end, decimal_at_start};
use super::phrases::{
    AMOUNT_MULTIPLIERS, AMOUNT_UNIT, APPROXIMATIONS, BODY_ENDINGS, CLAIMS, CONNECTORS, COUNT_UNITS,
    GROUP, GROUP_TOTAL, GROUP_WORDS, OTHER_SCOPE, OWN_BODY_MARKS, PERCENT_SIGNS, PHRASES, Phrase,
    SHARE_COMMAS, SHARE_WORDS, SHARES_AFTER, SPACES, Says, Side, Unit, YEAR_MARK,
};
use aho_corasick::AhoCorasick;
use aho_corasick::packed;
use std::sync::LazyLock;

use crate::Amount;

/// What a restated figure says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    /// A count (or a count a claim implies).
    Count(u64),
    /// An amount of money, in 元.
    Amount(Amount),
    /// A share of a count: `scaled` / 10^`decimals` percent.
    Share {
        /// The count it is a share of.
        count: u64,
        /// The printed percentage without its point.
        scaled: u128,
        /// Its number of decimals.
        decimals: u32,
    },
}

/// The figure id of shares (`占 11%`).
pub(crate) const SHARE: &str = super::phrases::SHARE_FIGURE;

/// One restated figure found in a text: what it restates, what it says, and where the quoted
/// words are (byte range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The figure id (see `figures.rs`), `{group}` resolved; [`SHARE`] for a share.
    pub(crate) figure: String,
    /// What the text says it is.
    pub(crate) value: Value,
    /// The byte where the quoted words start.
    pub(crate) start: usize,
    /// The byte after them.
    pub(crate) end: usize,
    /// The words of a claim without a number (均获维持), for a figure a claim implies.
    pub(crate) claim: Option<&'static str>,
}

/// An index of the phrase table, built once: for each last character of a `before` word, the
/// phrases (in table order) that may end with it, with those whose words are not before the
/// number (which every number may match) merged in; last, those alone.
static BY_LAST_CHAR: LazyLock<Vec<(char, Vec<usize>)>> = LazyLock::new(|| {
    let always = |phrase: &Phrase| phrase.side == Side::After || phrase.next_to.is_empty();
    let mut index: Vec<(char, Vec<usize>)> = Vec::new();
    for phrase in PHRASES.iter().filter(|phrase| !always(phrase)) {
        for last in phrase
            .next_to
            .iter()
            .filter_map(|word| word.chars().next_back())
        {
            if !index.iter().any(|(c, _)| *c == last) {
                let phrases = PHRASES
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| always(p) || p.next_to.iter().any(|w| w.ends_with(last)))
                    .map(|(at, _)| at)
                    .collect();
                index.push((last, phrases));
            }
        }
    }
    let alone = (0..PHRASES.len())
        .filter(|&at| always(&PHRASES[at]))
        .collect();
    index.push(('\0', alone));
    index
});

/// The phrases that may read a number whose clause (connectors removed) is `near`, in table
/// order.
fn candidates(near: &str) -> impl Iterator<Item = usize> {
    let last = near.chars().next_back().unwrap_or('\0');
    let index = &*BY_LAST_CHAR;
    let (_, phrases) = index
        .iter()
        .find(|(c, _)| *c == last)
        .unwrap_or(&index[index.len() - 1]);
    phrases.iter().copied()
}

/// The character every word of the fee claim ends with (未收取): where the claim is looked for.
const FEE_CLAIM_END: &str = "取";

const TABLE_4_TOTALS: [&str; 4] = [
    "administrative_review.total",
    "litigation.total",
    "litigation_without_review.total",
    "litigation_after_review.total",
];

/// The unit characters: [`COUNT_UNITS`] (件, 个, 次), then [`AMOUNT_UNIT`] (元) and the fee
/// claim's [`FEE_CLAIM_END`] (取).
const UNIT_CHARS: [&str; 5] = [
    COUNT_UNITS[0],
    COUNT_UNITS[1],
    COUNT_UNITS[2],
    AMOUNT_UNIT,
    FEE_CLAIM_END,
];

/// A searcher for all of [`UNIT_CHARS`] at once: packed (SIMD) where the processor has it,
/// else an automaton.
static UNITS: LazyLock<(Option<packed::Searcher>, AhoCorasick)> = LazyLock::new(|| {
    let automaton = AhoCorasick::new(UNIT_CHARS).expect("five short patterns build");
    (packed::Searcher::new(UNIT_CHARS), automaton)
});

/// Calls `f` with the byte where each unit character of `text` starts and its index in
/// [`UNIT_CHARS`], in text order.
fn for_each_unit(text: &str, mut f: impl FnMut(usize, usize)) {
    match &*UNITS {
        (Some(packed), _) => packed
            .find_iter(text)
            .for_each(|unit| f(unit.start(), unit.pattern().as_usize())),
        (None, automaton) => automaton
            .find_iter(text)
            .for_each(|unit| f(unit.start(), unit.pattern().as_usize())),
    }
}

/// Every figure `text` restates (in a report of `cx`), in text order.
pub(crate) fn scan(text: &str, cx: Scope<'_>) -> Vec<Hit> {
    let mut hits = Vec::new();
    // Counts are read first, then amounts (the order hits with the same start keep).
    let mut amounts: Vec<(usize, usize)> = Vec::new();
    for_each_unit(text, |start, pattern| match pattern < COUNT_UNITS.len() {
        true => count_at(text, start, cx, &mut hits),
        false => amounts.push((start, pattern)),
    });
    for (start, pattern) in amounts {
        if UNIT_CHARS[pattern] == AMOUNT_UNIT {
            amount_at(text, start, cx, &mut hits);
        } else {
            zero_fee_claim_at(text, start + FEE_CLAIM_END.len(), cx, &mut hits);
        }
    }
    hits.sort_by_key(|hit| hit.start);
    hits
}

/// A count whose unit (件/个/次) starts at byte `unit`.
fn count_at(text: &str, unit: usize, cx: Scope<'_>, hits: &mut Vec<Hit>) {
    let unit_end = unit + 3;
    let head = text[..unit].trim_end_matches(SPACES);
    let tail = &text[unit_end..];
    if ends_with_any(head, APPROXIMATIONS[1])
        || starts_with_any(tail.trim_start_matches(SPACES), APPROXIMATIONS[2])
    {
        return;
    }
    let Some((count, number_start)) = count_at_end(head) else {
        return;
    };
    let lead = text[..number_start].trim_end_matches(SPACES);
    if ends_with_any(lead, APPROXIMATIONS[0]) {
        return;
    }
    let Some((phrase, figure)) = phrase_of(lead, tail, Unit::Count, cx) else {
        return;
    };
    let start = clause_start(lead);
    let end = match phrase.side {
        Side::Before => unit_end,
        Side::After => unit_end + clause_after(tail).len(),
    };
    if figure.starts_with(SHARES_AFTER) {
        if let Some((scaled, decimals, length)) = share_after(tail) {
            let share = Value::Share {
                count,
                scaled,
                decimals,
            };
            hits.push(hit(SHARE.to_owned(), share, start, unit_end + length));
        }
    }
    if TABLE_4_TOTALS.contains(&figure.as_str()) {
        group_claims_after(&figure, count, tail, start, unit_end, hits);
    }
    hits.push(hit(figure, Value::Count(count), start, end));
}

/// An amount whose 元 starts at byte `unit` (万元: times 10,000).
fn amount_at(text: &str, unit: usize, cx: Scope<'_>, hits: &mut Vec<Hit>) {
    let head = text[..unit].trim_end_matches(SPACES);
    let (head, multiplier) = match AMOUNT_MULTIPLIERS
        .iter()
        .find_map(|&(c, times)| Some((head.strip_suffix(c)?, times)))
    {
        Some((rest, times)) => (rest.trim_end_matches(SPACES), Some(times)),
        None => (head, None),
    };
    let Some((number, lead)) = decimal_before(head) else {
        return;
    };
    let lead = lead.trim_end_matches(SPACES);
    if ends_with_any(lead, APPROXIMATIONS[0]) {
        return;
    }
    let Some((_, figure)) = phrase_of(lead, &text[unit + 3..], Unit::Yuan, cx) else {
        return;
    };
    let Ok(mut amount) = number.parse::<Amount>() else {
        return;
    };
    if let Some(times) = multiplier {
        let Some(yuan) = amount.value().checked_mul(times.into()) else {
            return;
        };
        let Ok(yuan) = Amount::new(yuan) else { return };
        amount = yuan;
    }
    hits.push(hit(
        figure,
        Value::Amount(amount),
        clause_start(lead),
        unit + 3,
    ));
}

/// A claim that no fee was collected whose word ends at byte `end` (…取).
fn zero_fee_claim_at(text: &str, end: usize, cx: Scope<'_>, hits: &mut Vec<Hit>) {
    let head = &text[..end];
    for claim in CLAIMS.iter().filter(|claim| !claim.figure.contains(GROUP)) {
        let Some(word) = claim.words.iter().find(|word| head.ends_with(**word)) else {
            continue;
        };
        let lead = &head[..end - word.len()];
        let before = Clause::new(clause_before(lead));
        let after = Clause::new(clause_after(&text[end..]));
        let holds = claim.clause_after_has.iter().all(|g| after.contains_any(g))
            && !before.contains_any(claim.clause_lacks)
            && !after.contains_any(claim.clause_lacks)
            && in_scope(&before, cx);
        if holds && claim.says == Says::Zero {
            let value = Value::Amount(Amount::ZERO);
            let start = clause_start(lead);
            hits.push(hit(
                claim.figure.to_owned(),
                value,
                start,
                end + after.text.len(),
            ));
        }
        return;
    }
}

/// Claims about a group of table 四 (均获维持, 均已审结) later in the sentence of its count.
fn group_claims_after(
    total: &str,
    count: u64,
    tail: &str,
    start: usize,
    unit_end: usize,
    hits: &mut Vec<Hit>,
) {
    let group = total.trim_end_matches(GROUP_TOTAL);
    let sentence = sentence_after(tail);
    for claim in CLAIMS.iter().filter(|claim| claim.figure.contains(GROUP)) {
        let Some((at, word)) = claim
            .words
            .iter()
            .filter_map(|word| sentence.find(word).map(|at| (at, *word)))
            .min()
        else {
            continue;
        };
        if Clause::new(&sentence[..at]).contains_any(claim.clause_lacks) {
            continue;
        }
        let value = match claim.says {
            Says::GroupCount => Value::Count(count),
            Says::Zero => Value::Count(0),
        };
        let figure = claim.figure.replace(GROUP, group);
        let mut found = hit(figure, value, start, unit_end + at + word.len());
        found.claim = Some(word);
        hits.push(found);
    }
}

/// The first phrase of the table (of `unit`) that reads the number between `lead` and `tail`,
/// with its figure (`{group}` resolved); `None` when none does, or the group is not named.
fn phrase_of(
    lead: &str,
    tail: &str,
    unit: Unit,
    cx: Scope<'_>,
) -> Option<(&'static Phrase, String)> {
    let before = Clause::new(clause_before(lead));
    let near = strip_connectors(before.text);
    let after = Clause::new(clause_after(tail));
    // Whether the clause is in scope does not depend on the phrase: decided once, when the
    // first phrase needs it.
    let mut scope = None;
    let phrase = candidates(near)
        .map(|index| &PHRASES[index])
        .filter(|phrase| phrase.unit == unit)
        .find(|phrase| {
            reads(phrase, near, &before, &after, || {
                *scope.get_or_insert_with(|| in_scope(&before, cx))
            })
        })?;
    let figure = match phrase.figure.strip_prefix(GROUP) {
        None => phrase.figure.to_owned(),
        Some(rest) => format!("{}{rest}", group_named_last(sentence_before(lead))?),
    };
    Some((phrase, figure))
}

/// Whether `phrase` reads a number with `before` and `after` as its clause (and `near` the
/// words right before it, connectors skipped); `in_scope` says whether `before` is in the
/// report's scope.
fn reads(
    phrase: &Phrase,
    near: &str,
    before: &Clause<'_>,
    after: &Clause<'_>,
    in_scope: impl FnOnce() -> bool,
) -> bool {
    let (clause, next) = match phrase.side {
        Side::Before => (before, ends_next_to(near, phrase.next_to)),
        Side::After => (
            after,
            starts_next_to(after.text.trim_start_matches(SPACES), phrase.next_to),
        ),
    };
    next.then_some(())
        .filter(|()| phrase.clause_has.iter().all(|g| clause.contains_any(g)))
        .filter(|()| !before.contains_any(phrase.clause_lacks))
        .filter(|()| phrase.side == Side::Before || !after.contains_any(phrase.clause_lacks))
        .is_some_and(|()| phrase.own_period || in_scope())
}

/// Whether a clause is about the report's whole agency and year: no [`OTHER_SCOPE`] word, no
/// other year.
fn in_scope(clause: &Clause<'_>, cx: Scope<'_>) -> bool {
    !names_other_scope(clause)
        && !names_other_year(clause.text, cx.year)
        && !names_other_body(clause, cx.agency)
}

/// `OTHER_SCOPE` with the set of each word's bytes, built once: the longest list of words,
/// looked up for every figure read.
static OTHER_SCOPE_BYTES: LazyLock<Vec<(u64, &'static str)>> = LazyLock::new(|| {
    OTHER_SCOPE
        .iter()
        .map(|word| (byte_set(word), *word))
        .collect()
});

/// Whether `clause` has an `OTHER_SCOPE` word.
fn names_other_scope(clause: &Clause<'_>) -> bool {
    OTHER_SCOPE_BYTES
        .iter()
        .any(|&(bytes, word)| clause.may_contain_bytes(bytes) && contains(clause.text, word))
}

/// Whether `clause` names a body other than `agency` (`区教育局` in a report of another).
fn names_other_body(clause: &Clause<'_>, agency: &str) -> bool {
    let clause_text = clause.text;
    BODY_ENDINGS.iter().any(|ending| {
        clause.may_contain(ending)
            && positions(clause_text, ending).any(|at| {
                let mut before: Vec<char> = clause_text[..at].chars().rev().take(2).collect();
                before.reverse();
                let own = before.last().is_some_and(|c| OWN_BODY_MARKS.contains(c));
                let name: String = before.iter().copied().chain(ending.chars()).collect();
                !own && !before.is_empty() && !agency.contains(&name)
            })
    })
}

/// Every byte where `word` starts in `text` (all char boundaries, as `word` is text). On a
/// clause, cheaper than `match_indices`, which sets up a substring searcher per call; the
/// same positions for words that cannot overlap themselves (those of `BODY_ENDINGS`).
fn positions<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    let (bytes, word) = (text.as_bytes(), word.as_bytes());
    let first = word.first().copied().unwrap_or_default();
    memchr::memchr_iter(first, bytes).filter(move |&at| bytes[at..].starts_with(word))
}

/// What the scope of a figure is compared with: the report's year and agency name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scope<'a> {
    /// The year the report is about.
    pub(crate) year: u16,
    /// The agency's name.
    pub(crate) agency: &'a str,
}

/// Whether `clause` names a year (`2022 年`) other than `year`.
fn names_other_year(clause: &str, year: u16) -> bool {
    clause.match_indices(YEAR_MARK).any(|(at, _)| {
        let head = clause[..at].trim_end_matches(SPACES);
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        digits == 4 && head[head.len() - 4..] != year.to_string()
    })
}

/// The group of table 四 named last in `sentence` (the longest word when two end together).
fn group_named_last(sentence: &str) -> Option<&'static str> {
    let mut best: Option<(usize, usize, &'static str)> = None;
    for &(word, group) in GROUP_WORDS {
        if let Some(at) = sentence.rfind(word) {
            let end = at + word.len();
            if best.is_none_or(|(best_end, length, _)| (end, word.len()) > (best_end, length)) {
                best = Some((end, word.len(), group));
            }
        }
    }
    best.map(|(_, _, group)| group)
}

/// A share right after a count's unit (`，占 11%`): its scaled value, decimals, and length.
fn share_after(tail: &str) -> Option<(u128, u32, usize)> {
    let rest = tail.trim_start_matches(SPACES);
    let rest = rest
        .strip_prefix(SHARE_COMMAS)
        .unwrap_or(rest)
        .trim_start_matches(SPACES);
    let word = SHARE_WORDS.iter().find(|word| rest.starts_with(**word))?;
    let rest = rest[word.len()..].trim_start_matches(SPACES);
    let (scaled, decimals, length) = decimal_at_start(rest)?;
    let rest = rest[length..].trim_start_matches(SPACES);
    let rest = rest.strip_prefix(PERCENT_SIGNS)?;
    Some((scaled, decimals, tail.len() - rest.len()))
}

fn hit(figure: String, value: Value, start: usize, end: usize) -> Hit {
    Hit {
        figure,
        value,
        start,
        end,
        claim: None,
    }
}

/// The byte where the clause `lead` ends in starts, past white space.
fn clause_start(lead: &str) -> usize {
    let clause = clause_before(lead);
    let trimmed = clause.trim_start_matches(|c: char| c.is_whitespace());
    lead.len() - trimmed.len()
}

/// `clause` without the connectors (的, 为, 共计…) and spaces at its end.
fn strip_connectors(clause: &str) -> &str {
    let mut near = clause.trim_end_matches(SPACES);
    for _ in 0..3 {
        match CONNECTORS.iter().find(|c| near.ends_with(**c)) {
            Some(connector) => {
                near = near[..near.len() - connector.len()].trim_end_matches(SPACES);
            }
            None => break,
        }
    }
    near
}

/// A decimal number (digits with at most one point) right before `text`'s end, and what
/// precedes it.
fn decimal_before(text: &str) -> Option<(&str, &str)> {
    let start = text
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
        .len();
    let number = &text[start..];
    let valid = !number.is_empty()
        && !number.starts_with('.')
        && !number.ends_with('.')
        && number.matches('.').count() <= 1;
    valid.then(|| (number, &text[..start]))
}

fn ends_with_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| text.ends_with(word))
}

fn starts_with_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| text.starts_with(word))
}

/// Whether `near` ends with one of `words` (no words: no condition).
fn ends_next_to(near: &str, words: &[&str]) -> bool {
    words.is_empty() || ends_with_any(near, words)
}

/// Whether `after` starts with one of `words` (no words: no condition).
fn starts_next_to(after: &str, words: &[&str]) -> bool {
    words.is_empty() || starts_with_any(after, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scanner_finds_every_word_where_it_looks() {
        // Fee claims are looked for where 取 ends them; other evaluators look where any of
        // their words ends.
        for claim in CLAIMS.iter().filter(|claim| !claim.figure.contains(GROUP)) {
            assert!(claim.words.iter().all(|word| word.ends_with(FEE_CLAIM_END)));
        }
        // Units are found by their last byte and are three bytes long.
        for unit in COUNT_UNITS.iter().chain([&AMOUNT_UNIT, &FEE_CLAIM_END]) {
            assert_eq!(unit.len(), 3, "{unit}");
        }
        // The group totals whose claims are read are those of the groups `GROUP_WORDS` names.
        let mut groups: Vec<String> = GROUP_WORDS
            .iter()
            .map(|(_, g)| format!("{g}{GROUP_TOTAL}"))
            .collect();
        groups.sort();
        groups.dedup();
        let mut totals = TABLE_4_TOTALS.map(str::to_owned).to_vec();
        totals.sort();
        assert_eq!(groups, totals);
    }
}
