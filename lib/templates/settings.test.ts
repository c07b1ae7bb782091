import { describe, expect, test } from 'vitest';
import { DEFAULT_REPLY_SETTINGS, describeHours, isWithinHours, kbLinkFor, readReplySettings, replySettingsSchema, replyVars, type ServiceHours } from './settings';

const weekdays: ServiceHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/Zagreb' };

describe('service hours', () => {
  test.each([
    ['2026-11-25T09:30:00+01:00', true], // Wednesday morning in Zagreb
    ['2026-11-25T07:59:00Z', false], // 08:59 in Zagreb
    ['2026-11-25T16:00:00Z', false], // 17:00 in Zagreb: closed
    ['2026-11-28T11:00:00+01:00', false], // Saturday
  ])('%s open: %s', (iso, open) => expect(isWithinHours(weekdays, Date.parse(iso))).toBe(open));

  test('a night shift spans midnight', () => {
    const night: ServiceHours = { days: [5], start: '22:00', end: '06:00', timeZone: 'UTC' };
    expect(isWithinHours(night, Date.parse('2026-11-27T23:00:00Z'))).toBe(true); // Friday night
    expect(isWithinHours(night, Date.parse('2026-11-28T05:00:00Z'))).toBe(true); // Saturday small hours
    expect(isWithinHours(night, Date.parse('2026-11-28T07:00:00Z'))).toBe(false);
  });

  test('described in the reply language', () => {
    expect(describeHours({ ...weekdays, timeZone: '' }, 'en')).toBe('Mon–Fri 9:00 AM–5:00 PM');
    expect(describeHours({ ...weekdays, days: [1, 3, 5], timeZone: '' }, 'en')).toBe('Mon, Wed, Fri 9:00 AM–5:00 PM');
    expect(describeHours({ ...weekdays, timeZone: '' }, 'de')).toMatch(/^Mo\.?–Fr\.? 9:00–17:00$/u);
    expect(describeHours({ ...weekdays, timeZone: '' }, 'fa')).toMatch(/[۰-۹]/u);
    expect(describeHours(weekdays, 'en')).toMatch(/\(Europe\/Zagreb\)$/);
  });
});

describe('settings', () => {
  test('a stored value that no longer parses gives the defaults', () => {
    expect(readReplySettings({ initials: 5 })).toEqual(DEFAULT_REPLY_SETTINGS);
    expect(readReplySettings(undefined)).toEqual(DEFAULT_REPLY_SETTINGS);
  });

  test('an unknown time zone is refused (it would break every clock)', () => {
    const r = replySettingsSchema.safeParse({ ...DEFAULT_REPLY_SETTINGS, hours: { ...DEFAULT_REPLY_SETTINGS.hours, timeZone: 'Mars/Olympus' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('a time zone like Europe/Zagreb');
  });

  test('help links must be https', () => {
    expect(readReplySettings({ ...DEFAULT_REPLY_SETTINGS, kbLinks: [{ language: '', url: 'javascript:alert(1)' }] })).toEqual(DEFAULT_REPLY_SETTINGS);
  });

  test('the help link of their language, else the general one, else a slot', () => {
    const s = { ...DEFAULT_REPLY_SETTINGS, kbLinks: [{ language: '', url: 'https://help.example.com' }, { language: 'es', url: 'https://help.example.com/es' }] };
    expect(kbLinkFor(s, 'es')).toBe('https://help.example.com/es');
    expect(kbLinkFor(s, 'de')).toBe('https://help.example.com');
    expect(replyVars(DEFAULT_REPLY_SETTINGS, 'Ana', 'en').kb_link).toBe('{{help article link}}');
  });

  test('signs with ^initials unless a signature is set', () => {
    expect(replyVars({ ...DEFAULT_REPLY_SETTINGS, initials: 'AB' }, 'Ana', 'en')).toMatchObject({ first_name: 'Ana', signature: '^AB' });
    expect(replyVars({ ...DEFAULT_REPLY_SETTINGS, initials: 'AB', signature: '– Ana, Acme' }, 'x', 'en').signature).toBe('– Ana, Acme');
  });
});
