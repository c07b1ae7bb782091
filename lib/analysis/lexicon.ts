import { normalizeWord, type Token } from './features';

// Hand-written cue words per category and language, read in one pass over the tokens (single
// words, pairs and triples looked up in one Map). They explain labels ("refund", "дякую") and
// cover languages the training data lacks; the learned models carry most of the accuracy.
// Phrases are written with spaces; every entry goes through the same normalisation as the text.

export type Cue =
  | 'thanks'
  | 'praise'
  | 'complaint'
  | 'sarcasm'
  | 'question'
  | 'enquiry'
  | 'please'
  | 'help'
  | 'refund'
  | 'order'
  | 'account'
  | 'legal'
  | 'private'
  | 'address'
  | 'abuse'
  | 'anger'
  | 'spam'
  | 'promo'
  | 'slang'
  | 'formal'
  | 'informal';

const CUES: Record<Cue, string> = {
  thanks:
    'thanks|thank you|thank u|thx|tks|ty|cheers|appreciate it|gracias|muchas gracias|obrigado|obrigada|valeu|merci|merci beaucoup|danke|vielen dank|danke schön|grazie|grazie mille|شكرا|شكراً|مشكور|धन्यवाद|शुक्रिया|shukriya|dhanyavaad|dhanyawad|thanku|hvala|hvala vam|hvala ti|дякую|спасибі|спасибо|благодарю|ممنون|مرسی|متشکرم|سپاس|تشکر',
  praise:
    'love|loved|great|awesome|amazing|excellent|best|perfect|brilliant|fantastic|wonderful|superb|well done|good job|great job|happy|glad|genial|excelente|increíble|maravilloso|encanta|ótimo|otimo|incrível|maravilhoso|adorei|parfait|génial|excellent|super|magnifique|bravo|toll|wunderbar|klasse|prima|perfekt|hervorragend|perfetto|fantastico|ottimo|bellissimo|رائع|ممتاز|جميل|حلو|बढ़िया|शानदार|बहुत अच्छा|badhiya|zabardast|mast|bahut accha|odlično|odličan|izvrsno|sjajno|bravo|super|супер|чудово|відмінно|класно|дуже дякую|отлично|прекрасно|классно|круто|عالی|عالیه|خوشمزه|ممنونم|فوق العاده|بی نظیر',
  complaint:
    "not working|doesn't work|does not work|didn't work|isn't working|broken|worst|terrible|awful|horrible|disappointed|disappointing|never arrived|never received|still waiting|still not|no response|no reply|not received|cancelled|canceled|delayed|lost|damaged|scam|ridiculous|unacceptable|useless|poor service|bad service|pathetic|rubbish|garbage|complaint|fail|failed|issue|problem|wrong|pésimo|peor|horrible|decepcionado|no funciona|estafa|queja|terrível|péssimo|não funciona|reclamação|golpe|nul|inacceptable|déçu|ne marche pas|ne fonctionne pas|arnaque|schlecht|enttäuscht|unverschämt|funktioniert nicht|katastrophe|pessimo|schifo|deluso|non funziona|vergogna|truffa|سيء|زفت|مشكلة|لا يعمل|خراب|खराब|बकवास|समस्या|bakwas|bekar|kharab|ghatiya|loše|užasno|razočaran|ne radi|problem|katastrofa|sramota|жахливо|погано|не працює|проблема|ганьба|ужасно|плохо|отвратительно|не работает|кошмар|безобразие|بد|افتضاح|افتضاحه|خراب|مشکل|ناراضی|کار نمی کنه|کار نمیکنه|crash|crashes|crashing|crashed|keeps crashing|freezes|freezing|glitch|glitching|buggy|outage|no signal|no internet|no service|no connection|overcharged|charged twice|double charged|rude|waste of money|waste of time|se cierra|no sirve|sin internet|sin servicio|sin señal|cobro doble|cobraron dos veces|se traba|trava|travando|sem internet|sem sinal|sem serviço|cobrado duas vezes|cobrança dupla|plantage|bugue|en panne|pas de réseau|pas d'internet|débité deux fois|stürzt|abgestürzt|kein internet|keine verbindung|kein netz|doppelt abgebucht|störung|si blocca|crasha|senza internet|senza linea|addebitato due volte|guasto|معطل|عطل|لا يوجد انترنت|النت مقطوع|خصم مرتين|nahi chal raha|band ho gaya|internet nahi|नहीं चल रहा|बंद हो गया|ruši se|nema interneta|nema signala|naplaćeno dvaput|smetnje|зависає|вилітає|немає інтернету|немає зв'язку|списали двічі|вылетает|зависает|нет интернета|нет связи|списали дважды|قطع شده|قطعی|هنگ میکنه|اینترنت ندارم|doesn't load|won't load|not loading|isn't loading|can't log in|cannot log in|can't login|won't open|doesn't open|not opening|won't let me|en retard|un retard|du retard|de retard|retardé|retraso|retrasado|atraso|atrasado|atrasada|ritardo|in ritardo|verspätung|verspätet|kašnjenje|kasni|затримка|задержка|опоздание|देरी|not happy|unhappy|not satisfied|dissatisfied|not impressed|no contento|insatisfecho|insatisfeita|insatisfeito|pas content|pas satisfait|unzufrieden|nicht zufrieden|insoddisfatto|non soddisfatto|nezadovoljan|nezadovoljna|незадоволений|недоволен|недовольна|ناراضی هستم|غير راض|ناخوش",
  // Praise said in scorn: "thanks for nothing", an eye-roll. It turns thanks and praise words in
  // the same message into a complaint (lib/analysis/intents.ts, sentiment.ts).
  sarcasm:
    'thanks for nothing|thank you for nothing|thanks for losing|thanks for ruining|thank you for ruining|thanks for wasting|thanks for ignoring|thanks a lot for nothing|gracias por nada|obrigado por nada|merci pour rien|danke für nichts|grazie per niente|grazie di niente|hvala ni za što|дякую за ніщо|спасибо за ничего|ну спасибо|🙄|🙃|😒|🤦',
  // Asking without a question mark: "I would like to enquire…", "quisiera saber si…", "подскажите".
  enquiry:
    'enquire|inquire|enquiring|inquiring|wondering if|wondering whether|i wonder|wanted to know|want to know|need to know|like to know|please advise|please let me know|quick question|a question|any update|any updates|any news|any information|any info|quisiera saber|quiero saber|gustaría saber|necesito saber|podrían decirme|pueden decirme|me pueden decir|una pregunta|una consulta|alguna novedad|gostaria de saber|queria saber|quero saber|preciso saber|podem me dizer|poderiam informar|uma pergunta|alguma novidade|voudrais savoir|aimerais savoir|souhaiterais savoir|pourriez vous|pouvez vous me|une question|des nouvelles|möchte wissen|gerne wissen|wüsste gerne|können sie mir|könnten sie mir|eine frage|gibt es neuigkeiten|vorrei sapere|volevo sapere|potreste dirmi|potete dirmi|mi potete dire|una domanda|novità|bih znati|zanima me|možete li mi|jedno pitanje|ima li novosti|хотів би дізнатися|хотіла б дізнатися|підкажіть|скажіть будь ласка|цікавить|питання|хотел бы узнать|хотела бы узнать|подскажите|скажите пожалуйста|интересует|вопрос|أود أن أعرف|أريد أن أعرف|ممكن أعرف|استفسار|سؤال|जानना चाहता|जानना चाहती|बताइए|बताएं|सवाल|batao|bataiye|bataye|jaanna hai|میخواستم بدونم|میخواستم بدانم|لطفا بگید|بفرمایید|سوال داشتم|سوالی داشتم',
  question:
    'how|what|when|where|why|which|who|can you|could you|is there|do you|does|is it|are you|cómo|qué|cuándo|dónde|por qué|cuál|como|quando|onde|por que|qual|comment|quand|où|pourquoi|est ce que|quel|quelle|wie|was|wann|wo|warum|welche|gibt es|come|dove|perché|qual è|كيف|متى|أين|وين|لماذا|ليش|هل|क्या|कब|कहाँ|कहां|क्यों|कैसे|kab|kahan|kyun|kaise|kako|kada|gdje|zašto|što|je li|da li|як|коли|де|чому|чи|как|когда|где|почему|зачем|چطور|چگونه|کی|کجا|چرا|آیا|چه',
  please:
    'please|pls|plz|need|kindly|por favor|necesito|preciso|svp|s\'il vous plaît|bitte|per favore|من فضلك|لو سمحت|ساعدني|कृपया|please help|molim|molim vas|будь ласка|допоможіть|пожалуйста|помогите|لطفا|لطفاً|خواهش',
  // Help as a noun asks for it, unless it is thanked for: "thanks for your help" (intents.ts).
  help: 'help|ayuda|ajuda|aide|hilfe|aiuto|मदद|madad|pomoć|کمک',
  refund:
    'refund|refunded|refunds|money back|reimburse|reimbursement|chargeback|reembolso|devolución|devolver el dinero|reembolsar|estorno|reembolso|devolução|remboursement|rembourser|remboursé|rückerstattung|erstatten|geld zurück|erstattung|rimborso|rimborsare|rimborsato|استرداد|استرجاع|ارجاع المبلغ|रिफंड|पैसे वापस|paise wapas|paisa wapas|povrat novca|povrat|refundacija|повернення коштів|повернути гроші|возврат|вернуть деньги|возврат денег|بازپرداخت|برگشت پول|پس دادن پول|استرداد وجه|cancel my order|cancel the order|cancel a purchase|cancel my purchase|cancel the purchase|cancel purchase|cancelar mi pedido|cancelar la compra|cancelar o pedido|cancelar a compra|annuler ma commande|annuler la commande|bestellung stornieren|stornieren|annullare l\'ordine|annullare ordine|إلغاء الطلب|ऑर्डर कैंसिल|order cancel|otkazati narudžbu|скасувати замовлення|отменить заказ|لغو سفارش',
  order:
    'my order|order|order status|tracking|tracking number|track|delivery|shipped|shipping|shipment|package|parcel|arrive|arrived|pedido|envío|entrega|paquete|encomenda|rastreio|commande|livraison|colis|bestellung|lieferung|paket|sendung|ordine|consegna|spedizione|pacco|طلب|طلبية|الطلب|شحنة|توصيل|ऑर्डर|डिलीवरी|पार्सल|delivery kab|narudžba|narudžbu|dostava|pošiljka|paket|замовлення|доставка|посилка|заказ|посылка|سفارش|ارسال|مرسوله|بسته|پیک|booking|reservation|reserva|réservation|buchung|prenotazione|حجز|बुकिंग|rezervacija|бронювання|бронирование|رزرو|not received|haven\'t received|havent received|didn\'t receive|still waiting|not arrived|hasn\'t arrived|hasn\'t come|still not here|not here yet|when will i get|when will i receive|still coming|no ha llegado|no llegó|não chegou|pas reçu|pas arrivé|nicht angekommen|noch nicht da|non è arrivato|لم يصل|नहीं आया|nahi aaya|nije stiglo|nije stigla|не прийшло|не прийшов|не пришёл|не пришел|не пришло|نرسیده',
  account:
    'account|my account|login|log in|sign in|password|locked|locked out|hacked|suspended|verify|verification|cuenta|contraseña|bloqueada|conta|senha|bloqueada|compte|mot de passe|bloqué|konto|passwort|gesperrt|conto|bloccato|حساب|كلمة السر|كلمة المرور|खाता|अकाउंट|पासवर्ड|account band|račun|lozinka|blokiran|акаунт|обліковий запис|пароль|заблоковано|аккаунт|учетная запись|заблокирован|حساب کاربری|رمز عبور|مسدود|stolen|lost my card|lost card|card lost|freeze my card|freeze|frozen|pin|passcode|verify my identity|identity|two factor|2fa|security code|robada|robado|perdí mi tarjeta|roubado|roubada|cartão perdido|volée|perdu ma carte|gestohlen|karte verloren|rubata|rubato|مسروقة|चोरी|ukradena|ukraden|вкрадено|украли|دزدیده|سرقت',
  legal:
    'lawyer|attorney|sue|suing|lawsuit|court|legal action|small claims|consumer protection|ombudsman|trading standards|bbb|abogado|demanda|denuncia|profeco|advogado|processo|procon|avocat|procès|plainte|tribunal|anwalt|klage|klagen|verbraucherzentrale|avvocato|denuncia|tribunale|محامي|قضية|محكمة|वकील|कोर्ट|उपभोक्ता फोरम|vakil|consumer court|odvjetnik|tužba|sud|адвокат|юрист|суд|позов|иск|роспотребнадзор|وکیل|شکایت|دادگاه|denunciar|denunciarlos|denunciaré|demandar|demandarlos|demandaré|processar|vou processar|porter plainte|verklagen|anzeige erstatten|denunciare|tužiti|tužit ću|подам в суд|засудити|سأشتكي|مقاضاة|شکایت میکنم',
  private:
    'dm|dms|direct message|private message|inbox|pm me|dm me|message me|contact me|call me|email me|my number|my details|personal details|privado|mensaje privado|md|mensagem privada|privé|message privé|mp|privat|privatnachricht|privato|messaggio privato|خاص|رسالة خاصة|निजी|inbox karo|privatno|poruka|приват|особисті|особисті повідомлення|личку|лс|личные сообщения|خصوصی|دایرکت|پیام خصوصی',
  address:
    'my address|mi dirección|meu endereço|mon adresse|meine adresse|il mio indirizzo|moja adresa|моя адреса|мой адрес|آدرس من|آدرسم|عنواني|मेरा पता|mera pata',
  abuse:
    'fuck|fucking|fucker|fuck you|shit|idiot|idiots|stupid|bitch|bitches|asshole|moron|loser|dumb|retard|retarded|cunt|dick|bastard|whore|slut|faggot|fag|hoe|pussy|nigga|nigger|trash|pendejo|idiota|estúpido|puta|mierda|cabrón|gilipollas|merda|porra|caralho|otário|connard|merde|putain|salope|abruti|arschloch|scheiße|scheisse|idiot|wichser|vaffanculo|stronzo|cazzo|coglione|حمار|كلب|غبي|حقير|चूतिया|कुत्ते|कमीने|madarchod|bhenchod|chutiya|saala|kutte|kamina|gandu|kurac|jebem|jebo|glup|debil|pička|kreten|сука|блять|бля|идиот|дебил|ідіот|придурок|мудак|хуй|پدرسوخته|احمق|کثافت|گوه|بی شعور|خر|🖕',
  anger:
    "angry|furious|mad|pissed|pissed off|annoyed|frustrated|frustrating|fed up|sick of|ridiculous|unacceptable|outraged|disgusted|livid|hate|enojado|furioso|harto|indignado|irritado|furioso|revoltado|furieux|énervé|marre|en colère|wütend|sauer|verärgert|arrabbiato|incazzato|furioso|غاضب|زعلان|عصبي|गुस्सा|नाराज|gussa|naraz|ljut|ljuta|bijesan|bijesna|злий|зла|обурений|набридло|злой|бесит|достали|возмущен|so done with|done with you|third time|fourth time|again and again|enfadado|enfadada|molesto|molesta|cabreado|cabreada|harta|furiosa|indignada|irritada|revoltada|furieuse|énervée|inadmissible|scandaleux|stinksauer|wütende|frechheit|unverschämtheit|arrabbiata|incazzata|vergognoso|مستفز|परेशान|pareshan|ljuti me|бісить|дратує|знущання|знущаєтесь|злюсь|раздражает|бешенстве|издевательство|издеваетесь|عصبی|اعصابم|عصبانی|شاکی|کلافه|خسته شدم|😡|🤬|😠|😤|👎|💢",
  // A channel plug, in the words of the languages the spam model cannot read: "subscribe" said to
  // everyone, "to/on my channel" (not "mi canal favorito"). Spam on its own (lib/analysis/spam.ts).
  promo:
    'suscríbete|suscribete|suscribanse|suscríbanse|a mi canal|en mi canal|inscreva se|inscrevam se|se inscrevam|ao meu canal|no meu canal|abonnez vous|abonne toi|à ma chaîne|sur ma chaîne|abonniert|meinen kanal|auf meinem kanal|iscriviti|iscrivetevi|al mio canale|sul mio canale|pretplatite se|na moj kanal|na mom kanalu|підписуйтесь|підпишіться|на мій канал|на моєму каналі|подписывайтесь|подпишитесь|на мой канал|на моем канале|на моём канале|اشتركوا|في قناتي|على قناتي|मेरे चैनल को|subscribe karo|subscribe kare|به کانال من|کانالم رو|سابسکرایب کنید',
  spam:
    'check out my|subscribe|sub to my|my channel|my video|free|win|winner|prize|click|visit|follow me|giveaway|promo|earn money|make money|work from home|call now|txt|text to|claim|cash|urgent|offer|guaranteed|bitcoin|crypto|investment|suscríbete|mi canal|inscreva|meu canal|abonnez|ma chaîne|abonniert|mein kanal|iscriviti|mio canale|اشترك|قناتي|सब्सक्राइब|subscribe karo|pretplati|підпишись|подпишись|канал|سابسکرایب|کانال',
  slang:
    "lol|lmao|lmfao|rofl|omg|wtf|bruh|bro|dude|u|ur|pls|plz|thx|ya|gonna|wanna|gotta|af|smh|idk|tbh|imo|xd|jaja|jajaja|jeje|kkkk|kkk|rs|mdr|ptdr|mdrr|alter|digga|boh|ahah|ahahah|haha|hahaha|yaar|bhai|hahah|jbg|хаха|ахах|лол|кек|ору|خخخ|هههه|ههه|😂",
  formal:
    'usted|ustedes|señor|señora|estimado|estimados|o senhor|a senhora|prezados|vous|monsieur|madame|veuillez|cordialement|ihnen|sehr geehrte|mit freundlichen grüßen|gentile|egregio|cordiali saluti|la prego|حضرتك|سيادتكم|आप|आपका|आपकी|आपको|aap|aapka|aapki|aapko|ji|poštovani|poštovana|lijep pozdrav|s poštovanjem|шановний|шановна|з повагою|уважаемый|уважаемая|с уважением|شما|جناب|سرکار|با احترام|sir|madam|dear|sincerely|kind regards|regards|estimada|estimadas|atentamente|cordialmente|prezado|prezada|atenciosamente|шановні|пане|пані|уважаемые|господа|будьте добры|आदरणीय|महोदय|महोदया|श्रीमान|श्रीमती|buongiorno|buonasera|salve|distinti saluti',
  informal:
    'tú|tu|te|ti|vos|você|tu es|du|dich|dir|dein|deine|toi|ton|ta|tes|tuo|tua|أنت|انت|تو|तुम|तू|तेरा|तेरी|तुम्हारा|tum|tu|tera|teri|tumhara|ти|тобі|твій|твоя|ты|тебе|твой|bro|dude|mate|guys|hey|hi|yo|hola|oi|salut|hallo|ciao|ćao|bok|привіт|привет|سلام|هلا|oye|tío|tía|wey|güey|vc|vcs|cadê|t\'as|t\'es|raga|brate|अरे|भाई|यार|arre|اخي|أخي|حبيبي|يا جماعة|داداش|داش',
};

const LEXICON = new Map<string, Cue[]>();
// First words (and first pairs) of longer phrases: only those are worth joining with the next word.
const STARTS = new Set<string>();
for (const [cue, list] of Object.entries(CUES) as Array<[Cue, string]>) {
  for (const phrase of list.split('|')) {
    const words = phrase.split(' ').map(normalizeWord);
    for (let i = 1; i < words.length; i++) STARTS.add(words.slice(0, i).join(' '));
    const key = words.join(' ');
    const cues = LEXICON.get(key) ?? [];
    if (!cues.includes(cue)) cues.push(cue);
    LEXICON.set(key, cues);
  }
}

export type CueHits = Partial<Record<Cue, string[]>>;

// Slurs in English, ordinary words elsewhere: "vol en retard" is a delayed flight, "dick" is thick.
const ENGLISH_ONLY_ABUSE = new Set(['retard', 'retards', 'dick']);

/** For text that is not English: forgets the abuse cues that are only abuse in English. */
export function dropEnglishOnlyCues(hits: CueHits): void {
  const abuse = hits.abuse?.filter((w) => !ENGLISH_ONLY_ABUSE.has(normalizeWord(w)));
  if (!abuse || abuse.length === hits.abuse!.length) return;
  if (abuse.length > 0) hits.abuse = abuse;
  else delete hits.abuse;
}

/** Every cue word or phrase in the text, as written, by category (each phrase once). */
export function findCues(tokens: readonly Token[]): CueHits {
  const hits: CueHits = {};
  const add = (key: string, from: number, to: number) => {
    const cues = LEXICON.get(key);
    if (!cues) return;
    let raw = tokens[from]!.raw;
    for (let k = from + 1; k <= to; k++) raw += ' ' + tokens[k]!.raw;
    for (const cue of cues) {
      const list = (hits[cue] ??= []);
      if (!list.includes(raw)) list.push(raw);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    if (a.kind !== 'word' && a.kind !== 'emoji') continue;
    add(a.norm, i, i);
    const b = tokens[i + 1];
    if (!b || b.kind !== 'word' || !STARTS.has(a.norm)) continue;
    const pair = a.norm + ' ' + b.norm;
    add(pair, i, i + 1);
    const c = tokens[i + 2];
    if (c && c.kind === 'word' && STARTS.has(pair)) add(pair + ' ' + c.norm, i, i + 2);
  }
  return hits;
}
