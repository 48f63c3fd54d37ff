//! Reading and writing every edition: the 2019 trial format, documents that mix editions,
//! cells printed blank, fee reports with some figures, the compiling office. What the wire
//! format refuses is refused with the pointer of the offending value.

use ogi_report::applications::{ApplicantRow, OtherHandling};
use ogi_report::other_matters::ProcessingFees;
use ogi_report::proactive_disclosure::ProactiveDisclosure;
use ogi_report::rules::RuleId;
use ogi_report::{Agency, AgencyKind, FormatVersion, ParseErrorKind, Report, RollUpError};
use serde_json::{Value, json};

const SHANGHAI_2019: &str =
    include_str!("../examples/reports/shanghai-government-office-2019.json");
const MIXED: &str = include_str!("../examples/reports/county-department-2023-mixed-editions.json");
const SEED_2021: &str = include_str!("../examples/reports/dongying-district-office-2023.json");

fn read(text: &str) -> Report {
    Report::from_json_str(text).unwrap_or_else(|err| panic!("{err}"))
}

/// `text` as a JSON value with `edit` applied, written back as text.
fn edited(text: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    edit(&mut value);
    value.to_string()
}

fn refused_at(text: &str, pointer: &str) -> String {
    let err = Report::from_json_str(text).expect_err("the document must be refused");
    assert_eq!(err.pointer(), pointer, "{err}");
    err.to_string()
}

#[test]
fn every_edition_reads_and_writes_back_byte_for_byte() {
    for text in [SHANGHAI_2019, MIXED, SEED_2021] {
        assert_eq!(read(text).to_json_string_pretty() + "\n", text);
    }
}

#[test]
fn the_2019_table_two_is_told_apart_by_its_keys() {
    let report = read(SHANGHAI_2019);
    assert_eq!(report.format_version, FormatVersion::V2019);
    let table = report
        .proactive_disclosure
        .as_2019()
        .expect("a 2019 table 二");
    assert_eq!(table.rules.total_published, 524);
    assert_eq!(
        table.government_procurement.total_amount.value.to_string(),
        "251000"
    );
    assert!(report.proactive_disclosure.as_2021().is_none());
    assert!(
        report
            .applications
            .outcomes
            .other_handling
            .sub_rows()
            .is_none()
    );
}

#[test]
fn a_mixed_document_keeps_each_table_in_the_edition_it_printed() {
    let report = read(MIXED);
    assert!(matches!(
        report.proactive_disclosure,
        ProactiveDisclosure::V2021(_)
    ));
    assert!(matches!(
        report.applications.outcomes.other_handling,
        OtherHandling::OneRow(_)
    ));
    let rules: Vec<RuleId> = report.check().iter().map(|issue| issue.rule).collect();
    assert_eq!(rules, [RuleId::ReportMixedEditions]);
}

#[test]
fn the_real_2019_report_with_blank_totals_has_no_error() {
    let issues = read(SHANGHAI_2019).check();
    assert!(issues.iter().all(|issue| !issue.is_error()), "{issues:#?}");
    let rules: Vec<RuleId> = issues.iter().map(|issue| issue.rule).collect();
    assert_eq!(rules, [RuleId::BlankCellsTotals, RuleId::BlankCellsTotals]);
}

#[test]
fn format_version_must_name_the_edition_of_table_two() {
    let text = edited(SHANGHAI_2019, |v| v["format_version"] = json!("2021"));
    let message = refused_at(&text, "/format_version");
    assert!(message.contains("2019 edition"), "{message}");
}

#[test]
fn a_table_two_with_keys_of_both_editions_is_refused_at_the_table() {
    let text = edited(SEED_2021, |v| {
        v["proactive_disclosure"]["administrative_licensing"] =
            json!({"previous_year_items": 0, "change": 0, "decisions": 0});
    });
    let message = refused_at(&text, "/proactive_disclosure");
    assert!(message.contains("administrative_licensing"), "{message}");
}

#[test]
fn a_row_of_block_one_with_columns_of_both_editions_is_refused_at_the_row() {
    let text = edited(SEED_2021, |v| {
        v["proactive_disclosure"]["rules"]["new_made"] = json!(1)
    });
    refused_at(&text, "/proactive_disclosure/rules");
}

#[test]
fn other_handling_is_three_sub_rows_or_one_row_never_both() {
    let text = edited(SEED_2021, |v| {
        v["applications"]["outcomes"]["other_handling"]["natural_person"] = json!(1);
    });
    refused_at(&text, "/applications/outcomes/other_handling");
}

#[test]
fn a_signed_change_is_read_within_the_range_of_a_count() {
    let at = |change: i64| {
        edited(SHANGHAI_2019, |v| {
            v["proactive_disclosure"]["administrative_penalty"]["change"] = json!(change);
        })
    };
    let report = read(&at(-4_294_967_295));
    let table = report.proactive_disclosure.as_2019().unwrap();
    assert_eq!(table.administrative_penalty.change, -4_294_967_295);
    let err = Report::from_json_str(&at(-4_294_967_296)).unwrap_err();
    assert_eq!(err.kind(), ParseErrorKind::Constraint);
    assert_eq!(
        err.pointer(),
        "/proactive_disclosure/administrative_penalty/change"
    );
}

#[test]
fn blank_cells_name_number_cells_of_this_report_once_each() {
    let listing = |cells: Value| edited(SHANGHAI_2019, |v| v["blank_cells"] = cells);
    // A sub-row of （六） that this one-row document does not have.
    let absent = "/applications/outcomes/other_handling/fee_not_paid/total";
    refused_at(&listing(json!([absent])), "/blank_cells/0");
    refused_at(&listing(json!(["/year"])), "/blank_cells/0");
    refused_at(
        &listing(json!([
            "/applications/new_received/total",
            "/applications/new_received/total"
        ])),
        "/blank_cells/1",
    );
    let amount = "/proactive_disclosure/government_procurement/total_amount/value";
    assert_eq!(read(&listing(json!([amount]))).blank_cells, [amount]);
}

#[test]
fn a_fee_report_gives_at_least_one_figure_and_no_null() {
    let fees = |value: Value| edited(SEED_2021, |v| v["other_matters"]["processing_fees"] = value);
    let report = read(&fees(json!({"collected_yuan": 3940})));
    let expected = ProcessingFees {
        collected_yuan: Some("3940".parse().unwrap()),
        ..Default::default()
    };
    assert_eq!(report.other_matters.processing_fees, Some(expected));
    refused_at(&fees(json!({})), "/other_matters/processing_fees");
    refused_at(
        &fees(json!({"collected_yuan": null})),
        "/other_matters/processing_fees/collected_yuan",
    );
}

#[test]
fn the_compiling_office_has_the_limits_of_a_name() {
    let office = |name: Value| edited(SEED_2021, |v| v["agency"]["compiled_by"] = name);
    let report = read(&office(json!("某市人民政府办公室")));
    assert_eq!(
        report.agency.compiled_by.as_deref(),
        Some("某市人民政府办公室")
    );
    refused_at(&office(json!("  ")), "/agency/compiled_by");
}

#[test]
fn an_empty_report_of_each_edition_has_its_edition_s_layout_and_reads_back() {
    for edition in FormatVersion::ALL {
        let agency = Agency::new("某局", AgencyKind::Department);
        let report = Report::of_edition(edition, agency, 2020);
        assert_eq!(report.proactive_disclosure.edition(), edition);
        assert_eq!(
            report.applications.outcomes.other_handling.edition(),
            edition
        );
        assert_eq!(read(&report.to_json_string()), report);
    }
}

#[test]
fn reports_of_different_layouts_are_not_rolled_up() {
    let agency = Agency::new("某市", AgencyKind::Government);
    let (a, b) = (read(SEED_2021), read(SHANGHAI_2019));
    let mut b = b;
    b.year = a.year;
    let err = Report::roll_up(agency.clone(), [&a, &b]).unwrap_err();
    assert!(matches!(err, RollUpError::MixedLayouts { .. }), "{err}");
    let mut c = a.clone();
    c.applications.outcomes.other_handling =
        OtherHandling::OneRow(c.applications.outcomes.other_handling.row_sum());
    let err = Report::roll_up(agency, [&a, &c]).unwrap_err();
    assert_eq!(
        err,
        RollUpError::MixedLayouts {
            pointer: "/applications/outcomes/other_handling".to_owned()
        }
    );
}

#[test]
fn a_roll_up_counts_blank_totals_as_their_parts() {
    let report = read(SHANGHAI_2019);
    let sum = Report::roll_up(Agency::new("汇总", AgencyKind::Government), [&report]).unwrap();
    let disclosed = sum.applications.outcomes.disclosed;
    assert_eq!(
        disclosed.total,
        u32::try_from(disclosed.parts_sum()).unwrap()
    );
    assert!(sum.blank_cells.is_empty());
    assert!(sum.check().iter().all(|issue| !issue.is_error()));
}

#[test]
fn one_row_of_other_handling_sums_the_three_sub_rows() {
    let report = read(SEED_2021);
    let handling = report.applications.outcomes.other_handling;
    let rows = handling.sub_rows().unwrap();
    let sum = handling.row_sum();
    assert_eq!(
        sum.total,
        rows.no_supplement_in_time.total + rows.fee_not_paid.total + rows.other.total
    );
    assert_eq!(
        OtherHandling::OneRow(ApplicantRow::natural_persons(3))
            .row_sum()
            .total,
        3
    );
}

#[test]
fn a_money_unit_names_itself_as_the_wire_does() {
    use ogi_report::proactive_disclosure::MoneyUnit;
    for unit in MoneyUnit::ALL {
        assert_eq!(
            serde_json::to_value(unit).unwrap(),
            serde_json::json!(unit.as_str())
        );
    }
}

#[test]
fn number_cells_give_the_unit_of_every_amount_and_none_of_a_count() {
    use ogi_report::proactive_disclosure::MoneyUnit;
    let unit_of = |path: &str, pointer: &str| {
        let text = std::fs::read_to_string(path).unwrap();
        let report = Report::from_json_str(&text).unwrap();
        let cells = report.number_cells();
        let cell = cells.iter().find(|c| c.pointer == pointer).unwrap();
        (cell.unit, cell.unit_in_cell())
    };
    assert_eq!(
        unit_of(
            "examples/reports/shanghai-government-office-2019.json",
            "/proactive_disclosure/government_procurement/total_amount/value"
        ),
        (Some(MoneyUnit::Yuan), true)
    );
    assert_eq!(
        unit_of(
            "examples/reports/dongying-district-office-2023.json",
            "/proactive_disclosure/administrative_fees_10k_yuan"
        ),
        (Some(MoneyUnit::TenThousandYuan), false)
    );
    assert_eq!(
        unit_of(
            "examples/reports/dongying-district-office-2023.json",
            "/applications/new_received/total"
        ),
        (None, false)
    );
}

#[test]
fn number_cells_flag_exactly_the_cells_printed_blank() {
    let text =
        std::fs::read_to_string("examples/reports/shanghai-government-office-2019.json").unwrap();
    let report = Report::from_json_str(&text).unwrap();
    let flagged: Vec<String> = report
        .number_cells()
        .into_iter()
        .filter(|cell| cell.blank)
        .map(|cell| cell.pointer)
        .collect();
    assert!(!flagged.is_empty());
    let mut listed = report.blank_cells.clone();
    listed.sort();
    let mut flagged_sorted = flagged.clone();
    flagged_sorted.sort();
    assert_eq!(flagged_sorted, listed);
}
