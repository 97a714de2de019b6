import { isMap } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import validateRedactionList from '../../generated/validateRedactionList';
import listSchemaJson from '../../../../schemas/redaction-list.schema.json';
import { findPair, nodeAtPath, parseSummary } from '../parse/parseSummary';
import { schemaForPath, type SchemaNode } from '../schema/schemaModel';
import { pointerToPath, type AjvError } from '../schema/ajvErrors';
import { schemaRuleIds } from '../schema/schemaValidation';
import { yamlChecker } from '../rules/yamlRules';
import type { Checker } from '../rules/ruleTypes';
import type { Finding } from '../types';

/**
 * The workspace redaction list: `review-summaries.redaction.yaml`, shared by every summary in its
 * folder and the folders below. The server and the CLI read the file; this module only reads text.
 */
export const redactionListFileName = 'review-summaries.redaction.yaml';
const listSchema = listSchemaJson as unknown as SchemaNode;

export function isRedactionListUri(uri: string): boolean {
  return /(?:^|[/\\])review-summaries\.redaction\.ya?ml$/i.test(uri);
}

export interface RedactionListEntries {
  names: string[];
  allow: string[];
}

/** The usable entries of a list file's text (entries of the wrong type are skipped; the file's own diagnostics report them). */
export function readRedactionList(text: string): RedactionListEntries {
  const value = parseSummary(text).value as Record<string, unknown> | null | undefined;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim().length > 0) : []);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { names: [], allow: [] };
  const names = strings(value.names).filter((name) => !name.startsWith('sha256:') || /^sha256:[0-9a-f]{64}$/.test(name));
  return { names, allow: strings(value.allow) };
}

/** Merges several list files' entries (those of a summary's folder and the folders above it). */
export function mergeRedactionLists(lists: readonly RedactionListEntries[]): RedactionListEntries {
  return { names: [...new Set(lists.flatMap((l) => l.names))], allow: [...new Set(lists.flatMap((l) => l.allow))] };
}

/** A list file is validated like a summary, against its own schema, each problem on its node. */
export const redactionListSchemaChecker: Checker = {
  rules: [
    { id: schemaRuleIds.unknownField, defaultSeverity: 'error', description: 'A field the format does not have.' },
    { id: schemaRuleIds.wrongType, defaultSeverity: 'error', description: 'A value of the wrong kind.' },
    { id: schemaRuleIds.invalidValue, defaultSeverity: 'error', description: 'A value the format does not accept.' },
  ],
  check({ parsed }) {
    const root = parsed.document?.contents as YamlNode | null | undefined;
    if (!parsed.document || parsed.errors.length > 0 || root == null) return [];
    if (validateRedactionList(parsed.value)) return [];
    const errors = ((validateRedactionList as unknown as { errors?: AjvError[] }).errors ?? []) as AjvError[];
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const error of errors) {
      const path = pointerToPath(error.instancePath);
      let node = nodeAtPath(root, path) as YamlNode | undefined;
      let rule: string = error.keyword === 'type' ? schemaRuleIds.wrongType : schemaRuleIds.invalidValue;
      let message = schemaForPath(path, listSchema)?.['x-errorMessage'] ?? `not valid here (${error.keyword})`;
      if (error.keyword === 'additionalProperties') {
        const key = String(error.params.additionalProperty);
        node = (isMap(node) ? findPair(node, key)?.key : undefined) as YamlNode | undefined;
        rule = schemaRuleIds.unknownField;
        message = `\`${key}\` is not a field of a redaction list: it has \`names\` and \`allow\``;
      }
      const range = node?.range ?? (root as YamlNode).range;
      if (!range) continue;
      const key = `${range[0]}:${rule}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule,
        start: range[0],
        end: Math.max(range[0], range[1]),
        message: message.charAt(0).toUpperCase() + message.slice(1),
      });
    }
    return findings;
  },
};

/** Checkers for a list file: YAML well-formedness, then its schema. */
export const redactionListCheckers: Checker[] = [yamlChecker, redactionListSchemaChecker];
