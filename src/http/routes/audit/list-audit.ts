import { z } from 'zod';
import { listAudit } from '../../../app/audit/list-audit.ts';
import { authOf } from '../../plugins/auth.ts';
import { auditEntrySchema, presentAuditEntry } from '../../presenters/audit-entry.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Page backwards: entries older than this id. */
  beforeId: z.coerce.number().int().min(1).optional(),
});

export const listAuditRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/audit', {
    config: { access: 'admin' },
    schema: {
      summary: 'Who changed what, newest first (admins)',
      tags: ['audit'],
      querystring,
      response: { 200: z.object({ entries: z.array(auditEntrySchema) }) },
    },
    handler: async (request) => ({
      entries: (await listAudit(ctx, authOf(request).actor, request.query)).map(presentAuditEntry),
    }),
  });
};
