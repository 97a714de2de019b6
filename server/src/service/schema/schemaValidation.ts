import { isAlias, isCollection, isMap, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import validateSummary from '../../generated/validateSummary';
import { findPair, nodeAtPath, pairAtPath, type PathSegment } from '../parse/parseSummary';
import type { Finding, Span } from '../types';
import { resolveRef, schemaForPath, type SchemaNode } from './schemaModel';
import { suggest } from './suggest';
import { pointerToPath, type AjvError } from './ajvErrors';
import { addMissingFieldsFix } from './missingFieldFix';
import { enumFixes, valueHint } from './valueHints';

export { suggest } from './suggest';

/**
 * The schema/* rules, declared here (not in rules/schemaRules.ts) so the catalogue and redaction
 * list checks can share them without importing the summary checker.
 */
export const schemaRuleIds = {
  missingField: 'schema/missing-field',
  unknownField: 'schema/unknown-field',
  wrongType: 'schema/wrong-type',
  invalidValue: 'schema/invalid-value',
} as const;

type SchemaRule = (typeof schemaRuleIds)[keyof typeof schemaRuleIds];

/**
 * Validates the document's value with the ahead-of-time compiled validator and turns each ajv
 * error into a finding on the exact node: the value for a wrong value, the key for an unknown
 * key, the key of the incomplete object for a missing field. Errors on one node become one finding.
 */
/** `firstRecommendationIndex`: the file's index of the first recommendation in `value` (see RuleContext), for messages naming them by position. */
export function validateAgainstSchema(
  root: YamlNode | null | undefined,
  value: unknown,
  text: string,
  firstRecommendationIndex = 0,
): Finding[] {
  if (validateSummary(value)) return [];
  const errors = withoutMisspeltRequired(((validateSummary as unknown as { errors?: AjvError[] }).errors ?? []) as AjvError[]);
  const merged = new Map<string, Finding>();
  const add = (finding: Finding | undefined): void => {
    if (!finding) return;
    const key = `${finding.rule}:${finding.start}:${finding.end}`;
    const existing = merged.get(key);
    if (!existing) merged.set(key, finding);
    else if (!existing.message.includes(finding.message)) {
      existing.message += `; ${lowerFirst(finding.message)}`;
      if (finding.fixes) existing.fixes = [...(existing.fixes ?? []), ...finding.fixes];
    }
  };
  // All the fields one object lacks make one finding ("`number`, `text` and `addressedTo` are missing").
  const missingByObject = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword === 'required') {
      const list = missingByObject.get(error.instancePath) ?? [];
      list.push(String(error.params.missingProperty));
      missingByObject.set(error.instancePath, list);
    } else {
      add(locateError(error, root, text, firstRecommendationIndex));
    }
  }
  for (const [pointer, missing] of missingByObject)
    add(missingFields(missing, pointerToPath(pointer), root, text, firstRecommendationIndex));
  return [...merged.values()].map((finding) => ({ ...finding, message: upperFirst(finding.message) }));
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
  return errors.filter(
    (error) => !(error.keyword === 'required' && misspelt.has(`${error.instancePath}\u0000${String(error.params.missingProperty)}`)),
  );
}

function locateError(
  error: AjvError,
  root: YamlNode | null | undefined,
  text: string,
  firstRecommendationIndex: number,
): Finding | undefined {
  const path = pointerToPath(error.instancePath);
  // `oneOf`/`anyOf` summaries and `$ref` wrappers add nothing the specific errors do not say.
  if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') return undefined;
  // Constraints a schema node hands to a dedicated rule with `x-reportedBy` are that rule's to
  // report, with a better message (one mistake, one diagnostic): a recommendation's number is
  // numbering/not-whole's, its empty text recommendation/empty-text's.
  if (reportedByAnotherRule(schemaForPath(path), error.keyword)) return undefined;
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownField(String(error.params.additionalProperty), path, root, firstRecommendationIndex);
    case 'type':
      return wrongValue(schemaRuleIds.wrongType, error, path, root, text);
    default:
      return wrongValue(schemaRuleIds.invalidValue, error, path, root, text);
  }
}

function reportedByAnotherRule(schema: SchemaNode | undefined, keyword: string): boolean {
  const reportedBy = schema?.['x-reportedBy'] as { rule?: string; keywords?: string[] } | undefined;
  return Boolean(reportedBy?.keywords?.includes(keyword));
}

function missingFields(
  missing: string[],
  path: PathSegment[],
  root: YamlNode | null | undefined,
  text: string,
  firstRecommendationIndex: number,
): Finding {
  const named = pathInFile(path, firstRecommendationIndex);
  const where = path.length === 0 ? 'the file' : describePath(named);
  const span = ownerKeySpan(path, root, text);
  const fix = addMissingFieldsFix(missing, path, root, text, named);
  const fixes = fix ? [fix] : undefined;
  if (missing.length > 1) {
    const names = missing.map((m) => `\`${m}\``);
    const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return { rule: schemaRuleIds.missingField, ...span, message: `${list} are missing from ${where}`, fixes };
  }
  const [field] = missing;
  const fieldSchema = resolveRef(schemaForPath([...path, field]));
  const title = fieldSchema?.title;
  const what = title && title.toLowerCase() !== field.toLowerCase() ? ` (${title.toLowerCase()})` : '';
  const example = fieldSchema?.examples?.[0];
  // A short example helps; a paragraph-long one would bury the message.
  const hint =
    (typeof example === 'string' && example.length <= 40) || typeof example === 'number' ? `, such as \`${field}: ${example}\`` : '';
  return { rule: schemaRuleIds.missingField, ...span, message: `\`${field}\`${what} is missing from ${where}${hint}`, fixes };
}

function unknownField(
  key: string,
  path: PathSegment[],
  root: YamlNode | null | undefined,
  firstRecommendationIndex: number,
): Finding | undefined {
  const owner = nodeAtPath(root, path);
  const pair = isMap(owner) ? findPair(owner, key) : undefined;
  const keyNode = pair?.key as YamlNode | undefined;
  if (!keyNode?.range) return undefined;
  // ajv's schemaPath is relative to the last $ref, so the schema is found from the instance path.
  const parentSchema = schemaForPath(path);
  const known = Object.keys(parentSchema?.properties ?? {});
  const suggestion = suggest(key, known);
  const where = path.length === 0 ? 'a summary' : describePath(pathInFile(path, firstRecommendationIndex));
  const alreadyThere = suggestion !== undefined && isMap(owner) && findPair(owner, suggestion) !== undefined;
  let hint = '';
  if (suggestion && alreadyThere) hint = ` \`${suggestion}\` is already given, so remove this one.`;
  else if (suggestion) hint = ` Did you mean \`${suggestion}\`?`;
  else if (known.length) hint = ` Known fields: ${known.map((k) => `\`${k}\``).join(', ')}.`;
  // Renaming onto a key that exists would only make a duplicate key.
  const fixes =
    suggestion && !alreadyThere
      ? [
          {
            title: `Rename \`${key}\` to \`${suggestion}\``,
            preferred: true,
            edits: [{ start: keyNode.range[0], end: keyNode.range[1], newText: suggestion }],
          },
        ]
      : undefined;
  return {
    rule: schemaRuleIds.unknownField,
    start: keyNode.range[0],
    end: keyNode.range[1],
    message: `\`${key}\` is not a field of ${where}.${hint}`,
    fixes,
  };
}

function wrongValue(
  rule: SchemaRule,
  error: AjvError,
  path: PathSegment[],
  root: YamlNode | null | undefined,
  text: string,
): Finding | undefined {
  const schema = schemaForPath(path);
  const node = nodeAtPath(root, path);
  // An alias is reported by yaml/anchor-or-alias; its (unexpanded) value says nothing more.
  if (isAlias(node)) return undefined;
  const span = valueSpan(node, path, root, text);
  const hint = node && isScalar(node) ? valueHint(path, { value: node.value, start: span.start, end: span.end, text }) : undefined;
  if (node == null || (isScalar(node) && node.value === null)) {
    return { rule, ...span, message: `${messageFor(error, schema, path)} (the value is empty)` };
  }
  const fixes =
    hint?.fixes ??
    (error.keyword === 'enum' && isScalar(node)
      ? enumFixes({ value: node.value, start: span.start, end: span.end, text }, error.params.allowedValues as unknown[])
      : undefined);
  return { rule, ...span, message: hint?.message ?? messageFor(error, schema, path), fixes: fixes?.length ? fixes : undefined };
}

/**
 * The span to underline for a rejected value: the value as written. An empty value has no
 * text, so its key (or its list dash) is underlined instead; a block collection is underlined
 * on its first line only, not to the end of the block.
 */
function valueSpan(node: YamlNode | undefined, path: PathSegment[], root: YamlNode | null | undefined, text: string): Span {
  const range = node?.range;
  if (!range || range[1] <= range[0]) {
    const pair = pairAtPath(root, path);
    const keyNode = pair?.key as YamlNode | undefined;
    if (keyNode?.range) return { start: keyNode.range[0], end: keyNode.range[1] };
    const at = range ? range[0] : undefined;
    if (at !== undefined) {
      const dash = text.lastIndexOf('-', at);
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (dash >= lineStart && text.slice(dash + 1, at).trim() === '') return { start: dash, end: dash + 1 };
    }
    return ownerKeySpan(path, root, text, true);
  }
  const firstLineEnd = lineEndOf(text, range[0]);
  const end = isCollection(node) ? Math.min(trimEnd(text, range[0], range[1]), firstLineEnd) : trimEnd(text, range[0], range[1]);
  return { start: range[0], end: Math.max(end, Math.min(range[0] + 1, range[1])) };
}

/** `end` moved back over trailing white space and line breaks (block nodes end after them). */
function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return at;
}

function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message[0].toLowerCase() + message.slice(1) : message;
}

function upperFirst(message: string): string {
  return /^[a-z]/.test(message) ? message[0].toUpperCase() + message.slice(1) : message;
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
  const words: Record<string, string> = {
    string: 'a text',
    integer: 'a whole number',
    number: 'a number',
    object: 'a mapping of fields',
    array: 'a list',
    boolean: 'true or false',
  };
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

/**
 * The path as the whole file numbers it, when the text checked is a window whose first
 * recommendation is the file's `firstRecommendationIndex`-th (see RuleContext): what messages
 * and placeholders name. Nodes are still found by the window's own path.
 */
function pathInFile(path: PathSegment[], firstRecommendationIndex: number): PathSegment[] {
  if (firstRecommendationIndex === 0 || path[0] !== 'recommendations' || typeof path[1] !== 'number') return path;
  return ['recommendations', path[1] + firstRecommendationIndex, ...path.slice(2)];
}

function describePath(path: PathSegment[]): string {
  if (path[0] === 'recommendations' && typeof path[1] === 'number') {
    // By position, not by `number` (which may be missing or wrong): "the 2nd recommendation".
    const position = ordinal(path[1] + 1);
    if (path[2] === 'parts' && typeof path[3] === 'number') return `the ${ordinal(path[3] + 1)} part of the ${position} recommendation`;
    return `the ${position} recommendation`;
  }
  return `\`${path.join('.')}\``;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
