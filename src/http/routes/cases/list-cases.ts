import { z } from 'zod';
import { listCases } from '../../../app/cases/list-cases.ts';
import { CASE_STATUSES } from '../../../core/case/case-status.ts';
import { INBOX_ORDERS } from '../../../core/case/inbox-order.ts';
import { SEVERITIES } from '../../../core/case/severity.ts';
import { caseListItemSchema, presentCaseListItem } from '../../presenters/case.presenter.ts';
import type { Route } from '../../route.ts';

/** A comma-separated list of allowed words, e.g. `open,acknowledged`. */
const commaList = <const T extends readonly [string, ...string[]]>(allowed: T) =>
  z
    .string()
    .transform((value) => [...new Set(value.split(',').map((s) => s.trim()))])
    .pipe(z.array(z.enum(allowed)).min(1));

const querystring = z.strictObject({
  /** Comma-separated statuses; default: open,acknowledged (the inbox). Done only (resolved,closed): newest finished first. */
  status: commaList(CASE_STATUSES).optional(),
  /** Comma-separated severities, e.g. critical,high. */
  severity: commaList(SEVERITIES).optional(),
  /** Only cases this person owns ("mine"). */
  ownerId: z.uuid().optional(),
  /** Only cases of this team. */
  teamId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  /** `true`: only cases where a customer's message waits for an answer (unansweredSince is set). */
  unanswered: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  /** A case number (1014 or #1014), words of the title, or part of the customer's name or email. */
  q: z.string().trim().min(1).max(200).optional(),
  /**
   * `due` (default for active cases only): the clock that breaks first, first — overdue ones at the
   * top, cases with no running clock last. `urgency`: severity, then longest waiting (the default
   * when active and done statuses are mixed). `finished`: newest finished first (done cases only).
   */
  order: z.enum(INBOX_ORDERS).optional(),
  /** The previous page's nextCursor, unchanged. */
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const listCasesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases', {
    schema: {
      summary:
        'Cases a page at a time: active ones by the clock that breaks first (or by severity, then longest waiting); done ones newest finished first',
      tags: ['cases'],
      querystring,
      response: {
        200: z.object({
          cases: z.array(caseListItemSchema),
          /** Pass as `cursor` for the next page; null on the last page. */
          nextCursor: z.string().nullable(),
        }),
      },
    },
    handler: async (request) => {
      const { status, severity, ...rest } = request.query;
      const page = await listCases(ctx, { ...rest, statuses: status, severities: severity });
      return { cases: page.items.map(presentCaseListItem), nextCursor: page.nextCursor ?? null };
    },
  });
};
