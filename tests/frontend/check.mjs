// Frontend proof for schema/ogi-report.schema.json, run by .ci/frontend:
//   1. ajv's 2020-12 validator (strict mode, ajv-formats) compiles the schema, accepts the
//      example report and every tests/vectors/valid/*.json, and rejects every document of
//      tests/broken-documents.json;
//   2. json-schema-to-typescript (see types.mjs) generates closed types named after `$defs`,
//      tsc --noEmit compiles snippets/build-report.ts, and rejects snippets/misspelled-field.ts
//      for the misspelled field.
// Prints one line per check ("ok ..." or "FAIL ...") and exits non-zero when any fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { reportTypes, SCHEMA_PATH, TYPES_PATH } from './types.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

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

/** The example report and the valid vectors, as [name, document]. */
function validDocuments() {
  const documents = [['examples/reports/dongying-district-office-2023.json']];
  const folder = join(root, 'tests/vectors/valid');
  if (existsSync(folder)) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      documents.push([`tests/vectors/valid/${file}`]);
    }
  }
  return documents.map(([name]) => [name, readJson(join(root, name))]);
}

/** RFC 6902 add/replace/remove on object members, as tests/support/mod.rs applies them. */
function applyPatch(document, patch) {
  const copy = structuredClone(document);
  for (const op of patch) {
    const tokens = op.path.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = tokens.pop();
    let parent = copy;
    for (const token of tokens) parent = parent[token];
    if (op.op !== 'add') assert(key in parent, `nothing at ${op.path}`);
    if (op.op === 'remove') delete parent[key];
    else parent[key] = op.value;
  }
  return copy;
}

const schema = readJson(SCHEMA_PATH);
const example = readJson(join(root, 'examples/reports/dongying-district-office-2023.json'));
const broken = readJson(join(root, 'tests/broken-documents.json')).cases;

// 1. ajv, 2020-12, strict.
let validate;
await check('ajv 2020-12 strict mode compiles the schema', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(schema);
  return schema.$id;
});
for (const [name, document] of validDocuments()) {
  await check(`ajv accepts ${name}`, () => {
    assert(validate, 'no validator');
    assert(validate(document), JSON.stringify(validate.errors));
  });
}
for (const { name, patch } of broken) {
  await check(`ajv rejects: ${name}`, () => {
    assert(validate, 'no validator');
    assert(!validate(applyPatch(example, patch)), 'accepted');
    return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`)[0];
  });
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

let types;
await check('json-schema-to-typescript generates types', async () => {
  types = await reportTypes(schema);
  mkdirSync(dirname(TYPES_PATH), { recursive: true });
  writeFileSync(TYPES_PATH, types);
  return TYPES_PATH.slice(root.length + 1);
});
await check('the types are closed (no index signature) and named after $defs', () => {
  assert(types, 'no types');
  assert(!/\[k: string\]/.test(types), 'an index signature');
  assert(!/NoName/.test(types), 'a type named from a title');
  for (const name of ['Report', ...Object.keys(schema.$defs)]) {
    assert(new RegExp(`export (interface|type) ${name}\\b`).test(types), `no type ${name}`);
  }
  return `${Object.keys(schema.$defs).length + 1} types`;
});
await check('tsc compiles snippets/build-report.ts', () => {
  compileSnippet('build-report.ts');
});
await check('tsc rejects snippets/misspelled-field.ts (closed types)', () => {
  let output = '';
  try {
    compileSnippet('misspelled-field.ts');
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
  assert(output !== '', 'it compiled');
  assert(/error TS(2353|2561)/.test(output) && output.includes('natural_persons'),
    `failed for another reason: ${output}`);
  return output.match(/error TS\d+/)[0];
});

console.log(`node checks: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

