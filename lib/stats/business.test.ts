import { addDays, businessMsBetween, datesBetween, isOpenAt, localDate, parsePeriods, periodsLabel, weekProblem, zonedTimeMs, type BusinessHours } from './business';
import { HOUR_MS, MINUTE_MS } from './clock';

const H = (h: number, m = 0) => h * 60 + m;
// Paris: Mon–Fri 9:00–12:30 and 13:30–18:00, Saturday 10:00–14:00; 14 July closed.
const paris: BusinessHours = {
  timeZone: 'Europe/Paris',
  week: [[], [[H(9), H(12, 30)], [H(13, 30), H(18)]], [[H(9), H(12, 30)], [H(13, 30), H(18)]], [[H(9), H(12, 30)], [H(13, 30), H(18)]], [[H(9), H(12, 30)], [H(13, 30), H(18)]], [[H(9), H(12, 30)], [H(13, 30), H(18)]], [[H(10), H(14)]]],
  holidays: ['2026-07-14'],
};
const utc = (s: string) => Date.parse(`${s}Z`);

test.each([
  // [what, from (UTC), to (UTC), expected business ms]
  ['inside one morning period', '2026-07-13T07:10:00', '2026-07-13T07:40:00', 30 * MINUTE_MS], // 9:10→9:40 Paris (UTC+2)
  ['over lunch counts only open time', '2026-07-13T10:00:00', '2026-07-13T12:00:00', 60 * MINUTE_MS], // 12:00→14:00 local: 12:00–12:30 and 13:30–14:00
  ['before opening to after closing', '2026-07-13T05:00:00', '2026-07-13T18:00:00', 8 * HOUR_MS],
  ['a holiday counts nothing', '2026-07-14T07:00:00', '2026-07-14T16:00:00', 0],
  ['Friday evening to Monday 9:30 (Saturday morning open)', '2026-07-10T17:00:00', '2026-07-13T07:30:00', 4 * HOUR_MS + 30 * MINUTE_MS],
  ['Sunday is closed', '2026-07-12T06:00:00', '2026-07-12T20:00:00', 0],
  ['end before start', '2026-07-13T09:00:00', '2026-07-13T08:00:00', 0],
  ['two whole weeks in the middle', '2026-07-05T00:00:00', '2026-07-19T00:00:00', 2 * (5 * 8 + 4) * HOUR_MS - 8 * HOUR_MS], // minus 14 July
] as const)('%s', (_, from, to, expected) => {
  expect(businessMsBetween(utc(from), utc(to), paris)).toBe(expected);
});

// Saturday 28 March 08:00 UTC is 9:00 in Paris (UTC+1): 10–14 open, 4 h; Monday 30 March 08:00 UTC
// is 10:00 (UTC+2 since Sunday): 9–10, 1 h.
test('DST: Saturday 10–14 then Monday 9–10 across the spring change', () => {
  expect(businessMsBetween(utc('2026-03-28T08:00:00'), utc('2026-03-30T08:00:00'), paris)).toBe(5 * HOUR_MS);
});

test.each([
  ['2026-07-13T07:00:00', true], // Mon 9:00 Paris
  ['2026-07-13T10:45:00', false], // 12:45 lunch
  ['2026-07-13T16:00:00', false], // 18:00 closed (end excluded)
  ['2026-07-14T08:00:00', false], // holiday
  ['2026-07-11T09:00:00', true], // Saturday 11:00
] as const)('open at %s: %s', (at, open) => {
  expect(isOpenAt(utc(at), paris)).toBe(open);
});

test.each([
  ['2026-01-05T23:30:00', 'UTC', '2026-01-05'],
  ['2026-01-05T23:30:00', 'Europe/Paris', '2026-01-06'],
  ['2026-01-05T03:00:00', 'America/New_York', '2026-01-04'],
  ['2026-01-05T20:00:00', 'Asia/Kolkata', '2026-01-06'], // +5:30
] as const)('%s in %s is %s', (at, zone, date) => {
  expect(localDate(utc(at), zone)).toBe(date);
});

test.each([
  ['2026-07-13', H(9), 'Europe/Paris', '2026-07-13T07:00:00'],
  ['2026-01-13', H(9), 'Europe/Paris', '2026-01-13T08:00:00'],
  ['2026-03-29', H(2, 30), 'Europe/Paris', '2026-03-29T01:30:00'], // in the gap: lands an hour on
  ['2026-07-13', H(24), 'Asia/Kathmandu', '2026-07-13T18:15:00'], // +5:45, closing at midnight
] as const)('%s %i min in %s', (date, minute, zone, expected) => {
  expect(zonedTimeMs(date, minute, zone)).toBe(utc(expected));
});

test('dates and weeks', () => {
  expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  expect(weekProblem(paris.week)).toBeNull();
  expect(weekProblem([[], [[600, 540]], [], [], [], [], []])).toMatch(/Monday/);
  expect(weekProblem([[], [[540, 720], [700, 800]], [], [], [], [], []])).toMatch(/overlap/);
  expect(weekProblem([[]])).toMatch(/7 days/);
});

test.each([
  ['09:00-12:30, 13:30-18:00', { periods: [[540, 750], [810, 1080]] }],
  ['13:30–18:00; 9:00-12:30', { periods: [[540, 750], [810, 1080]] }],
  ['closed', { periods: [] }],
  ['', { periods: [] }],
  ['00:00-24:00', { periods: [[0, 1440]] }],
  ['9-17', { error: '"9-17" is not like 09:00-17:30' }],
  ['18:00-09:00', { error: '"18:00-09:00" is not a period of one day' }],
  ['09:75-10:00', { error: '"09:75-10:00" is not a period of one day' }],
] as const)('periods %j', (text, expected) => {
  expect(parsePeriods(text)).toEqual(expected);
});

test('periods read back as written', () => {
  expect(periodsLabel([[540, 750], [810, 1080]])).toBe('09:00-12:30, 13:30-18:00');
  expect(periodsLabel([])).toBe('closed');
});

test('whole weeks count the same as day by day, holidays included', () => {
  const from = utc('2026-01-01T10:00:00');
  for (const days of [1, 6, 7, 8, 13, 14, 15, 60, 400]) {
    const to = from + days * 86_400_000 + 3_600_000;
    let expected = 0;
    // Reference: hour by hour, open or not (the periods are whole half-hours, so 30-minute steps are exact).
    for (let t = from; t < to; t += 30 * MINUTE_MS) if (isOpenAt(t, { ...paris, timeZone: 'UTC' })) expected += 30 * MINUTE_MS;
    expect(businessMsBetween(from, to, { ...paris, timeZone: 'UTC' })).toBe(expected);
  }
});

test('a span of centuries (a bad date on a page) is counted, quickly', () => {
  expect(businessMsBetween(0, utc('2300-01-01T00:00:00'), paris)).toBeGreaterThan(0);
});
