// "Needs private follow-up" labels derived from the intents of real customer messages
// (banking77, NLU++), so scripts/eval.ts can measure lib/analysis/private.ts on what the product
// promises (issue 5) rather than on brand habits (private/twcs: did the brand's reply move to DM).
//
// The definition (the same guideline as tests/data/hand-labelled/README.md):
//   yes — the message is about the customer's OWN account, card, transaction, transfer, top-up,
//         booking, refund or identity, so answering needs their details (a lookup, a security step,
//         a correction): "my card hasn't arrived", "I was charged twice", "cancel my booking".
//   no  — a general question anyone could ask and a public answer serves: fees in general,
//         supported countries or currencies, limits, how to do X, opening hours, amenities.
//   excluded (undefined) — the intent covers both kinds of message; counting it either way would
//         measure our guess, not the rules.
// Decided once from the intent names and the datasets' own descriptions, before the rules were
// tuned and without looking at what they output. One line of reason per intent.

type Mapped = 'yes' | 'no' | undefined;

/** banking77 (PolyAI): one intent per message. */
export const BANKING77: Record<string, { private: Mapped; why: string }> = {
  Refund_not_showing_up: { private: 'yes', why: 'their own refund is missing' },
  activate_my_card: { private: 'no', why: 'how to activate a card' },
  age_limit: { private: 'no', why: 'general eligibility' },
  apple_pay_or_google_pay: { private: 'no', why: 'which wallets are supported' },
  atm_support: { private: 'no', why: 'which ATMs work' },
  automatic_top_up: { private: 'no', why: 'how automatic top-up works' },
  balance_not_updated_after_bank_transfer: { private: 'yes', why: 'their own transfer is not in the balance' },
  balance_not_updated_after_cheque_or_cash_deposit: { private: 'yes', why: 'their own deposit is not in the balance' },
  beneficiary_not_allowed: { private: 'yes', why: 'their own payee was refused' },
  cancel_transfer: { private: 'yes', why: 'cancel one transfer they made' },
  card_about_to_expire: { private: undefined, why: 'both "what happens when cards expire" and "mine expires, send a new one"' },
  card_acceptance: { private: 'no', why: 'where a card is accepted' },
  card_arrival: { private: 'yes', why: 'their own card has not arrived (an order status)' },
  card_delivery_estimate: { private: 'no', why: 'how long delivery takes in general' },
  card_linking: { private: 'no', why: 'how to link a card in the app' },
  card_not_working: { private: 'yes', why: 'their own card fails' },
  card_payment_fee_charged: { private: 'yes', why: 'a fee on their own payment' },
  card_payment_not_recognised: { private: 'yes', why: 'a payment on their card they do not recognise' },
  card_payment_wrong_exchange_rate: { private: 'yes', why: 'the rate applied to their own payment' },
  card_swallowed: { private: 'yes', why: 'an ATM kept their card' },
  cash_withdrawal_charge: { private: undefined, why: 'both "is there a fee to withdraw" and "why was I charged"' },
  cash_withdrawal_not_recognised: { private: 'yes', why: 'a withdrawal on their account they did not make' },
  change_pin: { private: 'no', why: 'how to change a PIN' },
  compromised_card: { private: 'yes', why: 'their card may be used by someone else' },
  contactless_not_working: { private: 'yes', why: 'their own card fails contactless' },
  country_support: { private: 'no', why: 'which countries are supported' },
  declined_card_payment: { private: 'yes', why: 'their own payment was declined' },
  declined_cash_withdrawal: { private: 'yes', why: 'their own withdrawal was declined' },
  declined_transfer: { private: 'yes', why: 'their own transfer was declined' },
  direct_debit_payment_not_recognised: { private: 'yes', why: 'a debit on their account they do not recognise' },
  disposable_card_limits: { private: 'no', why: 'product limits' },
  edit_personal_details: { private: undefined, why: 'how-to questions about their own personal details' },
  exchange_charge: { private: 'no', why: 'exchange fees in general' },
  exchange_rate: { private: 'no', why: 'exchange rates in general' },
  exchange_via_app: { private: 'no', why: 'how to exchange currency' },
  extra_charge_on_statement: { private: 'yes', why: 'an unexpected charge on their statement' },
  failed_transfer: { private: 'yes', why: 'their own transfer failed' },
  fiat_currency_support: { private: 'no', why: 'which currencies are supported' },
  get_disposable_virtual_card: { private: 'no', why: 'how to get a disposable card' },
  get_physical_card: { private: 'no', why: 'how to get a physical card' },
  getting_spare_card: { private: 'no', why: 'how to get an extra card' },
  getting_virtual_card: { private: 'no', why: 'how to get a virtual card' },
  lost_or_stolen_card: { private: 'yes', why: 'their card is lost or stolen' },
  lost_or_stolen_phone: { private: 'yes', why: 'their phone with the app is lost: account security' },
  order_physical_card: { private: 'no', why: 'how to order a card' },
  passcode_forgotten: { private: 'yes', why: 'locked out of their own account' },
  pending_card_payment: { private: 'yes', why: 'their own payment is pending' },
  pending_cash_withdrawal: { private: 'yes', why: 'their own withdrawal is pending' },
  pending_top_up: { private: 'yes', why: 'their own top-up is pending' },
  pending_transfer: { private: 'yes', why: 'their own transfer is pending' },
  pin_blocked: { private: 'yes', why: 'their own PIN is blocked' },
  receiving_money: { private: 'no', why: 'how to receive money' },
  request_refund: { private: 'yes', why: 'a refund of their purchase' },
  'reverted_card_payment?': { private: 'yes', why: 'their own payment was reverted' },
  supported_cards_and_currencies: { private: 'no', why: 'which cards and currencies are supported' },
  terminate_account: { private: 'yes', why: 'close their own account (needs identity)' },
  top_up_by_bank_transfer_charge: { private: 'no', why: 'top-up fees in general' },
  top_up_by_card_charge: { private: 'no', why: 'top-up fees in general' },
  top_up_by_cash_or_cheque: { private: 'no', why: 'how to top up with cash' },
  top_up_failed: { private: 'yes', why: 'their own top-up failed' },
  top_up_limits: { private: 'no', why: 'product limits' },
  top_up_reverted: { private: 'yes', why: 'their own top-up was reverted' },
  topping_up_by_card: { private: 'no', why: 'how to top up by card' },
  transaction_charged_twice: { private: 'yes', why: 'a double charge on their account' },
  transfer_fee_charged: { private: 'yes', why: 'a fee on their own transfer' },
  transfer_into_account: { private: 'no', why: 'how to transfer money in' },
  transfer_not_received_by_recipient: { private: 'yes', why: 'their own transfer did not arrive' },
  transfer_timing: { private: 'no', why: 'how long transfers take in general' },
  unable_to_verify_identity: { private: 'yes', why: 'their own identity check fails' },
  verify_my_identity: { private: undefined, why: 'both "how is identity verified" and "verify me"' },
  verify_source_of_funds: { private: undefined, why: 'both the general policy and their own funds' },
  verify_top_up: { private: undefined, why: 'both the general policy and their own top-up' },
  virtual_card_not_working: { private: 'yes', why: 'their own virtual card fails' },
  visa_or_mastercard: { private: 'no', why: 'which card network' },
  why_verify_identity: { private: 'no', why: 'why identity checks exist' },
  wrong_amount_of_cash_received: { private: 'yes', why: 'an ATM gave them the wrong amount' },
  wrong_exchange_rate_for_cash_withdrawal: { private: 'yes', why: 'the rate applied to their own withdrawal' },
};

// NLU++ (PolyAI, banking and hotels): several intent modules per message, plus slot names.
// Its intents are parts of a sentence ("cancel_close_leave_freeze" + "card"), so the label is
// decided by what the modules together say, in this order:
/** Something of theirs went wrong, or is theirs by name: yes, even when asked as a question. */
const NLUPP_OWN = new Set(['wrong_notworking_notshowing', 'lost_stolen', 'refund', 'existing']);
/** A person's name is a personal detail ("the booking is under Ana Ruiz"). */
const NLUPP_PERSONAL_SLOTS = new Set(['person_name']);
/** A question about how things work: no, unless one of the above. */
const NLUPP_QUESTION = new Set(['request_info', 'how', 'how_much', 'how_long', 'when', 'why', 'fees_interests', 'limits']);
/** Acting on what they hold (cancel, change, move money): yes when not asked as a how-to question. */
const NLUPP_ACTION = new Set(['cancel_close_leave_freeze', 'change', 'transfer_payment_deposit', 'withdrawal']);
/** Hotel facilities and opening times: general information. */
const NLUPP_FACILITY = new Set(['accesibility', 'gym', 'parking', 'pets', 'restaurant', 'room_ammenities', 'room_service', 'spa', 'swimming_pool', 'wifi', 'housekeeping', 'check_in', 'check_out']);
// Anything else is excluded: dialogue acts alone ("yes", "thanks", "from 9 to 5"), new products
// and new bookings ("open a savings account", "a room for two on Friday"), which a public reply
// can point to the app or website for, or not, depending on the brand.

export function privateOfNlupp(intents: readonly string[], slots: readonly string[]): Mapped {
  if (intents.some((i) => NLUPP_OWN.has(i)) || slots.some((s) => NLUPP_PERSONAL_SLOTS.has(s))) return 'yes';
  if (intents.some((i) => NLUPP_QUESTION.has(i))) return 'no';
  if (intents.some((i) => NLUPP_ACTION.has(i))) return 'yes';
  if (intents.some((i) => NLUPP_FACILITY.has(i))) return 'no';
  return undefined;
}

/** The derived label of a banking77 or NLU++ row; undefined for other sources and excluded intents. */
export function privateOfIntent(source: string, label: unknown, slots: unknown): Mapped {
  if (source === 'banking77' && typeof label === 'string') return BANKING77[label]?.private;
  if (source === 'nlupp' && Array.isArray(label)) return privateOfNlupp(label.filter((l) => typeof l === 'string'), Array.isArray(slots) ? slots.filter((s) => typeof s === 'string') : []);
  return undefined;
}
