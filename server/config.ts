/**
 * Configuration from the environment, validated with zod. A bad value stops the start with a
 * message that names the variable. The dashboard's options are validated here too
 * (`dashboardConfigSchema`), whether they come from the environment or from a test.
 */
import { z } from 'zod';

const origin = z.url().transform((u) => new URL(u).origin);

/** Default retention of games, days (docs/dashboard.md, "Retention"). */
export const DEFAULT_RETENTION_DAYS = 90;
/** Default minimum gap between two `host:analytics` payloads of one game. */
export const DEFAULT_ANALYTICS_INTERVAL_MS = 500;

/** Longest retention that can be configured, days (about 270 years: "keep" is `null`, not a big number). */
const MAX_RETENTION_DAYS = 99_999;

/** The dashboard's options (`createDashboard`): retention, live analytics throttle, what to start. */
export const dashboardConfigSchema = z
  .object({
    /** Days a game is kept after its last activity; null keeps games until a host deletes them. */
    retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).nullable().default(DEFAULT_RETENTION_DAYS),
    /** Minimum gap between two `host:analytics` payloads of one game, ms. */
    analyticsIntervalMs: z.number().int().min(0).max(60_000).default(DEFAULT_ANALYTICS_INTERVAL_MS),
    /** Push live analytics to hosts. */
    live: z.boolean().default(true),
    /** Prune expired games at start-up and daily. */
    prune: z.boolean().default(true),
  })
  .strict();

/** The dashboard's validated options. */
export type DashboardConfig = z.infer<typeof dashboardConfigSchema>;
/** The dashboard's options as given (every field optional). */
export type DashboardOptions = z.input<typeof dashboardConfigSchema>;

/** Validates dashboard options; throws an Error naming every bad option. */
export function parseDashboardConfig(options: unknown = {}): DashboardConfig {
  const result = dashboardConfigSchema.safeParse(options);
  if (!result.success) throw new Error(`Invalid dashboard configuration:\n${issueLines(result.error)}`);
  return result.data;
}

/**
 * `GLIMPSE_RETENTION_DAYS`: a whole number of days, or `0`/`never`/`off` to keep games. Anything else
 * stops the start, so a typo never silently keeps or deletes data.
 */
const retentionDays = z
  .string()
  .optional()
  .transform((value, ctx): number | null => {
    if (value === undefined) return DEFAULT_RETENTION_DAYS;
    const v = value.trim().toLowerCase();
    if (v === '') return DEFAULT_RETENTION_DAYS;
    if (v === '0' || v === 'never' || v === 'off') return null;
    const days = /^\d{1,5}$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number of days or "never", got "${value}"` });
      return z.NEVER;
    }
    return days;
  });

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .min(1)
    .default('./data/glimpse.db')
    // drizzle-style "file:" URLs are accepted too.
    .transform((s) => s.replace(/^file:/, '')),
  PUBLIC_URL: z
    .url()
    .optional()
    .transform((u) => (u ? u.replace(/\/+$/, '') : undefined)),
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((s, ctx) => {
      const list = (s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      const parsed: string[] = [];
      for (const item of list) {
        const r = origin.safeParse(item);
        if (!r.success) {
          ctx.addIssue({ code: 'custom', message: `"${item}" is not an origin like https://example.org` });
          return z.NEVER;
        }
        parsed.push(r.data);
      }
      return parsed;
    }),
  GLIMPSE_RETENTION_DAYS: retentionDays,
});

/** The validated configuration. */
export type Config = z.infer<typeof schema>;

/** Parses the environment; throws an Error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const emptyToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const result = schema.safeParse(emptyToUndefined);
  if (!result.success) throw new Error(`Invalid configuration:\n${issueLines(result.error)}`);
  return result.data;
}

/** The dashboard's options from the validated environment. */
export function dashboardOptionsFrom(config: Config): DashboardOptions {
  return { retentionDays: config.GLIMPSE_RETENTION_DAYS };
}

function issueLines(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`).join('\n');
}
