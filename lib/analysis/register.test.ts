import { tokenize } from './features';
import { findCues } from './lexicon';
import { readRegister } from './register';

const register = (text: string) => {
  const tokens = tokenize(text);
  return readRegister(text, tokens, findCues(tokens));
};

test.each([
  ['love it 😍😍', { emoji: 2, shouting: false, warm: true }],
  ['thanks :)', { emoji: 1, warm: true }],
  ['WHERE IS MY ORDER', { shouting: true }],
  ['OK', { shouting: false }],
  ['Wow!!! amazing!', { exclamations: 4 }],
  ['lol bro u gotta see this', { slang: true, formality: 'informal' }],
  ['¿Podría usted ayudarme con mi pedido?', { formality: 'formal' }],
  ['oye, tú sabes dónde está mi pedido?', { formality: 'informal' }],
  ['Können Sie mir bitte helfen?', { formality: 'formal' }],
  ['kannst du mir helfen?', { formality: 'informal' }],
  ['Pourriez-vous m’aider, monsieur ?', { formality: 'formal' }],
  ['salut, tu peux m’aider ?', { formality: 'informal' }],
  ['क्या आप मेरी मदद कर सकते हैं?', { formality: 'formal' }],
  ['तुम मेरी मदद करो', { formality: 'informal' }],
  ['Možete li mi pomoći? Hvala Vam', { formality: 'formal' }],
  ['Шановний менеджере, допоможіть будь ласка', { formality: 'formal' }],
  ['привіт, ти можеш допомогти?', { formality: 'informal' }],
  ['Уважаемый оператор, помогите пожалуйста', { formality: 'formal' }],
  ['ты можешь помочь?', { formality: 'informal' }],
  ['لطفا به شما زحمت میدهم', { formality: 'formal' }],
  ['تو چرا جواب نمیدی', { formality: 'informal' }],
  // greetings and forms of address without a "you"
  ['Уважаемые господа, прошу вернуть деньги.', { formality: 'formal' }],
  ['Шановні, прошу повернути кошти.', { formality: 'formal' }],
  ['आदरणीय महोदय, कृपया मेरा पैसा वापस करें', { formality: 'formal' }],
  ['Prezado, atenciosamente', { formality: 'formal' }],
  ['Buongiorno, vorrei sapere quando arriva il mio ordine.', { formality: 'formal' }],
  ['oye tío, ¿dónde está mi paquete?', { formality: 'informal' }],
  ['mano, cadê meu pedido kkkk', { formality: 'informal' }],
  ['अरे भाई, मेरा ऑर्डर कहाँ है?', { formality: 'informal' }],
  ['يا اخي وين طلبي؟', { formality: 'informal' }],
  ['سلام داداش، سفارشم کو؟', { formality: 'informal' }],
  ['', { emoji: 0, exclamations: 0, shouting: false, slang: false, formality: 'neutral', warm: false }],
])('%s', (text, expected) => expect(register(text)).toMatchObject(expected));

test('every label says why', () => {
  expect(register('LOL THIS IS AMAZING 😍!!').because).toEqual(expect.arrayContaining(['CAPITALS', '2 ×!', 'LOL']));
});
