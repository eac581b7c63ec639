/**
 * Simulated participants (and optionally a simulated host) over real Socket.IO connections: how a
 * facilitator tries Glimpse alone and what load tests build on. Each bot syncs its clock with a burst
 * of pings (shared/clock), fetches both images of a round over HTTP before reporting ready, "sees" the
 * flash at the scheduled time converted to its own clock, reports its timing, and answers after a
 * log-normal reaction time.
 *
 * Accuracy: the server never tells a participant the answer before the reveal, and the bots are no
 * exception. When the bots also play the host (`create`), the host's own view names the emotion, and
 * the process shares it in memory with its bots, so `accuracy` holds. Without `create` the bots cannot
 * know the answer and pick at random among the emotions the game accepts.
 */
import { io, type Socket } from 'socket.io-client';
import { ClockSync } from '../../shared/clock';
import { EMOTIONS, type Emotion } from '../../shared/emotions';
import { isGameCode } from '../../shared/protocol/game-code';
import type {
  ClientToServerEvents,
  CreatedGame,
  GameSettingsInput,
  HostView,
  JoinedGame,
  ParticipantView,
  Result,
  ServerToClientEvents,
  View,
} from '../../shared/protocol';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Options of a bot run. */
export interface BotOptions {
  /** Server base URL, e.g. http://localhost:3000. */
  url: string;
  /** Game to join (required unless `create`). */
  code?: string;
  count: number;
  /** Probability of a correct answer (needs `create`, see above). */
  accuracy: number;
  /** Create the game as host and drive it to the end. */
  create: boolean;
  /** Rounds of a created game. */
  rounds: number;
  /** Overrides of the created game's settings. */
  settings?: Partial<GameSettingsInput>;
  /** Median reaction time, ms (log-normal spread around it). */
  reactionMedianMs?: number;
  /** Pause in the reveal before the host moves on, ms. */
  revealPauseMs?: number;
  /** Uniform random numbers in [0, 1) (inject a seeded one for reproducible runs). */
  random?: () => number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Gives up after this long, ms. */
  timeoutMs?: number;
}

/** The summary a run prints as its last line. */
export interface BotSummary {
  code: string;
  participants: number;
  rounds: number;
  answers_sent: number;
  answers_acked: number;
  ack_p50_ms: number | null;
  ack_p99_ms: number | null;
  report_url: string;
}

/** An answer the server acknowledged. */
export interface AckedAnswer {
  round: number;
  choice: Emotion;
}

/** Everything a run returns: the summary line, the host credential and the acknowledged answers. */
export interface BotRun {
  summary: BotSummary;
  /** Credential for `summary.report_url` (null when the bots did not create the game). */
  hostToken: string | null;
  acked: AckedAnswer[];
}

/**
 * Where the host reads this game's results. With the host token (bots that created the game) it is
 * the printable report page, carrying the token in the URL fragment: the browser never sends a
 * fragment to the server, so the credential stays out of access logs; the page keeps it like a host
 * page would. Without a token, the JSON report path (which then needs `Authorization: Bearer`).
 */
export function reportUrl(url: string, code: string, hostToken: string | null = null): string {
  const base = url.replace(/\/+$/, '');
  return hostToken ? `${base}/report/${code}#token=${hostToken}` : `${base}/api/reports/${code}`;
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function api<T>(url: string, init?: RequestInit): Promise<Result<T>> {
  const res = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) },
  });
  return (await res.json()) as Result<T>;
}

function connect(url: string, auth: Record<string, string>): ClientSocket {
  return io(url, { auth, transports: ['websocket'], reconnection: true, forceNew: true });
}

/** What the bots of one process share. */
interface Shared {
  options: Required<Omit<BotOptions, 'code' | 'settings' | 'log'>> & { log: (l: string) => void };
  /** The correct emotion per round, known only when this process is the host. */
  oracle: Map<number, Emotion>;
  /** Emotions the game accepts (learned from `request/invalid` when unknown). */
  candidates: Emotion[];
  sent: number;
  acked: number;
  ackMs: number[];
  ackedAnswers: AckedAnswer[];
  roundsSeen: Set<number>;
}

/** A normal deviate (Box–Muller). */
function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** One simulated participant. */
class Bot {
  readonly socket: ClientSocket;
  readonly sync = new ClockSync();
  readonly #shared: Shared;
  readonly #url: string;
  readonly #prepared = new Set<number>();
  readonly #scheduled = new Set<number>();
  view: ParticipantView | null = null;
  ended = false;

  constructor(url: string, token: string, shared: Shared) {
    this.#url = url;
    this.#shared = shared;
    this.socket = connect(url, { token });
    this.socket.on('view', (view) => this.#onView(view as ParticipantView));
    this.socket.on('session:ended', () => {
      this.ended = true;
    });
  }

  /** A burst of pings 50 ms apart; the quickest samples give the offset (docs/flash-and-sync.md). */
  async syncClock(pings = 10): Promise<void> {
    for (let i = 0; i < pings; i++) {
      const t0 = now();
      const result = await this.socket.timeout(5_000).emitWithAck('clock:ping', { t0 });
      const t3 = now();
      if (result.ok) this.sync.addSample({ t0, t1: result.data.t1, t2: result.data.t1, t3 });
      await sleep(50);
    }
  }

  #onView(view: ParticipantView): void {
    this.view = view;
    const round = view.round;
    if (!round || view.paused) return;
    if (view.phase === 'preparing' && !round.youReady && !this.#prepared.has(round.index)) {
      this.#prepared.add(round.index);
      void this.#prepare(round.index, round.maskId, round.apexId);
    }
    if ((view.phase === 'scheduled' || view.phase === 'answering') && round.showAt !== null) {
      if (this.#scheduled.has(round.index)) return;
      this.#scheduled.add(round.index);
      this.#shared.roundsSeen.add(round.index);
      this.#schedule(round.index, round.showAt, round.exposureMs, round.timeLimitMs);
    }
  }

  async #prepare(index: number, maskId: string, apexId: string): Promise<void> {
    try {
      // Both images are fetched (and would be decoded) before the device reports ready.
      await Promise.all(
        [maskId, apexId].map(async (id) => {
          const res = await fetch(`${this.#url}/api/stimuli/${id}`);
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`stimulus ${res.status}`);
        }),
      );
      await this.socket.timeout(5_000).emitWithAck('player:ready', { round: index });
    } catch (error) {
      this.#shared.options.log(`bot ready failed: ${String(error)}`);
    }
  }

  #schedule(index: number, showAt: number, exposureMs: number, timeLimitMs: number | null): void {
    const { random, reactionMedianMs } = this.#shared.options;
    const localShow = this.sync.toLocal(showAt);
    const late = localShow < now();
    setTimeout(
      () => {
        const shownLocal = now();
        const frames = Math.max(1, Math.round(exposureMs / (1000 / 60)));
        void this.socket
          .timeout(5_000)
          .emitWithAck('player:timing', {
            round: index,
            showAt,
            offsetMs: this.sync.offsetMs,
            rttMs: Math.max(0, this.sync.rttMs),
            shownAt: late ? null : this.sync.toServer(shownLocal),
            framesRequested: frames,
            framesShown: late ? 0 : frames,
            refreshHz: 60,
            missed: late,
            missedReason: late ? 'late-schedule' : null,
          })
          .catch(() => undefined);
        // Log-normal reaction time around the median, kept inside the answer window.
        const limit = timeLimitMs ?? 20_000;
        const reaction = Math.min(
          Math.max(250, reactionMedianMs * Math.exp(0.35 * gaussian(random))),
          Math.max(250, limit - 300),
        );
        setTimeout(() => void this.#answer(index, reaction, shownLocal), reaction);
      },
      Math.max(0, localShow - now()),
    );
  }

  #choose(index: number, tried: Set<Emotion>): Emotion | null {
    const { random, accuracy } = this.#shared.options;
    const open = this.#shared.candidates.filter((e) => !tried.has(e));
    if (open.length === 0) return null;
    const correct = this.#shared.oracle.get(index);
    if (correct === undefined) return open[Math.floor(random() * open.length)]!;
    const wrong = open.filter((e) => e !== correct);
    if (random() < accuracy || wrong.length === 0) return correct;
    return wrong[Math.floor(random() * wrong.length)]!;
  }

  async #answer(index: number, reactionMs: number, shownLocal: number): Promise<void> {
    const tried = new Set<Emotion>();
    for (;;) {
      if (this.ended || (this.view?.round && this.view.round.index !== index)) return;
      const choice = this.#choose(index, tried);
      if (choice === null) return;
      tried.add(choice);
      const sentAt = now();
      this.#shared.sent += 1;
      let result: Result<{ accepted: true }>;
      try {
        result = await this.socket
          .timeout(10_000)
          .emitWithAck('player:answer', { round: index, choice, reactionMs: Math.round(now() - shownLocal) });
      } catch {
        return;
      }
      if (result.ok) {
        this.#shared.acked += 1;
        this.#shared.ackMs.push(now() - sentAt);
        this.#shared.ackedAnswers.push({ round: index, choice });
        return;
      }
      if (result.error.code === 'request/invalid') {
        // The game does not offer this emotion: never try it again (only when the host is not ours).
        this.#shared.candidates = this.#shared.candidates.filter((e) => e !== choice);
        continue;
      }
      if (result.error.code === 'round/not-open') {
        await sleep(50);
        tried.delete(choice);
        continue;
      }
      return;
    }
  }

  close(): void {
    this.socket.close();
  }
}

/** Runs the bots to the end of the game and returns the summary. */
export async function runBots(input: BotOptions): Promise<BotRun> {
  const url = input.url.replace(/\/+$/, '');
  const shared: Shared = {
    options: {
      url,
      count: input.count,
      accuracy: input.accuracy,
      create: input.create,
      rounds: input.rounds,
      reactionMedianMs: input.reactionMedianMs ?? 900,
      revealPauseMs: input.revealPauseMs ?? 500,
      random: input.random ?? Math.random,
      log: input.log ?? (() => {}),
      timeoutMs: input.timeoutMs ?? 10 * 60_000,
    },
    oracle: new Map(),
    candidates: [...EMOTIONS],
    sent: 0,
    acked: 0,
    ackMs: [],
    ackedAnswers: [],
    roundsSeen: new Set(),
  };
  const log = shared.options.log;
  let code = input.code ?? '';
  let hostToken: string | null = null;
  let host: ClientSocket | null = null;
  const bots: Bot[] = [];

  try {
    if (input.create) {
      const settings: GameSettingsInput = {
        deckId: 'all',
        emotions: [...EMOTIONS],
        rounds: input.rounds,
        exposureMs: 200,
        timeLimitMs: 5_000,
        mode: 'lesson',
        scoring: true,
        autoAdvance: true,
        ...input.settings,
      };
      const created = await api<CreatedGame>(`${url}/api/games`, {
        method: 'POST',
        body: JSON.stringify({ settings }),
      });
      if (!created.ok) throw new Error(`create failed: ${created.error.code}`);
      code = created.data.code;
      hostToken = created.data.hostToken;
      shared.candidates = [...settings.emotions];
      log(`created game ${code}`);
    }
    if (!isGameCode(code)) throw new Error('a six-digit --code (or --create) is required');

    // Seats, in small concurrent batches.
    const tokens: string[] = [];
    for (let i = 0; i < input.count; i += 10) {
      const batch = Array.from({ length: Math.min(10, input.count - i) }, (_, k) => i + k);
      const joined = await Promise.all(
        batch.map((n) =>
          api<JoinedGame>(`${url}/api/games/${code}/join`, {
            method: 'POST',
            body: JSON.stringify({ name: `Bot ${String(n + 1).padStart(3, '0')}` }),
          }),
        ),
      );
      for (const j of joined) {
        if (!j.ok) throw new Error(`join failed: ${j.error.code}`);
        tokens.push(j.data.token);
      }
    }
    for (const token of tokens) bots.push(new Bot(url, token, shared));
    await Promise.all(
      bots.map(
        (b) => new Promise<void>((r) => (b.socket.connected ? r() : b.socket.once('connect', () => r()))),
      ),
    );
    await Promise.all(bots.map((b) => b.syncClock()));
    log(`${bots.length} bots joined and synced`);

    const finished = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out')), shared.options.timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      if (input.create && hostToken) {
        host = connect(url, { token: hostToken });
        const advanced = new Set<number>();
        let started = false;
        host.on('view', (v: View) => {
          const view = v as HostView;
          if (view.round) shared.oracle.set(view.round.index, view.round.emotion);
          for (const r of view.history) shared.roundsSeen.add(r.index);
          if (view.phase === 'finished') return done();
          if (
            view.phase === 'lobby' &&
            !started &&
            view.participants.filter((p) => p.connected).length >= bots.length
          ) {
            started = true;
            void host!.emitWithAck('host:start', {}).then((r) => log(`start: ${JSON.stringify(r)}`));
          }
          if (view.phase === 'reveal' && view.round && !advanced.has(view.round.index)) {
            const round = view.round.index;
            advanced.add(round);
            log(`round ${round + 1} revealed: ${view.round.answeredCount} answers`);
            setTimeout(() => void host!.emitWithAck('host:next', { round }), shared.options.revealPauseMs);
          }
        });
      } else {
        const poll = setInterval(() => {
          if (bots.every((b) => b.ended || b.view?.phase === 'finished')) {
            clearInterval(poll);
            done();
          }
        }, 200);
      }
    });
    await finished;
    // Let in-flight acks land before counting.
    const settleUntil = now() + 2_000;
    while (shared.acked < shared.sent && now() < settleUntil) await sleep(20);
  } finally {
    for (const b of bots) b.close();
    (host as ClientSocket | null)?.close();
  }

  const summary: BotSummary = {
    code,
    participants: bots.length,
    rounds: shared.roundsSeen.size,
    answers_sent: shared.sent,
    answers_acked: shared.acked,
    ack_p50_ms: round1(percentile(shared.ackMs, 50)),
    ack_p99_ms: round1(percentile(shared.ackMs, 99)),
    report_url: reportUrl(url, code, hostToken),
  };
  return { summary, hostToken, acked: shared.ackedAnswers };
}

function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
