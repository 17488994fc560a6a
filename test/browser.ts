/**
 * Browser harness: playwright-core driving Debian's Chromium (/usr/bin/chromium), never a
 * downloaded browser. A persistent context in a fresh folder, because a --user-data-dir flag is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserSkipReason(): string | false {
  return process.env.EP_SKIP_BROWSER || false;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<Browser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-BE',
  });
  return {
    context,
    async close() {
      // A close that Chromium never finishes (see closePage) must not hold the suite: after 15 s the
      // processes of this profile are killed.
      const closed = await settlesWithin(context.close(), 15_000);
      if (!closed) {
        console.error(`Chromium (${dir}) did not close within 15 s; its processes are killed.`);
        killProfileProcesses(dir);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** true when the promise settles (either way) within ms */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const settled = promise.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function killProfileProcesses(dir: string): void {
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already, or not ours to read
    }
  }
}

/**
 * Closes a page. Chromium can acknowledge a close that races a navigation commit without closing the page
 * (an upstream Chromium bug, playwright issue 42366), and page.close() then waits for ever: this hung
 * e2e/backoffice.browser.test.ts, whose last click (Afmelden) submits a form. Closing right after a form
 * submit hung 37 times in 150 here; asking again did not help, waiting for the load first did (0 in 150).
 * Should a close still not finish within 10 s, the page goes with its browser (Browser.close kills it).
 */
export async function closePage(page: Page): Promise<void> {
  await page.waitForLoadState('load', { timeout: 10_000 }).catch(() => {});
  if (!(await settlesWithin(page.close(), 10_000))) console.error(`a page (${page.url()}) did not close within 10 s; it goes with its browser`);
}

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the loaded page. Needs a context with bypassCSP. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
}

export function formatViolations(url: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${url}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}`).join('\n')}`).join('\n');
}

/** Where screenshots go, for a person to look at. */
export function screenshotPath(name: string): string {
  const dir = path.resolve('.tmp/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
