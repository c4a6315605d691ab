import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useDesk } from './store/deskStore';
import { applyShareFragment, hydrate } from './store/hydrate';
import { browserStorage } from './store/persistence';
import './styles.css';

const { storage, notice } = browserStorage(() => window.localStorage);
const clearFragment = () => {
  history.replaceState(null, '', window.location.pathname + window.location.search);
};
hydrate({ storage, fragment: window.location.hash, clearFragment, stamp: new Date().toISOString() });
if (notice !== null) useDesk.getState().addNotice(notice);
// A share link pasted into a tab that already shows RiskDesk changes only the fragment: no reload.
window.addEventListener('hashchange', () => {
  applyShareFragment(storage, window.location.hash, clearFragment);
});

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
