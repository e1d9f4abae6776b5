import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { findCaseById } from '../../src/store/case.store.ts';
import {
  type BrowserApp,
  markWindow,
  newDesk,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
  wasReloaded,
} from '../support/browser.ts';
import { buildCase, buildUser } from '../support/factories.ts';

describe('Help without hand-offs in the console', () => {
  let served: BrowserApp;
  let owner: User;
  let helper: User;

  before(async () => {
    served = await serveAppWithBrowser();
    owner = await buildUser(served.ctx, { role: 'agent', name: 'Olive Owner' });
    helper = await buildUser(served.ctx, { role: 'agent', name: 'Hugo Helper' });
  });

  after(() => served?.close());

  it('the owner asks a colleague, who sees it live on Tasks, comments and completes it; the owner sees it live and stays the owner', async () => {
    const title = 'Sofa delivered with a torn cover';
    const opened = await buildCase(served.ctx, { ownerId: owner.id, title });
    const what = 'Check the warehouse has a grey cover and send it with tomorrow’s van';

    // The colleague watches their Tasks page; the marker proves it never reloads.
    const helperPage = await newDesk(served.browser);
    await signInThroughForm(helperPage, served.url, helper);
    await helperPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tasks' }).click();
    await helperPage.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor(WAIT);
    await helperPage.getByText('Nothing is asked of you right now.').waitFor(WAIT);
    await markWindow(helperPage);

    // The owner asks for help from the case page.
    const ownerPage = await newDesk(served.browser);
    await signInThroughForm(ownerPage, served.url, owner, `/cases/${opened.id}`);
    await ownerPage.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
    await markWindow(ownerPage);
    await ownerPage.getByRole('button', { name: 'Ask for help…' }).click();
    const form = ownerPage.getByRole('form', { name: 'Ask for help' });
    // Asking with nothing filled in says what is missing, beside the field.
    await form.getByRole('button', { name: 'Ask for help' }).click();
    await form.getByText('Choose whom to ask: a colleague or a team.').waitFor(WAIT);
    await form.getByLabel('What do you need?').fill(what);
    await form.getByLabel('Ask', { exact: true }).selectOption({ label: helper.name });
    const due = new Date(Date.now() + 26 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await form
      .getByLabel('Needed by (optional)')
      .fill(
        `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}T${pad(due.getHours())}:00`,
      );
    await form.getByRole('button', { name: 'Ask for help' }).click();
    const ownerTask = ownerPage.getByTestId('case-task').filter({ hasText: what });
    await ownerTask.waitFor(WAIT);
    await ownerTask
      .getByTestId('task-asked-of')
      .filter({ hasText: `For ${helper.name}` })
      .waitFor(WAIT);
    await ownerPage
      .locator('[data-testid="timeline-event"][data-kind="task_created"]')
      .filter({ hasText: `asked ${helper.name} for help` })
      .waitFor(WAIT);

    // The colleague is alerted and the task appears on their Tasks page, live, with its due countdown.
    await helperPage.locator('[data-testid="task-alert"][data-state="asked"]').waitFor(WAIT);
    const myTask = helperPage.getByTestId('my-task').filter({ hasText: what });
    await myTask.waitFor(WAIT);
    await myTask.getByRole('link', { name: `Case #${opened.number}: ${title}` }).waitFor(WAIT);
    await myTask
      .locator('[data-testid="task-due"][data-state="running"]')
      .filter({ hasText: /due in/ })
      .waitFor(WAIT);
    await myTask.getByText(`Owner: ${owner.name}`).waitFor(WAIT);

    // They comment; the owner reads it on the case, live.
    await myTask.getByLabel('Comment (only colleagues see it)').fill('One grey cover left; it goes at 8am.');
    await myTask.getByRole('button', { name: 'Add comment' }).click();
    await myTask.getByTestId('task-comment').filter({ hasText: 'One grey cover left' }).waitFor(WAIT);
    await ownerTask.getByTestId('task-comment').filter({ hasText: 'One grey cover left' }).waitFor(WAIT);
    await ownerPage.locator('[data-testid="task-alert"][data-state="commented"]').waitFor(WAIT);

    // They complete it; it leaves their list, and the owner sees it done, live, with the outcome.
    await myTask.getByLabel('What was done? (completes the task)').fill('Cover packed on the 8am van.');
    await myTask.getByRole('button', { name: 'Complete the task' }).click();
    await helperPage.getByText('Nothing is asked of you right now.').waitFor(WAIT);
    await ownerPage
      .locator('[data-testid="case-task"][data-status="done"]')
      .filter({ hasText: what })
      .waitFor(WAIT);
    await ownerTask
      .getByTestId('task-outcome')
      .filter({ hasText: 'Cover packed on the 8am van.' })
      .waitFor(WAIT);
    await ownerPage.locator('[data-testid="task-alert"][data-state="done"]').waitFor(WAIT);
    await ownerPage
      .locator('[data-testid="timeline-event"][data-kind="task_done"]')
      .filter({ hasText: `${helper.name} completed a task` })
      .waitFor(WAIT);

    // Nobody reloaded, and the case never changed hands.
    assert.equal(await wasReloaded(helperPage), false);
    assert.equal(await wasReloaded(ownerPage), false);
    await ownerPage.getByTestId('case-owner').filter({ hasText: owner.name }).waitFor(WAIT);
    assert.equal((await findCaseById(served.ctx.db, opened.id))?.ownerId, owner.id);
  });
});
