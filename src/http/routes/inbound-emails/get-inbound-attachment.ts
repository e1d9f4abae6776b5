import { z } from 'zod';
import { getInboundAttachment } from '../../../app/inbound/get-inbound-email.ts';
import type { Route } from '../../route.ts';

const params = z.strictObject({
  id: z.uuid({ error: 'The email in the address must be an id (a UUID).' }),
  attachmentId: z.uuid({ error: 'The attachment in the address must be an id (a UUID).' }),
});

/**
 * A customer's file is untrusted: it is only ever a download (Content-Disposition: attachment) of
 * generic type with nosniff, so no browser renders it as a page of ours or guesses it is a script.
 */
export const getInboundAttachmentRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/inbound-emails/:id/attachments/:attachmentId', {
    schema: {
      summary: 'Downloads one attachment of a received email, byte for byte, as a file (never shown inline)',
      tags: ['inbound-emails'],
      params,
      produces: ['application/octet-stream'],
      response: { 200: z.string().meta({ format: 'binary' }).describe('The file as the customer sent it.') },
    },
    handler: async (request, reply) => {
      const { filename, content } = await getInboundAttachment(
        ctx,
        request.params.id,
        request.params.attachmentId,
      );
      return (
        reply
          .header('content-type', 'application/octet-stream')
          .header('content-disposition', contentDisposition(filename))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          // A Buffer goes out as it is (Fastify serialises no buffer); the schema only documents it.
          .send(content as unknown as string)
      );
    },
  });
};

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
