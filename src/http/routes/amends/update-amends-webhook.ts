import { z } from 'zod';
import { saveAmendsWebhook } from '../../../app/amends/save-amends-webhook.ts';
import { authOf } from '../../plugins/auth.ts';
import type { Route } from '../../route.ts';

export const updateAmendsWebhookRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/settings/amends/webhook', {
    config: { access: 'admin' },
    schema: {
      summary:
        "Point issuing at the business's system: URL and shared secret (docs/amends-webhook.md) (admins)",
      tags: ['settings'],
      body: z.strictObject({
        /** null: no webhook; gestures are issued by hand with a reference. */
        url: z.string().max(2000).nullable(),
        /** At least 24 characters; absent: keep the current one. Never shown again. */
        secret: z.string().max(500).optional(),
      }),
      response: {
        200: z.object({ webhook: z.object({ url: z.string(), secretSet: z.literal(true) }).nullable() }),
      },
    },
    handler: async (request) => ({
      webhook:
        (await saveAmendsWebhook(ctx, authOf(request).actor, {
          url: request.body.url,
          secret: request.body.secret,
        })) ?? null,
    }),
  });
};
