// Top topics: the words customers use most, counted once per message so that one long rant does
// not outweigh many short questions. Small stop-word lists for the languages we see most; words
// shorter than 3 letters, numbers, links and @handles are not topics (a hashtag's word is).

const STOP_WORDS = new Set(
  [
    // en
    'the and for are but not you your yours with this that have has had was were will would can could should what when where which who why how all any our out get got just like from they them their there then than too very about into its it’s it\'s i’m i\'m don’t don\'t can’t can\'t dont cant im ive thanks thank please hello hey one also been being more some only does did doing here now still yes yet because much even well really',
    // fr
    'les des une pour pas que qui est sur avec dans vous nous mais plus par son ses tout très bien merci bonjour cette ces été avez',
    // es
    'los las una por para con que del como pero sus muy más este esta gracias hola está tiene',
    // de
    'der die das und ist nicht mit sie ich ein eine für auf den dem des sich auch wie noch danke bitte hallo haben',
  ]
    .join(' ')
    .split(/\s+/),
);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const NOISE = /https?:\/\/\S+|@\S+/gu;

export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.replace(NOISE, ' ').toLocaleLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’-]+$/u, '');
    if ([...word].length >= 3 && !STOP_WORDS.has(word)) words.add(word);
  }
  return [...words];
}

export function topKeywords(texts: Iterable<string>, limit = 10): Array<{ word: string; count: number }> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word, count]) => ({ word, count }));
}
