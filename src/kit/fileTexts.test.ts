import { describe, expect, it } from 'vitest';
import type { Journey } from '../domain';
import { fileTexts, fileTextsOf, splitFileTexts } from './fileTexts';

const journey = (titles: string[], extra: Partial<Journey> = {}) =>
  ({
    interventions: titles.map((title, i) => ({ id: `i${i}`, title })),
    ...extra,
  }) as unknown as Journey;

describe('splitFileTexts', () => {
  it('cuts a sentence into plain pieces and file texts, plain first and last', () => {
    const texts = fileTexts(journey(['Jobbspår', 'Praktik']));
    expect(splitFileTexts('Glapp efter Jobbspår före Praktik.', texts)).toEqual([
      'Glapp efter ',
      'Jobbspår',
      ' före ',
      'Praktik',
      '.',
    ]);
    expect(splitFileTexts('Jobbspår', texts)).toEqual(['', 'Jobbspår', '']);
    expect(splitFileTexts('Inget här', texts)).toEqual(['Inget här']);
  });

  it('takes the longest text that starts at a place, and the earliest place first', () => {
    const texts = fileTexts(journey(['Insats 1', 'Insats 10', 'sats 100']));
    expect(splitFileTexts('Insats 100 och Insats 1.', texts)).toEqual(['', 'Insats 10', '0 och ', 'Insats 1', '.']);
  });

  it('reads titles, mandate labels, event texts and scenario names, and skips blank ones', () => {
    const texts = fileTexts(
      journey(['  ', 'A'], {
        mandates: [{ label: 'Uppdrag' }],
        events: [{ text: 'Möte' }],
        scenarios: [{ name: 'Plan B' }],
      } as unknown as Partial<Journey>),
    );
    expect([...texts.texts].sort()).toEqual(['A', 'Möte', 'Plan B', 'Uppdrag']);
    expect(texts.lengths).toEqual([7, 6, 4, 1]);
    expect(splitFileTexts('x', fileTexts(journey([])))).toEqual(['x']);
  });

  it('makes the texts once per journey', () => {
    const j = journey(['A']);
    expect(fileTextsOf(j)).toBe(fileTextsOf(j));
  });

  it('finds titles among 10,000 that share their beginning', () => {
    const texts = fileTextsOf(journey(Array.from({ length: 10_000 }, (_, i) => `Insats ${i + 1}`)));
    expect(splitFileTexts('Glapp mellan Insats 9999 och Insats 10000', texts)).toEqual([
      'Glapp mellan ',
      'Insats 9999',
      ' och ',
      'Insats 10000',
      '',
    ]);
  });
});
