//! Properties: the prose extracted is a subsequence of the input (lossless, in order, nothing
//! invented), and no input makes the extractor panic or run long.

use ogi_report_extract::{MAX_INPUT_BYTES, Source, extract};
use proptest::prelude::*;
use serde_json::Value;

const SEED: &str = include_str!("fixtures/dongying-district-office-2023.txt");

/// Prose characters the generator uses: words, punctuation, digits, spaces (no part markers,
/// so parts stay in document order).
const ALPHABET: &[char] = &[
    '政', '府', '信', '息', '公', '开', '年', '度', '报', '告', '。', '，', '：', '、', '1', '7',
    '0', ' ', '是', '无', '问', '题', '改', '进', '针', '对', '件', '第', '页', '-', '“', '”',
];

/// The text fields of a report, in document order (template order for documents whose parts
/// are in template order).
fn prose(report: &Value) -> String {
    let mut out = String::new();
    for key in ["title", "preamble"] {
        push(&mut out, &report[key]);
    }
    section(
        &mut out,
        &report["overview"],
        &[
            "introduction",
            "proactive_disclosure",
            "disclosure_on_request",
            "information_management",
            "platform_development",
            "oversight_and_safeguards",
            "additional_parts",
        ],
    );
    for table in [
        "proactive_disclosure",
        "applications",
        "review_and_litigation",
    ] {
        push(&mut out, &report[table]["note"]);
    }
    section(
        &mut out,
        &report["problems_and_improvements"],
        &[
            "introduction",
            "problems",
            "improvements",
            "additional_parts",
        ],
    );
    section(
        &mut out,
        &report["other_matters"],
        &[
            "introduction",
            "fee_statement",
            "key_points_implementation",
            "deputies_and_cppcc_proposals",
            "innovation",
            "additional_parts",
        ],
    );
    push(&mut out, &report["closing"]);
    out
}

fn section(out: &mut String, value: &Value, keys: &[&str]) {
    for key in keys {
        match &value[*key] {
            Value::Array(parts) => parts.iter().for_each(|part| text_part(out, part)),
            Value::Object(_) => text_part(out, &value[*key]),
            other => push(out, other),
        }
    }
}

fn text_part(out: &mut String, part: &Value) {
    push(out, &part["heading"]);
    push(out, &part["text"]);
}

fn push(out: &mut String, value: &Value) {
    if let Some(text) = value.as_str() {
        out.push_str(text);
    }
}

fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|c| rest.any(|h| h == c))
}

/// The seed document with some lines replaced by random prose.
fn mutated_seed() -> impl Strategy<Value = String> {
    let lines: Vec<String> = SEED.lines().map(str::to_owned).collect();
    let count = lines.len();
    let line = proptest::collection::vec(proptest::sample::select(ALPHABET), 0..40)
        .prop_map(|chars| chars.into_iter().collect::<String>());
    proptest::collection::vec((0..count, line), 0..12).prop_map(move |edits| {
        let mut lines = lines.clone();
        for (at, text) in edits {
            lines[at] = text;
        }
        lines.join("\n")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn extracted_prose_is_a_subsequence_of_the_input(input in mutated_seed()) {
        let extraction = extract(input.as_bytes(), Source::Text);
        if let Some(report) = extraction.report.as_ref().or(extraction.partial.as_ref()) {
            let prose = prose(report);
            prop_assert!(is_subsequence(&prose, &input), "prose not in order: {prose}");
        }
    }

    #[test]
    fn any_text_is_read_without_panic(input in "(?s).{0,2000}") {
        let _ = extract(input.as_bytes(), Source::Text);
        let _ = extract(input.as_bytes(), Source::Html);
    }

    #[test]
    fn any_bytes_are_read_without_panic(input in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let extraction = extract(&input, Source::Auto);
        prop_assert!(extraction.report.is_none() || !extraction.has_errors());
    }

    #[test]
    fn runs_of_digits_in_tables_are_read_without_panic(digits in "[0-9]{1,60}", cut in 0usize..20) {
        let table = format!("三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 {digits}二、上年结转 {}", &digits[..cut.min(digits.len())]);
        let _ = extract(table.as_bytes(), Source::Text);
    }
}

#[test]
fn the_seed_itself_is_lossless() {
    let extraction = extract(SEED.as_bytes(), Source::Text);
    let report = extraction.report.expect("a report");
    assert!(is_subsequence(&prose(&report), SEED));
}

#[test]
fn oversized_input_is_refused() {
    let input = vec![b' '; MAX_INPUT_BYTES + 1];
    let extraction = extract(&input, Source::Text);
    assert_eq!(extraction.diagnostics[0].code.as_str(), "input_too_large");
    assert!(extraction.report.is_none() && extraction.partial.is_none());
}

#[test]
fn a_truncated_report_gives_no_report() {
    let cut = SEED.find("四、政府信息公开行政复议").expect("heading");
    let extraction = extract(&SEED.as_bytes()[..cut], Source::Text);
    assert!(extraction.report.is_none());
    assert!(
        extraction
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "truncated_document")
    );
}
