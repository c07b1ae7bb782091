import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analysis';
import type { Analysis } from '@/lib/analysis/types';
import { AnalysisBadges } from './AnalysisBadges';

const badge = (id: string) => document.querySelector<HTMLElement>(`[data-badge="${id}"]`);

describe('AnalysisBadges', () => {
  test.each([
    ['WHERE IS MY ORDER #A12345?? This is ridiculous!!!', { language: 'en', sentiment: 'negative', private: 'private follow-up (order-number, transaction)', 'intent-complaint': 'complaint' }],
    ['Muchas gracias, excelente atención 😍', { language: 'es', sentiment: 'positive', 'intent-praise': 'praise' }],
    ['سفارش من کجاست؟ لطفا پیگیری کنید', { language: 'fa', 'intent-request': 'request: order-status', 'intent-question': 'question' }],
    ['Können Sie mir bitte helfen?', { register: 'formal' }],
  ])('%s', (text, expected) => {
    render(<AnalysisBadges analysis={analyze(text)} />);
    for (const [id, label] of Object.entries(expected)) expect(badge(id)?.textContent).toBe(label);
  });

  test('each badge says why in its title', () => {
    render(<AnalysisBadges analysis={analyze('I want a refund, my card ending in 4242 was charged twice!')} />);
    expect(badge('private')?.title).toMatch(/^because: .*refund/);
    expect(badge('language')?.title).toBe('because: Latn, left-to-right');
  });

  test('page words in the explanations stay text, never markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const analysis: Analysis = {
      ...analyze('fine'),
      intents: [{ intent: 'abuse', score: 0.9, because: [hostile] }],
    };
    render(<AnalysisBadges analysis={analysis} />);
    expect(badge('intent-abuse')?.title).toBe(`because: ${hostile}`);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('list', { name: 'What the message says' })).toBeTruthy();
  });
});
