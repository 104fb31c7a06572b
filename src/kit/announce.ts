/**
 * Status messages (WCAG 4.1.3): what an action did, said once by the one polite live region
 * (`Announcer`). Anything may call `announce`; nothing else needs to be a live region.
 */
type Listener = (message: string) => void;

const listeners = new Set<Listener>();

/** Says `message` politely to assistive technology. */
export function announce(message: string) {
  for (const listener of listeners) listener(message);
}

/** Hears every announcement; returns the function that stops listening. */
export function onAnnounce(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
