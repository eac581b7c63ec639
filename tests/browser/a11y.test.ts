/**
 * axe-core on every page (every control reachable and labelled): no serious or critical violation. The live
 * screens mid-game (play answering/feedback/final, host running) are checked in game.test.ts; this
 * file covers the entry pages, the notice, the presenter, and the history and report pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { launchChromium, newPage, startServer, type TestServer } from './harness';
import { createGameRest } from './players';

const ROUTES = join(import.meta.dirname, '..', '..', 'web', 'routes');

let server: TestServer;
let browser: Browser;
let code: string;
let hostToken: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  ({ code, hostToken } = await createGameRest(server.url, { rounds: 2 }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function check(page: Page, path: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await ready(page);
  expect(await seriousViolations(page), `axe on ${path}`).toEqual([]);
}

/** Optional pages (history, report) are checked once their route exists (skipped until then). */
const routeExists = (dir: string) => existsSync(join(ROUTES, dir));

describe('axe-core on every page', () => {
  it('landing, join, host form, host game, presenter and play notice', async () => {
    for (const mobile of [false, true]) {
      const { page } = await newPage(browser, { mobile });
      await check(page, '/', (p) => p.locator('main h1').first().waitFor());
      await check(page, `/join/${code}`, (p) => p.getByRole('textbox', { name: 'Nickname' }).waitFor());
      await check(page, '/join/999999', (p) => p.locator('main h2').first().waitFor());
      await check(page, '/host', (p) => p.getByRole('button', { name: 'Create game' }).waitFor());
      await check(page, `/present/${code}`, (p) => p.locator('main h1, main h2').first().waitFor());
      // The host page with its token, as the create form leaves it.
      await page.evaluate(([c, t]) => localStorage.setItem(`glimpse:host:${c}`, t!), [code, hostToken]);
      await check(page, `/host/${code}`, (p) => p.getByRole('button', { name: 'Start game' }).waitFor());
      // The play page's photosensitivity notice (a seat, no acknowledgement yet).
      const joined = await fetch(`${server.url}/api/games/${code}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Axe ${mobile ? 'phone' : 'laptop'}` }),
      }).then((r) => r.json() as Promise<{ data: { token: string; participantId: string; name: string } }>);
      await page.evaluate(
        ([c, seat]) => localStorage.setItem(`glimpse:player:${c}`, seat!),
        [code, JSON.stringify(joined.data)],
      );
      await check(page, `/play/${code}`, (p) =>
        p.getByRole('button', { name: 'I understand, continue' }).waitFor(),
      );
      await page.close();
    }
  });

  it.skipIf(!routeExists('history'))('history page', async () => {
    const { page } = await newPage(browser);
    await check(page, '/history', (p) => p.locator('main h1').first().waitFor());
  });

  it.skipIf(!routeExists('report'))('report page', async () => {
    const { page } = await newPage(browser);
    await page.goto(server.url);
    await page.evaluate(([c, t]) => localStorage.setItem(`glimpse:host:${c}`, t!), [code, hostToken]);
    await check(page, `/report/${code}`, (p) => p.locator('main h1').first().waitFor());
  });
});
