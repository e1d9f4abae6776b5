import { z } from 'zod';
import { updateBrand } from '../../../app/settings/brand.ts';
import { MAX_LOGO_URL } from '../../../core/brand/brand.ts';
import { authOf } from '../../plugins/auth.ts';
import { brandSchema, presentBrand } from '../../presenters/brand.presenter.ts';
import type { Route } from '../../route.ts';

/** All three, every time: PUT replaces the brand. */
// Lengths here only bound the body; the rules and their sentences are core/brand/brand.ts#brandProblem.
const body = z.strictObject({
  /** The business's name, one line, up to 80 characters; shown as text, never as markup. */
  businessName: z.string().max(1000),
  /** An https:// image address, or null for the name alone. */
  logoUrl: z.string().max(MAX_LOGO_URL).nullable(),
  /** `#rrggbb`, dark enough for white button text (WCAG AA, 4.5:1). */
  accentColor: z.string().max(100),
});

export const updateBrandRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/settings/brand', {
    config: { access: 'admin' },
    schema: {
      summary: 'Replace the business name, logo and accent colour (admins)',
      tags: ['settings'],
      body,
      response: { 200: brandSchema },
    },
    handler: async (request) =>
      presentBrand(
        await updateBrand(ctx, authOf(request).actor, {
          businessName: request.body.businessName,
          logoUrl: request.body.logoUrl ?? undefined,
          accentColor: request.body.accentColor,
        }),
      ),
  });
};
