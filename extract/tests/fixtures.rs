//! The real published reports of `tests/fixtures/` (copied unchanged from the shared fixtures)
//! extract to exactly the figures and identity their `NAME.expected.json` list.

use ogi_report_extract::{Code, Extraction, Source, extract};
use serde_json::Value;

fn read(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

fn expected(name: &str) -> Value {
    serde_json::from_slice(&read(name)).expect("expected JSON")
}

/// The report, or what was read when the report is incomplete.
fn draft(extraction: &Extraction) -> &Value {
    extraction
        .report
        .as_ref()
        .or(extraction.partial.as_ref())
        .expect("something was read")
}

/// Every top-level field of `expected` equals the extracted one (agency: the fields listed).
fn assert_fields(name: &str, extraction: &Extraction, expected: &Value) {
    let got = draft(extraction);
    let Value::Object(fields) = expected else {
        panic!("expected an object")
    };
    for (key, want) in fields {
        if key == "agency" {
            let Value::Object(agency) = want else {
                panic!("agency")
            };
            for (field, value) in agency {
                assert_eq!(&got["agency"][field], value, "{name}: /agency/{field}");
            }
            continue;
        }
        assert_eq!(
            &got[key], want,
            "{name}: /{key}\n{:#?}",
            extraction.diagnostics
        );
    }
}

#[test]
fn huaian_layout_text_extracts_to_its_figures() {
    let extraction = extract(&read("huaian-city-2024.layout.txt"), Source::Auto);
    assert_fields(
        "huaian",
        &extraction,
        &expected("huaian-city-2024.expected.json"),
    );
    assert!(extraction.report.is_some(), "{:#?}", extraction.diagnostics);
    assert!(draft(&extraction).get("published_on").is_none());
    let typed = typed(&extraction);
    assert_fields(
        "huaian (typed)",
        &typed,
        &expected("huaian-city-2024.expected.json"),
    );
    assert_eq!(
        typed
            .report
            .as_ref()
            .map(|r| r["agency"]["compiled_by"].clone()),
        Some("淮安市人民政府办公室".into())
    );
    assert_eq!(
        typed
            .report
            .as_ref()
            .map(|r| r["other_matters"]["processing_fees"].clone()),
        Some(serde_json::json!({ "collected_yuan": 3940 }))
    );
}

/// The extraction with its report read and written by the typed model.
fn typed(extraction: &Extraction) -> Extraction {
    let report = extraction
        .typed_report()
        .expect("a report")
        .expect("the model reads it");
    let json = serde_json::from_str(&report.to_json_string()).expect("JSON");
    Extraction {
        report: Some(json),
        ..extraction.clone()
    }
}

#[test]
fn pingtan_crawl_splits_runs_and_reports_the_ambiguous_one() {
    let extraction = extract(&read("pingtan-zone-2022.crawl.txt"), Source::Auto);
    assert_fields(
        "pingtan",
        &extraction,
        &expected("pingtan-zone-2022.expected.json"),
    );
    assert!(
        extraction.report.is_none(),
        "table 二 is ambiguous: no complete report"
    );
    let ambiguous: Vec<_> = extraction
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::AmbiguousDigitRun)
        .collect();
    assert_eq!(ambiguous.len(), 1, "{:#?}", extraction.diagnostics);
    assert_eq!(
        ambiguous[0].pointer.as_deref(),
        Some("/proactive_disclosure/normative_documents")
    );
    let candidates: Vec<String> = ambiguous[0]
        .candidates
        .iter()
        .map(|c| c.join("|"))
        .collect();
    assert!(
        candidates.contains(&"88|55|698".to_owned()),
        "{candidates:?}"
    );
    assert!(ambiguous[0].span.is_some());
    assert!(draft(&extraction).get("proactive_disclosure").is_none());
}

#[test]
fn shanghai_html_reads_the_2019_edition_and_its_blank_cells() {
    let extraction = extract(&read("shanghai-government-office-2019.html"), Source::Auto);
    assert_fields(
        "shanghai",
        &extraction,
        &expected("shanghai-government-office-2019.expected.json"),
    );
    assert!(extraction.report.is_some(), "{:#?}", extraction.diagnostics);
}
