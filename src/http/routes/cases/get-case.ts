import { getCase } from '../../../app/cases/get-case.ts';
import { caseDetailSchema, presentCaseDetail } from '../../presenters/case.presenter.ts';
import { caseRefParams, type Route } from '../../route.ts';

export const getCaseRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/:id', {
    schema: {
      summary: 'One case, by id or number, with its customer and owner',
      tags: ['cases'],
      params: caseRefParams,
      response: { 200: caseDetailSchema },
    },
    handler: async (request) => presentCaseDetail(await getCase(ctx, request.params.id)),
  });
};
