import { z } from 'zod';
import { listAudit } from '../../../app/audit/list-audit.ts';
import { authOf } from '../../plugins/auth.ts';
import { auditEntrySchema, presentAuditEntry } from '../../presenters/audit-entry.presenter.ts';
import type { Route } from '../../route.ts';
import { instant } from '../../schemas/instant.ts';

const querystring = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Page backwards: entries older than this id (the previous answer's `nextBeforeId`). */
  beforeId: z.coerce.number().int().min(1).optional(),
  /** Only what this person (or their API tokens) did. */
  actorUserId: z.uuid({ message: 'must be a person’s id (a UUID)' }).optional(),
  /** Only this action, e.g. user.updated. */
  action: z.string().trim().min(1).max(100).optional(),
  /** Entries at or after this. A bare date is midnight UTC. */
  from: instant.optional(),
  /** Entries before this. */
  to: instant.optional(),
});

export const listAuditRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/audit', {
    config: { access: 'admin' },
    schema: {
      summary: 'Who changed what, newest first, by person, action and period (admins)',
      tags: ['audit'],
      querystring,
      response: {
        200: z.object({ entries: z.array(auditEntrySchema), nextBeforeId: z.number().int().nullable() }),
      },
    },
    handler: async (request) => {
      const page = await listAudit(ctx, authOf(request).actor, request.query);
      return { entries: page.entries.map(presentAuditEntry), nextBeforeId: page.nextBeforeId ?? null };
    },
  });
};
