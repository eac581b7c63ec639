/**
 * Helpers for the browser end-to-end tests and the flash benchmark: start the real server
 * (createApp + a temp SQLite file + the built SvelteKit handler) on an ephemeral port, and launch
 * the system's Chromium (see chromium.ts) headless with playwright-core. Requires build/ (see global-setup.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp, type AppDeps, type GlimpseApp } from '../../server/app';
import { openDatabase } from '../../server/db/client';
import { DrizzleStore } from '../../server/db/drizzle-store';
import { consoleLogger, silentLogger } from '../../server/rooms/ports';
import { chromiumPath } from './chromium';

const ROOT = join(import.meta.dirname, '..', '..');

let snapshot: string | null = null;
let openServers = 0;

/**
 * A private copy of build/ for this process. Several test runs may share one working tree, and a
 * concurrent `npm run build` replaces build/client's hashed files under a running server; the copy
 * keeps the handler and its assets consistent. Lives under tests/output/ (git-ignored) and is removed
 * when the last server of this process closes.
 */
function buildSnapshot(): string {
  if (snapshot) return snapshot;
  const source = join(ROOT, 'build');
  const parent = join(ROOT, 'tests', 'output');
  mkdirSync(parent, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    const before = statSync(join(source, 'handler.js')).mtimeMs;
    const target = mkdtempSync(join(parent, 'build-'));
    cpSync(source, target, { recursive: true });
    if (statSync(join(source, 'handler.js')).mtimeMs === before || attempt >= 5) {
      snapshot = target;
      return target;
    }
    rmSync(target, { recursive: true, force: true });
  }
}

/** A running server. */
export interface TestServer {
  url: string;
  app: GlimpseApp;
  close(): Promise<void>;
}

/** Start the real app on 127.0.0.1 with a fresh SQLite file; `close()` removes it again. */
export async function startServer(deps: Partial<AppDeps> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'glimpse-browser-'));
  const database = openDatabase(join(dir, 'glimpse.db'));
  const store = new DrizzleStore(database);
  const { handler } = (await import(pathToFileURL(join(buildSnapshot(), 'handler.js')).href)) as {
    handler: RequestHandler;
  };
  const logger = { ...silentLogger, error: consoleLogger.error };
  openServers++;
  const app = createApp({ store, handler, logger, ...deps });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    close: async () => {
      await app.close();
      database.close();
      rmSync(dir, { recursive: true, force: true });
      if (--openServers === 0 && snapshot) {
        rmSync(snapshot, { recursive: true, force: true });
        snapshot = null;
      }
    },
  };
}

/** Launch the system's Chromium headless (found by chromium.ts; never downloads a browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh context (own localStorage) and page, with console errors forwarded for debugging. */
export async function newPage(
  browser: Browser,
  options: { mobile?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(
    options.mobile
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }
      : {},
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[pageerror]', error.message));
  return { context, page };
}
