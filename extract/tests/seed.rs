//! The seed fixture (a flip-book's page text) extracts to the committed example
//! `examples/reports/dongying-district-office-2023.json`: every table figure, the identity, and
//! the prose character for character. The one field it cannot give is `agency.region_code`
//! (the document does not print it).

use ogi_report_extract::{Code, Source, extract};
use serde_json::Value;

#[test]
fn seed_extracts_to_the_committed_example() {
    let input = include_bytes!("fixtures/dongying-district-office-2023.txt");
    let extraction = extract(input, Source::Auto);
    let report = extraction.report.clone().expect("a complete report");
    let mut expected: Value = serde_json::from_str(include_str!(
        "../../examples/reports/dongying-district-office-2023.json"
    ))
    .expect("example JSON");
    // Not printed in the document: a person adds it.
    expected["agency"]
        .as_object_mut()
        .and_then(|agency| agency.remove("region_code"))
        .expect("the example has a region code");
    for key in expected.as_object().expect("object").keys() {
        assert_eq!(report[key], expected[key], "/{key}");
    }
    assert_eq!(report, expected);
    let kind = extraction
        .diagnostics
        .iter()
        .find(|d| d.code == Code::InferredKind);
    assert!(kind.is_some(), "the kind is said to be inferred");
}

#[test]
fn seed_round_trips_through_the_typed_model_in_template_order() {
    let input = include_bytes!("fixtures/dongying-district-office-2023.txt");
    let extraction = extract(input, Source::Text);
    let report = extraction
        .typed_report()
        .expect("a report")
        .expect("the model reads it");
    let json = report.to_json_string_pretty();
    let order: Vec<usize> = [
        "\"format_version\"",
        "\"agency\"",
        "\"overview\"",
        "\"proactive_disclosure\"",
        "\"closing\"",
    ]
    .iter()
    .map(|key| json.find(key).expect("key present"))
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "template order: {order:?}"
    );
}
