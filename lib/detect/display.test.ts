import { expect, test } from 'vitest';
import { displayText } from './display';

test.each([
  ['plain', 'plain'],
  ['\u202Egnp.exe', 'gnp.exe'],
  ['a\u2066b\u2069c', 'abc'],
  ['مرحبا بك', 'مرحبا بك'],
  ['', ''],
])('%j shows as %j', (text, shown) => expect(displayText(text)).toBe(shown));

test('a 50 KB comment is cut for display, saying how much is hidden', () => {
  const shown = displayText('x'.repeat(50_000));
  expect(shown.startsWith('x'.repeat(2_000))).toBe(true);
  expect(shown).toMatch(/… \(48,000 more characters\)$/);
});
