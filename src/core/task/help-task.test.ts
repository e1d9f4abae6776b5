import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../shared/app-error.ts';
import {
  assertCanTakeTask,
  canAskForHelp,
  canWorkOnTask,
  checkHelpRequest,
  HELP_WHAT_MAX,
  readTaskDue,
  taskAudience,
} from './help-task.ts';

const NOW = new Date('2026-12-07T10:00:00Z');
const fieldOf = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    assert.ok(error instanceof AppError);
    return `${error.code}:${String(error.details?.field ?? '')}`;
  }
  return 'accepted';
};

describe('asking for help', () => {
  it('may be done by the owner or a supervisor and above, not by another agent', () => {
    assert.equal(canAskForHelp({ userId: 'o', role: 'agent' }, 'o'), true);
    assert.equal(canAskForHelp({ userId: 'a', role: 'agent' }, 'o'), false);
    assert.equal(canAskForHelp({ userId: 's', role: 'supervisor' }, 'o'), true);
    assert.equal(canAskForHelp({ userId: 'x', role: 'admin' }, 'o'), true);
  });

  const cases: [string, Parameters<typeof checkHelpRequest>[0], string][] = [
    [
      'a person, with a due time',
      { what: ' Check stock ', assigneeUserId: 'h', dueAt: new Date('2026-12-08T10:00:00Z') },
      'accepted',
    ],
    ['a team, without one', { what: 'Check stock', assigneeTeamId: 't' }, 'accepted'],
    ['nothing to do', { what: '  ', assigneeUserId: 'h' }, 'VALIDATION_FAILED:what'],
    ['too long', { what: 'x'.repeat(HELP_WHAT_MAX + 1), assigneeUserId: 'h' }, 'VALIDATION_FAILED:what'],
    ['nobody', { what: 'Check' }, 'VALIDATION_FAILED:assigneeUserId'],
    [
      'both a person and a team',
      { what: 'Check', assigneeUserId: 'h', assigneeTeamId: 't' },
      'VALIDATION_FAILED:assigneeTeamId',
    ],
    ['oneself', { what: 'Check', assigneeUserId: 'me' }, 'VALIDATION_FAILED:assigneeUserId'],
    ['due now', { what: 'Check', assigneeUserId: 'h', dueAt: NOW }, 'VALIDATION_FAILED:dueAt'],
    [
      'due in the past',
      { what: 'Check', assigneeUserId: 'h', dueAt: new Date('2026-12-06T10:00:00Z') },
      'VALIDATION_FAILED:dueAt',
    ],
    [
      'due over a year ahead',
      { what: 'Check', assigneeUserId: 'h', dueAt: new Date('2028-01-01T10:00:00Z') },
      'VALIDATION_FAILED:dueAt',
    ],
  ];
  for (const [name, input, expected] of cases)
    it(`checks the request: ${name} → ${expected}`, () => {
      assert.equal(
        fieldOf(() => checkHelpRequest(input, 'me', NOW)),
        expected,
      );
    });

  it('trims what is asked and names the one assignee', () => {
    assert.deepEqual(checkHelpRequest({ what: ' Check stock ', assigneeTeamId: 't' }, 'me', NOW), {
      what: 'Check stock',
      assignee: { teamId: 't' },
      dueAt: undefined,
    });
  });
});

describe('who may work on a task (comment, complete)', () => {
  const personal = { assigneeUserId: 'h', assigneeTeamId: undefined };
  const teams = { assigneeUserId: undefined, assigneeTeamId: 't' };
  const agent = (userId: string, teamIds: string[] = []) => ({ userId, role: 'agent' as const, teamIds });
  it('the person asked, anyone in the team asked, the owner and a supervisor; nobody else', () => {
    assert.equal(canWorkOnTask(personal, agent('h'), 'o'), true);
    assert.equal(canWorkOnTask(personal, agent('o'), 'o'), true);
    assert.equal(canWorkOnTask(personal, agent('x', ['t']), 'o'), false);
    assert.equal(canWorkOnTask(personal, { userId: 's', role: 'supervisor', teamIds: [] }, 'o'), true);
    assert.equal(canWorkOnTask(teams, agent('m', ['t']), 'o'), true);
    assert.equal(canWorkOnTask(teams, agent('x', ['u']), 'o'), false);
    // A team task someone took stays the team's: another member may still finish it.
    assert.equal(canWorkOnTask({ assigneeUserId: 'm', assigneeTeamId: 't' }, agent('n', ['t']), 'o'), true);
  });

  it('only a member of the team takes its open task, and not twice', () => {
    const open = { ...teams, status: 'open' as const };
    assert.equal(
      fieldOf(() => assertCanTakeTask(open, agent('m', ['t']))),
      'accepted',
    );
    assert.equal(
      fieldOf(() => assertCanTakeTask(open, agent('x'))),
      'FORBIDDEN:',
    );
    assert.equal(
      fieldOf(() => assertCanTakeTask({ ...open, status: 'done' }, agent('m', ['t']))),
      'CONFLICT:',
    );
    assert.equal(
      fieldOf(() => assertCanTakeTask({ ...open, assigneeUserId: 'm' }, agent('m', ['t']))),
      'CONFLICT:',
    );
    assert.equal(
      fieldOf(() => assertCanTakeTask({ ...personal, status: 'open' }, agent('h'))),
      'FORBIDDEN:',
    );
  });

  it('tells everyone the task concerns but the one acting, once each', () => {
    assert.deepEqual(taskAudience({ assigneeUserId: 'h', createdBy: 'o' }, [], 'o', 'h'), ['o']);
    assert.deepEqual(taskAudience({ assigneeUserId: undefined, createdBy: 's' }, ['m', 'n'], 'o', 'm'), [
      'n',
      'o',
      's',
    ]);
  });
});

describe('a task’s due time in words', () => {
  it('counts down, then says overdue', () => {
    assert.deepEqual(readTaskDue(new Date('2026-12-07T13:00:00Z'), NOW), {
      text: 'due in 3 h',
      overdue: false,
    });
    assert.deepEqual(readTaskDue(NOW, NOW), { text: 'overdue by less than a minute', overdue: true });
    assert.deepEqual(readTaskDue(new Date('2026-12-07T09:30:00Z'), NOW), {
      text: 'overdue by 30 min',
      overdue: true,
    });
  });
});
