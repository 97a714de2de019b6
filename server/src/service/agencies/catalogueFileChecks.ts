import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import validateAgencyCatalogue from '../../generated/validateAgencyCatalogue';
import catalogueSchemaJson from '../../../../schemas/agency-catalogue.schema.json';
import { findPair, nodeAtPath, pairAtPath, type PathSegment } from '../parse/parseSummary';
import { schemaForPath, type SchemaNode } from '../schema/schemaModel';
import { schemaRuleIds } from '../schema/schemaValidation';
import { suggest } from '../schema/suggest';
import { pointerToPath, type AjvError } from '../schema/ajvErrors';
import type { Checker } from '../rules/ruleTypes';
import { yamlChecker } from '../rules/yamlRules';
import type { Finding } from '../types';
import { agencySpellingKey } from '../library/agencyKey';

export const catalogueRuleIds = {
  duplicateName: 'catalogue/duplicate-name',
} as const;

export const catalogueSchema = catalogueSchemaJson as unknown as SchemaNode;

/**
 * A workspace catalogue file is checked like a summary, against its own schema: each ajv error
 * becomes a finding on the exact node, with the schema's plain-English message. The rule ids are
 * the schema/* ones, so severities and suppressions work the same way.
 */
export const catalogueSchemaChecker: Checker = {
  rules: [
    { id: schemaRuleIds.missingField, defaultSeverity: 'error', description: 'A required field is missing.' },
    { id: schemaRuleIds.unknownField, defaultSeverity: 'error', description: 'A field the format does not have.' },
    { id: schemaRuleIds.wrongType, defaultSeverity: 'error', description: 'A value of the wrong kind.' },
    { id: schemaRuleIds.invalidValue, defaultSeverity: 'error', description: 'A value the format does not accept.' },
    {
      id: catalogueRuleIds.duplicateName,
      defaultSeverity: 'warning',
      description: 'Two entries of one catalogue file with the same name (the later one wins).',
    },
  ],
  check({ parsed }) {
    const root = parsed.document?.contents as YamlNode | null | undefined;
    if (!parsed.document || root == null || parsed.errors.length > 0) return [];
    const findings: Finding[] = [];
    if (!validateAgencyCatalogue(parsed.value)) {
      const errors = ((validateAgencyCatalogue as unknown as { errors?: AjvError[] }).errors ?? []) as AjvError[];
      const seen = new Set<string>();
      for (const error of errors) {
        const finding = locate(error, root, parsed.text);
        const key = finding && `${finding.start}:${finding.end}`;
        if (!finding || seen.has(key!)) continue;
        seen.add(key!);
        findings.push(finding);
      }
    }
    findings.push(...duplicateNames(root));
    return findings;
  },
};

/** Checkers for a catalogue file: YAML well-formedness, then its schema. */
export const catalogueCheckers: Checker[] = [yamlChecker, catalogueSchemaChecker];

function locate(error: AjvError, root: YamlNode, text: string): Finding | undefined {
  if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') return undefined;
  const path = pointerToPath(error.instancePath);
  const schema = schemaForPath(path, catalogueSchema);
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty);
    return { rule: schemaRuleIds.missingField, ...ownerSpan(path, root, text), message: `\`${missing}\` is missing from ${where(path)}` };
  }
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    const owner = nodeAtPath(root, path);
    const keyNode = (isMap(owner) ? findPair(owner, key)?.key : undefined) as YamlNode | undefined;
    if (!keyNode?.range) return undefined;
    const known = Object.keys(schema?.properties ?? {});
    const suggestion = suggest(key, known);
    return {
      rule: schemaRuleIds.unknownField,
      start: keyNode.range[0],
      end: keyNode.range[1],
      message: `\`${key}\` is not a field of ${where(path)}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Known fields: ${known.map((k) => `\`${k}\``).join(', ')}.`}`,
      fixes: suggestion
        ? [
            {
              title: `Rename \`${key}\` to \`${suggestion}\``,
              preferred: true,
              edits: [{ start: keyNode.range[0], end: keyNode.range[1], newText: suggestion }],
            },
          ]
        : undefined,
    };
  }
  const node = nodeAtPath(root, path);
  const span =
    node?.range && node.range[1] > node.range[0]
      ? { start: node.range[0], end: firstLineEnd(text, node.range[0], node.range[1]) }
      : ownerSpan(path, root, text);
  const message = schema?.['x-errorMessage'] ?? `\`${path[path.length - 1] ?? 'the file'}\` is not valid here (${error.keyword})`;
  return { rule: error.keyword === 'type' ? schemaRuleIds.wrongType : schemaRuleIds.invalidValue, ...span, message: upperFirst(message) };
}

function where(path: PathSegment[]): string {
  if (path[0] === 'agencies' && typeof path[1] === 'number') return `agency ${path[1] + 1}`;
  return path.length ? `\`${path.join('.')}\`` : 'the catalogue';
}

function ownerSpan(path: PathSegment[], root: YamlNode, text: string): { start: number; end: number } {
  const keyNode = pairAtPath(root, path)?.key as YamlNode | undefined;
  if (keyNode?.range) return { start: keyNode.range[0], end: keyNode.range[1] };
  const node = nodeAtPath(root, path);
  const firstKey = (isMap(node) ? node.items[0]?.key : undefined) as YamlNode | undefined;
  if (firstKey?.range) return { start: firstKey.range[0], end: firstKey.range[1] };
  const start = Math.max(0, node?.range?.[0] ?? text.search(/\S/));
  return { start, end: firstLineEnd(text, start, text.length) };
}

function firstLineEnd(text: string, start: number, end: number): number {
  const lineEnd = text.slice(start, end).search(/\r?\n/);
  const stop = lineEnd < 0 ? end : start + lineEnd;
  let at = stop;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return Math.max(at, Math.min(start + 1, end));
}

function upperFirst(message: string): string {
  return /^[a-z`]/.test(message) && message[0] !== '`' ? message[0].toUpperCase() + message.slice(1) : message;
}

/** Two entries with one name: the later silently replaces the earlier, which is rarely meant. */
function duplicateNames(root: YamlNode): Finding[] {
  const list = isMap(root) ? findPair(root, 'agencies')?.value : undefined;
  if (!isSeq(list)) return [];
  const firstByKey = new Map<string, { start: number; end: number; name: string }>();
  const findings: Finding[] = [];
  for (const item of list.items) {
    const name = isMap(item) ? findPair(item, 'name')?.value : undefined;
    if (!isScalar(name) || typeof name.value !== 'string' || !name.range) continue;
    const key = agencySpellingKey(name.value);
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, { start: name.range[0], end: name.range[1], name: name.value });
      continue;
    }
    findings.push({
      rule: catalogueRuleIds.duplicateName,
      start: name.range[0],
      end: name.range[1],
      message: `"${name.value}" is already an entry of this catalogue ("${first.name}"); this later entry replaces it.`,
      related: [{ start: first.start, end: first.end, message: 'The first entry' }],
    });
  }
  return findings;
}
