import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installMapFonts } from './fonts/fonts';
import { selectHost } from './host/hostContext';
import { startSettings } from './settings/startSettings';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const host = selectHost();
void Promise.all([startSettings(host), installMapFonts()]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
});
