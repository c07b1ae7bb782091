import type { StoredItem } from '../db/schema';
import { analysisOf } from '../../tests/db';
import { defaultBusinessHours } from './business';
import { CSV_COLUMNS, csvField, exportRow, toCsv, toJson } from './export';

test.each([
  ['plain', 'plain'],
  ['a, b', '"a, b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
  ['+1 555', "'+1 555"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1', "'\t=1"],
  ['\r=1', `"'\r=1"`],
  ['  =1', "'  =1"],
  ['ends with a space ', '"ends with a space "'],
  ['＝1 (full-width)', "'＝1 (full-width)"],
  ['a=1', 'a=1'],
  ['émoji 😍 ok', 'émoji 😍 ok'],
  [42.5, '42.5'],
  [null, ''],
] as const)('csvField(%j)', (value, expected) => {
  expect(csvField(value)).toBe(expected);
});

const item: StoredItem = {
  key: 'x:1', site: 'x', id: '1', kind: 'reply', author: '=cmd|"/c calc"!A1', handle: 'ana', text: 'Ça, "c\'est" non\nmerci', own: false, pageUrl: 'u',
  postedAtMs: Date.UTC(2026, 6, 13, 7, 0), firstSeenMs: Date.UTC(2026, 6, 13, 7, 5), lastSeenMs: 0, status: 'handled',
  handledAtMs: Date.UTC(2026, 6, 13, 8, 30), handledVia: 'manual', handledBy: 'AB', analysis: analysisOf('negative', 'complaint'),
};

test('CSV: BOM, header with the time zone, CRLF, one quoted row that round-trips', () => {
  const csv = toCsv([exportRow(item, defaultBusinessHours('Europe/Paris'))], 'Europe/Paris');
  expect(csv.startsWith('\uFEFFkey,site,kind,author,')).toBe(true);
  expect(csv).toContain('customer_time (Europe/Paris)');
  expect(csv.endsWith('\r\n')).toBe(true);
  const fields = parseCsvRow(csv.slice(1).split('\r\n').slice(1).join('\r\n'));
  expect(fields[CSV_COLUMNS.indexOf('author')]).toBe(`'=cmd|"/c calc"!A1`);
  expect(fields[CSV_COLUMNS.indexOf('text')]).toBe('Ça, "c\'est" non\nmerci');
  expect(fields[CSV_COLUMNS.indexOf('customer_time')]).toBe('2026-07-13 09:00:00');
  expect(fields[CSV_COLUMNS.indexOf('first_response_min')]).toBe('90');
  expect(fields[CSV_COLUMNS.indexOf('first_response_business_min')]).toBe('90');
  expect(fields[CSV_COLUMNS.indexOf('sentiment')]).toBe('negative');
  expect(fields).toHaveLength(CSV_COLUMNS.length);
});

test('CSV columns name every exported field', () => {
  expect([...CSV_COLUMNS].sort()).toEqual(Object.keys(exportRow(item, defaultBusinessHours('UTC'))).sort());
});

test('an item without a posted time says its clock starts at first seen', () => {
  expect(exportRow({ ...item, postedAtMs: undefined }, defaultBusinessHours('UTC'))).toMatchObject({ time_source: 'first seen', first_response_min: 85 });
});

test('JSON: rows with their events, oldest first', () => {
  const json = JSON.parse(toJson([item], [{ id: 'b', itemKey: 'x:1', type: 'handled', atMs: 2, initials: 'AB' }, { id: 'a', itemKey: 'x:1', type: 'seen', atMs: 1 }], defaultBusinessHours('UTC'), 0));
  expect(json.items[0].events.map((e: { type: string }) => e.type)).toEqual(['seen', 'handled']);
  expect(json.items[0].author).toBe(item.author); // JSON is data, not a spreadsheet: no apostrophe
});

/** A minimal RFC 4180 reader for one record, to prove the quoting round-trips. */
function parseCsvRow(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let value = '';
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') (value += '"'), (i += 2);
        else if (text[i] === '"') break;
        else value += text[i++];
      }
      fields.push(value);
      i += 1;
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      fields.push(end === -1 ? text.slice(i) : text.slice(i, i + end));
      i = end === -1 ? text.length : i + end;
    }
    if (text.startsWith('\r\n', i) || i >= text.length) break;
    i++; // the comma
  }
  return fields;
}
