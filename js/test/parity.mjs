// Parity with the crate: the issues this package finds (rule, severity, paths, previous_paths,
// expected, actual, message_zh, message_en, fingerprint, and the narrative rules' quote and
// offset) equal the crate's on every test vector and on the reports of the folders written by
// the crate (`cargo run --example write_reports --features proptest -- [--prose] DIR`), for the
// rules this package runs (`supportedRules`; the others are listed, not compared).
//   node js/test/parity.mjs [DIR...]   (OGI_REPORT_BIN: the ogi-report binary; default
//   target/debug/ogi-report, built by `cargo build -p ogi-report-cli`)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { check, parseExact, supportedRules, unsupportedRules } from "../src/index.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const catalogue = read(join(root, "schema/rules.json"));
const schema = read(join(root, "schema/ogi-report.schema.json"));
const supported = new Set(supportedRules(catalogue));
const binary = process.env.OGI_REPORT_BIN ?? join(root, "target/debug/ogi-report");

/** The crate's JSON lines for `files` (with `previous`). */
function crate(files, previous) {
  const args = ["validate", "--format", "json", ...files];
  if (previous) args.push("--previous", previous);
  let out;
  try {
    out = execFileSync(binary, args, { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });
  } catch (error) {
    out = error.stdout; // exit code 1: some report has errors
  }
  return out.trim().split("\n").map((line) => JSON.parse(line));
}

const compared = (issue) =>
  JSON.stringify([issue.rule, issue.severity, issue.paths, issue.previous_paths ?? [], issue.expected, issue.actual, issue.message_zh, issue.message_en,
    issue.fingerprint, issue.quote ?? null, issue.offset ?? null]); // quote and offset: the narrative rules

let cases = 0;
const seen = new Map(); // issues per rule, as found by the crate
let failures = 0;
function compare(files, previous) {
  const lines = crate(files, previous);
  const last = previous ? read(previous) : undefined;
  for (const line of lines) {
    if (line.error) continue; // refused on reading: no rules run
    cases++;
    for (const issue of line.issues) seen.set(issue.rule, (seen.get(issue.rule) ?? 0) + 1);
    const want = line.issues.filter((issue) => supported.has(issue.rule)).map(compared);
    const { value: report, digits } = parseExact(readFileSync(line.file, "utf8"));
    const got = check(catalogue, schema, report, last, { digits }).map(compared);
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      failures++;
      if (failures <= 5) {
        console.log(`FAIL ${line.file}${previous ? ` --previous ${previous}` : ""}\n  crate: ${want.join("\n         ")}\n  js:    ${got.join("\n         ")}`);
      }
    }
  }
}

const vectors = (folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json") && !name.endsWith(".previous.json"))
    .map((name) => join(root, folder, name));

compare(vectors("tests/vectors/valid"));
compare(vectors("tests/vectors/invalid"));
// Documents of the package's own (js/test/documents/): amounts written with an exponent
// (`3.221e-13`), printed as the crate prints them (`0.0000000000003221`).
compare(vectors("js/test/documents"));
for (const file of vectors("tests/vectors/invalid")) {
  const previous = file.replace(/\.json$/, ".previous.json");
  if (existsSync(previous)) compare([file], previous);
}
const pairs = [["county-department-2024.json", "county-department-2023.json"], ["county-department-2020.json", "county-department-2019.json"]];
for (const [file, previous] of pairs) {
  compare([join(root, "tests/vectors/valid", file)], join(root, "tests/vectors/valid", previous));
}

for (const generated of process.argv.slice(2)) {
  const files = readdirSync(generated).filter((n) => n.endsWith(".json") && !n.endsWith(".previous.json")).sort();
  for (let i = 0; i < files.length; i += 200) compare(files.slice(i, i + 200).map((n) => join(generated, n)));
  for (const name of files) {
    const previous = join(generated, name.replace(/\.json$/, ".previous.json"));
    if (existsSync(previous)) compare([join(generated, name)], previous);
  }
}

console.log(`rules compared (issues the crate found): ${[...supported].map((id) => `${id} ${seen.get(id) ?? 0}`).join(", ")}`);
const narrative = [...supported].filter((id) => id.startsWith("narrative."));
console.log(`narrative rules, issues compared: ${narrative.map((id) => `${id} ${seen.get(id) ?? 0}`).join(", ")}`);
const notRun = unsupportedRules(catalogue);
console.log(notRun.length === 0 ? `every rule of the catalogue runs in the package (${supported.size})` : `rules not run by the package yet: ${notRun.join(", ")}`);
console.log(`${failures === 0 ? "ok" : "FAIL"} js parity: ${cases - failures} of ${cases} reports agree`);
process.exitCode = failures === 0 ? 0 : 1;
