import type { Template } from './model';

// The library a new user answers with on day one, seeded into the templates table once
// (lib/db/queries seedStarter). Written as social-care guides teach it: thank praise; for a
// complaint acknowledge, apologise and say what happens next; move private details to DM (a
// public "we've sent you a DM" plus the private opener); answer questions with a help link;
// order delays; refunds; out of hours; "still looking into it". Spam and abuse get no template:
// the panel advises hide/report instead.
//
// Registers: warm mirrors emoji and "!" (du/tú/ti/ти/tu/ты); neutral is plain; formal answers
// Sie/usted/vous/Vi/ви/आप/شما/Lei/Вы, and the polite third person in Portuguese and the plural of
// respect in Arabic. French keeps vous throughout, as French brands do, and puts a no-break space
// before ! ? : ;. Persian uses the zero-width non-joiner where the script needs it.

export const STARTER_GROUPS = ['thanks', 'complaint', 'dm', 'dm-opener', 'question', 'delay', 'refund', 'out-of-hours', 'looking-into-it'] as const;
export type StarterGroup = (typeof STARTER_GROUPS)[number];
export const STARTER_LANGUAGES = ['en', 'es', 'de', 'fr', 'hr', 'uk', 'hi', 'fa', 'pt', 'it', 'ru', 'ar'] as const;
type StarterLanguage = (typeof STARTER_LANGUAGES)[number];

type Shared = Pick<Template, 'title' | 'intents' | 'reasons' | 'situations' | 'channel'> & { opener?: StarterGroup };
const PRIVATE = ['order-number', 'booking-number', 'account', 'email', 'phone', 'address', 'payment', 'transaction', 'legal', 'not-public'] as const;

const SHARED: Record<StarterGroup, Shared> = {
  thanks: { title: 'Thanks for the kind words', intents: ['praise'], reasons: [], situations: [], channel: 'both' },
  complaint: { title: 'Complaint: sorry, and what happens next', intents: ['complaint'], reasons: [], situations: [], channel: 'both' },
  dm: {
    title: "We've sent you a DM (public)",
    intents: ['complaint', 'request', 'question'],
    reasons: [...PRIVATE],
    situations: ['private-follow-up'],
    channel: 'public',
    opener: 'dm-opener',
  },
  'dm-opener': {
    title: 'DM opener: ask for the details (private)',
    intents: ['complaint', 'request', 'question'],
    reasons: [...PRIVATE],
    situations: ['private-follow-up'],
    channel: 'private',
  },
  question: { title: 'Answer with a help-centre link', intents: ['question'], reasons: [], situations: [], channel: 'both' },
  // Both ask the customer to DM their order number, so they are public replies.
  delay: { title: 'Order or delivery delay', intents: ['complaint', 'question'], reasons: ['order-number'], situations: [], channel: 'public' },
  refund: { title: 'Refund status', intents: ['request', 'complaint'], reasons: ['refund', 'payment', 'transaction'], situations: [], channel: 'public' },
  'out-of-hours': { title: 'Out of hours', intents: ['question', 'complaint', 'request'], reasons: [], situations: ['out-of-hours'], channel: 'both' },
  'looking-into-it': { title: "Still looking into it", intents: ['complaint', 'question', 'request'], reasons: [], situations: ['chasing'], channel: 'both' },
};

/** The analysis's request topics each group answers (REQUEST_TOPICS; 'refund' is refund's own group tag). */
const TOPICS: Partial<Record<StarterGroup, string[]>> = { delay: ['order-status'], dm: ['account'] };

interface Text {
  warm: string;
  neutral: string;
  formal: string;
  /** Words in the customer's language that point at this reply (prefixes: "narudžb" finds narudžba, narudžbu). */
  tags?: string[];
}

const TEXTS: Record<StarterLanguage, Record<StarterGroup, Text>> = {
  en: {
    thanks: {
      warm: "Thank you so much, {first_name|}! 😊 This made our day — we're so happy you're enjoying it! 🎉 {signature}",
      neutral: 'Thank you, {first_name|}! We really appreciate you taking the time to share this. {signature}',
      formal: 'Hello {first_name|}, thank you for your kind words. We are delighted to hear about your experience and will pass your feedback on to the team. {signature}',
    },
    complaint: {
      warm: "Hi {first_name|there}, we're really sorry about this! 🙏 That's not the experience we want for you. We're looking into it now and will get back to you here {{when}}. {signature}",
      neutral: "Hi {first_name|there}, I'm sorry this happened — that's not the experience we want you to have. We're looking into it and will update you here {{when}}. {signature}",
      formal: 'Hello {first_name|}, thank you for letting us know, and please accept our apologies for the inconvenience. We are looking into this and will update you here {{when}}. {signature}',
    },
    dm: {
      warm: "Hi {first_name|there}! We've just sent you a DM 📩 so we can sort this out together — see you there! {signature}",
      neutral: "Hi {first_name|there}, we've sent you a DM so we can look into this with you privately. {signature}",
      formal: 'Hello {first_name|}, we have sent you a direct message so that we can look into this privately. {signature}',
    },
    'dm-opener': {
      warm: "Hi {first_name|there}! 😊 Thanks for getting in touch with {brand|us}. Could you send us your order number and the email address on your account? We'll take it from there! {signature}",
      neutral: 'Hi {first_name|there}, thanks for getting in touch with {brand|us}. So we can look into this, could you send us your order number and the email address on your account? {signature}',
      formal: 'Hello {first_name|}, thank you for contacting {brand|us}. To look into this for you, could you please send us your order number and the email address associated with your account? {signature}',
    },
    question: {
      warm: "Great question, {first_name|}! 😊 You'll find all the details here: {kb_link} Any other questions, just shout! {signature}",
      neutral: "Hi {first_name|there}, thanks for asking. You'll find the answer here: {kb_link} Let us know if anything's still unclear. {signature}",
      formal: 'Hello {first_name|}, thank you for your question. You will find the relevant information here: {kb_link} Please let us know if we can help further. {signature}',
      tags: ['how do', 'how can', 'where can', 'is there'],
    },
    delay: {
      warm: "Hi {first_name|there}, so sorry your order is taking longer than expected! 📦 Send us a DM with your order number and we'll check where it is right away. {signature}",
      neutral: "Hi {first_name|there}, I'm sorry your order is taking longer than expected. If you send us a DM with your order number, we'll check where it is and let you know. {signature}",
      formal: 'Hello {first_name|}, we apologise that your order is taking longer than expected. Please send us a direct message with your order number and we will check its status for you. {signature}',
      tags: ['order', 'delivery', 'shipping', 'shipped', 'package', 'parcel', 'tracking', 'arrive'],
    },
    refund: {
      warm: "Hi {first_name|there}, sorry for the hassle! 🙏 Send us a DM with your order number and we'll check on your refund straight away. {signature}",
      neutral: "Hi {first_name|there}, sorry for the trouble. Please send us a DM with your order number and we'll check the status of your refund for you. {signature}",
      formal: 'Hello {first_name|}, we apologise for the inconvenience. Please send us a direct message with your order number so that we can check the status of your refund. {signature}',
      tags: ['refund', 'money back', 'charged', 'return'],
    },
    'out-of-hours': {
      warm: "Hi {first_name|there}! Thanks for your message 😊 Our team is offline right now — we're here {hours} and we'll get back to you as soon as we're back! {signature}",
      neutral: "Hi {first_name|there}, thanks for your message. Our team is offline right now. We're here {hours} and will reply as soon as we're back. {signature}",
      formal: 'Hello {first_name|}, thank you for your message. Our team is currently unavailable; our service hours are {hours}. We will respond as soon as we are back. {signature}',
    },
    'looking-into-it': {
      warm: "Thanks so much for your patience, {first_name|}! 🙏 We're still on it and will update you here as soon as we hear back from the team. {signature}",
      neutral: "Hi {first_name|there}, thanks for bearing with us. We're still looking into this and will update you here as soon as we have news. {signature}",
      formal: 'Hello {first_name|}, thank you for your patience. We are still looking into this and will update you here as soon as we have more information. {signature}',
      tags: ['still waiting', 'any update', 'no answer', 'no reply'],
    },
  },
  es: {
    thanks: {
      warm: '¡Muchísimas gracias, {first_name|}! 😊 Nos alegra un montón que te haya gustado. 🎉 {signature}',
      neutral: '¡Gracias, {first_name|}! Nos alegra mucho leer esto y se lo haremos llegar al equipo. {signature}',
      formal: 'Hola, {first_name|}. Muchas gracias por sus amables palabras. Nos alegra saber que su experiencia ha sido buena y trasladaremos sus comentarios al equipo. {signature}',
    },
    complaint: {
      warm: 'Hola, {first_name|}. ¡Sentimos mucho lo ocurrido! 🙏 No es la experiencia que queremos para ti. Ya lo estamos revisando y te escribimos por aquí {{cuándo}}. {signature}',
      neutral: 'Hola, {first_name|}. Sentimos lo ocurrido; no es la experiencia que queremos para ti. Lo estamos revisando y te diremos algo por aquí {{cuándo}}. {signature}',
      formal: 'Hola, {first_name|}. Le pedimos disculpas por las molestias y le agradecemos que nos lo haya comunicado. Estamos revisando su caso y le informaremos por aquí {{cuándo}}. {signature}',
    },
    dm: {
      warm: '¡Hola, {first_name|}! Te acabamos de enviar un mensaje privado 📩 para resolverlo juntos. ¡Nos vemos por ahí! {signature}',
      neutral: 'Hola, {first_name|}. Te hemos enviado un mensaje privado para revisar tu caso con más detalle. {signature}',
      formal: 'Hola, {first_name|}. Le hemos enviado un mensaje privado para poder revisar su caso con más detalle. {signature}',
    },
    'dm-opener': {
      warm: '¡Hola, {first_name|}! 😊 Gracias por escribirnos. ¿Nos pasas tu número de pedido y el correo electrónico de tu cuenta? ¡Nosotros nos encargamos del resto! {signature}',
      neutral: 'Hola, {first_name|}. Gracias por escribirnos. Para revisarlo, ¿nos puedes enviar tu número de pedido y el correo electrónico asociado a tu cuenta? {signature}',
      formal: 'Hola, {first_name|}. Gracias por contactar con {brand|nosotros}. Para revisar su caso, ¿podría enviarnos su número de pedido y el correo electrónico asociado a su cuenta? {signature}',
    },
    question: {
      warm: '¡Buena pregunta, {first_name|}! 😊 Aquí tienes toda la información: {kb_link} Si te queda alguna duda, ¡escríbenos! {signature}',
      neutral: 'Hola, {first_name|}. Gracias por tu pregunta. Aquí encontrarás la respuesta: {kb_link} Si algo no queda claro, dínoslo. {signature}',
      formal: 'Hola, {first_name|}. Gracias por su consulta. Puede encontrar la información aquí: {kb_link} Quedamos a su disposición para cualquier otra duda. {signature}',
      tags: ['cómo', 'dónde puedo', 'se puede'],
    },
    delay: {
      warm: 'Hola, {first_name|}. ¡Sentimos que tu pedido se esté retrasando! 📦 Escríbenos por mensaje privado con tu número de pedido y lo revisamos enseguida. {signature}',
      neutral: 'Hola, {first_name|}. Sentimos que tu pedido esté tardando más de lo previsto. Envíanos un mensaje privado con el número de pedido y te diremos dónde está. {signature}',
      formal: 'Hola, {first_name|}. Lamentamos que su pedido esté tardando más de lo previsto. Envíenos un mensaje privado con el número de pedido y comprobaremos su estado. {signature}',
      tags: ['pedido', 'envío', 'entrega', 'paquete', 'seguimiento', 'llega', 'retras'],
    },
    refund: {
      warm: 'Hola, {first_name|}. ¡Sentimos las molestias! 🙏 Escríbenos por privado con tu número de pedido y revisamos tu reembolso enseguida. {signature}',
      neutral: 'Hola, {first_name|}. Sentimos las molestias. Envíanos un mensaje privado con tu número de pedido y comprobaremos el estado de tu reembolso. {signature}',
      formal: 'Hola, {first_name|}. Lamentamos las molestias. Envíenos un mensaje privado con su número de pedido para que podamos comprobar el estado de su reembolso. {signature}',
      tags: ['reembols', 'devolución', 'devolver', 'cobr'],
    },
    'out-of-hours': {
      warm: '¡Hola, {first_name|}! Gracias por tu mensaje 😊 Ahora mismo el equipo no está conectado; nuestro horario es {hours} y te responderemos en cuanto volvamos. {signature}',
      neutral: 'Hola, {first_name|}. Gracias por tu mensaje. Ahora mismo estamos fuera de horario ({hours}); te responderemos en cuanto volvamos. {signature}',
      formal: 'Hola, {first_name|}. Gracias por su mensaje. En este momento estamos fuera de nuestro horario de atención ({hours}). Le responderemos lo antes posible. {signature}',
    },
    'looking-into-it': {
      warm: '¡Gracias por tu paciencia, {first_name|}! 🙏 Seguimos con ello y te contamos algo por aquí en cuanto tengamos novedades. {signature}',
      neutral: 'Hola, {first_name|}. Gracias por tu paciencia. Seguimos revisándolo y te avisaremos por aquí en cuanto sepamos algo. {signature}',
      formal: 'Hola, {first_name|}. Gracias por su paciencia. Seguimos revisando su caso y le informaremos por aquí en cuanto tengamos novedades. {signature}',
      tags: ['sigo esperando', 'alguna novedad', 'sin respuesta'],
    },
  },
  de: {
    thanks: {
      warm: 'Vielen, vielen Dank, {first_name|}! 😊 Das freut uns riesig! 🎉 {signature}',
      neutral: 'Danke, {first_name|}! Schön, dass du zufrieden bist – wir geben dein Lob gern ans Team weiter. {signature}',
      formal: 'Guten Tag {first_name|}, vielen Dank für Ihre freundlichen Worte. Es freut uns sehr, dass Sie zufrieden sind, und wir geben Ihr Lob gern an das Team weiter. {signature}',
    },
    complaint: {
      warm: 'Hallo {first_name|}, oh nein, das tut uns wirklich leid! 🙏 So soll das nicht sein. Wir kümmern uns gerade darum und melden uns hier {{wann}} bei dir. {signature}',
      neutral: 'Hallo {first_name|}, das tut uns leid – so soll es nicht laufen. Wir schauen uns das an und melden uns hier {{wann}} bei dir. {signature}',
      formal: 'Guten Tag {first_name|}, vielen Dank für Ihren Hinweis, und bitte entschuldigen Sie die Unannehmlichkeiten. Wir prüfen das und melden uns hier {{wann}} bei Ihnen. {signature}',
    },
    dm: {
      warm: 'Hallo {first_name|}! Wir haben dir gerade eine DM geschickt 📩 – dort klären wir das gemeinsam! {signature}',
      neutral: 'Hallo {first_name|}, wir haben dir eine Direktnachricht geschickt, damit wir uns das in Ruhe anschauen können. {signature}',
      formal: 'Guten Tag {first_name|}, wir haben Ihnen eine Direktnachricht gesendet, damit wir Ihr Anliegen vertraulich prüfen können. {signature}',
    },
    'dm-opener': {
      warm: 'Hallo {first_name|}! 😊 Danke, dass du dich meldest. Schickst du uns kurz deine Bestellnummer und die E-Mail-Adresse deines Kontos? Dann kümmern wir uns um den Rest! {signature}',
      neutral: 'Hallo {first_name|}, danke für deine Nachricht. Damit wir das prüfen können, schick uns bitte deine Bestellnummer und die E-Mail-Adresse deines Kontos. {signature}',
      formal: 'Guten Tag {first_name|}, vielen Dank für Ihre Nachricht. Damit wir Ihr Anliegen prüfen können, senden Sie uns bitte Ihre Bestellnummer und die E-Mail-Adresse Ihres Kundenkontos. {signature}',
    },
    question: {
      warm: 'Gute Frage, {first_name|}! 😊 Hier findest du alle Infos: {kb_link} Wenn noch etwas offen ist, schreib uns einfach! {signature}',
      neutral: 'Hallo {first_name|}, danke für deine Frage. Die Antwort findest du hier: {kb_link} Melde dich gern, falls noch etwas unklar ist. {signature}',
      formal: 'Guten Tag {first_name|}, vielen Dank für Ihre Frage. Alle Informationen dazu finden Sie hier: {kb_link} Bei weiteren Fragen sind wir gern für Sie da. {signature}',
      tags: ['wie kann', 'wo finde', 'gibt es'],
    },
    delay: {
      warm: 'Hallo {first_name|}, tut uns leid, dass deine Bestellung so lange braucht! 📦 Schick uns deine Bestellnummer per DM, dann schauen wir sofort nach. {signature}',
      neutral: 'Hallo {first_name|}, tut uns leid, dass deine Bestellung länger braucht als geplant. Schick uns bitte deine Bestellnummer per DM, dann prüfen wir, wo sie gerade ist. {signature}',
      formal: 'Guten Tag {first_name|}, bitte entschuldigen Sie die Verzögerung Ihrer Bestellung. Senden Sie uns bitte Ihre Bestellnummer per Direktnachricht, dann prüfen wir den aktuellen Status. {signature}',
      tags: ['bestellung', 'lieferung', 'paket', 'sendung', 'versand', 'geliefert'],
    },
    refund: {
      warm: 'Hallo {first_name|}, sorry für den Ärger! 🙏 Schick uns deine Bestellnummer per DM, dann schauen wir gleich nach deiner Erstattung. {signature}',
      neutral: 'Hallo {first_name|}, entschuldige die Umstände. Schick uns bitte deine Bestellnummer per DM, dann prüfen wir den Stand deiner Erstattung. {signature}',
      formal: 'Guten Tag {first_name|}, bitte entschuldigen Sie die Umstände. Senden Sie uns Ihre Bestellnummer per Direktnachricht, damit wir den Stand Ihrer Erstattung prüfen können. {signature}',
      tags: ['erstattung', 'rückerstattung', 'geld zurück', 'rücksendung', 'abgebucht'],
    },
    'out-of-hours': {
      warm: 'Hallo {first_name|}! Danke für deine Nachricht 😊 Unser Team ist gerade nicht da – wir sind {hours} erreichbar und melden uns, sobald wir zurück sind! {signature}',
      neutral: 'Hallo {first_name|}, danke für deine Nachricht. Unser Team ist gerade nicht erreichbar; wir sind {hours} für dich da und antworten, sobald wir zurück sind. {signature}',
      formal: 'Guten Tag {first_name|}, vielen Dank für Ihre Nachricht. Unser Team ist derzeit nicht erreichbar; unsere Servicezeiten sind {hours}. Wir melden uns so bald wie möglich bei Ihnen. {signature}',
    },
    'looking-into-it': {
      warm: 'Danke für deine Geduld, {first_name|}! 🙏 Wir sind noch dran und melden uns hier, sobald wir vom Team hören. {signature}',
      neutral: 'Hallo {first_name|}, danke für deine Geduld. Wir prüfen das noch und melden uns hier, sobald es Neuigkeiten gibt. {signature}',
      formal: 'Guten Tag {first_name|}, vielen Dank für Ihre Geduld. Wir prüfen Ihr Anliegen noch und informieren Sie hier, sobald uns neue Informationen vorliegen. {signature}',
      tags: ['immer noch', 'noch keine antwort', 'warte noch'],
    },
  },
  // fr: a no-break space goes before ! ? : ; (written as a plain space here, converted below).
  fr: {
    thanks: {
      warm: 'Merci beaucoup, {first_name|} ! 😊 Ça nous fait super plaisir ! 🎉 {signature}',
      neutral: 'Merci, {first_name|} ! Nous sommes ravis de lire votre message et le transmettrons à l’équipe. {signature}',
      formal: 'Bonjour {first_name|}, nous vous remercions pour votre message et sommes heureux que votre expérience ait été positive. Nous transmettrons vos compliments à l’équipe. {signature}',
    },
    complaint: {
      warm: 'Bonjour {first_name|}, nous sommes vraiment désolés ! 🙏 Ce n’est pas l’expérience que nous souhaitons vous offrir. Nous regardons cela tout de suite et revenons vers vous ici {{quand}}. {signature}',
      neutral: 'Bonjour {first_name|}, nous sommes désolés pour ce désagrément. Nous examinons la situation et revenons vers vous ici {{quand}}. {signature}',
      formal: 'Bonjour {first_name|}, nous vous remercions de nous avoir signalé ce problème et vous prions de nous excuser pour la gêne occasionnée. Nous l’examinons et reviendrons vers vous ici {{quand}}. {signature}',
    },
    dm: {
      warm: 'Bonjour {first_name|} ! Nous venons de vous envoyer un message privé 📩 pour régler ça ensemble. À tout de suite ! {signature}',
      neutral: 'Bonjour {first_name|}, nous vous avons envoyé un message privé afin d’étudier votre demande plus en détail. {signature}',
      formal: 'Bonjour {first_name|}, nous vous avons adressé un message privé afin de traiter votre demande en toute confidentialité. {signature}',
    },
    'dm-opener': {
      warm: 'Bonjour {first_name|} ! 😊 Merci de nous avoir contactés. Pouvez-vous nous envoyer votre numéro de commande et l’adresse e-mail de votre compte ? On s’occupe du reste ! {signature}',
      neutral: 'Bonjour {first_name|}, merci de nous avoir contactés. Pour vérifier cela, pourriez-vous nous indiquer votre numéro de commande et l’adresse e-mail associée à votre compte ? {signature}',
      formal: 'Bonjour {first_name|}, nous vous remercions d’avoir contacté {brand|notre service client}. Afin de traiter votre demande, pourriez-vous nous communiquer votre numéro de commande ainsi que l’adresse e-mail associée à votre compte ? {signature}',
    },
    question: {
      warm: 'Bonne question, {first_name|} ! 😊 Vous trouverez toutes les infos ici : {kb_link} N’hésitez pas si vous avez d’autres questions ! {signature}',
      neutral: 'Bonjour {first_name|}, merci pour votre question. Vous trouverez la réponse ici : {kb_link} N’hésitez pas à nous écrire si quelque chose n’est pas clair. {signature}',
      formal: 'Bonjour {first_name|}, nous vous remercions pour votre question. Vous trouverez les informations nécessaires ici : {kb_link} Nous restons à votre disposition pour toute autre demande. {signature}',
      tags: ['comment', 'où trouver', 'est-ce que'],
    },
    delay: {
      warm: 'Bonjour {first_name|}, désolés que votre commande prenne du retard ! 📦 Envoyez-nous votre numéro de commande en message privé et on regarde ça tout de suite. {signature}',
      neutral: 'Bonjour {first_name|}, nous sommes désolés que votre commande prenne plus de temps que prévu. Envoyez-nous votre numéro de commande en message privé et nous vérifierons où elle en est. {signature}',
      formal: 'Bonjour {first_name|}, nous vous prions de nous excuser pour le retard de votre commande. Merci de nous transmettre votre numéro de commande par message privé afin que nous puissions en vérifier le statut. {signature}',
      tags: ['commande', 'livraison', 'livré', 'colis', 'suivi', 'expédi'],
    },
    refund: {
      warm: 'Bonjour {first_name|}, désolés pour ce souci ! 🙏 Envoyez-nous votre numéro de commande en message privé et on vérifie votre remboursement tout de suite. {signature}',
      neutral: 'Bonjour {first_name|}, désolés pour ce désagrément. Envoyez-nous votre numéro de commande en message privé et nous vérifierons où en est votre remboursement. {signature}',
      formal: 'Bonjour {first_name|}, nous vous prions de nous excuser pour ce désagrément. Merci de nous transmettre votre numéro de commande par message privé afin que nous puissions vérifier l’état de votre remboursement. {signature}',
      tags: ['rembours', 'retour', 'débité', 'prélevé'],
    },
    'out-of-hours': {
      warm: 'Bonjour {first_name|} ! Merci pour votre message 😊 Notre équipe n’est pas disponible pour le moment : nous sommes là {hours} et vous répondrons dès notre retour ! {signature}',
      neutral: 'Bonjour {first_name|}, merci pour votre message. Notre équipe est actuellement absente ; nous sommes disponibles {hours} et vous répondrons dès notre retour. {signature}',
      formal: 'Bonjour {first_name|}, nous vous remercions pour votre message. Notre service est actuellement fermé ; nos horaires sont les suivants : {hours}. Nous vous répondrons dans les meilleurs délais. {signature}',
    },
    'looking-into-it': {
      warm: 'Merci pour votre patience, {first_name|} ! 🙏 On est toujours dessus et on revient vers vous ici dès qu’on a du nouveau. {signature}',
      neutral: 'Bonjour {first_name|}, merci pour votre patience. Nous examinons toujours la situation et revenons vers vous ici dès que nous avons du nouveau. {signature}',
      formal: 'Bonjour {first_name|}, nous vous remercions pour votre patience. Votre demande est toujours en cours d’examen et nous reviendrons vers vous ici dès que nous disposerons de plus d’informations. {signature}',
      tags: ['toujours pas', 'toujours rien', 'pas de réponse'],
    },
  },
  hr: {
    thanks: {
      warm: 'Hvala ti puno, {first_name|}! 😊 Baš nas veseli što ti se sviđa! 🎉 {signature}',
      neutral: 'Hvala vam, {first_name|}! Drago nam je što ste zadovoljni, a vaše ćemo riječi rado prenijeti timu. {signature}',
      formal: 'Poštovani, zahvaljujemo Vam na lijepim riječima. Drago nam je što ste zadovoljni i Vaše ćemo pohvale prenijeti našem timu. {signature}',
    },
    complaint: {
      warm: 'Bok {first_name|}! Stvarno nam je žao zbog ovoga 🙏 Nije to iskustvo kakvo želimo da imaš. Već to provjeravamo i javit ćemo ti se ovdje {{kada}}. {signature}',
      neutral: 'Pozdrav {first_name|}, žao nam je zbog ovoga – to nije iskustvo kakvo želimo da imate. Provjeravamo o čemu je riječ i javit ćemo vam se ovdje {{kada}}. {signature}',
      formal: 'Poštovani, zahvaljujemo Vam što ste nam se obratili i ispričavamo se zbog neugodnosti. Provjeravamo o čemu je riječ i javit ćemo Vam se ovdje {{kada}}. {signature}',
    },
    dm: {
      warm: 'Bok {first_name|}! Upravo smo ti poslali privatnu poruku 📩 pa ćemo to zajedno riješiti! {signature}',
      neutral: 'Pozdrav {first_name|}, poslali smo vam privatnu poruku kako bismo detaljnije provjerili o čemu je riječ. {signature}',
      formal: 'Poštovani, poslali smo Vam privatnu poruku kako bismo Vaš upit mogli povjerljivo provjeriti. {signature}',
    },
    'dm-opener': {
      warm: 'Bok {first_name|}! 😊 Hvala na poruci. Možeš nam poslati broj narudžbe i e-mail adresu svog korisničkog računa? Mi ćemo se pobrinuti za ostalo! {signature}',
      neutral: 'Pozdrav {first_name|}, hvala na poruci. Kako bismo provjerili o čemu je riječ, molimo pošaljite nam broj narudžbe i e-mail adresu povezanu s vašim korisničkim računom. {signature}',
      formal: 'Poštovani, zahvaljujemo Vam što ste kontaktirali {brand|našu korisničku podršku}. Kako bismo provjerili Vaš upit, molimo Vas da nam pošaljete broj narudžbe i e-mail adresu povezanu s Vašim korisničkim računom. {signature}',
    },
    question: {
      warm: 'Odlično pitanje, {first_name|}! 😊 Sve informacije naći ćeš ovdje: {kb_link} Ako još nešto nije jasno, samo nam piši! {signature}',
      neutral: 'Pozdrav {first_name|}, hvala na pitanju. Odgovor ćete pronaći ovdje: {kb_link} Javite nam se ako nešto još nije jasno. {signature}',
      formal: 'Poštovani, zahvaljujemo na upitu. Sve potrebne informacije možete pronaći ovdje: {kb_link} Za sva dodatna pitanja stojimo Vam na raspolaganju. {signature}',
      tags: ['kako mogu', 'gdje mogu', 'je li moguće'],
    },
    delay: {
      warm: 'Bok {first_name|}! Žao nam je što tvoja narudžba kasni 📦 Pošalji nam broj narudžbe u privatnoj poruci i odmah ćemo provjeriti gdje je. {signature}',
      neutral: 'Pozdrav {first_name|}, žao nam je što vaša narudžba stiže sporije nego što je planirano. Pošaljite nam broj narudžbe u privatnoj poruci pa ćemo provjeriti gdje je. {signature}',
      formal: 'Poštovani, ispričavamo se zbog kašnjenja Vaše narudžbe. Molimo Vas da nam broj narudžbe pošaljete privatnom porukom kako bismo provjerili njezin status. {signature}',
      tags: ['narudžb', 'dostav', 'paket', 'pošiljk', 'kasni'],
    },
    refund: {
      warm: 'Bok {first_name|}! Žao nam je zbog gnjavaže 🙏 Pošalji nam broj narudžbe u privatnoj poruci i odmah ćemo provjeriti tvoj povrat novca. {signature}',
      neutral: 'Pozdrav {first_name|}, žao nam je zbog neugodnosti. Pošaljite nam broj narudžbe u privatnoj poruci pa ćemo provjeriti status vašeg povrata novca. {signature}',
      formal: 'Poštovani, ispričavamo se zbog neugodnosti. Molimo Vas da nam broj narudžbe pošaljete privatnom porukom kako bismo provjerili status Vašeg povrata novca. {signature}',
      tags: ['povrat', 'vratite novac', 'naplać', 'naplat'],
    },
    'out-of-hours': {
      warm: 'Bok {first_name|}! Hvala na poruci 😊 Naš tim trenutačno nije tu – dostupni smo {hours} i javit ćemo ti se čim se vratimo! {signature}',
      neutral: 'Pozdrav {first_name|}, hvala na poruci. Naš tim trenutačno nije dostupan; radimo {hours} i odgovorit ćemo vam čim se vratimo. {signature}',
      formal: 'Poštovani, zahvaljujemo na poruci. Naš tim trenutačno nije dostupan; radno vrijeme korisničke podrške je {hours}. Odgovorit ćemo Vam u najkraćem mogućem roku. {signature}',
    },
    'looking-into-it': {
      warm: 'Hvala ti na strpljenju, {first_name|}! 🙏 Još smo na tome i javit ćemo ti se ovdje čim doznamo više. {signature}',
      neutral: 'Pozdrav {first_name|}, hvala na strpljenju. Još provjeravamo o čemu je riječ i javit ćemo vam se ovdje čim budemo imali novosti. {signature}',
      formal: 'Poštovani, zahvaljujemo Vam na strpljenju. Vaš upit još je u obradi i javit ćemo Vam se ovdje čim budemo imali više informacija. {signature}',
      tags: ['još čekam', 'i dalje čekam', 'nitko se ne javlja'],
    },
  },
  uk: {
    thanks: {
      warm: 'Дякуємо, {first_name|}! 😊 Нам дуже приємно, що тобі сподобалося! 🎉 {signature}',
      neutral: 'Дякуємо, {first_name|}! Нам приємно це чути, і ми обов’язково передамо ваші слова команді. {signature}',
      formal: 'Доброго дня, {first_name|}! Щиро дякуємо за ваш відгук. Нам приємно, що ви задоволені, і ми передамо вашу подяку команді. {signature}',
    },
    complaint: {
      warm: 'Привіт, {first_name|}! Нам дуже прикро, що так сталося 🙏 Ми вже з’ясовуємо, у чому справа, і напишемо тобі тут {{коли}}. {signature}',
      neutral: 'Вітаємо, {first_name|}! Перепрошуємо, що так сталося, — так не має бути. Ми вже з’ясовуємо ситуацію і напишемо вам тут {{коли}}. {signature}',
      formal: 'Доброго дня, {first_name|}! Дякуємо, що повідомили про це, і просимо вибачення за незручності. Ми розглядаємо ваше звернення і надамо відповідь тут {{коли}}. {signature}',
    },
    dm: {
      warm: 'Привіт, {first_name|}! Ми щойно написали тобі в особисті повідомлення 📩 — там усе й вирішимо! {signature}',
      neutral: 'Вітаємо, {first_name|}! Ми надіслали вам особисте повідомлення, щоб детальніше розібратися в ситуації. {signature}',
      formal: 'Доброго дня, {first_name|}! Ми надіслали вам особисте повідомлення, щоб конфіденційно розглянути ваше звернення. {signature}',
    },
    'dm-opener': {
      warm: 'Привіт, {first_name|}! 😊 Дякуємо за повідомлення. Надішли, будь ласка, номер замовлення та email, прив’язаний до твого акаунта, — а далі ми все зробимо! {signature}',
      neutral: 'Вітаємо, {first_name|}! Дякуємо за повідомлення. Щоб ми могли все перевірити, надішліть, будь ласка, номер замовлення та email, прив’язаний до вашого акаунта. {signature}',
      formal: 'Доброго дня, {first_name|}! Дякуємо за звернення до {brand|нашої служби підтримки}. Щоб розглянути ваше звернення, просимо надіслати номер замовлення та адресу електронної пошти, пов’язану з вашим обліковим записом. {signature}',
    },
    question: {
      warm: 'Класне питання, {first_name|}! 😊 Усі подробиці ось тут: {kb_link} Якщо щось залишиться незрозумілим — пиши! {signature}',
      neutral: 'Вітаємо, {first_name|}! Дякуємо за запитання. Відповідь ви знайдете тут: {kb_link} Якщо щось залишилося незрозумілим, напишіть нам. {signature}',
      formal: 'Доброго дня, {first_name|}! Дякуємо за ваше запитання. Детальну інформацію можна знайти за посиланням: {kb_link} Якщо виникнуть додаткові запитання, ми завжди раді допомогти. {signature}',
      tags: ['як можна', 'де знайти', 'чи можна'],
    },
    delay: {
      warm: 'Привіт, {first_name|}! Прикро, що замовлення затримується 📦 Надішли нам номер замовлення в особисті, і ми одразу перевіримо, де воно. {signature}',
      neutral: 'Вітаємо, {first_name|}! Перепрошуємо, що замовлення їде довше, ніж планувалося. Надішліть номер замовлення в особисті повідомлення, і ми перевіримо, де воно зараз. {signature}',
      formal: 'Доброго дня, {first_name|}! Просимо вибачення за затримку вашого замовлення. Будь ласка, надішліть номер замовлення в особистому повідомленні, і ми перевіримо його статус. {signature}',
      tags: ['замовлен', 'доставк', 'посилк', 'відправлен', 'затрим'],
    },
    refund: {
      warm: 'Привіт, {first_name|}! Вибач за клопіт 🙏 Надішли номер замовлення в особисті, і ми одразу перевіримо твоє повернення коштів. {signature}',
      neutral: 'Вітаємо, {first_name|}! Перепрошуємо за незручності. Надішліть номер замовлення в особисті повідомлення, і ми перевіримо статус повернення коштів. {signature}',
      formal: 'Доброго дня, {first_name|}! Просимо вибачення за незручності. Будь ласка, надішліть номер замовлення в особистому повідомленні, щоб ми могли перевірити статус повернення ваших коштів. {signature}',
      tags: ['повернен', 'повернути гроші', 'кошт', 'списал'],
    },
    'out-of-hours': {
      warm: 'Привіт, {first_name|}! Дякуємо за повідомлення 😊 Зараз наша команда не на зв’язку — ми працюємо {hours} і відповімо, щойно повернемося! {signature}',
      neutral: 'Вітаємо, {first_name|}! Дякуємо за повідомлення. Зараз наша команда не на зв’язку; ми працюємо {hours} і відповімо вам, щойно повернемося. {signature}',
      formal: 'Доброго дня, {first_name|}! Дякуємо за ваше звернення. Наразі служба підтримки не працює; графік роботи: {hours}. Ми відповімо вам найближчим часом. {signature}',
    },
    'looking-into-it': {
      warm: 'Дякуємо за терпіння, {first_name|}! 🙏 Ми ще працюємо над цим і напишемо тобі тут, щойно дізнаємося більше. {signature}',
      neutral: 'Вітаємо, {first_name|}! Дякуємо за терпіння. Ми ще з’ясовуємо ситуацію і напишемо вам тут, щойно будуть новини. {signature}',
      formal: 'Доброго дня, {first_name|}! Дякуємо за ваше терпіння. Ваше звернення ще розглядається; ми повідомимо вас тут, щойно матимемо більше інформації. {signature}',
      tags: ['досі чекаю', 'досі немає', 'ніхто не відповідає'],
    },
  },
  hi: {
    thanks: {
      warm: 'बहुत-बहुत शुक्रिया, {first_name|}! 😊 आपकी बात सुनकर हमारा दिन बन गया! 🎉 {signature}',
      neutral: 'धन्यवाद, {first_name|}! हमें खुशी है कि आपको हमारी सेवा पसंद आई। हम आपकी बात टीम तक ज़रूर पहुँचाएँगे। {signature}',
      formal: 'नमस्ते {first_name|} जी, आपके प्रशंसा भरे शब्दों के लिए हार्दिक धन्यवाद। हमें प्रसन्नता है कि आपका अनुभव अच्छा रहा। आपकी प्रतिक्रिया हम अपनी टीम तक अवश्य पहुँचाएँगे। {signature}',
    },
    complaint: {
      warm: 'हाय {first_name|}, हमें सच में बहुत अफ़सोस है! 🙏 ऐसा नहीं होना चाहिए था। हम अभी इसे देख रहे हैं और {{कब}} तक यहीं आपको जवाब देंगे। {signature}',
      neutral: 'नमस्ते {first_name|}, हमें खेद है कि ऐसा हुआ। हम इस मामले को देख रहे हैं और {{कब}} तक यहीं आपको अपडेट देंगे। {signature}',
      formal: 'नमस्ते {first_name|} जी, यह जानकारी देने के लिए धन्यवाद। हुई असुविधा के लिए हम क्षमा चाहते हैं। हम आपके मामले की जाँच कर रहे हैं और {{कब}} तक यहीं आपको सूचित करेंगे। {signature}',
    },
    dm: {
      warm: 'हाय {first_name|}! हमने आपको अभी DM भेजा है 📩 वहीं मिलकर इसे सुलझाते हैं! {signature}',
      neutral: 'नमस्ते {first_name|}, हमने आपको एक डायरेक्ट मैसेज भेजा है ताकि हम इस मामले को विस्तार से देख सकें। {signature}',
      formal: 'नमस्ते {first_name|} जी, हमने आपको एक निजी संदेश भेजा है ताकि हम आपके मामले की गोपनीय रूप से जाँच कर सकें। {signature}',
    },
    'dm-opener': {
      warm: 'हाय {first_name|}! 😊 मैसेज करने के लिए शुक्रिया। क्या आप हमें अपना ऑर्डर नंबर और अकाउंट से जुड़ा ईमेल भेज सकते हैं? बाकी हम संभाल लेंगे! {signature}',
      neutral: 'नमस्ते {first_name|}, संपर्क करने के लिए धन्यवाद। जाँच के लिए कृपया हमें अपना ऑर्डर नंबर और अपने अकाउंट से जुड़ा ईमेल पता भेजें। {signature}',
      formal: 'नमस्ते {first_name|} जी, हमसे संपर्क करने के लिए धन्यवाद। आपके मामले की जाँच के लिए कृपया अपना ऑर्डर नंबर तथा अपने खाते से संबद्ध ईमेल पता भेजने का कष्ट करें। {signature}',
    },
    question: {
      warm: 'बढ़िया सवाल, {first_name|}! 😊 पूरी जानकारी यहाँ है: {kb_link} कुछ और पूछना हो तो बेझिझक लिखिए! {signature}',
      neutral: 'नमस्ते {first_name|}, सवाल पूछने के लिए धन्यवाद। जवाब आपको यहाँ मिलेगा: {kb_link} अगर कुछ स्पष्ट न हो, तो हमें बताइए। {signature}',
      formal: 'नमस्ते {first_name|} जी, आपके प्रश्न के लिए धन्यवाद। संबंधित जानकारी आप यहाँ देख सकते हैं: {kb_link} किसी अन्य सहायता के लिए हम सदैव उपलब्ध हैं। {signature}',
      tags: ['कैसे', 'कहाँ', 'क्या मैं'],
    },
    delay: {
      warm: 'हाय {first_name|}, माफ़ कीजिए कि आपके ऑर्डर में देर हो रही है! 📦 हमें DM में अपना ऑर्डर नंबर भेजिए, हम तुरंत चेक करते हैं। {signature}',
      neutral: 'नमस्ते {first_name|}, हमें खेद है कि आपके ऑर्डर में उम्मीद से ज़्यादा समय लग रहा है। DM में अपना ऑर्डर नंबर भेजें, हम पता करके बताएँगे कि वह कहाँ है। {signature}',
      formal: 'नमस्ते {first_name|} जी, आपके ऑर्डर में हुई देरी के लिए हम क्षमा चाहते हैं। कृपया निजी संदेश में अपना ऑर्डर नंबर भेजें, ताकि हम उसकी स्थिति की जाँच कर सकें। {signature}',
      tags: ['ऑर्डर', 'आर्डर', 'डिलीवरी', 'पार्सल', 'शिपिंग', 'देर'],
    },
    refund: {
      warm: 'हाय {first_name|}, परेशानी के लिए माफ़ी! 🙏 DM में अपना ऑर्डर नंबर भेजिए, हम आपका रिफ़ंड तुरंत चेक करते हैं। {signature}',
      neutral: 'नमस्ते {first_name|}, असुविधा के लिए खेद है। DM में अपना ऑर्डर नंबर भेजें, हम आपके रिफ़ंड की स्थिति देखकर बताएँगे। {signature}',
      formal: 'नमस्ते {first_name|} जी, हुई असुविधा के लिए हम क्षमा चाहते हैं। कृपया निजी संदेश में अपना ऑर्डर नंबर भेजें, ताकि हम आपके रिफ़ंड की स्थिति की जाँच कर सकें। {signature}',
      tags: ['रिफ़ंड', 'रिफंड', 'पैसे वापस', 'रिटर्न'],
    },
    'out-of-hours': {
      warm: 'हाय {first_name|}! मैसेज के लिए शुक्रिया 😊 अभी हमारी टीम ऑफ़लाइन है — हम {hours} उपलब्ध रहते हैं और लौटते ही आपको जवाब देंगे! {signature}',
      neutral: 'नमस्ते {first_name|}, संदेश के लिए धन्यवाद। अभी हमारी टीम उपलब्ध नहीं है; हमारा समय {hours} है और हम लौटते ही आपको जवाब देंगे। {signature}',
      formal: 'नमस्ते {first_name|} जी, आपके संदेश के लिए धन्यवाद। इस समय हमारी सेवा उपलब्ध नहीं है; हमारा सेवा समय {hours} है। हम शीघ्र ही आपको उत्तर देंगे। {signature}',
    },
    'looking-into-it': {
      warm: 'धैर्य रखने के लिए शुक्रिया, {first_name|}! 🙏 हम अभी भी इस पर काम कर रहे हैं और कुछ पता चलते ही यहीं बताएँगे। {signature}',
      neutral: 'नमस्ते {first_name|}, इंतज़ार के लिए धन्यवाद। हम अभी भी इस मामले को देख रहे हैं और कोई जानकारी मिलते ही यहीं अपडेट देंगे। {signature}',
      formal: 'नमस्ते {first_name|} जी, आपके धैर्य के लिए धन्यवाद। आपके मामले की जाँच अभी जारी है; अधिक जानकारी मिलते ही हम आपको यहीं सूचित करेंगे। {signature}',
      tags: ['अभी तक', 'कोई जवाब नहीं'],
    },
  },
  fa: {
    thanks: {
      warm: 'خیلی ممنون {first_name|} عزیز! 😊 کلی خوشحالمون کردید! 🎉 {signature}',
      neutral: 'سلام {first_name|}، از لطف شما ممنونیم! خوشحالیم که راضی بودید و پیامتان را به تیم می‌رسانیم. {signature}',
      formal: '{first_name|کاربر} گرامی، از ابراز لطف شما سپاسگزاریم. بسیار خرسندیم که از تجربه‌تان رضایت داشته‌اید و بازخورد شما را به همکارانمان منتقل خواهیم کرد. {signature}',
    },
    complaint: {
      warm: 'سلام {first_name|} عزیز، واقعاً متأسفیم! 🙏 اصلاً نباید این‌طور می‌شد. همین الان داریم پیگیری می‌کنیم و {{چه زمانی}} همین‌جا خبرتان می‌کنیم. {signature}',
      neutral: 'سلام {first_name|}، بابت این مشکل متأسفیم. در حال بررسی موضوع هستیم و {{چه زمانی}} همین‌جا به شما خبر می‌دهیم. {signature}',
      formal: '{first_name|کاربر} گرامی، از اینکه موضوع را با ما در میان گذاشتید سپاسگزاریم و بابت این ناراحتی پوزش می‌خواهیم. موضوع در حال بررسی است و {{چه زمانی}} نتیجه را همین‌جا به اطلاع شما خواهیم رساند. {signature}',
    },
    dm: {
      warm: 'سلام {first_name|} عزیز! همین الان براتون دایرکت فرستادیم 📩 اونجا با هم حلش می‌کنیم! {signature}',
      neutral: 'سلام {first_name|}، برای شما پیام خصوصی فرستادیم تا موضوع را دقیق‌تر بررسی کنیم. {signature}',
      formal: '{first_name|کاربر} گرامی، پیامی خصوصی برای شما ارسال کردیم تا درخواستتان را به‌صورت محرمانه بررسی کنیم. {signature}',
    },
    'dm-opener': {
      warm: 'سلام {first_name|} عزیز! 😊 ممنون که پیام دادید. لطفاً شماره سفارش و ایمیل حسابتون رو برامون بفرستید، بقیه‌ش با ما! {signature}',
      neutral: 'سلام {first_name|}، ممنون از پیامتان. برای بررسی، لطفاً شماره سفارش و ایمیل مرتبط با حساب کاربری‌تان را برای ما بفرستید. {signature}',
      formal: '{first_name|کاربر} گرامی، از تماس شما با {brand|ما} سپاسگزاریم. برای رسیدگی به درخواستتان، خواهشمند است شماره سفارش و نشانی ایمیل مرتبط با حساب کاربری خود را ارسال فرمایید. {signature}',
    },
    question: {
      warm: 'سؤال خیلی خوبیه {first_name|} عزیز! 😊 همه‌ی اطلاعات اینجاست: {kb_link} اگه سؤال دیگه‌ای داشتید، حتماً بپرسید! {signature}',
      neutral: 'سلام {first_name|}، ممنون از سؤالتان. پاسخ را اینجا پیدا می‌کنید: {kb_link} اگر نکته‌ای روشن نبود، به ما بگویید. {signature}',
      formal: '{first_name|کاربر} گرامی، از پرسش شما سپاسگزاریم. اطلاعات مربوط را می‌توانید در این نشانی ببینید: {kb_link} برای هرگونه پرسش دیگر در خدمت شما هستیم. {signature}',
      tags: ['چطور', 'چگونه', 'کجا'],
    },
    delay: {
      warm: 'سلام {first_name|} عزیز، ببخشید که سفارشتون دیر شده! 📦 شماره سفارش رو دایرکت بفرستید، همین الان پیگیری می‌کنیم. {signature}',
      neutral: 'سلام {first_name|}، متأسفیم که سفارش شما بیشتر از انتظار طول کشیده است. شماره سفارش را در پیام خصوصی بفرستید تا وضعیتش را بررسی کنیم. {signature}',
      formal: '{first_name|کاربر} گرامی، بابت تأخیر در ارسال سفارشتان پوزش می‌خواهیم. خواهشمند است شماره سفارش را از طریق پیام خصوصی ارسال فرمایید تا وضعیت آن را بررسی کنیم. {signature}',
      tags: ['سفارش', 'ارسال', 'بسته', 'مرسوله', 'تأخیر', 'تاخیر'],
    },
    refund: {
      warm: 'سلام {first_name|} عزیز، ببخشید بابت دردسر! 🙏 شماره سفارش رو دایرکت بفرستید تا همین الان بازپرداختتون رو چک کنیم. {signature}',
      neutral: 'سلام {first_name|}، بابت این مشکل متأسفیم. شماره سفارش را در پیام خصوصی بفرستید تا وضعیت بازپرداخت وجه را بررسی کنیم. {signature}',
      formal: '{first_name|کاربر} گرامی، بابت این ناراحتی پوزش می‌خواهیم. خواهشمند است شماره سفارش را از طریق پیام خصوصی ارسال فرمایید تا وضعیت بازپرداخت وجه را بررسی کنیم. {signature}',
      tags: ['بازپرداخت', 'برگشت پول', 'مرجوع', 'استرداد', 'پس بگیرم'],
    },
    'out-of-hours': {
      warm: 'سلام {first_name|} عزیز! ممنون از پیامتون 😊 الان تیم ما در دسترس نیست؛ ما {hours} پاسخگو هستیم و به محض برگشتن جواب می‌دیم! {signature}',
      neutral: 'سلام {first_name|}، ممنون از پیامتان. تیم ما در حال حاضر در دسترس نیست؛ ساعات کاری ما {hours} است و به‌محض بازگشت پاسخ می‌دهیم. {signature}',
      formal: '{first_name|کاربر} گرامی، از پیام شما سپاسگزاریم. در حال حاضر خارج از ساعات کاری هستیم؛ ساعات پاسخگویی ما {hours} است. در اولین فرصت پاسخ شما را خواهیم داد. {signature}',
    },
    'looking-into-it': {
      warm: 'ممنون از صبرتون {first_name|} عزیز! 🙏 هنوز داریم پیگیری می‌کنیم و به محض اینکه خبری شد همین‌جا بهتون می‌گیم. {signature}',
      neutral: 'سلام {first_name|}، از صبر شما ممنونیم. هنوز در حال بررسی موضوع هستیم و به‌محض اینکه خبری شد، همین‌جا اطلاع می‌دهیم. {signature}',
      formal: '{first_name|کاربر} گرامی، از شکیبایی شما سپاسگزاریم. درخواست شما همچنان در حال بررسی است و به‌محض دریافت اطلاعات بیشتر، همین‌جا به اطلاع شما خواهیم رساند. {signature}',
      tags: ['هنوز', 'خبری نشد', 'جواب ندادید'],
    },
  },
  // pt is written as Brazilian brands write it: warm "você"/"te"/"a gente", neutral "você",
  // formal without "você" (third person, "seu/sua", "por gentileza"), polite in Portugal too.
  pt: {
    thanks: {
      warm: 'Muito obrigado, {first_name|}! 😊 Ficamos superfelizes que você curtiu! 🎉 {signature}',
      neutral: 'Obrigado, {first_name|}! Ficamos muito felizes com a sua mensagem e vamos compartilhá-la com a equipe. {signature}',
      formal: 'Olá, {first_name|}. Agradecemos as suas gentis palavras. É uma satisfação saber que a sua experiência foi positiva, e encaminharemos o seu comentário à nossa equipe. {signature}',
    },
    complaint: {
      warm: 'Oi, {first_name|}! Sentimos muito pelo que aconteceu 🙏 Não é essa a experiência que queremos para você. Já estamos vendo isso e te respondemos aqui {{quando}}. {signature}',
      neutral: 'Olá, {first_name|}. Sentimos muito pelo ocorrido; não é essa a experiência que queremos para você. Estamos verificando e daremos um retorno aqui {{quando}}. {signature}',
      formal: 'Olá, {first_name|}. Agradecemos por nos informar e pedimos desculpas pelo transtorno. Estamos analisando o seu caso e retornaremos aqui {{quando}}. {signature}',
    },
    dm: {
      warm: 'Oi, {first_name|}! Acabamos de te mandar uma DM 📩 pra gente resolver isso juntos. Nos falamos por lá! {signature}',
      neutral: 'Olá, {first_name|}. Enviamos uma mensagem privada para verificarmos o seu caso com mais detalhes. {signature}',
      formal: 'Olá, {first_name|}. Enviamos uma mensagem privada para que possamos analisar a sua solicitação de forma confidencial. {signature}',
    },
    'dm-opener': {
      warm: 'Oi, {first_name|}! 😊 Obrigado por falar com {brand|a gente}. Pode nos mandar o número do pedido e o e-mail da sua conta? O resto é com a gente! {signature}',
      neutral: 'Olá, {first_name|}. Obrigado por entrar em contato com {brand|a gente}. Para verificarmos, você pode nos enviar o número do pedido e o e-mail associado à sua conta? {signature}',
      formal: 'Olá, {first_name|}. Agradecemos por entrar em contato com {brand|o nosso atendimento}. Para analisarmos a sua solicitação, poderia nos enviar o número do pedido e o e-mail associado à sua conta? {signature}',
    },
    question: {
      warm: 'Ótima pergunta, {first_name|}! 😊 Aqui você encontra todos os detalhes: {kb_link} Se ficar alguma dúvida, é só chamar! {signature}',
      neutral: 'Olá, {first_name|}. Obrigado pela pergunta. Você encontra a resposta aqui: {kb_link} Se algo não ficar claro, fale com a gente. {signature}',
      formal: 'Olá, {first_name|}. Agradecemos a sua pergunta. As informações estão disponíveis aqui: {kb_link} Permanecemos à disposição para qualquer outra dúvida. {signature}',
      tags: ['como faço', 'como posso', 'onde posso', 'onde encontro', 'tem como', 'é possível'],
    },
    delay: {
      warm: 'Oi, {first_name|}! Sentimos muito pela demora do seu pedido 📦 Manda uma DM pra gente com o número do pedido que a gente confere na hora. {signature}',
      neutral: 'Olá, {first_name|}. Sentimos muito que o seu pedido esteja demorando mais que o previsto. Envie o número do pedido por mensagem privada e verificaremos onde ele está. {signature}',
      formal: 'Olá, {first_name|}. Pedimos desculpas pelo atraso do seu pedido. Por gentileza, envie-nos o número do pedido por mensagem privada para que possamos verificar o status. {signature}',
      tags: ['pedido', 'entreg', 'encomenda', 'pacote', 'rastre', 'chega', 'atras'],
    },
    refund: {
      warm: 'Oi, {first_name|}! Desculpa pelo transtorno 🙏 Manda o número do pedido por DM que a gente verifica o seu reembolso agora mesmo. {signature}',
      neutral: 'Olá, {first_name|}. Sentimos muito pelo transtorno. Envie o número do pedido por mensagem privada e verificaremos o status do seu reembolso. {signature}',
      formal: 'Olá, {first_name|}. Pedimos desculpas pelo transtorno. Por gentileza, envie-nos o número do pedido por mensagem privada para que possamos verificar o status do seu reembolso. {signature}',
      tags: ['reembols', 'estorn', 'devolução', 'devolv', 'dinheiro de volta', 'cobra'],
    },
    'out-of-hours': {
      warm: 'Oi, {first_name|}! Obrigado pela mensagem 😊 Nossa equipe está offline agora; atendemos {hours} e te respondemos assim que voltarmos! {signature}',
      neutral: 'Olá, {first_name|}. Obrigado pela mensagem. No momento estamos fora do horário de atendimento ({hours}); responderemos assim que voltarmos. {signature}',
      formal: 'Olá, {first_name|}. Agradecemos a sua mensagem. No momento, estamos fora do nosso horário de atendimento ({hours}). Retornaremos o seu contato o mais breve possível. {signature}',
    },
    'looking-into-it': {
      warm: 'Obrigado pela paciência, {first_name|}! 🙏 Ainda estamos cuidando disso e te avisamos aqui assim que tivermos novidades. {signature}',
      neutral: 'Olá, {first_name|}. Obrigado pela paciência. Ainda estamos verificando e avisaremos aqui assim que tivermos novidades. {signature}',
      formal: 'Olá, {first_name|}. Agradecemos a sua paciência. O seu caso continua em análise e informaremos aqui assim que tivermos novidades. {signature}',
      tags: ['ainda estou esperando', 'ainda aguardando', 'alguma novidade', 'até agora nada', 'sem resposta', 'ninguém responde'],
    },
  },
  // it: tu in warm and neutral, as Italian brands write on social; formal capitalises Lei/La/Le/Suo.
  it: {
    thanks: {
      warm: 'Grazie mille, {first_name|}! 😊 Ci fa davvero piacere che ti sia piaciuto! 🎉 {signature}',
      neutral: 'Grazie, {first_name|}! Ci fa piacere leggerlo e lo condivideremo con il team. {signature}',
      formal: 'Buongiorno {first_name|}, La ringraziamo per le Sue gentili parole. Siamo lieti di sapere che la Sua esperienza è stata positiva e inoltreremo il Suo commento al nostro team. {signature}',
    },
    complaint: {
      warm: 'Ciao {first_name|}, ci dispiace davvero tanto! 🙏 Non è l’esperienza che vogliamo per te. Stiamo già verificando e ti aggiorniamo qui {{quando}}. {signature}',
      neutral: 'Ciao {first_name|}, ci dispiace per quanto successo: non è l’esperienza che vogliamo offrirti. Stiamo verificando e ti aggiorneremo qui {{quando}}. {signature}',
      formal: 'Buongiorno {first_name|}, La ringraziamo per la segnalazione e ci scusiamo per il disagio. Stiamo verificando quanto accaduto e La aggiorneremo qui {{quando}}. {signature}',
    },
    dm: {
      warm: 'Ciao {first_name|}! Ti abbiamo appena scritto in DM 📩 così lo risolviamo insieme. A tra poco! {signature}',
      neutral: 'Ciao {first_name|}, ti abbiamo inviato un messaggio privato per approfondire la questione. {signature}',
      formal: 'Buongiorno {first_name|}, Le abbiamo inviato un messaggio privato per poter esaminare la Sua richiesta in modo riservato. {signature}',
    },
    'dm-opener': {
      warm: 'Ciao {first_name|}! 😊 Grazie per averci scritto. Ci mandi il numero d’ordine e l’email del tuo account? Al resto pensiamo noi! {signature}',
      neutral: 'Ciao {first_name|}, grazie per aver contattato {brand|il nostro servizio clienti}. Per verificare, puoi inviarci il numero d’ordine e l’indirizzo email associato al tuo account? {signature}',
      formal: 'Buongiorno {first_name|}, La ringraziamo per aver contattato {brand|il nostro servizio clienti}. Per esaminare la Sua richiesta, potrebbe inviarci il numero d’ordine e l’indirizzo email associato al Suo account? {signature}',
    },
    question: {
      warm: 'Ottima domanda, {first_name|}! 😊 Trovi tutti i dettagli qui: {kb_link} Se hai altri dubbi, scrivici pure! {signature}',
      neutral: 'Ciao {first_name|}, grazie per la domanda. Trovi la risposta qui: {kb_link} Se qualcosa non è chiaro, faccelo sapere. {signature}',
      formal: 'Buongiorno {first_name|}, La ringraziamo per la Sua domanda. Può trovare tutte le informazioni qui: {kb_link} Restiamo a Sua disposizione per qualsiasi altra necessità. {signature}',
      tags: ['come posso', 'come si', 'dove posso', 'dove trovo', 'è possibile'],
    },
    delay: {
      warm: 'Ciao {first_name|}, ci dispiace che il tuo ordine sia in ritardo! 📦 Scrivici in DM il numero d’ordine e controlliamo subito dov’è. {signature}',
      neutral: 'Ciao {first_name|}, ci dispiace che il tuo ordine stia impiegando più del previsto. Inviaci il numero d’ordine in un messaggio privato e verificheremo dove si trova. {signature}',
      formal: 'Buongiorno {first_name|}, ci scusiamo per il ritardo del Suo ordine. La preghiamo di inviarci il numero d’ordine tramite messaggio privato, così potremo verificarne lo stato. {signature}',
      tags: ['ordin', 'consegn', 'spedizion', 'spedit', 'pacco', 'tracking', 'ritard', 'arriva'],
    },
    refund: {
      warm: 'Ciao {first_name|}, scusa per il disagio! 🙏 Mandaci il numero d’ordine in DM e controlliamo subito il tuo rimborso. {signature}',
      neutral: 'Ciao {first_name|}, ci scusiamo per il disagio. Inviaci il numero d’ordine in un messaggio privato e verificheremo lo stato del tuo rimborso. {signature}',
      formal: 'Buongiorno {first_name|}, ci scusiamo per il disagio. La preghiamo di inviarci il numero d’ordine tramite messaggio privato, così potremo verificare lo stato del Suo rimborso. {signature}',
      tags: ['rimbors', 'reso', 'soldi indietro', 'addebit'],
    },
    'out-of-hours': {
      warm: 'Ciao {first_name|}! Grazie per il messaggio 😊 Al momento il team non è online: siamo qui {hours} e ti rispondiamo appena torniamo! {signature}',
      neutral: 'Ciao {first_name|}, grazie per il messaggio. Al momento siamo fuori orario ({hours}); ti risponderemo appena torniamo. {signature}',
      formal: 'Buongiorno {first_name|}, La ringraziamo per il Suo messaggio. Al momento il servizio clienti non è disponibile; i nostri orari sono {hours}. Le risponderemo al più presto. {signature}',
    },
    'looking-into-it': {
      warm: 'Grazie per la pazienza, {first_name|}! 🙏 Ci stiamo ancora lavorando e ti aggiorniamo qui appena abbiamo novità. {signature}',
      neutral: 'Ciao {first_name|}, grazie per la pazienza. Stiamo ancora verificando e ti aggiorneremo qui appena avremo novità. {signature}',
      formal: 'Buongiorno {first_name|}, La ringraziamo per la pazienza. La Sua richiesta è ancora in fase di verifica e La aggiorneremo qui non appena avremo maggiori informazioni. {signature}',
      tags: ['ancora niente', 'ancora nessun', 'sto ancora aspettando', 'aspetto ancora', 'nessuna risposta', 'novità'],
    },
  },
  // ru: as uk does, ты in warm (it mirrors a customer who wrote informally), вы in neutral, and
  // Вы/Вас/Вам/Ваш capitalised in formal, as Russian business letters write it.
  ru: {
    thanks: {
      warm: 'Спасибо огромное, {first_name|}! 😊 Очень рады, что тебе понравилось! 🎉 {signature}',
      neutral: 'Спасибо, {first_name|}! Нам очень приятно, и мы обязательно передадим ваши слова команде. {signature}',
      formal: 'Здравствуйте, {first_name|}! Благодарим Вас за тёплые слова. Нам приятно, что Вы остались довольны, и мы обязательно передадим Ваш отзыв команде. {signature}',
    },
    complaint: {
      warm: 'Привет, {first_name|}! Нам очень жаль, что так вышло 🙏 Мы уже разбираемся и напишем тебе здесь {{когда}}. {signature}',
      neutral: 'Здравствуйте, {first_name|}! Нам жаль, что так получилось, — так быть не должно. Мы уже разбираемся в ситуации и напишем вам здесь {{когда}}. {signature}',
      formal: 'Здравствуйте, {first_name|}! Благодарим Вас за обращение и приносим извинения за доставленные неудобства. Мы рассматриваем Ваш вопрос и сообщим о результатах здесь {{когда}}. {signature}',
    },
    dm: {
      warm: 'Привет, {first_name|}! Мы только что написали тебе в личные сообщения 📩 — там всё и решим! {signature}',
      neutral: 'Здравствуйте, {first_name|}! Мы отправили вам личное сообщение, чтобы подробнее разобраться в ситуации. {signature}',
      formal: 'Здравствуйте, {first_name|}! Мы направили Вам личное сообщение, чтобы конфиденциально рассмотреть Ваше обращение. {signature}',
    },
    'dm-opener': {
      warm: 'Привет, {first_name|}! 😊 Спасибо за сообщение. Пришли, пожалуйста, номер заказа и email, привязанный к твоему аккаунту, — а дальше мы всё сделаем! {signature}',
      neutral: 'Здравствуйте, {first_name|}! Спасибо за сообщение. Чтобы мы могли всё проверить, пришлите, пожалуйста, номер заказа и email, привязанный к вашему аккаунту. {signature}',
      formal: 'Здравствуйте, {first_name|}! Благодарим Вас за обращение в {brand|нашу службу поддержки}. Чтобы рассмотреть Ваш запрос, просим направить номер заказа и адрес электронной почты, связанный с Вашей учётной записью. {signature}',
    },
    question: {
      warm: 'Отличный вопрос, {first_name|}! 😊 Все подробности здесь: {kb_link} Если что-то останется непонятным — пиши! {signature}',
      neutral: 'Здравствуйте, {first_name|}! Спасибо за вопрос. Ответ вы найдёте здесь: {kb_link} Если что-то осталось непонятным, напишите нам. {signature}',
      formal: 'Здравствуйте, {first_name|}! Благодарим Вас за вопрос. Подробную информацию Вы можете найти по ссылке: {kb_link} Если у Вас возникнут дополнительные вопросы, мы будем рады помочь. {signature}',
      tags: ['как можно', 'как мне', 'где можно', 'где найти', 'можно ли'],
    },
    delay: {
      warm: 'Привет, {first_name|}! Очень жаль, что заказ задерживается 📦 Пришли нам номер заказа в личку, и мы сразу проверим, где он. {signature}',
      neutral: 'Здравствуйте, {first_name|}! Нам жаль, что заказ идёт дольше, чем планировалось. Пришлите номер заказа в личные сообщения, и мы проверим, где он сейчас. {signature}',
      formal: 'Здравствуйте, {first_name|}! Приносим извинения за задержку Вашего заказа. Пожалуйста, направьте номер заказа в личном сообщении, и мы проверим его статус. {signature}',
      tags: ['заказ', 'доставк', 'посылк', 'отправлен', 'задерж', 'трек'],
    },
    refund: {
      warm: 'Привет, {first_name|}! Извини за хлопоты 🙏 Пришли номер заказа в личку, и мы сразу проверим твой возврат. {signature}',
      neutral: 'Здравствуйте, {first_name|}! Приносим извинения за неудобства. Пришлите номер заказа в личные сообщения, и мы проверим статус возврата средств. {signature}',
      formal: 'Здравствуйте, {first_name|}! Приносим извинения за неудобства. Пожалуйста, направьте номер заказа в личном сообщении, чтобы мы могли проверить статус возврата Ваших средств. {signature}',
      tags: ['возврат', 'вернуть деньги', 'верните деньги', 'списал', 'списан'],
    },
    'out-of-hours': {
      warm: 'Привет, {first_name|}! Спасибо за сообщение 😊 Сейчас наша команда не на связи — мы работаем {hours} и ответим тебе, как только вернёмся! {signature}',
      neutral: 'Здравствуйте, {first_name|}! Спасибо за сообщение. Сейчас наша команда не на связи; мы работаем {hours} и ответим вам, как только вернёмся. {signature}',
      formal: 'Здравствуйте, {first_name|}! Благодарим Вас за обращение. В настоящее время служба поддержки не работает; график работы: {hours}. Мы ответим Вам в ближайшее время. {signature}',
    },
    'looking-into-it': {
      warm: 'Спасибо за терпение, {first_name|}! 🙏 Мы всё ещё над этим работаем и напишем тебе здесь, как только узнаем больше. {signature}',
      neutral: 'Здравствуйте, {first_name|}! Спасибо за терпение. Мы ещё разбираемся в ситуации и напишем вам здесь, как только будут новости. {signature}',
      formal: 'Здравствуйте, {first_name|}! Благодарим Вас за терпение. Ваше обращение ещё рассматривается; мы сообщим Вам здесь, как только получим дополнительную информацию. {signature}',
      tags: ['до сих пор', 'всё ещё жду', 'все еще жду', 'никто не отвечает', 'есть новости'],
    },
  },
  // ar: Modern Standard Arabic. Warm and neutral say the singular "-ك", which unvocalised reads
  // for a man or a woman, and avoid gendered verbs (no "أرسل/أرسلي": "يُرجى إرسال…"); formal
  // addresses the customer with the plural of respect (نشكركم، طلبكم).
  ar: {
    thanks: {
      warm: 'شكرًا جزيلًا {first_name|}! 😊 كلماتك أسعدتنا كثيرًا، ويسرّنا أنك استمتعت بتجربتك! 🎉 {signature}',
      neutral: 'شكرًا لك {first_name|}! يسعدنا ما كتبته، وسننقل كلماتك إلى الفريق. {signature}',
      formal: 'مرحبًا {first_name|}، نشكركم على كلماتكم الطيبة. يسعدنا أن تجربتكم معنا كانت موفقة، وسننقل ملاحظاتكم إلى فريق العمل. {signature}',
    },
    complaint: {
      warm: 'أهلًا {first_name|}، نأسف جدًا لما حدث! 🙏 هذه ليست التجربة التي نريدها لك. نحن نتابع الأمر الآن وسنرد عليك هنا {{متى}}. {signature}',
      neutral: 'مرحبًا {first_name|}، نأسف لما حدث؛ فهذه ليست التجربة التي نريدها لك. نحن نراجع الأمر وسنوافيك بالمستجدات هنا {{متى}}. {signature}',
      formal: 'مرحبًا {first_name|}، نشكركم على إبلاغنا ونعتذر عن الإزعاج. نحن نراجع الأمر حاليًا وسنوافيكم بالمستجدات هنا {{متى}}. {signature}',
    },
    dm: {
      warm: 'أهلًا {first_name|}! أرسلنا إليك رسالة خاصة للتو 📩 لنحل الأمر معًا. بانتظارك هناك! {signature}',
      neutral: 'مرحبًا {first_name|}، أرسلنا إليك رسالة خاصة لنتمكن من مراجعة الأمر بمزيد من التفاصيل. {signature}',
      formal: 'مرحبًا {first_name|}، أرسلنا إليكم رسالة خاصة لنتمكن من مراجعة طلبكم بسرية تامة. {signature}',
    },
    'dm-opener': {
      warm: 'أهلًا {first_name|}! 😊 شكرًا لتواصلك مع {brand|فريقنا}. هل يمكنك إرسال رقم الطلب والبريد الإلكتروني المرتبط بحسابك؟ والباقي علينا! {signature}',
      neutral: 'مرحبًا {first_name|}، شكرًا لتواصلك مع {brand|فريقنا}. لنتمكن من مراجعة الأمر، يُرجى إرسال رقم الطلب والبريد الإلكتروني المرتبط بحسابك. {signature}',
      formal: 'مرحبًا {first_name|}، نشكركم على تواصلكم مع {brand|فريق خدمة العملاء}. لنتمكن من مراجعة طلبكم، نرجو التكرم بإرسال رقم الطلب والبريد الإلكتروني المرتبط بحسابكم. {signature}',
    },
    question: {
      warm: 'سؤال رائع {first_name|}! 😊 كل التفاصيل موجودة هنا: {kb_link} وإن كان لديك أي سؤال آخر، فنحن هنا! {signature}',
      neutral: 'مرحبًا {first_name|}، شكرًا على سؤالك. الإجابة متاحة هنا: {kb_link} وإن بقي شيء غير واضح، يسعدنا تواصلك معنا. {signature}',
      formal: 'مرحبًا {first_name|}، نشكركم على سؤالكم. يمكنكم الاطلاع على المعلومات ذات الصلة هنا: {kb_link} ويسعدنا مساعدتكم في أي استفسار آخر. {signature}',
      tags: ['كيف', 'أين يمكن', 'هل يمكن', 'هل يوجد'],
    },
    delay: {
      warm: 'أهلًا {first_name|}، نأسف لتأخر طلبك! 📦 نحن بانتظار رقم الطلب في رسالة خاصة لنتحقق من مكانه فورًا. {signature}',
      neutral: 'مرحبًا {first_name|}، نأسف لأن طلبك يستغرق وقتًا أطول من المتوقع. يُرجى إرسال رقم الطلب في رسالة خاصة لنتحقق من مكانه ونخبرك. {signature}',
      formal: 'مرحبًا {first_name|}، نعتذر عن تأخر طلبكم. نرجو إرسال رقم الطلب عبر رسالة خاصة لنتمكن من التحقق من حالته. {signature}',
      tags: ['طلب', 'الطلب', 'توصيل', 'التوصيل', 'شحن', 'الشحن', 'طرد', 'الطرد', 'تأخر', 'تاخر'],
    },
    refund: {
      warm: 'أهلًا {first_name|}، نعتذر عن الإزعاج! 🙏 نحن بانتظار رقم الطلب في رسالة خاصة لنتحقق من استرداد أموالك فورًا. {signature}',
      neutral: 'مرحبًا {first_name|}، نأسف للإزعاج. يُرجى إرسال رقم الطلب في رسالة خاصة لنتحقق من حالة استرداد المبلغ. {signature}',
      formal: 'مرحبًا {first_name|}، نعتذر عن الإزعاج. نرجو إرسال رقم الطلب عبر رسالة خاصة لنتمكن من التحقق من حالة استرداد المبلغ الخاص بكم. {signature}',
      tags: ['استرداد', 'استرجاع', 'إرجاع', 'ارجاع', 'فلوسي', 'أموالي', 'خصم'],
    },
    'out-of-hours': {
      warm: 'أهلًا {first_name|}! شكرًا على رسالتك 😊 فريقنا غير متاح الآن؛ نحن هنا {hours} وسنرد عليك فور عودتنا! {signature}',
      neutral: 'مرحبًا {first_name|}، شكرًا على رسالتك. فريقنا غير متاح حاليًا؛ ساعات عملنا {hours} وسنرد عليك فور عودتنا. {signature}',
      formal: 'مرحبًا {first_name|}، نشكركم على رسالتكم. فريق خدمة العملاء غير متاح حاليًا؛ ساعات العمل هي {hours}. وسنرد عليكم في أقرب وقت ممكن. {signature}',
    },
    'looking-into-it': {
      warm: 'شكرًا على صبرك {first_name|}! 🙏 ما زلنا نتابع الأمر وسنخبرك هنا فور وصول أي جديد من الفريق. {signature}',
      neutral: 'مرحبًا {first_name|}، شكرًا على صبرك. ما زلنا نراجع الأمر وسنوافيك هنا فور توفر أي جديد. {signature}',
      formal: 'مرحبًا {first_name|}، نشكركم على صبركم. لا يزال طلبكم قيد المراجعة، وسنوافيكم هنا فور توفر مزيد من المعلومات. {signature}',
      tags: ['ما زلت', 'مازلت', 'لا زلت', 'لازلت', 'لم يرد', 'لا يوجد رد', 'أي جديد', 'أي تحديث'],
    },
  },
};

export const starterId = (group: StarterGroup, language: string) => `starter:${group}:${language}`;

export const starterTemplates: readonly Template[] = STARTER_LANGUAGES.flatMap((language) =>
  STARTER_GROUPS.map((group): Template => {
    const { opener, ...shared } = SHARED[group];
    const { tags = [], ...bodies } = TEXTS[language][group];
    return {
      id: starterId(group, language),
      group: `starter:${group}`,
      ...shared,
      intents: [...shared.intents],
      reasons: [...shared.reasons],
      situations: [...shared.situations],
      bodies,
      language,
      sites: [],
      tags: [group, ...(TOPICS[group] ?? []), ...tags],
      ...(opener ? { opener: `starter:${opener}` } : {}),
      usageCount: 0,
      starter: true,
    };
  }),
);
