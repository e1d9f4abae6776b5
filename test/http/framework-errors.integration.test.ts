import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Sends raw bytes (what no HTTP client would send) and reads the answer until the server closes. */
function sendRaw(port: number, request: string): Promise<{ status: number; type: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
        type: /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '',
        body: body ? JSON.parse(body) : undefined,
      });
    });
  });
}

describe('errors Fastify and Node answer before a route runs are problem+json like the rest', () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await startTestApp();
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(address).port);
  });
  after(() => t.close());

  it('answers a badly percent-encoded path with 400 MALFORMED_REQUEST', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/cases/%E0%A4%A' });
    assert.equal(response.statusCode, 400);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    assert.equal(response.json().code, 'MALFORMED_REQUEST');
    assert.match(response.json().detail, /percent-encoding/);
  });

  it('answers a path part longer than any id or token with 414 URL_TOO_LONG', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${'a'.repeat(500)}` });
    assert.equal(response.statusCode, 414);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    assert.equal(response.json().code, 'URL_TOO_LONG');
  });

  it('answers a customer’s garbled or over-long link with the page for a link we do not know', async () => {
    for (const url of ['/r/abc.4.sig%E0%A4%A', `/rating/${'a'.repeat(500)}`, '/u/%E0%A4%A']) {
      const response = await t.app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 404, url);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(response.body, /We do not recognise this link/);
    }
  });

  it('answers a URL past the parser limit with 414 URL_TOO_LONG', async () => {
    const answer = await sendRaw(
      port,
      `GET /api/v1/cases?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    assert.equal(answer.status, 414);
    assert.match(answer.type, /^application\/problem\+json/);
    assert.equal((answer.body as { code: string }).code, 'URL_TOO_LONG');
  });

  it('answers headers past the parser limit with 431 HEADERS_TOO_LARGE', async () => {
    const answer = await sendRaw(
      port,
      `GET /api/v1/me HTTP/1.1\r\nHost: x\r\nCookie: c=${'a'.repeat(20_000)}\r\n\r\n`,
    );
    assert.equal(answer.status, 431);
    assert.match(answer.type, /^application\/problem\+json/);
    assert.equal((answer.body as { code: string }).code, 'HEADERS_TOO_LARGE');
    assert.match((answer.body as { detail: string }).detail, /cookies/);
  });

  it('answers bytes that are not HTTP, and a NUL in a header, with 400 MALFORMED_REQUEST', async () => {
    for (const request of [
      'GARBAGE\r\n\r\n',
      'GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\u0000b\r\n\r\n',
    ]) {
      const answer = await sendRaw(port, request);
      assert.equal(answer.status, 400, request);
      assert.match(answer.type, /^application\/problem\+json/);
      assert.equal((answer.body as { code: string }).code, 'MALFORMED_REQUEST');
    }
  });

  it('still answers invalid JSON with 400 MALFORMED_JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    assert.equal(response.statusCode, 400);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  });
});
