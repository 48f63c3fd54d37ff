//! The crate as a web service uses it: a request body read into a `Report` by whatever serde
//! path the framework takes, checked, stored, answered with errors and issues as JSON, and read
//! back by a client.

use ogi_report::rules::{Issue, RuleId};
use ogi_report::{AgencyKind, Amount, NaiveDate, ParseError, ParseErrorKind, Report};
use serde::Deserialize;
use serde_json::{Value, json};

const EXAMPLE: &str = include_str!("../examples/reports/dongying-district-office-2023.json");

fn example_value() -> Value {
    serde_json::from_str(EXAMPLE).unwrap()
}

/// Documents every path into a `Report` must refuse, with the pointer `from_json_str` names.
fn bad_documents() -> Vec<(&'static str, Value)> {
    let with = |pointer: &str, value: Value| {
        let mut document = example_value();
        *document.pointer_mut(pointer).unwrap() = value;
        document
    };
    vec![
        ("/year", with("/year", json!(1999))),
        (
            "/agency/region_code",
            with("/agency/region_code", json!("3705")),
        ),
        ("/agency/name", with("/agency/name", json!(" \u{3000} "))),
        ("/format_version", with("/format_version", json!("2019"))),
        (
            "/other_matters/processing_fees",
            with("/other_matters/processing_fees", json!({})),
        ),
        (
            "/blank_cells/0",
            with("/published_on", json!("2024-01-26")).tap(|d| {
                d["blank_cells"] = json!(["/year"]);
            }),
        ),
    ]
}

trait Tap {
    fn tap(self, f: impl FnOnce(&mut Self)) -> Self;
}

impl Tap for Value {
    fn tap(mut self, f: impl FnOnce(&mut Self)) -> Self {
        f(&mut self);
        self
    }
}

/// A request body as a service might define it: the report inside an envelope.
#[derive(Debug, Deserialize)]
#[allow(dead_code)] // read only to be refused
struct Submission {
    submitted_by: String,
    report: Report,
}

#[test]
fn every_way_in_refuses_what_from_json_str_refuses() {
    for (pointer, document) in bad_documents() {
        let text = document.to_string();
        let err = Report::from_json_str(&text).unwrap_err();
        assert_eq!(err.pointer(), pointer, "{err}");

        let from_value = serde_json::from_value::<Report>(document.clone()).unwrap_err();
        let from_text = serde_json::from_str::<Report>(&text).unwrap_err();
        let envelope = json!({"submitted_by": "前台", "report": document});
        let enveloped = serde_json::from_value::<Submission>(envelope).unwrap_err();
        for refusal in [
            from_value.to_string(),
            from_text.to_string(),
            enveloped.to_string(),
        ] {
            assert!(refusal.contains(&err.path()), "{pointer}: {refusal}");
        }
    }
}

/// Tables and rows written as arrays of their values, which serde's derive alone would take.
fn documents_with_an_array_for_an_object() -> Vec<(&'static str, Value)> {
    [
        (
            "/agency",
            json!(["东营市东营区人民政府办公室", "government_office"]),
        ),
        ("/applications/new_received", json!([18, 0, 0, 0, 0, 0, 18])),
        (
            "/review_and_litigation/administrative_review",
            json!([0, 0, 0, 0]),
        ),
        ("/other_matters/processing_fees", json!([0, 0, 0])),
    ]
    .into_iter()
    .map(|(pointer, array)| {
        let mut document = example_value();
        *document.pointer_mut(pointer).unwrap() = array;
        (pointer, document)
    })
    .collect()
}

#[test]
fn every_way_in_refuses_an_array_where_an_object_belongs() {
    for (pointer, document) in documents_with_an_array_for_an_object() {
        let text = document.to_string();
        let err = Report::from_json_str(&text).unwrap_err();
        assert_eq!(err.pointer(), pointer, "{err}");
        let envelope = json!({"submitted_by": "前台", "report": document.clone()});
        let refusals = [
            serde_json::from_value::<Report>(document.clone()).map(drop),
            serde_json::from_str::<Report>(&text).map(drop),
            serde_json::from_value::<Submission>(envelope).map(drop),
        ]
        .map(|result| result.unwrap_err().to_string());
        let bytes = rmp_serde::to_vec_named(&document).unwrap();
        let messagepack = rmp_serde::from_slice::<Report>(&bytes)
            .unwrap_err()
            .to_string();
        for refusal in refusals.iter().chain([&messagepack]) {
            assert!(
                refusal.contains("invalid type: sequence, expected an object"),
                "{pointer}: {refusal}"
            );
        }
    }
}

#[test]
fn a_second_serde_format_refuses_the_same_documents() {
    let good = rmp_serde::to_vec_named(&example_value()).unwrap();
    assert!(rmp_serde::from_slice::<Report>(&good).is_ok());
    for (pointer, document) in bad_documents() {
        let path = Report::from_json_str(&document.to_string())
            .unwrap_err()
            .path();
        let bytes = rmp_serde::to_vec_named(&document).unwrap();
        let refused = rmp_serde::from_slice::<Report>(&bytes)
            .unwrap_err()
            .to_string();
        assert!(refused.contains(&path), "{pointer}: {refused}");
    }
}

#[test]
fn a_report_goes_through_messagepack_and_back_exactly() {
    let mut report = Report::from_json_str(EXAMPLE).unwrap();
    let table = report.proactive_disclosure.as_2021_mut().unwrap();
    table.administrative_fees_10k_yuan = "0.1234567890123456789".parse().unwrap();
    let bytes = rmp_serde::to_vec_named(&report).unwrap();
    let back: Report = rmp_serde::from_slice(&bytes).unwrap();
    assert_eq!(back, report);
    assert_eq!(back.to_json_string(), report.to_json_string());
}

#[test]
fn a_json_value_holds_an_amount_exactly_or_says_it_cannot() {
    let mut report = Report::from_json_str(EXAMPLE).unwrap();
    let table = report.proactive_disclosure.as_2021_mut().unwrap();
    table.administrative_fees_10k_yuan = "15.30".parse().unwrap();
    let value = serde_json::to_value(&report).unwrap();
    assert_eq!(serde_json::from_value::<Report>(value).unwrap(), report);

    let table = report.proactive_disclosure.as_2021_mut().unwrap();
    table.administrative_fees_10k_yuan = "0.1234567890123456789".parse().unwrap();
    let err = serde_json::to_value(&report).unwrap_err().to_string();
    assert!(err.contains("0.1234567890123456789"), "{err}");
    assert!(err.contains("to_json_string"), "{err}");
}

#[test]
fn a_parse_error_is_answered_as_json_and_read_back() {
    let err = Report::from_json_str(r#"{"format_version": 2021}"#).unwrap_err();
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["kind"], "structure");
    assert_eq!(json["pointer"], "/format_version");
    assert_eq!(
        (json["line"].as_u64(), json["column"].as_u64()),
        (Some(1), Some(23))
    );
    assert!(!json["message"].as_str().unwrap().contains("line"));
    assert_eq!(serde_json::from_value::<ParseError>(json).unwrap(), err);
    let syntax = Report::from_json_str("").unwrap_err();
    assert_eq!(syntax.kind(), ParseErrorKind::Syntax);
    assert!(serde_json::to_value(&syntax).unwrap().get("line").is_none());
}

#[test]
fn issues_are_answered_as_json_and_read_back_equal() {
    let text = std::fs::read_to_string("tests/vectors/invalid/fees-collected-exceed-notices.json")
        .unwrap();
    let mut report = Report::from_json_str(&text).unwrap();
    report.applications.new_received.natural_person += 1;
    let issues = report.check();
    assert!(issues.iter().any(|i| i.rule == RuleId::ApplicationsBalance));
    assert!(
        issues
            .iter()
            .any(|i| i.rule == RuleId::OtherMattersFeesCollected)
    );
    let json = serde_json::to_string(&issues).unwrap();
    let back: Vec<Issue> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, issues);
}

#[test]
fn codes_are_strings_for_database_columns() {
    for kind in AgencyKind::ALL {
        assert_eq!(kind.as_str().parse::<AgencyKind>(), Ok(kind));
        assert_eq!(kind.to_string(), kind.as_str());
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
    }
    for id in RuleId::ALL {
        assert_eq!(id.as_str().parse::<RuleId>(), Ok(*id));
    }
    assert!("applications.balanse".parse::<RuleId>().is_err());
}

#[test]
fn the_types_of_the_public_api_are_re_exported() {
    let date: NaiveDate = "2024-01-26".parse().unwrap();
    let report = Report::from_json_str(EXAMPLE).unwrap();
    assert_eq!(report.published_on, Some(date));
    let decimal: ogi_report::Decimal = Amount::from_whole(3).into();
    assert_eq!(decimal.to_string(), "3");
}
