#!/usr/bin/env node
// node js/bin/check.mjs FILE... [--previous FILE]: one JSON line per file, as
// `ogi-report validate --format json` prints (issues of the rules this package runs).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { check, Digits, parseExact } from "../src/index.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const catalogue = JSON.parse(readFileSync(join(root, "schema/rules.json"), "utf8"));
const schema = JSON.parse(readFileSync(join(root, "schema/ogi-report.schema.json"), "utf8"));

const args = process.argv.slice(2);
const files = [];
let previousFile;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--previous") previousFile = args[++i];
  else files.push(args[i]);
}
const previous = previousFile ? parseExact(readFileSync(previousFile, "utf8")).value : undefined;
let failed = false;
for (const file of files) {
  let line;
  try {
    const { value: report, digits } = parseExact(readFileSync(file, "utf8"));
    const issues = check(catalogue, schema, report, previous, { digits });
    const valid = !issues.some((issue) => issue.severity === "error");
    failed ||= !valid;
    line = { file, valid, issues };
  } catch (error) {
    failed = true;
    line = { file, valid: false, error: { kind: "syntax", pointer: "", message: String(error.message) } };
  }
  console.log(jsonLine(line));
}
process.exitCode = failed ? 1 : 0;

/** The line as JSON, amounts with their exact digits (as the crate prints them). */
function jsonLine(value) {
  const marks = [];
  const text = JSON.stringify(value, function (key, item) {
    // `item` is what toJSON made of the member (a Number): the Digits are the holder's.
    if (this[key] instanceof Digits) {
      item = this[key];
      marks.push(item.text);
      return `\u0000${marks.length - 1}\u0000`;
    }
    return item;
  });
  return text.replace(/"\\u0000(\d+)\\u0000"/g, (_, index) => marks[Number(index)]);
}
