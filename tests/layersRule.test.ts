/**
 * The layer rule (eslint-rules/layers.js) on hand-made imports: it passes the allowed
 * directions and fails a deliberate wrong import, so the lint step can fail.
 */
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import plugin from '../eslint-rules/layers.js';

// RuleTester runs its cases through the test framework's hooks when it is given them.
Object.assign(RuleTester, { afterAll, describe, it });

const options = [
  {
    root: 'src',
    layers: { domain: 0, store: 2, io: 3, kit: 5, timeline: 6, scenarios: 6, app: 7, '.': 8 },
    allow: [{ from: 'scenarios', to: 'timeline', reason: 'the side-by-side charts draw with the timeline' }],
  },
];
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } });

tester.run('resan/layers', plugin.rules.layers, {
  valid: [
    { filename: 'src/io/storage.ts', code: "import { x } from '../domain';", options },
    { filename: 'src/timeline/Bars.tsx', code: "import { y } from '../kit/FileText';", options },
    { filename: 'src/app/App.tsx', code: "import { T } from '../timeline/Timeline';", options },
    { filename: 'src/main.tsx', code: "import { App } from './app/App';", options },
    { filename: 'src/scenarios/SideBySide.tsx', code: "import { g } from '../timeline/geometry';", options },
    { filename: 'src/timeline/a/b.ts', code: "import { c } from '../c';", options },
    { filename: 'src/io/x.ts', code: "import fs from 'idb';", options },
  ],
  invalid: [
    {
      filename: 'src/io/settings.ts',
      code: "import { usePresentation } from '../kit/presentation';",
      options,
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: 'src/domain/cohort/facts.ts',
      code: "const m = import('../../timeline/findingId');",
      options,
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: 'src/timeline/Details.tsx',
      code: "export { CliffActions } from '../scenarios/CliffActions';",
      options,
      errors: [{ messageId: 'sideways' }],
    },
    {
      filename: 'src/kit/Menu.tsx',
      code: "import { x } from '../nowhere/x';",
      options,
      errors: [{ messageId: 'unknown' }],
    },
  ],
});
