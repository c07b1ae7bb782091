import { useLiveQuery } from 'dexie-react-hooks';
import { firstAnsweredSince, itemsByKeys } from './queries';
import type { ReplyDeskDb } from './schema';

// React reads the store only through these live queries; they re-render when the background writes.

export const usePageItems = (db: ReplyDeskDb, keys: readonly string[]) =>
  useLiveQuery(() => itemsByKeys(db, keys), [db, keys.join('\n')]);

export const useAnsweredSince = (db: ReplyDeskDb, sinceMs: number) =>
  useLiveQuery(() => firstAnsweredSince(db, sinceMs), [db, sinceMs]);
