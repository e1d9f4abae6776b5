import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { TEST_PASSWORD } from './factories.ts';
import { type ServedApp, serveApp } from './serve-app.ts';

/** Debian's chromium package; .ci/run installs it when missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet and deterministic in a container (no sandbox as root). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A headless Chromium for browser tests; close it in an `after` hook. `args` adds flags, e.g.
 * `--host-resolver-rules=MAP amends.lan 127.0.0.1` to reach the app by a name that is not localhost.
 */
export async function launchBrowser(args: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium), as .ci/run does.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...args] });
}

/** The served app with a headless Chromium to visit it; `close` ends both. */
export type BrowserApp = ServedApp & { browser: Browser };

/** What a browser spec starts in `before` (and closes in `after`): serveApp and launchBrowser together. */
export async function serveAppWithBrowser(options: { recoveryHoldMs?: number } = {}): Promise<BrowserApp> {
  const served = await serveApp(options);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await served.close();
    throw error;
  }
  return {
    ...served,
    browser,
    async close() {
      await browser.close();
      await served.close();
    },
  };
}

/** How long any one thing may take to show up in the browser. */
export const WAIT = { timeout: 10_000 };

/** A page in a browser profile of its own (its own cookies): another person at another desk. Closed with the browser. */
export async function newDesk(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** Signs in through the console's login form and waits until the live stream is connected. */
export async function signInThroughForm(
  page: Page,
  baseUrl: string,
  person: { email: string; name: string },
  path = '/',
  password = TEST_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: person.name }).waitFor(WAIT);
  await page.locator('[data-testid="live-status"][data-live="live"]').waitFor(WAIT);
}

type MarkedWindow = Window & { amendsMarker?: string };

/** Marks the page's window; `wasReloaded` tells later whether the mark is gone (a reload clears it). */
export async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as MarkedWindow).amendsMarker = 'no reload';
  });
}

export async function wasReloaded(page: Page): Promise<boolean> {
  return (await page.evaluate(() => (window as MarkedWindow).amendsMarker)) !== 'no reload';
}

/**
 * Follows a header link as a person would: the screens opened less often sit behind "More" at a
 * desk's width (web/src/components/header-more-menu.tsx), so it is opened first when needed.
 */
export async function openFromHeader(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('link', { name, exact: true });
  const more = nav.getByRole('button', { name: 'More' });
  if (!(await link.isVisible()) && (await more.isVisible())) await more.click();
  await link.click();
}
