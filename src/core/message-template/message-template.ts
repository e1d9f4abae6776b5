import { MAX_MESSAGE_LENGTH } from '../conversation/customer-message.ts';
import { DEFAULT_TEMPLATES } from './default-templates.ts';

/**
 * What an owner writes to a customer, by purpose: the first word (acknowledge and apologise), an
 * update, the resolution (what went wrong, how it was fixed, why it won't happen again), or a blank
 * page with a greeting and a signature. `holding`: what Amends itself sends when the update clock
 * runs out and the severity's policy asks for it ("no news yet; you'll hear from us by …").
 */
export const TEMPLATE_KINDS = ['acknowledgement', 'update', 'resolution', 'free', 'holding'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The words a person reads for each kind. */
export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  acknowledgement: 'Acknowledgement and apology',
  update: 'Status update',
  resolution: 'Resolution',
  free: 'Free text',
  holding: 'Holding message (sent when an update is overdue)',
};

/** Every template exists in English; other languages are added by admins and fall back to it. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * What a template may say in `{{…}}`, filled from the case when a message is written. `example` fills
 * the admin's preview.
 */
export const TEMPLATE_VARIABLES = {
  'customer.firstName': { description: "The customer's first name", example: 'Rita' },
  'customer.name': { description: "The customer's full name", example: 'Rita Moreno' },
  'case.number': { description: 'The case number', example: '1042' },
  'case.title': { description: "The case's title", example: 'Vase arrived broken' },
  'owner.firstName': { description: "The case owner's first name", example: 'Owen' },
  'owner.name': { description: "The case owner's full name", example: 'Owen Park' },
  statusPageUrl: {
    description: "The customer's private page for the case",
    example: 'https://amends.example/s/3f2a…',
  },
  'business.name': { description: 'The business name (Settings → Brand)', example: 'The Vase Shop' },
  'resolution.whatWentWrong': {
    description: 'What went wrong, as the owner wrote it when resolving',
    example: 'The courier left the vase in the rain',
  },
  'resolution.howFixed': {
    description: 'How it was fixed, as the owner wrote it when resolving',
    example: 'A new vase went out by hand delivery',
  },
  'resolution.whyNotAgain': {
    description: "Why it won't happen again, as the owner wrote it when resolving",
    example: 'Fragile parcels now need a signature',
  },
  'case.amends': {
    description:
      'The amends made on the case, as a sentence (only what was issued); empty when none, and a line holding only it then goes',
    example: 'To make it right, we refunded €12.50.',
  },
  'case.nextUpdateBy': {
    description:
      'When the customer will hear from us next: one update cadence after this message, in their time zone',
    example: 'Tuesday 8 December at 14:00 (Central European Standard Time)',
  },
} as const;
export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
export type TemplateValues = Record<TemplateVariable, string>;

export const TEMPLATE_VARIABLE_NAMES = Object.keys(TEMPLATE_VARIABLES) as TemplateVariable[];

/** The example case an admin's preview is filled with. */
export const EXAMPLE_VALUES = Object.fromEntries(
  TEMPLATE_VARIABLE_NAMES.map((name) => [name, TEMPLATE_VARIABLES[name].example]),
) as TemplateValues;

/** Subjects past this are refused when saved: mail clients show about 60 characters. */
export const MAX_TEMPLATE_SUBJECT = 150;

/** One template: what fills the composer and the subject of the mail, for one kind and language. */
export type MessageTemplate = {
  kind: TemplateKind;
  language: string;
  subject: string;
  body: string;
};

/** A template as the business has it: an admin's version, or the default when none was saved. */
export type TemplateInForce = MessageTemplate & { customized: boolean };

/** `{{ name }}`: a variable; spaces inside the braces are allowed. */
const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export type TemplateProblem = { field: 'subject' | 'body'; message: string };

/**
 * Why this template cannot be saved, field by field; empty when it can. An unknown variable is named
 * ("{{customer.frstName}}"), because a typo would otherwise reach the customer as it was typed.
 *
 * @example templateProblems({ subject: 'Hi', body: 'Dear {{customer.first}}' })
 * // [{ field: 'body', message: 'Unknown variable {{customer.first}}: use one of {{customer.firstName}}, …' }]
 */
export function templateProblems(template: { subject: string; body: string }): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const subject = template.subject.trim();
  if (subject.length === 0)
    problems.push({
      field: 'subject',
      message: 'Give the template a subject: it is the subject of the mail.',
    });
  else if (subject.length > MAX_TEMPLATE_SUBJECT)
    problems.push({
      field: 'subject',
      message: `The subject is ${subject.length} characters long; keep it to ${MAX_TEMPLATE_SUBJECT}.`,
    });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a line break in a subject would start a new header.
  else if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(template.subject))
    problems.push({
      field: 'subject',
      message: 'The subject has a line break or another control character; write it on one line.',
    });
  const subjectVariables = variableProblem(template.subject);
  if (subjectVariables) problems.push({ field: 'subject', message: subjectVariables });

  const body = template.body.trim();
  if (body.length === 0) problems.push({ field: 'body', message: 'Write the template’s text.' });
  else if (body.length > MAX_MESSAGE_LENGTH)
    problems.push({
      field: 'body',
      message: `The text is ${body.length} characters long; keep it to ${MAX_MESSAGE_LENGTH}.`,
    });
  const bodyVariables = variableProblem(template.body);
  if (bodyVariables) problems.push({ field: 'body', message: bodyVariables });
  return problems;
}

/**
 * What is wrong with the `{{…}}` in a text, as one sentence; undefined when every variable is known
 * and every `{{` is closed. Used for templates when saved and for a message's text when sent.
 */
export function variableProblem(text: string): string | undefined {
  const unknown = [...text.matchAll(VARIABLE)]
    .map((match) => match[1] ?? '')
    .filter((name) => !isTemplateVariable(name));
  if (unknown.length > 0) {
    const names = [...new Set(unknown)].map((name) => `{{${name}}}`);
    const known = TEMPLATE_VARIABLE_NAMES.map((name) => `{{${name}}}`).join(', ');
    return `Unknown variable${names.length > 1 ? 's' : ''} ${names.join(', ')}: use one of ${known}.`;
  }
  const rest = text.replace(VARIABLE, '');
  if (rest.includes('{{') || rest.includes('}}'))
    return 'A {{ has no matching }} (or the other way round): write variables as {{customer.firstName}}.';
  return undefined;
}

export function isTemplateVariable(name: string): name is TemplateVariable {
  return Object.hasOwn(TEMPLATE_VARIABLES, name);
}

/**
 * The text with each known variable replaced by its value, as plain text (the mail's HTML part
 * escapes the whole text, values included). An empty value also takes the space before it when
 * punctuation follows, so "Hello {{customer.firstName}}," reads "Hello," for a nameless customer.
 * Unknown variables are left as written (templateProblems refuses them before they are saved).
 *
 * @example fillTemplate('Hello {{customer.firstName}},', { …, 'customer.firstName': 'Rita' }) // 'Hello Rita,'
 */
export function fillTemplate(text: string, values: TemplateValues): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(VARIABLE)) {
    const name = match[1] ?? '';
    if (!isTemplateVariable(name)) continue;
    let before = text.slice(last, match.index);
    const value = values[name];
    const end = match.index + match[0].length;
    const next = text.charAt(end);
    if (value === '' && before.endsWith(' ') && /^[,.!?;:]$/.test(next)) before = before.slice(0, -1);
    out += before + value;
    last = end;
    // A line that held only an empty value goes with its line break (no amends made: no blank line).
    const lineStart = match.index === 0 || text.charAt(match.index - 1) === '\n';
    if (value === '' && lineStart && next === '\n') last = end + 1;
  }
  return out + text.slice(last);
}

/**
 * Text an owner wrote, its variables filled — or the sentence saying what is wrong with its `{{…}}`.
 * A draft arrives already filled with the case's own text (the customer's name, the case title, the
 * business name), which people outside chose: a customer named "{{Rita}}", or a title quoting the
 * newsletter that greeted them "Hello {{first_name}}". Where such a value appears in the text it is
 * kept as written and never read as a variable, so it can neither stop the message (an "unknown
 * variable" the owner never typed) nor be filled by it (a customer named "{{owner.name}}").
 *
 * @example fillWrittenText('Hello {{Rita}}, case {{case.number}}', { …, 'customer.firstName': '{{Rita}}', 'case.number': '1042' })
 * // { text: 'Hello {{Rita}}, case 1042' }
 */
export function fillWrittenText(
  text: string,
  values: TemplateValues,
): { text: string; problem?: undefined } | { problem: string } {
  const literals = [...new Set(Object.values(values))]
    .filter((value) => value.includes('{{') || value.includes('}}'))
    .sort((a, b) => b.length - a.length);
  // Odd parts are the case's own text, as written; even parts are the owner's.
  const parts =
    literals.length === 0 ? [text] : text.split(new RegExp(`(${literals.map(escapeRegExp).join('|')})`));
  const problem = parts.map((part, i) => (i % 2 === 0 ? variableProblem(part) : undefined)).find(Boolean);
  if (problem) return { problem };
  return { text: parts.map((part, i) => (i % 2 === 0 ? fillTemplate(part, values) : part)).join('') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** A language code as stored: `en`, `fr`, `pt-br` (lower case, a primary tag and one optional region). */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;

/**
 * The language code in a customer attribute or a request, lower-cased, or undefined when it is not one
 * ("French", "", 42).
 *
 * @example languageCode(' pt-BR ') // 'pt-br'
 * @example languageCode('pt_BR') // 'pt-br'
 */
export function languageCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toLowerCase().replace('_', '-');
  return LANGUAGE_CODE.test(code) ? code : undefined;
}

/** The languages to try for a customer, best first: their own, its primary tag, then English. */
export function languageCandidates(language: string | undefined): string[] {
  const code = languageCode(language);
  const primary = code?.split('-')[0];
  return [...new Set([code, primary, DEFAULT_LANGUAGE].filter((c): c is string => c !== undefined))];
}

/**
 * The template a customer gets: the business's version in their language (or its primary tag), else
 * the business's English one, else the default English one.
 */
export function pickTemplate(
  kind: TemplateKind,
  language: string | undefined,
  saved: readonly MessageTemplate[],
): TemplateInForce {
  for (const candidate of languageCandidates(language)) {
    const found = saved.find((t) => t.kind === kind && t.language === candidate);
    if (found) return { ...found, customized: true };
  }
  return { ...DEFAULT_TEMPLATES[kind], customized: false };
}

/**
 * Every template in force for the admin's list: each kind in English and in each language an admin
 * has saved at least one template for (a kind not yet written in that language shows what the
 * customer would get: the English one).
 */
export function templatesInForce(saved: readonly MessageTemplate[]): TemplateInForce[] {
  const languages = [DEFAULT_LANGUAGE, ...new Set(saved.map((t) => t.language))].filter(
    (language, i, all) => all.indexOf(language) === i,
  );
  return languages.flatMap((language) =>
    TEMPLATE_KINDS.map((kind) => {
      const found = saved.find((t) => t.kind === kind && t.language === language);
      return found
        ? { ...found, customized: true }
        : { ...pickTemplate(kind, language, saved), language, customized: false };
    }),
  );
}
