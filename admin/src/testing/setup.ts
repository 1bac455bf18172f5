import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library only auto-cleans with vitest globals enabled; we keep globals off.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
