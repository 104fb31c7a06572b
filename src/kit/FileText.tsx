/**
 * Free text from the journey file (titles, names, labels, notes) is Swedish: the file format
 * has no language of its own. Shown in an app that speaks another language, it is marked
 * lang="sv" so that a screen reader reads it with Swedish rules (WCAG 3.1.2).
 */
import { type ReactNode, useMemo } from 'react';
import type { Journey } from '../domain';
import { selectJourney, selectLanguage, useStore } from '../store';
import type { Labels } from './useLabels';

export const FILE_LANGUAGE = 'sv';

/** The lang attribute for file text in the app's language now (none when they agree). */
export function useFileLang(): string | undefined {
  const language = useStore(selectLanguage);
  return language === FILE_LANGUAGE ? undefined : FILE_LANGUAGE;
}

/** A piece of the file's free text, in its language. */
export function FileText({ children }: { children: ReactNode }) {
  const lang = useFileLang();
  return lang ? <span lang={lang}>{children}</span> : <>{children}</>;
}

/** An intervention's name as labels.intervention gives it, with the file's title marked. */
export function InterventionName({ id, labels }: { id: string; labels: Labels }) {
  const iv = labels.interventionById(id);
  if (!iv?.title) return <>{labels.intervention(id)}</>;
  return (
    <>
      {labels.kind(iv.kind)}: <FileText>{labels.intervention(id).slice(labels.kind(iv.kind).length + 2)}</FileText>
    </>
  );
}

/** Every piece of free text in the journey that can show up inside the app's sentences, longest first. */
function fileTexts(journey: Journey): string[] {
  const texts = [
    ...journey.interventions.map((iv) => iv.title),
    ...(journey.mandates ?? []).map((m) => m.label),
    ...(journey.events ?? []).map((e) => e.text),
    ...(journey.scenarios ?? []).map((s) => s.name),
  ].filter((s): s is string => typeof s === 'string' && s.trim().length > 0);
  return [...new Set(texts)].sort((a, b) => b.length - a.length);
}

/** One of the app's sentences with the file's texts inside it marked in the file's language. */
export function Marked({ text }: { text: string }) {
  const lang = useFileLang();
  const journey = useStore(selectJourney);
  const texts = useMemo(() => fileTexts(journey), [journey]);
  if (!lang || texts.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let rest = text;
  while (rest.length > 0) {
    let at = -1;
    let hit = '';
    for (const candidate of texts) {
      const i = rest.indexOf(candidate);
      if (i >= 0 && (at < 0 || i < at)) [at, hit] = [i, candidate];
    }
    if (at < 0) break;
    parts.push(
      rest.slice(0, at),
      <span key={parts.length} lang={lang}>
        {hit}
      </span>,
    );
    rest = rest.slice(at + hit.length);
  }
  parts.push(rest);
  return <>{parts}</>;
}
