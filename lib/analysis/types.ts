// The reading of one customer message. Pure data: computed on the device by lib/analysis, stored
// with the item, shown in the side panel (every label carries the words that raised it) and used
// by template ranking (lib/templates) and reports (lib/stats).

export type Sentiment = 'negative' | 'neutral' | 'positive';
export const INTENTS = ['question', 'complaint', 'praise', 'request', 'spam', 'abuse'] as const;
export type Intent = (typeof INTENTS)[number];
export type Formality = 'formal' | 'informal' | 'neutral';
/** What a request is about, when we can tell. */
export const REQUEST_TOPICS = ['refund', 'order-status', 'account'] as const;
export type RequestTopic = (typeof REQUEST_TOPICS)[number];

export const PRIVATE_REASONS = [
  'order-number',
  'booking-number',
  'account',
  'email',
  'phone',
  'address',
  'payment',
  'refund',
  'transaction',
  'legal',
  'not-public',
] as const;
export type PrivateReason = (typeof PRIVATE_REASONS)[number];

/** The words or signals that raised a label, as shown to the agent ("#A12345", "3 ×!"). */
export type Because = string[];

export interface Analysis {
  /** ISO 639-1 ('en', 'hi', 'fa'…) or 'und' when too short to tell. */
  language: string;
  /** Dominant script (ISO 15924: 'Latn', 'Cyrl', 'Arab', 'Deva'…) and the text direction. */
  script: string;
  direction: 'ltr' | 'rtl';
  sentiment: { label: Sentiment; score: number; because: Because };
  /** Anger / frustration 0–1. */
  anger: { score: number; because: Because };
  register: {
    emoji: number;
    exclamations: number;
    shouting: boolean;
    slang: boolean;
    formality: Formality;
    /** Emoji, exclamation or warm words: mirror with warmth. */
    warm: boolean;
    because: Because;
  };
  /** Every intent with enough evidence, strongest first. */
  intents: Array<{ intent: Intent; score: number; because: Because; topic?: RequestTopic }>;
  privateFollowUp: { needed: boolean; reasons: Array<{ reason: PrivateReason; because: Because }> };
  /** 0–100 from the message alone; lib/analysis/priority adds the wait. */
  priority: { score: number; because: Because };
  /** Set when the text was longer than we read: only its first `readChars` characters count. */
  readChars?: number;
}
