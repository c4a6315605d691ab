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
try {
  hydrate({ storage, fragment: window.location.hash, clearFragment, stamp: new Date().toISOString() });
} catch (error) {
  // Never a blank page: start from the defaults and say why.
  console.error('RiskDesk could not restore its saved state', error);
  useDesk.getState().addNotice({
    id: 'restore-failed',
    text: 'Your saved inputs could not be restored; the defaults are shown.',
  });
}
if (notice !== null) useDesk.getState().addNotice(notice);
// A share link pasted into a tab that already shows RiskDesk changes only the fragment: no reload.
window.addEventListener('hashchange', () => {
  applyShareFragment(storage, window.location.hash, clearFragment, new Date().toISOString());
});

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
