/**
 * Where focus goes when the focused thing goes away (WCAG 2.4.3): never to <body>. Callers
 * name candidates in order of preference; the first one on the page that takes focus wins,
 * else the main region does.
 */
type Candidate = Element | null | undefined;

export function focusFirst(...candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!(c instanceof HTMLElement || c instanceof SVGElement) || c === document.body) continue;
    if (!c.isConnected || c.closest('[hidden]')) continue;
    c.focus();
    if (document.activeElement === c) return;
  }
  document.getElementById('main')?.focus();
}

/** As focusFirst, once React has drawn what replaces the removed thing (the next frame). */
export function focusSoon(pick: () => Candidate[]): void {
  requestAnimationFrame(() => focusFirst(...pick()));
}

/**
 * Before removing the item that holds `from` (a row or list item): a function that, after
 * the removal, focuses the same control (`selector`) in the item that took its place, or in
 * the one before, or else `fallback`.
 */
export function focusNextItem(from: Element | null, selector: string, fallback: () => Candidate): () => void {
  const item = from?.closest('tr, li');
  const list = item?.parentElement;
  const index = item && list ? [...list.children].indexOf(item) : -1;
  return () =>
    focusSoon(() => {
      const items = list?.isConnected ? [...list.children] : [];
      const near = [items[index], items[index - 1]].filter((e) => e !== undefined && e !== item);
      return [...near.map((e) => e.querySelector(selector)), fallback()];
    });
}
