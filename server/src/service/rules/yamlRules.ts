import { isAlias, isCollection, isScalar, visit } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Finding } from '../types';
import type { Checker, RuleContext } from './ruleTypes';

/** yaml's error codes, written for the person editing. */
const syntaxMessages: Record<string, string> = {
  BAD_INDENT: 'This line is indented wrongly for where it stands',
  BAD_SCALAR_START: 'A plain value cannot start with this character; put the value in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'A block value cannot be used as a key',
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
  rules: [
    { id: 'yaml/syntax', defaultSeverity: 'error', description: 'The file is not well-formed YAML (located where the parser stopped understanding it).' },
    { id: 'yaml/duplicate-key', defaultSeverity: 'error', description: 'The same key appears twice in one mapping; the second would silently replace the first.' },
    { id: 'yaml/warning', defaultSeverity: 'warning', description: 'YAML that parses but is likely a mistake (for example an unresolved tag).' },
    { id: 'yaml/anchor-or-alias', defaultSeverity: 'error', description: 'Anchors (&a) and aliases (*a) are not allowed in a summary: every text must be written where it is shown.' },
    { id: 'yaml/custom-tag', defaultSeverity: 'error', description: 'Tags such as !include or !!binary are not allowed in a summary.' },
    { id: 'yaml/multiple-documents', defaultSeverity: 'error', description: 'A summary file holds exactly one YAML document.' },
    { id: 'yaml/empty-document', defaultSeverity: 'error', description: 'The file has no content: a summary needs at least a title, csp, dates, source, summary and recommendations.' },
  ],
  check(context) {
    const { parsed } = context;
    const findings: Finding[] = [];
    for (const error of parsed.errors) {
      const [start, end] = error.pos;
      const duplicate = error.code === 'DUPLICATE_KEY';
      findings.push({
        rule: duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
        start,
        end: Math.max(end, start),
        message: duplicate ? 'This key is already used in the same mapping; each key may appear once' : plainMessage(error.code, error.message),
      });
    }
    for (const warning of parsed.warnings) {
      // An unknown tag is reported (once, on the tag) by yaml/custom-tag below.
      if (warning.code === 'TAG_RESOLVE_FAILED') continue;
      const [start, end] = warning.pos;
      findings.push({ rule: 'yaml/warning', start, end: Math.max(end, start), message: plainMessage(warning.code, warning.message) });
    }
    for (const extra of parsed.extraDocuments) {
      const [start, , end] = extra.range;
      findings.push({
        rule: 'yaml/multiple-documents',
        start,
        end: Math.min(end, lineEnd(parsed.text, start)),
        message: 'A summary file holds one YAML document; this second document would be ignored. Remove the "---" and what follows, or move it to its own file.',
      });
    }
    if (!parsed.document || parsed.document.contents == null) {
      if (parsed.errors.length === 0) {
        findings.push({ rule: 'yaml/empty-document', start: 0, end: Math.min(parsed.text.length, lineEnd(parsed.text, 0)), message: 'The file is empty: a summary needs title, csp, published, yearOfDeath, source, summary and recommendations (type "summary" for a snippet)' });
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
  visit(context.parsed.document!, {
    Node(_key, node) {
      const yamlNode = node as YamlNode;
      const [start, valueEnd] = yamlNode.range ?? [0, 0];
      if (isAlias(yamlNode)) {
        findings.push({ rule: 'yaml/anchor-or-alias', start, end: valueEnd, message: `Aliases (*${yamlNode.source}) are not allowed in a summary: write the text out where it belongs` });
        return visit.SKIP;
      }
      const anchor = (yamlNode as { anchor?: string }).anchor;
      if (anchor) {
        const at = findBefore(text, '&' + anchor, start);
        findings.push({ rule: 'yaml/anchor-or-alias', start: at, end: at >= 0 ? at + anchor.length + 1 : valueEnd, message: `Anchors (&${anchor}) are not allowed in a summary: write the text out where it belongs` });
      }
      const tag = (isScalar(yamlNode) || isCollection(yamlNode)) ? yamlNode.tag : undefined;
      if (tag) {
        const written = tagAsWritten(text, start);
        findings.push({ rule: 'yaml/custom-tag', start: written ? written.start : start, end: written ? written.end : valueEnd, message: `Tags (${written?.text ?? tag}) are not allowed in a summary: write the value plainly` });
      }
      return undefined;
    },
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

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

function plainMessage(code: string, fallback: string): string {
  const known = syntaxMessages[code];
  if (known) return known;
  if (code === 'TAG_RESOLVE_FAILED') return 'Tags are not allowed in a summary: write the value plainly';
  // yaml's own wording, without its "at line X, column Y" tail and source excerpt.
  return fallback.replace(/ at line \d+, column \d+[\s\S]*$/, '');
}
