//! The example round-trips exactly; reports built in Rust read back equal.

use super::*;

// The example round-trips exactly

#[test]
fn the_example_reprints_byte_for_byte_as_pretty_json() {
    let report = example();
    assert_eq!(report.to_json_string_pretty() + "\n", EXAMPLE);
}

#[test]
fn the_example_round_trips_to_an_equal_report() {
    let report = example();
    assert_eq!(
        Report::from_json_str(&report.to_json_string()).unwrap(),
        report
    );
    assert_eq!(
        Report::from_json_str(&report.to_json_string_pretty()).unwrap(),
        report
    );
    assert_eq!(report.to_json_string().parse::<Report>().unwrap(), report);
    assert_eq!(Report::from_json_slice(EXAMPLE.as_bytes()).unwrap(), report);
}

#[test]
fn the_example_round_trips_to_equal_json() {
    assert_eq!(to_value(&example()), example_value());
}

#[test]
fn every_string_of_the_example_survives_the_round_trip() {
    let strings = |value: &Value| -> Vec<(String, String)> {
        leaves_of(value)
            .into_iter()
            .filter_map(|(p, v)| v.as_str().map(|s| (p, s.to_owned())))
            .collect()
    };
    let input = strings(&example_value());
    let output = strings(&to_value(&example()));
    assert!(input.len() > 30, "the example has its prose");
    assert_eq!(output, input);
    let chars: usize = input.iter().map(|(_, s)| s.chars().count()).sum();
    assert!(
        chars > 2500,
        "the example's prose is all there ({chars} characters)"
    );
}

#[test]
fn text_is_kept_character_for_character() {
    let tricky = " 前导空格\t制表\r\n回车换行\n\n空段落\u{3000}全角空格 “引号”「」 emoji 🏛️ e\u{301} \u{2028}行分隔 \\ \"quoted\" \u{0} 尾随空格 ";
    let mut report = example();
    report.preamble = Some(tricky.to_owned());
    report.closing = Some(tricky.to_owned());
    report.title = Some(tricky.to_owned());
    report.overview.introduction = Some(tricky.to_owned());
    report.overview.additional_parts = vec![TextPart::with_heading(tricky, tricky)];
    report.problems_and_improvements.problems = Some(TextPart::new(tricky));
    report.other_matters.innovation = Some(TextPart::with_heading(tricky, tricky));
    report.applications.note = Some(tricky.to_owned());
    for json in [report.to_json_string(), report.to_json_string_pretty()] {
        let back = Report::from_json_str(&json).unwrap();
        assert_eq!(back, report);
        assert_eq!(back.overview.additional_parts[0].text, tricky);
        assert_eq!(back.to_json_string(), report.to_json_string());
    }
}

#[test]
fn paragraphs_are_split_at_line_breaks() {
    let report = example();
    let part = report.overview.proactive_disclosure.as_ref().unwrap();
    assert_eq!(part.paragraphs().count(), 3);
    assert!(part.paragraphs().all(|p| !p.is_empty()));
}

// ---------------------------------------------------------------------------------------------
// Building reports in Rust

#[test]
fn a_new_report_is_empty_and_reads_back_equal() {
    let report = Report::new(Agency::new("某县交通运输局", AgencyKind::Department), 2024);
    assert_eq!(report.applications, Applications::default());
    assert_eq!(report.other_matters.processing_fees, None);
    let json = report.to_json_string();
    assert_eq!(Report::from_json_str(&json).unwrap(), report);
    assert!(json.starts_with(r#"{"format_version":"2021","agency":{"name":"某县交通运输局","kind":"department"},"year":2024,"overview":{},"#), "{json}");
}
