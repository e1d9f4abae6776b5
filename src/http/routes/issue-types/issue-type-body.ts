import { z } from 'zod';
import {
  ISSUE_TYPE_NAME_MAX,
  type IssueTypeInput,
  NEED_LABEL_MAX,
  PARTNER_CONTACT_MAX,
  PARTNER_NAME_MAX,
} from '../../../core/knock-on/issue-type.ts';

/**
 * An issue type as an admin saves it, with its whole checklist in order (the rules, and their
 * messages naming the field, are core/knock-on/issue-type.ts; lengths here only bound the request).
 */
export const issueTypeBody = z.strictObject({
  /** e.g. "Flooded basement". */
  name: z.string().max(ISSUE_TYPE_NAME_MAX * 2),
  /** Archived: no longer offered on cases. */
  archived: z.boolean().default(false),
  /** The needs to ask about, in order. An item with `id` keeps that need; without, a new one; a need left out is removed. */
  needs: z
    .array(
      z.strictObject({
        id: z.uuid().optional(),
        label: z.string().max(NEED_LABEL_MAX * 2),
        /** The partner who looks after it (a ticked need becomes a referral task to them); null or absent: the owner does. */
        partnerName: z
          .string()
          .max(PARTNER_NAME_MAX * 2)
          .nullish(),
        /** How to reach the partner: a phone number, an address. */
        partnerContact: z
          .string()
          .max(PARTNER_CONTACT_MAX * 2)
          .nullish(),
      }),
    )
    .max(100),
});

export function issueTypeInput(body: z.infer<typeof issueTypeBody>): IssueTypeInput {
  return {
    name: body.name,
    archived: body.archived,
    needs: body.needs.map((need) => ({
      id: need.id,
      label: need.label,
      partnerName: need.partnerName ?? undefined,
      partnerContact: need.partnerContact ?? undefined,
    })),
  };
}
