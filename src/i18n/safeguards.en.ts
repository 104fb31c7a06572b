/** English: the safeguards of issue 25 (the attack run). Same keys as safeguards.sv.ts. */
import type { safeguardsSv } from './safeguards.sv';

export const safeguardsEn: typeof safeguardsSv = {
  csvPersonnummer: 'looks like a personal identity number; use a pseudonymous reference',
};
