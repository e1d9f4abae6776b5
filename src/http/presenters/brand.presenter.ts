import { z } from 'zod';
import type { Brand } from '../../core/brand/brand.ts';

export const brandSchema = z
  .object({
    /** The business's name on customer pages and in emails (plain text, never markup). */
    businessName: z.string(),
    /** An https:// image shown above customer pages and emails, or null for the name alone. */
    logoUrl: z.string().nullable(),
    /** `#rrggbb`: buttons and headings on customer pages and in emails. */
    accentColor: z.string(),
  })
  .meta({ id: 'Brand' });

export function presentBrand(brand: Brand): z.infer<typeof brandSchema> {
  return { businessName: brand.businessName, logoUrl: brand.logoUrl ?? null, accentColor: brand.accentColor };
}
