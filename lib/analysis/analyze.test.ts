import { extractFeatures, MODEL_TOKENS, tokenize } from './features';
import { analyze, priorityOf } from './index';

const intentsOf = (text: string) => analyze(text).intents.map((i) => i.intent);

describe('sentiment', () => {
  test.each([
    ['Thank you so much, the support was amazing 😍', 'positive'],
    ['This is the worst service ever, still no refund', 'negative'],
    ['Muchas gracias, excelente atención', 'positive'],
    ['Péssimo atendimento, nunca mais compro', 'negative'],
    ['Merci beaucoup, service parfait !', 'positive'],
    ['Absolut enttäuscht, das Paket ist kaputt', 'negative'],
    ['Servizio pessimo, una vergogna', 'negative'],
    ['خدمة ممتازة شكرا جزيلا', 'positive'],
    ['बहुत बढ़िया सेवा, धन्यवाद', 'positive'],
    ['bakwas service hai, paisa barbaad', 'negative'],
    ['Odlična usluga, hvala puno!', 'positive'],
    ['Жахливий сервіс, гроші не повернули', 'negative'],
    ['Отличный магазин, всем рекомендую', 'positive'],
    ['خیلی بد بود، غذا سرد رسید', 'negative'],
    ['The store opens at 9 on Monday.', 'neutral'],
  ])('%s → %s', (text, label) => expect(analyze(text).sentiment.label).toBe(label));

  test('a negative reading names its words, each once, cue words first', () => {
    expect(analyze('This is the worst service ever').sentiment.because).toContain('worst');
    const because = analyze('WHERE IS MY ORDER #A12345?? this is ridiculous!!!').sentiment.because;
    expect(because[0]).toBe('ridiculous');
    expect(new Set(because).size).toBe(because.length);
    expect(because).not.toContain('A12345');
  });
});

describe('intents', () => {
  test.each([
    ['When do you open tomorrow?', ['question']],
    ['this is ridiculous, my package arrived damaged', ['complaint']],
    ['your app keeps crashing, fix it', ['complaint']],
    ['still no internet since yesterday', ['complaint']],
    ["The app doesn't load since this morning", ['complaint']],
    ['die App stürzt ständig ab', ['complaint']],
    ['опять нет интернета', ['complaint']],
    ['Thanks for the quick help!', ['praise']],
    ['I want a refund for my order', ['request']],
    ['Check out my channel and subscribe!!! http://bit.ly/xyz', ['spam']],
    ['WINNER!! You have won a £1000 prize, call now to claim', ['spam']],
    ['you are a fucking idiot', ['abuse']],
    ['eres un pendejo', ['abuse']],
  ])('%s → %j', (text, expected) => expect(intentsOf(text)).toEqual(expect.arrayContaining(expected)));

  test.each([
    ['Dear Sir or Madam, I would like to enquire about the status of my application.'],
    ['Buenos días, quisiera saber si hacen envíos a Chile'],
    ['Здравствуйте, подскажите адрес магазина'],
    ['Guten Tag, ich möchte wissen, ob Sie nach Österreich liefern'],
  ])('%s asks without a question mark, and a greeting is no praise', (text) => {
    expect(intentsOf(text)[0]).toBe('question');
    expect(intentsOf(text)).not.toContain('praise');
  });

  test.each([['Thanks for the quick help!'], ['Gracias por la ayuda'], ['Danke für die schnelle Hilfe']])('%s thanks for help and asks nothing', (text) =>
    expect(intentsOf(text)).not.toContain('request'),
  );

  test.each([['Thanks, I need help with my account'], ['Gracias, necesito ayuda'], ['help!! my package never came']])('%s still asks', (text) =>
    expect(intentsOf(text)).toContain('request'),
  );

  test.each([
    ['I want a refund for my order', 'refund'],
    ['where is my package? tracking says nothing', 'order-status'],
    ['I am locked out of my account', 'account'],
    ['quiero un reembolso', 'refund'],
    ['Де моє замовлення?', 'order-status'],
  ])('%s → request about %s', (text, topic) => expect(analyze(text).intents.find((i) => i.intent === 'request')?.topic).toBe(topic));

  test.each([
    ['Thanks for nothing @airline'],
    ['wow thanks for losing my bag again, great job'],
    ['Oh perfect, my order arrived broken. Fantastic.'],
    ['Love waiting 2 hours on hold 🙃'],
    ['Genial, otra vez sin internet 🙄'],
    ['Ну спасибо, опять задержка'],
  ])('%s: praise in scorn is a complaint, never thanked for', (text) => {
    expect(intentsOf(text)).toContain('complaint');
    expect(intentsOf(text)).not.toContain('praise');
  });

  test.each([['Thank you so much, problem solved!'], ['thanks for the update on the delay']])('%s: thanks beside a problem is still thanks', (text) =>
    expect(intentsOf(text)).toContain('praise'),
  );

  test.each([['vol en retard de 2 heures'], ['not happy with this at all'], ["I'm not happy with the service"]])('%s is a complaint, not abuse', (text) => {
    expect(intentsOf(text)).toContain('complaint');
    expect(intentsOf(text)).not.toContain('abuse');
  });

  test.each([['Suscríbete a mi canal, subo videos cada semana'], ['Подписывайтесь на мой канал!'], ['اشتركوا في قناتي'], ['nouvelle vidéo sur ma chaîne http://x.co']])(
    '%s: a channel plug is spam in any language',
    (text) => expect(intentsOf(text)[0]).toBe('spam'),
  );

  test.each([['mi canal favorito es este'], ['¿Cómo me suscribo a su canal?']])('%s is no plug', (text) => expect(intentsOf(text)).not.toContain('spam'));

  test.each([['Call me on +44 7700 900123 asap'], ['my number is 07700 900123, please call me back'], ['email me at jane.doe@example.com please']])(
    '%s: a customer giving their own contact is no spam',
    (text) => expect(intentsOf(text)).not.toContain('spam'),
  );

  test.each([['Lovely day at the beach'], ['What a game last night'.toLowerCase()]])('%s is not spam or abuse', (text) => {
    expect(intentsOf(text)).not.toContain('spam');
    expect(intentsOf(text)).not.toContain('abuse');
  });
});

describe('anger and priority', () => {
  test('an angry complaint with an order number outranks thanks', () => {
    const angry = analyze('WHERE IS MY ORDER #A12345?? This is ridiculous!!!');
    const thanks = analyze('Thanks a lot, great job!');
    expect(angry.anger.score).toBeGreaterThanOrEqual(0.5);
    expect(angry.anger.because.length).toBeGreaterThan(0);
    expect(thanks.anger.score).toBeLessThan(0.5);
    expect(angry.priority.score).toBeGreaterThan(thanks.priority.score + 30);
    expect(angry.privateFollowUp.needed).toBe(true);
  });

  test.each([['Estoy muy molesto, llevo 2 horas esperando'], ["Je suis furieux, c'est inadmissible"], ['я в бешенстве, это издевательство'], ['أنا غاضب جدا'], ['this is the third time I am contacting you']])(
    '%s: anger said outright counts as angry in any language',
    (text) => expect(analyze(text).anger.score).toBeGreaterThanOrEqual(0.5),
  );

  test('angry emoji alone: an upset customer, angry, not warm, not abuse', () => {
    const a = analyze('😡😡😡');
    expect(a.anger.score).toBeGreaterThanOrEqual(0.5);
    expect(a.register.warm).toBe(false);
    expect(a.intents.map((i) => i.intent)).not.toContain('abuse');
  });

  test('a French delay is no slur anywhere in the reading: not abuse, not anger', () => {
    const delay = analyze('vol en retard de 2 heures');
    expect(delay.anger.score).toBeLessThan(0.5);
    expect(delay.intents.map((i) => i.intent)).toEqual(['complaint']);
    expect(analyze('you retard').intents.map((i) => i.intent)).toEqual(['abuse']);
  });

  test('a shouted question is not warm', () => expect(analyze('WHERE IS MY ORDER?!?! 3 weeks!!!').register.warm).toBe(false));

  test('an insult alone is no complaint and waits at the bottom', () => {
    const troll = analyze('you are all idiots');
    expect(troll.intents.map((i) => i.intent)).toEqual(['abuse']);
    expect(troll.priority.score).toBeLessThanOrEqual(15);
    expect(analyze('you are all idiots, my order never arrived').intents.map((i) => i.intent)).toContain('complaint');
  });

  test('spam goes to the bottom, whatever its age', () => {
    const spam = analyze('Check out my channel and subscribe!!! http://bit.ly/xyz');
    expect(priorityOf(spam, 2 * 3_600_000).score).toBeLessThan(priorityOf(analyze('Is the shop open today?'), 0).score);
  });

  test('a question that also scores as spam is queued as a question, as the panel answers it', () => {
    const a = { ...analyze('Is the shop open today?') };
    a.intents = [...a.intents, { intent: 'spam', score: 0.54, because: ['shop'] }];
    expect(a.intents[0]!.intent).toBe('question');
    const queued = analyze('Is the shop open today?');
    expect(priorityOf(a, 3_600_000).score).toBe(priorityOf(queued, 3_600_000).score);
  });

  test.each([
    [0, 0, ''],
    [15 * 60_000, 10, 'waiting 15 min'],
    [45 * 60_000, 20, 'waiting 45 min'],
    [3 * 3_600_000, 30, 'waiting 3 h'],
    [-5000, 0, ''],
  ])('waiting %i ms adds %i', (ageMs, added, why) => {
    const base = { priority: { score: 40, because: ['question'] }, intents: [] };
    const result = priorityOf(base, ageMs);
    expect(result.score).toBe(40 + added);
    if (why) expect(result.because).toContain(why);
  });

  test('priority never exceeds 100', () => expect(priorityOf({ priority: { score: 95, because: [] }, intents: [] }, 86_400_000).score).toBe(100));
});

test('a long text is read up to its first 4 KB, and says so', () => {
  const result = analyze('great '.repeat(20_000));
  expect(result.readChars).toBe(4096);
  expect(analyze('great').readChars).toBeUndefined();
});

test('the models read the first MODEL_TOKENS tokens; cue words and private data the whole read text', () => {
  const head = 'the parcel came on time and the box looked fine '.repeat(Math.ceil(MODEL_TOKENS / 10));
  const tail = ' I want a refund, call me on +44 20 7946 0958';
  const tokens = tokenize(head + tail);
  expect(tokens.length).toBeGreaterThan(MODEL_TOKENS);
  const capped = extractFeatures(tokens, { hashes: new Uint32Array(4096), wordAt: new Int32Array(4096), length: 0 });
  const prefix = extractFeatures(tokens.slice(0, MODEL_TOKENS));
  expect([...capped.hashes.subarray(0, capped.length)]).toEqual([...prefix.hashes.subarray(0, prefix.length)]);
  const reasons = analyze(head + tail).privateFollowUp.reasons.map((r) => r.reason);
  expect(reasons).toEqual(expect.arrayContaining(['refund', 'phone']));
});

test('invisible characters do not hide words', () => {
  expect(analyze('I want a re\u200bfund').privateFollowUp.reasons.map((r) => r.reason)).toContain('refund');
});
