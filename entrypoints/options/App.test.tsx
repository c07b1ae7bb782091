import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/background/router';
import { readSetting, seedStarter } from '@/lib/db/queries';
import { createDb, type ReplyDeskDb } from '@/lib/db/schema';
import { REPLY_SETTINGS_KEY } from '@/lib/templates/settings';
import { starterTemplates } from '@/lib/templates/starter';
import { App } from './App';

// The options page over a real store; its writes go through the real background router.
let db: ReplyDeskDb;
let n = 0;
beforeEach(async () => {
  db = createDb(`options-test-${n++}`);
  await seedStarter(db, starterTemplates);
  // The fake answers only through sendResponse (the real polyfill also takes a returned promise).
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    void handleMessage(db, message, {}, 1).then(sendResponse);
    return true;
  });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function openPage() {
  render(<App db={db} />);
  await screen.findByText(`Templates (${starterTemplates.length})`);
}
const list = () => screen.getByRole('list', { name: 'Templates' });
// Live queries re-render after the background's write; on a busy machine that can take a while.
const pick = async (name: RegExp) => {
  const button = await within(list()).findByRole('button', { name });
  await act(() => void fireEvent.click(button));
};
const editor = () => screen.getByRole('form', { name: /^Edit / });
const field = (label: RegExp) => within(editor()).getByLabelText(label) as HTMLInputElement;

describe('options page', () => {
  test('search and language filter narrow the list', async () => {
    await openPage();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search templates' }), { target: { value: 'refund' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'hr' } });
    expect(within(list()).getAllByRole('button').map((b) => b.textContent)).toEqual([expect.stringMatching(/^Refund statusCroatian/)]);
  });

  test('edit and save a template, tags included', async () => {
    await openPage();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } });
    await pick(/^Out of hours/);
    fireEvent.change(field(/^Title/), { target: { value: 'Away (evenings)' } });
    fireEvent.change(field(/^Tags/), { target: { value: 'out-of-hours, evening ,night' } });
    fireEvent.click(within(editor()).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.templates.get('starter:out-of-hours:en')).toMatchObject({ title: 'Away (evenings)', tags: ['out-of-hours', 'evening', 'night'] }));
    expect(await screen.findByText('Saved “Away (evenings)”.')).toBeTruthy();
  });

  test('a template that cannot be valid is not saved, and says why', async () => {
    await openPage();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } });
    await pick(/^Refund status/);
    for (const tone of ['warm', 'neutral', 'formal']) fireEvent.change(within(editor()).getByLabelText(new RegExp(`^${tone}`)), { target: { value: ' ' } });
    expect(within(editor()).getByRole('alert').textContent).toBe('Cannot save: bodies: needs the text of at least one tone (warm, neutral or formal)');
    expect((within(editor()).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(editor()).getByLabelText(/^neutral/), { target: { value: 'Hi {frist_name}!' } });
    expect(within(editor()).getByText(/Nothing fills \{frist_name\}/)).toBeTruthy();
  });

  test('duplicate, add a language variant, delete', async () => {
    await openPage();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } });
    await pick(/^Thanks for the kind words/);
    fireEvent.click(within(editor()).getByRole('button', { name: 'Duplicate' }));
    expect(field(/^Title/).value).toBe('Thanks for the kind words (copy)');
    fireEvent.click(within(editor()).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.templates.where('language').equals('en').count()).toBe(10));

    await pick(/^Thanks for the kind words English #/);
    fireEvent.click(within(editor()).getByRole('button', { name: 'Add language or site variant' }));
    fireEvent.change(field(/^Language/), { target: { value: 'nl' } });
    fireEvent.change(within(editor()).getByLabelText(/^warm/), { target: { value: 'Heel erg bedankt, {first_name|}! 😊' } });
    fireEvent.click(within(editor()).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.templates.where('language').equals('nl').first()).toMatchObject({ group: 'starter:thanks', usageCount: 0 }));
    expect(await within(editor()).findByRole('button', { name: 'Spanish' })).toBeTruthy(); // its variants, one click away

    fireEvent.click(within(editor()).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(editor()).getByRole('button', { name: /^Really delete/ }));
    await waitFor(async () => expect(await db.templates.where('language').equals('nl').count()).toBe(0));
  });

  test('a bad file is refused with the problem named, and nothing changes', async () => {
    await openPage();
    const before = await db.templates.toArray();
    const input = screen.getByLabelText(/^Import file/);
    const bad = new File(['[{"title":"A","bodies":{"warm":"x"},"language":"en"},{"title":"B","bodies":{"warm":"x"},"language":"en","channel":"fax"}]'], 'mine.json', { type: 'application/json' });
    await act(async () => void fireEvent.change(input, { target: { files: [bad] } }));
    expect((await screen.findByRole('alert')).textContent).toBe('mine.json: Template 2 (“B”): channel: must be one of public, private, both. Nothing was imported.');
    expect(await db.templates.toArray()).toEqual(before);
  });

  test('a CSV of name,text imports in the chosen language', async () => {
    await openPage();
    fireEvent.change(screen.getByRole('combobox', { name: /CSV rows are in/ }), { target: { value: 'hr' } });
    const csv = new File(['name,text\n"Hvala, topla","Hvala ti! 😊"\nKasni,"Žao nam je, provjeravamo."\n'], 'hr.csv', { type: 'text/csv' });
    await act(async () => void fireEvent.change(screen.getByLabelText(/^Import file/), { target: { files: [csv] } }));
    expect(await screen.findByText('Imported 2 templates from hr.csv.')).toBeTruthy();
    const imported = await db.templates.filter((t) => t.tags.includes('imported')).toArray();
    expect(imported.map((t) => [t.title, t.language, t.bodies.neutral])).toEqual(
      expect.arrayContaining([['Hvala, topla', 'hr', 'Hvala ti! 😊'], ['Kasni', 'hr', 'Žao nam je, provjeravamo.']]),
    );
  });

  test('reply settings: validated, then stored', async () => {
    await openPage();
    const form = screen.getByRole('form', { name: 'Reply settings' });
    fireEvent.change(within(form).getByLabelText('Your initials'), { target: { value: 'AB' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add link' }));
    fireEvent.change(within(form).getByLabelText('Link 1 address'), { target: { value: 'http://help.example.com' } });
    expect(within(form).getByRole('alert').textContent).toBe('Cannot save: kbLinks.0.url: an https:// link');
    fireEvent.change(within(form).getByLabelText('Link 1 address'), { target: { value: 'https://help.example.com' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save settings' }));
    await waitFor(async () =>
      expect(await readSetting(db, REPLY_SETTINGS_KEY)).toMatchObject({ initials: 'AB', kbLinks: [{ language: '', url: 'https://help.example.com' }]}),
    );
  });
});
