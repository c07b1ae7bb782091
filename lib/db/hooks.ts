import { useLiveQuery } from 'dexie-react-hooks';
import { readReplySettings, REPLY_SETTINGS_KEY } from '../templates/settings';
import { firstAnsweredSince, insertedTemplateIds, itemsByKeys, readSetting, readTemplates } from './queries';
import type { ReplyDeskDb } from './schema';

// React reads the store only through these live queries; they re-render when the background writes.

export const usePageItems = (db: ReplyDeskDb, keys: readonly string[]) =>
  useLiveQuery(() => itemsByKeys(db, keys), [db, keys.join('\n')]);

export const useAnsweredSince = (db: ReplyDeskDb, sinceMs: number) =>
  useLiveQuery(() => firstAnsweredSince(db, sinceMs), [db, sinceMs]);

export const useTemplates = (db: ReplyDeskDb) => useLiveQuery(() => readTemplates(db), [db]);

export const useReplySettings = (db: ReplyDeskDb) =>
  useLiveQuery(async () => readReplySettings(await readSetting(db, REPLY_SETTINGS_KEY)), [db]);

export const useInsertedTemplateIds = (db: ReplyDeskDb, itemKeys: readonly string[]) =>
  useLiveQuery(() => insertedTemplateIds(db, itemKeys), [db, itemKeys.join('\n')]);
