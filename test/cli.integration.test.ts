import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { DEMO_STAFF } from '../src/cli/demo/demo-people.ts';
import { signIn, startTestApp } from './support/test-app.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const root = path.resolve(import.meta.dirname, '..');

type Run = { code: number | null; stdout: string; stderr: string };

/** `npm run amends -- …` as a person would run it, against the given database only. */
function amends(database: TestDatabase | undefined, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['src/cli/amends.ts', ...args], {
    cwd: root,
    // Nothing of the test process's environment leaks in: no data folder, no admin settings.
    env: database ? { DATABASE_URL: database.connectionString } : {},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function printed(run: Run, pattern: RegExp): string {
  const match = pattern.exec(run.stdout);
  assert.ok(match?.[1], `expected ${pattern} in:\n${run.stdout}\n${run.stderr}`);
  return match[1];
}

const TABLES = [
  'users',
  'teams',
  'team_members',
  'customers',
  'cases',
  'case_events',
  'audit_log',
  'sessions',
  'surveys',
  'rating_requests',
  'rating_answers',
  'rating_comments',
  'blasts',
  'outbound_emails',
] as const;

async function countRows(database: TestDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
      database.db,
    );
    counts[table] = rows[0]?.n ?? -1;
  }
  return counts;
}

describe('npm run amends -- create-user and reset-password', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.drop());

  it('creates a person who can sign in with the password it generated and printed', async () => {
    const run = await amends(
      database,
      'create-user',
      '--email',
      'Maya.Okafor@example.test',
      '--name',
      'Maya Okafor',
      '--role',
      'agent',
      '--team',
      'Returns',
    );
    assert.equal(run.code, 0, run.stderr);
    const password = printed(run, /^Password: (\S+)$/m);
    assert.match(
      run.stdout,
      /Created Maya Okafor <maya\.okafor@example\.test>, agent in Returns \(new team\)/,
    );

    const t = await startTestApp({ database });
    try {
      const client = await signIn(t.app, 'maya.okafor@example.test', password);
      const me = await client.request('GET', '/api/v1/me');
      assert.equal(me.json().user.role, 'agent');
      const team = await database.db
        .selectFrom('teams')
        .innerJoin('team_members', 'team_members.team_id', 'teams.id')
        .select('teams.name')
        .where('team_members.user_id', '=', me.json().user.id)
        .execute();
      assert.deepEqual(
        team.map((row) => row.name),
        ['Returns'],
      );
    } finally {
      await t.close();
    }
  });

  it('creates the first admin too when the first person it adds is not an admin, as npm start would', async () => {
    const fresh = await createTestDatabase();
    try {
      const run = await amends(
        fresh,
        'create-user',
        '--email',
        'first@example.test',
        '--name',
        'First Agent',
        '--role',
        'agent',
      );
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^First admin created: admin@amends\.local, password: \S+$/m);
      const people = await fresh.db.selectFrom('users').select(['email', 'role']).orderBy('email').execute();
      assert.deepEqual(people, [
        { email: 'admin@amends.local', role: 'admin' },
        { email: 'first@example.test', role: 'agent' },
      ]);
    } finally {
      await fresh.drop();
    }
  });

  it('refuses a taken email with exit 1 and a hint, and changes nothing', async () => {
    const first = await amends(
      database,
      'create-user',
      '--email',
      'Rita.Reyes@example.test',
      '--name',
      'Rita Reyes',
      '--role',
      'agent',
      '--password',
      'a password long enough',
    );
    assert.equal(first.code, 0, first.stderr);
    const before = await countRows(database);
    const run = await amends(
      database,
      'create-user',
      '--email',
      'rita.reyes@example.test',
      '--name',
      'Rita Again',
      '--role',
      'agent',
      '--team',
      'Another team',
    );
    assert.equal(run.code, 1);
    assert.match(run.stderr, /already uses rita\.reyes@example\.test/);
    assert.match(run.stderr, /reset-password/);
    assert.deepEqual(await countRows(database), before);
  });

  it('exits 2 with the usage on a bad role, and creates nobody and no team', async () => {
    const before = await countRows(database);
    const run = await amends(
      database,
      'create-user',
      '--email',
      'jo@example.test',
      '--name',
      'Jo',
      '--role',
      'boss',
      '--team',
      'Nowhere',
    );
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--role must be one of agent, supervisor, admin/);
    assert.match(run.stderr, /Usage: npm run amends -- create-user --email E/);
    assert.deepEqual(await countRows(database), before);
  });

  it('exits 2 on a missing flag, an unknown flag and a short password', async () => {
    const missing = await amends(database, 'create-user', '--email', 'jo@example.test', '--role', 'agent');
    const unknown = await amends(database, 'create-user', '--email', 'jo@example.test', '--nmae', 'Jo');
    const short = await amends(database, 'reset-password', 'jo@example.test', '--password', 'short');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Missing --name/);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--nmae/);
    assert.equal(short.code, 2);
    assert.match(short.stderr, /at least 12 characters/);
  });

  it('resets a password: the new one works, the old one does not, and open sessions end', async () => {
    const oldPassword = 'the old password, long enough';
    const created = await amends(
      database,
      'create-user',
      '--email',
      'sam@example.test',
      '--name',
      'Sam Ortiz',
      '--role',
      'supervisor',
      '--password',
      oldPassword,
    );
    assert.equal(created.code, 0, created.stderr);
    assert.doesNotMatch(created.stdout, /Password:/);

    const t = await startTestApp({ database });
    try {
      const before = await signIn(t.app, 'sam@example.test', oldPassword);
      const run = await amends(database, 'reset-password', 'SAM@example.test');
      assert.equal(run.code, 0, run.stderr);
      const newPassword = printed(run, /^Password: (\S+)$/m);
      assert.match(run.stdout, /sessions are ended/);

      assert.equal((await before.request('GET', '/api/v1/me')).statusCode, 401);
      await assert.rejects(signIn(t.app, 'sam@example.test', oldPassword), /401/);
      await signIn(t.app, 'sam@example.test', newPassword);
      const audit = await database.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'user.password_reset')
        .execute();
      assert.equal(audit.length, 1);
    } finally {
      await t.close();
    }
  });

  it('says who to check when reset-password is given an unknown email, and exits 1', async () => {
    const run = await amends(database, 'reset-password', 'nobody@example.test');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Nobody has the email nobody@example\.test/);
  });
});

describe('npm run amends -- demo', () => {
  let database: TestDatabase;
  let firstRun: Run;
  // The demo plays a month of feedback through the use cases: seconds on an idle machine, but well
  // over the default two minutes on a busy shared one (measured: 12 s of CPU, 46 s wall at load 22).
  before(
    async () => {
      database = await createTestDatabase();
      firstRun = await amends(database, 'demo');
    },
    { timeout: 600_000 },
  );
  after(() => database.drop());

  it('loads a dozen stories, and every case has exactly one owner who is the one its timeline names', async () => {
    assert.equal(firstRun.code, 0, firstRun.stderr);
    const cases = await database.db
      .selectFrom('cases')
      .innerJoin('users', 'users.id', 'cases.owner_id')
      .select(['cases.id', 'cases.owner_id', 'cases.touchpoint_ref', 'users.active'])
      .execute();
    // The stories are about no one touchpoint; the rest were opened by the month of feedback.
    const stories = cases.filter((c) => c.touchpoint_ref === null);
    assert.ok(stories.length >= 10 && stories.length <= 14, `${stories.length} cases`);
    for (const c of cases) {
      assert.equal(c.active, true);
      const events = await database.db
        .selectFrom('case_events')
        .select(['kind', 'data'])
        .where('case_id', '=', c.id)
        .where('kind', 'in', ['assigned', 'handed_off'])
        .orderBy('id')
        .execute();
      const last = events.at(-1);
      assert.ok(last, 'every case has an assignment on its timeline');
      const data = last.data as { ownerId?: string; toUserId?: string };
      assert.equal(last.kind === 'assigned' ? data.ownerId : data.toUserId, c.owner_id);
    }
  });

  it('covers every status, a hand-off with its reason, a reopened case and several notes', async () => {
    const cases = await database.db
      .selectFrom('cases')
      .select(['status', 'handoff_count', 'reopen_count', 'severity', 'channel'])
      .execute();
    assert.deepEqual([...new Set(cases.map((c) => c.status))].sort(), [
      'acknowledged',
      'closed',
      'open',
      'resolved',
    ]);
    assert.ok(cases.some((c) => c.handoff_count > 0));
    assert.ok(cases.some((c) => c.reopen_count > 0));
    assert.ok(new Set(cases.map((c) => c.severity)).size >= 3);
    assert.ok(new Set(cases.map((c) => c.channel)).size >= 4);

    const handoffs = await database.db
      .selectFrom('case_events')
      .select('body')
      .where('kind', '=', 'handed_off')
      .execute();
    assert.ok(handoffs.length >= 1 && handoffs.every((h) => (h.body ?? '').length > 20));
    const notes = await database.db
      .selectFrom('case_events')
      .select('case_id')
      .where('kind', '=', 'note')
      .execute();
    assert.ok(new Set(notes.map((n) => n.case_id)).size >= 3);
    const audited = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['case.opened', 'case.handed_off', 'case.reopened'])
      .execute();
    assert.equal(audited.filter((a) => a.action === 'case.opened').length, cases.length);
  });

  it('keeps a Flooded basement checklist, and a case whose owner referred one need and noted another', async () => {
    const type = await database.db
      .selectFrom('issue_types')
      .select('id')
      .where('name', '=', 'Flooded basement')
      .executeTakeFirstOrThrow();
    const needs = await database.db
      .selectFrom('knock_on_needs')
      .select('label')
      .where('issue_type_id', '=', type.id)
      .orderBy('position')
      .execute();
    assert.deepEqual(
      needs.map((n) => n.label),
      ['Water damage restoration', 'An insurance letter', 'Temporary heating'],
    );
    const flooded = await database.db
      .selectFrom('cases')
      .select('id')
      .where('issue_type_id', '=', type.id)
      .executeTakeFirstOrThrow();
    const tasks = await database.db
      .selectFrom('case_tasks')
      .select(['kind', 'partner_name'])
      .where('case_id', '=', flooded.id)
      .execute();
    assert.deepEqual(tasks, [{ kind: 'referral', partner_name: 'DryFast Restoration' }]);
    const answered = await database.db
      .selectFrom('case_events')
      .select('kind')
      .where('case_id', '=', flooded.id)
      .where('kind', 'in', ['need_referred', 'need_noted'])
      .execute();
    assert.equal(answered.length, 2);
  });

  it('plays a conversation: the owner writes to a customer, who answers on their status page', async () => {
    const messages = await database.db
      .selectFrom('case_events')
      .select(['case_id', 'kind', 'body', 'data'])
      .where('kind', 'in', ['message_out', 'message_in'])
      .orderBy('id')
      .execute();
    const [talk] = [...new Set(messages.map((m) => m.case_id))];
    assert.ok(talk, 'some case has messages');
    const onIt = messages.filter((m) => m.case_id === talk).map((m) => m.kind);
    // As played; an update the owner sent after it, to keep its clock (demo/catch-up.ts), may follow.
    assert.deepEqual(onIt.slice(0, 3), ['message_out', 'message_in', 'message_out']);
    assert.ok(onIt.slice(3).every((kind) => kind === 'message_out'));
    const answer = messages.find((m) => m.kind === 'message_in');
    assert.equal((answer?.data as { channel?: string } | undefined)?.channel, 'status_page');
    // The owner's name filled the signature; the mail waits in the outbox, about that case.
    assert.doesNotMatch(messages[0]?.body ?? '', /\{\{/);
    const mails = await database.db
      .selectFrom('outbound_emails')
      .select('case_id')
      .where('kind', '=', 'case-message')
      .execute();
    assert.equal(
      mails.filter((m) => m.case_id === talk).length,
      onIt.filter((kind) => kind === 'message_out').length,
    );
  });

  it('gives forty customers plan and lifetime value, and marks them with a demo- external id', async () => {
    const customers = await database.db.selectFrom('customers').selectAll().execute();
    assert.equal(customers.length, 40);
    for (const customer of customers) {
      assert.match(customer.external_id ?? '', /^demo-/);
      assert.ok(customer.emails.length > 0 && customer.phones.length > 0);
      const attributes = customer.attributes as { plan?: string; lifetimeValue?: number };
      assert.equal(typeof attributes.plan, 'string');
      assert.equal(typeof attributes.lifetimeValue, 'number');
    }
  });

  it('loads a living month: ratings of every colour on most days, comments under the answers they followed, a blast with answers', async () => {
    const now = Date.now();
    const answers = await database.db
      .selectFrom('rating_answers')
      .select(['id', 'score', 'at', 'request_id'])
      .execute();
    assert.ok(answers.length >= 120, `${answers.length} answers`);
    assert.deepEqual([...new Set(answers.map((a) => a.score))].sort(), [1, 2, 3, 4]);
    const days = new Set(answers.map((a) => a.at.toISOString().slice(0, 10)));
    assert.ok(days.size >= 25, `answers on ${days.size} days`);
    assert.ok(answers.every((a) => a.at.getTime() <= now && a.at.getTime() > now - 32 * 86_400_000));
    const happy = answers.filter((a) => a.score >= 3).length / answers.length;
    assert.ok(happy > 0.6 && happy < 0.9, `happy share ${happy}: most customers are content`);

    const comments = await database.db
      .selectFrom('rating_comments')
      .select(['answer_id', 'request_id'])
      .execute();
    assert.ok(comments.length >= 40, `${comments.length} comments`);
    const answerOf = new Map(answers.map((a) => [a.id, a.request_id]));
    for (const comment of comments)
      assert.equal(
        answerOf.get(comment.answer_id ?? -1),
        comment.request_id,
        'each comment follows an answer of its request',
      );

    const blasts = await database.db.selectFrom('blasts').select(['id', 'queued']).execute();
    assert.equal(blasts.length, 1);
    assert.ok((blasts[0]?.queued ?? 0) >= 20);
    const blastAnswers = await database.db
      .selectFrom('rating_answers as a')
      .innerJoin('outbound_emails as e', 'e.rating_request_id', 'a.request_id')
      .where('e.blast_id', '=', blasts[0]?.id ?? '')
      .select((eb) => eb.fn.count<string>('a.id').as('n'))
      .executeTakeFirstOrThrow();
    assert.ok(Number(blastAnswers.n) >= 8, `${blastAnswers.n} answers to the blast`);
  });

  it('opens cases from that feedback through the recovery check, with owners at work and a change of mind to suggest on', async () => {
    const fromFeedback = await database.db
      .selectFrom('cases')
      .select(['id', 'status', 'story', 'owner_seen_at'])
      .where('channel', '=', 'rating')
      .where('touchpoint_ref', 'is not', null)
      .execute();
    assert.ok(fromFeedback.length >= 15, `${fromFeedback.length} cases from feedback`);
    const statuses = new Set(fromFeedback.map((c) => c.status));
    for (const status of ['open', 'acknowledged', 'resolved', 'closed'])
      assert.ok(statuses.has(status as 'open'), `a feedback case is ${status}`);
    const linked = await database.db
      .selectFrom('rating_requests')
      .select('case_id')
      .where('case_id', 'is not', null)
      .execute();
    for (const c of fromFeedback)
      assert.ok(
        linked.some((r) => r.case_id === c.id),
        'each came from a rating request',
      );
    assert.ok(
      fromFeedback.some((c) => c.status === 'open' && c.owner_seen_at === null),
      'a new case waits for its owner (their alert is up)',
    );

    const told = async (type: string, kind = 'feedback') =>
      database.db
        .selectFrom('case_events as e')
        .innerJoin('cases as c', 'c.id', 'e.case_id')
        .select(['c.status', 'c.story', 'e.data'])
        .where('e.kind', '=', kind)
        .$if(kind === 'feedback', (q) => q.where(sql<string>`e.data->>'type'`, '=', type))
        .execute();
    const changes = await told('changed_mind');
    assert.ok(
      changes.some((e) => e.status === 'acknowledged' && (e.data.to as { mood: string }).mood === 'positive'),
      'a customer won back while the case is still open: the case page suggests resolving',
    );
    const stories = await told('', 'story_told');
    assert.ok(stories.length >= 1, "a customer's later words became a case's story");
    assert.ok(stories.every((e) => !e.story.endsWith('has not said more yet.')));
  });

  it('prints a password the demo people sign in with', async () => {
    const password = printed(firstRun, /^Password for all of them: (\S+)$/m);
    assert.match(firstRun.stdout, new RegExp(DEMO_STAFF.grace.email.replaceAll('.', '\\.')));
    const t = await startTestApp({ database });
    try {
      const client = await signIn(t.app, DEMO_STAFF.grace.email, password);
      const me = await client.request('GET', '/api/v1/me');
      assert.equal(me.json().user.role, 'supervisor');
    } finally {
      await t.close();
    }
  });

  it('says it is already loaded on a second run, and changes nothing', async () => {
    const before = await countRows(database);
    const run = await amends(database, 'demo');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /already loaded: nothing changed/);
    assert.doesNotMatch(run.stdout, /Password for all of them/);
    assert.deepEqual(await countRows(database), before);
  });
});

describe('npm run amends -- help, unknown commands and migrate', () => {
  it('exits 2 and prints the usage for an unknown command, without touching a database', async () => {
    const run = await amends(undefined, 'frobnicate');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Unknown command: frobnicate/);
    assert.match(run.stderr, /Usage: npm run amends -- <command>/);
    assert.match(run.stderr, /create-user/);
  });

  it('prints the usage with exit 0 when asked for help', async () => {
    const run = await amends(undefined, 'help');
    assert.equal(run.code, 0);
    for (const command of ['migrate', 'create-user', 'reset-password', 'demo'])
      assert.match(run.stdout, new RegExp(`^  ${command} `, 'm'));
  });

  it('says the database is up to date when migrate finds nothing to apply', async () => {
    const database = await createTestDatabase();
    try {
      const run = await amends(database, 'migrate');
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /up to date: no migrations to apply/);
    } finally {
      await database.drop();
    }
  });
});
