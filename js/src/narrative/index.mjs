// The seven `narrative.*` rules: figures the prose restates, compared with the tables. A port of
// the crate's src/rules/narrative/mod.rs (which texts are read, in which order) and
// src/rules/checks/narrative_{common,shares}.rs (the issues); the figures each rule compares are
// the rule's `narrative.figures` in the catalogue, the phrases its `narrative_scanning`.
import { Digits, issue } from "../issue.mjs";
import { amountText, compareDecimal, plainDecimal } from "../decimal.mjs";
import { placeAndTitles, titleOf, cellLabel } from "../labels.mjs";
import { valueAt } from "../pointer.mjs";
import { scan } from "./scan.mjs";

/**
 * Every text of the report in the crate's order (`narrative_scanning.texts`: a text; a part, its
 * heading then its text; a list of parts, each in turn): `[pointer, text]`.
 */
function texts(report, scanning) {
  const out = [];
  const add = (pointer, text) => typeof text === "string" && out.push([pointer, text]);
  const part = (pointer, value) => {
    if (value === null || typeof value !== "object") return;
    add(`${pointer}/heading`, value.heading);
    add(`${pointer}/text`, value.text);
  };
  for (const pointer of scanning.texts) {
    const value = valueAt(report, pointer);
    if (typeof value === "string") add(pointer, value);
    else if (Array.isArray(value)) value.forEach((each, index) => part(`${pointer}/${index}`, each));
    else part(pointer, value);
  }
  return out;
}

/** The figures of the catalogue's narrative rules, by id: `{rule, accepts}`. */
const figureCache = new WeakMap();
function figures(catalogue) {
  let byId = figureCache.get(catalogue);
  if (byId) return byId;
  byId = new Map();
  for (const rule of catalogue.rules) {
    for (const figure of rule.narrative?.figures ?? []) if (!byId.has(figure.id)) byId.set(figure.id, { rule: rule.id, ...figure });
  }
  figureCache.set(catalogue, byId);
  return byId;
}

/** Every figure restated in the texts of the report, in document order (computed once per context). */
function statements(context) {
  if (context.said) return context.said;
  const { report, catalogue } = context;
  const byId = figures(catalogue);
  const scope = { year: report.year, agency: report.agency?.name ?? "" };
  const all = [];
  for (const [pointer, text] of texts(report, catalogue.narrative_scanning)) {
    for (const hit of scan(text, scope, catalogue.narrative_scanning)) {
      const figure = byId.get(hit.figure);
      if (!figure) continue;
      const quote = text.slice(hit.start, hit.end);
      // The crate counts in characters (Unicode scalar values), JavaScript in UTF-16 units.
      const offset = [...text.slice(0, hit.start)].length;
      all.push({ pointer, figure, value: hit.value, quote, offset, claim: hit.claim });
    }
  }
  context.said = all;
  return all;
}

/** The sums of `figure` the report can be compared with: the pointers it has, empty sums left out. */
function usableSums(context, figure) {
  const money = context.catalogue.narrative_scanning.fee_collected;
  return figure.accepts.map((sum) => sum.filter((p) => p === money || context.cells.has(p))).filter((sum) => sum.length > 0);
}

const sumOf = (context, sum) => sum.reduce((total, p) => total + BigInt(context.cells.get(p) ?? 0), 0n);

/** How a sum of cells is named in messages (the crate's `sum_label`): `[zh, en]`. */
function sumLabel(context, sum) {
  const { schema } = context;
  const edition = context.report.format_version;
  const split = (pointer) => {
    const row = pointer.slice(0, pointer.lastIndexOf("/"));
    if (!pointer.includes("/") || !row.includes("/")) return null;
    return [row.slice(0, row.lastIndexOf("/")), pointer.slice(pointer.lastIndexOf("/") + 1)];
  };
  const first = split(sum[0]);
  const same = first && sum.every((p) => JSON.stringify(split(p)) === JSON.stringify(first));
  if (sum.length >= 2 && same) {
    const [place, rows] = placeAndTitles(schema, edition, first[0]);
    if (rows.length > 0) {
      const column = titleOf(schema, edition, sum[0]) ?? first[1];
      const n = sum.length;
      return [`${place}「${rows.join(" › ")}」（1–${n} 项合计）×「${column}」`, `${place}「${rows.join(" › ")}」(items 1–${n} summed)×「${column}」`];
    }
  }
  const joined = sum.map((p) => cellLabel(schema, edition, p)).join(" + ");
  return [joined, joined];
}

/** The fee collected (section 六), where the report gives it: its exact text. */
function feeCollected(context) {
  const pointer = context.catalogue.narrative_scanning.fee_collected;
  const value = valueAt(context.report, pointer);
  if (value === undefined || value === null) return null;
  return plainDecimal(context.digits?.get(pointer) ?? String(value));
}

/** An issue of a narrative rule, with its statement's quote and offset (and `[expected, actual]`). */
const issueOf = (rule, statement, paths, figures, zh, en) => {
  const quoted = { quote: statement.quote, offset: statement.offset };
  const more = figures ? { expected: figures[0], actual: figures[1], ...quoted } : quoted;
  return issue(rule, paths, [zh, en], more);
};

const I64_MAX = (1n << 63n) - 1n;

/** Every restatement of a figure of `rule` that no sum of its figure equals. */
function checkRestated(rule, context) {
  const out = [];
  for (const statement of statements(context)) {
    if (statement.figure.rule !== rule.id) continue;
    const sums = usableSums(context, statement.figure);
    let table;
    let stated;
    if ("count" in statement.value) {
      table = sums.map((sum) => String(sumOf(context, sum)));
      const n = statement.value.count;
      stated = String(n > I64_MAX ? I64_MAX : n);
    } else if ("amount" in statement.value) {
      const fee = feeCollected(context);
      table = fee === null ? [] : [fee];
      stated = amountText(statement.value.amount);
    } else continue;
    if (table.length === 0 || table.some((value) => compareDecimal(value, stated) === 0)) continue;
    const labelled = table.map((value, i) => [...sumLabel(context, sums[i]), value]);
    const paths = [statement.pointer, ...sums[0]];
    const [saidZh, saidEn] = statement.claim
      ? [`称“${statement.claim}”，即为 ${stated}`, `says “${statement.claim}”, that is ${stated}`]
      : [`所述为 ${stated}`, `states ${stated}`];
    const zh = labelled.map(([label, , value]) => `${label}为 ${value}`).join("，或");
    const en = labelled.map(([, label, value]) => `${label} is ${value}`).join(", or ");
    const quote = statement.quote;
    out.push(
      issueOf(rule, statement, paths, [new Digits(table[0]), new Digits(stated)],
        `文字“${quote}”${saidZh}，而${zh}，请核实。`,
        `the text “${quote}” ${saidEn}, but ${en}; please check.`),
    );
  }
  return out;
}

/** Whether `scaled` / 10^`decimals` percent is within one unit of its last digit of 100 × count / whole. */
function shareAgrees(count, whole, scaled, decimals) {
  const exact = 100n * count * 10n ** BigInt(decimals);
  const difference = exact > scaled * whole ? exact - scaled * whole : scaled * whole - exact;
  return whole > 0n && difference < whole;
}

/** `x` (a finite double ≥ 0) with two decimals, rounded half to even on its exact value (Rust's `{:.2}`). */
function fixed2(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const [mantissa, power] = exponent === 0 ? [fraction, -1074] : [fraction | (1n << 52n), exponent - 1075];
  let hundredths;
  if (power >= 0) hundredths = mantissa * 100n * (1n << BigInt(power));
  else {
    const [numerator, denominator] = [mantissa * 100n, 1n << BigInt(-power)];
    hundredths = numerator / denominator;
    const twice = 2n * (numerator % denominator);
    if (twice > denominator || (twice === denominator && hundredths % 2n === 1n)) hundredths += 1n;
  }
  const digits = hundredths.toString().padStart(3, "0");
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** `narrative.outcome_shares`: shares printed after a result count (`占 11%`). */
function checkShares(rule, context) {
  const share = figures(context.catalogue).get(context.catalogue.narrative_scanning.share_figure);
  if (!share) return [];
  const denominators = usableSums(context, share)
    .map((sum) => [sum, sumOf(context, sum)])
    .filter(([, value]) => value > 0n);
  if (denominators.length === 0) return [];
  const [first, whole] = denominators[0];
  const out = [];
  for (const statement of statements(context)) {
    if (!("share" in statement.value)) continue;
    const { count, scaled, decimals } = statement.value.share;
    if (denominators.some(([, each]) => shareAgrees(count, each, scaled, decimals))) continue;
    const [zh, en] = sumLabel(context, first);
    const exact = fixed2((100 * Number(count)) / Number(whole));
    const paths = [statement.pointer, ...first];
    const quote = statement.quote;
    out.push(
      issueOf(rule, statement, paths, null,
        `文字“${quote}”所写比例与件数不符：${count} ÷ ${zh}（${whole}）= ${exact}%，请核实。`,
        `in the text “${quote}”, the share does not follow from the count: ${count} ÷ ${en} (${whole}) = ${exact}%; please check.`),
    );
  }
  return out;
}

/** The checks of the narrative rules, by rule id (those of the catalogue with `narrative`). */
export const NARRATIVE_CHECKS = {
  "narrative.applications_received": checkRestated,
  "narrative.applications_handled": checkRestated,
  "narrative.outcome_counts": checkRestated,
  "narrative.outcome_shares": checkShares,
  "narrative.proactive_disclosure": checkRestated,
  "narrative.review_and_litigation": checkRestated,
  "narrative.fees_collected": checkRestated,
};
