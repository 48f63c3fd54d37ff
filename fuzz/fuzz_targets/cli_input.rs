//! The CLI's input reading: bytes as they come from a file or standard input.
//!
//! Until the CLI exists this reads through the library entry point it will use.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // TODO(cli): replace by the CLI's reader (one line), e.g.
    // let _ = ogi_report_cli::read_input(data);
    let _ = ogi_report::Report::from_json_slice(data);
});
