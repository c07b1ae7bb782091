import { tokenize } from './features';
import { readLanguage } from './language';
import { readScript } from './script';

const languageOf = (text: string) => readLanguage(text, tokenize(text), readScript(text)).language;

describe('readScript', () => {
  test.each([
    ['Where is my order?', 'Latn', 'ltr'],
    ['سفارش من هنوز نرسیده', 'Arab', 'rtl'],
    ['وين طلبي؟ صار لي أسبوع', 'Arab', 'rtl'],
    ['میرا آرڈر کہاں ہے؟', 'Arab', 'rtl'],
    ['איפה ההזמנה שלי', 'Hebr', 'rtl'],
    ['मेरा ऑर्डर कहाँ है?', 'Deva', 'ltr'],
    ['Де моє замовлення?', 'Cyrl', 'ltr'],
    ['😡😡😡 123', 'Zyyy', 'ltr'],
    ['', 'Zyyy', 'ltr'],
    // mixed: the script with most letters wins
    ['order #123 سفارش من هنوز نرسیده است', 'Arab', 'rtl'],
  ])('%s → %s %s', (text, script, direction) => expect(readScript(text)).toMatchObject({ script, direction }));
});

describe('readLanguage', () => {
  test.each([
    ['Where is my order? It has been two weeks.', 'en'],
    ['¿Dónde está mi pedido? Llevo dos semanas esperando.', 'es'],
    ['Onde está o meu pedido? Já faz duas semanas.', 'pt'],
    ['Où est ma commande ? Cela fait deux semaines.', 'fr'],
    ['Wo ist meine Bestellung? Ich warte seit zwei Wochen.', 'de'],
    ['Dov’è il mio ordine? Aspetto da due settimane.', 'it'],
    ['أين طلبي؟ لقد مر أسبوعان على الطلب', 'ar'],
    ['سفارش من کجاست؟ دو هفته است که منتظرم', 'fa'],
    ['मेरा ऑर्डर कहाँ है? दो हफ्ते हो गए', 'hi'],
    ['bhai mera order kab aayega, do hafte ho gaye yaar', 'hi'],
    ['Gdje je moja narudžba? Čekam već dva tjedna.', 'hr'],
    ['Де моє замовлення? Чекаю вже два тижні.', 'uk'],
    ['Где мой заказ? Жду уже две недели.', 'ru'],
    ['میرا آرڈر کہاں ہے؟ دو ہفتے ہو گئے ہیں', 'ur'],
    // too short or no words: we do not guess
    ['ok', 'und'],
    ['👍👍', 'und'],
    ['12345', 'und'],
    ['', 'und'],
  ])('%s → %s', (text, language) => expect(languageOf(text)).toBe(language));
});

describe('romanised Hindi is told from the Latin-script languages that share its short words', () => {
  test.each([
    ['ye bhi add kr dete garbage bin, kya bolte ho', 'hi'],
    ['han dhund ra hu k db ka default passed kya h', 'hi'],
    ['Ja se na to ne mogu složiti, ali hvala', 'hr'],
    ['Non ho mai visto un servizio così lento', 'it'],
  ])('%s → %s', (text, language) => expect(languageOf(text)).toBe(language));
});

describe('Cyrillic without Ukrainian or Russian letters: another Cyrillic language only with its own evidence', () => {
  test.each([
    // eld alone called these Bulgarian
    ['Прийнято.', 'uk'],
    ['Дружина наполягла.', 'uk'],
    ['Не вгадали.', 'uk'],
    ['Дякую, все прийшло вчасно', 'uk'],
    ['Добрий день, чекаю на замовлення', 'uk'],
    ['Дорогие товарищи!', 'ru'],
    ['давай уроки делай', 'ru'],
    // … and this one Serbian
    ['вот она красавица)', 'ru'],
    ['Где мой заказ?', 'ru'],
    // words only one of the two writes: eld alone called these Ukrainian and Russian
    ['я буду жить вечно', 'ru'],
    ['що за статус?', 'uk'],
    // Bulgarian words (ъ alone no longer settles Russian), Serbian ј љ њ ћ ђ џ, Belarusian ў
    ['Къде е поръчката ми?', 'bg'],
    ['Благодаря, всичко е наред', 'bg'],
    ['Здравейте, кога ще пристигне пратката?', 'bg'],
    ['Где је моја поруџбина?', 'sr'],
    ['Нехта ў нас дома', 'be'],
  ])('%s → %s', (text, language) => expect(languageOf(text)).toBe(language));
});
