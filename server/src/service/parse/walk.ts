import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';

/**
 * Visits every node under `root` (keys and values, in document order) without recursion, so a
 * hostile file nested thousands of levels deep cannot overflow the stack. Aliases are visited as
 * nodes, never followed. Return false from `visit` to skip a node's children.
 */
export function walkNodes(root: unknown, visit: (node: YamlNode) => boolean | void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node == null || typeof node !== 'object') continue;
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!isScalar(node) && !isAlias(node) && !isMap(node) && !isSeq(node)) continue;
    if (visit(node as YamlNode) === false) continue;
    if (isMap(node) || isSeq(node)) {
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    }
  }
}
