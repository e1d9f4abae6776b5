import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { saveIssueType } from '../../src/app/knock-on/save-issue-type.ts';
import { makePromise } from '../../src/app/promises/make-promise.ts';
import { findAccessibilityViolations } from '../support/axe.ts';
import { buildSurvey, prepareNow, unsubscribeTokenOf } from '../support/blasts.ts';
import { type BrowserApp, serveAppWithBrowser, signInThroughForm, WAIT } from '../support/browser.ts';
import { confirmClickOverHttp } from '../support/customer-pages.ts';
import { buildCase, buildRatingRequest, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { statusPathOf, writeToCustomer } from '../support/status-page.ts';
import { signIn } from '../support/test-app.ts';

/** The widths every screen must work at: a laptop, and a phone held upright. */
const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

/** What the screens below show: made once, before any visit. */
type Fixtures = {
  caseId: string;
  caseNumber: number;
  blastId: string;
  /** Customer links: a rating not yet confirmed, its thanks and sorry pages, an expired one. */
  rating: { waiting: string; thanks: string; sorry: string; expired: string };
  /** The case's status page, with a message each way. */
  status: string;
};

/**
 * Every console screen an admin can open, and the text that shows once it has loaded (axe must judge
 * the screen, not its "Loading…"). A new screen goes here, and is then checked at both widths.
 */
const CONSOLE_SCREENS: { name: string; path: (f: Fixtures) => string; ready: string }[] = [
  { name: 'inbox', path: () => '/', ready: '[data-testid="inbox-row"]' },
  {
    name: 'inbox, resolved and closed',
    path: () => '/?status=done',
    ready: 'text=No resolved or closed cases.',
  },
  { name: 'a case', path: (f) => `/cases/${f.caseId}`, ready: '[data-testid="knock-on-need"]' },
  { name: 'new case', path: () => '/cases/new', ready: 'text=Open case' },
  { name: 'feedback', path: () => '/feedback', ready: '[data-testid="answer"]' },
  { name: 'blasts', path: () => '/blasts', ready: '.blast-table tbody tr' },
  { name: 'outbox', path: () => '/outbox', ready: '.outbox-table tbody tr' },
  { name: 'outbox of one blast', path: (f) => `/outbox?blast=${f.blastId}`, ready: '.outbox-table tbody tr' },
  { name: 'surveys', path: () => '/surveys', ready: '[data-testid="scale-point"]' },
  { name: 'message templates', path: () => '/settings/templates', ready: '[data-testid="template-preview"]' },
  { name: 'follow-ups', path: () => '/settings/follow-ups', ready: '[data-testid="follow-ups-missing"]' },
  {
    name: 'clocks and business hours',
    path: () => '/settings/clocks',
    ready: '[data-testid="policy-critical"]',
  },
  { name: 'amends approvals', path: () => '/amends', ready: 'h1' },
  { name: 'settings: amends', path: () => '/settings/amends', ready: '#limits-title' },
  {
    name: 'settings: issue types',
    path: () => '/settings/issue-types',
    ready: '[data-testid="checklist-row"]',
  },
  { name: 'not found', path: () => '/no-such-screen', ready: 'h1' },
];

/** Every page a customer can meet, by the link that shows it (the unsubscribe pages follow these). */
const CUSTOMER_PAGES: { name: string; path: (f: Fixtures) => string; ready: string }[] = [
  { name: 'rating confirm (without scripts)', path: (f) => f.rating.waiting, ready: 'button' },
  { name: 'rating thanks', path: (f) => f.rating.thanks, ready: 'h1' },
  { name: 'rating sorry, with the comment box', path: (f) => f.rating.sorry, ready: 'textarea' },
  { name: 'rating comment sent', path: (f) => `${f.rating.sorry}?sent=1`, ready: 'h1' },
  { name: 'rating link expired', path: (f) => f.rating.expired, ready: 'h1' },
  { name: 'rating link invalid', path: () => '/r/not-a-link', ready: 'h1' },
  { name: 'unsubscribe invalid', path: () => '/u/not-a-link', ready: 'h1' },
  { name: 'case status, with messages', path: (f) => f.status, ready: '[data-testid="message"]' },
  {
    name: 'case status, reply sent',
    path: (f) => `${f.status}?sent=1`,
    ready: '[data-testid="sent-notice"]',
  },
  { name: 'case status link no longer works', path: () => '/s/not-a-link', ready: 'h1' },
];

describe('Accessibility: every console screen and customer page passes axe-core (WCAG 2.1 A and AA)', () => {
  let served: BrowserApp;
  let fixtures: Fixtures;
  const unsubscribeLinks: Record<string, string> = {};
  const admin = { email: 'ada.admin@example.test', name: 'Ada Admin' };

  before(async () => {
    served = await serveAppWithBrowser();
    const ctx = served.ctx;
    await buildUser(ctx, { role: 'admin', ...admin });
    // An issue type with its checklist: the case's Knock-on needs card and Settings show their items.
    const flooded = await saveIssueType(ctx, undefined, undefined, {
      name: 'Flooded basement',
      archived: false,
      needs: [
        { label: 'Water damage restoration', partnerName: 'DryFast' },
        { label: 'An insurance letter' },
      ],
    });
    const opened = await buildCase(ctx, {
      title: 'Furnace out, baby at home',
      severity: 'critical',
      issueTypeId: flooded.id,
    });
    const survey = await buildSurvey(ctx);

    // A blast gives the blasts and outbox screens rows, and an unsubscribe link per width (each run unsubscribes).
    const supervisor = await signIn(served.app, admin.email, TEST_PASSWORD);
    const blasted = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId: survey.id,
      recipients: WIDTHS.map((w) => ({ email: `${w.name}@example.test` })),
    });
    assert.equal(blasted.statusCode, 201, blasted.body);
    const blastId = blasted.json().blast.id as string;
    await prepareNow(served, blastId);
    for (const { name } of WIDTHS)
      unsubscribeLinks[name] = `/u/${await unsubscribeTokenOf(served, `${name}@example.test`)}`;

    // Answers for the feedback screen: a happy one (thanks page) and an unhappy one (sorry page).
    const happy = await buildRatingRequest(ctx, { survey });
    const unhappy = await buildRatingRequest(ctx, { survey });
    const thanks = await confirm(happy.linkFor(4));
    const sorry = await confirm(unhappy.linkFor(1));
    const old = await buildRatingRequest(ctx, {
      survey,
      createdAt: new Date(ctx.now().getTime() - 61 * 86_400_000),
    });
    const waiting = await buildRatingRequest(ctx, { survey });

    // The status page with a message each way: ours, and the customer's reply through the page.
    const status = await statusPathOf(ctx, opened.id);
    await writeToCustomer(ctx, opened.id, opened.ownerId, 'So sorry. An engineer comes today by 14:00.');
    // An open promise: the case page's Promises card and the status page's "What happens next" list.
    await makePromise(ctx, { userId: opened.ownerId, role: 'admin', via: 'session' }, opened.id, {
      what: 'send an engineer',
      dueAt: new Date(ctx.now().getTime() + 86_400_000),
      confidence: 'estimate',
      customerVisible: true,
    });
    const replied = await fetch(`${served.url}${status}/reply`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'message=Thank+you.+The+baby+is+with+her+grandmother.',
      redirect: 'manual',
    });
    assert.equal(replied.status, 303);

    fixtures = {
      caseId: opened.id,
      caseNumber: opened.number,
      blastId,
      rating: { waiting: waiting.linkFor(3), thanks, sorry, expired: old.linkFor(2) },
      status,
    };
  });
  after(() => served?.close());

  /** A customer's confirmed click, as their browser posts it; answers the thanks or sorry page's path. */
  const confirm = (link: string) => confirmClickOverHttp(served.url, link);

  /** axe-core is injected as an inline script, which our Content-Security-Policy (rightly) forbids. */
  async function newContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
    return served.browser.newContext({ viewport, bypassCSP: true });
  }

  /** Every violation on the page, each prefixed with where it was found. */
  async function violationsOn(page: Page, where: string): Promise<string[]> {
    return (await findAccessibilityViolations(page)).map((violation) => `${where}: ${violation}`);
  }

  function assertNone(violations: string[]): void {
    assert.deepEqual(violations, [], `WCAG 2.1 A/AA violations:\n${violations.join('\n')}`);
  }

  for (const { name: width, viewport } of WIDTHS) {
    describe(`at ${width} width`, () => {
      let page: Page;
      let customer: Page;
      after(async () => {
        await page?.context().close();
        await customer?.context().close();
      });

      it('the sign-in and forgot-password screens pass', async () => {
        page = await (await newContext(viewport)).newPage();
        await page.goto(`${served.url}/`);
        await page.getByRole('button', { name: 'Sign in' }).waitFor(WAIT);
        assertNone(await violationsOn(page, `sign-in (${width})`));
        await page.getByRole('link', { name: 'Forgot your password?' }).click();
        await page.getByRole('button', { name: 'Mail me a link' }).waitFor(WAIT);
        assertNone(await violationsOn(page, `forgot-password (${width})`));
        await signInThroughForm(page, served.url, admin);
      });

      for (const screen of CONSOLE_SCREENS) {
        it(`the console's ${screen.name} passes`, async () => {
          await page.goto(`${served.url}${screen.path(fixtures)}`);
          await page.locator(screen.ready).first().waitFor(WAIT);
          assertNone(await violationsOn(page, `${screen.name} (${width})`));
        });
      }

      it('the header passes with its menu open (phone width folds the links behind a Menu button)', async () => {
        await page.goto(`${served.url}/`);
        // On a phone the links fold behind Menu: open it (waiting for it, not asking once whether it is there).
        if (width === 'phone') await page.getByRole('button', { name: 'Menu' }).click(WAIT);
        await page.getByRole('navigation', { name: 'Main' }).waitFor(WAIT);
        assertNone(await violationsOn(page, `header with the menu open (${width})`));
      });

      for (const customerPage of CUSTOMER_PAGES) {
        it(`the customer's ${customerPage.name} page passes`, async () => {
          if (!customer) {
            customer = await (await newContext(viewport)).newPage();
            // The confirm page's script submits at once; judged is the page a person without scripts sees.
            await customer.route('**/assets/confirm-rating.js', (route) => route.abort());
          }
          await customer.goto(`${served.url}${customerPage.path(fixtures)}`);
          await customer.locator(customerPage.ready).first().waitFor(WAIT);
          assertNone(await violationsOn(customer, `${customerPage.name} (${width})`));
        });
      }

      it("the customer's status page passes with a refused reply beside the box", async () => {
        await customer.goto(`${served.url}${fixtures.status}`);
        await customer.getByRole('button', { name: 'Send' }).click();
        await customer.getByRole('alert').filter({ hasText: 'Write your message first' }).waitFor(WAIT);
        assertNone(await violationsOn(customer, `case status, reply refused (${width})`));
      });

      it("the customer's unsubscribe confirm and done pages pass", async () => {
        await customer.goto(`${served.url}${unsubscribeLinks[width]}`);
        await customer.getByRole('button', { name: 'Unsubscribe' }).waitFor(WAIT);
        const violations = await violationsOn(customer, `unsubscribe confirm (${width})`);
        await customer.getByRole('button', { name: 'Unsubscribe' }).click();
        await customer.getByRole('heading', { name: /unsubscribed/i }).waitFor(WAIT);
        violations.push(...(await violationsOn(customer, `unsubscribe done (${width})`)));
        assertNone(violations);
      });
    });
  }
});
