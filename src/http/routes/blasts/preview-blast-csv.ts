import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { previewBlastFromCsv } from '../../../app/blasts/preview-blast.ts';
import { MAX_CSV_BYTES } from '../../../core/blast/recipient-rows.ts';
import { authOf } from '../../plugins/auth.ts';
import { blastPreviewSchema, presentBlastPreview } from '../../presenters/blast-preview.presenter.ts';
import type { Route } from '../../route.ts';
import { blastFields } from '../../schemas/blast-fields.ts';

export const previewBlastCsvRoute: Route = (api, { ctx, mailFrom, renderSurveyEmail }) => {
  // Its own scope: only the CSV routes read text/csv, the rest of the API stays JSON-only.
  api.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, csv, done) => done(null, csv));
    scope.withTypeProvider<ZodTypeProvider>().post('/api/v1/blasts/csv/preview', {
      config: { access: 'supervisor', problems: [404] },
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        summary:
          'Dry run of a CSV blast (supervisors): who would get it, who is skipped, and the email; sends nothing',
        description:
          'The same body and query as POST /api/v1/blasts/csv. Confirm the count and the email with a person, then send with that endpoint.',
        tags: ['blasts'],
        consumes: ['text/csv'],
        querystring: z.strictObject(blastFields),
        body: z.string(),
        response: { 200: blastPreviewSchema },
      },
      handler: async (request) => {
        const preview = await previewBlastFromCsv(ctx, authOf(request).actor, {
          ...request.query,
          csv: request.body,
        });
        if (!renderSurveyEmail) throw new Error('buildApp was not given the survey email template');
        const email = renderSurveyEmail(
          preview.firstEmail,
          { from: mailFrom, messageId: '<preview@amends>' },
          preview.brand,
        );
        return presentBlastPreview(preview, email);
      },
    });
  });
};
