//! Reports whose prose restates their figures, for the parity of the narrative rules: sentences
//! built from the catalogue's own phrase table (every phrase, claim and share word), stating
//! the tables' figures or other ones, written as ASCII, full-width or Chinese numerals, in 元
//! or 万元, with other years, other bodies, other scopes and approximations mixed in, placed in
//! every text the scanner reads.

use ogi_report::proactive_disclosure::ProactiveDisclosure;
use ogi_report::rules::{Says, Scanning, Side, Unit, catalogue};
use ogi_report::{Report, TextPart};
use serde_json::{Value, json};

/// A small deterministic generator (SplitMix64): the documents are the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Whether an event of `percent` % happens.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// `report` with sentences restating its figures (about half of them wrong) in its texts.
pub fn restated(report: &Report, rng: &mut Rng) -> Report {
    // Counts are read from a JSON value; amounts (which a `Value` cannot hold exactly) from
    // the report itself.
    let tables: Value = serde_json::from_str(&report.to_json_string()).expect("a report is JSON");
    let collected = report
        .other_matters
        .processing_fees
        .and_then(|fees| fees.collected_yuan)
        .map(|amount| amount.to_string());
    let writer = Writer::new(&tables, collected);
    let mut out = report.clone();
    for _ in 0..4 + rng.below(10) {
        let sentence = writer.sentence(rng);
        place(&mut out, &sentence, rng);
    }
    out
}

/// `report` with `changes` of its figures that the prose may restate moved by one or more, so
/// that its own sentences contradict its tables.
pub fn with_figures_moved(report: &Report, changes: usize, rng: &mut Rng) -> Report {
    let text = report.to_json_string();
    let mut value: Value = serde_json::from_str(&text).expect("a report is JSON");
    let pointers: Vec<String> = catalogue()
        .iter()
        .filter_map(|rule| rule.narrative.as_ref())
        .flat_map(|n| {
            n.figures
                .iter()
                .flat_map(|f| f.accepts.iter().flatten().cloned())
        })
        .filter(|p| value.pointer(p).is_some_and(Value::is_u64))
        .collect();
    for _ in 0..changes.min(pointers.len()) {
        let pointer = rng.pick(&pointers);
        if let Some(cell) = value.pointer_mut(pointer) {
            *cell = json!(cell.as_u64().unwrap_or(0) + 1 + rng.below(3) as u64);
        }
    }
    Report::from_json_str(&value.to_string()).expect("the changed report reads")
}

/// Appends `sentence` to one of the texts the scanner reads (creating it when absent): an
/// introduction, a part's text or heading, an added part, the preamble, the closing, a note.
fn place(report: &mut Report, sentence: &str, rng: &mut Rng) {
    let separator = *rng.pick(&["", "", "\n", " ", "，"]);
    let heading = rng.chance(12);
    let append = |text: &mut String| {
        text.push_str(separator);
        text.push_str(sentence);
    };
    let part = |part: &mut Option<TextPart>| {
        let part = part.get_or_insert_default();
        match heading {
            true => append(part.heading.get_or_insert_default()),
            false => append(&mut part.text),
        }
    };
    let o = &mut report.overview;
    let m = &mut report.other_matters;
    let p = &mut report.problems_and_improvements;
    match rng.below(22) {
        0 => append(o.introduction.get_or_insert_default()),
        1 => part(&mut o.proactive_disclosure),
        2 | 3 => part(&mut o.disclosure_on_request),
        4 => part(&mut o.information_management),
        5 => part(&mut o.platform_development),
        6 => part(&mut o.oversight_and_safeguards),
        7 => append(m.introduction.get_or_insert_default()),
        8 | 9 => part(&mut m.fee_statement),
        10 => part(&mut m.key_points_implementation),
        11 => part(&mut m.deputies_and_cppcc_proposals),
        12 => part(&mut m.innovation),
        13 => append(p.introduction.get_or_insert_default()),
        14 => part(&mut p.problems),
        15 => part(&mut p.improvements),
        16 => append(report.preamble.get_or_insert_default()),
        17 => append(report.closing.get_or_insert_default()),
        18 => append(report.applications.note.get_or_insert_default()),
        19 => append(report.review_and_litigation.note.get_or_insert_default()),
        20 => match &mut report.proactive_disclosure {
            ProactiveDisclosure::V2021(table) => append(table.note.get_or_insert_default()),
            ProactiveDisclosure::V2019(table) => append(table.note.get_or_insert_default()),
        },
        _ => {
            let added = TextPart {
                heading: heading.then(|| sentence.to_owned()),
                text: sentence.to_owned(),
            };
            match rng.below(3) {
                0 => o.additional_parts.push(added),
                1 => m.additional_parts.push(added),
                _ => p.additional_parts.push(added),
            }
        }
    }
}

/// What sentences are written with: the catalogue's scanning words and the report's figures.
struct Writer<'a> {
    scanning: Scanning,
    report: &'a Value,
    collected: Option<String>,
    figures: Vec<(String, Vec<Vec<String>>)>,
    rules: Vec<(String, String)>,
    year: u64,
}

impl<'a> Writer<'a> {
    fn new(report: &'a Value, collected: Option<String>) -> Writer<'a> {
        let figures = catalogue()
            .iter()
            .filter_map(|rule| rule.narrative.as_ref())
            .flat_map(|n| n.figures.iter().map(|f| (f.id.clone(), f.accepts.clone())))
            .collect();
        let rules = catalogue()
            .iter()
            .filter_map(|rule| Some((rule.id.as_str(), rule.narrative.as_ref()?)))
            .flat_map(|(rule, n)| {
                n.figures
                    .iter()
                    .map(move |f| (f.id.clone(), rule.to_owned()))
            })
            .collect();
        let year = report["year"].as_u64().unwrap_or(2024);
        Writer {
            scanning: Scanning::default(),
            report,
            collected,
            figures,
            rules,
            year,
        }
    }

    /// The rule that compares the figure `id` (the group figures of table 四: that of the
    /// group totals).
    fn rule_of(&self, id: &str) -> &str {
        let id = id.replace("{group}", "litigation");
        self.rules
            .iter()
            .find(|(each, _)| *each == id)
            .map_or("", |(_, rule)| rule.as_str())
    }

    /// The first sum of the figure `id` in the report (cells it lacks count as 0).
    fn figure(&self, id: &str) -> u64 {
        let Some((_, accepts)) = self.figures.iter().find(|(each, _)| each == id) else {
            return 0;
        };
        let sum = |cells: &Vec<String>| {
            cells
                .iter()
                .filter_map(|p| self.report.pointer(p)?.as_u64())
                .sum::<u64>()
        };
        accepts.first().map_or(0, sum)
    }

    /// One sentence: a phrase with its number, a claim, or a fee statement.
    fn sentence(&self, rng: &mut Rng) -> String {
        let end = *rng.pick(&["。", "。", "；", "\n", "！", "，", ""]);
        let body = match rng.below(10) {
            0 => self.group_claim(rng),
            1 => self.fee_claim(rng),
            _ => self.phrase(rng),
        };
        format!("{}{body}{end}", self.scope(rng))
    }

    /// Words that put a sentence in another scope, or in the report's own, sometimes.
    fn scope(&self, rng: &mut Rng) -> String {
        let s = &self.scanning;
        match rng.below(16) {
            0 => rng.pick(s.other_scope).to_string(),
            1 => format!("{}年", self.year - 1 - rng.below(2) as u64),
            2 => format!("{} 年，", self.year),
            3 => format!(
                "{}{}",
                rng.pick(&["区教育", "市卫健", "本", "我", "执法"]),
                rng.pick(s.body_endings)
            ),
            4 => format!("{}，", self.report["agency"]["name"].as_str().unwrap_or("")),
            _ => String::new(),
        }
    }

    /// A sentence read by one phrase of the table (or by an earlier one).
    fn phrase(&self, rng: &mut Rng) -> String {
        let s = &self.scanning;
        // Every figure about as often: a rule first, then one of the phrases of its figures.
        let mut rules: Vec<&str> = s.phrases.iter().map(|p| self.rule_of(p.figure)).collect();
        rules.dedup();
        let rule = rules[rng.below(rules.len())];
        let phrases: Vec<_> = s
            .phrases
            .iter()
            .filter(|p| self.rule_of(p.figure) == rule)
            .collect();
        let phrase = *rng.pick(&phrases);
        let (mut head, mut figure) = (String::new(), phrase.figure.to_owned());
        if let Some(rest) = phrase.figure.strip_prefix("{group}") {
            let (word, group) = *rng.pick(s.group_words);
            let total = self.figure(&format!("{group}.total"));
            head = format!(
                "{word}{}{}，",
                self.number(self.maybe_wrong(total, rng), rng),
                rng.pick(&["件", "起"])
            );
            figure = format!("{group}{rest}");
        }
        let has: String = phrase
            .clause_has
            .iter()
            .map(|group| *rng.pick(group))
            .collect();
        let next = if phrase.next_to.is_empty() {
            ""
        } else {
            *rng.pick(phrase.next_to)
        };
        let lacks = if rng.chance(8) && !phrase.clause_lacks.is_empty() {
            *rng.pick(phrase.clause_lacks)
        } else {
            ""
        };
        let connectors: String = (0..rng.below(3)).map(|_| *rng.pick(s.connectors)).collect();
        let space = *rng.pick(&["", " ", "\u{3000}"]);
        let stated = match phrase.unit {
            Unit::Count => {
                let value = self.maybe_wrong(self.figure(&figure), rng);
                let unit = rng.pick(&s.count_units);
                let approximate = self.approximation(rng);
                format!(
                    "{}{space}{}{}{space}{unit}{}",
                    approximate.0,
                    self.number(value, rng),
                    approximate.1,
                    approximate.2
                )
            }
            Unit::Yuan => self.amount(rng),
        };
        let mut sentence = match phrase.side {
            Side::Before => format!("{head}{lacks}{has}{next}{connectors}{space}{stated}"),
            Side::After => format!("{head}{stated}{next}{has}{lacks}"),
        };
        if figure.starts_with("outcomes.") && rng.chance(75) {
            sentence.push_str(&self.share(&figure, rng));
        }
        sentence
    }

    /// A claim about a group of table 四 after its count (行政复议 3 件，均获维持).
    fn group_claim(&self, rng: &mut Rng) -> String {
        let s = &self.scanning;
        let claims: Vec<_> = s.claims.iter().filter(|c| c.figure.contains('{')).collect();
        let claim = rng.pick(&claims);
        let (word, group) = *rng.pick(s.group_words);
        let total = self.maybe_wrong(self.figure(&format!("{group}.total")), rng);
        let lacks = if rng.chance(10) {
            *rng.pick(claim.clause_lacks)
        } else {
            ""
        };
        let unit = rng.pick(&s.count_units);
        format!(
            "{word}{}{unit}，{lacks}{}",
            self.number(total, rng),
            rng.pick(claim.words)
        )
    }

    /// A claim that no fee was collected (本年度未收取信息处理费).
    fn fee_claim(&self, rng: &mut Rng) -> String {
        let s = &self.scanning;
        let claim = s
            .claims
            .iter()
            .find(|c| c.says == Says::Zero && !c.figure.contains('{'))
            .expect("the fee claim");
        let lacks = if rng.chance(10) {
            *rng.pick(claim.clause_lacks)
        } else {
            ""
        };
        let fee = *rng.pick(&["信息处理费", "任何费用", "费用", "任何信息处理费"]);
        format!("本年度{}{fee}{lacks}", rng.pick(claim.words))
    }

    /// An amount collected, as the fee phrase states it (in 元 or 万元; the figure or another).
    fn amount(&self, rng: &mut Rng) -> String {
        let mut digits = self
            .collected
            .clone()
            .filter(|_| rng.chance(60))
            .unwrap_or_else(|| {
                let whole = rng.below(5000);
                if rng.chance(30) {
                    format!("{whole}.{}", rng.below(100))
                } else {
                    whole.to_string()
                }
            });
        if rng.chance(20) {
            digits = (self.figure("fees.collected") + 1 + rng.below(9) as u64).to_string();
        }
        if rng.chance(30) {
            return format!("{}万元", ten_thousandths(&digits));
        }
        format!("{digits}{}元", rng.pick(&["", " "]))
    }

    /// A share after a result count (，占 11%): right (rounded or truncated) or wrong.
    fn share(&self, figure: &str, rng: &mut Rng) -> String {
        let count = self.figure(figure) as f64;
        let whole = self.figure("applications.handled").max(1) as f64;
        let decimals = rng.below(3);
        let exact = 100.0 * count / whole;
        let mut shown = if rng.chance(50) {
            format!("{exact:.decimals$}")
        } else {
            let scale = 10f64.powi(decimals as i32);
            format!("{:.decimals$}", (exact * scale).floor() / scale)
        };
        if rng.chance(35) {
            shown = format!("{:.decimals$}", exact + 1.0 + rng.below(20) as f64);
        }
        let word = rng.pick(self.scanning.share_words);
        format!(
            "{}{word}{}{shown}{}",
            rng.pick(&["，", ",", ""]),
            rng.pick(&["", " "]),
            rng.pick(&["%", "％"])
        )
    }

    /// `value`, or (in about half of the sentences) another number.
    fn maybe_wrong(&self, value: u64, rng: &mut Rng) -> u64 {
        match rng.below(8) {
            0 | 1 => value + 1 + rng.below(5) as u64,
            2 if value > 0 => value - 1,
            3 => rng.below(100_000) as u64,
            _ => value,
        }
    }

    /// Words that make a number approximate, now and then: before it, after it, after its unit.
    fn approximation(&self, rng: &mut Rng) -> (&'static str, &'static str, &'static str) {
        let a = &self.scanning.approximations;
        match rng.below(30) {
            0 => (*rng.pick(a[0]), "", ""),
            1 => ("", *rng.pick(a[1]), ""),
            2 => ("", "", *rng.pick(a[2])),
            _ => ("", "", ""),
        }
    }

    /// `value` written as ASCII digits, full-width digits or Chinese numerals.
    fn number(&self, value: u64, rng: &mut Rng) -> String {
        match rng.below(10) {
            0 | 1 => value
                .to_string()
                .chars()
                .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
                .collect(),
            2..=4 if value < 100_000_000 => chinese(value, rng.chance(30)),
            _ => value.to_string(),
        }
    }
}

/// `digits` (a decimal number of 元) as 万元: the point moved four places left.
fn ten_thousandths(digits: &str) -> String {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let padded = format!("{whole:0>5}");
    let (high, low) = padded.split_at(padded.len() - 4);
    let high = high.trim_start_matches('0');
    let fraction = format!("{low}{fraction}");
    let fraction = fraction.trim_end_matches('0');
    match (high.is_empty(), fraction.is_empty()) {
        (true, true) => "0".to_owned(),
        (true, false) => format!("0.{fraction}"),
        (false, true) => high.to_owned(),
        (false, false) => format!("{high}.{fraction}"),
    }
}

/// `value` (below 10^8) in Chinese numerals (二十三, 一百零五, 三万二千); 两 for a lone 2 when `liang`.
fn chinese(value: u64, liang: bool) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if value == 2 && liang {
        return "两".to_owned();
    }
    let below_10k = |n: u64, leading: bool| -> String {
        let (mut out, mut zero, mut started) = (String::new(), false, false);
        for (unit, place) in [("千", 1000), ("百", 100), ("十", 10), ("", 1)] {
            let digit = (n / place) % 10;
            if digit == 0 {
                zero |= started || !leading;
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            if !(digit == 1 && place == 10 && !started && leading) {
                out.push(DIGITS[digit as usize]);
            }
            out.push_str(unit);
            started = true;
        }
        out
    };
    match value {
        0 => "零".to_owned(),
        1..=9_999 => below_10k(value, true),
        _ => {
            let (high, low) = (value / 10_000, value % 10_000);
            let mut out = below_10k(high, true);
            out.push('万');
            if low > 0 {
                out.push_str(&below_10k(low, false));
            }
            out
        }
    }
}
