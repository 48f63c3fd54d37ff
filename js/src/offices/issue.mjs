// What the rules for supervising offices share: the issue object (members in the crate's order),
// its fingerprint (`Issue::fingerprint_of`: FNV-1a, 64 bits), and the text helpers of the
// template (`src/rules/template.rs`), with the crate's notions of white space and characters.
import { plainDecimal } from "../decimal.mjs";

/** The members of an issue, in the order the crate writes them. */
const MEMBERS = ["rule", "severity", "paths", "previous_paths", "expected", "actual", "quote", "offset", "fingerprint", "message_zh", "message_en"];

/** A figure as the fingerprint writes it: its exact decimal without trailing zeros (`100`, `0.5`). */
function figureText(figure) {
  let text = plainDecimal(typeof figure === "object" && "text" in figure ? String(figure.text) : String(figure));
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  text = text.replace(/^(-?)0+(?=\d)/, "$1");
  return /^-?0$/.test(text) ? "0" : text;
}

/**
 * The fingerprint of an issue (from its JSON members): FNV-1a (64 bits) of the UTF-8 text
 * `RULE\nPATHS\nPREVIOUS_PATHS\nEXPECTED\nACTUAL`, pointers joined with single spaces, figures
 * as exact decimals without trailing zeros (empty when absent); 16 lowercase hex digits.
 */
export function fingerprint(issue) {
  const both = issue.expected !== undefined && issue.actual !== undefined;
  const text = [
    issue.rule,
    (issue.paths ?? []).join(" "),
    (issue.previous_paths ?? []).join(" "),
    both ? figureText(issue.expected) : "",
    both ? figureText(issue.actual) : "",
  ].join("\n");
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

/** The issue with its fingerprint, members in the crate's order (empty `previous_paths` left out). */
export function finish(issue) {
  const full = { ...issue, fingerprint: fingerprint(issue) };
  const out = {};
  for (const key of MEMBERS) {
    if (full[key] === undefined || full[key] === null) continue;
    if (key === "previous_paths" && full[key].length === 0) continue;
    out[key] = full[key];
  }
  for (const key of Object.keys(full)) if (!(key in out) && !MEMBERS.includes(key)) out[key] = full[key];
  return out;
}

/** An issue of `rule`; `messages` are the crate's `[zh, en]` after the rule's title. */
export function issue(rule, paths, [zh, en], more = {}) {
  return {
    rule: rule.id,
    severity: rule.severity,
    paths,
    ...more,
    message_zh: `${rule.title_zh}：${zh}`,
    message_en: `${rule.title_en}: ${en}`,
  };
}

/** `text` without leading and trailing white space, as Rust's `str::trim` (Unicode White_Space). */
export const trim = (text) => text.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, "");

/** `text` without leading white space (`str::trim_start`). */
export const trimStart = (text) => text.replace(/^\p{White_Space}+/u, "");

/** The number of characters (Unicode scalar values, not UTF-16 units) of `text`. */
export const chars = (text) => [...text];

/**
 * `text` without white space and punctuation: only letters and digits (Rust's
 * `char::is_alphanumeric`: Alphabetic or a number) and CJK ideographs are kept.
 */
export const bare = (text) => text.replace(/[^\p{Alphabetic}\p{N}\u3007\u3400-\u4dbf\u4e00-\u9fff]/gu, "");

/** Whether `text` says nothing: empty, or only one of `template.empty_words`. */
export function saysNothing(template, text) {
  const b = bare(text);
  return b === "" || template.empty_words.includes(b);
}

/** The numeral of section `index` (0 for 一): the first character of its official heading. */
export const numeral = (template, index) => chars(template.section_headings[index] ?? "")[0];

/** The section (0 … 5) a printed heading names by its numeral, or `undefined`. */
function sectionOf(template, heading) {
  const first = chars(trimStart(heading))[0];
  if (first === undefined) return undefined;
  const at = template.section_headings.findIndex((_, i) => numeral(template, i) === first);
  return at < 0 ? undefined : at;
}

/** The section (0 … 5) a printed heading is: by its numeral, or by the official title it contains. */
export function identify(template, heading) {
  const by = sectionOf(template, heading);
  if (by !== undefined) return by;
  const b = bare(heading);
  const at = template.section_headings.findIndex((official) => b.includes(chars(bare(official)).slice(1).join("")));
  return at < 0 ? undefined : at;
}

/** The value at a JSON Pointer of `report` (plain member names), or `undefined`. */
export const at = (report, pointer) => pointer.split("/").slice(1).reduce((v, k) => (v == null ? undefined : v[k]), report);
