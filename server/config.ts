/**
 * Configuration from the environment, validated with zod. A bad value stops the start with a
 * message that names the variable.
 */
import { z } from 'zod';

const origin = z.url().transform((u) => new URL(u).origin);

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
});

/** The validated configuration. */
export type Config = z.infer<typeof schema>;

/** Parses the environment; throws an Error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const emptyToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const result = schema.safeParse(emptyToUndefined);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
