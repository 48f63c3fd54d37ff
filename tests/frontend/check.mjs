// Frontend proof for the committed schemas, run by .ci/frontend: schema/ogi-report.schema.json
// (every edition) and schema/ogi-report-2021.schema.json (the current template, for entry forms).
//   1. ajv's 2020-12 validator (strict mode, ajv-formats) compiles both schemas. The full schema
//      accepts every document serde reads: examples/reports/*.json, tests/vectors/valid/*.json,
//      the invalid vectors without a parse error, and tests/frontend/documents/*.json (2019
//      edition, mixed editions, blank cells, partial fee figures); the entry schema accepts
//      exactly those of the current template (2021 edition, （六）其他处理 in three sub-rows, no
//      blank_cells). Both reject every document of tests/broken-documents.json and every
//      invalid vector with a parse error (the full schema at its pointer).
//   2. json-schema-to-typescript (see types.mjs) generates closed types named after `$defs` for
//      both; tsc --noEmit compiles the snippets that must compile and rejects the others for the
//      expected reason (a misspelled field, a 2019 table 二 in an entry report, a pointer to no
//      cell in blank_cells).
// Prints one line per check ("ok ..." or "FAIL ...") and exits non-zero when any fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { reportTypes, SCHEMAS } from './types.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const EXAMPLE = 'examples/reports/dongying-district-office-2023.json'; // the base of the broken documents

let passed = 0;
let failed = 0;
async function check(name, test) {
  try {
    const detail = await test();
    passed += 1;
    console.log(`ok ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${name}: ${error.message}`);
  }
}
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** The `.json` files of a folder (relative to the crate root), sorted; none if it is absent. */
function jsonFiles(folder) {
  const path = join(root, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => `${folder}/${f}`);
}

/** The invalid vectors, each as [name, document, pointer of its expected parse error or null]. */
function invalidVectors() {
  const files = jsonFiles('tests/vectors/invalid');
  return files
    .filter((name) => !name.endsWith('.expected.json'))
    .map((name) => {
      const expected = name.replace(/(\.previous)?\.json$/, '.expected.json');
      const pointer = !name.endsWith('.previous.json') && files.includes(expected)
        ? readJson(join(root, expected)).parse_error?.pointer ?? null
        : null;
      return [name, readJson(join(root, name)), pointer];
    });
}

/** Every document serde reads, as [name, document]: the example reports, the valid vectors,
 * the invalid vectors serde reads (their issues are for the checks), and the documents of
 * tests/frontend/documents/ (tests/schema/ checks serde on the same files). */
function readableDocuments() {
  const names = [...jsonFiles('examples/reports'), ...jsonFiles('tests/vectors/valid')];
  const documents = names.map((name) => [name, readJson(join(root, name))]);
  for (const [name, document, pointer] of invalidVectors()) {
    if (pointer === null) documents.push([name, document]);
  }
  for (const name of jsonFiles('tests/frontend/documents')) documents.push([name, readJson(join(root, name))]);
  return documents;
}

/** Whether a document serde reads is of the current template, the scope of the entry schema. */
const isCurrentTemplate = (document) =>
  document.format_version === '2021' &&
  !('blank_cells' in document) &&
  'no_supplement_in_time' in document.applications.outcomes.other_handling;

/** RFC 6902 add/replace/remove on object members, as tests/common/files.rs applies them. */
function applyPatch(document, patch) {
  const copy = structuredClone(document);
  for (const op of patch) {
    const tokens = op.path.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = tokens.pop();
    let parent = copy;
    for (const token of tokens) parent = parent[token];
    if (op.op !== 'add') assert(key in parent, `nothing at ${op.path}`);
    if (op.op === 'remove') delete parent[key];
    else parent[key] = structuredClone(op.value);
  }
  return copy;
}

const example = readJson(join(root, EXAMPLE));
const broken = readJson(join(root, 'tests/broken-documents.json')).cases;
const documents = readableDocuments();
const schemas = SCHEMAS.map((s) => ({ ...s, file: s.path.slice(root.length + 1), schema: readJson(s.path) }));

// 1. ajv, 2020-12, strict.
for (const { name: which, file, schema } of schemas) {
  let validate;
  await check(`ajv 2020-12 strict mode compiles ${file}`, () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(schema);
    return schema.$id;
  });
  for (const [name, document] of documents) {
    const expected = which === 'full' || isCurrentTemplate(document);
    await check(`ajv ${which} schema ${expected ? 'accepts' : 'refuses'} ${name}`, () => {
      assert(validate, 'no validator');
      const valid = validate(document);
      assert(valid === expected, valid ? 'accepted' : JSON.stringify(validate.errors.slice(0, 3)));
    });
  }
  for (const { name, patch } of broken) {
    await check(`ajv ${which} schema rejects: ${name}`, () => {
      assert(validate, 'no validator');
      assert(!validate(applyPatch(example, patch)), 'accepted');
      return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`)[0];
    });
  }
  for (const [name, document, pointer] of invalidVectors()) {
    if (pointer === null) continue;
    await check(`ajv ${which} schema rejects ${name}`, () => {
      assert(validate, 'no validator');
      assert(!validate(document), 'accepted');
      const at = validate.errors.map((e) => e.instancePath);
      assert(which === 'entry' || at.includes(pointer), `no error at ${pointer}: ${at}`);
      return pointer;
    });
  }
}

// 2. json-schema-to-typescript + tsc.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compileSnippet = (file) =>
  execFileSync(
    process.execPath,
    [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext',
      '--moduleResolution', 'bundler', '--exactOptionalPropertyTypes', join(here, 'snippets', file)],
    { encoding: 'utf8', stdio: 'pipe' },
  );

for (const { file, schema, types: typesPath } of schemas) {
  let types;
  await check(`json-schema-to-typescript generates types for ${file}`, async () => {
    types = await reportTypes(schema, file);
    mkdirSync(dirname(typesPath), { recursive: true });
    writeFileSync(typesPath, types);
    return typesPath.slice(root.length + 1);
  });
  await check(`the types of ${file} are closed (no index signature) and named after $defs`, () => {
    assert(types, 'no types');
    assert(!/\[k: string\]/.test(types), 'an index signature');
    assert(!/NoName/.test(types), 'a type named from a title');
    for (const name of ['Report', ...Object.keys(schema.$defs)]) {
      assert(new RegExp(`export (interface|type) ${name}\\b`).test(types), `no type ${name}`);
    }
    return `${Object.keys(schema.$defs).length + 1} types`;
  });
}

const mustCompile = ['build-report.ts', 'build-report-2019.ts', 'table-2019-full.ts', 'entry-report.ts'];
for (const file of mustCompile) {
  await check(`tsc compiles snippets/${file}`, () => {
    compileSnippet(file);
  });
}
// Each snippet that must not compile, with the text tsc's error must name.
const mustFail = [
  ['misspelled-field.ts', 'natural_persons', 'closed types'],
  ['misspelled-field-entry.ts', 'natural_persons', 'closed types of the entry schema'],
  ['table-2019-entry.ts', 'new_made', 'a 2019 table 二 is no table of the entry schema'],
  ['blank-cell-typo.ts', '/applications/outcomes/disclosed/totl', 'blank_cells names cells only'],
];
for (const [file, named, why] of mustFail) {
  await check(`tsc rejects snippets/${file} (${why})`, () => {
    let output = '';
    try {
      compileSnippet(file);
    } catch (error) {
      output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    }
    assert(output !== '', 'it compiled');
    assert(/error TS\d+/.test(output) && output.includes(named), `failed for another reason: ${output}`);
    return output.match(/error TS\d+/)[0];
  });
}
// Every snippet is run by one of the lists above.
await check('every snippet is checked', () => {
  const listed = new Set([...mustCompile, ...mustFail.map(([file]) => file)]);
  const unlisted = readdirSync(join(here, 'snippets')).filter((f) => !listed.has(basename(f)));
  assert(unlisted.length === 0, `unlisted: ${unlisted}`);
});

console.log(`node checks: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
