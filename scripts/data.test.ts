import { goldOf, loadData, privateLabelsOf, type Row } from './data';
import { BANKING77 } from './private-labels';

// What npm run eval can measure from a row of any folder in the ../shared/data format.

const row = (over: Partial<Row>): Row => ({ text: 'x', label: undefined, lang: 'en', source: 'test', ...over });

test.each([
  [{ label: 'negative' }, { sentiment: 'negative', language: 'en' }],
  [{ label: 'spam' }, { spam: 'yes', language: 'en' }],
  [{ label: 'neither' }, { abuse: 'no', language: 'en' }],
  [{ label: 'hate' }, { abuse: 'yes', language: 'en' }],
  [{ label: 1, source: 'twcs' }, { private: 'yes', language: 'en' }],
  [{ label: 0, reply_channel: 'public' }, { private: 'no', language: 'en' }],
  [{ label: 'request_refund' }, { intent: 'refund', language: 'en' }],
  [{ label: ['thank'] }, { question: 'no', complaint: 'no', praise: 'yes', language: 'en' }],
  [{ label: 'neutral', anger: true }, { sentiment: 'neutral', anger: 'yes', language: 'en' }],
  [{ label: 'positive', lang: 'und' }, { sentiment: 'positive' }],
  // needs private follow-up, from the intent (scripts/private-labels.ts) or a hand label
  [{ label: 'card_arrival', source: 'banking77' }, { intent: 'order-status', private: 'yes', language: 'en' }],
  [{ label: 'exchange_rate', source: 'banking77' }, { private: 'no', language: 'en' }],
  [{ label: 'cash_withdrawal_charge', source: 'banking77' }, {}],
  [{ label: ['card', 'cancel_close_leave_freeze'], slots: [], source: 'nlupp' }, { question: 'no', complaint: 'no', praise: 'no', private: 'yes', language: 'en' }],
  [{ label: ['card', 'cancel_close_leave_freeze', 'how'], slots: [], source: 'nlupp' }, { question: 'yes', complaint: 'no', praise: 'no', private: 'no', language: 'en' }],
  [{ label: ['card', 'lost_stolen', 'how'], slots: [], source: 'nlupp' }, { question: 'yes', complaint: 'no', praise: 'no', private: 'yes', language: 'en' }],
  [{ label: ['booking', 'make_open_apply_setup_get_activate'], slots: ['person_name'], source: 'nlupp' }, { question: 'no', complaint: 'no', praise: 'no', private: 'yes', language: 'en' }],
  [{ label: ['affirm'], slots: ['time_from'], source: 'nlupp' }, { question: 'no', complaint: 'no', praise: 'no', language: 'en' }],
  [{ private: 'yes', source: 'twcs', inbound_id: '7' }, { private: 'yes', language: 'en' }],
  // nothing we can measure: no language row either
  [{ label: 'DELAY' }, {}],
  [{ label: 7 }, {}],
  [{ label: undefined }, {}],
])('%j → %j', (over, gold) => expect(goldOf(row(over))).toEqual(gold));

test('a folder with a malformed file loads what it can and counts the rest', () => {
  const files = loadData('tests/fixtures/analysis');
  const malformed = files.find((f) => f.name === 'malformed.jsonl')!;
  expect(malformed.skipped).toBe(2); // not JSON; no text
  expect(malformed.rows.map((r) => goldOf(r))).toEqual([{}]);
  expect(files.find((f) => f.name === 'sentiment.jsonl')!.rows.length).toBeGreaterThan(30);
  expect(loadData('no/such/folder')).toEqual([]);
});

test('each private label says what it is about', () => {
  expect(privateLabelsOf(row({ label: 1, source: 'twcs', reply_channel: 'dm' }))).toBe('brand-dm');
  expect(privateLabelsOf(row({ label: 'pending_transfer', source: 'banking77' }))).toBe('intent');
  expect(privateLabelsOf(row({ private: 'no', source: 'twcs' }))).toBe('message');
  expect(privateLabelsOf(row({ label: 'verify_top_up', source: 'banking77' }))).toBeUndefined();
});

test('the banking77 mapping covers all 77 intents, each with its reason', () => {
  expect(Object.keys(BANKING77)).toHaveLength(77);
  for (const { private: mapped, why } of Object.values(BANKING77)) {
    expect(why.length).toBeGreaterThan(5);
    expect([undefined, 'yes', 'no']).toContain(mapped);
  }
});
