// The official labels of cells, read back from the schema titles, and the wording of the
// linear rules' messages: a port of the crate's src/rules/labels.rs and src/rules/wording.rs,
// so that messages are the crate's, word for word.

import { escapeToken, resolveRef, unescapeToken } from "./pointer.mjs";

/** Titles by pointer, per edition of table 二 ("2021", "2019"), for a schema. */
const cache = new WeakMap();
function titles(schema) {
  if (cache.has(schema)) return cache.get(schema);
  const found = [];
  const collect = (node, pointer, edition) => {
    node = resolveRef(schema, node);
    for (const keyword of ["anyOf", "oneOf"]) {
      (node?.[keyword] ?? []).forEach((branch, index) => {
        const branchEdition = pointer === "/proactive_disclosure" ? (index === 0 ? "2021" : "2019") : edition;
        collect(branch, pointer, branchEdition);
      });
    }
    for (const [name, property] of Object.entries(node?.properties ?? {})) {
      const child = `${pointer}/${escapeToken(name)}`;
      if (typeof property.title === "string") found.push([child, property.title, edition]);
      collect(property, child, edition);
    }
  };
  collect(schema, "", null);
  const byEdition = {};
  for (const edition of ["2021", "2019"]) {
    const map = new Map();
    for (const own of [true, false]) {
      for (const [pointer, title, of] of found) {
        if ((of === edition || of === null) === own && !map.has(pointer)) map.set(pointer, title);
      }
    }
    byEdition[edition] = map;
  }
  cache.set(schema, byEdition);
  return byEdition;
}

/** The official label (schema title) of the field at `pointer` in a report of `edition`. */
export const titleOf = (schema, edition, pointer) => titles(schema)[edition === "2019" ? "2019" : "2021"].get(pointer);

/** The table or section of `pointer` (表三, 第六部分, 「发布日期」) and the titles of its tokens below it. */
export function placeAndTitles(schema, edition, pointer) {
  const map = titles(schema)[edition === "2019" ? "2019" : "2021"];
  const names = [];
  let prefix = "";
  for (const token of pointer.split("/").slice(1)) {
    prefix += `/${token}`;
    if (prefix.startsWith("/review_and_litigation/litigation_") && names.length === 1) names.push("行政诉讼");
    names.push(map.get(prefix) ?? unescapeToken(token));
  }
  if (names.length === 0) return ["", names];
  const section = names.shift();
  const numeral = section.includes("、") ? section.split("、")[0] : null;
  const place = ["二", "三", "四"].includes(numeral) ? `表${numeral}` : numeral !== null ? `第${numeral}部分` : `「${section}」`;
  return [place, names];
}

/** The official label of the cell at `pointer` in a report of `edition`, e.g. 表三「…」×「自然人」. */
export function cellLabel(schema, edition, pointer) {
  const [place, names] = placeAndTitles(schema, edition, pointer);
  if (place === "") return "";
  if (names.length === 0) return place;
  if (names.length === 1) return `${place}「${names[0]}」`;
  const column = names.pop();
  return `${place}「${names.join(" › ")}」×「${column}」`;
}

/** The most cells a side of a message names one by one. */
const MAX_NAMED = 4;

function relationWords(relation, severity) {
  if (severity === "error") {
    return relation === "eq" ? ["二者应相等", "they must be equal"] : ["前者不应大于后者", "the first must not exceed the second"];
  }
  return relation === "eq"
    ? ["二者通常应相等，请核实", "they usually agree; please check"]
    : ["前者通常不大于后者，请核实", "the first usually does not exceed the second; please check"];
}

/** One side of a linear rule's message: its labels (`{text, negative, previous}`), values and sum. */
function side(labels, values, sum, years) {
  if (labels.length > MAX_NAMED) {
    return [`其各项（共 ${labels.length} 项）之和为 ${sum}`, `the sum of its ${labels.length} parts is ${sum}`];
  }
  const yearOf = (label) => (years ? (label.previous ? years[1] : years[0]) : null);
  const yearWords = (label) => {
    const year = yearOf(label);
    return year === null ? ["", ""] : [`（${year} 年）`, ` (${year})`];
  };
  if (labels.length === 1 && values.length === 1) {
    const [zhYear, enYear] = yearWords(labels[0]);
    const sign = labels[0].negative ? "−" : "";
    return [`${sign}${labels[0].text}${zhYear}为 ${sum}`, `${sign}${labels[0].text}${enYear} is ${sum}`];
  }
  let zh = "";
  let en = "";
  labels.forEach((label, i) => {
    const sign = i === 0 ? (label.negative ? "−" : "") : label.negative ? " − " : " + ";
    const [zhYear, enYear] = yearWords(label);
    zh += `${sign}${label.text}${zhYear} ${values[i]}`;
    en += `${sign}${label.text}${enYear} ${values[i]}`;
  });
  return [`${zh}，合计 ${sum}`, `${en}, in all ${sum}`];
}

/** The messages of a linear rule's issue, as the crate words them. */
export function linearMessage(rule, sides, years) {
  const [leftZh, leftEn] = side(sides.left.labels, sides.left.values, sides.left.sum, years);
  const [rightZh, rightEn] = side(sides.right.labels, sides.right.values, sides.right.sum, years);
  const [relationZh, relationEn] = relationWords(rule.linear.relation, rule.severity);
  return [
    `${rule.title_zh}：${leftZh}；${rightZh}；${relationZh}。`,
    `${rule.title_en}: ${leftEn}; ${rightEn}; ${relationEn}.`,
  ];
}
