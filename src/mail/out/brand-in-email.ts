import { type Brand, DEFAULT_BRAND, isHexColor } from '../../core/brand/brand.ts';
import { headerText } from '../../core/mail/email-address.ts';
import { EMAIL_FONT } from '../../core/mail/email-text.ts';
import { escapeHtml } from '../../core/shared/escape-html.ts';
import type { Mailbox } from './mailer.ts';

/** The accent for an inline style: checked again, as anything but `#rrggbb` could leave the style. */
export function accentOf(brand: Brand): string {
  return isHexColor(brand.accentColor) ? brand.accentColor : DEFAULT_BRAND.accentColor;
}

/**
 * From: the mailer's address under the business's name. Until an admin names the business, the name
 * in MAIL_FROM stays. One line, so a name cannot add a header (nodemailer quotes the rest).
 */
export function senderOf(brand: Brand, from: Mailbox): Mailbox {
  const named = brand.businessName !== DEFAULT_BRAND.businessName || !from.name;
  return { name: headerText(named ? brand.businessName : from.name), address: from.address };
}

/** The first row of an email's table: the logo (its alt the name) or the name in the accent colour. */
export function brandHeaderRow(brand: Brand): string {
  const name = escapeHtml(brand.businessName);
  const mark = brand.logoUrl
    ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${name}" height="40" style="display:block;height:40px;max-width:240px;border:0;">`
    : name;
  return (
    `<tr><td style="padding:0 0 20px 0;border-bottom:3px solid ${accentOf(brand)};font-family:${EMAIL_FONT};` +
    `font-size:20px;line-height:26px;font-weight:bold;color:${accentOf(brand)};">${mark}</td></tr>` +
    `<tr><td style="height:16px;line-height:16px;font-size:0;">&nbsp;</td></tr>`
  );
}
