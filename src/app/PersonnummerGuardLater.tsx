/**
 * The personnummer warning (PersonnummerGuard.tsx), loaded after the chart's first paint as the
 * parallel hint is: its spellings of every script are not needed to draw a journey, and the
 * first screen stays within its budget.
 */
import { Suspense, lazy } from 'react';
import { loadMessages } from '../i18n';
import { useAfterFirstPaint } from '../kit/useAfterFirstPaint';

const PersonnummerGuard = lazy(() =>
  Promise.all([import('./PersonnummerGuard'), loadMessages('issues')]).then(([m]) => ({
    default: m.PersonnummerGuard,
  })),
);

export function PersonnummerGuardLater() {
  if (!useAfterFirstPaint()) return null;
  return (
    <Suspense fallback={null}>
      <PersonnummerGuard />
    </Suspense>
  );
}
