import { browser } from 'wxt/browser';
import type { Message } from './messages';

// Sending with retries: an MV3 service worker may be stopped or starting when a message leaves,
// and an unacknowledged write must be sent again (writes are idempotent by key and event id).
// Only the type of Message is imported: the content script uses this without its schemas.

export async function sendToBackground<R = unknown>(message: Message, attempts = 5): Promise<R> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return (await browser.runtime.sendMessage(message)) as R;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** i));
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

export function newEventId(): string {
  return crypto.randomUUID();
}
