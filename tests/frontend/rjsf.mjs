// The README's react-jsonschema-form recipe, run for real: its code block (read from README.md)
// is bundled by esbuild with rjsf 6, ajv-i18n, React and schema/ogi-report-2021.schema.json +
// schema/ui.json (packages pinned by package-lock.json), mounted on the seed example
// (rjsf/index.html, rjsf/main.jsx) and checked in headless Chromium: it renders with no error,
// the fields in template order, every row of table 三 as one grid row of its 7 columns (with the
// README's CSS), the seed validates with no error, and a negative count shows its error on the
// cell, and a changed cell the Chinese message of the rules of js/ (customValidate). Also what
// the recipe says of rjsf's validators. Screenshots: target/screenshots/rjsf-recipe*.png (with
// OGI_REPORT_BLESS=1, the error one in docs/, shown in the README).
//   node rjsf.mjs   (CHROMIUM: the browser, from `bash .ci/chromium`)
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { customizeValidator } from "@rjsf/validator-ajv8";
import Ajv2020 from "ajv/dist/2020.js";
import { build } from "esbuild";
import { launch, serve } from "./browser.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const screenshots = join(root, "target", "screenshots");
const shots = process.env.OGI_REPORT_BLESS ? join(root, "docs") : screenshots;
mkdirSync(screenshots, { recursive: true });
const seed = "examples/reports/dongying-district-office-2023.json";
const schema = JSON.parse(readFileSync(join(root, "schema/ogi-report-2021.schema.json"), "utf8"));
const ui = JSON.parse(readFileSync(join(root, "schema/ui.json"), "utf8"));

let failed = 0;
const ok = (condition, what) => {
  console.log(`${condition ? "ok" : "FAIL"} rjsf: ${what}`);
  if (!condition) failed++;
};

// What the recipe's text says of the validators: rjsf's default one fails on these 2020-12
// schemas, the Ajv2020 one checks them, format: date included.
const example = JSON.parse(readFileSync(join(root, seed), "utf8"));
const stacks = (validator, data) => validator.validateFormData(data, schema).errors.map((e) => e.stack);
ok(stacks(customizeValidator(), example).some((e) => e.includes("no schema with key or ref")),
  "rjsf's default validator fails on the 2020-12 schema");
ok(stacks(customizeValidator({ AjvClass: Ajv2020 }), example).length === 0,
  "rjsf's validator with Ajv2020 finds no error in the seed");
ok(stacks(customizeValidator({ AjvClass: Ajv2020 }), { ...example, published_on: "2024-02-30" }).some((e) => e.includes('format "date"')),
  "rjsf's validator with Ajv2020 checks format: date (2024-02-30)");

// The recipe as the README writes it, in a folder where its "./schema/..." imports resolve.
const readme = readFileSync(join(root, "README.md"), "utf8");
const start = readme.indexOf("**react-jsonschema-form**");
const recipe = /```js\n([\s\S]*?)```/.exec(readme.slice(start))?.[1];
ok(start >= 0 && recipe !== undefined, "the README has the rjsf recipe's code block");
const out = join(root, "target", "rjsf-recipe");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
symlinkSync(join(root, "schema"), join(out, "schema"));
symlinkSync(join(root, "js"), join(out, "js"));
writeFileSync(join(out, "recipe.jsx"), recipe ?? "");
copyFileSync(join(here, "rjsf", "index.html"), join(out, "index.html"));
try {
  await build({
    entryPoints: [join(here, "rjsf", "main.jsx")],
    bundle: true,
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    loader: { ".js": "jsx" },
    alias: { "ogi-readme-recipe": join(out, "recipe.jsx") },
    nodePaths: [join(here, "node_modules")],
    define: { "process.env.NODE_ENV": '"development"' },
    outfile: join(out, "bundle.js"),
    logLevel: "error",
  });
  ok(true, "esbuild bundles the recipe with @rjsf/core, @rjsf/validator-ajv8 (Ajv2020), react");
} catch (error) {
  ok(false, `esbuild bundles the recipe: ${error.message}`);
  console.log(`rjsf checks: ${failed} failed`);
  process.exit(1);
}

const server = await serve(root);
const base = server.base;

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`${base}/target/rjsf-recipe/index.html?seed=/${seed}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  await page.waitForSelector("#root_applications_new_received_natural_person", { timeout: 30000 });
  ok(errors.length === 0, `the form renders with no script or console error (${errors.slice(0, 3).join("; ")})`);

  // Template order: the top-level fields, and every row's columns, as ui.json orders them.
  const order = ui["ui:order"].filter((key) => key in schema.properties);
  const shown = await page.evaluate((keys) => {
    const nodes = keys.map((key) => [key, document.getElementById(`root_${key}`)]).filter(([, n]) => n);
    nodes.sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return nodes.map(([key]) => key);
  }, order);
  ok(shown.join() === order.join(), `the top-level fields in template order (${shown.join(", ")})`);
  const titles = await page.evaluate((keys) => keys.map((key) => document.getElementById(`root_${key}__title`)?.firstChild?.textContent ?? ""), shown);
  const sections = titles.filter((text) => /^[一二三四五六]、/.test(text));
  ok(sections.join("|") === "一、总体情况|二、主动公开政府信息情况|三、收到和处理政府信息公开申请情况|四、政府信息公开行政复议、行政诉讼情况|五、存在的主要问题及改进情况|六、其他需要报告的事项",
    `the six sections in order (${sections.join(", ")})`);

  // Table 三: every row (class ogi-columns-7 from ui.json) is one grid row of 7 inputs, in column order.
  const columns = ui.applications.new_received["ui:order"];
  const rows = await page.$$eval(".ogi-columns-7", (nodes) => nodes.map((row) => {
    const fieldset = row.querySelector(":scope > fieldset");
    const cells = [...fieldset.querySelectorAll(":scope > .form-group")];
    const boxes = cells.map((cell) => cell.getBoundingClientRect());
    return {
      id: fieldset.id,
      ids: cells.map((cell) => cell.querySelector("input")?.id),
      oneLine: boxes.every((b) => Math.abs(b.top - boxes[0].top) < 1),
      leftToRight: boxes.every((b, i) => i === 0 || b.left >= boxes[i - 1].right),
    };
  }));
  const bad = rows.filter((r) => r.ids.join() !== columns.map((c) => `${r.id}_${c}`).join() || !r.oneLine || !r.leftToRight);
  ok(rows.length === 25 && bad.length === 0,
    `table 三's 25 rows each one grid row of its 7 columns in order (${rows.length} rows; bad: ${JSON.stringify(bad[0] ?? "none")})`);
  await page.$eval("#root_applications", (node) => node.scrollIntoView());
  await page.screenshot({ path: join(screenshots, "rjsf-recipe.png"), fullPage: false });

  // Validation: the seed has no schema error; a negative count shows its error on its cell.
  await page.click("button[type=submit]");
  await page.waitForFunction(() => window.ogiRjsf.submitted > 0 || window.ogiRjsf.errors.length > 0);
  const first = await page.evaluate(() => window.ogiRjsf);
  ok(first.submitted === 1 && first.errors.length === 0,
    `the seed validates with no schema error (${JSON.stringify(first.errors.slice(0, 3))})`);
  // A changed cell: the rules of js/ (customValidate) put their Chinese message on it.
  const cell = "#root_applications_new_received_natural_person";
  const messageAt = (selector) => page.$eval(selector, (input) =>
    [...input.closest(".form-group").querySelectorAll(".error-detail li, .error-detail")].map((n) => n.textContent).join(" | "));
  const before = Number(await page.inputValue(cell));
  await page.fill(cell, String(before + 1));
  await page.click("button[type=submit]");
  await page.waitForFunction(() => window.ogiRjsf.errors.length > 0);
  const second = await page.evaluate(() => window.ogiRjsf);
  ok(second.submitted === 1 && second.errors.some((e) => e.property === ".applications.new_received.natural_person" && e.message.includes("收支平衡")),
    `a changed cell is a rule error at its field (${JSON.stringify(second.errors.map((e) => e.property))})`);
  const balance = await messageAt(cell);
  ok(balance.includes("收支平衡") && (await messageAt("#root_applications_new_received_total")).includes("申请人总计"),
    `the changed cell shows the rule's Chinese message, its row's 总计 the total's (${balance.slice(0, 60)}…)`);
  await page.$eval(cell, (node) => node.closest(".ogi-columns-7").scrollIntoView());
  await page.screenshot({ path: join(shots, "rjsf-recipe-error.png"), fullPage: false });

  // A negative count: the schema's error on the cell.
  await page.fill(cell, "-1");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => window.ogiRjsf.errors.some((e) => e.message.includes(">= 0")));
  const third = await page.evaluate(() => window.ogiRjsf);
  ok(third.submitted === 1 && third.errors.some((e) => e.property === ".applications.new_received.natural_person" && e.message === "应当为 >= 0"),
    `a negative count is a schema error at its field (${JSON.stringify(third.errors.filter((e) => e.message.includes(">= 0")))})`);
  ok((await messageAt(cell)).includes("应当为 >= 0"), "the cell shows the schema's error, in Chinese (ajv-i18n)");
} finally {
  await browser.close();
  server.close();
}
console.log(`rjsf checks: ${failed === 0 ? "all passed" : `${failed} failed`}`);
process.exitCode = failed === 0 ? 0 : 1;
