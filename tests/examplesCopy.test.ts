/**
 * The project's copy of the example journeys (`examples/`) against the contract's
 * (`../shared/examples`), file by file. This is the only test that looks outside the
 * repository; with nothing beside it, it says in one line that it compared nothing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, sharedExamplesDir } from './shared';

const present = existsSync(sharedExamplesDir);

describe('examples/ is a true copy of the shared examples', () => {
  it('holds the same files with the same bytes', () => {
    if (!present) {
      console.log(`examples/: compared nothing, ${sharedExamplesDir} is not there`);
      return;
    }
    const ours = readdirSync(examplesDir).sort();
    const theirs = readdirSync(sharedExamplesDir).sort();
    expect(ours, 'the same file names (copy ../shared/examples into examples/)').toEqual(theirs);
    for (const name of theirs) {
      const a = readFileSync(join(examplesDir, name));
      const b = readFileSync(join(sharedExamplesDir, name));
      expect(a.equals(b), `examples/${name} differs from ${join(sharedExamplesDir, name)}`).toBe(true);
    }
  });
});
