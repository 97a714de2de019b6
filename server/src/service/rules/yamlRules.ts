import { isAlias, isCollection, isMap, isScalar } from 'yaml';
import type { Node as YamlNode, YAMLError } from 'yaml';
import { walkNodes } from '../parse/walk';
import type { ParsedSummary } from '../parse/parseSummary';
import type { Finding } from '../types';
import { locateSyntaxError } from './yamlSyntaxLocation';
import type { Checker, RuleContext } from './ruleTypes';

export const yamlRuleIds = {
  syntax: 'yaml/syntax',
  duplicateKey: 'yaml/duplicate-key',
  warning: 'yaml/warning',
  anchorOrAlias: 'yaml/anchor-or-alias',
  customTag: 'yaml/custom-tag',
  multipleDocuments: 'yaml/multiple-documents',
  emptyDocument: 'yaml/empty-document',
} as const;

/** yaml's error codes, written for the person editing. */
const syntaxMessages: Record<string, string> = {
  BAD_INDENT: 'This line is indented wrongly for where it stands',
  BAD_SCALAR_START: 'A plain value cannot start with this character; put the value in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'A value cannot contain ": " unless it is in quotes (a nested mapping starts on its own line)',
  DUPLICATE_KEY: 'This key is already used in the same mapping; each key may appear once',
  BLOCK_IN_FLOW: 'A block value cannot stand inside [ ] or { }',
  MISSING_CHAR: 'A closing character is missing here',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; is a colon missing at the end of the line before?',
  MULTIPLE_DOCS: 'A summary file holds one document',
  TAB_AS_INDENT: 'Tabs cannot indent YAML; use spaces',
  UNEXPECTED_TOKEN: 'Unexpected text here',
  KEY_OVER_1024_CHARS: 'A key may be at most 1024 characters long',
  MISSING_ANCHOR: 'This alias names an anchor that does not exist',
};

export const yamlChecker: Checker = {
  scope: { kind: 'recommendation' },
  rules: [
    {
      id: yamlRuleIds.syntax,
      defaultSeverity: 'error',
      description: 'The file is not well-formed YAML (located where the parser stopped understanding it).',
    },
    {
      id: yamlRuleIds.duplicateKey,
      defaultSeverity: 'error',
      description: 'The same key appears twice in one mapping; the second would silently replace the first.',
    },
    {
      id: yamlRuleIds.warning,
      defaultSeverity: 'warning',
      description: 'YAML that parses but is likely a mistake (for example an unresolved tag).',
    },
    {
      id: yamlRuleIds.anchorOrAlias,
      defaultSeverity: 'error',
      description: 'Anchors (&a) and aliases (*a) are not allowed in a summary: every text must be written where it is shown.',
    },
    { id: yamlRuleIds.customTag, defaultSeverity: 'error', description: 'Tags such as !include or !!binary are not allowed in a summary.' },
    { id: yamlRuleIds.multipleDocuments, defaultSeverity: 'error', description: 'A summary file holds exactly one YAML document.' },
    {
      id: yamlRuleIds.emptyDocument,
      defaultSeverity: 'error',
      description: 'The file has no content: a summary needs at least a title, csp, dates, source, summary and recommendations.',
    },
  ],
  check(context) {
    const { parsed } = context;
    const findings: Finding[] = [];
    findings.push(...syntaxFindings(parsed));
    for (const warning of parsed.warnings) {
      // An unknown tag is reported (once, on the tag) by yaml/custom-tag below.
      if (warning.code === 'TAG_RESOLVE_FAILED') continue;
      const [start, end] = warning.pos;
      findings.push({ rule: yamlRuleIds.warning, start, end: Math.max(end, start), message: plainMessage(warning.code, warning.message) });
    }
    for (const extra of parsed.extraDocuments) {
      const [start, , end] = extra.range;
      findings.push({
        rule: yamlRuleIds.multipleDocuments,
        start,
        end: Math.min(end, lineEnd(parsed.text, start)),
        message:
          'A summary file holds one YAML document; this second document would be ignored. Remove the "---" and what follows, or move it to its own file.',
      });
    }
    if (!parsed.document || parsed.document.contents == null) {
      if (parsed.errors.length === 0) {
        findings.push({
          rule: yamlRuleIds.emptyDocument,
          start: 0,
          end: Math.min(parsed.text.length, lineEnd(parsed.text, 0)),
          message: `${/\S/.test(parsed.text) ? 'The file has only comments' : 'The file is empty'}: a summary needs title, csp, published, yearOfDeath, source, summary and recommendations (type "summary" for a snippet)`,
        });
      }
    } else {
      findings.push(...anchorsAliasesAndTags(context));
    }
    return findings;
  },
};

function anchorsAliasesAndTags(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const text = context.parsed.text;
  walkNodes(context.parsed.document!.contents, (yamlNode) => {
    const [start, valueEnd] = yamlNode.range ?? [0, 0];
    if (isAlias(yamlNode)) {
      findings.push({
        rule: yamlRuleIds.anchorOrAlias,
        start,
        end: valueEnd,
        message: `Aliases (*${yamlNode.source}) are not allowed in a summary: write the text out where it belongs`,
      });
      return false;
    }
    const anchor = (yamlNode as { anchor?: string }).anchor;
    if (anchor) {
      const at = findBefore(text, '&' + anchor, start);
      findings.push({
        rule: yamlRuleIds.anchorOrAlias,
        start: at,
        end: at >= 0 ? at + anchor.length + 1 : valueEnd,
        message: `Anchors (&${anchor}) are not allowed in a summary: write the text out where it belongs`,
      });
    }
    const tag = isScalar(yamlNode) || isCollection(yamlNode) ? yamlNode.tag : undefined;
    if (tag) {
      const written = tagAsWritten(text, start);
      findings.push({
        rule: yamlRuleIds.customTag,
        start: written ? written.start : start,
        end: written ? written.end : valueEnd,
        message: `Tags (${written?.text ?? tag}) are not allowed in a summary: write the value plainly`,
      });
    }
    return undefined;
  });
  return findings.map((finding) => (finding.start < 0 ? { ...finding, start: 0 } : finding));
}

/** Where `needle` was written just before offset `before` (anchors and tags precede their node). */
function findBefore(text: string, needle: string, before: number): number {
  const from = Math.max(0, before - 1100);
  return text.lastIndexOf(needle, before) >= from ? text.lastIndexOf(needle, before) : -1;
}

/** The tag token (`!foo`, `!!str`, `!<...>`) written before a node that starts at `start`. */
function tagAsWritten(text: string, start: number): { start: number; end: number; text: string } | undefined {
  const windowStart = Math.max(0, start - 1100);
  const before = text.slice(windowStart, start);
  const match = /(![^\s,[\]{}]*)[ \t]*(?:&[^\s,[\]{}]+[ \t]*)?(?:\r?\n[ \t]*)?$/.exec(before);
  if (!match) return undefined;
  const tagStart = windowStart + match.index;
  return { start: tagStart, end: tagStart + match[1].length, text: match[1] };
}

/**
 * Syntax errors, each located where the mistake is written (an unclosed quote at its opening
 * quote, a duplicate key on the whole key), one line long at most, and several errors at one
 * place merged into one diagnostic.
 */
function syntaxFindings(parsed: ParsedSummary): Finding[] {
  const byPlace = new Map<string, Finding>();
  for (const error of parsed.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    const rule = duplicate ? yamlRuleIds.duplicateKey : yamlRuleIds.syntax;
    const located = duplicate ? duplicateKeySpan(parsed, error) : locateSyntaxError(parsed, error);
    const start = located?.start ?? error.pos[0];
    const end = Math.min(Math.max(located?.end ?? error.pos[1], start), lineEnd(parsed.text, start));
    const message = located?.message ?? plainMessage(error.code, error.message);
    const key = `${rule}:${start}`;
    const existing = byPlace.get(key);
    if (existing) {
      if (!existing.message.includes(message)) existing.message += `; ${message[0].toLowerCase()}${message.slice(1)}`;
      existing.end = Math.max(existing.end, end);
    } else {
      byPlace.set(key, { rule, start, end, message });
    }
  }
  return [...byPlace.values()];
}

/** The whole key that repeats an earlier one (yaml points at its first character only). */
function duplicateKeySpan(parsed: ParsedSummary, error: YAMLError): { start: number; end: number; message: string } | undefined {
  const [at] = error.pos;
  let found: { start: number; end: number; message: string } | undefined;
  walkNodes(parsed.document?.contents, (node) => {
    if (found) return false;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        if (key?.range && key.range[0] <= at && at < Math.max(key.range[1], key.range[0] + 1)) {
          const name = isScalar(key) ? String(key.value) : parsed.text.slice(key.range[0], key.range[1]);
          found = {
            start: key.range[0],
            end: key.range[1],
            message: `\`${name}\` is already given in this mapping; each key may appear once (the later value would silently replace the earlier)`,
          };
        }
      }
    }
    return undefined;
  });
  return found;
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

function plainMessage(code: string, fallback: string): string {
  const known = syntaxMessages[code];
  if (known) return known;
  if (code === 'TAG_RESOLVE_FAILED') return 'Tags are not allowed in a summary: write the value plainly';
  // yaml's own wording, without its "at line X, column Y" tail and source excerpt.
  return fallback.replace(/ at line \d+, column \d+[\s\S]*$/, '');
}
