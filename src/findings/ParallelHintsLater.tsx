/**
 * The hint of issue 21 (ParallelHints.tsx), loaded after the chart's first paint as the details
 * are (DetailsLater.tsx): it is not needed to show a journey, and each of its candidates is one
 * more analysis.
 */
import { type ComponentProps, Suspense, lazy } from 'react';
import { useAfterFirstPaint } from '../kit/useAfterFirstPaint';

const ParallelHints = lazy(() => import('./ParallelHints').then((m) => ({ default: m.ParallelHints })));

export function ParallelHintsLater(props: ComponentProps<typeof ParallelHints>) {
  if (!useAfterFirstPaint()) return null;
  return (
    <Suspense fallback={null}>
      <ParallelHints {...props} />
    </Suspense>
  );
}
