/**
 * The mutation run's setup (vitest.mutate.config.ts): Stryker switches each mutant on while the
 * modules stay loaded (`isolate: false`), so a value a module keeps from before, such as a year's
 * holidays, would hide the mutant. Each test starts without them.
 */
import { beforeEach } from 'vitest';
import { forgetHolidays } from '../../src/domain/holidays';

beforeEach(() => forgetHolidays());
