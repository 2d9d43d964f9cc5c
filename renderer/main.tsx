import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pickUiLanguage } from '../shared/i18n/languages';
import { installMapFonts } from './fonts/fonts';
import { selectHost } from './host/hostContext';
import { initI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void Promise.all([initI18n(pickUiLanguage(navigator.language)), installMapFonts()]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App host={selectHost()} />
    </StrictMode>,
  );
});
