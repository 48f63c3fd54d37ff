//! What the command-line tests share: where the repository is, and the binary run from it.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root (the CLI package is `cli/` in it); tests run the binary from there.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent")
        .to_path_buf()
}

/// The `ogi-report` binary, run from the repository root, without colour settings inherited.
pub fn ogi_report() -> Command {
    let mut command = Command::cargo_bin("ogi-report").expect("the binary is built");
    command
        .current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE");
    command
}
