import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { type Problem, problem } from './problem.ts';

/** Node's parse error; `rawPacket` is the Buffer it was reading (Fastify's type says otherwise). */
type ClientError = Error & { code?: string; rawPacket?: unknown };

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (a request line or headers past
 * the 16 kB limit, bytes that are not HTTP, a request that never finishes). Fastify then writes its
 * own JSON; this writes the same problem+json as every other error instead, straight to the socket,
 * because there is no request to answer through.
 */
export function answerClientError(error: ClientError, socket: Socket): void {
  // A reset connection has nobody left to read an answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const answer = problemFor(error);
  const body = JSON.stringify(answer);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? 'Bad Request'}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}

function problemFor(error: ClientError): Problem {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return problem('REQUEST_TIMEOUT', 'The request did not arrive in time. Send it again.');
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return isRequestLineTheBulk(error.rawPacket)
      ? problem(
          'URL_TOO_LONG',
          'The URL is longer than the server reads (16 kB with the headers). Send long values in a JSON body instead.',
        )
      : problem(
          'HEADERS_TOO_LARGE',
          'The request headers are larger than the server reads (16 kB in all). Send fewer or smaller headers, or clear this site’s cookies.',
        );
  }
  return problem(
    'MALFORMED_REQUEST',
    'The request is not valid HTTP (a header may hold a control character such as NUL, or the request line is garbled).',
  );
}

/** Which part overflowed: the URL when the request line is longer than the header lines after it. */
function isRequestLineTheBulk(raw: unknown): boolean {
  if (!Buffer.isBuffer(raw)) return false;
  const lineEnd = raw.indexOf('\r\n');
  if (lineEnd === -1) return true;
  return lineEnd > raw.length - lineEnd;
}
