import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides it. Nothing is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless run as root: no sandbox, GPU, updates, sync or first-run UI. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium".`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page; returns the serious and critical findings. */
export async function seriousAccessibilityFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, which the app's Content-Security-Policy does not block.
  await page.evaluate(AXE_SOURCE);
  // Runs in the page; a string, because this project compiles without the DOM types.
  const findings = await page.evaluate<AxeFinding[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  })()`);
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

/** Bytes of JavaScript sent over the wire (compressed) while `work` runs. */
export async function javascriptBytes(page: Page, work: () => Promise<void>): Promise<number> {
  let total = 0;
  const pending: Promise<void>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    if (!response.url().endsWith('.js')) return;
    pending.push(
      response.headerValue('content-length').then((length) => {
        total += Number(length ?? 0);
      }),
    );
  };
  page.on('response', listener);
  try {
    await work();
    await Promise.all(pending);
  } finally {
    page.off('response', listener);
  }
  return total;
}
