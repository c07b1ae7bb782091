import { describe, expect, test } from 'vitest';
import { xWeightedLength } from './length';
import { TONES, templateSchema } from './model';
import { render } from './render';
import { defaultBusinessHours } from '../stats/business';
import { DEFAULT_REPLY_SETTINGS, replyVars } from './settings';
import { STARTER_GROUPS, STARTER_LANGUAGES, starterId, starterTemplates } from './starter';

const settings = { ...DEFAULT_REPLY_SETTINGS, initials: 'AB', kbLinks: [{ language: '', url: 'https://help.example.com/orders/where-is-my-order' }] };
const EMOJI = /\p{Extended_Pictographic}/u;

describe('starter library', () => {
  test('every situation in every language, each valid', () => {
    expect(starterTemplates).toHaveLength(STARTER_GROUPS.length * STARTER_LANGUAGES.length);
    for (const t of starterTemplates) expect(templateSchema.safeParse(t).success, t.id).toBe(true);
    expect(new Set(starterTemplates.map((t) => t.id)).size).toBe(starterTemplates.length);
  });

  test('has warm, neutral and formal text for each', () => {
    for (const t of starterTemplates) for (const tone of TONES) expect(t.bodies[tone]?.trim(), `${t.id} ${tone}`).toBeTruthy();
  });

  test('warm is warm (emoji and "!"); formal has no emoji', () => {
    for (const t of starterTemplates) {
      expect(t.bodies.warm, t.id).toMatch(EMOJI);
      expect(t.bodies.warm, t.id).toMatch(/[!！]/u);
      expect(t.bodies.formal, t.id).not.toMatch(EMOJI);
    }
  });

  // The formal address each language expects, and the familiar one warm uses where it has one.
  test.each([
    ['de', /\b(Sie|Ihnen|Ihr\w*)\b/u, /\b(du|dir|dich|dein\w*)\b/u],
    ['es', /\b(su|le|usted|Envíenos|podría|Puede)\b/u, /\b(te|tu|ti|tienes|Escríbenos|pasas)\b/u],
    ['fr', /\bvous\b|\bvos?\b/u, null],
    ['hr', /(?<!\p{L})(Vi|Vam|Vas|Vaš\w*|Poštovani)(?!\p{L})/u, /(?<!\p{L})(ti|tvoj\w*|si|možeš|Pošalji|piši|ćeš)(?!\p{L})/u],
    ['uk', /(?<!\p{L})(ви|вам|вас|ваш\p{L}*)(?!\p{L})/u, /(?<!\p{L})(тобі|тебе|твій|твого|твоє|пиши|Надішли)(?!\p{L})/u],
    ['hi', /आप|हम/u, null],
    ['fa', /شما|خواهشمند|گرامی/u, null],
    ['pt', /(?<!\p{L})(seu|sua|seus|suas|lhe|o senhor|a senhora)(?!\p{L})/u, /(?<!\p{L})(você|te|tu|teu|tua|a gente|pra|manda)(?!\p{L})/iu],
    ['it', /(?<!\p{L})(Lei|La|Le|Suo|Sua|Suoi|Sue)(?!\p{L})/u, /(?<!\p{L})(tu|ti|te|tuo|tua|tuoi|tue|puoi|hai|scrivici|inviaci|mandaci|scusa)(?!\p{L})/iu],
    ['ru', /(?<!\p{L})(Вы|Вас|Вам|Ваш\p{L}*)(?!\p{L})/u, /(?<!\p{L})(ты|тебе|тебя|твой|твоё|твоего|твоему|твою|твоим|пиши|пришли|извини|личку)(?!\p{L})/iu],
    // Arabic's familiar form is the singular "-ك" (طلبك، لك); formal says the plural "-كم".
    ['ar', /كم(?!\p{L})|نرجو|نشكر/u, /(?<!\p{L})(?!ذلك|كذلك|لذلك|هناك)\p{L}+ك(?!\p{L})/u],
  ] as const)('%s formal variants use the formal address', (language, formal, familiar) => {
    for (const t of starterTemplates.filter((x) => x.language === language)) {
      expect(t.bodies.formal, t.id).toMatch(formal);
      if (familiar) expect(t.bodies.formal, t.id).not.toMatch(familiar);
    }
  });

  test('Italian and Russian formal capitalise the polite pronouns, as business letters do', () => {
    for (const t of starterTemplates.filter((x) => x.language === 'it')) expect(t.bodies.formal, t.id).not.toMatch(/(?<!\p{L})(lei|suo|sua|suoi|sue)(?!\p{L})|(?<!\p{L})(la|le) (ringrazi|preghi|aggiorner|risponder|abbiamo)/u);
    for (const t of starterTemplates.filter((x) => x.language === 'ru')) expect(t.bodies.formal, t.id).not.toMatch(/(?<!\p{L})(вы|вас|вам|ваш\p{L}*)(?!\p{L})/u);
  });

  test('Hindi formal says आप, Persian formal says شما in replies that address the customer', () => {
    const addressing = ['complaint', 'dm', 'delay', 'refund', 'question'] as const;
    for (const g of addressing) {
      expect(starterTemplates.find((t) => t.id === starterId(g, 'hi'))!.bodies.formal).toMatch(/आप/u);
      expect(starterTemplates.find((t) => t.id === starterId(g, 'fa'))!.bodies.formal).toMatch(/شما|ـتان|تان/u);
    }
  });

  test('renders without leftovers, with and without a name, and public replies fit on X', () => {
    for (const t of starterTemplates) {
      for (const tone of TONES) {
        for (const author of ['Alexandra Montgomery', '@acme_fan']) {
          const text = render(t.bodies[tone]!, replyVars(settings, defaultBusinessHours('Europe/Zagreb'), author, t.language));
          const where = `${t.id} ${tone} ${author}`;
          expect(text.replace(/\{\{[^{}]*\}\}/gu, ''), where).not.toMatch(/[{}\u0000]/u);
          expect(text, where).not.toMatch(/ [,.!?;:،](?!\S*\})| {2}/u);
          if (t.channel !== 'private') expect(xWeightedLength(text), where).toBeLessThanOrEqual(280);
        }
      }
    }
  });

  test('the public DM reply has its private opener in every language', () => {
    for (const language of STARTER_LANGUAGES) {
      const dm = starterTemplates.find((t) => t.id === starterId('dm', language))!;
      expect(dm.channel).toBe('public');
      const opener = starterTemplates.find((t) => t.group === dm.opener && t.language === language);
      expect(opener?.channel).toBe('private');
    }
  });

  test('Persian and Arabic are written in their script (Arabic with ، ؟ ؛); French has its no-break spaces', () => {
    for (const t of starterTemplates.filter((x) => x.language === 'fa')) {
      const letters = render(t.bodies.neutral!, {}).replace(/DM|https?:\S+|\{\{[^}]*\}\}|\^\w+/g, '');
      expect(letters, t.id).not.toMatch(/[A-Za-z]/);
    }
    for (const t of starterTemplates.filter((x) => x.language === 'ar')) {
      for (const tone of TONES) {
        const letters = render(t.bodies[tone]!, {}).replace(/DM|https?:\S+|\{\{[^}]*\}\}|\^\w+/g, '');
        expect(letters, `${t.id} ${tone}`).not.toMatch(/[A-Za-z]/);
        expect(letters, `${t.id} ${tone}`).not.toMatch(/[,?;](?!\S*\})/u); // Arabic writes ، ؟ ؛
      }
    }
    expect(starterTemplates.filter((t) => t.language === 'fa').some((t) => t.bodies.formal!.includes('\u200c'))).toBe(true);
    for (const t of starterTemplates.filter((x) => x.language === 'fr')) for (const tone of TONES) expect(t.bodies[tone], t.id).not.toMatch(/ [!?;:]/u);
  });

  test('no template answers spam or abuse', () => {
    for (const t of starterTemplates) expect(t.intents as string[]).not.toContain('spam');
    for (const t of starterTemplates) expect(t.intents as string[]).not.toContain('abuse');
  });
});
