//! bytes → parse → check → serialize → parse → serialize.
//!
//! Whatever the bytes, nothing panics, aborts or hangs; a report that is read serializes to
//! JSON that reads back to an equal report and serializes again to the very same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::{Agency, AgencyKind, Report};

fuzz_target!(|data: &[u8]| {
    let report = match Report::from_json_slice(data) {
        Ok(report) => report,
        Err(err) => {
            // The error's parts and its display never panic either.
            let _ = (err.kind(), err.pointer(), err.path(), err.position());
            let _ = err.to_string();
            return;
        }
    };

    let _ = report.check();

    for json in [report.to_json_string(), report.to_json_string_pretty()] {
        let again = Report::from_json_str(&json)
            .unwrap_or_else(|err| panic!("serialized report does not read back: {err}\n{json}"));
        assert_eq!(again, report, "round trip changed the report");
        let json_again = if json.contains('\n') {
            again.to_json_string_pretty()
        } else {
            again.to_json_string()
        };
        assert_eq!(json_again, json, "re-serialization is not byte-identical");
    }

    // The sums work on any report read: they may report overflow, never panic or wrap.
    let mut filled = report.clone();
    if filled.fill_totals().is_err() {
        assert_eq!(filled, report, "a failed fill_totals changed the report");
    }
    let agency = Agency::new("汇总", AgencyKind::Government);
    let _ = Report::roll_up(agency, [&report, &report]);
});
