import { hashedEntryPattern, normalizeName, sha256Hex } from './normalize';
import type { WorkspaceData } from '../workspace';

/**
 * The names to redact and the texts to allow, from the summary's `redaction` block and the
 * workspace's shared list. `key` identifies the policy, so results remembered for one policy are
 * never reused under another.
 */
export interface RedactionPolicy {
  /** Plain entries, normalised, each split into words. */
  names: Array<{ words: string[]; origin: 'file' | 'workspace' }>;
  /** Hashes (lower-case hex) of hashed entries. */
  hashes: Map<string, 'file' | 'workspace'>;
  /** Allowed texts, normalised and split into words. */
  allow: string[][];
  key: string;
}

export function readPolicy(value: unknown, workspace: WorkspaceData): RedactionPolicy {
  const block = isRecord(value) && isRecord(value.redaction) ? value.redaction : {};
  const fileNames = stringsOf(block.names);
  const fileAllow = stringsOf(block.allow);
  const names: RedactionPolicy['names'] = [];
  const hashes = new Map<string, 'file' | 'workspace'>();
  const add = (entry: string, origin: 'file' | 'workspace') => {
    const hashed = hashedEntryPattern.exec(entry.trim());
    if (hashed) {
      if (!hashes.has(hashed[1].toLowerCase())) hashes.set(hashed[1].toLowerCase(), origin);
      return;
    }
    const words = splitWords(normalizeName(entry));
    if (words.length > 0) names.push({ words, origin });
  };
  for (const entry of fileNames) add(entry, 'file');
  for (const entry of workspace.redactionNames) add(entry, 'workspace');
  const allow = [...fileAllow, ...workspace.redactionAllow]
    .map((entry) => splitWords(normalizeName(entry)))
    .filter((words) => words.length > 0);
  const key = sha256Hex(JSON.stringify([names.map((n) => n.words), [...hashes.keys()].sort(), allow]));
  return { names, hashes, allow, key };
}

/** A normalised phrase as the words the tokenizer would find in it. */
export function splitWords(normalized: string): string[] {
  return normalized
    .split(/[\s\-,.;:!?()"]+/)
    .map((word) => word.replace(/'s$/, ''))
    .filter((word) => word.length > 0);
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
