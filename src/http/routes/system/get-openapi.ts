import type { Route } from '../../route.ts';

export const getOpenapiRoute: Route = (api) => {
  api.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    api.swagger(),
  );
};
