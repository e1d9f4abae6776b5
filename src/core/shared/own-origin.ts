/**
 * Whether a browser's Origin header names one of our own pages: the public URL's origin, or the host
 * the request was sent to (a page served by this very host — the console on a LAN address, or before
 * AMENDS_PUBLIC_URL is set); a foreign page cannot make a browser send an Origin naming the host it
 * is sending to. "null" (a sandboxed frame, a privacy redirect, a form on a no-referrer page) and
 * garbage name no page of ours.
 *
 * @example isOwnOrigin('https://amends.example.com', 'https://amends.example.com', undefined) // true
 */
export function isOwnOrigin(origin: string, publicUrl: string, host: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === new URL(publicUrl).origin) return true;
  return host !== undefined && parsed.host === host.toLowerCase();
}

/** What Sec-Fetch-Site says when a request came from a page on another site (or a sibling subdomain). */
export function isForeignFetchSite(site: string | undefined): boolean {
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}
