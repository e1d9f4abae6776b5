import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { User } from '../../src/core/team/user.ts';
import { listSurveys } from '../../src/store/survey.store.ts';
import {
  type BrowserApp,
  newDesk,
  openFromHeader,
  serveAppWithBrowser,
  signInThroughForm,
  WAIT,
} from '../support/browser.ts';
import { buildRatingRequest, buildUser } from '../support/factories.ts';

describe('Editing surveys in the console', () => {
  let served: BrowserApp;
  let admin: User;
  let page: Page;

  before(async () => {
    served = await serveAppWithBrowser();
    admin = await buildUser(served.ctx, { role: 'admin', name: 'Ada Admin' });
    page = await newDesk(served.browser);
    await signInThroughForm(page, served.url, admin);
  });
  after(() => served?.close());

  it('creates a survey, renames an answer and recolours it, and customers see the new words', async () => {
    await openFromHeader(page, 'Surveys');
    const create = page.getByRole('form', { name: 'New survey' });
    await create.getByLabel('Name').fill('After repair');
    await create.getByLabel('Touchpoint type').fill('repair');
    await create.getByLabel('Question').fill('How did the repair go?');
    await create.getByRole('button', { name: 'Create survey' }).click();

    const form = page.getByRole('form', { name: 'Survey After repair' });
    await form.waitFor(WAIT);
    await form.getByLabel('Label for score 1').fill('Still broken');
    await form.getByLabel('Colour for score 1').fill('#aa0000');
    await form.getByRole('button', { name: 'Save survey' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor(WAIT);

    const [survey] = (await listSurveys(served.ctx.db)).filter((s) => s.name === 'After repair');
    assert.ok(survey);
    assert.deepEqual(
      survey.scale.find((p) => p.score === 1),
      { score: 1, label: 'Still broken', colour: '#aa0000', icon: '✕' },
    );
    // The customer's page for a link of this survey shows the new words.
    const { linkFor } = await buildRatingRequest(served.ctx, { survey });
    const customerPage = await (await fetch(`${served.url}${linkFor(1)}`)).text();
    assert.match(customerPage, /Still broken/);
  });

  it('shows the server’s sentence for a colour it cannot show, and keeps what was saved', async () => {
    const form = page.getByRole('form', { name: 'Survey After repair' });
    await form.getByLabel('Colour for score 2').fill('orange');
    await form.getByRole('button', { name: 'Save survey' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: "Score 2's colour must look like #2E8B57." })
      .waitFor(WAIT);
    const [stored] = (await listSurveys(served.ctx.db)).filter((s) => s.name === 'After repair');
    assert.equal(stored?.scale.find((p) => p.score === 2)?.colour, '#E08A1E');
    assert.equal(stored?.scale.find((p) => p.score === 1)?.label, 'Still broken');
  });
});
