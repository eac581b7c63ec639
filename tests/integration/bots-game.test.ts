/**
 * A whole game over real sockets: 20 bots (server/bots) play 5 rounds created and driven by their own
 * host. Every acknowledged answer is in the SQLite file, and the per-emotion accuracy computed from
 * the database equals the one computed from what the bots actually answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emotion } from '../../shared/emotions';
import { runBots, type BotRun } from '../../server/bots/bots';
import { FAST, startServer, type TestServer } from './support/server';
import { mulberry32 } from '../../shared/random';

describe('20 bots play a 5-round game', () => {
  let server: TestServer;
  let run: BotRun;

  beforeAll(async () => {
    server = await startServer();
    run = await runBots({
      url: server.url,
      count: 20,
      accuracy: 0.7,
      create: true,
      rounds: 5,
      settings: { ...FAST, rounds: 5, timeLimitMs: 4000 },
      reactionMedianMs: 400,
      revealPauseMs: 50,
      random: mulberry32(42),
      timeoutMs: 50_000,
    });
    await server.app.rooms.settled();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('every answer is acknowledged and persisted', () => {
    const { summary } = run;
    expect(summary.participants).toBe(20);
    expect(summary.rounds).toBe(5);
    expect(summary.answers_sent).toBe(100);
    expect(summary.answers_acked).toBe(100);
    const [{ n }] = server.query<{ n: number }>(
      'SELECT count(*) AS n FROM answers WHERE game_code = ?',
      summary.code,
    ) as [{ n: number }];
    expect(n).toBe(100);
    const [game] = server.query<{ phase: string; finished_at: number | null }>(
      'SELECT phase, finished_at FROM games WHERE code = ?',
      summary.code,
    );
    expect(game?.phase).toBe('finished');
    expect(game?.finished_at).not.toBeNull();
    const timing = server.query<{ n: number }>(
      'SELECT count(*) AS n FROM timing_reports WHERE game_code = ?',
      summary.code,
    );
    expect(timing[0]?.n).toBe(100);
  });

  it('per-emotion accuracy in the database matches what the bots answered', () => {
    const rounds = server.query<{ index: number; emotion: Emotion }>(
      'SELECT "index", emotion FROM rounds WHERE game_code = ? ORDER BY "index"',
      run.summary.code,
    );
    const truth = new Map(rounds.map((r) => [r.index, r.emotion]));
    const expected: Record<string, { correct: number; total: number }> = {};
    for (const a of run.acked) {
      const e = truth.get(a.round)!;
      expected[e] ??= { correct: 0, total: 0 };
      expected[e].total += 1;
      if (a.choice === e) expected[e].correct += 1;
    }
    const rows = server.query<{ emotion: string; correct: number; total: number }>(
      `SELECT r.emotion AS emotion, sum(a.correct) AS correct, count(*) AS total
         FROM answers a JOIN rounds r ON r.game_code = a.game_code AND r."index" = a.round
        WHERE a.game_code = ? GROUP BY r.emotion`,
      run.summary.code,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.emotion, { correct: r.correct, total: r.total }]));
    expect(actual).toEqual(expected);
    // The bots aimed at 70 %: with 100 answers the overall accuracy is near it (and certainly not chance).
    const correct = rows.reduce((s, r) => s + r.correct, 0);
    expect(correct).toBeGreaterThan(50);
    expect(correct).toBeLessThan(90);
    // Correctness and points are stored consistently (points only for correct answers, scoring on).
    const inconsistent = server.query<{ n: number }>(
      'SELECT count(*) AS n FROM answers WHERE game_code = ? AND ((correct = 1 AND points < 500) OR (correct = 0 AND points <> 0))',
      run.summary.code,
    );
    expect(inconsistent[0]?.n).toBe(0);
  });
});
