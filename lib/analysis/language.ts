import { detectWithEld } from './eld-scores';
import { countWords, type Token } from './features';
import type { ScriptReading } from './script';

// Which language a message is in. eld was chosen by measurement on ../shared/data (400 rows per
// language, en es pt fr de it ar hi hr uk ru fa): eld/extrasmall 0.937 mean accuracy at ~34k msg/s
// and 280 KB gz, against tinyld 0.875 (5k msg/s) and franc-min 0.821 (ru 0.47). Scripts that
// settle the answer alone skip the detector; romanised Hindi (Hinglish), which every detector
// missed, is recognised by its function words. eld's scores are computed over its own data by
// eld-scores.ts, which answers exactly what eld.detect() does, some ten times faster.

// Letters only one of the two Cyrillic languages uses.
const UK_ONLY = /[іїєґІЇЄҐ]/;
const RU_ONLY = /[ыэъёЫЭЪЁ]/;
// eld's other Cyrillic languages, by their own letters (Serbian, Belarusian) or frequent words
// that are neither Russian nor Ukrainian (Bulgarian: its letters are all Russian ones).
const SR_ONLY = /[јљњћђџЈЉЊЋЂЏ]/;
const BE_ONLY = /[ўЎ]/;
const BULGARIAN = new Set(
  'аз съм сме сте това тази този тези които който която което какво защо къде кога сега благодаря здравей здравейте няма нещо нищо във със трябва обаче вече също ние вие искам мога поръчка поръчката пратка пратката'.split(' '),
);
const UK_RU = ['uk', 'ru'];
// Frequent words that only one of the two writes, among those spelled without the letters above:
// short messages often have none of those letters ("я буду жить вечно", "дякую за допомогу").
const UKRAINIAN = new Set(
  'що як це ще де вже дуже коли зараз дякую ласка його або але треба нема чого цей ця було була був можна будь мене вона вони шановний замовлення'.split(' '),
);
const RUSSIAN = new Set(
  'что как его она они уже очень если только когда сейчас тоже меня тебя себя нет спасибо пожалуйста хорошо где здесь почему зачем сегодня жить надо нужно можно чтобы привет заказ был может'.split(' '),
);

// Letters Urdu has and Persian/Arabic do not (ٹ ڈ ڑ ں ے ھ).
const URDU_ONLY = /[\u0679\u0688\u0691\u06ba\u06d2\u06be]/;

// Frequent romanised Hindi words that are not also frequent words of our other Latin-script
// languages: "to", "the", "par", "me", "main", "log", "tab" (en), "se", "na", "ni" (es/pt/hr),
// "ho", "mai" (it), "ab", "bas" (de/fr) are left out on purpose.
const HINGLISH = new Set(
  ('hai hain nahi nahin nhi kya kyun kyu kyon mera meri mere tera teri tere tumhara tumhari aap aapka aapki hum hamara ' +
    'bhi bhai yaar yar accha achha acha bahut bohot bahot kiya karo karna karte raha rahe rahi tha thi hoga gaya gayi ' +
    'kuch kuchh koi sab abhi kal aur lekin jab kaise kaisa kab kahan ji haan mat wala wali paisa paise dost pyaar pyar ' +
    'bolo dekho chalo sahi galat bakwas bekar matlab zyada jaldi kab tak mujhe tujhe humko usko unko apna apni ' +
    'hona hua hui huye kar diya liya milega mila nai kaam shukriya dhanyavaad dhanyawad theek thik bilkul ' +
    'ka ki ke kr kro krna krte hu toh yeh woh ap apko dekh gya rha rhe rhi mein hota hoti aaj sirf phir fir sach ' +
    'chahiye chaiye samajh lagta kaun kon kisi isko iska uska unka sabse hogi hoge khud bura yahan wahan').split(' '),
);

export interface LanguageReading {
  language: string;
  because: string[];
}

const UND: LanguageReading = { language: 'und', because: [] };

export function readLanguage(text: string, tokens: readonly Token[], script: ScriptReading): LanguageReading {
  switch (script.script) {
    case 'Deva':
      return script.letters >= 2 ? { language: 'hi', because: ['Devanagari'] } : UND;
    case 'Hebr':
      return { language: 'he', because: ['Hebrew script'] };
    case 'Cyrl':
      if (UK_ONLY.test(text)) return { language: 'uk', because: ['і ї є ґ'] };
      // ъ is Bulgarian's most frequent letter: with Bulgarian words, eld decides.
      if (RU_ONLY.test(text) && !hasBulgarianWord(tokens)) return { language: 'ru', because: ['ы э ъ ё'] };
      // Bulgarian, Serbian and Belarusian evidence leaves it to eld.
      if (!hasBulgarianWord(tokens) && !SR_ONLY.test(text) && !BE_ONLY.test(text)) {
        const lean = ukRuWords(tokens);
        if (lean.uk.length > lean.ru.length) return { language: 'uk', because: lean.uk.slice(0, 3) };
        if (lean.ru.length > lean.uk.length) return { language: 'ru', because: lean.ru.slice(0, 3) };
      }
      break;
    case 'Arab':
      if (URDU_ONLY.test(text)) return { language: 'ur', because: ['ٹ ڈ ڑ ں ے ھ'] };
      break;
    case 'Latn': {
      const hinglish = hinglishWords(tokens);
      if (hinglish.length >= 2 && hinglish.length * 4 >= countWords(tokens, Infinity)) return { language: 'hi', because: hinglish.slice(0, 3) };
      break;
    }
    case 'Zyyy':
      return UND;
  }
  if (script.letters < 4) return UND;
  // eld's cost grows with length and 200 characters settle the language.
  const cut = text.length > 200 ? text.slice(0, 200) : text;
  let result = detectWithEld(cut);
  // Short Ukrainian or Russian without their own letters often scores as Bulgarian, Serbian or
  // Belarusian: without that language's own letters or words, eld chooses between uk and ru.
  if (script.script === 'Cyrl' && isOtherCyrillicWithoutEvidence(result.language, text, tokens)) result = detectWithEld(cut, UK_RU);
  // Past 40 letters eld's first answer holds even when it is not sure.
  if (!result.language || (script.letters < 40 && !result.reliable)) return UND;
  return { language: result.language, because: [] };
}

function isOtherCyrillicWithoutEvidence(language: string, text: string, tokens: readonly Token[]): boolean {
  switch (language) {
    case 'bg':
      return !hasBulgarianWord(tokens);
    case 'sr':
      return !SR_ONLY.test(text);
    case 'be':
      return !BE_ONLY.test(text);
    default:
      return false;
  }
}

function ukRuWords(tokens: readonly Token[]): { uk: string[]; ru: string[] } {
  const uk: string[] = [];
  const ru: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (UKRAINIAN.has(t.norm)) uk.push(t.raw);
    else if (RUSSIAN.has(t.norm)) ru.push(t.raw);
  }
  return { uk, ru };
}

function hasBulgarianWord(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word' && BULGARIAN.has(t.norm)) return true;
  return false;
}

function hinglishWords(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  for (const t of tokens) if (t.kind === 'word' && HINGLISH.has(t.norm) && !found.includes(t.norm)) found.push(t.norm);
  return found;
}
