// The reference entry form: built from the entry schema (schema/ogi-report-2021.schema.json),
// the UI description (schema/ui.json) and the rules (schema/rules.json run by js/), with no
// build step. Serve the repository root over HTTP and open /form/ (?seed=PATH loads a report).
import { check, fillTotals, parseExact } from "../js/src/index.mjs";

const load = async (path) => (await fetch(path)).json();
const [entrySchema, fullSchema, ui, catalogue] = await Promise.all([
  load("../schema/ogi-report-2021.schema.json"),
  load("../schema/ogi-report.schema.json"),
  load("../schema/ui.json"),
  load("../schema/rules.json"),
]);

/** The report being edited, and the exact digits of its amounts by pointer. */
let report = {};
let digits = new Map();

const form = document.getElementById("report");
const escapeToken = (key) => key.replaceAll("~", "~0").replaceAll("/", "~1");

const resolve = (node) =>
  node?.$ref ? { ...entrySchema.$defs[node.$ref.replace("#/$defs/", "")], defName: node.$ref.replace("#/$defs/", "") } : node;

function getAt(pointer) {
  return pointer.split("/").slice(1).reduce((v, k) => v?.[k.replaceAll("~1", "/").replaceAll("~0", "~")], report);
}

function setAt(pointer, value) {
  const keys = pointer.split("/").slice(1).map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"));
  const last = keys.pop();
  let object = report;
  for (const key of keys) {
    if (object[key] === undefined || object[key] === null) object[key] = {};
    object = object[key];
  }
  if (value === undefined) delete object[last];
  else object[last] = value;
}

const element = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter(Boolean));
  return node;
};

/** An input for a leaf value at `pointer`. */
function leaf(node, uiNode, pointer, title) {
  const types = [].concat(node.type ?? []);
  const optional = types.includes("null");
  const value = getAt(pointer);
  let input;
  if (node.const !== undefined) {
    input = element("input", { value: node.const, disabled: "" });
  } else if (node.enum) {
    input = element("select");
    node.enum.forEach((option, index) => {
      const label = uiNode?.["ui:enumNames"]?.[index] ?? option;
      input.append(element("option", { value: option, text: label }));
    });
    input.value = value ?? node.enum[0];
    input.addEventListener("change", () => update(pointer, input.value));
  } else if (types.includes("integer")) {
    input = element("input", { type: "number", min: node.minimum ?? 0, step: 1 });
    input.value = value ?? 0;
    input.addEventListener("input", () => update(pointer, input.value === "" ? 0 : Number(input.value)));
  } else if (types.includes("number")) {
    input = element("input", { type: "text", inputmode: "decimal" });
    input.value = digits.get(pointer) ?? value ?? 0;
    input.addEventListener("input", () => {
      const text = input.value.trim() || "0";
      if (/^(0|[1-9]\d*)(\.\d+)?$/.test(text)) {
        digits.set(pointer, text);
        update(pointer, Number(text));
      }
    });
  } else if (uiNode?.["ui:widget"] === "textarea") {
    input = element("textarea", { rows: uiNode["ui:options"]?.rows ?? 4 });
    input.value = value ?? "";
    input.addEventListener("input", () => update(pointer, optional && input.value === "" ? undefined : input.value));
  } else {
    input = element("input", { type: node.format === "date" ? "date" : "text" });
    input.value = value ?? "";
    input.addEventListener("input", () => update(pointer, optional && input.value === "" ? undefined : input.value));
  }
  input.dataset.pointer = pointer;
  const label = element("label", {}, element("span", { class: "title", text: title ?? "" }), input);
  if (node.description) label.append(element("span", { class: "help", text: node.description }));
  return label;
}

/** Renders the value at `pointer` of schema `node` (with its uiSchema) into `parent`. */
function render(node, uiNode, pointer, parent, title) {
  const resolved = resolve(node);
  title = node.title ?? resolved?.title ?? title;
  if (resolved.anyOf) {
    // An optional part: a checkbox titled by the part, its fields when present.
    const part = resolved.anyOf.find((branch) => branch.type !== "null");
    const box = element("input", { type: "checkbox" });
    box.checked = getAt(pointer) != null;
    const fieldset = element("fieldset", {}, element("legend", {}, box, ` ${title}`));
    box.addEventListener("change", () => {
      const partSchema = resolve(part);
      update(pointer, box.checked ? emptyOf(partSchema) : undefined);
      rebuild();
    });
    if (box.checked) render(part, uiNode, pointer, fieldset, title);
    parent.append(fieldset);
    return;
  }
  if (resolved.defName === "Applications") {
    parent.append(tableThree(resolved, uiNode, pointer, title));
    return;
  }
  if (resolved.type === "array") {
    const fieldset = element("fieldset", {}, element("legend", { text: title }));
    const items = getAt(pointer) ?? [];
    items.forEach((_, index) => render(resolved.items, uiNode?.items, `${pointer}/${index}`, fieldset, `${index + 1}`));
    const add = element("button", { type: "button", text: "添加" });
    add.addEventListener("click", () => {
      update(pointer, [...items, emptyOf(resolve(resolved.items))]);
      rebuild();
    });
    fieldset.append(add);
    parent.append(fieldset);
    return;
  }
  if (resolved.properties) {
    const fieldset = element("fieldset", {}, element("legend", { text: title }));
    const order = uiNode?.["ui:order"] ?? Object.keys(resolved.properties);
    for (const key of order) {
      if (!(key in resolved.properties)) continue;
      render(resolved.properties[key], uiNode?.[key], `${pointer}/${escapeToken(key)}`, fieldset);
    }
    parent.append(fieldset);
    return;
  }
  parent.append(leaf({ ...resolved, ...node, type: resolved.type ?? node.type }, uiNode, pointer, title));
}

/** A value of `node` with every required member: zeros, empty texts, first choices. */
function emptyOf(node) {
  node = resolve(node);
  if (node.properties) {
    const out = {};
    for (const key of node.required ?? []) out[key] = emptyOf(node.properties[key]);
    return out;
  }
  const types = [].concat(node.type ?? []);
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0];
  if (types.includes("integer") || types.includes("number")) return 0;
  if (types.includes("array")) return [];
  return "";
}

/** Table 三 as printed: the rows by group, the 7 columns under 申请人情况 and 法人或其他组织. */
function tableThree(node, uiNode, pointer, title) {
  const rowSchema = entrySchema.$defs.ApplicantRow;
  const columns = Object.keys(rowSchema.properties);
  const groups = findRowUi(uiNode)?.["ui:options"]?.columnGroups ?? [];
  const grouped = new Set(groups.flatMap((g) => g.columns));
  const table = element("table", { class: "grid", id: "table-3" });
  const head = element("thead");
  const top = element("tr", {}, element("th", { rowspan: 3, text: "" }), element("th", { colspan: columns.length, text: rowSchema.title }));
  const middle = element("tr");
  const bottom = element("tr");
  for (const column of columns) {
    const group = groups.find((g) => g.columns[0] === column);
    if (group) middle.append(element("th", { colspan: group.columns.length, text: group.title }));
    if (grouped.has(column)) bottom.append(element("th", { text: rowSchema.properties[column].title }));
    else middle.append(element("th", { rowspan: 2, text: rowSchema.properties[column].title }));
  }
  head.append(top, middle, bottom);
  const body = element("tbody");
  const notes = [];
  const walk = (schemaNode, ui, at, depth) => {
    const resolved = resolve(schemaNode);
    const label = schemaNode.title ?? resolved.title;
    if (resolved.defName === "ApplicantRow") {
      const row = element("tr", {}, element("th", { class: "row", style: `padding-left:${depth}em`, text: label }));
      for (const column of columns) {
        const cellPointer = `${at}/${column}`;
        const input = element("input", { type: "number", min: 0, step: 1 });
        input.value = getAt(cellPointer) ?? 0;
        input.dataset.pointer = cellPointer;
        input.addEventListener("input", () => update(cellPointer, input.value === "" ? 0 : Number(input.value)));
        row.append(element("td", {}, input));
      }
      body.append(row);
    } else if (resolved.properties) {
      if (at !== pointer) {
        body.append(element("tr", {}, element("th", { class: "row", colspan: columns.length + 1, style: `padding-left:${depth}em`, text: label })));
      }
      const order = ui?.["ui:order"] ?? Object.keys(resolved.properties);
      for (const key of order) {
        if (key in resolved.properties) walk(resolved.properties[key], ui?.[key], `${at}/${key}`, at === pointer ? depth : depth + 1);
      }
    } else {
      notes.push([schemaNode, ui, at]);
    }
  };
  walk(node, uiNode, pointer, 0);
  table.append(head, body);
  const fieldset = element("fieldset", {}, element("legend", { text: title }), table);
  for (const [schemaNode, ui, at] of notes) render(schemaNode, ui, at, fieldset);
  return fieldset;
}

/** The uiSchema of the first table 三 row. */
const findRowUi = (uiNode) => uiNode?.new_received;

/** Records an edit and checks again. */
function update(pointer, value) {
  setAt(pointer, value);
  recheck();
}

/** Runs the rules and marks the cells they name, with the Chinese message. */
function recheck() {
  for (const marked of form.querySelectorAll(".ogi-error, .ogi-warning")) {
    marked.classList.remove("ogi-error", "ogi-warning");
    marked.removeAttribute("title");
  }
  for (const message of form.querySelectorAll(".cell-message")) message.remove();
  const issues = check(catalogue, fullSchema, report, undefined, { digits });
  const list = document.getElementById("issues");
  list.replaceChildren(...issues.map((issue) => element("li", { class: issue.severity, text: issue.message_zh })));
  for (const issue of issues) {
    for (const path of issue.paths) {
      const input = form.querySelector(`[data-pointer="${CSS.escape(path)}"]`);
      if (!input) continue;
      input.classList.add(issue.severity === "error" ? "ogi-error" : "ogi-warning");
      input.title = issue.message_zh;
      // The cell shows the rule's name; its tooltip and the list above, the whole message.
      if (!input.parentElement.querySelector(".cell-message")) {
        input.after(element("span", { class: "cell-message", title: issue.message_zh, text: issue.message_zh.split("：")[0] }));
      }
    }
  }
  const errors = issues.filter((issue) => issue.severity === "error").length;
  document.getElementById("status").textContent =
    issues.length === 0 ? "未发现问题" : `${errors} 个错误，${issues.length - errors} 个提示`;
  document.body.dataset.issues = String(issues.length);
}

function rebuild() {
  form.replaceChildren();
  render(entrySchema, ui, "", form, entrySchema.title);
  recheck();
}

/** The report as JSON text, amounts with their exact digits. */
export function exportJson() {
  const write = (value, pointer, indent) => {
    if (digits.has(pointer) && typeof value === "number") return digits.get(pointer);
    if (Array.isArray(value)) {
      if (value.length === 0) return "[]";
      const inner = value.map((item, i) => `${indent}  ${write(item, `${pointer}/${i}`, `${indent}  `)}`);
      return `[\n${inner.join(",\n")}\n${indent}]`;
    }
    if (value && typeof value === "object") {
      const keys = Object.keys(value).filter((k) => value[k] !== undefined);
      if (keys.length === 0) return "{}";
      const inner = keys.map((k) => `${indent}  ${JSON.stringify(k)}: ${write(value[k], `${pointer}/${escapeToken(k)}`, `${indent}  `)}`);
      return `{\n${inner.join(",\n")}\n${indent}}`;
    }
    return JSON.stringify(value);
  };
  return `${write(report, "", "")}\n`;
}

/** Loads a report from JSON text. */
export function importJson(text) {
  const parsed = parseExact(text);
  report = parsed.value;
  digits = parsed.digits;
  rebuild();
}

document.getElementById("fill-totals").addEventListener("click", () => {
  fillTotals(catalogue, fullSchema, report);
  rebuild();
});
document.getElementById("export").addEventListener("click", () => {
  const link = element("a", { href: URL.createObjectURL(new Blob([exportJson()], { type: "application/json" })), download: "report.json" });
  link.click();
});
document.getElementById("import").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (file) importJson(await file.text());
});

window.ogiForm = { exportJson, importJson, report: () => report };
const seed = new URLSearchParams(location.search).get("seed");
if (seed) importJson(await (await fetch(seed)).text());
else {
  report = emptyOf(entrySchema);
  rebuild();
}
document.body.dataset.ready = "true";
