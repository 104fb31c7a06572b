/**
 * Free text from the journey file (titles, names, labels, notes) is Swedish: the file format
 * has no language of its own. Shown in an app that speaks another language, it is marked
 * lang="sv" so that a screen reader reads it with Swedish rules (WCAG 3.1.2).
 */
import { type ReactNode } from 'react';
import { selectJourney, selectLanguage, useStore } from '../store';
import type { Labels } from './useLabels';
import { fileTextsOf, splitFileTexts } from './fileTexts';

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

/** One of the app's sentences with the file's texts inside it marked in the file's language. */
export function Marked({ text }: { text: string }) {
  const lang = useFileLang();
  const journey = useStore(selectJourney);
  if (!lang) return <>{text}</>;
  const pieces = splitFileTexts(text, fileTextsOf(journey));
  if (pieces.length === 1) return <>{text}</>;
  return (
    <>
      {pieces.map((piece, i) =>
        i % 2 === 0 ? (
          piece
        ) : (
          <span key={i} lang={lang}>
            {piece}
          </span>
        ),
      )}
    </>
  );
}
