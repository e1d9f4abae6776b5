/**
 * A bounce's machine-readable part (RFC 3464 `message/delivery-status`): per recipient, what the
 * reporting server did (`Action: failed`, `delayed`, …) and the status code (5.x.x permanent, 4.x.x
 * temporary).
 */
export type RecipientReport = {
  /** Final-Recipient (else Original-Recipient), lower-case, without the `rfc822;` type. */
  recipient: string;
  action: string;
  status: string | undefined;
  diagnostic: string | undefined;
};

/** Reads the per-recipient fields of a delivery-status body; recipients without an address are skipped. */
export function readDeliveryStatus(body: string): RecipientReport[] {
  const unfolded = body.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ');
  // Blank lines separate the message's fields from each recipient's.
  const groups = unfolded.split(/\n\s*\n/);
  const reports: RecipientReport[] = [];
  for (const group of groups) {
    const fields = new Map<string, string>();
    for (const line of group.split('\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
    }
    const address = addressOf(fields.get('final-recipient') ?? fields.get('original-recipient'));
    if (!address) continue;
    reports.push({
      recipient: address,
      action: (fields.get('action') ?? '').toLowerCase(),
      status: /\d\.\d{1,3}\.\d{1,3}/.exec(fields.get('status') ?? '')?.[0],
      diagnostic: fields.get('diagnostic-code')?.slice(0, 500),
    });
  }
  return reports;
}

/**
 * The recipients a report says are lost for good: `Action: failed` with a 5.x.x status (or none).
 * A 4.x.x or `delayed` report means the server is still trying: nothing to suppress.
 */
export function permanentFailures(reports: readonly RecipientReport[]): RecipientReport[] {
  return reports.filter(
    (report) => report.action === 'failed' && (report.status === undefined || report.status.startsWith('5.')),
  );
}

/** `rfc822; Ann@Example.com` → `ann@example.com`. */
function addressOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const address = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value;
  const clean = address.trim().replace(/^<|>$/g, '').toLowerCase();
  return clean.includes('@') ? clean : undefined;
}

/**
 * The Message-ID in a header block (the original message a bounce returns, or its headers), with
 * its angle brackets, e.g. `<1b2c…@example.com>`.
 */
export function messageIdInHeaders(headers: string): string | undefined {
  const head = headers.replace(/\r\n/g, '\n').split(/\n\n/)[0] ?? '';
  const match = /^message-id:[ \t]*(?:\n[ \t]+)?(<[^<>\s]+>)/im.exec(head);
  return match?.[1];
}

/**
 * The recipient a bounce may suppress: the address our own mail (found by the Message-ID the bounce
 * returns) went to, when the report says it failed for good. Anything else proves nothing — a forged
 * "bounce" naming a customer's address must not stop our mail to them — so it suppresses no one.
 */
export function bouncedRecipient(
  reports: readonly RecipientReport[],
  original: { toAddress: string } | undefined,
): RecipientReport | undefined {
  if (!original) return undefined;
  const address = original.toAddress.trim().toLowerCase();
  return permanentFailures(reports).find((report) => report.recipient === address);
}
