import { getBrand } from '../../../app/settings/brand.ts';
import { brandSchema, presentBrand } from '../../presenters/brand.presenter.ts';
import type { Route } from '../../route.ts';

export const getBrandRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/settings/brand', {
    schema: {
      summary: 'The business name, logo and accent colour customers see',
      tags: ['settings'],
      response: { 200: brandSchema },
    },
    handler: async () => presentBrand(await getBrand(ctx.db)),
  });
};
