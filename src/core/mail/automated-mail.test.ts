import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AutomationFacts, classifyAutomatedMail } from './automated-mail.ts';

const person: AutomationFacts = {
  autoSubmitted: undefined,
  xAutoreply: undefined,
  precedence: undefined,
  contentType: 'text/plain',
  reportType: undefined,
  hasDeliveryStatus: false,
  envelopeFrom: 'ann@example.com',
  fromAddress: 'ann@example.com',
  subject: 'Re: your order',
};

describe('mail no person wrote', () => {
  const cases: [string, Partial<AutomationFacts>, string][] = [
    ['a person’s reply', {}, 'person'],
    ['Auto-Submitted: no (a person, said explicitly)', { autoSubmitted: 'no' }, 'person'],
    ['Auto-Submitted: auto-replied', { autoSubmitted: 'auto-replied' }, 'auto_reply'],
    ['Auto-Submitted: auto-generated (failure)', { autoSubmitted: 'auto-generated (failure)' }, 'auto_reply'],
    ['X-Autoreply: yes', { xAutoreply: 'yes' }, 'auto_reply'],
    ['Precedence: bulk', { precedence: 'bulk' }, 'auto_reply'],
    ['Precedence: auto_reply', { precedence: 'auto_reply' }, 'auto_reply'],
    ['Precedence: junk', { precedence: 'Junk' }, 'auto_reply'],
    ['Precedence: list', { precedence: 'list' }, 'auto_reply'],
    ['Precedence: first-class (a person)', { precedence: 'first-class' }, 'person'],
    ['a multipart/report DSN', { contentType: 'multipart/report', reportType: 'delivery-status' }, 'bounce'],
    ['a message/delivery-status part', { hasDeliveryStatus: true }, 'bounce'],
    [
      'the null return path <> with a bounce subject',
      { envelopeFrom: '', subject: 'Undeliverable: hi' },
      'bounce',
    ],
    ['the null return path <> otherwise', { envelopeFrom: '' }, 'auto_reply'],
    ['from MAILER-DAEMON', { fromAddress: 'MAILER-DAEMON@mx.example.com' }, 'bounce'],
    ['subject “Out of Office: back Monday”', { subject: 'Out of Office: back Monday' }, 'auto_reply'],
    ['subject “Automatic reply: your order”', { subject: 'Automatic reply: your order' }, 'auto_reply'],
    ['subject “Abwesenheitsnotiz”', { subject: 'Abwesenheitsnotiz: Bestellung' }, 'auto_reply'],
    ['subject “Réponse automatique”', { subject: 'Réponse automatique : commande' }, 'auto_reply'],
    ['subject “Autosvar”', { subject: 'Autosvar: order' }, 'auto_reply'],
    ['subject “Mail delivery failed”', { subject: 'Mail delivery failed: returning message' }, 'bounce'],
    ['a person mentioning the office later in the subject', { subject: 'Re: sent to the office' }, 'person'],
  ];
  for (const [name, facts, kind] of cases) {
    it(`calls ${name} ${kind}`, () => {
      assert.equal(classifyAutomatedMail({ ...person, ...facts }).kind, kind);
    });
  }

  it('says why, in words the console shows', () => {
    assert.deepEqual(classifyAutomatedMail({ ...person, autoSubmitted: 'auto-replied; owner=x' }), {
      kind: 'auto_reply',
      why: 'Auto-Submitted: auto-replied',
    });
  });
});
