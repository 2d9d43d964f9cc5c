import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { pickUiLanguage } from '../shared/i18n/languages';
import { initI18n } from './i18n/i18n';

// The strict CSP forbids eval; tell zod not to try its JIT.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n(pickUiLanguage(navigator.language)).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
