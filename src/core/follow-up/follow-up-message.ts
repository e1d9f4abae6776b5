import { amendsSentence } from '../amends/amends-words.ts';
import type { ResolutionParts } from '../case/case-resolution.ts';
import { quotedTitle } from '../case/quoted-title.ts';
import { type NeedAnswer, needsLookedAfterSentence } from '../knock-on/need-answer.ts';

/** What the follow-up after a resolution is made of: who writes to whom, about what, and the three parts. */
export type FollowUpFacts = {
  customerFirstName: string;
  ownerFirstName: string;
  businessName: string;
  caseNumber: number;
  caseTitle: string;
  resolution: ResolutionParts;
  /** What the business did to make it right, as the case records it; empty says nothing of amends. */
  amends: readonly string[];
  /** The knock-on needs the case answered (core/knock-on): the needed ones are named as looked after. */
  needs: readonly Pick<NeedAnswer, 'answer' | 'label' | 'partnerName'>[];
};

/** The six parts of a follow-up, in the order a customer should hear them. */
export type FollowUpParts = {
  apology: string;
  amends: string | undefined;
  whatWentWrong: string;
  howResolved: string;
  whyNotAgain: string;
  thanks: string;
};

/**
 * The six parts of a recovery follow-up (PRODUCT.md step 9): a sincere apology, the amends made, what
 * went wrong, how it was resolved, why it won't recur, and thanks. Amends are left out when the case
 * records none, rather than promising what was not done. The knock-on needs looked after belong with
 * the amends: what else the business did for the customer ("We also arranged …").
 */
export function followUpParts(facts: FollowUpFacts): FollowUpParts {
  const amends = facts.amends.map((a) => a.trim()).filter((a) => a.length > 0);
  const made = amendsSentence(amends) || undefined;
  const needs = needsLookedAfterSentence(facts.needs, made !== undefined);
  return {
    apology: `I am sincerely sorry for what happened with ${quotedTitle(facts.caseTitle)}: it is not what you should have had from us.`,
    amends: made || needs ? [made, needs].filter(Boolean).join(' ') : undefined,
    whatWentWrong: `What went wrong: ${facts.resolution.whatWentWrong}`,
    howResolved: `How we resolved it: ${facts.resolution.howFixed}`,
    whyNotAgain: `Why it won't happen again: ${facts.resolution.whyNotAgain}`,
    thanks: 'Thank you for telling us, and for your patience while we put it right: it is how we get better.',
  };
}

/** The follow-up email's subject and text (plain; the mail escapes it for HTML). */
export function followUpEmailText(facts: FollowUpFacts): { subject: string; text: string } {
  const parts = followUpParts(facts);
  const greeting = facts.customerFirstName ? `Hello ${facts.customerFirstName},` : 'Hello,';
  const text = [
    greeting,
    '',
    `A few days ago we resolved your case #${facts.caseNumber}, and I wanted to come back to you personally.`,
    '',
    parts.apology,
    ...(parts.amends ? ['', parts.amends] : []),
    '',
    parts.whatWentWrong,
    parts.howResolved,
    parts.whyNotAgain,
    '',
    parts.thanks,
    '',
    'Is everything right now? One click below tells us, and if it is not, simply reply to this email.',
    '',
    facts.ownerFirstName,
    facts.businessName,
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject: 'How are things since we resolved your case?', text };
}

/**
 * The owner's script for the follow-up call: the same six parts, said rather than written, with the
 * question that makes the call worth having, and what to record afterwards.
 */
export function followUpCallScript(facts: FollowUpFacts & { customerName: string }): string {
  const parts = followUpParts(facts);
  const who = facts.customerName || 'the customer';
  const steps = [
    `Introduce yourself: "Hello${facts.customerFirstName ? ` ${facts.customerFirstName}` : ''}, this is ${facts.ownerFirstName || 'your case owner'} from ${facts.businessName}, about your case #${facts.caseNumber}. Do you have two minutes?"`,
    `Apologise, and mean it: ${parts.apology}`,
    ...(parts.amends ? [`Recall the amends: ${parts.amends}`] : []),
    `Say what went wrong: ${facts.resolution.whatWentWrong}`,
    `Say how it was resolved: ${facts.resolution.howFixed}`,
    `Say why it won't happen again: ${facts.resolution.whyNotAgain}`,
    'Ask: "Is everything right for you now? Is there anything else we can do?" Listen; if something is still wrong, reopen the case.',
    `Thank them: ${parts.thanks}`,
  ];
  return [
    `Call ${who} about case #${facts.caseNumber} ${quotedTitle(facts.caseTitle)}.`,
    '',
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    'Afterwards, record the outcome: reached or not, how they feel now, anything promised.',
  ].join('\n');
}
