/**
 * The notices about saving (storage unavailable or full, unreadable records kept as backups,
 * another tab's changes, an import's progress), loaded after the first paint (issue #11: none
 * of them is needed to show a journey). Whatever they report is in the store meanwhile, and
 * shows as soon as they have arrived.
 */
import { Suspense, lazy } from 'react';
import { loadMessages } from '../i18n';
import { useAfterFirstPaint } from '../kit/useAfterFirstPaint';

const StorageNotices = lazy(() =>
  Promise.all([import('../kit/StorageNotices'), loadMessages('storage')]).then(([m]) => ({
    default: m.StorageNotices,
  })),
);

export function StorageNoticesLater() {
  if (!useAfterFirstPaint()) return null;
  return (
    <Suspense fallback={null}>
      <StorageNotices />
    </Suspense>
  );
}
