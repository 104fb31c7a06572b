import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, switchLanguage } from './i18n';
import { startPersistence } from './io/later';
import { startSettings } from './io/settings';
import { startFilesOnly } from './io/filesOnly';
import { startJourneySettings } from './io/journeySettings';
import { useStore } from './store';
import { App } from './app/App';
import './app/app.css';
import './app/narrow.css';
import './app/meeting/room.css';
import './app/print.css';

async function start() {
  initI18n('sv');
  startSettings(location.protocol);
  // Files only (chosen, or by default from file://): the library is never opened.
  startFilesOnly();
  startJourneySettings();
  // A remembered English: its messages load before the first render, so no Swedish shows first.
  const language = useStore.getState().language;
  if (language !== 'sv') await switchLanguage(language).catch(() => undefined);
  document.documentElement.lang = language;

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The library (storage, the validating importer) loads after the first paint: the demo
  // journey, a trusted constant, draws at once; a saved journey opens when it is read.
  requestAnimationFrame(() => setTimeout(() => void startPersistence(), 0));
}

void start();
