// A small ESLint plugin for the boundaries between the parts (docs/architecture.md): a relative
// import is resolved against the importing file and must land inside the folders that part may
// read. Package imports are left to `no-restricted-imports`. Path patterns cannot say this: the
// service's own `lsp/convert.ts` and the server's `lsp/` look alike as relative specifiers.
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

function toPosix(path) {
  return path.split(sep).join('/');
}

const onlyFrom = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports stay inside the folders this part may depend on.' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } }, part: { type: 'string' } },
        required: ['allow', 'part'],
        additionalProperties: false,
      },
    ],
    messages: { outside: '{{part}} may not import {{target}}: it may import only from {{allowed}}.' },
  },
  create(context) {
    const { allow, part } = context.options[0];
    const check = (source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = toPosix(relative(root, resolve(dirname(context.filename), source.value)));
      const allowed = (entry) =>
        entry.endsWith('/') ? target.startsWith(entry) : target === entry || target === entry.replace(/\.ts$/, '');
      if (allow.some(allowed)) return;
      context.report({ node: source, messageId: 'outside', data: { part, target, allowed: allow.join(', ') } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'only-from': onlyFrom } };
