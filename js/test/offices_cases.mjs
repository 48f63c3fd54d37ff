// Generated cases for the parity of the rules for supervising offices (test/offices.mjs), built
// from the crate's generated reports with a seeded generator (the same cases on every run):
// each batch is files checked by one run of the crate (`validate FILES [--previous P]
// [--content] [--children C...]`).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { plainDecimal } from "../src/decimal.mjs";

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const U32 = 4294967295;
const clamp = (n) => Math.max(0, Math.min(U32, Math.round(n)));
const clone = (value) => structuredClone(value);

/** Sets the value at `pointer` when its parent exists. */
function set(report, pointer, value) {
  const keys = pointer.split("/").slice(1);
  const last = keys.pop();
  const parent = keys.reduce((v, k) => (v == null ? undefined : v[k]), report);
  if (parent && typeof parent === "object" && last in parent) parent[last] = value;
}

/** Sentences of a report's prose, with figures and years (some written in Chinese numerals). */
const SENTENCES = [
  (n, y) => `${y}年共收到政府信息公开申请${n}件，较上年有所增加`,
  (n) => `全年主动公开政府信息${n}条，其中政策文件${n % 97}件`,
  (n) => `依申请公开办结率达到${n % 100}.5%，答复质量不断提升`,
  (n, y) => `${y}年召开新闻发布会${n % 50}场，发布权威信息`,
  () => "进一步健全政务公开工作机制，压实各科室工作责任",
  () => "加强政府网站和政务新媒体建设，提升平台服务能力",
  () => "政策解读形式较为单一，图解视频等解读方式运用不够",
  () => "基层政务公开标准化规范化建设仍需进一步加强",
  (n) => `组织开展政务公开业务培训${n % 30}次，参训人员${n}人次`,
  (n, y) => `${y.replace(/\d/g, (d) => "〇一二三四五六七八九"[d])}年依申请公开答复${n}件，无一件被纠错`,
  () => "（一）主动公开。",
  () => "政府信息公开工作年度报告",
  () => "按照中华人民共和国政府信息公开条例要求编制本报告",
  () => "无",
  (n) => `受理申请${n}件，办结${n}件`,
  () => "严格落实保密审查制度，确保公开内容准确规范",
];

/** A paragraph of `count` sentences of the pool, chosen by `pick`, with figures from `rand`. */
function prose(rand, picks, year) {
  const ends = ["。", "；", "！", "\n", "？", ";"];
  return picks.map((i) => SENTENCES[i](Math.floor(rand() * 5000), String(year)) + ends[Math.floor(rand() * ends.length)]).join("");
}

/** Official and printed variants of the six section headings. */
function headingVariants(rand, template, report) {
  const official = template.section_headings;
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const variant = (h, i) =>
    pick([
      h,
      h.replace("、", "．"),
      ` ${h} `,
      `\u3000${h}`,
      `\ufeff${h}`,
      h.replace("情况", "的情况"),
      h.slice(2),
      h.replace(/^./, official[(i + 1) % 6][0]),
      `${h}（续）`,
      h.replaceAll("", " ").trim(),
      `${h}\u{20000}`,
      String(report.overview?.introduction ?? "其他").slice(0, 20),
      "附件：相关表格",
    ]);
  let printed = official.map((h, i) => (rand() < 0.35 ? variant(h, i) : h));
  const recipe = Math.floor(rand() * 6);
  if (recipe === 1) printed.sort(() => rand() - 0.5);
  if (recipe === 2) printed.splice(Math.floor(rand() * 6), 1);
  if (recipe === 3) printed.splice(Math.floor(rand() * 6), 0, pick(official));
  if (recipe === 4) printed = printed.slice(0, 1 + Math.floor(rand() * 5)).reverse();
  return printed;
}

/** `report` with section 一 or 五 emptied, reduced to a bare "无", or missing parts. */
function emptied(rand, report) {
  const out = clone(report);
  const nothing = ["无。", " 暂无 ", "", "无其他需要报告的事项", "不涉及。", "本年度无", "没有", "　无！"];
  const say = () => nothing[Math.floor(rand() * nothing.length)];
  const one = (out.overview ??= {});
  const five = (out.problems_and_improvements ??= {});
  for (const key of ["proactive_disclosure", "disclosure_on_request", "information_management", "platform_development", "oversight_and_safeguards"]) {
    const r = rand();
    if (r < 0.3) delete one[key];
    else if (r < 0.5) one[key] = { text: say() };
    else if (r < 0.6) one[key] = { heading: "（一）", text: "推进政务公开工作，取得积极成效。" };
  }
  if (rand() < 0.5) delete one.introduction;
  if (rand() < 0.5) one.additional_parts = rand() < 0.5 ? [] : [{ text: say() }];
  for (const key of ["problems", "improvements"]) {
    const r = rand();
    if (r < 0.35) delete five[key];
    else if (r < 0.7) five[key] = { text: say() };
  }
  if (rand() < 0.6) delete five.introduction;
  else if (rand() < 0.5) five.introduction = say();
  if (rand() < 0.6) five.additional_parts = [];
  return out;
}

/**
 * The batches: `[{ files, options }]`, their files written under `scratch`. `reports`: the
 * generated reports' files.
 */
export function build(reports, scratch, { catalogue, schema, countedCells }) {
  const rand = random(18);
  const template = catalogue.template;
  const load = (file) => JSON.parse(readFileSync(file, "utf8"));
  const batches = [];
  let written = 0;
  const write = (report) => {
    const file = join(scratch, `case-${String(written++).padStart(5, "0")}.json`);
    // Amounts in plain decimal notation, as the crate writes them (JSON.stringify may use 1e-7).
    const marks = [];
    const text = JSON.stringify(report, (_, v) => (typeof v === "number" && /[.e]/.test(String(v)) ? `\u0000${marks.push(plainDecimal(String(v))) - 1}` : v));
    writeFileSync(file, text.replace(/"\\u0000(\d+)"/g, (_, i) => marks[Number(i)]));
    return file;
  };

  // Content: printed headings and emptied sections, 200 reports per run.
  const content = [];
  for (const file of reports) {
    const report = load(file);
    const changed = rand() < 0.5 ? emptied(rand, report) : clone(report);
    if (rand() < 0.8) changed.section_headings = headingVariants(rand, template, report);
    content.push(write(changed));
  }
  for (let i = 0; i < content.length; i += 200) batches.push({ files: content.slice(i, i + 200), options: { content: true } });
  batches.push({ files: reports.slice(0, 200), options: { content: true } });

  // Across years: last year's report, and this year's made from it with text copied in part
  // and figures that jump; twelve per last year's report.
  const figures = catalogue.rules.find((rule) => rule.id === "continuity.jump").parameters.figures;
  for (let i = 0; i < reports.length && i < 600; i += 20) {
    const last = load(reports[i]);
    if (last.year <= 2008) last.year = 2009;
    const texts = (report, year) => {
      const pool = [...Array(SENTENCES.length).keys()].sort(() => rand() - 0.5);
      const picks = pool.slice(0, 3 + Math.floor(rand() * 8));
      report.problems_and_improvements = { ...(report.problems_and_improvements ?? {}), problems: { text: prose(rand, picks, year) } };
      report.overview = { ...(report.overview ?? {}), introduction: prose(rand, pool.slice(0, 2 + Math.floor(rand() * 6)), year) };
      return picks;
    };
    const picked = texts(last, last.year);
    const previous = write(last);
    const files = [];
    for (let k = 0; k < 12; k++) {
      const now = clone(last);
      now.year = last.year + 1;
      if (typeof now.published_on === "string") delete now.published_on;
      // Keep some of last year's sentences (figures and years changed), replace the others.
      const kept = picked.filter(() => rand() < 0.7);
      const fresh = [...Array(SENTENCES.length).keys()].filter(() => rand() < 0.25);
      now.problems_and_improvements.problems = { text: prose(rand, [...kept, ...fresh], now.year) };
      if (rand() < 0.3) now.other_matters = { ...(now.other_matters ?? {}), additional_parts: [{ text: last.overview.introduction }] };
      // Figures that jump: the cells of one to three figures times or divided by 4 to 12, or
      // a small figure raised above the floor.
      const cells = countedCells(schema, now);
      const chosen = [...figures].sort(() => rand() - 0.5).slice(0, 1 + Math.floor(rand() * 3));
      for (const figure of chosen) {
        const factor = 4 + Math.floor(rand() * 9);
        const up = rand() < 0.5;
        for (const pointer of figure.numerator) {
          const value = cells.get(pointer) ?? 0;
          const to = value < 20 && rand() < 0.6 ? 20 + rand() * 300 : up ? value * factor : value / factor;
          set(now, pointer, clamp(to));
        }
      }
      files.push(write(now));
    }
    batches.push({ files, options: { previous } });
  }

  // Regions: a set of children and parents over, under or unlike their sum.
  for (let i = 0; i + 4 < reports.length && i < 1200; i += 40) {
    const kids = [1, 2, 3, 4].slice(0, 2 + Math.floor(rand() * 3)).map((k) => load(reports[i + k]));
    const parentBase = load(reports[i]);
    for (const kid of kids) kid.year = parentBase.year;
    const childCells = kids.map((kid) => countedCells(schema, kid));
    const sumOf = (pointer) => childCells.reduce((total, cells) => total + (cells.get(pointer) ?? 0), 0);
    const parents = [];
    for (let k = 0; k < 10; k++) {
      const parent = clone(k % 2 === 0 ? parentBase : kids[0]);
      parent.year = parentBase.year;
      parent.agency = { ...parent.agency, name: `${parentBase.agency.name}·${k}` };
      delete parent.blank_cells;
      const way = k % 5; // 0: as generated; 1: the sum plus its own; 2: a share of the sum; 3: the sum; 4: mixed
      if (way > 0) {
        for (const [pointer] of countedCells(schema, parent)) {
          if (!pointer.startsWith("/applications/") && !pointer.startsWith("/review_and_litigation/")) continue;
          const sum = sumOf(pointer);
          const own = Math.floor(rand() * 4);
          const to = way === 1 ? sum + own : way === 2 ? sum * rand() : way === 3 ? sum : rand() < 0.5 ? sum + own : sum - own;
          set(parent, pointer, clamp(to));
        }
      }
      parents.push(write(parent));
    }
    // Children: of another year, given twice, or the parent itself (its name with white space).
    const children = kids.map((kid) => {
      const r = rand();
      if (r < 0.25) return { ...kid, year: kid.year + (rand() < 0.5 ? 1 : -1) };
      return kid;
    });
    if (rand() < 0.7) children.push(clone(children[0]));
    if (rand() < 0.6) children.push({ ...clone(kids[1]), agency: { ...kids[1].agency, name: ` ${kids[1].agency.name}\u3000` } });
    const childFiles = children.map(write);
    batches.push({ files: parents, options: { children: childFiles } });
    if (rand() < 0.5) batches.push({ files: [parents[0]], options: { children: [parents[0], ...childFiles] } });
  }
  return batches;
}
