// Parity of the rules for supervising offices (issue 18) with the crate: every issue of the
// crate's JSON lines, all members (fingerprint, quote and offset included, in the crate's
// order), equals this package's, on
// - the vectors of each rule (`children`, `content`, `previous` as their .expected.json says);
// - examples/offices (a city with three districts; a department against last year), where the
//   whole line of `bin/check.mjs` (with --summary, --content, --baseline) equals the CLI's byte
//   for byte;
// - generated cases that fire every rule many times, built from the reports of a folder written
//   by `cargo run --example write_reports --features proptest -- DIR`: printed headings
//   reordered, varied, duplicated or missing, and sections 一/五 emptied (`--content`);
//   last year's reports with text copied in part and figures that jump (`--previous`); regions
//   whose parent is over, under or unlike the sum of its children, with children of another
//   year, given twice, or the parent itself (`--children`).
//   node js/test/offices.mjs [DIR]   (OGI_REPORT_BIN as for parity.mjs)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { check, checkContent, checkRegion, countedCells, parseExact, supportedRules } from "../src/index.mjs";
import { build } from "./offices_cases.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const catalogue = read(join(root, "schema/rules.json"));
const schema = read(join(root, "schema/ogi-report.schema.json"));
const binary = process.env.OGI_REPORT_BIN ?? join(root, "target/debug/ogi-report");
const OFFICE_RULES = ["text.required_content", "text.headings", "text.section_order", "text.copied", "continuity.jump", "region.roll_up", "region.child_year", "region.duplicate_child"];

/** Runs `command` with `args`; its standard output (also when it exits with 1). */
function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });
  } catch (error) {
    return error.stdout ?? "";
  }
}

const seen = new Map(); // issues compared per rule
let [cases, failures, unusable] = [0, 0, 0];

/** Compares the crate's lines for `files` with these options against this package's issues. */
function compare(files, { previous, content = false, children = [] } = {}) {
  const args = ["validate", "--format", "json", ...files];
  if (previous) args.push("--previous", previous);
  if (content) args.push("--content");
  if (children.length > 0) args.push("--children", ...children);
  const out = run(binary, args).trim();
  if (out === "") {
    unusable++; // a child or last year's report the crate refused: nothing to compare
    return;
  }
  const last = previous ? parseExact(readFileSync(previous, "utf8")).value : undefined;
  const kids = children.map((file) => parseExact(readFileSync(file, "utf8")).value);
  for (const line of out.split("\n").map((text) => JSON.parse(text))) {
    if (line.error) continue;
    cases++;
    const { value: report, digits } = parseExact(readFileSync(line.file, "utf8"));
    const ours = check(catalogue, schema, report, last, { digits });
    if (content) ours.push(...checkContent(catalogue, schema, report));
    if (children.length > 0) ours.push(...checkRegion(catalogue, schema, report, kids));
    for (const issue of line.issues) if (OFFICE_RULES.includes(issue.rule)) seen.set(issue.rule, (seen.get(issue.rule) ?? 0) + 1);
    // Only the rules the package runs (the narrative.* port is apart).
    const want = line.issues.filter((issue) => supported.has(issue.rule)).map((i) => JSON.stringify(i));
    const got = JSON.parse(JSON.stringify(ours)).map((i) => JSON.stringify(i));
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      failures++;
      const only = (a, b) => a.filter((x) => !b.includes(x)).slice(0, 3).join("\n         ");
      if (failures <= 5) console.log(`FAIL ${args.slice(3).join(" ").slice(0, 300)}\n  file ${line.file}\n  crate only: ${only(want, got)}\n  js only:    ${only(got, want)}`);
    }
  }
}

const supported = new Set(supportedRules(catalogue));

// The vectors of each rule, as their .expected.json says they are run.
const invalid = join(root, "tests/vectors/invalid");
for (const name of readdirSync(invalid).filter((n) => n.endsWith(".expected.json"))) {
  const expected = read(join(invalid, name));
  const file = join(invalid, name.replace(".expected.json", ".json"));
  compare([file], {
    previous: expected.previous ? join(invalid, expected.previous) : undefined,
    content: expected.content === true,
    children: (expected.children ?? []).map((child) => join(invalid, child)),
  });
}
const valid = join(root, "tests/vectors/valid");
const validFiles = readdirSync(valid).filter((n) => n.endsWith(".json")).map((n) => join(valid, n));
compare(validFiles, { content: true });

// examples/offices: the whole line of bin/check.mjs equals the CLI's.
const offices = join(root, "examples/offices");
const example = (name) => join(offices, name);
const districts = ["district-a-2024.json", "district-b-2024.json", "district-c-2024.json"].map(example);
compare([example("city-2024.json")], { children: districts });
compare([example("county-department-2024.json")], { previous: example("county-department-2023.json"), content: true });
compare(readdirSync(offices).map(example), { content: true });
const scratch = mkdtempSync(join(tmpdir(), "ogi-offices-"));
let lines = 0;
const sameLines = (args) => {
  const crate = run(binary, ["validate", "--format", "json", ...args]);
  const ours = run(process.execPath, [join(root, "js/bin/check.mjs"), ...args]);
  lines++;
  if (crate !== ours) {
    failures++;
    console.log(`FAIL bin/check.mjs ${args.join(" ")}\n  crate: ${crate}  js:    ${ours}`);
  }
  return crate;
};
sameLines([example("city-2024.json"), "--children", ...districts]);
sameLines([example("city-2024.json"), "--summary", "--content", "--children", ...districts]);
const baseline = join(scratch, "baseline.jsonl");
writeFileSync(baseline, sameLines([example("county-department-2024.json"), "--previous", example("county-department-2023.json"), "--content", "--summary"]));
sameLines([example("county-department-2024.json"), "--previous", example("county-department-2023.json"), "--content", "--baseline", baseline]);
sameLines([...validFiles, "--summary", "--content"]);

// Generated cases, from the crate's generated reports.
const generated = process.argv[2];
if (generated && existsSync(generated)) {
  const reports = readdirSync(generated).filter((n) => n.endsWith(".json") && !n.endsWith(".previous.json")).sort().map((n) => join(generated, n));
  const batches = build(reports, scratch, { catalogue, schema, countedCells });
  for (const batch of batches) compare(batch.files, batch.options);
}
rmSync(scratch, { recursive: true, force: true });

console.log(`office rules compared (issues the crate found): ${OFFICE_RULES.map((id) => `${id} ${seen.get(id) ?? 0}`).join(", ")}`);
console.log(`${failures === 0 ? "ok" : "FAIL"} js parity of the office rules: ${cases} reports compared, ${lines} lines of bin/check.mjs byte for byte, ${failures} failed${unusable ? `, ${unusable} runs refused by the crate` : ""}`);
process.exitCode = failures === 0 ? 0 : 1;
