import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { startPersistence } from './io/persistence';
import { startSettings } from './io/settings';
import { startJourneySettings } from './io/journeySettings';
import { App } from './ui/App';
import './ui/app.css';
import './ui/narrow.css';
import './ui/meeting/room.css';
import './ui/print.css';

initI18n('sv');
startSettings();
startJourneySettings();
void startPersistence();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
