/** The Lex Heller draft's text in both languages: the förbund's words, the small-cell mark, nothing it must not say. */
import { beforeAll, describe, expect, it } from 'vitest';
import { type CohortFigures, type Journey, analyzeCohort, journeySpan } from '../domain';
import { journeyFacts } from '../domain/cohort/facts';
import { ASOF, endedWait, journey, openWait } from '../domain/cohort/fixtures';
import { initI18n, loadLanguage, loadMessages } from '../i18n';
import type { Language } from '../i18n';
import { RESAN_VERSION } from '../io/version';
import type { ExportMeta } from './describe';
import {
  type ReportDraft,
  type ReportFinding,
  consequenceLine,
  draftFinding,
  hasConsequence,
  nearestRankMedian,
  pairZoneDays,
  toggleConsequence,
} from './lexHeller';
import { overview } from './overview';
import { reportDocument, reportMarkdown, reportText } from './reportDocument';
import { startingFields } from './reportFields';
import { type Words, sayFrom } from './say';

const words: Partial<Record<Language, Words>> = {};
beforeAll(async () => {
  const i18n = initI18n('sv');
  await loadMessages('cohort');
  await loadLanguage('en');
  for (const language of ['sv', 'en'] as const)
    words[language] = {
      say: sayFrom(i18n, language),
      language,
      actor: (id) =>
        ({ af: 'Arbetsförmedlingen', fk: 'Försäkringskassan', kommun: 'Kommunen' })[id] ?? id.toUpperCase(),
      kind: (id) => `<${id}>`,
      day: (d) => d,
    };
});

/** Nine journeys: six waits that ended (10..60 days), two still waiting, one FK → AF hand-over. */
function cohort(): { journeys: Journey[]; figures: CohortFigures } {
  const journeys = [
    ...[10, 20, 30, 40, 50, 60].map((d, i) => endedWait(`e${i}`, d)),
    openWait('o1', 25),
    openWait('o2', 35),
    journey('fk', [
      { kind: 'sjukpenning', start: '2025-01-01', end: '2025-03-31' },
      { kind: 'arbetspraktik', start: '2025-04-11', end: '2025-06-30' },
    ]),
  ];
  return { journeys, figures: analyzeCohort(journeys, { asOf: ASOF }) };
}

const meta = (suppress: boolean, synthetic = false): ExportMeta => ({
  name: 'Test',
  asOf: ASOF,
  filter: 'Hela kohorten',
  small: suppress ? 'Små tal dolda (<5, –)' : 'SMÅ TAL VISAS – endast för eget arbete',
  suppress,
  synthetic,
});

function draft(finding: ReportFinding, language: Language, suppress = true) {
  const w = words[language]!;
  const { journeys, figures } = cohort();
  const facts = journeys.map((j, i) => journeyFacts(j, i, { asOf: ASOF, anchor: 'forstegEnd', from: 0, to: 0 }));
  const shown = overview(figures, { percentiles: 6, survival: 8 }, suppress);
  const text = draftFinding(finding, figures, shown, facts, suppress, w);
  const d: ReportDraft = {
    ...startingFields(journeySpan(journeys, ASOF), ASOF, w),
    ...text,
    proposal: 'Gemensam plan',
    feedback: '',
  };
  return { d, w, figures, facts, journeys };
}

/** Words a draft must never use: legal claims, the app's "resor", Lex Heller as a law. */
const FORBIDDEN = {
  sv: [/utan ansvarig aktör/i, /när ansvaret går från/i, /enligt Lex Heller/i, /Avvikelserapport/i, /\blag(en)?\b/i],
  en: [/no (actor|one) responsible/i, /responsibility passes/i, /under Lex Heller/i, /\blaw\b/i],
};
const PEOPLE = { sv: [/\bresor\b/i], en: [/\bjourneys\b/i] };
/** Every "median" says which median it is. */
const NAMED_MEDIAN = {
  sv: /Medianväntan bland de väntetider som hade tagit slut på referensdagen|medianlängden per period/g,
  en: /median wait among the waits that had ended on the reference day|median length per period/gi,
};

describe('the Lex Heller draft', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`${language}: every finding uses the förbund's words and none it must not`, () => {
      for (const finding of [
        { kind: 'waits' },
        { kind: 'cliffs' },
        { kind: 'handover', from: 'fk', to: 'af' },
      ] as ReportFinding[]) {
        const { d, w } = draft(finding, language);
        const text = reportText(reportDocument(d, { all: 9, selected: 9 }, meta(true), w));
        for (const re of FORBIDDEN[language]) expect(text, `${finding.kind}: ${re}`).not.toMatch(re);
        // People are "deltagare"; the journeys are named only in the basis line ("N deltagares resor").
        for (const re of PEOPLE[language]) expect(`${d.title}\n${d.challenge}`).not.toMatch(re);
        const medians = text.match(/median/gi) ?? [];
        const named = text.match(NAMED_MEDIAN[language]) ?? [];
        expect(medians.length, `${finding.kind}: a bare median`).toBe(named.length);
        expect(text).toMatch(language === 'sv' ? /^Avvikelse \(Lex Heller\): / : /^Deviation \(Lex Heller\): /);
        expect(text).toContain(language === 'sv' ? 'deltagare' : 'participants');
      }
    });
  }

  it('sv: the hand-over in the förbund words, with the mean and median length per period', () => {
    const { d, figures, facts } = draft({ kind: 'handover', from: 'fk', to: 'af' }, 'sv', false);
    const pair = figures.greyZones.handovers.find((h) => h.from === 'fk' && h.to === 'af')!;
    expect(d.title).toBe(
      'Avvikelse (Lex Heller): gråzon vid övergången från Försäkringskassan till Arbetsförmedlingen',
    );
    expect(d.parties).toBe('Försäkringskassan, Arbetsförmedlingen');
    expect(d.challenge).toContain(
      'Vid övergången från Försäkringskassan till Arbetsförmedlingen har deltagare perioder utan någon registrerad insats eller något registrerat uppdrag (gråzon enligt underlaget).',
    );
    // One zone of 10 days (2025-04-01..2025-04-10): mean 10/1, median of [10].
    expect(pairZoneDays(facts, 'fk', 'af')).toEqual([pair.days]);
    expect(d.challenge).toContain(
      `I urvalet gällde det 1 deltagare med sammanlagt 1 sådana perioder och ${pair.days} dagar.`,
    );
    expect(d.challenge).toContain(
      `En period var i genomsnitt ${pair.days} dagar; medianlängden per period var ${pair.days} dagar.`,
    );
    // Small cells hidden: one journey is "<5", and every figure resting on it "–".
    const hidden = draft({ kind: 'handover', from: 'fk', to: 'af' }, 'sv', true).d;
    expect(hidden.challenge).toContain('gällde det <5 deltagare med sammanlagt – sådana perioder och – dagar');
    expect(hidden.challenge).toContain('i genomsnitt – dagar; medianlängden per period var – dagar');
  });

  it('a break within one actor is an "uppehåll hos samma aktör", not a transition', () => {
    const { w, figures, facts } = draft({ kind: 'waits' }, 'sv');
    const same = {
      ...figures,
      greyZones: { ...figures.greyZones, handovers: [{ from: 'af', to: 'af', zones: 6, days: 60, journeys: 6 }] },
    };
    const shown = overview(figures, { percentiles: 6, survival: 8 }, true);
    const sv = draftFinding({ kind: 'handover', from: 'af', to: 'af' }, same, shown, facts, true, w);
    expect(sv.title).toBe('Avvikelse (Lex Heller): gråzon vid uppehåll hos samma aktör (Arbetsförmedlingen)');
    expect(sv.challenge).toContain('Det är ett uppehåll hos samma aktör, inte en övergång mellan aktörer.');
    expect(sv.challenge).not.toContain('övergången från');
    expect(sv.parties).toBe('Arbetsförmedlingen');
    const en = draftFinding({ kind: 'handover', from: 'af', to: 'af' }, same, shown, facts, true, words.en!);
    expect(en.title).toBe('Deviation (Lex Heller): grey zone at a break within the same actor (Arbetsförmedlingen)');
  });

  it('reads the percentiles right, in both languages', () => {
    const { d, figures } = draft({ kind: 'waits' }, 'sv');
    const { median, p75, p90 } = figures.waits;
    expect(d.challenge).toContain(
      `Medianväntan bland de väntetider som hade tagit slut på referensdagen var ${median} dagar; en fjärdedel av dem väntade ${p75} dagar eller längre och en tiondel ${p90} dagar eller längre.`,
    );
    const en = draft({ kind: 'waits' }, 'en').d;
    expect(en.challenge).toContain(`a quarter of them waited ${p75} days or longer and a tenth ${p90} days or longer`);
    expect(d.challenge).not.toMatch(/var fjärde|längre än/);
  });

  it('a selection without försteg says so instead of "Av 0 …"', () => {
    const w = words.sv!;
    const figures = analyzeCohort([journey('x', [{ kind: 'komvux', start: '2025-01-01', end: '2025-03-01' }])], {
      asOf: ASOF,
    });
    const t = draftFinding(
      { kind: 'waits' },
      figures,
      overview(figures, { percentiles: 0, survival: 0 }, true),
      [],
      true,
      w,
    );
    expect(t.challenge).toBe('Inga deltagare i urvalet har försteg.');
  });

  it('the basis line, the fields and what the draft rests on, in both languages', () => {
    const { d, w } = draft({ kind: 'waits' }, 'sv');
    const doc = reportDocument(
      { ...d, forbund: 'SF Centrala Östergötland', role: 'Verksamhetsutvecklare' },
      { all: 500, selected: 120 },
      meta(true),
      w,
    );
    expect(doc.basis).toBe(
      'Underlaget är en sammanställning av 120 deltagares resor i Resan med referensdag 2025-12-31, inte en enskild händelse. Det innehåller inga personuppgifter; tal under 5 visas inte.',
    );
    const text = reportText(doc);
    expect(text).toContain(
      'Samordningsförbund: SF Centrala Östergötland\nDatum: 2025-12-31\nRapportör (roll): Verksamhetsutvecklare\n',
    );
    expect(text).toContain('Berörda parter: SAMORDNINGSFORBUND, Arbetsförmedlingen, Kommunen');
    expect(text).toContain('Period: 2025-01-01 – 2025-12-06; 500 deltagare i kohorten, 120 i urvalet');
    expect(text).toContain('Definition. Väntan efter försteg: dagarna från dagen efter');
    expect(text).toContain(`Gjord med: Resan ${RESAN_VERSION}`);
    expect(text).toContain('Referensdag: 2025-12-31');
    expect(text).toContain('Urval: Hela kohorten');
    expect(text).toContain('Små tal: Små tal dolda (<5, –)');
    expect(text).toContain('Förslag till lösning\n--------------------\nGemensam plan\n');
    expect(text).not.toContain('()');
    const en = draft({ kind: 'waits' }, 'en');
    const enDoc = reportDocument(en.d, { all: 500, selected: 120 }, meta(true), en.w);
    expect(enDoc.basis).toBe(
      'The basis is a summary of the journeys of 120 participants in Resan with reference day 2025-12-31, not a single event. It contains no personal data; numbers below 5 are not shown.',
    );
    expect(reportText(enDoc)).toContain('Reporter (role): not filled in');
  });

  for (const language of ['sv', 'en'] as const) {
    it(`${language}: with small cells shown the mark is in the title and at both ends of every form; synthetic data say so`, () => {
      const { d, w } = draft({ kind: 'waits' }, language, false);
      const mark = w.say('small.mark');
      const doc = reportDocument(d, { all: 9, selected: 9 }, meta(false, true), w);
      expect(doc.title.startsWith(`[${mark}] `)).toBe(true);
      expect(doc.title).toContain(
        language === 'sv' ? '(syntetiska data, inga verkliga personer)' : '(synthetic data, no real people)',
      );
      expect(doc.basis).toContain(language === 'sv' ? 'syntetiska resor' : 'synthetic journeys');
      expect(doc.basis).toContain(mark);
      for (const out of [reportText(doc), reportMarkdown(doc)]) {
        expect(out.split('\n')[0]).toContain(mark);
        expect(out.trimEnd().split('\n').at(-1)).toContain(mark);
      }
      // Even a title the coordinator emptied keeps the mark.
      expect(reportDocument({ ...d, title: '' }, { all: 9, selected: 9 }, meta(false), w).title).toContain(mark);
      const hidden = reportDocument(d, { all: 9, selected: 9 }, meta(true), w);
      expect(reportText(hidden)).not.toContain(mark);
    });
  }
});

describe('the draft’s helpers', () => {
  it('a consequence is put in and taken out as a line of its own', () => {
    const w = words.sv!;
    const line = consequenceLine('bistand', w);
    const text = toggleConsequence('Egen text', line, true);
    expect(text).toBe(`Egen text\n${line}`);
    expect(hasConsequence(text, line)).toBe(true);
    expect(toggleConsequence(text, line, false)).toBe('Egen text');
    expect(toggleConsequence('', line, true)).toBe(line);
  });

  it('nearest-rank median and the journeys’ span (no later than the reference day)', () => {
    expect(nearestRankMedian([])).toBeNull();
    expect(nearestRankMedian([30, 10, 20, 40])).toBe(20);
    expect(nearestRankMedian([5])).toBe(5);
    const { journeys } = cohort();
    // The last date is o1's försteg end, 25 days before the reference day.
    expect(journeySpan(journeys, ASOF)).toEqual({ from: '2025-01-01', to: '2025-12-06' });
    expect(journeySpan([], ASOF)).toBeNull();
    expect(journeySpan([endedWait('a', 0)], ASOF)).toEqual({ from: '2025-01-01', to: '2025-03-02' });
  });
});
