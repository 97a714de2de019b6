import { closest, distance } from 'fastest-levenshtein';
import { isMap } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import validateSummary from '../../generated/validateSummary';
import { findPair, nodeAtPath, pairAtPath, type PathSegment } from '../parse/parseSummary';
import type { Finding, Span } from '../types';
import { resolveRef, schemaForPath, type SchemaNode } from './schemaModel';

/** The subset of an ajv error object that the generated validator produces. */
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type SchemaRule = 'schema/missing-field' | 'schema/unknown-field' | 'schema/wrong-type' | 'schema/invalid-value';

/**
 * Validates the document's value with the ahead-of-time compiled validator and turns each ajv
 * error into a finding on the exact node: the value for a wrong value, the key for an unknown
 * key, the key of the incomplete object for a missing field. Errors on one node become one finding.
 */
export function validateAgainstSchema(root: YamlNode | null | undefined, value: unknown, text: string): Finding[] {
  if (validateSummary(value)) return [];
  const errors = withoutMisspeltRequired(((validateSummary as unknown as { errors?: AjvError[] }).errors ?? []) as AjvError[]);
  const merged = new Map<string, Finding>();
  for (const error of errors) {
    const finding = locateError(error, root, text);
    if (!finding) continue;
    const key = `${finding.start}:${finding.end}`;
    const existing = merged.get(key);
    if (!existing) merged.set(key, finding);
    else if (!existing.message.includes(finding.message)) existing.message += `; ${finding.message}`;
  }
  return [...merged.values()];
}

/**
 * A misspelt key (`numbr`) also makes the real one (`number`) missing. The unknown-key finding
 * already says "did you mean `number`?" and offers the rename, so the missing one is dropped.
 */
function withoutMisspeltRequired(errors: AjvError[]): AjvError[] {
  const misspelt = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const path = pointerToPath(error.instancePath);
    const known = Object.keys(schemaForPath(path)?.properties ?? {});
    const suggestion = suggest(String(error.params.additionalProperty), known);
    if (suggestion) misspelt.add(`${error.instancePath}\u0000${suggestion}`);
  }
  return errors.filter((error) => !(error.keyword === 'required' && misspelt.has(`${error.instancePath}\u0000${String(error.params.missingProperty)}`)));
}

function locateError(error: AjvError, root: YamlNode | null | undefined, text: string): Finding | undefined {
  const path = pointerToPath(error.instancePath);
  // `oneOf`/`anyOf` summaries and `$ref` wrappers add nothing the specific errors do not say.
  if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') return undefined;
  switch (error.keyword) {
    case 'required':
      return missingField(String(error.params.missingProperty), path, root, text);
    case 'additionalProperties':
      return unknownField(String(error.params.additionalProperty), path, root);
    case 'type':
      return wrongValue('schema/wrong-type', error, path, root, text);
    default:
      return wrongValue('schema/invalid-value', error, path, root, text);
  }
}

function missingField(missing: string, path: PathSegment[], root: YamlNode | null | undefined, text: string): Finding {
  const fieldSchema = resolveRef(schemaForPath([...path, missing]));
  const title = fieldSchema?.title;
  const what = title && title.toLowerCase() !== missing.toLowerCase() ? ` (${title.toLowerCase()})` : '';
  const where = path.length === 0 ? 'the summary' : describePath(path);
  const span = ownerKeySpan(path, root, text);
  return { rule: 'schema/missing-field', ...span, message: `\`${missing}\`${what} is missing from ${where}` };
}

function unknownField(key: string, path: PathSegment[], root: YamlNode | null | undefined): Finding | undefined {
  const owner = nodeAtPath(root, path);
  const pair = isMap(owner) ? findPair(owner, key) : undefined;
  const keyNode = pair?.key as YamlNode | undefined;
  if (!keyNode?.range) return undefined;
  // ajv's schemaPath is relative to the last $ref, so the schema is found from the instance path.
  const parentSchema = schemaForPath(path);
  const known = Object.keys(parentSchema?.properties ?? {});
  const suggestion = suggest(key, known);
  const where = path.length === 0 ? 'a summary' : describePath(path);
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : known.length ? ` Known fields: ${known.map((k) => `\`${k}\``).join(', ')}.` : '';
  const fixes = suggestion ? [{ title: `Rename \`${key}\` to \`${suggestion}\``, preferred: true, edits: [{ start: keyNode.range[0], end: keyNode.range[1], newText: suggestion }] }] : undefined;
  return { rule: 'schema/unknown-field', start: keyNode.range[0], end: keyNode.range[1], message: `\`${key}\` is not a field of ${where}.${hint}`, fixes };
}

function wrongValue(rule: SchemaRule, error: AjvError, path: PathSegment[], root: YamlNode | null | undefined, text: string): Finding {
  const schema = schemaForPath(path);
  const node = nodeAtPath(root, path);
  const span = node?.range ? { start: node.range[0], end: node.range[1] } : ownerKeySpan(path, root, text, true);
  return { rule, ...span, message: messageFor(error, schema, path) };
}

function messageFor(error: AjvError, schema: SchemaNode | undefined, path: PathSegment[]): string {
  if (schema?.['x-errorMessage']) return schema['x-errorMessage'];
  const name = path.length ? `\`${path[path.length - 1]}\`` : 'The summary';
  switch (error.keyword) {
    case 'enum':
      return `${name} must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'type':
      return `${name} must be ${article(String(error.params.type))}`;
    default:
      return `${name} is not valid here (${error.keyword})`;
  }
}

function article(type: string): string {
  const words: Record<string, string> = { string: 'a text', integer: 'a whole number', number: 'a number', object: 'a mapping of fields', array: 'a list', boolean: 'true or false' };
  return words[type] ?? type;
}

/**
 * The span to underline for a problem with the object at `path`: the key that introduces it, or
 * for a list item its first key (or dash), or for the whole file its first line of content.
 */
function ownerKeySpan(path: PathSegment[], root: YamlNode | null | undefined, text: string, valueMissing = false): Span {
  const pair = pairAtPath(root, path);
  const keyNode = pair?.key as YamlNode | undefined;
  if (keyNode?.range) return { start: keyNode.range[0], end: keyNode.range[1] };
  const node = nodeAtPath(root, path);
  if (isMap(node)) {
    const firstKey = node.items[0]?.key as YamlNode | undefined;
    if (firstKey?.range) return { start: firstKey.range[0], end: firstKey.range[1] };
  }
  if (node?.range) return { start: node.range[0], end: Math.max(node.range[0], Math.min(node.range[1], lineEndOf(text, node.range[0]))) };
  if (valueMissing && path.length > 1) return ownerKeySpan(path.slice(0, -1), root, text, true);
  const first = text.search(/\S/);
  const start = first < 0 ? 0 : first;
  return { start, end: lineEndOf(text, start) };
}

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

function describePath(path: PathSegment[]): string {
  if (path[0] === 'recommendations' && typeof path[1] === 'number') {
    if (path[2] === 'parts' && typeof path[3] === 'number') return `part ${path[3] + 1} of recommendation ${path[1] + 1}`;
    return `recommendation ${path[1] + 1} (in file order)`;
  }
  return `\`${path.join('.')}\``;
}

/** A known key close enough to the typed one to be a misspelling. */
export function suggest(typed: string, known: string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = typed.toLowerCase();
  const exactCase = known.find((k) => k.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const best = closest(lower, known.map((k) => k.toLowerCase()));
  const bestKnown = known.find((k) => k.toLowerCase() === best)!;
  const limit = Math.max(1, Math.floor(Math.max(bestKnown.length, typed.length) / 3));
  return distance(lower, best) <= limit ? bestKnown : undefined;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

