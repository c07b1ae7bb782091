import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Suggestions } from '../components/Suggestions';
import { PRIVATE_REASONS } from '../lib/analysis/types';
import { SITE_IDS } from '../lib/sites/types';
import { REPLY_INTENTS, SITUATIONS, type Template } from '../lib/templates/model';
import { rankTemplates, type RankItem } from '../lib/templates/rank';
import { defaultBusinessHours } from '../lib/stats/business';
import { DEFAULT_REPLY_SETTINGS } from '../lib/templates/settings';
import { starterTemplates } from '../lib/templates/starter';
import { analysisOf } from '../tests/analysis';
import type { Bench } from './types';

// From selecting an item to its suggestions shown: ranking over 1,000 templates plus rendering
// the suggestion list, as a ratio to one frame at 60 Hz. Under 1 means the panel answers within
// the frame the key press lands in.
const FRAME_MS = 1000 / 60;
const LIBRARY = 1_000;
const RUNS = 500;

/** The starter library plus agent-made templates in its languages, up to `size`. */
function library(size: number): Template[] {
  const out = [...starterTemplates];
  for (let i = 0; out.length < size; i++) {
    const base = starterTemplates[i % starterTemplates.length]!;
    const id = `user:${i}`;
    out.push({
      ...base,
      id,
      group: i % 3 === 0 ? base.group : id, // some site/language variants, mostly new groups
      title: `${base.title} #${i}`,
      intents: [REPLY_INTENTS[i % REPLY_INTENTS.length]!],
      reasons: i % 5 === 0 ? [PRIVATE_REASONS[i % PRIVATE_REASONS.length]!] : [],
      situations: i % 7 === 0 ? [SITUATIONS[i % SITUATIONS.length]!] : [],
      sites: i % 4 === 0 ? [SITE_IDS[i % SITE_IDS.length]!] : [],
      tags: [...base.tags, `tag${i % 50}`, 'shipping', 'pedido'],
      usageCount: i % 40,
      starter: false,
    });
  }
  return out;
}

const items: RankItem[] = [
  { author: 'Lucía Gómez', kind: 'reply', site: 'x', text: '¿Dónde está mi pedido? Llevo una semana esperando 😩', analysis: analysisOf({ language: 'es', sentiment: 'negative', warm: true, intents: ['question', 'complaint'], privateReasons: [['order-number', ['pedido']]] }) },
  { author: 'Max Weber', kind: 'comment', site: 'youtube', text: 'Können Sie mir bitte helfen? Meine Rückerstattung fehlt.', analysis: analysisOf({ language: 'de', formality: 'formal', intents: ['request'], privateReasons: ['refund'] }) },
  { author: 'Ann Lee', kind: 'dm', site: 'instagram', text: 'love the new colours!!', analysis: analysisOf({ sentiment: 'positive', warm: true, intents: ['praise'] }) },
  { author: 'Олена', kind: 'reply', site: 'facebook', text: 'Коли буде доставка?' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export const run: Bench = async () => {
  const templates = library(LIBRARY);
  const settings = { ...DEFAULT_REPLY_SETTINGS, initials: 'AB' };
  const show = (i: number) => {
    const item = items[i % items.length]!;
    const ranking = rankTemplates(item, { templates, settings, hours: defaultBusinessHours('UTC'), nowMs: Date.parse('2026-11-25T11:00:00Z'), uiLanguage: 'en' });
    return renderToStaticMarkup(createElement(Suggestions, { suggestions: ranking.suggestions, onUse: () => {} })).length;
  };
  for (let i = 0; i < 100; i++) show(i); // warm up the JIT and Intl caches
  const times: number[] = [];
  let sink = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    sink += show(i);
    times.push(performance.now() - start);
  }
  if (sink === 0) throw new Error('nothing was rendered');
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  const note = (ms: number) => `${ms.toFixed(2)} ms for rank + render over ${templates.length} templates (${RUNS} selections, 4 kinds of item); 1 frame = 16.7 ms`;
  return [
    { area: 'templates', name: 'select → suggestions shown, median', value: +(median / FRAME_MS).toFixed(3), unit: '× frame', note: note(median) },
    { area: 'templates', name: 'select → suggestions shown, p95', value: +(p95 / FRAME_MS).toFixed(3), unit: '× frame', note: note(p95) },
  ];
};
