/**
 * Follows the reader's own text spacing (WCAG 1.4.12): a user style sheet or extension that
 * widens letters and words is noticed (a style added to the page, or a resize), the spacing is
 * read again, and the key it returns changes, so the chart's labels are fitted again.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';
import { readTextSpacing, textSpacingKey } from './text';

/** `size` is anything that changes the text's size from the app's side (Mötesläge): read again when it does. */
export function useTextSpacing(ref: RefObject<HTMLElement | null>, size?: unknown): string {
  const [key, setKey] = useState(textSpacingKey);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      readTextSpacing(el);
      setKey(textSpacingKey());
    };
    update();
    const styles = new MutationObserver(update);
    styles.observe(document.head, { childList: true, subtree: true, characterData: true });
    const size = new ResizeObserver(update);
    size.observe(el);
    return () => {
      styles.disconnect();
      size.disconnect();
    };
  }, [ref, size]);
  return key;
}
