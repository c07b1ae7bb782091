import type { CueHits } from './lexicon';
import type { Analysis, PrivateReason } from './types';

// Whether the answer belongs in a private channel, and why: the message carries personal data
// (order/booking/account numbers, e-mail, phone, address, card), or is about money or one
// specific transaction, a legal threat, or something only solvable with the customer's details.

type Reasons = Analysis['privateFollowUp']['reasons'];

const ORDER_WORDS =
  'order|orders|pedido|commande|bestellung|bestellnummer|ordine|narudžb\\w*|замовлення|заказ\\w*|سفارش|طلب|ऑर्डर|tracking|case|ticket|reference|ref|invoice|factura|rechnung|fattura';
const BOOKING_WORDS =
  'booking|reservation|confirmation|pnr|reserva|réservation|buchung|prenotazione|rezervacij\\w*|бронювання|бронирован\\w*|رزرو|حجز|बुकिंग';
const ID_AFTER = String.raw`\s*(?:ref\.?|reference|code|no\.?|number|num|nr\.?|n[º°o]\.?|numéro|nummer|numero|broj|номер|شماره|رقم|id|code|#|:)?\s*(?:is\s*|es\s*|est\s*)?#?\s*`;
// An id needs a digit, or is a 6-letter airline locator in capitals.
const ID = String.raw`((?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}|[A-Z]{6}\b)`;
const ORDER_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ORDER_WORDS})${ID_AFTER}${ID}`, 'iu');
const BOOKING_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${BOOKING_WORDS})${ID_AFTER}${ID}`, 'iu');
// Four digits at least: "#aa985" is a hashtag, "#A12345" an order.
const HASH_ID = /(?<![\p{L}\p{N}&])#((?=(?:[A-Z-]*\d){4})[A-Z0-9-]{5,})(?![\p{L}\p{N}])/iu;
const ACCOUNT_NUMBER = /(?:account|acct|a\/c|cuenta|conta|compte|konto|conto|račun|рахунок|счет|счёт|حساب|खाता)\s*(?:no\.?|number|nr\.?|número|nummer|numero|broj|номер|شماره)?\s*[#:]?\s*#?\s*(\d[\d -]{4,}\d)/iu;
// IBANs are ASCII: without the u flag this scans a 4 KB post some 20× faster.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b/i;
// Tried only around each "@" (see findEmail): run over the whole text it costs more than all the
// other patterns together on long posts.
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const NOT_IN_ADDRESS = /[\s<>()[\]{},;:"']/;
// Digit runs with separators: phones and card numbers, told apart below.
const DIGIT_RUN = /\+?\(?\d[\d ().-]{7,22}\d/g;
const CARD_HINT = /(?:card|tarjeta|cartão|carte|karte|carta|kartic\w*|картк\w*|карт\w*|کارت|بطاقة|कार्ड)\s+(?:ending|ending in|terminada en|final|se terminant par|endet auf|che termina|\.\.\.|\*+)\s*(?:in\s*)?\d{4}|(?:cvv|cvc|expiry date|fecha de vencimiento)/iu;
// German street names are tried from a word's start only: mid-word, \p{L}+ backtracks over every ending.
const ADDRESS = /\b\d{1,5}[a-z]?,?\s+(?:[\p{L}.'-]+\s+){0,3}(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd|lane|ln|drive|dr\.?|way|court|ct)\b|(?:calle|avenida|av\.|rua|rue|via|viale|ulica|ul\.|вулиця|вул\.|улица|ул\.|خیابان|شارع)\s+[\p{L}\p{N} .'-]{2,40}?\d{1,5}|(?<!\p{L})(?:\p{L}+(?:straße|strasse|str\.|weg|platz|gasse))\s+\d{1,4}/iu;
const DIGIT = /\d/;
const LOCATOR = /[A-Z]{6}/;

export function readPrivateFollowUp(text: string, cues: CueHits, context: { negative: boolean; complaint: boolean }): Analysis['privateFollowUp'] {
  const reasons: Reasons = [];
  const add = (reason: PrivateReason, because: string[]) => {
    const found = reasons.find((r) => r.reason === reason);
    if (found) for (const b of because) found.because.includes(b) || found.because.push(b);
    else reasons.push({ reason, because });
  };
  // Cheap guards first: every pattern below needs a digit, except airline locators ("XKCDQW").
  const hasDigit = DIGIT.test(text);
  const booking = hasDigit || LOCATOR.test(text) ? isId(BOOKING_NUMBER.exec(text)) : null;
  if (booking) add('booking-number', [booking[0].trim()]);
  if (hasDigit) {
    const order = isId(ORDER_NUMBER.exec(text)) ?? HASH_ID.exec(text);
    if (order && order[0].trim() !== booking?.[0].trim()) add('order-number', [order[0].trim()]);
    const account = leftmost(ACCOUNT_NUMBER.exec(text), IBAN.exec(text));
    if (account) add('account', [account[0].trim()]);
    for (const m of text.matchAll(DIGIT_RUN)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) add('payment', ['card number']);
      else if (digits.length >= 9 && digits.length <= 15 && /[+ ()-]/.test(m[0]) && !/^\d{4}-\d{2}-\d{2}/.test(m[0])) add('phone', [m[0].trim()]);
    }
    const address = ADDRESS.exec(text);
    if (address) add('address', [address[0].trim()]);
    const card = CARD_HINT.exec(text);
    if (card) add('payment', [card[0]]);
  }
  if (cues.address) add('address', cues.address.slice(0, 2));
  const email = findEmail(text);
  if (email) add('email', [email]);
  if (cues.refund) add('refund', cues.refund.slice(0, 2));
  if (cues.legal) add('legal', cues.legal.slice(0, 2));
  // Money or an order gone wrong: the agent needs the customer's details to look it up.
  if (cues.transaction && (context.negative || context.complaint)) add('transaction', cues.transaction.slice(0, 2));
  if (cues.account && (context.negative || context.complaint)) add('account', cues.account.slice(0, 2));
  if (cues.private) add('not-public', cues.private.slice(0, 2));
  return { needed: reasons.length > 0, reasons };
}

function findEmail(text: string): string | null {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && !NOT_IN_ADDRESS.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && !NOT_IN_ADDRESS.test(text[end]!)) end++;
    const found = EMAIL.exec(text.slice(start, end));
    if (found) return found[0];
  }
  return null;
}

function leftmost(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  return a && (!b || a.index <= b.index) ? a : b;
}

// The patterns ignore case for the keywords, so a letters-only locator must be checked here:
// "ABCDEF" is a booking code, "almost" is not.
function isId(m: RegExpExecArray | null): RegExpExecArray | null {
  const id = m?.[1];
  if (!m || !id) return null;
  return /\d/.test(id) || id === id.toUpperCase() ? m : null;
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
