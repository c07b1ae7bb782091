import { loadModel, type ModelJson } from './model';
import weights from './weights.json';

// The learned models, trained by scripts/train.ts. Imported only through lib/analysis/index.ts by
// the background and the pages; the content script never loads them.

const json = weights as unknown as Record<'sentiment' | 'spam' | 'abuse' | 'anger' | 'private', ModelJson>;

export const models = {
  sentiment: loadModel(json.sentiment),
  spam: loadModel(json.spam),
  abuse: loadModel(json.abuse),
  anger: loadModel(json.anger),
  private: loadModel(json.private),
};
