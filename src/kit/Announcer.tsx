import { useEffect, useState } from 'react';
import { onAnnounce } from './announce';
import './a11y.css';

/**
 * The page's one polite live region. A message is written a moment after the region is
 * emptied, so that the same words said twice (two removals in a row) are spoken twice.
 */
export function Announcer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer: number | undefined;
    const stop = onAnnounce((next) => {
      setMessage('');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setMessage(next), 100);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="announcer">
      {message}
    </div>
  );
}
