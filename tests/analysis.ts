import type { Analysis, Intent, PrivateReason } from '../lib/analysis/types';

// A hand-written Analysis for tests of what consumes one (ranking, guards, the panel): neutral
// English by default, each test states only what it is about.
export interface AnalysisSketch {
  language?: string;
  sentiment?: Analysis['sentiment']['label'];
  anger?: number;
  formality?: Analysis['register']['formality'];
  warm?: boolean;
  registerBecause?: string[];
  intents?: Array<Intent | [Intent, number, string[]]>;
  privateReasons?: Array<PrivateReason | [PrivateReason, string[]]>;
}

export function analysisOf(s: AnalysisSketch = {}): Analysis {
  const language = s.language ?? 'en';
  const rtl = language === 'fa' || language === 'ar';
  const reasons = (s.privateReasons ?? []).map((r) => (typeof r === 'string' ? { reason: r, because: [] } : { reason: r[0], because: r[1] }));
  return {
    language,
    script: rtl ? 'Arab' : 'Latn',
    direction: rtl ? 'rtl' : 'ltr',
    sentiment: { label: s.sentiment ?? 'neutral', score: 0, because: [] },
    anger: { score: s.anger ?? 0, because: [] },
    register: {
      emoji: s.warm ? 1 : 0,
      exclamations: 0,
      shouting: false,
      slang: false,
      formality: s.formality ?? 'neutral',
      warm: s.warm ?? false,
      because: s.registerBecause ?? [],
    },
    intents: (s.intents ?? []).map((i) => (typeof i === 'string' ? { intent: i, score: 0.8, because: [] } : { intent: i[0], score: i[1], because: i[2] })),
    privateFollowUp: { needed: reasons.length > 0, reasons },
    priority: { score: 0, because: [] },
  };
}
