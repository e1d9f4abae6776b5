import { z } from 'zod';
import type { AuditEntry } from '../../core/audit/audit-entry.ts';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    actorUserId: z.uuid().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    details: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
  })
  .meta({ id: 'AuditEntry' });

export function presentAuditEntry(entry: AuditEntry): z.infer<typeof auditEntrySchema> {
  return {
    id: entry.id,
    actorUserId: entry.actorUserId ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    details: entry.details,
    at: entry.at.toISOString(),
  };
}
