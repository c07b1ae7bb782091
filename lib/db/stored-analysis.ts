import * as z from 'zod/mini';
import { INTENTS, PRIVATE_REASONS, REQUEST_TOPICS, type Analysis } from '../analysis/types';

// What the panel, ranking and reports read of a stored analysis. Stored objects are not always
// whole: an older shape, a hand-edited backup. Such an analysis is read again (lib/background/
// backfill) instead of trusted. No weights here: the dashboard's restore uses it too.

/**
 * The settings row of a pending walk (lib/background/backfill): present while one is due. It goes
 * on after `afterKey`, or from the first item when that is null or the version is another.
 */
export const REREAD_KEY = 'analysis:backfill';
export interface Reread {
  version: string;
  afterKey: string | null;
}

const because = z.array(z.string());
const score = z.number().check(z.refine(Number.isFinite));

const analysisSchema = z.looseObject({
  language: z.string(),
  script: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  sentiment: z.looseObject({ label: z.enum(['negative', 'neutral', 'positive']), score, because }),
  anger: z.looseObject({ score, because }),
  register: z.looseObject({
    emoji: score,
    exclamations: score,
    shouting: z.boolean(),
    slang: z.boolean(),
    formality: z.enum(['formal', 'informal', 'neutral']),
    warm: z.boolean(),
    because,
  }),
  intents: z.array(z.looseObject({ intent: z.enum(INTENTS), score, because, topic: z.optional(z.enum(REQUEST_TOPICS)) })),
  privateFollowUp: z.looseObject({ needed: z.boolean(), reasons: z.array(z.looseObject({ reason: z.enum(PRIVATE_REASONS), because })) }),
  priority: z.looseObject({ score, because }),
  readChars: z.optional(z.number()),
});

// A field added to Analysis without adding it here fails to compile.
type InStep = z.infer<typeof analysisSchema> extends Analysis ? true : never;
const inStep: InStep = true;
void inStep;

/** True when `value` has every part of an analysis; never throws. */
export function isWholeAnalysis(value: unknown): boolean {
  return analysisSchema.safeParse(value).success;
}
