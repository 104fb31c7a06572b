/** The small pieces every IndexedDB write of storage.ts shares: failures named, transactions guarded. */
/** Quota errors in the words of Chromium, Firefox and Safari alike. */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { name?: string; code?: number; message?: string; inner?: unknown };
  return (
    err.name === 'QuotaExceededError' ||
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    err.code === 22 ||
    err.code === 1014 ||
    /quota|exceeded the storage|disk is full|no space/i.test(err.message ?? '')
  );
}

/** A failed write, as storage.ts's `Failure` names it. */
export type WriteFailure = { ok: false; reason: 'quota' | 'error' | 'closed'; message: string };

export function failure(e: unknown, closed: boolean): WriteFailure {
  const message = e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
  const name = (e as { name?: string } | null)?.name;
  if (closed || name === 'InvalidStateError') return { ok: false, reason: 'closed', message };
  return { ok: false, reason: isQuotaError(e) ? 'quota' : 'error', message };
}

/** A request whose failure is also seen by the transaction: no unhandled rejection when it aborts. */
export function quiet<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

/**
 * Runs `body` in `tx`. Anything thrown aborts the transaction: a put that throws at once
 * does not end it by itself, and the puts before it must not commit (all or none).
 */
export async function guarded<Tx extends { abort(): void; done: Promise<void> }, T>(
  tx: Tx,
  body: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await body(tx);
  } catch (e) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw e;
  }
}
