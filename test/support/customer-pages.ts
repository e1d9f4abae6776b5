import assert from 'node:assert/strict';
import type { Db } from '../../src/store/db.ts';
import type { TestApp } from './test-app.ts';

/**
 * A form as a customer's browser posts it to the customer pages; `from` sets the socket's address
 * and any extra headers (a proxy's X-Forwarded-For).
 */
export function postForm(
  t: TestApp,
  url: string,
  form: Record<string, string> = {},
  from: { remoteAddress?: string; headers?: Record<string, string> } = {},
) {
  return t.app.inject({
    method: 'POST',
    url,
    remoteAddress: from.remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...from.headers },
    payload: new URLSearchParams(form).toString(),
  });
}

/** A customer's click, confirmed by their browser (303 or it fails); answers the comment page's address. */
export async function confirmClick(t: TestApp, link: string): Promise<string> {
  const response = await postForm(t, link, { source: 'page' });
  assert.equal(response.statusCode, 303, response.body);
  return String(response.headers.location);
}

/**
 * A form posted to the served app over real HTTP, as a customer's browser does (browser tests talk to
 * a listening server, not `inject`); redirects are not followed, so the answer's 303 can be checked.
 */
export function postFormOverHttp(
  baseUrl: string,
  path: string,
  form: Record<string, string>,
): Promise<Response> {
  return fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
}

/**
 * confirmClick over real HTTP: the customer's click, confirmed by their browser (303 or it fails);
 * answers the path of the page it leads to (thanks, or sorry with the comment box).
 */
export async function confirmClickOverHttp(baseUrl: string, link: string): Promise<string> {
  const response = await postFormOverHttp(baseUrl, link, { source: 'page' });
  assert.equal(response.status, 303, await response.text());
  return String(response.headers.get('location'));
}

/** Every answer a rating request received, oldest first: its history. */
export async function answerScores(db: Db, requestId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('rating_answers')
    .select('score')
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.score);
}

/** The ids of a customer's cases, oldest first. */
export async function caseIdsOf(db: Db, customerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('customer_id', '=', customerId)
    .orderBy('number')
    .execute();
  return rows.map((row) => row.id);
}
