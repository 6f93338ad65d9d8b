import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemo } from '../../src/demo/seed';
import { startTestServer, type TestServer } from '../setup/harness';
import { javascriptBytes, launchChromium, seriousAccessibilityFindings } from './browser';

// The demo data is laid out around this day; the server's clock is pinned to it.
process.env.MEEDOEN_TODAY = '2026-12-01';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
/** Most compressed JavaScript a first visit of a page may load (the budget). */
const BUDGET_BYTES = 300 * 1024;

let server: TestServer;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  await seedDemo(server.orm.em.fork());
  base = server.url.replace(/\/graphql$/, '');
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  // A fresh browser profile per test: no token, no language choice, no cache.
  context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterEach(() => context.close());

/** Text as shown, with the no-break spaces of Intl's money format as plain spaces. */
async function text(selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\u00a0/g, ' ').trim();
}

async function signInAs(name: RegExp): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
  await page.getByRole('button', { name }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** The organisation id in a token (the funder's id), as the app reads it from `me`. */
async function funderId(token: string): Promise<string> {
  const answer = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { organisationId } }' }),
  });
  return ((await answer.json()) as { data: { me: { organisationId: string } } }).data.me.organisationId;
}

async function expectAccessible(): Promise<void> {
  expect(await seriousAccessibilityFindings(page)).toEqual([]);
}

describe('signing in', () => {
  it('lists the demo users: administrator, staff, funder, cooperative staff and two members', async () => {
    await page.goto(`${base}/`);
    const cards = page.locator('.cards button');
    await cards.first().waitFor();
    const labels = (await cards.allTextContents()).join(' | ');
    for (const who of [
      'Beheerder',
      'Stichting Ontmoetingshuis De Brug',
      'Gemeente Maastricht',
      'Medewerker van de coöperatie',
      'Anna de Vries',
      'Samira Benali',
    ]) {
      expect(labels).toContain(who);
    }
    expect(await cards.count()).toBe(6);
    await expectAccessible();
  });
});

describe('a cooperative member', () => {
  it('signs in and sees the worked example of March to the cent, in Dutch', async () => {
    await signInAs(/Anna de Vries/);
    expect(page.url()).toBe(`${base}/mijn-geld`);
    await page.goto(`${base}/mijn-geld?maand=2026-03`);
    await page.getByRole('heading', { name: 'Uw geld in maart 2026' }).waitFor();
    await page.locator('[data-line=total] .amount').waitFor();
    expect(await text('[data-line=earnings] .amount')).toBe('€ 600,00');
    expect(await text('[data-line=disregard] .amount')).toBe('€ 150,00');
    expect(await text('[data-line=counted] .amount')).toBe('€ 450,00');
    expect(await text('[data-line=norm] .amount')).toBe('€ 1.401,50');
    expect(await text('[data-line=benefit] .amount')).toBe('€ 951,50');
    expect(await text('[data-line=total] .amount')).toBe('€ 1.551,50');
    expect(await text('[data-line=disregard] .explain')).toContain('25% van wat u verdient telt niet mee');
    // Where the €600 came from: €400 from her own balloon business, €200 as 40% of the joint catering.
    const sources = await page.locator('[data-line=earnings] .sources li').allTextContents();
    expect(sources.map((line) => line.replace(/\u00a0/g, ' '))).toEqual([
      '€ 400,00 uit uw eigen bedrijf Ballonkunst Anna',
      '€ 200,00 uit Catering De Gedeelde Tafel: uw deel is 40%',
    ]);
    // What is left of the general disregard after three of six months, in words next to the bar.
    expect(await text('.bars li')).toContain('3 van 6 maanden gebruikt. Nog 3 over.');
    // The year's chart comes with a table of the same numbers.
    await page.locator('.chart canvas').waitFor();
    expect(
      await page.getByRole('table', { name: /Verdiensten en uitkering per maand in 2026/ }).count(),
    ).toBe(1);
    await expectAccessible();
    await page.screenshot({ path: join(SCREENSHOTS, 'mijn-geld.png'), fullPage: true });
  });

  it('reads the warning of the last disregard month in Dutch, from its code and parameters', async () => {
    await signInAs(/Anna de Vries/);
    await page.goto(`${base}/mijn-geld?maand=2026-06`);
    await page.locator('.warnings li').first().waitFor();
    expect(await text('.warnings')).toContain('Dit is de laatste maand van de algemene vrijlating.');
  });

  it("explains the cost-sharers' norm in the month her brother moves in, and warns that it changed", async () => {
    await signInAs(/Anna de Vries/);
    await page.goto(`${base}/mijn-geld?maand=2026-09`);
    await page.locator('[data-line=norm] .explain').waitFor();
    const reason = await text('[data-line=norm] .explain');
    expect(reason).toContain('kostendelersnorm voor 2 personen');
    expect(reason).toContain('1 student');
    await page.locator('.warnings li').first().waitFor();
    expect(await text('.warnings')).toContain('nu 2, vorige maand 1');
  });

  it("tries next month's earnings without saving: the same amount as recorded gives the recorded statement", async () => {
    await signInAs(/Anna de Vries/);
    await page.goto(`${base}/mijn-geld?maand=2026-03`);
    await page.locator('[data-line=total] .amount').waitFor();
    await page.getByLabel('Verdiensten in euro').fill('abc');
    await page.getByRole('button', { name: 'Bereken' }).click();
    expect(await text('.alert')).toContain('Vul een bedrag in euro in');
    // €600 is what Anna earned in March: the forecast must equal her statement of March to the cent.
    await page.getByLabel('Verdiensten in euro').fill('600');
    await page.getByRole('button', { name: 'Bereken' }).click();
    await page.locator('[data-forecast=benefit] .amount').waitFor();
    expect(await text('[data-forecast=counted] .amount')).toBe('€ 450,00');
    expect(await text('[data-forecast=benefit] .amount')).toBe('€ 951,50');
    expect(await text('[data-forecast=total] .amount')).toBe('€ 1.551,50');
    expect(await text('.limits')).toContain('maanden van de algemene vrijlating');
    expect(await text('.forecast')).toContain('Er wordt niets opgeslagen.');
  });

  it('switches to English and back; the choice survives a reload', async () => {
    await signInAs(/Anna de Vries/);
    await page.goto(`${base}/mijn-geld?maand=2026-03`);
    await page.locator('[data-line=total] .amount').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My money', level: 1 }).waitFor();
    expect(await text('[data-line=benefit] .amount')).toBe('€951.50');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'My money', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Mijn geld', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('signs out: the token is gone from the tab', async () => {
    await signInAs(/Anna de Vries/);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    expect((await context.cookies()).length).toBe(0);
  });
});

describe('a coordinator', () => {
  it('opens a session from the week grid, marks the roster and the API answers the new attendance', async () => {
    await signInAs(/Stichting Ontmoetingshuis De Brug/);
    await page.goto(`${base}/plek?week=2026-11-30`);
    await page.getByRole('heading', { name: 'Weekrooster De Brug' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible();
    await page.screenshot({ path: join(SCREENSHOTS, 'weekrooster.png'), fullPage: true });

    await page.getByRole('row', { name: /^Doet/ }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Presentie Doet' }).waitFor();
    const url = new URL(page.url());
    const workshopId = url.searchParams.get('werkplaats')!;
    const date = url.searchParams.get('datum')!;
    expect(date).toBe('2026-11-30');
    const rows = page.locator('form tbody tr');
    await rows.first().waitFor();
    const names = await rows.locator('th').allTextContents();
    expect(names.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Iedereen aanwezig' }).first().click();
    await rows.first().getByRole('radio', { name: 'Afwezig' }).check();
    await expectAccessible();
    await page.getByRole('button', { name: 'Presentie opslaan' }).first().click();
    await page.getByText(/^Opgeslagen: \d+ aanwezig, 1 afwezig, 0 afgemeld\.$/).waitFor();

    const answer = await server.admin.request<{
      workshopRoster: {
        occurrences: { attendance: { status: string; participant: { displayName: string } }[] }[];
      };
    }>(
      `query($w: ID!, $d: Date!) { workshopRoster(workshopId: $w, date: $d) {
         occurrences { attendance { status participant { displayName } } } } }`,
      { w: workshopId, d: date },
    );
    const attendance = answer.workshopRoster.occurrences[0].attendance;
    const status = new Map(attendance.map((a) => [a.participant.displayName, a.status]));
    expect(status.get(names[0])).toBe('ABSENT');
    for (const name of names.slice(1)) expect(status.get(name)).toBe('PRESENT');
  });

  it('registers a walk-in with just a name', async () => {
    await signInAs(/Stichting Ontmoetingshuis De Brug/);
    await page.getByRole('link', { name: 'Iemand aanmelden' }).click();
    await page.getByLabel('Naam').fill('Noor Browsertest');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Noor Browsertest is aangemeld.').waitFor();
    await expectAccessible();
  });
});

describe('a funder', () => {
  it('sees the financing mix of its place as a chart and as a table', async () => {
    await signInAs(/Gemeente Maastricht/);
    expect(page.url()).toBe(`${base}/financiering`);
    await page.goto(`${base}/financiering?jaar=2026`);
    await page.getByRole('heading', { name: 'Wie betaalt De Brug?' }).waitFor();
    await page.locator('.chart canvas').waitFor();
    const table = page.getByRole('table', { name: /Financiering van De Brug per maand/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect((await table.locator('tbody tr').first().textContent())?.replace(/\u00a0/g, ' ')).toContain(
      '€ 12.000,00',
    );
    await expectAccessible();
    await page.screenshot({ path: join(SCREENSHOTS, 'financiering.png'), fullPage: true });
  });

  it('sees what its place achieved in people, with small numbers hidden, and the same figures as the API', async () => {
    await signInAs(/Gemeente Maastricht/);
    await page.goto(`${base}/financiering?jaar=2026`);
    const heading = page.getByRole('heading', { name: 'Wat leverde De Brug op?' });
    await heading.waitFor();
    const section = page.locator('section', { has: heading });
    await section.locator('[data-outcome=active] dd').waitFor();
    // The page shows exactly what the API gives this funder: a number, or "verborgen" where it is suppressed.
    const token = await page.evaluate<string>("sessionStorage.getItem('meedoen.token')");
    const api = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ funderOverview(funderId: "${await funderId(token)}", from: "2026-01", to: "2026-12") { places { place { id } } } }`,
      }),
    });
    const placeId = (
      (await api.json()) as { data: { funderOverview: { places: { place: { id: string } }[] } } }
    ).data.funderOverview.places[0].place.id;
    const outcomes = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ outcomes(scope: { placeId: "${placeId}" }, from: "2026-01-01", to: "2026-12-31") { active started left movedOnToWork movedOnPositive } }`,
      }),
    });
    const figures = ((await outcomes.json()) as { data: { outcomes: Record<string, number | null> } }).data
      .outcomes;
    for (const [key, value] of Object.entries(figures)) {
      expect(await text(`[data-outcome=${key}] dd`)).toBe(value === null ? 'verborgen' : String(value));
    }
    expect(Object.values(figures).some((value) => value !== null)).toBe(true);
    expect(await section.getByRole('table').locator('tbody tr').count()).toBe(12);
    await expectAccessible();
  });

  it('downloads the year as a file for Dutch Excel: BOM, Dutch headers, semicolons, one row per place and month', async () => {
    await signInAs(/Gemeente Maastricht/);
    await page.goto(`${base}/financiering?jaar=2026`);
    await page.getByRole('heading', { name: 'Wie betaalt De Brug?' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Downloaden voor Excel: betalingen per plek en maand' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('funder-overview-2026-01-2026-12.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Maand;Plek-id;Plek;Bedrag (€);Bezochte dagdelen');
    const rows = lines.slice(1).map((line) => line.split(';'));
    expect(rows.map((row) => row[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(rows.every((row) => row[2] === 'De Brug' && /^\d+,\d{2}$/.test(row[3]))).toBe(true);
  });
});

describe('the build', () => {
  it.each([
    ['member', /Anna de Vries/, '/mijn-geld?maand=2026-03', '[data-line=total] .amount'],
    ['coordinator', /Stichting Ontmoetingshuis De Brug/, '/plek?week=2026-11-30', 'table a.session'],
    ['funder', /Gemeente Maastricht/, '/financiering?jaar=2026', '.chart canvas'],
  ])(
    'first load of the %s page stays within 300 kB of compressed JavaScript',
    async (who, name, path, ready) => {
      await signInAs(name);
      // A new tab with the token but an empty cache: everything the page needs comes over the wire.
      const token = await page.evaluate<string>("sessionStorage.getItem('meedoen.token')");
      const fresh = await browser.newContext({ locale: 'nl-NL' });
      await fresh.addInitScript(`sessionStorage.setItem('meedoen.token', ${JSON.stringify(token)})`);
      const tab = await fresh.newPage();
      const bytes = await javascriptBytes(tab, async () => {
        await tab.goto(`${base}${path}`);
        await tab.locator(ready).first().waitFor();
      });
      await fresh.close();
      process.stdout.write(`first load of the ${who} page: ${(bytes / 1024).toFixed(1)} kB of JavaScript\n`);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    },
  );

  it('serves hashed assets with a year of cache and pages with revalidation', async () => {
    const index = await fetch(`${base}/mijn-geld`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${base}${script}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
  });

  it('serves the query explorer from its own bundle at GET /graphql, with nothing from other hosts', async () => {
    const explorer = await fetch(server.url, { headers: { accept: 'text/html' } });
    const html = await explorer.text();
    expect(html).toContain('Meedoen query explorer');
    expect(html).not.toMatch(/https?:\/\//);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(server.url);
    await page.getByText('Meedoen query explorer').waitFor();
    await page.locator('.graphiql-container').waitFor();
    expect(
      requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')),
    ).toEqual([]);
  });
});
