import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { markCaseSeen } from '../../src/app/cases/mark-case-seen.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { User } from '../../src/core/team/user.ts';
import { findCasePolicy, updateCasePolicy } from '../../src/store/case-policy.store.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { setUpdateNudge } from '../../src/store/update-nudge.store.ts';
import { type BrowserApp, serveAppWithBrowser, signInThroughForm, WAIT } from '../support/browser.ts';
import { buildCase, buildUser } from '../support/factories.ts';

/**
 * "Later" on the update nudge: the owner chose not to be told about this breach now. The choice
 * lasts across a reload (it used to come back at once), and the next breach of the same case's
 * update clock is a new nudge.
 */
describe('Later on the update nudge', () => {
  let served: BrowserApp;
  let owner: User;
  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Owen Owner' });
    const high = await findCasePolicy(served.ctx.db, 'high');
    await updateCasePolicy(
      served.ctx.db,
      { ...high, updateEvery: { minutes: 1, business: false }, holdingMessage: false },
      { userId: undefined, now: new Date() },
    );
  });
  after(() => served?.close());

  it('stays hidden after a reload, and comes back at the next breach', async () => {
    const asOwner = { userId: owner.id, role: 'agent' as const, via: 'session' as const };
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    const past = { ...served.ctx, now: () => twoMinutesAgo };
    const silent = await buildCase(past, { ownerId: owner.id, severity: 'high', title: 'Vase in pieces' });
    await changeCaseStatus(past, asOwner, silent.id, { status: 'acknowledged' });
    await markCaseSeen(served.ctx, asOwner, silent.id);
    const timer = (await listCaseTimers(served.ctx.db, silent.id)).find((x) => x.kind === 'update_due');
    assert.ok(timer);
    assert.equal(await fireCaseTimer(served.ctx, timer.id), true);

    const page = await (
      await served.browser.newContext({ viewport: { width: 1366, height: 800 } })
    ).newPage();
    await signInThroughForm(page, served.url, owner);
    const nudge = page.locator(`[data-testid="update-nudge"][data-case-id="${silent.id}"]`);
    await nudge.waitFor(WAIT);
    await nudge.getByRole('button', { name: 'Later' }).click();
    await nudge.waitFor({ state: 'detached', ...WAIT });

    // Judge only once the reloaded console has the server's nudges and has drawn them.
    const nudgesAnswered = page.waitForResponse((response) =>
      response.url().includes('/cases/update-nudges'),
    );
    await page.reload();
    await nudgesAnswered;
    await page.getByTestId('inbox-row').first().waitFor(WAIT);
    await page.evaluate(
      () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
    );
    assert.equal(await nudge.count(), 0, 'Later holds across a reload');

    // The clock runs out again (a new breach, a new nudge time): the owner is told again.
    await setUpdateNudge(served.ctx.db, silent.id, new Date());
    await page.reload();
    await nudge.waitFor(WAIT);
  });
});
