import type { MessageTemplate, TemplateKind } from './message-template.ts';

const SIGNATURE = '{{owner.firstName}}\n{{business.name}}';

/**
 * The templates every business starts with, in English. They follow the recovery literature: say
 * sorry early and one-on-one, give the customer one named person, never make them repeat the story,
 * and at the end explain what went wrong, how it was fixed and why it will not happen again. Words in
 * [brackets] are for the owner to replace before sending.
 */
export const DEFAULT_TEMPLATES: Record<TemplateKind, MessageTemplate> = {
  acknowledgement: {
    kind: 'acknowledgement',
    language: 'en',
    subject: 'We are sorry, and we are on it',
    body: [
      'Hello {{customer.firstName}},',
      '',
      'Thank you for telling us what happened, and I am sorry: this is not what you should have had from us.',
      '',
      'I am {{owner.firstName}}, and I am looking after this for you personally from now on, so you will not have to explain it again. I will come back to you with what we are doing about it.',
      '',
      'You can follow your case and write to me at any time here: {{statusPageUrl}}',
      'Or simply reply to this email.',
      '',
      SIGNATURE,
    ].join('\n'),
  },
  update: {
    kind: 'update',
    language: 'en',
    subject: 'An update on your case',
    body: [
      'Hello {{customer.firstName}},',
      '',
      'Here is where things stand:',
      '',
      '[What has happened since my last message, and what happens next.]',
      '',
      'Your case page is always up to date: {{statusPageUrl}}',
      '',
      SIGNATURE,
    ].join('\n'),
  },
  resolution: {
    kind: 'resolution',
    language: 'en',
    subject: 'Your case is resolved',
    body: [
      'Hello {{customer.firstName}},',
      '',
      'Your case is resolved, and I want to tell you plainly what happened.',
      '',
      'What went wrong: {{resolution.whatWentWrong}}',
      'How we fixed it: {{resolution.howFixed}}',
      'Why it will not happen again: {{resolution.whyNotAgain}}',
      '{{case.amends}}',
      'I am sorry again for the trouble, and thank you for your patience. If anything is still not right, reply to this email and I will pick it up straight away.',
      '',
      SIGNATURE,
    ].join('\n'),
  },
  // Short, and never a promise of news it does not have: it only says when they will hear from us.
  holding: {
    kind: 'holding',
    language: 'en',
    subject: 'No news yet on your case',
    body: [
      'Hello {{customer.firstName}},',
      '',
      'No news yet, but your case has not been forgotten: {{owner.firstName}} is still on it. You will hear from us by {{case.nextUpdateBy}}.',
      '',
      'Your case page: {{statusPageUrl}}',
      '',
      SIGNATURE,
    ].join('\n'),
  },
  free: {
    kind: 'free',
    language: 'en',
    subject: 'About your case',
    body: ['Hello {{customer.firstName}},', '', '', '', SIGNATURE].join('\n'),
  },
};
