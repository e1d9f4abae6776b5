import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildCustomer, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { countRowsOfEveryTable } from '../support/row-counts.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Need = { id: string; label: string; partnerName: string | null; partnerContact: string | null };
type IssueType = { id: string; name: string; archived: boolean; needs: Need[] };
type CaseNeeds = {
  issueType: { id: string; name: string } | null;
  needs: { need: Need; answer: { answer: string; taskId: string | null; note: string | null } | null }[];
};

/** The field a refusal names (problem+json lists each field with its message). */
const fieldOf = (response: { json(): unknown }) =>
  (response.json() as { errors?: { field: string }[] }).errors?.map((e) => e.field).join(',');

const FLOODED = {
  name: 'Flooded basement',
  needs: [
    { label: 'Water damage restoration', partnerName: 'DryFast', partnerContact: '+1 555 0100' },
    { label: 'An insurance letter' },
    { label: 'Temporary heating', partnerName: 'HeatHire' },
  ],
};

describe('knock-on needs over HTTP: issue types, checklists, answers on a case', () => {
  let t: TestApp;
  let owner: User;
  let asAdmin: Client;
  let asOwner: Client;
  let asAgent: Client;
  let flooded: IssueType;

  before(async () => {
    t = await startTestApp();
    const admin = await buildUser(t.ctx, { role: 'admin', name: 'Ada Admin' });
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park' });
    const agent = await buildUser(t.ctx, { role: 'agent', name: 'Agnes Other' });
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
    asOwner = await signIn(t.app, owner.email, TEST_PASSWORD);
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
    const created = await asAdmin.request('POST', '/api/v1/settings/issue-types', FLOODED, {
      'idempotency-key': randomUUID(),
    });
    assert.equal(created.statusCode, 201, created.body);
    flooded = created.json();
  });
  after(() => t.close());

  const issueTypes = async (): Promise<IssueType[]> =>
    (await asAgent.request('GET', '/api/v1/issue-types')).json().issueTypes;
  const needsOf = async (caseId: string): Promise<CaseNeeds> =>
    (await asOwner.request('GET', `/api/v1/cases/${caseId}/knock-on-needs`)).json();
  const needId = (label: string) => flooded.needs.find((n) => n.label === label)?.id ?? '';
  const answer = (client: Client, caseId: string, id: string, body: object) =>
    client.request('POST', `/api/v1/cases/${caseId}/knock-on-needs/${id}`, body);
  const eventsOf = async (caseId: string) =>
    (await asOwner.request('GET', `/api/v1/cases/${caseId}/events`)).json().events as {
      kind: string;
      body: string | null;
      data: Record<string, unknown>;
    }[];
  const tasksOf = (caseId: string) =>
    t.ctx.db.selectFrom('case_tasks').selectAll().where('case_id', '=', caseId).execute();

  it('lets an admin add an issue type with its checklist in order, partners trimmed and blanks dropped', async () => {
    assert.equal(flooded.name, 'Flooded basement');
    assert.deepEqual(
      flooded.needs.map((n) => [n.label, n.partnerName, n.partnerContact]),
      [
        ['Water damage restoration', 'DryFast', '+1 555 0100'],
        ['An insurance letter', null, null],
        ['Temporary heating', 'HeatHire', null],
      ],
    );
    const listed = (await issueTypes()).find((type) => type.id === flooded.id);
    assert.deepEqual(listed, flooded, 'everyone reads the list the case picker offers');
  });

  it('saves a whole checklist at once: reorders, edits, adds and removes', async () => {
    const created = await asAdmin.request('POST', '/api/v1/settings/issue-types', {
      name: 'Burst pipe',
      needs: [{ label: 'Plumber' }, { label: 'Dryer rental', partnerName: ' ' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const type: IssueType = created.json();
    assert.equal(type.needs[1]?.partnerName, null, 'a blank partner is no partner');
    const [plumber, dryer] = type.needs;
    const saved = await asAdmin.request('PUT', `/api/v1/settings/issue-types/${type.id}`, {
      name: 'Burst pipe ',
      needs: [
        { id: dryer?.id, label: 'Dryer rental', partnerName: 'DryFast' },
        { label: 'Hotel night', partnerName: 'InnCo', partnerContact: 'desk@inn.example' },
      ],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const after: IssueType = saved.json();
    assert.deepEqual(
      after.needs.map((n) => [n.label, n.partnerName]),
      [
        ['Dryer rental', 'DryFast'],
        ['Hotel night', 'InnCo'],
      ],
    );
    assert.equal(after.needs[0]?.id, dryer?.id, 'a kept need keeps its id');
    assert.ok(!after.needs.some((n) => n.id === plumber?.id), 'a need left out is off the checklist');
    const archived = await asAdmin.request('PUT', `/api/v1/settings/issue-types/${type.id}`, {
      name: 'Burst pipe',
      archived: true,
      needs: [],
    });
    assert.equal(archived.statusCode, 200, archived.body);
    assert.equal(archived.json().archived, true);
  });

  it('refuses bad checklists with a 400 naming the field, and changes nothing', async () => {
    const bad: [object, string][] = [
      [{ name: '  ', needs: [] }, 'name'],
      [{ name: 'Fine', needs: [{ label: 'A' }, { label: '' }] }, 'needs.1.label'],
      [{ name: 'Fine', needs: [{ label: 'A' }, { label: 'a' }] }, 'needs.1.label'],
      [{ name: 'Fine', needs: [{ label: 'A', partnerContact: '555' }] }, 'needs.0.partnerName'],
      [{ name: 'Fine', needs: [{ id: randomUUID(), label: 'A' }] }, 'needs.0.id'],
      [{ name: 'Fine', needs: Array.from({ length: 21 }, (_, i) => ({ label: `Need ${i}` })) }, 'needs'],
    ];
    const rowsBefore = await countRowsOfEveryTable(t.ctx.db);
    const typesBefore = await issueTypes();
    for (const [body, field] of bad) {
      // An update that renames first and fails on a later item must leave the name as it was.
      const update = await asAdmin.request('PUT', `/api/v1/settings/issue-types/${flooded.id}`, {
        ...body,
        name: (body as { name: string }).name === 'Fine' ? 'Renamed' : (body as { name: string }).name,
      });
      assert.equal(update.statusCode, 400, `${JSON.stringify(body)}: ${update.body}`);
      assert.equal(fieldOf(update), field, update.body);
      const create = await asAdmin.request('POST', '/api/v1/settings/issue-types', body);
      assert.equal(create.statusCode, 400, create.body);
    }
    const taken = await asAdmin.request('POST', '/api/v1/settings/issue-types', {
      name: 'flooded BASEMENT',
      needs: [],
    });
    assert.equal(taken.statusCode, 409, taken.body);
    assert.equal(fieldOf(taken), 'name');
    const missing = await asAdmin.request('PUT', `/api/v1/settings/issue-types/${randomUUID()}`, {
      name: 'Nobody',
      needs: [],
    });
    assert.equal(missing.statusCode, 404, missing.body);
    assert.deepEqual(await issueTypes(), typesBefore, 'every issue type and checklist as it was');
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), rowsBefore, 'no row written anywhere');
  });

  it('forbids anyone but an admin to change issue types', async () => {
    const before = await issueTypes();
    const create = await asAgent.request('POST', '/api/v1/settings/issue-types', { name: 'Mine', needs: [] });
    assert.equal(create.statusCode, 403, create.body);
    const update = await asOwner.request('PUT', `/api/v1/settings/issue-types/${flooded.id}`, {
      name: 'Mine',
      needs: [],
    });
    assert.equal(update.statusCode, 403, update.body);
    assert.deepEqual(await issueTypes(), before);
  });

  it('sets the issue type when a case is opened, on the timeline', async () => {
    const customer = await buildCustomer(t.ctx);
    const opened = await asOwner.request(
      'POST',
      '/api/v1/cases',
      {
        customerId: customer.id,
        title: 'Basement flooded after the pump failed',
        story: 'The sump pump you installed stopped and the basement is under water.',
        ownerId: owner.id,
        issueTypeId: flooded.id,
      },
      { 'idempotency-key': randomUUID() },
    );
    assert.equal(opened.statusCode, 201, opened.body);
    const caseId = opened.json().case.id as string;
    const needs = await needsOf(caseId);
    assert.equal(needs.issueType?.name, 'Flooded basement');
    assert.deepEqual(
      needs.needs.map((n) => [n.need.label, n.answer]),
      FLOODED.needs.map((n) => [n.label, null]),
    );
    const set = (await eventsOf(caseId)).filter((e) => e.kind === 'issue_type_set');
    assert.equal(set.length, 1);
    assert.equal(set[0]?.data.name, 'Flooded basement');

    const unknown = await asOwner.request(
      'POST',
      '/api/v1/cases',
      { customerId: customer.id, title: 'x', story: 'y', issueTypeId: randomUUID() },
      { 'idempotency-key': randomUUID() },
    );
    assert.equal(unknown.statusCode, 404, unknown.body);
    assert.equal(fieldOf(unknown), 'issueTypeId');
  });

  it('sets and clears the issue type from the case page, once per change', async () => {
    const c = await buildCase(t.ctx, { ownerId: owner.id });
    const set = await asOwner.request('PUT', `/api/v1/cases/${c.id}/issue-type`, { issueTypeId: flooded.id });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json().needs.length, 3);
    const again = await asOwner.request('PUT', `/api/v1/cases/${c.id}/issue-type`, {
      issueTypeId: flooded.id,
    });
    assert.equal(again.statusCode, 200, again.body);
    const cleared = await asOwner.request('PUT', `/api/v1/cases/${c.id}/issue-type`, { issueTypeId: null });
    assert.equal(cleared.json().issueType, null);
    assert.deepEqual(
      (await eventsOf(c.id)).filter((e) => e.kind === 'issue_type_set').map((e) => e.data.name ?? null),
      ['Flooded basement', null],
      'the same type twice is one event',
    );
    const burst = (await issueTypes()).find((type) => type.name === 'Burst pipe');
    const archived = await asOwner.request('PUT', `/api/v1/cases/${c.id}/issue-type`, {
      issueTypeId: burst?.id,
    });
    assert.equal(archived.statusCode, 400, archived.body);
    assert.equal(fieldOf(archived), 'issueTypeId');
  });

  it('turns a needed need with a partner into a referral task for the owner, on the timeline', async () => {
    const c = await buildCase(t.ctx, { ownerId: owner.id, issueTypeId: flooded.id });
    const res = await answer(asAgent, c.id, needId('Water damage restoration'), {
      answer: 'needed',
      note: 'Ground floor only; the key is with the neighbour.',
    });
    assert.equal(res.statusCode, 200, res.body);
    const tasks = await tasksOf(c.id);
    assert.equal(tasks.length, 1);
    const task = tasks[0];
    assert.equal(task?.kind, 'referral');
    assert.equal(task?.what, 'Water damage restoration');
    assert.equal(task?.partner_name, 'DryFast');
    assert.equal(task?.partner_contact, '+1 555 0100');
    assert.equal(task?.assignee_user_id, owner.id, 'the owner sees it through');
    assert.notEqual(task?.created_by, owner.id, 'whoever asked is the author');
    const answered = (res.json() as CaseNeeds).needs.find((n) => n.need.label === 'Water damage restoration');
    assert.equal(answered?.answer?.taskId, task?.id);
    const listed = await asOwner.request('GET', `/api/v1/cases/${c.id}/tasks`);
    assert.ok(
      (listed.json().tasks as { id: string; kind: string }[]).some(
        (x) => x.id === task?.id && x.kind === 'referral',
      ),
      'the task is in the case’s task list',
    );
    const referred = (await eventsOf(c.id)).filter((e) => e.kind === 'need_referred');
    assert.equal(referred.length, 1);
    assert.equal(referred[0]?.data.partnerName, 'DryFast');
    assert.equal(referred[0]?.data.taskId, task?.id);
  });

  it('records a needed need without a partner as the owner’s note, and asks for the words', async () => {
    const c = await buildCase(t.ctx, { ownerId: owner.id, issueTypeId: flooded.id });
    const id = needId('An insurance letter');
    const before = await countRowsOfEveryTable(t.ctx.db);
    const wordless = await answer(asOwner, c.id, id, { answer: 'needed' });
    assert.equal(wordless.statusCode, 400, wordless.body);
    assert.equal(fieldOf(wordless), 'note');
    const strange = await answer(asOwner, c.id, id, { answer: 'maybe' });
    assert.equal(strange.statusCode, 400, strange.body);
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before, 'a refused answer writes nothing');

    const noted = await answer(asOwner, c.id, id, {
      answer: 'needed',
      note: 'I will write the letter today.',
    });
    assert.equal(noted.statusCode, 200, noted.body);
    assert.deepEqual(await tasksOf(c.id), [], 'no partner, no task');
    const notes = (await eventsOf(c.id)).filter((e) => e.kind === 'need_noted');
    assert.deepEqual(
      notes.map((e) => [e.body, e.data.label]),
      [['I will write the letter today.', 'An insurance letter']],
    );

    const notNeeded = await answer(asOwner, c.id, needId('Temporary heating'), { answer: 'not_needed' });
    assert.equal(notNeeded.statusCode, 200, notNeeded.body);
    assert.deepEqual(await tasksOf(c.id), []);
    // "Not needed" may become "needed" after all: nothing was set in motion by it.
    const afterAll = await answer(asOwner, c.id, needId('Temporary heating'), {
      answer: 'needed',
      note: 'She called back: the furnace is out after all.',
    });
    assert.equal(afterAll.statusCode, 200, afterAll.body);
    const heating = (await needsOf(c.id)).needs.find((n) => n.need.label === 'Temporary heating');
    assert.equal(heating?.answer?.answer, 'needed');
    assert.deepEqual(
      (await tasksOf(c.id)).map((task) => [task.kind, task.what, task.partner_name]),
      [['referral', 'Temporary heating', 'HeatHire']],
    );
    assert.deepEqual(
      (await eventsOf(c.id)).filter((e) => e.data.label === 'Temporary heating').map((e) => e.kind),
      ['need_not_needed', 'need_referred'],
      'the timeline keeps both answers',
    );
    // The other way is refused: the partner may already be on it.
    const rowsBefore = await countRowsOfEveryTable(t.ctx.db);
    const back = await answer(asOwner, c.id, needId('Temporary heating'), { answer: 'not_needed' });
    assert.equal(back.statusCode, 409, back.body);
    const letter = await answer(asOwner, c.id, id, { answer: 'not_needed' });
    assert.equal(letter.statusCode, 409, letter.body);
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), rowsBefore);
  });

  it('refuses a need that is not on the case’s checklist', async () => {
    const c = await buildCase(t.ctx, { ownerId: owner.id });
    const res = await answer(asOwner, c.id, needId('Water damage restoration'), { answer: 'not_needed' });
    assert.equal(res.statusCode, 404, res.body);
    const none = await answer(asOwner, randomUUID(), needId('Water damage restoration'), {
      answer: 'not_needed',
    });
    assert.equal(none.statusCode, 404, none.body);
  });

  it('makes one answer, one referral task and one event of 20 concurrent clicks', async () => {
    const c = await buildCase(t.ctx, { ownerId: owner.id, issueTypeId: flooded.id });
    const id = needId('Water damage restoration');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => answer(asOwner, c.id, id, { answer: 'needed' })),
    );
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      responses.map(() => 200),
      responses.map((r) => r.body).join('\n'),
    );
    assert.equal((await tasksOf(c.id)).length, 1);
    assert.equal((await eventsOf(c.id)).filter((e) => e.kind === 'need_referred').length, 1);
    const answers = await t.ctx.db
      .selectFrom('case_need_answers')
      .selectAll()
      .where('case_id', '=', c.id)
      .execute();
    assert.equal(answers.length, 1);
    const taskIds = new Set(responses.map((r) => (r.json() as CaseNeeds).needs[0]?.answer?.taskId));
    assert.equal(taskIds.size, 1, 'every click is told of the same task');
  });

  it('keeps an answer on the case after the need leaves the checklist', async () => {
    const created = await asAdmin.request('POST', '/api/v1/settings/issue-types', {
      name: 'Power cut',
      needs: [{ label: 'Generator', partnerName: 'GenCo' }, { label: 'Food voucher' }],
    });
    const type: IssueType = created.json();
    const c = await buildCase(t.ctx, { ownerId: owner.id, issueTypeId: type.id });
    const generator = type.needs[0]?.id ?? '';
    assert.equal((await answer(asOwner, c.id, generator, { answer: 'needed' })).statusCode, 200);
    const saved = await asAdmin.request('PUT', `/api/v1/settings/issue-types/${type.id}`, {
      name: 'Power cut',
      needs: [{ id: type.needs[1]?.id, label: 'Food voucher' }],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const needs = await needsOf(c.id);
    assert.deepEqual(
      needs.needs.map((n) => [n.need.label, n.answer?.answer ?? null]),
      [
        ['Food voucher', null],
        ['Generator', 'needed'],
      ],
    );
  });
});
