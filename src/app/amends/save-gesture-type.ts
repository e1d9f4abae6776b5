import type { GestureType } from '../../core/amends/gesture-kind.ts';
import { amountProblem, currencyProblem } from '../../core/amends/money.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { type GestureTypeInput, saveGestureType as save } from '../../store/amend-catalogue.store.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/** An admin adds a gesture to the catalogue (no id) or changes one: name, default amount, pool, on/off. */
export async function saveGestureType(
  ctx: AppContext,
  actor: Actor,
  id: string | undefined,
  input: GestureTypeInput,
): Promise<GestureType> {
  assertRole(actor, 'admin');
  const name = input.name.trim();
  if (!name) throw new AppError('VALIDATION_FAILED', 'name: give the gesture a name.', { field: 'name' });
  if (input.defaultAmountMinor !== undefined || input.defaultCurrency !== undefined) {
    if (!input.carriesMoney)
      throw new AppError('VALIDATION_FAILED', 'defaultAmountMinor: a gesture without money has no amount.', {
        field: 'defaultAmountMinor',
      });
    const problem =
      currencyProblem(input.defaultCurrency, 'defaultCurrency') ??
      amountProblem(input.defaultAmountMinor, 'defaultAmountMinor');
    if (problem)
      throw new AppError('VALIDATION_FAILED', problem, {
        field: problem.startsWith('defaultCurrency') ? 'defaultCurrency' : 'defaultAmountMinor',
      });
  }
  return ctx.db.transaction().execute(async (trx) => {
    let saved: GestureType | undefined;
    try {
      saved = await save(trx, id, { ...input, name }, ctx.now());
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new AppError('CONFLICT', `name: the catalogue already has a gesture called ${name}.`, {
          field: 'name',
        });
      throw error;
    }
    if (!saved) throw new AppError('NOT_FOUND', 'No gesture in the catalogue has that id.');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'amends.catalogue_saved',
      subjectType: 'amend_gesture_type',
      subjectId: saved.id,
      details: { name: saved.name, kind: saved.kind },
    });
    return saved;
  });
}
