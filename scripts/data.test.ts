import { goldOf, loadData, type Row } from './data';

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
