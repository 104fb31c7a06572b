/**
 * `resan/layers`: imports between the folders of `src/` run one way only. Each top folder has a
 * layer; a file may import from its own folder and from folders of a lower layer. Folders of
 * the same layer (the features) do not import each other, except the pairs listed in `allow`,
 * each with its reason. Relative imports (static, dynamic, `export … from`) are resolved
 * against the importing file; packages are not this rule's business.
 */
import path from 'node:path';

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports between src/ folders follow the layers (domain ← store ← io ← kit ← features ← app)',
    },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'object', additionalProperties: { type: 'integer' } },
          allow: {
            type: 'array',
            items: {
              type: 'object',
              properties: { from: { type: 'string' }, to: { type: 'string' }, reason: { type: 'string' } },
              required: ['from', 'to', 'reason'],
            },
          },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        "'{{from}}' (layer {{fromLayer}}) must not import '{{to}}' (layer {{toLayer}}): imports run from higher layers to lower ones only.",
      sideways:
        "'{{from}}' must not import '{{to}}': features do not import each other (go through the store or the kit, or add the pair with its reason to the rule's allow list).",
      unknown: "'{{folder}}' has no layer: give it one in eslint.config.js (resan/layers).",
    },
  },
  create(context) {
    const { root, layers, allow = [] } = context.options[0];
    const srcRoot = path.resolve(context.cwd, root);
    const file = context.physicalFilename;
    const topOf = (absolute, isFile) => {
      const rel = path.relative(srcRoot, absolute);
      if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
      const parts = rel.split(path.sep);
      // A file directly in src/ (main.tsx, the entry) is the folder '.'.
      return isFile && parts.length === 1 ? '.' : parts[0];
    };
    const from = topOf(file, true);
    if (from === null) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = topOf(path.resolve(path.dirname(file), source), false);
      if (to === null || to === from) return;
      for (const folder of [from, to]) {
        if (!(folder in layers)) {
          context.report({ node, messageId: 'unknown', data: { folder } });
          return;
        }
      }
      const data = { from, to, fromLayer: layers[from], toLayer: layers[to] };
      if (layers[to] > layers[from]) context.report({ node, messageId: 'upward', data });
      else if (layers[to] === layers[from] && !allow.some((a) => a.from === from && a.to === to))
        context.report({ node, messageId: 'sideways', data });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { layers: rule } };
