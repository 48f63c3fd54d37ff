// The dialect gap: every `pattern` of the committed schemas must mean the same in ajv
// (ECMAScript regular expressions with the `u` flag), in Python's `jsonschema` (`re.search`)
// and in the crate (Rust `regex`). Prints, for each pattern, the probe strings it matches:
// every code point of the BMP and a sample beyond, alone, doubled, after and before a valid value ("370502" + c, c + "370502"),
// and at the end after a line break. `dialect.py` computes the same in Python and compares.
//   node dialect.mjs > verdicts.json
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const patterns = new Set();
const walk = (value) => {
  if (Array.isArray(value)) value.forEach(walk);
  else if (value && typeof value === "object") {
    if (typeof value.pattern === "string") patterns.add(value.pattern);
    Object.values(value).forEach(walk);
  }
};
for (const file of ["schema/ogi-report.schema.json", "schema/ogi-report-2021.schema.json"]) {
  walk(JSON.parse(readFileSync(join(root, file), "utf8")));
}

/** Every code point of the BMP but surrogates, and every 61st beyond (with each plane's ends). */
function* codePoints() {
  for (let code = 0; code < 0x110000; code++) {
    if (code >= 0xd800 && code < 0xe000) continue;
    if (code > 0xffff && code % 61 !== 0 && (code & 0xffff) !== 0 && (code & 0xffff) !== 0xffff) continue;
    yield code;
  }
}

export function probes(c) {
  return [c, c + c, `370502${c}`, `${c}370502`, `37050${c}`, `370502\n${c}`];
}

const out = {};
for (const pattern of [...patterns].sort()) {
  const regex = new RegExp(pattern, "u"); // as ajv compiles it
  const matched = [];
  for (const code of codePoints()) {
    probes(String.fromCodePoint(code)).forEach((probe, index) => {
      if (regex.test(probe)) matched.push(`${code.toString(16)}:${index}`);
    });
  }
  out[pattern] = matched;
}
console.log(JSON.stringify(out));
