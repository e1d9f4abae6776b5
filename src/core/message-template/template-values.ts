import { amendsSentence } from '../amends/amends-words.ts';
import type { ResolutionParts } from '../case/case-resolution.ts';
import { headerText } from '../mail/email-address.ts';
import type { TemplateValues } from './message-template.ts';

/** The name a customer gets when all we had was nothing (core/customer#mergeCustomer). */
const UNKNOWN_CUSTOMER = 'Unknown customer';

/**
 * A person's name as a greeting uses it: one line, and empty when all we know of them is an address
 * or the placeholder, so a template reads "Hello," rather than "Hello ann@example.com,".
 */
export function displayNameOf(name: string): string {
  const clean = headerText(name);
  return clean.includes('@') || clean === UNKNOWN_CUSTOMER ? '' : clean;
}

/** The first word of a display name ("Rita Moreno" → "Rita"); empty when there is no name. */
export function firstNameOf(name: string): string {
  return displayNameOf(name).split(/\s+/)[0] ?? '';
}

/** The values a template is filled with, for one case. */
export function templateValuesFor(facts: {
  customerName: string;
  caseNumber: number;
  caseTitle: string;
  ownerName: string;
  statusPageUrl: string;
  businessName: string;
  /** The case's resolution: written when resolving; until then the owner's placeholders. */
  resolution?: ResolutionParts | undefined;
  /** "Tuesday 8 December at 14:00 (…)": core/time/customer-time.ts; empty when no update is due. */
  nextUpdateBy?: string | undefined;
  /** The issued amends in words (core/amends/amends-words.ts#amendsPhrase); none: empty. */
  amends?: readonly string[] | undefined;
}): TemplateValues {
  return {
    'customer.firstName': firstNameOf(facts.customerName),
    'customer.name': displayNameOf(facts.customerName),
    'case.number': String(facts.caseNumber),
    'case.title': headerText(facts.caseTitle),
    'owner.firstName': firstNameOf(facts.ownerName),
    'owner.name': displayNameOf(facts.ownerName),
    statusPageUrl: facts.statusPageUrl,
    'business.name': headerText(facts.businessName),
    'resolution.whatWentWrong': facts.resolution?.whatWentWrong ?? '[what went wrong]',
    'resolution.howFixed': facts.resolution?.howFixed ?? '[how it was fixed]',
    'resolution.whyNotAgain': facts.resolution?.whyNotAgain ?? '[what we changed]',
    'case.amends': amendsSentence(facts.amends ?? []),
    'case.nextUpdateBy': facts.nextUpdateBy ?? '',
  };
}
