// The text helpers of the template (`src/rules/template.rs`) that the rules for supervising
// offices share, with the crate's notions of white space and characters (Unicode scalar values).

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
