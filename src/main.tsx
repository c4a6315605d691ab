import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useDesk } from './store/deskStore';
import { hydrate } from './store/hydrate';
import { browserStorage } from './store/persistence';
import './styles.css';

const { storage, notice } = browserStorage(() => window.localStorage);
hydrate({
  storage,
  fragment: window.location.hash,
  clearFragment: () => {
    history.replaceState(null, '', window.location.pathname + window.location.search);
  },
  stamp: new Date().toISOString(),
});
if (notice !== null) useDesk.getState().addNotice(notice);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
