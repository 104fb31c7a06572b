/**
 * The catalogue's contract (shared/domain-rules.md, "Built-in actors" and "Built-in intervention
 * kinds"): every actor and kind has an id, a Swedish and an English name, the category and default
 * actor the rules state, the dates between which it exists, and every note or source names its statute
 * in both languages. Written for the catalogue's mutants (docs/mutation.md): its data is read at load.
 */
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_ACTOR_IDS,
  BUILT_IN_ACTORS,
  BUILT_IN_KIND_IDS,
  BUILT_IN_KINDS,
  CATEGORIES,
  type KindDef,
  type Label,
} from '.';

/** shared/domain-rules.md, "Built-in actors": id, Swedish and English name. */
const ACTORS: [string, string, string][] = [
  ['kommun', 'Kommunen', 'Municipality'],
  ['af', 'Arbetsförmedlingen', 'Public Employment Service'],
  ['fk', 'Försäkringskassan', 'Social Insurance Agency'],
  ['region', 'Regionen (hälso- och sjukvård)', 'Region (health care)'],
  ['samordningsforbund', 'Samordningsförbundet', 'Coordination association'],
  ['arbetsgivare', 'Arbetsgivare', 'Employer'],
  // Worded 'på uppdrag av AF' / 'commissioned by AF' since issue 21 (the rules page); still AF's provider.
  ['leverantor', 'Leverantör', 'Provider'],
  ['utbildningsanordnare', 'Utbildningsanordnare', 'Education provider'],
];

/** shared/domain-rules.md, "Built-in intervention kinds": id, Swedish name, category, default actor. */
const KINDS: [string, string, string, string][] = [
  ['forsteg', 'Försteg', 'forsteg', 'samordningsforbund'],
  ['forberedande-insats', 'Förberedande insats', 'forsteg', 'af'],
  ['kartlaggning', 'Fördjupad kartläggning', 'forsteg', 'af'],
  ['introduktion-till-arbete', 'Introduktion till arbete', 'forsteg', 'leverantor'],
  ['rusta-och-matcha', 'Rusta och matcha', 'matchning', 'leverantor'],
  ['stod-och-matchning', 'Stöd och matchning', 'matchning', 'leverantor'],
  ['arbetspraktik', 'Arbetspraktik', 'praktik', 'af'],
  ['arbetstraning', 'Arbetsträning', 'praktik', 'af'],
  ['kommunal-insats', 'Kommunal arbetsmarknadsinsats', 'praktik', 'kommun'],
  ['arbetsmarknadsutbildning', 'Arbetsmarknadsutbildning', 'utbildning', 'af'],
  ['sfi', 'SFI – svenska för invandrare', 'utbildning', 'kommun'],
  ['komvux', 'Komvux', 'utbildning', 'kommun'],
  ['folkhogskola', 'Folkhögskola', 'utbildning', 'utbildningsanordnare'],
  ['sprakstod', 'Språkstöd (språkutvecklare)', 'utbildning', 'kommun'],
  ['introduktionsjobb', 'Introduktionsjobb', 'anstallning', 'af'],
  ['nystartsjobb', 'Nystartsjobb', 'anstallning', 'af'],
  ['etableringsjobb', 'Etableringsjobb', 'anstallning', 'af'],
  ['extratjanst', 'Extratjänst', 'anstallning', 'af'],
  ['lonebidrag-utveckling', 'Lönebidrag för utveckling i anställning', 'anstallning', 'af'],
  ['lonebidrag-trygghet', 'Lönebidrag för trygghet i anställning', 'anstallning', 'af'],
  ['lonebidrag', 'Lönebidrag för anställning', 'anstallning', 'af'],
  ['arbetsplatsintroduktion', 'Arbetsplatsintroduktion', 'anstallning', 'af'],
  ['anstallning', 'Anställning utan stöd', 'anstallning', 'arbetsgivare'],
  ['steg-till-arbete', 'Steg till arbete', 'rehabilitering', 'leverantor'],
  ['rehabilitering', 'Rehabilitering', 'rehabilitering', 'region'],
  ['etableringsprogrammet', 'Etableringsprogrammet', 'program', 'af'],
  ['jobb-och-utvecklingsgarantin', 'Jobb- och utvecklingsgarantin', 'program', 'af'],
  ['jobbgarantin-for-ungdomar', 'Jobbgarantin för ungdomar', 'program', 'af'],
  ['ekonomiskt-bistand', 'Ekonomiskt bistånd', 'ersattning', 'kommun'],
  ['sjukpenning', 'Sjukpenning', 'ersattning', 'fk'],
  ['aktivitetsersattning', 'Aktivitetsersättning', 'ersattning', 'fk'],
];

const kind = (id: string): KindDef => {
  const k = BUILT_IN_KINDS.find((x) => x.id === id);
  if (!k) throw new Error(`no built-in kind ${id}`);
  return k;
};

/** A text in both languages: neither empty, and the two not the same words. */
function expectBothLanguages(label: Label | undefined, what: string) {
  expect(label?.sv.trim(), `${what} (sv)`).toBeTruthy();
  expect(label?.en.trim(), `${what} (en)`).toBeTruthy();
  expect(label?.sv, `${what}: sv and en the same`).not.toBe(label?.en);
}

/** The statute numbers ("2018:42") a text cites. */
const statutes = (text: string | undefined) => new Set(text?.match(/\d{4}:\d+/g) ?? []);

describe('built-in actors (domain-rules.md)', () => {
  it('are the eight of the rules, in order, with their Swedish and English names, built in', () => {
    expect(BUILT_IN_ACTORS.map((a) => a.id)).toEqual(ACTORS.map(([id]) => id));
    for (const [id, sv, en] of ACTORS) {
      const a = BUILT_IN_ACTORS.find((x) => x.id === id);
      expectBothLanguages(a?.label, `actor ${id}`);
      expect(a?.label.sv.startsWith(sv), `actor ${id} (sv)`).toBe(true);
      expect(a?.label.en.startsWith(en), `actor ${id} (en)`).toBe(true);
      expect(a?.builtIn, `actor ${id}`).toBe(true);
    }
    expect(BUILT_IN_ACTORS.find((a) => a.id === 'leverantor')?.label.sv).toContain('AF');
    expect(BUILT_IN_ACTORS.find((a) => a.id === 'leverantor')?.label.en).toContain('AF');
    expect([...BUILT_IN_ACTOR_IDS]).toEqual(ACTORS.map(([id]) => id));
  });
});

describe('built-in kinds (domain-rules.md)', () => {
  it('are the kinds of the rules with their Swedish names, categories and default actors, built in', () => {
    expect(BUILT_IN_KINDS.map((k) => k.id)).toEqual(KINDS.map(([id]) => id));
    expect([...BUILT_IN_KIND_IDS]).toEqual(KINDS.map(([id]) => id));
    for (const [id, sv, category, actor] of KINDS) {
      const k = kind(id);
      expectBothLanguages(k.label, `kind ${id}`);
      // The rules write 'SFI'; the catalogue the lower case the school law uses.
      expect(k.label.sv.toLowerCase(), `kind ${id} (sv)`).toBe(sv.toLowerCase());
      expect(k.category, `kind ${id}`).toBe(category);
      expect(CATEGORIES).toContain(k.category);
      expect(k.defaultActor, `kind ${id}`).toBe(actor);
      expect(BUILT_IN_ACTOR_IDS.has(k.defaultActor ?? '')).toBe(true);
      expect(k.builtIn, `kind ${id}`).toBe(true);
    }
  });

  it('have English names of their own, no two kinds the same in either language', () => {
    for (const lang of ['sv', 'en'] as const) {
      const names = BUILT_IN_KINDS.map((k) => k.label[lang]);
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });

  it('name their source in both languages, the same statute in each', () => {
    for (const k of BUILT_IN_KINDS) {
      expectBothLanguages(k.source, `source of ${k.id}`);
      expect(statutes(k.source?.en), `source of ${k.id}`).toEqual(statutes(k.source?.sv));
    }
  });

  it("give a review's note and what lies beyond the limit in both languages, citing the statute", () => {
    const cited: [string, Label | undefined, string][] = [
      ['introduktionsjobb review', kind('introduktionsjobb').review?.note, '2018:42'],
      ['arbetsplatsintroduktion review', kind('arbetsplatsintroduktion').review?.note, '2003:623'],
      ['arbetsplatsintroduktion beyond', kind('arbetsplatsintroduktion').beyondLimit, '2003:623'],
      ['sfi beyond', kind('sfi').beyondLimit, 'skollagen'],
      ['2020:224 period', kind('introduktionsjobb').periods?.[0]?.source, 'SFS 2020:224'],
      ['2020:224 period', kind('extratjanst').periods?.[0]?.source, 'SFS 2020:224'],
    ];
    for (const [what, label, statute] of cited) {
      expectBothLanguages(label, what);
      expect(label?.sv, what).toContain(statute);
      expect(label?.en, what).toContain(statute);
    }
  });

  it("count sfi's three years from the first admission, not before 2026-01-01", () => {
    expect(kind('sfi').countsFrom).toEqual({ firstOfKind: true, notBefore: '2026-01-01' });
  });

  it('exist between the dates the rules state', () => {
    expect(kind('introduktionsjobb').available).toEqual({ from: '2018-05-01' });
    expect(kind('etableringsjobb').available).toEqual({ from: '2024-01-01' });
    expect(kind('extratjanst').available).toEqual({ to: '2021-12-31' });
    expect(kind('lonebidrag-utveckling').available).toEqual({ from: '2017-07-01' });
    expect(kind('arbetsplatsintroduktion').available).toEqual({ from: '2003-09-01' });
    expect(kind('stod-och-matchning').available).toEqual({ from: '2014-01-01', to: '2021-12-31' });
  });
});
