import { useLiveQuery } from 'dexie-react-hooks';
import type { SiteId } from '../sites/types';
import { readReplySettings, REPLY_SETTINGS_KEY } from '../templates/settings';
import {
  badgeCandidates,
  dayRowsBetween,
  findItems,
  firstAnsweredSince,
  insertedTemplateIds,
  itemsByKeys,
  readReportSettings,
  readSetting,
  readTemplates,
  waitingItems,
  type ItemQuery,
} from './queries';
import type { ReplyDeskDb } from './schema';

// React reads the store only through these live queries; they re-render when the background writes.

export const usePageItems = (db: ReplyDeskDb, keys: readonly string[]) =>
  useLiveQuery(() => itemsByKeys(db, keys), [db, keys.join('\n')]);

export const useAnsweredSince = (db: ReplyDeskDb, sinceMs: number) =>
  useLiveQuery(() => firstAnsweredSince(db, sinceMs), [db, sinceMs]);

export const useReportSettings = (db: ReplyDeskDb) => useLiveQuery(() => readReportSettings(db), [db]);

export const useDayRows = (db: ReplyDeskDb, from: string, to: string, site?: SiteId) =>
  useLiveQuery(() => dayRowsBetween(db, from, to, site), [db, from, to, site]);

export const useItems = (db: ReplyDeskDb, q: ItemQuery) =>
  useLiveQuery(() => findItems(db, q), [db, q.fromMs, q.toMs, q.site, q.status, q.limit]);

export const useWaitingItems = (db: ReplyDeskDb) => useLiveQuery(() => waitingItems(db), [db]);

export const useBadgeCandidates = (db: ReplyDeskDb, nowMs: number) => useLiveQuery(() => badgeCandidates(db, nowMs), [db, nowMs]);
export const useTemplates = (db: ReplyDeskDb) => useLiveQuery(() => readTemplates(db), [db]);

export const useReplySettings = (db: ReplyDeskDb) =>
  useLiveQuery(async () => readReplySettings(await readSetting(db, REPLY_SETTINGS_KEY)), [db]);

export const useInsertedTemplateIds = (db: ReplyDeskDb, itemKeys: readonly string[]) =>
  useLiveQuery(() => insertedTemplateIds(db, itemKeys), [db, itemKeys.join('\n')]);
