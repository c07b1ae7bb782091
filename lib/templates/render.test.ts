import { describe, expect, test } from 'vitest';
import { firstNameOf, render, unfilledSlots, unknownVariables } from './render';

describe('render', () => {
  test.each([
    ['Hi {first_name|there}, thanks', { first_name: 'Ana' }, 'Hi Ana, thanks'],
    ['Hi {first_name|there}, thanks', {}, 'Hi there, thanks'],
    ['Hi {first_name|}, thanks', {}, 'Hi, thanks'],
    ['Thank you, {first_name|}! 😊', {}, 'Thank you! 😊'],
    ['Hola, {first_name|}. Gracias', {}, 'Hola. Gracias'],
    ['Merci beaucoup, {first_name|}\u00a0!', {}, 'Merci beaucoup\u00a0!'],
    ['Merci beaucoup, {first_name|}\u00a0!', { first_name: 'Zoé' }, 'Merci beaucoup, Zoé\u00a0!'],
    ['سلام {first_name|} عزیز، ممنون', {}, 'سلام عزیز، ممنون'],
    ['नमस्ते {first_name|} जी, धन्यवाद', {}, 'नमस्ते जी, धन्यवाद'],
    ['Thanks! {signature}', { signature: '' }, 'Thanks!'],
    ['Thanks! {signature}', { signature: '^AB' }, 'Thanks! ^AB'],
    ['Ask {brand|us} {{when}}', { brand: '  ' }, 'Ask us {{when}}'],
    // A value with "$&" is text, not a replacement pattern.
    ['Hi {first_name|}!', { first_name: '$&x' }, 'Hi $&x!'],
  ])('%s with %o', (body, vars, expected) => expect(render(body, vars)).toBe(expected));

  test('leaves slots for the agent and finds them', () => {
    const text = render('Your order {{order number}} ships {{when}}.', {});
    expect(unfilledSlots(text)).toEqual(['order number', 'when']);
  });

  test('names variables nothing fills', () => {
    expect(unknownVariables('Hi {frist_name|there} {first_name} {{slot}} {signature}')).toEqual(['frist_name']);
  });
});

describe('firstNameOf', () => {
  test.each([
    ['ben g🥦', 'Ben'],
    ['Ana López', 'Ana'],
    ['@acme_help', undefined],
    ['ACME SUPPORT', undefined],
    ['Олена Коваль', 'Олена'],
    [undefined, undefined],
  ])('%s → %s', (name, expected) => expect(firstNameOf(name)).toBe(expected));
});
