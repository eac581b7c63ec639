/**
 * Entry point (`npm start`): configuration, database (WAL, migrations), `createApp`, the SvelteKit
 * handler, listen, print the join URL with the LAN address, graceful shutdown on SIGTERM/SIGINT.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import { createApp } from './app';
import { dashboardOptionsFrom, loadConfig, type Config } from './config';
import { openDatabase } from './db/client';
import { DrizzleStore } from './db/drizzle-store';
import { consoleLogger } from './rooms/ports';

/** The first non-internal IPv4 address (what a phone on the same network can reach), if any. */
export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) return net.address;
  }
  return null;
}

/** The built SvelteKit handler, or a plain page saying how to build it. */
async function webHandler(): Promise<RequestHandler> {
  const file = fileURLToPath(new URL('../build/handler.js', import.meta.url));
  if (existsSync(file)) {
    const mod = (await import(pathToFileURL(file).href)) as { handler: RequestHandler };
    return mod.handler;
  }
  return (_req, res) => {
    res
      .status(503)
      .type('text/plain')
      .send('The Glimpse web app is not built yet: run `npm run build` (npm start does it).');
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }

  const database = openDatabase(config.DATABASE_URL);
  const store = new DrizzleStore(database);
  const lan = lanAddress();
  const publicUrl = config.PUBLIC_URL ?? (lan ? `http://${lan}:${config.PORT}` : null);
  const glimpse = createApp({
    store,
    config: { publicUrl, allowedOrigins: config.ALLOWED_ORIGINS },
    dashboard: dashboardOptionsFrom(config),
    handler: await webHandler(),
  });
  const resumed = await glimpse.rooms.resume();

  glimpse.httpServer.listen(config.PORT, config.HOST, () => {
    const address = glimpse.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const joinBase = config.PUBLIC_URL ?? `http://${lan ?? 'localhost'}:${port}`;
    console.log(`Glimpse is running on http://localhost:${port}`);
    console.log(`Participants join at ${joinBase}/join (same network)`);
    console.log(
      `Database: ${config.DATABASE_URL}${resumed ? ` (${resumed} unfinished game(s) resumed)` : ''}`,
    );
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    consoleLogger.info(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await glimpse.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      consoleLogger.error('shutdown failed', { error: String(error) });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

await main();
