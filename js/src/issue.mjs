// Issues as the crate writes them: the issue object of a rule (members in the crate's order),
// its fingerprint (`Issue::fingerprint_of`: FNV-1a, 64 bits), and the amounts it carries
// (`Digits`: exact digits, printed as the crate prints them).
import { plainDecimal } from "./decimal.mjs";

/** An amount in an issue: its value as a number, and its exact digits for printing. */
export class Digits {
  /** `text`: the amount's digits as the crate prints them (see `plainDecimal`). */
  constructor(text) {
    this.text = text;
  }
  /** The amount as a (binary) number. */
  valueOf() {
    return Number(this.text);
  }
  /** The amount as a JSON number (`JSON.stringify`; js/bin/check.mjs writes `text` instead). */
  toJSON() {
    return Number(this.text);
  }
}

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
