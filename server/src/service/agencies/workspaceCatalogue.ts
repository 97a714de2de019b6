import { isMap, isScalar, isSeq } from 'yaml';
import { findPair, parseSummary } from '../parse/parseSummary';
import type { WorkspaceData, WorkspaceFile } from '../workspace';
import { agencyKinds, type AgencyEntry, type AgencyKind } from './agencyTypes';
import { builtinEntries } from './builtinCatalogue';
import { builtinSpellingLayer } from './builtinSpellings';
import { AgencyCatalogue } from './catalogue';

/** The name of the catalogue file a workspace keeps at its root. */
export const workspaceCatalogueName = 'review-summaries.agencies.yaml';

/** Files named `*.agencies.yaml` (and any file the setting names) are catalogues, not summaries. */
export function isCatalogueUri(uri: string, workspace?: Pick<WorkspaceData, 'agencyCatalogues'>): boolean {
  return /\.agencies\.ya?ml$/i.test(uri) || Boolean(workspace?.agencyCatalogues.some((file) => file.uri === uri));
}

/**
 * The entries of one workspace catalogue file that are usable. Entries its schema rejects are
 * left out here; the file's own diagnostics say what is wrong with them.
 */
export function readCatalogueEntries(file: WorkspaceFile): AgencyEntry[] {
  const parsed = parseSummary(file.text);
  const root = parsed.document?.contents;
  const list = isMap(root) ? findPair(root, 'agencies')?.value : undefined;
  if (!isSeq(list)) return [];
  const entries: AgencyEntry[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const field = (key: string): unknown => {
      const value = findPair(item, key)?.value;
      return isScalar(value) ? value.value : isSeq(value) ? value.items.map((v) => (isScalar(v) ? v.value : undefined)) : undefined;
    };
    const name = field('name');
    const kind = field('kind');
    if (typeof name !== 'string' || !name.trim() || !agencyKinds.includes(kind as AgencyKind)) continue;
    const nameNode = findPair(item, 'name')?.value as { range?: [number, number, number] } | undefined;
    const texts = (value: unknown): string[] =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
    const note = field('note');
    const area = field('area');
    entries.push({
      name: name.trim(),
      kind: kind as AgencyKind,
      abbreviations: texts(field('abbreviations')),
      variants: texts(field('variants')),
      area: typeof area === 'string' ? area : '',
      source: file.uri,
      ...(typeof note === 'string' ? { note } : {}),
      origin: { uri: file.uri, start: nameNode?.range?.[0] ?? 0, end: nameNode?.range?.[1] ?? 0 },
    });
  }
  return entries;
}

const builtin = new AgencyCatalogue([builtinEntries], builtinSpellingLayer());
/** One catalogue per list of files: folders with different files each keep theirs (see folderWorkspace.ts). */
const memo = new WeakMap<readonly WorkspaceFile[], AgencyCatalogue>();

/** The built-in catalogue with the workspace's files layered over it (in order), built once per change. */
export function catalogueFor(workspace: Pick<WorkspaceData, 'agencyCatalogues'>): AgencyCatalogue {
  const files = workspace.agencyCatalogues;
  if (files.length === 0) return builtin;
  let catalogue = memo.get(files);
  if (!catalogue) {
    catalogue = new AgencyCatalogue([builtinEntries, ...files.map(readCatalogueEntries)], builtinSpellingLayer());
    memo.set(files, catalogue);
  }
  return catalogue;
}
