import type { GestureType } from '../../core/amends/gesture-kind.ts';
import { listGestureTypes } from '../../store/amend-catalogue.store.ts';
import type { AppContext } from '../context.ts';

/** The gestures on offer (the case's picker): active ones only. */
export async function listGestureCatalogue(ctx: AppContext): Promise<GestureType[]> {
  return (await listGestureTypes(ctx.db)).filter((type) => type.active);
}
