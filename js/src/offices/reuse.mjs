// Text reused from last year's report (`text.copied`, `Report::copied_text`): each text
// section's sentences, normalised (figures and years as `#`, white space and punctuation
// removed, the template's boilerplate left out), against last year's sentences of any text
// section. Ported from src/rules/reuse.rs; how sentences are cut and normalised is the rule's
// `parameters.sentences`, the thresholds are the catalogue's `thresholds`. Characters are
// counted as Unicode scalar values, never UTF-16 units.
import { valueAt as at } from "../pointer.mjs";
import { issue } from "../issue.mjs";
import { bare, chars } from "./template.mjs";

/** A character class of `characters` (each escaped). */
const classOf = (characters) => new RegExp(`[${chars(characters).map((c) => `\\u{${c.codePointAt(0).toString(16)}}`).join("")}]`, "u");

/** The sentence splitter, cached per parameters. */
const splitters = new WeakMap();
const splitter = (p) => {
  if (!splitters.has(p)) splitters.set(p, classOf(p.ends));
  return splitters.get(p);
};

/** How `text.copied` cuts and normalises sentences: its `parameters.sentences`. */
const sentenceParameters = (catalogue) => catalogue.rules.find((rule) => rule.id === "text.copied").parameters.sentences;

/** A sentence normalised: bare, boilerplate removed, each figure and year written in numerals as `#`. */
function normalise(catalogue, sentence) {
  const p = sentenceParameters(catalogue);
  let text = bare(sentence);
  for (const phrase of catalogue.template.boilerplate) if (text.includes(phrase)) text = text.replaceAll(phrase, "");
  const cs = chars(text);
  const figure = (c) => c !== undefined && chars(p.figure_digits).includes(c);
  const mark = (c) => c !== undefined && chars(p.figure_marks).includes(c);
  const numeral = (c) => c !== undefined && chars(p.year_numerals).includes(c);
  let out = "";
  let i = 0;
  while (i < cs.length) {
    if (figure(cs[i])) {
      while (i < cs.length && (figure(cs[i]) || mark(cs[i]))) i++;
      out += "#";
      continue;
    }
    let run = 0;
    while (numeral(cs[i + run])) run++;
    if (run >= p.year_min_numerals && cs[i + run] === p.year_suffix) {
      out += "#";
      i += run;
      continue;
    }
    out += cs[i];
    i++;
  }
  return out;
}

/** The sentences of `text` worth comparing, normalised. */
function sentences(catalogue, p, text) {
  const min = catalogue.thresholds.min_sentence_chars;
  return text.split(splitter(p)).map((s) => normalise(catalogue, s)).filter((s) => chars(s).length >= min);
}

/** Every text of a section: its introduction and the text of each part, named or additional. */
function texts(section) {
  const out = [];
  if (!section || typeof section !== "object") return out;
  const part = (value) => value && typeof value === "object" && typeof value.text === "string";
  for (const value of Object.values(section)) {
    if (typeof value === "string") out.push(value);
    else if (part(value)) out.push(value.text);
    else if (Array.isArray(value)) out.push(...value.filter(part).map((p) => p.text));
  }
  return out;
}

/**
 * How much of each text section of `report` repeats `previous` (`Report::copied_text`):
 * `[{ pointer, sentences, repeated, percent, copied }]`, in the order of the sections.
 */
export function copiedText(catalogue, report, previous) {
  const p = sentenceParameters(catalogue);
  const { copied_text_percent: threshold, copied_text_min_sentences: least } = catalogue.thresholds;
  const lastYear = new Set(p.sections.flatMap((pointer) => texts(at(previous, pointer))).flatMap((t) => sentences(catalogue, p, t)));
  return p.sections.map((pointer) => {
    const seen = new Set();
    let [compared, repeated] = [0, 0];
    for (const sentence of texts(at(report, pointer)).flatMap((t) => sentences(catalogue, p, t))) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      compared++;
      if (lastYear.has(sentence)) repeated++;
    }
    const percent = compared === 0 ? 0 : Math.floor((repeated * 100) / compared);
    return { pointer, sentences: compared, repeated, percent, copied: compared >= least && repeated * 100 > compared * threshold };
  });
}

/** `text.copied`: a text section whose sentences mostly repeat last year's. */
export function copied(rule, { report, previous, catalogue }) {
  const template = catalogue.template;
  const threshold = catalogue.thresholds.copied_text_percent;
  return copiedText(catalogue, report, previous)
    .filter((reuse) => reuse.copied)
    .map(({ pointer, sentences: of, repeated: n, percent }) => {
      const index = template.section_pointers.indexOf(pointer);
      const section = index < 0 ? pointer : template.section_headings[index];
      return issue(
        rule,
        [pointer],
        [
          `“${section}”的 ${of} 句中有 ${n} 句与上年报告相同（${percent}%，超过 ${threshold}%），请核实是否照搬上年内容。`,
          `${n} of the ${of} sentences of “${section}” repeat last year's report (${percent}%, above ${threshold}%); check that the section reports on this year.`,
        ],
        { previous_paths: [pointer], expected: threshold, actual: percent },
      );
    });
}
