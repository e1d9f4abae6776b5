/**
 * A kind of problem a case can be (a flooded basement, a missed delivery) and its checklist: the
 * knock-on needs to ask the customer about, because the broken part is rarely all they need. A need
 * may name the partner who looks after it (a drying company, a heating rental).
 */
export type KnockOnNeed = {
  id: string;
  issueTypeId: string;
  label: string;
  partnerName: string | undefined;
  partnerContact: string | undefined;
  position: number;
};

export type IssueType = {
  id: string;
  name: string;
  /** Archived types are no longer offered on cases; cases that have one keep it. */
  archived: boolean;
  /** The live checklist, in the order to ask. */
  needs: KnockOnNeed[];
};

/** A checklist item as an admin saves it: with the id of an item it keeps, without for a new one. */
export type KnockOnNeedInput = {
  id?: string | undefined;
  label: string;
  partnerName?: string | undefined;
  partnerContact?: string | undefined;
};

export type IssueTypeInput = {
  name: string;
  archived: boolean;
  needs: KnockOnNeedInput[];
};

export const ISSUE_TYPE_NAME_MAX = 80;
export const NEED_LABEL_MAX = 200;
export const PARTNER_NAME_MAX = 120;
export const PARTNER_CONTACT_MAX = 200;
/** A checklist is asked in one conversation: past this it is a questionnaire nobody finishes. */
export const NEEDS_PER_ISSUE_TYPE_MAX = 20;

export type InputProblem = { field: string; message: string };

/**
 * The first thing wrong with an issue type as an admin saves it, named by its field
 * (`needs.1.partnerName`), or undefined. Text is taken as given: trim before asking.
 *
 * @example issueTypeProblem({ name: '', archived: false, needs: [] })
 *   // { field: 'name', message: 'name: give the issue type a name, e.g. Flooded basement.' }
 */
export function issueTypeProblem(input: IssueTypeInput): InputProblem | undefined {
  if (!input.name)
    return { field: 'name', message: 'name: give the issue type a name, e.g. Flooded basement.' };
  if (input.name.length > ISSUE_TYPE_NAME_MAX)
    return { field: 'name', message: `name: at most ${ISSUE_TYPE_NAME_MAX} characters.` };
  if (input.needs.length > NEEDS_PER_ISSUE_TYPE_MAX)
    return {
      field: 'needs',
      message: `needs: at most ${NEEDS_PER_ISSUE_TYPE_MAX} on one checklist — a customer answers them in one call.`,
    };
  const labels = new Set<string>();
  const ids = new Set<string>();
  for (const [i, need] of input.needs.entries()) {
    const at = `needs.${i}`;
    if (!need.label) return { field: `${at}.label`, message: `${at}.label: say what the need is.` };
    if (need.label.length > NEED_LABEL_MAX)
      return { field: `${at}.label`, message: `${at}.label: at most ${NEED_LABEL_MAX} characters.` };
    const key = need.label.toLowerCase();
    if (labels.has(key))
      return { field: `${at}.label`, message: `${at}.label: “${need.label}” is on the checklist twice.` };
    labels.add(key);
    if (need.id !== undefined) {
      if (ids.has(need.id)) return { field: `${at}.id`, message: `${at}.id: the same need is listed twice.` };
      ids.add(need.id);
    }
    if (need.partnerName !== undefined && need.partnerName.length > PARTNER_NAME_MAX)
      return {
        field: `${at}.partnerName`,
        message: `${at}.partnerName: at most ${PARTNER_NAME_MAX} characters.`,
      };
    if (need.partnerContact !== undefined) {
      if (need.partnerName === undefined)
        return {
          field: `${at}.partnerName`,
          message: `${at}.partnerName: name the partner whose contact this is.`,
        };
      if (need.partnerContact.length > PARTNER_CONTACT_MAX)
        return {
          field: `${at}.partnerContact`,
          message: `${at}.partnerContact: at most ${PARTNER_CONTACT_MAX} characters.`,
        };
    }
  }
  return undefined;
}

/** Blank optional text is no text: an admin who clears the partner field means "no partner". */
export function normalizeIssueTypeInput(input: IssueTypeInput): IssueTypeInput {
  const optional = (value: string | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  return {
    name: input.name.trim(),
    archived: input.archived,
    needs: input.needs.map((need) => ({
      id: need.id,
      label: need.label.trim(),
      partnerName: optional(need.partnerName),
      partnerContact: optional(need.partnerContact),
    })),
  };
}
