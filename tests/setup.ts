import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy*/waitFor give up after 1 s by default; on a loaded 2-core machine a React render over
// fake-indexeddb once took longer (entrypoints/options/App.test.tsx). A missing element still fails.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
