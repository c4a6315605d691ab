/// <reference types="vite-plugin-pwa/vanillajs" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline and installable: a same-origin service worker precaches the built app (vite-plugin-pwa). Only in
// production builds; its registration code loads apart from the first paint's JavaScript.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const failed = (error: unknown) => {
    console.error('RiskDesk could not register its service worker: it will not work offline', error);
  };
  // Registers once the page has loaded, so that precaching never competes with the first paint.
  import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW({ onRegisterError: failed }))
    .catch(failed);
}
