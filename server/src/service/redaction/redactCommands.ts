import type { ParsedSummary } from '../parse/parseSummary';
import type { OffsetEdit, Span } from '../types';
import { phraseMatches } from './declaredNames';
import { hashedEntry, normalizeName } from './normalize';
import { readPolicy, splitWords } from './policy';
import { insertListEntry, replaceEverywhereEdits, type Occurrence } from './redactionEdits';
import { validRole } from './roles';
import { collectTextUnits, type TextUnit } from './textUnits';
import { tokenize } from './tokens';
import type { WorkspaceData } from '../workspace';

/** The edits of a redaction command, or why there are none (shown to the user as is). */
export type CommandResult = { edits: OffsetEdit[]; words: string; count: number } | { error: string };

/** The published words at a selection (an empty selection takes the word under the cursor). */
export function wordsAt(parsed: ParsedSummary, selection: Span): { unit: TextUnit; start: number; end: number; words: string } | undefined {
  for (const unit of collectTextUnits(parsed)) {
    const { source } = unit;
    if (!source.exact || source.value.length === 0) continue;
    if (selection.start < source.starts[0] || selection.start > source.ends[source.value.length - 1]) continue;
    let start = -1;
    let end = -1;
    for (let i = 0; i < source.value.length; i++) {
      if (source.starts[i] >= selection.start && source.ends[i] <= Math.max(selection.end, selection.start)) {
        if (start < 0) start = i;
        end = i + 1;
      }
    }
    if (selection.end <= selection.start || start < 0) {
      // The word under the cursor.
      const token = tokenize(source.value).find(
        (t) => source.starts[t.start] <= selection.start && source.ends[t.end - 1] >= selection.start,
      );
      if (!token) return undefined;
      start = token.start;
      end = token.end;
    }
    const words = source.value
      .slice(start, end)
      .trim()
      .replace(/['’ʼ]s$/i, '');
    if (!/[\p{L}\p{N}]/u.test(words)) return undefined;
    return { unit, start, end, words };
  }
  return undefined;
}

/** Every occurrence of the words in the published text (case, accents and line breaks ignored). */
export function occurrencesOf(parsed: ParsedSummary, words: string): Occurrence[] {
  const phrase = splitWords(normalizeName(words));
  if (phrase.length === 0) return [];
  const out: Occurrence[] = [];
  for (const { source } of collectTextUnits(parsed)) {
    if (!source.exact) continue;
    const tokens = tokenize(source.value);
    for (const match of phraseMatches(source.value, tokens, phrase)) {
      const start = tokens[match.first].start;
      const end = tokens[match.last].end;
      out.push({ source, start, end, words: source.value.slice(start, end) });
    }
  }
  return out;
}

/** "Replace with a role": every occurrence of the selected words becomes the role. */
export function replaceWithRole(parsed: ParsedSummary, selection: Span, role: string): CommandResult {
  const cleanRole = validRole(role);
  if (!cleanRole)
    return { error: 'A role is a few words such as "the victim" or "a neighbour" (letters, spaces, hyphens and apostrophes only).' };
  const found = wordsAt(parsed, selection);
  if (!found) return { error: 'Select a name in the published text (not in the redaction block, a key or a comment).' };
  const occurrences = occurrencesOf(parsed, found.words);
  return { edits: replaceEverywhereEdits(occurrences, cleanRole), words: found.words, count: occurrences.length };
}

/**
 * "Redact Selection as...": adds the selected name to `redaction.names` (as written, or hashed)
 * unless it is already declared, and replaces every occurrence with the role.
 */
export function redactSelection(
  parsed: ParsedSummary,
  selection: Span,
  role: string,
  hashed: boolean,
  workspace: WorkspaceData,
): CommandResult {
  const replaced = replaceWithRole(parsed, selection, role);
  if ('error' in replaced) return replaced;
  const edits = [...replaced.edits];
  if (!alreadyDeclared(parsed, replaced.words, workspace)) {
    const entry = hashed ? hashedEntry(replaced.words) : normalizeSpaces(replaced.words);
    const insert = insertListEntry(parsed, 'names', entry);
    if (!insert)
      return {
        error:
          'The redaction block is written in a way this command cannot edit safely (a flow mapping?): add the name to redaction.names by hand.',
      };
    edits.push(insert);
  }
  return { edits: edits.sort((a, b) => a.start - b.start), words: replaced.words, count: replaced.count };
}

function normalizeSpaces(words: string): string {
  return words.replace(/\s+/g, ' ').trim();
}

function alreadyDeclared(parsed: ParsedSummary, words: string, workspace: WorkspaceData): boolean {
  const policy = readPolicy(parsed.value, workspace);
  const phrase = splitWords(normalizeName(words)).join(' ');
  if (policy.names.some((entry) => entry.words.join(' ') === phrase)) return true;
  const hash = hashedEntry(words).slice('sha256:'.length);
  return policy.hashes.has(hash);
}
