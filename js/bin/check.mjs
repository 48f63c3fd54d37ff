#!/usr/bin/env node
// node js/bin/check.mjs FILE... [--previous FILE] [--content] [--children FILE...]
//   [--summary] [--baseline FILE]
// One JSON line per file, as `ogi-report validate --format json` prints (issues of the rules
// this package runs), with the same options for supervising offices: `--content` (what a
// published report must say), `--children` (FILE's tables against its children's; give FILE
// before --children), `--summary` (key figures and rates; with --previous, the copied text),
// `--baseline` (the JSON lines of an earlier run: issues with the same fingerprint are `known`).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { check, checkContent, checkRegion, copiedText, Digits, fingerprint, parseExact, summary } from "../src/index.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const catalogue = JSON.parse(readFileSync(join(root, "schema/rules.json"), "utf8"));
const schema = JSON.parse(readFileSync(join(root, "schema/ogi-report.schema.json"), "utf8"));

const args = process.argv.slice(2);
const files = [];
const childFiles = [];
let previousFile;
let baselineFile;
let content = false;
let withSummary = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--previous") previousFile = args[++i];
  else if (args[i] === "--baseline") baselineFile = args[++i];
  else if (args[i] === "--content") content = true;
  else if (args[i] === "--summary") withSummary = true;
  else if (args[i] === "--children") while (i + 1 < args.length && !args[i + 1].startsWith("--")) childFiles.push(args[++i]);
  else files.push(args[i]);
}
const read = (file) => parseExact(readFileSync(file, "utf8")).value;
let failed = false;
let previous;
try {
  previous = previousFile ? read(previousFile) : undefined;
} catch (error) {
  // As the CLI: the previous report's failure on its own line, the files checked without it.
  failed = true;
  console.log(JSON.stringify({ file: previousFile, valid: false, error: { kind: "syntax", pointer: "", message: String(error.message) } }));
}
let children;
let baseline;
try {
  children = childFiles.map(read);
  baseline = baselineFile ? loadBaseline(baselineFile) : undefined;
} catch (error) {
  // As the CLI: a region without one of its children, or a broken baseline, would mislead.
  console.error(`check.mjs: ${error.message}`);
  process.exit(2);
}
for (const file of files) {
  let line;
  try {
    const { value: report, digits } = parseExact(readFileSync(file, "utf8"));
    let issues = check(catalogue, schema, report, previous, { digits });
    if (content) issues.push(...checkContent(catalogue, schema, report));
    if (childFiles.length > 0) issues.push(...checkRegion(catalogue, schema, report, children));
    let known;
    if (baseline) [issues, known] = split(baseline.get(file), issues);
    const valid = !issues.some((issue) => issue.severity === "error");
    failed ||= !valid;
    line = { file, valid, issues };
    if (known) line.known = known;
    if (withSummary) {
      line.summary = summary(catalogue, schema, report);
      if (previous) line.summary.copied_text = copiedText(catalogue, report, previous);
    }
  } catch (error) {
    failed = true;
    line = { file, valid: false, error: { kind: "syntax", pointer: "", message: String(error.message) } };
  }
  console.log(jsonLine(line));
}
process.exitCode = failed ? 1 : 0;

/** The fingerprints (with counts) of the issues of each file of an earlier run's JSON lines. */
function loadBaseline(path) {
  const known = new Map();
  for (const text of readFileSync(path, "utf8").split("\n")) {
    if (text.trim() === "") continue;
    const entry = JSON.parse(text);
    if (!entry.issues || entry.line != null) continue;
    const prints = known.get(entry.file) ?? new Map();
    known.set(entry.file, prints);
    for (const issue of [...entry.issues, ...(entry.known ?? [])]) {
      const print = issue.fingerprint || fingerprint(issue);
      prints.set(print, (prints.get(print) ?? 0) + 1);
    }
  }
  return known;
}

/** `issues` split into those not in the baseline and those known (as many as it has of each). */
function split(prints, issues) {
  const left = new Map(prints ?? []);
  const fresh = [];
  const known = [];
  for (const issue of issues) {
    const n = left.get(issue.fingerprint) ?? 0;
    if (n > 0) {
      left.set(issue.fingerprint, n - 1);
      known.push(issue);
    } else fresh.push(issue);
  }
  return [fresh, known];
}

/** The line as JSON, amounts with their exact digits and rates as floats (as the crate prints them). */
function jsonLine(value) {
  const marks = [];
  const mark = (text) => {
    marks.push(text);
    return `\u0000${marks.length - 1}\u0000`;
  };
  const text = JSON.stringify(value, function (key, item) {
    // `item` is what toJSON made of the member (a Number): the Digits are the holder's.
    if (this[key] instanceof Digits) return mark(this[key].text);
    // A rate's percent is an f64, which the crate writes with a decimal point (100.0).
    const rate = key === "percent" && "numerator" in this;
    if (rate && Number.isInteger(item)) return mark(`${item}.0`);
    return item;
  });
  return text.replace(/"\\u0000(\d+)\\u0000"/g, (_, index) => marks[Number(index)]);
}
