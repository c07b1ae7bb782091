import { describe, expect, test } from 'vitest';
import { defaultBusinessHours, type BusinessHours } from '../stats/business';
import { DEFAULT_REPLY_SETTINGS, describeHours, kbLinkFor, readReplySettings, replyVars } from './settings';

const weekdays = defaultBusinessHours('Europe/Zagreb');
const split: BusinessHours = { timeZone: 'UTC', week: [[], [[540, 720], [780, 1020]], [[540, 720], [780, 1020]], [[540, 1020]], [], [[600, 840]], [[600, 840]]], holidays: [] };

describe('service hours as customers read them', () => {
  test.each([
    ['en', 'Mon–Fri 9:00 AM–5:00 PM (Europe/Zagreb)'],
    ['de', 'Mo–Fr 9:00–17:00 (Europe/Zagreb)'],
    ['hr', 'pon–pet 9:00–17:00 (Europe/Zagreb)'],
  ])('%s: %s', (language, text) => expect(describeHours(weekdays, language)).toBe(text));

  test('Persian digits in Persian', () => expect(describeHours(weekdays, 'fa')).toMatch(/[۰-۹]/u));

  test('days with the same periods are grouped, Monday first; closed days left out', () => {
    expect(describeHours(split, 'en')).toBe('Mon–Tue 9:00 AM–12:00 PM, 1:00 PM–5:00 PM, Wed 9:00 AM–5:00 PM, Fri–Sat 10:00 AM–2:00 PM (UTC)');
  });
});

describe('settings', () => {
  test('a stored value that no longer parses gives the defaults', () => {
    expect(readReplySettings({ initials: 5 })).toEqual(DEFAULT_REPLY_SETTINGS);
    expect(readReplySettings(undefined)).toEqual(DEFAULT_REPLY_SETTINGS);
  });

  test('a value stored before service hours moved to the reports still reads', () => {
    const old = { initials: 'AB', signature: '', brand: '', kbLinks: [], hours: { days: [1], start: '09:00', end: '17:00', timeZone: '' } };
    expect(readReplySettings(old)).toEqual({ ...DEFAULT_REPLY_SETTINGS, initials: 'AB' });
  });

  test('help links must be https', () => {
    expect(readReplySettings({ ...DEFAULT_REPLY_SETTINGS, kbLinks: [{ language: '', url: 'javascript:alert(1)' }] })).toEqual(DEFAULT_REPLY_SETTINGS);
  });

  test('the help link of their language, else the general one, else a slot', () => {
    const s = { ...DEFAULT_REPLY_SETTINGS, kbLinks: [{ language: '', url: 'https://help.example.com' }, { language: 'es', url: 'https://help.example.com/es' }] };
    expect(kbLinkFor(s, 'es')).toBe('https://help.example.com/es');
    expect(kbLinkFor(s, 'de')).toBe('https://help.example.com');
    expect(replyVars(DEFAULT_REPLY_SETTINGS, weekdays, 'Ana', 'en').kb_link).toBe('{{help article link}}');
  });

  test('signs with ^initials unless a signature is set', () => {
    expect(replyVars({ ...DEFAULT_REPLY_SETTINGS, initials: 'AB' }, weekdays, 'Ana', 'en')).toMatchObject({ first_name: 'Ana', signature: '^AB' });
    expect(replyVars({ ...DEFAULT_REPLY_SETTINGS, initials: 'AB', signature: '– Ana, Acme' }, weekdays, 'x', 'en').signature).toBe('– Ana, Acme');
  });
});
