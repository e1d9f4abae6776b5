import { type Brand, brandProblem, resolveBrand } from '../../core/brand/brand.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import type { Executor } from '../../store/db.ts';
import { findSetting, saveSetting } from '../../store/setting.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

const NAME = 'brand';

/**
 * How long an instance shows a brand it read before reading it again: every customer page shows
 * the brand, and a saved change reaches the other instances within this (the saving one at once).
 */
const CACHE_MS = 5000;

const cache = new WeakMap<AppContext, { brand: Brand; readAt: number }>();

/** The brand in force: the saved one, or the default until an admin saves one. */
export async function getBrand(db: Executor): Promise<Brand> {
  return resolveBrand(await findSetting(db, NAME));
}

/**
 * The brand for a customer page or an email, read at most every few seconds per instance. Never
 * fails: with the database away, the last brand read (or the default) still frames the error page.
 */
export async function brandForCustomers(ctx: AppContext): Promise<Brand> {
  const cached = cache.get(ctx);
  const now = Date.now();
  if (cached && now - cached.readAt < CACHE_MS) return cached.brand;
  try {
    const brand = await getBrand(ctx.db);
    cache.set(ctx, { brand, readAt: now });
    return brand;
  } catch {
    return cached?.brand ?? resolveBrand(undefined);
  }
}

/** Replaces the brand (admins): refused with the reason, changing nothing, when it breaks a rule. */
export async function updateBrand(ctx: AppContext, actor: Actor, next: Brand): Promise<Brand> {
  assertRole(actor, 'admin');
  const brand = { ...next, businessName: next.businessName.trim() };
  const problem = brandProblem(brand);
  if (problem) throw new AppError('VALIDATION_FAILED', problem);
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const before = await getBrand(trx);
    await saveSetting(trx, NAME, { ...brand, logoUrl: brand.logoUrl ?? null }, ctx.now());
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'settings.brand_updated',
      subjectType: 'settings',
      subjectId: NAME,
      details: {
        before: { ...before, logoUrl: before.logoUrl ?? null },
        after: { ...brand, logoUrl: brand.logoUrl ?? null },
      },
    });
    return brand;
  });
  cache.set(ctx, { brand: saved, readAt: Date.now() });
  return saved;
}
