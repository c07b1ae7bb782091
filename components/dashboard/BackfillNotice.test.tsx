import { render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKFILL_PROGRESS_KEY, writeBackfillProgress } from '@/lib/backfill-progress';
import { BackfillNotice } from './BackfillNotice';

test('says how many older items are still being read, asks the background once to go on, and goes when done', async () => {
  const asked: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message) => void asked.push(message));
  render(<BackfillNotice />);
  expect(screen.queryByTestId('backfill')).toBeNull();

  await fakeBrowser.storage.session.set({ [BACKFILL_PROGRESS_KEY]: { analysed: 200, remaining: 1234 } });
  expect((await screen.findByTestId('backfill')).textContent).toMatch(/^Re-reading 1,234 older items with the current analysis/);
  await writeBackfillProgress({ analysed: 400, remaining: 1 });
  await waitFor(() => expect(screen.getByTestId('backfill').textContent).toMatch(/^Re-reading 1 older item with/));
  await writeBackfillProgress(null);
  await waitFor(() => expect(screen.queryByTestId('backfill')).toBeNull());
  expect(asked).toEqual([{ type: 'analysis/refresh' }]);
});
