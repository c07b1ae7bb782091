import { tokenize } from './features';
import { findCues } from './lexicon';
import { readPrivateFollowUp } from './private';

const calm = { negative: false, complaint: false };
const upset = { negative: true, complaint: true };
const reasonsOf = (text: string, context = calm) => readPrivateFollowUp(text, findCues(tokenize(text)), context).reasons.map((r) => r.reason);

test.each([
  ['Where is my order #A12345?', calm, ['order-number']],
  ['my order number is 123456789, still nothing', calm, ['order-number']],
  ['Bestellnummer: 4481-2290 kam nie an', calm, ['order-number']],
  ['Booking ref XKCDQW, can I change the date?', calm, ['booking-number']],
  ['reserva 55AB21 cancelada sin aviso', calm, ['booking-number']],
  ['email me at jane.doe@example.com', calm, ['email', 'not-public']],
  ['@brand @support write to ana@correo.es', calm, ['email']],
  ['call me on +44 20 7946 0958 please', calm, ['phone', 'not-public']],
  ['my card 4111 1111 1111 1111 was charged', calm, ['payment']],
  ['the card ending in 4242 was declined', calm, ['payment']],
  ['I live at 221 Baker Street, please send it again', calm, ['address']],
  ['I want a refund now', calm, ['refund']],
  ['quiero un reembolso', calm, ['refund']],
  ['मुझे रिफंड चाहिए', calm, ['refund']],
  ['хочу возврат денег', calm, ['refund']],
  ['I will contact my lawyer about this', calm, ['legal']],
  ['you charged me twice for one order', upset, ['transaction']],
  ['my account was hacked and you do nothing', upset, ['account']],
  ['account number: 12345678 is blocked', calm, ['account']],
  ['Paket an Hauptstraße 12 schicken', calm, ['address']],
  ['Gdje je moja narudžba 778812? Hvala', calm, ['order-number']],
  ['سفارش شماره 884421 هنوز نرسیده', calm, ['order-number']],
  // public matters: no reason
  ['love the new design!', calm, []],
  ['what time do you open on sunday?', calm, []],
  ['#throwback to 2019 #summer', calm, []],
  ['flight AA1728 crew was phenomenal', calm, []],
  ['almost ticket time', calm, []],
  ['released 2024-05-01, version 12.3.4', calm, []],
  ['', calm, []],
])('%s', (text, context, reasons) => expect(reasonsOf(text, context).sort()).toEqual([...reasons].sort()));

test('an IBAN asks for a private answer', () => expect(reasonsOf('please pay it back to GB29 NWBK 6016 1331 9268 19')).toContain('account'));

test('each reason carries the words that raised it', () => {
  const text = 'Order #A12345 never came, email me at jo@example.org';
  const result = readPrivateFollowUp(text, findCues(tokenize(text)), calm);
  expect(result.needed).toBe(true);
  expect(result.reasons).toContainEqual({ reason: 'order-number', because: ['Order #A12345'] });
  expect(result.reasons).toContainEqual({ reason: 'email', because: ['jo@example.org'] });
});
