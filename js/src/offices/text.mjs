// The rules on the text a published report prints: `text.headings`, `text.section_order`
// (scope `report`, when the report gives `section_headings`) and `text.required_content`
// (scope `content`). Ported from src/rules/checks/{headings,section_order,required_content}.rs;
// the official headings, part names and empty words come from the catalogue's `template`, the
// parts' pointers from the rule's `parameters.required_parts`.
import { valueAt as at } from "../pointer.mjs";
import { issue } from "../issue.mjs";
import { bare, identify, numeral, saysNothing, trim } from "./template.mjs";

/** `text.headings`: each printed section heading is one of the six official ones. */
export function headings(rule, { report, catalogue }) {
  const template = catalogue.template;
  const out = [];
  (report.section_headings ?? []).forEach((printed, index) => {
    const paths = [`/section_headings/${index}`];
    const quoted = { quote: printed, offset: 0 };
    const section = identify(template, printed);
    if (section === undefined) {
      out.push(issue(rule, paths, [`印出的标题“${printed}”不是格式规定的六个标题之一。`, `the heading printed as “${printed}” is none of the six official headings.`], quoted));
      return;
    }
    const official = template.section_headings[section];
    if (bare(printed) === bare(official)) return;
    out.push(issue(rule, paths, [`印出的标题“${printed}”与格式规定的“${official}”不一致。`, `the heading printed as “${printed}” differs from the official “${official}”.`], quoted));
  });
  return out;
}

/** `text.section_order`: the six sections, each printed once, in order. */
export function sectionOrder(rule, { report, catalogue }) {
  const template = catalogue.template;
  const printedHeadings = report.section_headings ?? [];
  if (printedHeadings.length === 0) return [];
  const out = [];
  const seen = template.section_headings.map(() => false);
  let last;
  printedHeadings.forEach((printed, index) => {
    const section = identify(template, printed);
    if (section === undefined) return;
    const paths = [`/section_headings/${index}`];
    if (seen[section]) {
      out.push(issue(rule, paths, [`“${printed}”重复出现。`, `“${printed}” is printed again.`]));
      return;
    }
    if (last !== undefined && last > section) {
      const earlier = template.section_headings[last];
      out.push(issue(rule, paths, [`“${printed}”排在“${earlier}”之后，顺序有误。`, `“${printed}” comes after “${earlier}”, out of order.`]));
    }
    seen[section] = true;
    last = last === undefined ? section : Math.max(last, section);
  });
  seen.forEach((was, section) => {
    if (was) return;
    const official = template.section_headings[section];
    out.push(issue(rule, ["/section_headings", template.section_pointers[section]], [`未印出“${official}”。`, `“${official}” is not printed.`]));
  });
  return out;
}

/** What `text.required_content` reads a report with: which text says something, and the issue of an empty section. */
function contentReader(rule, template) {
  const hasText = (text) => typeof text === "string" && !saysNothing(template, text);
  const hasPart = (part) => part != null && hasText(part.text);
  const otherText = (section) => hasText(section?.introduction) || (section?.additional_parts ?? []).some(hasPart);
  const empty = (index) => {
    const heading = template.section_headings[index];
    return issue(rule, [template.section_pointers[index]], [`“${heading}”没有内容，或仅写“无”。`, `section “${heading}” is empty or only says “无” (none).`]);
  };
  return { hasPart, otherText, empty };
}

/** Section 一: some text, and its five parts. */
function overviewIssues(rule, report, template, read) {
  const named = rule.parameters.required_parts.overview.map((pointer) => [pointer, at(report, pointer)]);
  const other = read.otherText(at(report, template.section_pointers[0]));
  if (!other && named.every(([, part]) => !read.hasPart(part))) return [read.empty(0)];
  // Parts folded into other text, with no part headings printed, cannot be told missing.
  if (other && named.every(([, part]) => part == null)) return [];
  const missing = named.map((_, i) => i).filter((i) => !read.hasPart(named[i][1]));
  if (missing.length === 0) return [];
  const names = missing.map((i) => `（${numeral(template, i)}）${template.overview_parts[i]}`).join("");
  const words = [`第一部分总体情况缺少或未写实：${names}。`, `section 一 (overall situation) lacks, or says nothing in, ${names}.`];
  return [issue(rule, missing.map((i) => named[i][0]), words)];
}

/** Section 五: problems and improvements, each saying something. */
function problemsIssues(rule, report, template, read) {
  const other = read.otherText(at(report, template.section_pointers[4]));
  const words = [["主要问题", "the main problems"], ["改进情况", "the improvements"]];
  const given = rule.parameters.required_parts.problems.map((pointer, i) => [pointer, at(report, pointer), ...words[i]]);
  if (!other && given.every(([, part]) => !read.hasPart(part))) return [read.empty(4)];
  const out = [];
  for (const [pointer, part, zh, en] of given) {
    // Text not split into parts may hold it: only a part given and empty is reported then.
    if (read.hasPart(part) || (part == null && other)) continue;
    const said = part == null ? "" : trim(part.text);
    const [saidZh, saidEn] = said === "" ? ["未写", "does not report"] : [`仅写“${said}”`, `only says “${said}” for`];
    out.push(issue(rule, [pointer], [`第五部分${saidZh}${zh}；《条例》第五十条要求报告存在的主要问题及改进情况。`, `section 五 ${saidEn} ${en}; Art. 50 requires the main problems and the improvements.`]));
  }
  return out;
}

/** `text.required_content`: sections 一 and 五 say something, with the parts they must have. */
export function requiredContent(rule, { report, catalogue }) {
  const template = catalogue.template;
  const read = contentReader(rule, template);
  return [...overviewIssues(rule, report, template, read), ...problemsIssues(rule, report, template, read)];
}
