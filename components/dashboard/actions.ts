import type { MarkAction } from '@/lib/db/statuses';
import { newEventId, sendToBackground } from '@/lib/messaging';
import type { Ack } from '@/lib/messages';

/** Item changes go to the background, the one writer; the live queries show the result. */
export async function changeItem(key: string, action: 'handle' | MarkAction, initials?: string): Promise<string | null> {
  const base = { key, eventId: newEventId(), atMs: Date.now(), ...(initials ? { initials } : {}) };
  try {
    const ack = await sendToBackground<Ack>(action === 'handle' ? { type: 'item/handle', ...base } : { type: 'item/mark', action, ...base });
    return ack?.ok ? null : `Not saved: ${ack?.error ?? 'no answer'}`;
  } catch {
    return 'Not saved: ReplyDesk could not reach its store. Try again.';
  }
}
