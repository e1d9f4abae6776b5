import { z } from 'zod';
import { uploadCodePool } from '../../../app/amends/upload-code-pool.ts';
import { authOf } from '../../plugins/auth.ts';
import { idParams, type Route } from '../../route.ts';

export const uploadAmendsCodesRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/settings/amends/catalogue/:id/codes', {
    config: { access: 'admin' },
    schema: {
      summary: 'Add coupon or gift-card codes to a gesture’s pool: CSV (first column) or one a line (admins)',
      description: 'Codes already in the pool are skipped, so uploading the same file again adds nothing.',
      tags: ['settings'],
      params: idParams,
      body: z.strictObject({ text: z.string().max(5_000_000) }),
      response: { 200: z.object({ added: z.number().int(), skipped: z.number().int() }) },
    },
    handler: async (request) => uploadCodePool(ctx, authOf(request).actor, request.params.id, request.body),
  });
};
