import { loadModel, type ModelJson } from './model';
import weights from './weights.json';

// The learned models, trained by scripts/train.ts. Sentiment learned from 13 languages; spam,
// abuse, anger and private follow-up from English data only (YouTube/SMS, Davidson, GoEmotions), so they are only
// asked about English or undetermined Latin-script text (see isEnglishLike). Imported only through lib/analysis/index.ts by
// the background and the pages; the content script never loads them.

const json = weights as unknown as Record<'sentiment' | 'spam' | 'abuse' | 'anger' | 'private', ModelJson>;

export const models = {
  sentiment: loadModel(json.sentiment),
  spam: loadModel(json.spam),
  abuse: loadModel(json.abuse),
  anger: loadModel(json.anger),
  private: loadModel(json.private),
};

/**
 * Text the English-only models can judge: other languages get cue words only. Gating on script
 * alone was measured and rejected: the abuse model then flagged 7–14 % of es/pt/de/hr XLM-T and
 * Croatian tweets (1–3 % gated by language), the spam model 9 % of French ones.
 */
export const isEnglishLike = (language: string, script: string) => (language === 'en' || language === 'und') && (script === 'Latn' || script === 'Zyyy');
