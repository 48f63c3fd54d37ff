// TypeScript types from the committed schemas (schema/ogi-report.schema.json, every edition;
// schema/ogi-report-2021.schema.json, the current template for entry forms), with
// json-schema-to-typescript.
//
// json-schema-to-typescript names a type after its schema's `title` and only falls back to the
// `$defs` key when there is none. Our titles are the official Chinese labels, which make no
// identifiers (it would emit `NoName1`, `NoName2`, ...), so frontends generate types the way
// this file does:
//   - `customName` names each `$defs` entry by its key (`ApplicantRow`, `Outcomes`, ...) and
//     the root `Report`;
//   - a property's title is folded into its doc comment ("自然人: Natural persons ..."), and a
//     property or a layout of a `oneOf` that is a `$ref` with a title and description becomes
//     `allOf: [{ $ref }]`, so it uses the named type instead of a renamed copy of it
//     (`ProactiveDisclosure = ProactiveDisclosure2021 | ProactiveDisclosure2019`).
// Nothing else is changed: closedness (`additionalProperties: false`) comes from the schema
// itself, not from an option. The full schema's `if`/`then`/`else` (format_version names the
// layout of table 二) has no TypeScript form and is left to the validators.
//
// Usage: node types.mjs [SCHEMA] [OUT]   (defaults: the full schema, generated/ogi-report.d.ts)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const here = dirname(fileURLToPath(import.meta.url));
/** The committed schemas and where their types are generated. */
export const SCHEMAS = [
  { name: 'full', path: resolve(here, '../../schema/ogi-report.schema.json'), types: resolve(here, 'generated/ogi-report.d.ts') },
  { name: 'entry', path: resolve(here, '../../schema/ogi-report-2021.schema.json'), types: resolve(here, 'generated/ogi-report-2021.d.ts') },
];

/** The schema prepared for json-schema-to-typescript (see the comment at the top). */
export function forTypeScript(schema) {
  const visit = (node, isProperty) => {
    if (Array.isArray(node)) return node.map((item) => visit(item, false));
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties') {
        out[key] = Object.fromEntries(
          Object.entries(value).map(([name, child]) => [name, visit(child, true)]),
        );
      } else if (key === '$defs') {
        out[key] = Object.fromEntries(
          Object.entries(value).map(([name, child]) => [name, visit(child, false)]),
        );
      } else if (key === 'oneOf' || key === 'anyOf') {
        // A layout is named like a property: by the type its `$ref` names.
        out[key] = value.map((child) => visit(child, true));
      } else {
        out[key] = visit(value, false);
      }
    }
    if (isProperty && typeof out.title === 'string') {
      const description = out.description ? `${out.title}: ${out.description}` : out.title;
      delete out.title;
      if (typeof out.$ref === 'string') {
        return { allOf: [{ $ref: out.$ref }], description };
      }
      out.description = description;
    }
    return out;
  };
  return visit(schema, false);
}

/** The TypeScript declarations of a report schema (`file`: its name, for the banner). */
export async function reportTypes(schema, file = 'the schema') {
  return compile(forTypeScript(schema), 'Report', {
    bannerComment: `/* Generated from ${file} by tests/frontend/types.mjs. Do not edit. */`,
    customName: (node, definitionKey) => definitionKey ?? (node.$id ? 'Report' : undefined),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const input = resolve(process.argv[2] ?? SCHEMAS[0].path);
  const output = resolve(process.argv[3] ?? SCHEMAS[0].types);
  const schema = JSON.parse(readFileSync(input, 'utf8'));
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, await reportTypes(schema, basename(input)));
  console.log(`wrote ${output}`);
}
