/**
 * Opens the SQLite database the way docs/architecture.md describes (WAL, synchronous=NORMAL,
 * a busy timeout) and applies the committed drizzle migrations. The only module that opens the driver.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

/** Where the committed migrations live. */
export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The typed drizzle database (what the dashboard queries). */
export type GlimpseDb = BetterSQLite3Database<typeof schema>;

/** An open database: the drizzle handle and the raw driver (for transactions and closing). */
export interface OpenDatabase {
  db: GlimpseDb;
  sqlite: Database.Database;
  close(): void;
}

/**
 * Opens (creating the folder when needed) and migrates the database at `path`
 * (`:memory:` works too).
 */
export function openDatabase(path: string): OpenDatabase {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db,
    sqlite,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

export { schema };
