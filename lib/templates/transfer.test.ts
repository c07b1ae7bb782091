import { describe, expect, test } from 'vitest';
import { starterTemplates } from './starter';
import { exportTemplates, parseCsv, parseTemplateFile, parseTemplatesCsv, parseTemplatesJson } from './transfer';

let n = 0;
const newId = () => `new:${++n}`;
const some = starterTemplates.slice(0, 3);

describe('JSON', () => {
  test('what we export imports back unchanged', () => {
    expect(parseTemplatesJson(exportTemplates(some), newId)).toEqual({ ok: true, templates: some });
  });

  test('a hand-written file needs only title, bodies and language', () => {
    const r = parseTemplatesJson('[{"title":"Hi","bodies":{"warm":"Hi {first_name|there}! 👋"},"language":"en"}]', newId);
    expect(r.ok && r.templates[0]).toMatchObject({ title: 'Hi', channel: 'both', tags: [], usageCount: 0, language: 'en' });
    expect(r.ok && r.templates[0]!.group).toBe(r.ok && r.templates[0]!.id);
  });

  test.each([
    ['{not json', /^Not a JSON file: /],
    ['{"foo": 1}', /^Expected a list of templates/],
    ['[]', /^The file has no templates\.$/],
    ['[{"title":"A","bodies":{"warm":"x"},"language":"en"},{"title":"Refund","bodies":{"warm":"x"},"language":"English"}]', /^Template 2 \(“Refund”\): language: a language code like "en" or "hr"\. Nothing was imported\.$/],
    ['[{"title":"A","bodies":{},"language":"en"}]', /^Template 1 \(“A”\): bodies: needs the text of at least one tone/],
    ['[{"title":"A","bodies":{"warm":"x"},"language":"en","channel":"email"}]', /channel: must be one of public, private, both/],
    ['[{"title":"A","bodies":{"warm":"x"},"language":"en","tags":"a,b"}]', /tags: must be a list/],
    ['[{"bodies":{"warm":"x"},"language":"en"}]', /^Template 1: title: must be text/],
    ['[{"id":"a","title":"A","bodies":{"warm":"x"},"language":"en"},{"id":"a","title":"B","bodies":{"warm":"y"},"language":"en"}]', /^Two templates have the id “a”/],
  ])('%s is refused, naming the problem', (text, error) => {
    const r = parseTemplatesJson(text, newId);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(error);
  });
});

describe('CSV', () => {
  test('quoted fields with commas, quotes, line breaks and UTF-8; CRLF; optional header', () => {
    const text = '\uFEFFname,text\r\n"Thanks, warm","Thank you so much! 😊 ""Really"""\r\nDelay (hr),"Žao nam je,\nnarudžba kasni."\r\n\r\nPersian,ممنون از پیام شما\r\n';
    const r = parseTemplatesCsv(text, 'en', newId);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.templates.map((t) => [t.title, t.bodies.neutral])).toEqual([
      ['Thanks, warm', 'Thank you so much! 😊 "Really"'],
      ['Delay (hr)', 'Žao nam je,\nnarudžba kasni.'],
      ['Persian', 'ممنون از پیام شما'],
    ]);
    expect(r.templates[0]).toMatchObject({ language: 'en', channel: 'both', tags: ['imported'] });
  });

  test.each([
    ['a,b,c\n', /^Row 1: expected 2 fields \(name,text\), found 3\. Nothing was imported\.$/],
    ['ok,fine\n,no name\n', /^Row 2: the name is empty/],
    ['name,text\n', /^The file has no rows/],
    ['a,"never closed\nb,c\n', /^Row starting on line 1: a quoted field is never closed\. Nothing was imported\.$/],
  ])('%j is refused, naming the row', (text, error) => {
    const r = parseTemplatesCsv(text, 'en', newId);
    expect(!r.ok && r.error).toMatch(error);
  });

  test('parseCsv keeps empty fields and a last row without a line break', () => {
    expect(parseCsv('a,\n,b\nc,d')).toEqual({ ok: true, rows: [['a', ''], ['', 'b'], ['c', 'd']] });
  });

  test('the file name picks the format', () => {
    expect(parseTemplateFile('mine.CSV', 'Hi,Hello there', 'de', newId)).toMatchObject({ ok: true, templates: [{ title: 'Hi', language: 'de' }] });
    expect(parseTemplateFile('mine.json', 'Hi,Hello there', 'de', newId).ok).toBe(false);
  });
});
