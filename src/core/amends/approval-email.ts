import { escapeHtml } from '../shared/escape-html.ts';
import { formatMoney } from './money.ts';

export type ApprovalEmailFacts = {
  supervisorName: string;
  requesterName: string;
  label: string;
  amountMinor: number | undefined;
  currency: string | undefined;
  caseNumber: number;
  caseTitle: string;
  reasons: string[];
  agentReason: string | undefined;
  url: string;
};

/**
 * The mail that asks each supervisor to decide; the case's title and the agent's words are untrusted
 * text: plain in the text part, escaped in the HTML part, kept out of the subject's structure.
 */
export function composeApprovalEmail(facts: ApprovalEmailFacts): {
  subject: string;
  text: string;
  html: string;
} {
  const what =
    facts.amountMinor !== undefined && facts.currency
      ? `${facts.label} of ${formatMoney({ amountMinor: facts.amountMinor, currency: facts.currency })}`
      : facts.label;
  const subject = `Approval asked: ${what} on case #${facts.caseNumber}`.replace(/[\r\n]+/g, ' ');
  const lines = [
    `Hello ${facts.supervisorName},`,
    '',
    `${facts.requesterName} asks to give ${what} on case #${facts.caseNumber} (${facts.caseTitle}).`,
    ...(facts.agentReason ? ['', `Why: ${facts.agentReason}`] : []),
    '',
    'It needs your approval because:',
    ...facts.reasons.map((reason) => `- ${reason}`),
    '',
    `Approve or decline in one click: ${facts.url}`,
  ];
  const html = `<p>${lines.map((line) => escapeHtml(line)).join('<br>\n')}</p>`;
  return { subject, text: lines.join('\n'), html };
}
