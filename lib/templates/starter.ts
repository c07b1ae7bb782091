import type { StoredTemplate } from '../db/schema';

// The first templates a new user sees. The full library (tones × intents × languages) grows in
// lib/templates; these cover the walking skeleton: thanks, a complaint, and taking it to DM.
export const starterTemplates: readonly StoredTemplate[] = [
  {
    id: 'starter:thanks',
    title: 'Thanks for the kind words',
    body: 'Thank you so much, {first_name|there}! We really appreciate you taking the time to say so. {initials|}',
    language: 'en',
  },
  {
    id: 'starter:complaint',
    title: 'Sorry — we are on it',
    body: "Hi {first_name|there}, I'm sorry this happened. That's not the experience we want for you. We're looking into it now and will get back to you here shortly. {initials|}",
    language: 'en',
  },
  {
    id: 'starter:dm',
    title: "Let's take this to DM",
    body: "Hi {first_name|there}, thanks for reaching out. We've sent you a DM so we can look at your account details privately. {initials|}",
    language: 'en',
  },
  {
    id: 'starter:question',
    title: 'Answer a question',
    body: 'Hi {first_name|there}, great question! {{answer}} Let us know if there is anything else we can help with. {initials|}',
    language: 'en',
  },
];
