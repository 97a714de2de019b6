import schemaJson from '../../../../schemas/review-summary.schema.json';
import type { PathSegment } from '../parse/parseSummary';

/** The parts of a JSON Schema node that hover, completion and messages read. */
export interface SchemaNode {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  examples?: unknown[];
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  $ref?: string;
  'x-errorMessage'?: string;
  [key: string]: unknown;
}

export const summarySchema = schemaJson as unknown as SchemaNode;

/** Follows local `$ref`s ("#/$defs/part"). */
export function resolveRef(node: SchemaNode | undefined, root: SchemaNode = summarySchema): SchemaNode | undefined {
  let current = node;
  for (let guard = 0; current?.$ref && guard < 16; guard++) {
    current = schemaAtPointer(current.$ref, root);
  }
  return current;
}

/** The schema node at a JSON pointer such as "#/properties/source/properties/url". */
export function schemaAtPointer(pointer: string, root: SchemaNode = summarySchema): SchemaNode | undefined {
  const parts = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part.length > 0);
  let node: unknown = root;
  for (const raw of parts) {
    const part = decodeURIComponent(raw.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return (node ?? undefined) as SchemaNode | undefined;
}

/** The schema that describes the value at a path of the document (keys and list indexes). */
export function schemaForPath(path: readonly PathSegment[], root: SchemaNode = summarySchema): SchemaNode | undefined {
  let node = resolveRef(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = resolveRef(node.items, root);
    else node = resolveRef(node.properties?.[segment], root);
  }
  return node;
}
