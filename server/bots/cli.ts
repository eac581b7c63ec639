/**
 * `npm run bots -- --url URL --code CODE --count N --accuracy 0.7`
 * `npm run bots -- --url URL --create --rounds R --count N [--accuracy 0.7]`
 *
 * Progress goes to stderr; the LAST stdout line is one JSON object:
 * {"code","participants","rounds","answers_sent","answers_acked","ack_p50_ms","ack_p99_ms","report_url"}.
 * `--accuracy` needs `--create` (the bots learn the answer from their own host's view; see bots.ts).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { GAME_CODE_PATTERN } from '../../shared/protocol/game-code';
import { reportUrl, runBots } from './bots';

const argsSchema = z
  .object({
    url: z.url().default('http://localhost:3000'),
    code: z.string().regex(GAME_CODE_PATTERN).optional(),
    count: z.coerce.number().int().min(1).max(1000).default(10),
    accuracy: z.coerce.number().min(0).max(1).default(0.7),
    create: z.boolean().default(false),
    rounds: z.coerce.number().int().min(1).max(100).default(5),
    'exposure-ms': z.coerce.number().int().min(10).max(2000).optional(),
    'time-limit-ms': z.coerce.number().int().min(3000).max(300_000).optional(),
    quiet: z.boolean().default(false),
  })
  .refine((a) => a.create || a.code !== undefined, { message: 'give --code CODE or --create' });

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      code: { type: 'string' },
      count: { type: 'string' },
      accuracy: { type: 'string' },
      create: { type: 'boolean' },
      rounds: { type: 'string' },
      'exposure-ms': { type: 'string' },
      'time-limit-ms': { type: 'string' },
      quiet: { type: 'boolean' },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(
      `bots: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ')}`,
    );
    process.exit(2);
  }
  const a = parsed.data;
  if (!a.create && values.accuracy !== undefined) {
    console.error(
      'bots: without --create the bots cannot know the answers: they pick at random (--accuracy ignored)',
    );
  }
  const settings = {
    ...(a['exposure-ms'] !== undefined ? { exposureMs: a['exposure-ms'] } : {}),
    ...(a['time-limit-ms'] !== undefined ? { timeLimitMs: a['time-limit-ms'] } : {}),
  };
  const { summary, hostToken } = await runBots({
    url: a.url,
    ...(a.code ? { code: a.code } : {}),
    count: a.count,
    accuracy: a.accuracy,
    create: a.create,
    rounds: a.rounds,
    settings,
    log: a.quiet ? () => {} : (line) => console.error(`[bots] ${line}`),
  });
  if (hostToken) {
    const api = reportUrl(a.url, summary.code);
    console.error(`[bots] JSON results: curl -H 'Authorization: Bearer ${hostToken}' ${api}`);
  }
  console.log(JSON.stringify(summary));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(`bots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
