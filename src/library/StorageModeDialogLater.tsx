import { type ComponentProps, Suspense, lazy } from 'react';
import { loadMessages } from '../i18n';
import type * as Dialog from './StorageModeDialog';

// Where journeys are kept: the dialog and its messages load when first opened, not with the first screen.
const Later = lazy(() =>
  Promise.all([import('./StorageModeDialog'), loadMessages('fileMode')]).then(([m]) => ({
    default: m.StorageModeDialog,
  })),
);

/** The choice of where journeys are kept, loaded on first use. */
export function StorageModeDialog(props: ComponentProps<typeof Dialog.StorageModeDialog>) {
  return (
    <Suspense fallback={null}>
      <Later {...props} />
    </Suspense>
  );
}
