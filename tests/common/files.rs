//! Files the integration tests share: committed generated files, example and vectors
//! (`common::files` after `mod common;` in a test file).
//!
//! - [`assert_fresh`]: a committed, generated file must match what the code generates now;
//!   with `OGI_REPORT_BLESS=1` the test rewrites the file instead of failing.
//! - [`valid_documents`]: the example report and every valid test vector, by name.
//! - [`broken_documents`]: the structurally broken documents of `tests/broken-documents.json`,
//!   each the example with a small JSON Patch applied (shared with the frontend checks).

use std::fs;
use std::path::PathBuf;

use serde_json::Value;

/// The environment variable that makes freshness tests rewrite generated files.
pub const BLESS_VAR: &str = "OGI_REPORT_BLESS";

/// The example report, relative to the crate root.
pub const EXAMPLE: &str = "examples/reports/dongying-district-office-2023.json";

/// The folder of valid test vectors, relative to the crate root.
pub const VALID_VECTORS: &str = "tests/vectors/valid";

/// The structurally broken documents, relative to the crate root.
pub const BROKEN_DOCUMENTS: &str = "tests/broken-documents.json";

/// A path relative to the crate root.
pub fn crate_path(relative: &str) -> PathBuf {
    // Cargo sets the variable when it runs a test too: prefer that to the directory baked in at
    // compile time, which is stale when a build is reused from another place (the packaged
    // crate unpacked anew in CI).
    let root = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    root.join(relative)
}

/// Whether `OGI_REPORT_BLESS=1` is set.
pub fn blessing() -> bool {
    std::env::var(BLESS_VAR).is_ok_and(|v| v == "1")
}

/// Checks that the committed file at `relative` (from the crate root) holds exactly
/// `generated`. With `OGI_REPORT_BLESS=1` it writes `generated` there instead. On a mismatch
/// the test fails with the first differing line and `regenerate`, the command that rewrites
/// the file (e.g. `OGI_REPORT_BLESS=1 cargo test --test schema`).
pub fn assert_fresh(relative: &str, generated: &str, regenerate: &str) {
    let path = crate_path(relative);
    if blessing() {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create the folder of a generated file");
        }
        let unchanged = fs::read_to_string(&path).is_ok_and(|committed| committed == generated);
        if !unchanged {
            fs::write(&path, generated).expect("write a generated file");
            eprintln!("{BLESS_VAR}=1: rewrote {relative}");
        }
        return;
    }
    let committed = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            panic!("{relative} cannot be read ({err}); generate it with:\n\n    {regenerate}\n")
        }
    };
    if committed != generated {
        let first_difference = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        let line = first_difference + 1;
        panic!(
            "{relative} is out of date (first difference at line {line}:\n  committed: {:?}\n  generated: {:?}).\nRegenerate it with:\n\n    {regenerate}\n",
            committed
                .lines()
                .nth(first_difference)
                .unwrap_or("<end of file>"),
            generated
                .lines()
                .nth(first_difference)
                .unwrap_or("<end of file>"),
        );
    }
}

/// The example report and every `tests/vectors/valid/*.json` (none when the folder is absent),
/// as `(name, text)`, sorted by name after the example.
pub fn valid_documents() -> Vec<(String, String)> {
    let mut documents = vec![(EXAMPLE.to_owned(), read(EXAMPLE))];
    let mut vectors: Vec<PathBuf> = match fs::read_dir(crate_path(VALID_VECTORS)) {
        Ok(entries) => entries
            .map(|entry| entry.expect("list the valid vectors").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect(),
        Err(_) => Vec::new(),
    };
    vectors.sort();
    for path in vectors {
        let name = format!(
            "{VALID_VECTORS}/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let text = fs::read_to_string(&path).unwrap_or_else(|err| panic!("read {name}: {err}"));
        documents.push((name, text));
    }
    documents
}

/// A file relative to the crate root, as text.
pub fn read(relative: &str) -> String {
    fs::read_to_string(crate_path(relative)).unwrap_or_else(|err| panic!("read {relative}: {err}"))
}

/// One structurally broken document: what is wrong, and the document.
pub struct Broken {
    /// What is wrong, e.g. "negative count".
    pub name: String,
    /// The example with the case's patch applied.
    pub document: Value,
    /// The JSON Pointer where `Report::from_json_str` refuses the document: the case's
    /// `pointer` when it gives one (a document refused as a whole, at another member than the
    /// patched one), else the last patched member, or for a removed member the object that
    /// misses it.
    pub pointer: String,
}

/// The cases of `tests/broken-documents.json`, each applied to the example.
pub fn broken_documents() -> Vec<Broken> {
    let cases: Value =
        serde_json::from_str(&read(BROKEN_DOCUMENTS)).expect("broken-documents.json is JSON");
    let example: Value = serde_json::from_str(&read(EXAMPLE)).expect("the example is JSON");
    let cases = cases["cases"].as_array().expect("a `cases` array");
    cases
        .iter()
        .map(|case| {
            let name = case["name"].as_str().expect("a case name").to_owned();
            let mut document = example.clone();
            let mut pointer = String::new();
            for op in case["patch"].as_array().expect("a `patch` array") {
                apply(&mut document, op).unwrap_or_else(|err| panic!("case {name:?}: {err}"));
                let path = op["path"].as_str().unwrap_or_default();
                pointer = match op["op"].as_str() {
                    Some("remove") => path.rsplit_once('/').map_or("", |(p, _)| p).to_owned(),
                    _ => path.to_owned(),
                };
            }
            if let Some(given) = case["pointer"].as_str() {
                pointer = given.to_owned();
            }
            Broken {
                name,
                document,
                pointer,
            }
        })
        .collect()
}

/// Applies one JSON Patch operation (RFC 6902: `add`, `replace` or `remove`, on object
/// members only). `replace` and `remove` require the member to exist, so a case whose path no
/// longer matches the model fails loudly instead of testing nothing.
fn apply(document: &mut Value, op: &Value) -> Result<(), String> {
    let path = op["path"].as_str().ok_or("an operation without a path")?;
    let (parent, key) = jsonptr::Pointer::parse(path)
        .map_err(|err| format!("bad path {path:?}: {err}"))?
        .split_back()
        .ok_or_else(|| format!("bad path {path:?}"))?;
    let parent = parent.as_str();
    let parent = document
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .ok_or_else(|| format!("no object at {parent:?}"))?;
    let key = key.decoded().into_owned();
    match op["op"].as_str() {
        Some("add") => {
            parent.insert(key, op["value"].clone());
        }
        Some("replace") => {
            let slot = parent
                .get_mut(&key)
                .ok_or_else(|| format!("nothing to replace at {path:?}"))?;
            *slot = op["value"].clone();
        }
        Some("remove") => {
            parent
                .remove(&key)
                .ok_or_else(|| format!("nothing to remove at {path:?}"))?;
        }
        other => return Err(format!("unsupported operation {other:?}")),
    }
    Ok(())
}

/// Like [`assert_fresh`] for the generated part of `README.md` between the marker lines
/// `<!-- NAME:start … -->` and `<!-- NAME:end -->` (the start marker's comment is free text).
pub fn assert_readme_section_fresh(name: &str, generated: &str, regenerate: &str) {
    let readme = read("README.md");
    let start_tag = format!("<!-- {name}:start");
    let end_tag = format!("<!-- {name}:end -->");
    let start = readme
        .find(&start_tag)
        .and_then(|at| readme[at..].find('\n').map(|nl| at + nl + 1))
        .unwrap_or_else(|| panic!("README.md lacks the line `{start_tag} … -->`"));
    let end = readme[start..]
        .find(&end_tag)
        .map(|at| start + at)
        .unwrap_or_else(|| panic!("README.md lacks `{end_tag}`"));
    let updated = format!("{}{generated}{}", &readme[..start], &readme[end..]);
    assert_fresh("README.md", &updated, regenerate);
}
