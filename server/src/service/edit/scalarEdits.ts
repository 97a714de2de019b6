import { isCollection, isScalar } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { OffsetEdit } from '../types';

/**
 * Replaces a short scalar's value (a letter, a word) keeping how it is written: inside its quotes
 * when quoted, the whole plain scalar otherwise. The new value must need no escaping.
 */
export function replaceScalarValue(node: YamlNode, newValue: string): OffsetEdit | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return { start: start + 1, end: end - 1, newText: newValue };
  if (node.type === 'PLAIN') return { start, end, newText: newValue };
  return undefined;
}

/**
 * The edit that makes a mapping's `key` hold `plainValue` (written as is, unquoted): it replaces
 * the value that is there, fills in an empty one, or adds the key as the mapping's first entry
 * (with the indentation of the mapping's first key, or `key: value, ` in a `{ }` mapping).
 */
export function setPlainValue(
  text: string,
  map: YAMLMap<unknown, unknown>,
  pair: Pair<unknown, unknown> | undefined,
  key: string,
  plainValue: string,
  lineBreak: string,
): OffsetEdit | undefined {
  if (pair) {
    const value = pair.value as YamlNode | null | undefined;
    const keyRange = (pair.key as YamlNode | undefined)?.range;
    if (value && (isScalar(value) || isCollection(value)) && value.range && value.range[1] > value.range[0]) {
      return { start: value.range[0], end: value.range[1], newText: plainValue };
    }
    if (!keyRange) return undefined;
    // `number:` with nothing after the colon: write the value right after it.
    const colon = text.indexOf(':', keyRange[1]);
    if (colon < 0) return undefined;
    const valueEnd = value?.range ? Math.max(colon + 1, value.range[0]) : colon + 1;
    return { start: colon + 1, end: valueEnd, newText: ` ${plainValue}` };
  }
  const firstKey = (map.items[0]?.key as YamlNode | undefined)?.range;
  if (map.flow) {
    const open = map.range?.[0];
    if (firstKey) return { start: firstKey[0], end: firstKey[0], newText: `${key}: ${plainValue}, ` };
    return open === undefined ? undefined : { start: open + 1, end: open + 1, newText: `${key}: ${plainValue}` };
  }
  if (!firstKey) return undefined;
  // The new first key lines up with the old one, which may sit after a dash ("  - text: ...").
  const column = firstKey[0] - (text.lastIndexOf('\n', firstKey[0] - 1) + 1);
  const indent = ' '.repeat(column);
  return { start: firstKey[0], end: firstKey[0], newText: `${key}: ${plainValue}${lineBreak}${indent}` };
}
