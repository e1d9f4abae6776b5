import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/*
 * axe-core (Deque's engine, the one browser devtools and most CI audits run) rather than checks of
 * our own: contrast, names, roles and landmarks are hundreds of rules we would get subtly wrong.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 levels A and AA, the bar the console and customer pages are held to. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

type AxeViolation = { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
type AxeWindow = Window & {
  axe?: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
};

/**
 * Every WCAG 2.1 A/AA violation on the page as it is now, one line per element
 * ("color-contrast: Elements must meet minimum color contrast ratio thresholds — .muted"); [] when
 * it passes. The page's context must bypass CSP (our pages allow no inline scripts).
 */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const violations = await page.evaluate(
    (tags) =>
      (window as AxeWindow).axe?.run(document, { runOnly: { type: 'tag', values: tags } }) ??
      Promise.reject(new Error('axe-core did not load')),
    [...WCAG_21_AA],
  );
  return violations.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${v.help} — ${node.target.join(' ')} (${node.failureSummary ?? ''})`),
  );
}
