// Before anything loads react-dom, which looks for the React DevTools hook once, as it loads.
import './support/reactRenders';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
