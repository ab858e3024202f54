import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bindLanguage, createI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';

const i18n = createI18n();
bindLanguage(i18n);
const queryClient = createQueryClient();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} i18n={i18n} />
  </StrictMode>,
);
