import { type ComponentProps, Suspense, lazy } from 'react';
import { loadMessages } from '../i18n';
import type * as Dialog from './LibraryDialog';

// The library dialog (and its rename dialog) loads when first opened, not with the first screen.
const Later = lazy(() =>
  Promise.all([import('./LibraryDialog'), loadMessages('edit', 'storage', 'fileMode')]).then(([m]) => ({
    default: m.LibraryDialog,
  })),
);

/** The library dialog, loaded on first use. */
export function LibraryDialog(props: ComponentProps<typeof Dialog.LibraryDialog>) {
  return (
    <Suspense fallback={null}>
      <Later {...props} />
    </Suspense>
  );
}
