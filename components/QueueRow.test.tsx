import { fireEvent, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type { StoredItem } from '@/lib/db/schema';
import { QueueRow } from './QueueRow';

const NOW = Date.parse('2026-11-25T11:00:00Z');
const item: StoredItem = {
  key: 'x:1', site: 'x', id: '1', kind: 'reply', author: 'Mallory <b>', handle: 'mallory', own: false,
  text: '<img src=x onerror="window.__pwned=1"> where is my order', postedAtMs: NOW - 2 * 3_600_000,
  firstSeenMs: NOW - 3_600_000, lastSeenMs: NOW, pageUrl: 'https://x.com/a/status/1', status: 'new',
};
const renderRow = (over: Partial<StoredItem> = {}, onHandled = vi.fn()) =>
  render(
    <ul>
      <QueueRow item={{ ...item, ...over }} nowMs={NOW} isSelected={false} onSelect={() => {}} onHandled={onHandled} />
    </ul>,
  );

test('page text is text, never markup', () => {
  const { container } = renderRow();
  expect(container.querySelector('img')).toBeNull();
  expect(screen.getByText(/<img src=x/).textContent).toContain('where is my order');
  expect(screen.getByRole('button', { name: 'Mallory <b> @mallory, reply, 2 h ago' })).toBeTruthy();
});

test('says when an item was flagged, and its clock', () => {
  const { container } = renderRow({ status: 'needs-follow-up' });
  expect(screen.getByText('flagged for follow-up')).toBeTruthy();
  expect(container.querySelector('[data-clock="amber"]')).not.toBeNull();
});

test('a handled item shows its response time and reopens', () => {
  const onHandled = vi.fn();
  renderRow({ status: 'handled', handledAtMs: NOW - 3_600_000 }, onHandled);
  expect(screen.getByText('answered in 1 h')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
  expect(onHandled).toHaveBeenCalledWith(false);
});
