//! Extraction: any bytes, as HTML, as text and sniffed, never panic; a report is given only
//! when no diagnostic is an error, and what is given is read by the typed model or refused
//! with a parse error (never a panic).
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report_extract::{Source, extract};

fuzz_target!(|data: &[u8]| {
    for source in [Source::Auto, Source::Html, Source::Text] {
        let extraction = extract(data, source);
        assert_eq!(extraction.report.is_some(), !extraction.has_errors());
        if let Some(Ok(report)) = extraction.typed_report() {
            let _ = report.check();
        }
    }
});
