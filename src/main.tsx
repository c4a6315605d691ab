import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hydrate } from './store/hydrate';
import './styles.css';

hydrate({
  storage: localStorage,
  fragment: window.location.hash,
  clearFragment: () => {
    history.replaceState(null, '', window.location.pathname + window.location.search);
  },
  stamp: new Date().toISOString(),
});

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
