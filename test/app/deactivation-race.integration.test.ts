import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { handOffCase } from '../../src/app/cases/hand-off-case.ts';
import { createUser } from '../../src/app/users/create-user.ts';
import { updateUser } from '../../src/app/users/update-user.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Enough tries that, without the locks, some case lands between the count of the leaver's open cases
 * and their deactivation (without them nearly every try broke the rule, measured).
 */
const TRIES = 40;

describe('deactivating a person while a case is given to them', () => {
  let t: TestApp;
  let admin: Actor;
  let owner: User;

  before(async () => {
    t = await startTestApp();
    const person = await buildUser(t.ctx, { role: 'admin' });
    admin = { userId: person.id, role: 'admin', via: 'session' };
    owner = await buildUser(t.ctx, { role: 'agent' });
  });
  after(() => t.close());

  /**
   * Races `give` (a case to the leaver) against the leaver's deactivation, TRIES times, each with a
   * new leaver; returns the tries that broke the rule, having checked that exactly one side won each.
   */
  async function race(kind: string, give: (leaverId: string) => Promise<unknown>): Promise<string[]> {
    const broken: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      // No password: hashing one takes longer than the race itself.
      const leaver = await createUser(t.ctx, undefined, {
        email: `${kind}-leaver-${i}@example.test`,
        name: `Lee Leaver ${i}`,
        role: 'agent',
      });
      const [given, deactivation] = await Promise.allSettled([
        give(leaver.id),
        updateUser(t.ctx, admin, leaver.id, { active: false }),
      ]);
      // Each side is either done or refused for the other's sake, never failed some other way.
      if (given.status === 'rejected')
        assert.match(String(given.reason), /deactivated/, String(given.reason));
      if (deactivation.status === 'rejected')
        assert.match(String(deactivation.reason), /still owns 1 open case/, String(deactivation.reason));
      assert.notEqual(given.status, deactivation.status, `try ${i}: exactly one side wins`);

      const owned = await t.ctx.db
        .selectFrom('cases')
        .innerJoin('users', 'users.id', 'cases.owner_id')
        .select(['cases.status', 'users.active'])
        .where('cases.owner_id', '=', leaver.id)
        .execute();
      if (owned.some((row) => !row.active && ['open', 'acknowledged'].includes(row.status)))
        broken.push(`try ${i}: ${leaver.name} owns an open case and is deactivated`);
    }
    return broken;
  }

  it('never leaves a deactivated person owning a case handed to them: one of the two is refused', async () => {
    const broken = await race('handoff', async (leaverId) => {
      const opened = await buildCase(t.ctx, { ownerId: owner.id });
      return handOffCase(t.ctx, admin, opened.id, {
        toUserId: leaverId,
        reason: 'Lee knows this customer well.',
      });
    });
    assert.deepEqual(broken, []);
  });

  it('never leaves a deactivated person owning a case opened for them: one of the two is refused', async () => {
    const customer = await buildCustomer(t.ctx);
    const broken = await race('open', (leaverId) =>
      buildCase(t.ctx, { customerId: customer.id, ownerId: leaverId }),
    );
    assert.deepEqual(broken, []);
  });
});
