//! The numbers and words of a table region.
//!
//! A region (the text between two section headings) is cut into tokens: words (kept without
//! white space, for finding row labels) and values (numbers, or blank cells). Values printed
//! next to each other with only white space (or a cell boundary) between them form a group:
//! the figures of one row. A digit run that ends in a row label's own number (`00000002.其他…`,
//! where `2.` numbers the next row) gives that digit back to the label.

use crate::document::{Document, Line};

/// A place in the document: a line and a byte offset in its text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    /// Line index.
    pub line: usize,
    /// Byte offset in the line's text.
    pub byte: usize,
}

/// What a value token holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ValKind {
    /// A cell printed blank (empty, `&nbsp;`, `/`, `—`).
    Blank,
    /// Digits only: may be several cells run together.
    Digits,
    /// A number with a sign, decimals or a unit: one cell.
    Number,
}

/// A value token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Val {
    /// The text as printed (`""` for a blank cell).
    pub raw: String,
    /// What it holds.
    pub kind: ValKind,
    /// Where it was printed.
    pub line: usize,
    /// Byte range in the line's text (0..0 for a web page's cells).
    pub from: usize,
    /// End of the byte range.
    pub to: usize,
}

/// A token of a region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok {
    /// Words, white space removed.
    Text(String),
    /// A value.
    Value(Val),
    /// The end of a line (values on two lines are never one group).
    LineEnd,
}

/// The tokens of a region, with its words joined for label search.
#[derive(Debug, Clone, Default)]
pub(crate) struct Region {
    /// The tokens, in order.
    pub toks: Vec<Tok>,
    /// Every word token's text, concatenated.
    words: String,
    /// For each word token: its byte offset in `words` and its token index.
    word_starts: Vec<(usize, usize)>,
}

/// A group of values printed together.
#[derive(Debug, Clone)]
pub(crate) struct Group<'a> {
    /// Index of the first value token.
    pub first: usize,
    /// The values.
    pub vals: Vec<&'a Val>,
}

impl Region {
    /// The tokens of the document between `from` and `to`.
    pub fn new(doc: &Document, from: Pos, to: Pos) -> Region {
        let mut region = Region::default();
        for index in from.line..=to.line.min(doc.lines.len().saturating_sub(1)) {
            let Some(line) = doc.lines.get(index) else {
                break;
            };
            let start = if index == from.line { from.byte } else { 0 };
            let end = if index == to.line {
                to.byte
            } else {
                line.text.len()
            };
            if start >= end {
                continue;
            }
            region.push_line(line, index, start, end);
            region.toks.push(Tok::LineEnd);
        }
        region
    }

    fn push_line(&mut self, line: &Line, index: usize, start: usize, end: usize) {
        match &line.cells {
            Some(cells) => {
                for cell in cells {
                    if is_blank_mark(cell.trim()) {
                        self.toks.push(Tok::Value(Val {
                            raw: String::new(),
                            kind: ValKind::Blank,
                            line: index,
                            from: 0,
                            to: 0,
                        }));
                    } else {
                        let before = self.toks.len();
                        tokenize(cell, index, 0, &mut self.toks);
                        for tok in &mut self.toks[before..] {
                            if let Tok::Value(val) = tok {
                                (val.from, val.to) = (0, 0);
                            }
                        }
                        // A cell boundary ends a word.
                        self.toks.push(Tok::Text(String::new()));
                    }
                }
            }
            None => {
                let text = line.text.get(start..end).unwrap_or("");
                tokenize(text, index, start, &mut self.toks);
            }
        }
        self.index_words();
    }

    /// Rebuilds the word index after new tokens.
    fn index_words(&mut self) {
        let done = self.word_starts.last().map_or(0, |(_, tok)| tok + 1);
        for (i, tok) in self.toks.iter().enumerate().skip(done) {
            if let Tok::Text(word) = tok {
                self.word_starts.push((self.words.len(), i));
                self.words.push_str(word);
            }
        }
    }

    /// Finds the first of `patterns` (the earliest match) in the words after word byte
    /// `after`; returns the byte just past the match's start (to search on from) and the token
    /// index of the word where the match starts.
    pub fn find(&self, patterns: &[&str], after: usize) -> Option<(usize, usize)> {
        let haystack = self.words.get(after..)?;
        let (offset, _) = patterns
            .iter()
            .filter_map(|p| haystack.find(p).map(|i| (i, p.len())))
            .min()?;
        let at = after + offset;
        let word = self.word_starts.partition_point(|(start, _)| *start <= at);
        let tok = self.word_starts.get(word.checked_sub(1)?)?.1;
        let next = at + haystack[offset..].chars().next().map_or(1, char::len_utf8);
        Some((next, tok))
    }

    /// Whether any of `patterns` occurs in the words.
    pub fn contains(&self, patterns: &[&str]) -> bool {
        patterns.iter().any(|p| self.words.contains(p))
    }

    /// The groups of values, in order.
    pub fn groups(&self) -> Vec<Group<'_>> {
        let mut groups: Vec<Group<'_>> = Vec::new();
        let mut open = false;
        for (i, tok) in self.toks.iter().enumerate() {
            match tok {
                Tok::Value(val) => {
                    match groups.last_mut() {
                        Some(group) if open => group.vals.push(val),
                        _ => groups.push(Group {
                            first: i,
                            vals: vec![val],
                        }),
                    }
                    open = true;
                }
                Tok::Text(word) if word.is_empty() => {}
                _ => open = false,
            }
        }
        groups
    }
}

/// Whether a cell's whole text marks it blank.
fn is_blank_mark(text: &str) -> bool {
    matches!(text, "" | "/" | "／" | "-" | "－" | "—" | "——" | "–" | "\\")
}

/// Cuts `text` (starting at byte `base` of line `line`) into words and values.
fn tokenize(text: &str, line: usize, base: usize, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let mut word = String::new();
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let after_space = i == 0 || text[..i].ends_with(char::is_whitespace);
        if c.is_whitespace() {
            end_word(&mut word, out);
            i += c.len_utf8();
            continue;
        }
        if after_space && is_standalone_blank(text, i) {
            end_word(&mut word, out);
            let len = text[i..]
                .find(char::is_whitespace)
                .unwrap_or(text.len() - i);
            out.push(Tok::Value(val(
                String::new(),
                ValKind::Blank,
                line,
                base + i,
                base + i + len,
            )));
            i += len;
            continue;
        }
        let signed = (c == '+' || c == '-') && after_space;
        if c.is_ascii_digit() || (signed && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let (len, kind, label_digit) = scan_number(&text[i..]);
            if len > 0 {
                end_word(&mut word, out);
                out.push(Tok::Value(val(
                    text[i..i + len].to_owned(),
                    kind,
                    line,
                    base + i,
                    base + i + len,
                )));
            }
            if label_digit {
                word.push_str(&text[i + len..i + len + 1]);
            }
            i += len + usize::from(label_digit);
            continue;
        }
        word.push(c);
        i += c.len_utf8();
    }
    end_word(&mut word, out);
}

fn val(raw: String, kind: ValKind, line: usize, from: usize, to: usize) -> Val {
    Val {
        raw,
        kind,
        line,
        from,
        to,
    }
}

fn end_word(word: &mut String, out: &mut Vec<Tok>) {
    if !word.is_empty() {
        out.push(Tok::Text(std::mem::take(word)));
    }
}

/// A blank mark standing alone between white space.
fn is_standalone_blank(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    is_blank_mark(&rest[..len]) && !rest.is_empty()
}

/// Scans a number at the start of `text`: `[+-]?digits(.digits)?(万元|元)?`. Returns its
/// length, its kind, and whether its last digit is the number of a row label that follows
/// (`…00002.其他` → the `2` belongs to `2.其他`; then the length excludes it).
fn scan_number(text: &str) -> (usize, ValKind, bool) {
    let bytes = text.as_bytes();
    let mut end = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let signed = end > 0;
    let digits_start = end;
    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
        end += 1;
    }
    let digits_end = end;
    let mut decimal = false;
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        decimal = true;
        end += 1;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
    }
    let rest = &text[end..];
    let unit = ["万元", "元"]
        .iter()
        .find(|u| rest.starts_with(**u))
        .map_or(0, |u| u.len());
    if !signed && !decimal && unit == 0 && is_label_number_after(rest) {
        // The last digit numbers the next label.
        return (digits_end - 1, ValKind::Digits, true);
    }
    let kind = if signed || decimal || unit > 0 {
        ValKind::Number
    } else {
        ValKind::Digits
    };
    debug_assert!(digits_end > digits_start);
    (end + unit, kind, false)
}

/// Whether `rest` (just after a digit run) continues a label's number: `.`, `、` or `．`
/// followed by a word character.
fn is_label_number_after(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('.' | '、' | '．'))
        && chars
            .next()
            .is_some_and(|c| !c.is_ascii_digit() && !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::text_lines;

    fn region(text: &str) -> Region {
        let doc = Document {
            source: text.to_owned(),
            lines: text_lines(text),
        };
        let last = doc.lines.len() - 1;
        Region::new(
            &doc,
            Pos { line: 0, byte: 0 },
            Pos {
                line: last,
                byte: doc.lines[last].text.len(),
            },
        )
    }

    fn raws(group: &Group<'_>) -> Vec<String> {
        group.vals.iter().map(|v| v.raw.clone()).collect()
    }

    #[test]
    fn runs_give_label_numbers_back() {
        let r = region("1.属于国家秘密00000002.其他法律 00000003.其他 0200002（七）总计");
        let groups = r.groups();
        assert_eq!(raws(&groups[0]), ["0000000"]);
        assert_eq!(raws(&groups[1]), ["0000000"]);
        assert_eq!(raws(&groups[2]), ["0200002"]);
        let (_, tok) = r.find(&["3.其他"], 0).unwrap();
        assert!(matches!(&r.toks[tok], Tok::Text(w) if w == "3.其他"));
    }

    #[test]
    fn groups_units_signs_and_blanks() {
        let r = region("政府集中采购 6 251000元\n行政许可 +5 -18 / 0\n规章 1 0 11");
        let groups = r.groups();
        assert_eq!(raws(&groups[0]), ["6", "251000元"]);
        assert_eq!(raws(&groups[1]), ["+5", "-18", "", "0"]);
        assert_eq!(groups[1].vals[2].kind, ValKind::Blank);
        assert_eq!(raws(&groups[2]), ["1", "0", "11"]);
        assert!(r.find(&["行政许可"], 0).is_some());
    }
}
