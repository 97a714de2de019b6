import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';
import { keyText, type PathSegment } from './parseSummary';

/** The scalar under an offset: a key (path = the key's own path) or a value (path = its path). */
export interface NodeAtOffset {
  kind: 'key' | 'value';
  path: PathSegment[];
  node: Scalar;
  start: number;
  end: number;
}

/** The innermost key or scalar value whose source covers `offset` (end inclusive, for a cursor after the last letter). */
export function nodeAtOffset(root: YamlNode | null | undefined, offset: number): NodeAtOffset | undefined {
  return visit(root, [], offset);
}

function covers(node: unknown, offset: number): node is Scalar & { range: [number, number, number] } {
  return isScalar(node) && node.range !== undefined && node.range !== null && node.range[0] <= offset && offset <= node.range[1];
}

function visit(node: YamlNode | null | undefined, path: PathSegment[], offset: number): NodeAtOffset | undefined {
  if (node == null) return undefined;
  if (covers(node, offset)) return { kind: 'value', path, node, start: node.range[0], end: node.range[1] };
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = keyText(pair);
      if (key === undefined) continue;
      if (covers(pair.key, offset))
        return { kind: 'key', path: [...path, key], node: pair.key, start: pair.key.range[0], end: pair.key.range[1] };
      const found = visit(pair.value as YamlNode | null, [...path, key], offset);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = visit(node.items[i] as YamlNode | null, [...path, i], offset);
      if (found) return found;
    }
  }
  return undefined;
}
