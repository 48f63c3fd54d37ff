// The reference entry form (form/) in headless Chromium: it loads the seed example and finds no
// issue; changing one cell of table 三 marks that cell with the Chinese message; 计算总计 fills
// the row's 总计; a sentence restating another figure marks its text (the narrative rules); the
// exported JSON of the unchanged seed equals the seed (amounts' digits included) and the crate
// reads it with no issue. Screenshots land in target/screenshots/;
// with OGI_REPORT_BLESS=1 they replace the committed ones in docs/ (shown in the README).
//   node form.mjs   (CHROMIUM: the browser, from `bash .ci/chromium`; OGI_REPORT_BIN: the CLI)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, serve } from "./browser.mjs";
import { parseExact } from "../../js/src/index.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// Screenshots: into target/ on every run, into the committed docs/ only when asked.
const shots = process.env.OGI_REPORT_BLESS ? join(root, "docs") : join(root, "target", "screenshots");
mkdirSync(shots, { recursive: true });
const shot = (name) => join(shots, name);
const seed = "examples/reports/dongying-district-office-2023.json";
const server = await serve(root);
const base = server.base;

let failed = 0;
const ok = (condition, what) => {
  console.log(`${condition ? "ok" : "FAIL"} form: ${what}`);
  if (!condition) failed++;
};

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${base}/form/?seed=/${seed}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  ok(errors.length === 0, `no script error (${errors.join("; ")})`);

  const legends = await page.$$eval("#report > fieldset > fieldset > legend", (nodes) => nodes.map((n) => n.textContent.trim()));
  const sections = legends.filter((text) => /^[一二三四五六]、/.test(text));
  ok(sections.join("|") === "一、总体情况|二、主动公开政府信息情况|三、收到和处理政府信息公开申请情况|四、政府信息公开行政复议、行政诉讼情况|五、存在的主要问题及改进情况|六、其他需要报告的事项", `the six sections in order (${sections.join(", ")})`);
  const header = await page.$$eval("#table-3 thead th", (nodes) => nodes.map((n) => n.textContent));
  ok(header.includes("法人或其他组织") && header.includes("商业企业") && header.includes("总计"), "table 三 has the 法人或其他组织 group header over its columns");
  const rows = await page.$$eval("#table-3 tbody tr", (nodes) => nodes.filter((n) => n.querySelector("input")).length);
  ok(rows === 25, `table 三 has its 25 rows of 7 cells (${rows})`);
  ok((await page.getAttribute("body", "data-issues")) === "0", "the seed example has no issue");
  await page.screenshot({ path: shot("entry-form.png"), fullPage: false });

  const cell = '[data-pointer="/applications/new_received/natural_person"]';
  const before = Number(await page.inputValue(cell));
  await page.fill(cell, String(before + 1));
  const marked = await page.getAttribute(cell, "class");
  const message = await page.$eval(cell, (input) => input.parentElement.querySelector(".cell-message")?.title ?? "");
  ok(/ogi-error/.test(marked ?? ""), "the changed cell is marked as an error");
  ok(/[\u4e00-\u9fff]/.test(message) && message.includes("收支平衡"), `the cell shows the Chinese message (${message})`);
  // Section 三 just below the sticky toolbar (whose height grows with the issues listed), its
  // heading and table header in view.
  await page.$eval("#table-3", (table) => {
    const section = table.closest("fieldset") ?? table;
    const toolbar = document.getElementById("toolbar")?.offsetHeight ?? 0;
    window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - toolbar - 8);
  });
  await page.screenshot({ path: shot("entry-form-error.png"), fullPage: false });

  await page.click("#fill-totals");
  const total = Number(await page.inputValue('[data-pointer="/applications/new_received/total"]'));
  const parts = await page.$$eval('[data-pointer^="/applications/new_received/"]', (inputs) =>
    inputs.filter((i) => !i.dataset.pointer.endsWith("/total")).reduce((s, i) => s + Number(i.value), 0));
  ok(total === parts, `计算总计 fills the row's 总计 (${total} = ${parts})`);

  // The prose checks run live too: a sentence that restates another number of applications
  // marks its text with the narrative rule's warning.
  const prose = '[data-pointer="/overview/disclosure_on_request/text"]';
  await page.fill(prose, "本年度共收到政府信息公开申请 9999 件。");
  const proseMessage = await page.$eval(prose, (input) => input.title ?? "");
  ok(/ogi-warning/.test((await page.getAttribute(prose, "class")) ?? ""), "a text restating another figure is marked as a warning");
  ok(proseMessage.includes("文字与表三：收到申请数") && proseMessage.includes("9999"), `the text shows the narrative message (${proseMessage})`);

  // Back to the seed: its export is the seed itself, and the crate reads it with no issue.
  const text = readFileSync(join(root, seed), "utf8");
  await page.evaluate((json) => window.ogiForm.importJson(json), text);
  const exported = await page.evaluate(() => window.ogiForm.exportJson());
  const [a, b] = [parseExact(text), parseExact(exported)];
  ok(JSON.stringify(a.value) === JSON.stringify(b.value) && JSON.stringify([...a.digits]) === JSON.stringify([...b.digits]), "the exported JSON equals the seed, amounts digit for digit");
  const file = join(mkdtempSync(join(tmpdir(), "ogi-export-")), "exported.json");
  writeFileSync(file, exported);
  const binary = process.env.OGI_REPORT_BIN ?? join(root, "target/debug/ogi-report");
  const line = JSON.parse(execFileSync(binary, ["validate", "--format", "json", file], { encoding: "utf8" }));
  ok(line.valid === true && line.issues.length === 0, "the crate reads the exported JSON with no issue");
} finally {
  await browser.close();
  server.close();
}
console.log(`form checks: ${failed === 0 ? "all passed" : `${failed} failed`}`);
process.exitCode = failed === 0 ? 0 : 1;
