import { getContrast } from 'color2k';

/**
 * What customers and staff see of the business: its name, its logo, and the accent colour of
 * buttons and headings on customer pages and in every email. Admins set it (settings/brand).
 */
export type Brand = {
  businessName: string;
  /** An https:// image, or undefined for the name alone. */
  logoUrl: string | undefined;
  /** `#rrggbb`, dark enough for white button text (WCAG AA). */
  accentColor: string;
};

/** Until an admin saves one: Amends' own name and blue. */
export const DEFAULT_BRAND: Brand = { businessName: 'Amends', logoUrl: undefined, accentColor: '#1f5f8b' };

/** Longest business name: it must fit a page heading and an email's From line. */
export const MAX_BUSINESS_NAME = 80;
/** Longest logo address we keep. */
export const MAX_LOGO_URL = 2000;
/**
 * WCAG 2.x AA for normal text: buttons on customer pages are 17px semi-bold, which is not "large
 * text", so white on the accent needs 4.5:1.
 */
export const MIN_BUTTON_CONTRAST = 4.5;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** `#rrggbb` and nothing else: the colour goes into stylesheets and email styles. */
export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

/** An absolute https:// address (logos load on pages served over https and in mail clients). */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Contrast of white text on this colour (1 to 21; color2k implements WCAG's relative luminance).
 * @example buttonContrast('#1f5f8b') // ≈ 6.9
 */
export function buttonContrast(accentColor: string): number {
  return getContrast(accentColor, '#ffffff');
}

/**
 * Why this brand cannot be saved, as a sentence an admin can act on; undefined when it can. The
 * console shows the same sentence before saving.
 *
 * @example brandProblem({ …, accentColor: '#f0b429' }) // 'The accent colour #f0b429 is too light for white button text (1.9:1; …'
 */
export function brandProblem(brand: Brand): string | undefined {
  const name = brand.businessName.trim();
  if (name.length === 0) return 'Give the business a name: customers see it on every page and email.';
  if (name.length > MAX_BUSINESS_NAME)
    return `The business name is ${name.length} characters long; keep it to ${MAX_BUSINESS_NAME}.`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(name))
    return 'The business name has a line break or another control character; write it on one line.';
  if (brand.logoUrl !== undefined) {
    if (brand.logoUrl.length > MAX_LOGO_URL)
      return `The logo address is longer than ${MAX_LOGO_URL} characters; host the image under a shorter one.`;
    if (!isHttpsUrl(brand.logoUrl))
      return 'The logo must be an https:// address (an image on a secure site), or none.';
  }
  if (!isHexColor(brand.accentColor))
    return `The accent colour must be written #rrggbb, e.g. ${DEFAULT_BRAND.accentColor}.`;
  const contrast = buttonContrast(brand.accentColor);
  if (contrast < MIN_BUTTON_CONTRAST)
    return `The accent colour ${brand.accentColor} is too light for white button text (${contrast.toFixed(1)}:1; WCAG AA needs ${MIN_BUTTON_CONTRAST}:1). Choose a darker colour.`;
  return undefined;
}

/** A stored brand read back: trusted only as far as it passes the same rules, else the default. */
export function resolveBrand(saved: unknown): Brand {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_BRAND;
  const value = saved as Record<string, unknown>;
  const brand: Brand = {
    businessName: typeof value.businessName === 'string' ? value.businessName : '',
    logoUrl: typeof value.logoUrl === 'string' ? value.logoUrl : undefined,
    accentColor: typeof value.accentColor === 'string' ? value.accentColor : '',
  };
  return brandProblem(brand) ? DEFAULT_BRAND : brand;
}
