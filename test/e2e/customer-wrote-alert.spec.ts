import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { markCaseSeen } from '../../src/app/cases/mark-case-seen.ts';
import { appendCustomerMessage } from '../../src/app/conversation/append-customer-message.ts';
import type { User } from '../../src/core/team/user.ts';
import {
  type BrowserApp,
  markWindow,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
  wasReloaded,
} from '../support/browser.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';

describe('The owner hears when their customer writes', () => {
  let served: BrowserApp;
  let owner: User;
  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Owen Owner' });
  });
  after(() => served?.close());

  it('alerts the owner live wherever they are, keeps the alert across a reload, and drops it once they open the case', async () => {
    const customer = await buildCustomer(served.ctx, { name: 'Greta Gray' });
    const opened = await buildCase(served.ctx, { ownerId: owner.id, customerId: customer.id });
    // The owner has already seen the case: no "New case" alert is up.
    await markCaseSeen(served.ctx, { userId: owner.id, role: owner.role, via: 'session' }, opened.id);
    const page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, owner);
    await markWindow(page);
    const alert = page.locator(`[data-testid="owner-alert"][data-case-id="${opened.id}"]`);
    assert.equal(await alert.count(), 0);

    await served.ctx.db.transaction().execute((trx) =>
      appendCustomerMessage(trx, served.ctx.now(), {
        caseId: opened.id,
        body: 'Is anyone there? Still no vase.',
        channel: 'status_page',
      }),
    );
    await alert.filter({ hasText: 'Greta Gray wrote' }).waitFor(WAIT);
    assert.equal(await wasReloaded(page), false, 'the alert came live, without a reload');

    await page.reload();
    await alert.filter({ hasText: 'Greta Gray wrote' }).waitFor(WAIT);

    await alert.getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor(WAIT);
    await alert.waitFor({ state: 'detached', ...WAIT });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor(WAIT);
    assert.equal(await alert.count(), 0, 'opened is seen: the alert stays gone');
  });
});
