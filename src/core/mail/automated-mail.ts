/**
 * Mail no person wrote: auto-replies (out of office, "we got your message") and bounces. They never
 * open a case and are never answered — Amends answers no mail automatically at all, so two robots
 * can never write to each other forever.
 */

/** The headers and envelope facts that tell (lower-cased header values, as received). */
export type AutomationFacts = {
  /** RFC 3834 Auto-Submitted: `no` for a person; `auto-replied`, `auto-generated`, … otherwise. */
  autoSubmitted: string | undefined;
  /** X-Autoreply / X-Autorespond (set by many vacation responders). */
  xAutoreply: string | undefined;
  /** Precedence: bulk, junk, list, auto_reply. */
  precedence: string | undefined;
  /** The top-level content type, e.g. `multipart/report`, and its report-type parameter. */
  contentType: string;
  reportType: string | undefined;
  /** Whether any part is a `message/delivery-status` report. */
  hasDeliveryStatus: boolean;
  /** MAIL FROM: '' is the null reverse path `<>`, used only by notices; undefined when not known. */
  envelopeFrom: string | undefined;
  fromAddress: string | undefined;
  subject: string;
};

export type Automation =
  | { kind: 'person' }
  | { kind: 'auto_reply'; why: string }
  | { kind: 'bounce'; why: string };

const BULK_PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply']);
/** Senders of delivery notices by convention. */
const NOTICE_SENDER = /^(mailer-daemon|postmaster)@/i;
/** Out-of-office and auto-answer subjects in the languages and clients people use. */
const AUTO_REPLY_SUBJECT =
  /^\s*(auto(matic)?[ -]?(reply|response|answer)|auto:|out of (the )?office|ooo\b|away from (the )?office|i am (currently )?(out|away)|abwesenheitsnotiz|abwesend|automatische antwort|r[ée]ponse automatique|absence du bureau|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|fuori sede|automatisch antwoord|afwezig|autosvar|automatiskt svar|resposta autom[áa]tica|ausente)/i;
/** Bounce subjects of servers that send no DSN structure. */
const BOUNCE_SUBJECT =
  /^\s*(undeliver(able|ed)|delivery (status notification|failure|has failed)|mail delivery (failed|failure|subsystem)|returned mail|failure notice|non[- ]?delivery)/i;

/**
 * Whether a person wrote the mail, in order of certainty: a DSN report is a bounce; the null reverse
 * path or a MAILER-DAEMON sender is a notice (a bounce when its subject says so); Auto-Submitted other
 * than `no`, X-Autoreply and Precedence bulk/junk/list/auto_reply mark an automatic mail; and last,
 * subjects such as "Out of office" or "Automatic reply".
 */
export function classifyAutomatedMail(facts: AutomationFacts): Automation {
  if (
    facts.hasDeliveryStatus ||
    (facts.contentType === 'multipart/report' && facts.reportType === 'delivery-status')
  )
    return { kind: 'bounce', why: 'a delivery status report (bounce)' };
  const bounceSubject = BOUNCE_SUBJECT.test(facts.subject);
  if (facts.envelopeFrom === '')
    return bounceSubject
      ? { kind: 'bounce', why: 'a delivery failure notice (null return path)' }
      : { kind: 'auto_reply', why: 'sent with the null return path <> that only automatic notices use' };
  if (facts.fromAddress && NOTICE_SENDER.test(facts.fromAddress))
    return { kind: 'bounce', why: `a notice from ${facts.fromAddress.split('@')[0]}` };
  const autoSubmitted = facts.autoSubmitted?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no')
    return { kind: 'auto_reply', why: `Auto-Submitted: ${autoSubmitted.split(/[;(\s]/)[0]}` };
  if (facts.xAutoreply !== undefined) return { kind: 'auto_reply', why: 'marked X-Autoreply' };
  const precedence = facts.precedence?.trim().toLowerCase();
  if (precedence && BULK_PRECEDENCE.has(precedence))
    return { kind: 'auto_reply', why: `Precedence: ${precedence}` };
  if (bounceSubject) return { kind: 'bounce', why: 'a delivery failure notice (by its subject)' };
  if (AUTO_REPLY_SUBJECT.test(facts.subject))
    return { kind: 'auto_reply', why: 'an automatic reply (by its subject)' };
  return { kind: 'person' };
}
