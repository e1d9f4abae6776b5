import { type AddressObject, type HeaderValue, simpleParser } from 'mailparser';
import { messageIdInHeaders, readDeliveryStatus } from '../../core/mail/delivery-report.ts';
import {
  isReadableMessageId,
  isReadableSenderAddress,
  keptReferences,
  type ReadInboundEmail,
} from '../../core/mail/inbound-email.ts';
import { toStorableText } from '../../core/shared/storable-text.ts';
import { authenticateEmail, type DnsResolver } from './authenticate-email.ts';
import { htmlOverLimits, sanitizeEmailHtml } from './sanitize-email-html.ts';
import { extractVisibleReply } from './visible-reply.ts';

/**
 * Reads one raw message for app/inbound/process-inbound-email.ts: MIME (mailparser's simpleParser),
 * DKIM/SPF/DMARC (mailauth, with `resolver` for DNS when given), the visible reply, the sanitised
 * HTML, a bounce's report, and the attachments as they came. Every text is made storable.
 */
export function inboundReader(options: { resolver?: DnsResolver | undefined } = {}) {
  return async (
    raw: Buffer,
    envelope: {
      envelopeFrom: string | undefined;
      remoteAddress: string | undefined;
      helo: string | undefined;
    },
  ): Promise<ReadInboundEmail> => {
    const [parsed, authentication] = await Promise.all([
      simpleParser(raw, {
        keepDeliveryStatus: true,
        skipImageLinks: true,
        skipTextToHtml: true,
        skipHtmlToText: true,
      }),
      authenticateEmail(raw, envelope, options.resolver),
    ]);
    if (parsed.headers.size === 0) throw new Error('it has no mail headers: it is not an email');
    const text = (value: string | undefined | false) => (value ? toStorableText(value) : undefined);
    const header = (name: string) => headerText(parsed.headers.get(name));
    const from = parsed.from?.value.find(
      (mailbox) => mailbox.address !== undefined && isReadableSenderAddress(mailbox.address.trim()),
    );
    const contentType = parsed.headers.get('content-type') as {
      value?: string;
      params?: Record<string, string>;
    };
    const parts = parsed.attachments;
    const reports = parts.filter((part) => part.contentType === 'message/delivery-status');
    const returned = parts.find((part) =>
      ['message/rfc822', 'text/rfc822-headers'].includes(part.contentType),
    );
    const textBody = text(parsed.text);
    // HTML past the limits is not shown (its sanitising alone held the process for seconds): the text
    // part is; a mail with nothing else is flagged, kept raw.
    const htmlProblem = parsed.html ? htmlOverLimits(parsed.html) : undefined;
    if (htmlProblem && !textBody?.trim()) throw new Error(`it ${htmlProblem} and has no plain text`);
    // The visible reply of an HTML-only mail comes from the sanitised HTML: no script's text, no link's URL.
    const html = parsed.html && !htmlProblem ? sanitizeEmailHtml(toStorableText(parsed.html)) : undefined;
    return {
      // Ids come from the sender: one that is not an id, or is absurdly long, is dropped, not stored.
      messageId: messageIds(parsed.messageId).find(isReadableMessageId),
      inReplyTo: messageIds(parsed.inReplyTo).find(isReadableMessageId),
      references: keptReferences(messageIds(parsed.references)),
      from: from?.address
        ? { address: toStorableText(from.address.trim().toLowerCase()), name: text(from.name) }
        : undefined,
      recipients: [
        ...addressesOf(parsed.to),
        ...addressesOf(parsed.cc),
        ...headerList(parsed.headers.get('delivered-to')),
        ...headerList(parsed.headers.get('x-original-to')),
      ].map(toStorableText),
      subject: text(parsed.subject),
      textBody,
      htmlBody: html,
      visibleText: toStorableText(extractVisibleReply({ text: textBody, html })),
      automation: {
        autoSubmitted: header('auto-submitted'),
        xAutoreply: header('x-autoreply') ?? header('x-autorespond'),
        precedence: header('precedence'),
        contentType: (contentType?.value ?? 'text/plain').toLowerCase(),
        reportType: contentType?.params?.['report-type']?.toLowerCase(),
        hasDeliveryStatus: reports.length > 0,
        envelopeFrom: envelope.envelopeFrom,
        fromAddress: from?.address?.toLowerCase(),
        subject: parsed.subject ?? '',
      },
      deliveryReports: reports.flatMap((part) => readDeliveryStatus(part.content.toString('utf8'))),
      originalMessageId: returned ? messageIdInHeaders(returned.content.toString('utf8')) : undefined,
      attachments:
        reports.length > 0
          ? []
          : parts.map((part) => ({
              filename: toStorableText(part.filename ?? ''),
              contentType: toStorableText(part.contentType || 'application/octet-stream'),
              content: part.content,
            })),
      authentication,
    };
  };
}

function headerText(value: HeaderValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (value instanceof Date) return value.toISOString();
  if ('text' in value && typeof value.text === 'string') return value.text;
  return 'value' in value && typeof value.value === 'string' ? value.value : String(value);
}

/** Every address of a To/Cc header (groups included), lower-case. */
function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) =>
    object.value.flatMap((mailbox) => [
      ...(mailbox.address ? [mailbox.address.toLowerCase()] : []),
      ...(mailbox.group ?? []).flatMap((member) => (member.address ? [member.address.toLowerCase()] : [])),
    ]),
  );
}

/** Delivered-To / X-Original-To: one address per header, possibly repeated. */
function headerList(value: HeaderValue | undefined): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((entry) => {
    const address = headerText(entry as HeaderValue)
      ?.replace(/^.*<|>.*$/g, '')
      .trim()
      .toLowerCase();
    return address?.includes('@') ? [address] : [];
  });
}

function messageIds(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(' ') : (value ?? '');
  return joined.match(/<[^<>\s]+>/g) ?? [];
}
