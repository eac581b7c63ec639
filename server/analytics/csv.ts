/**
 * CSV export of a game: one row per persisted answer, joined with its round and with the timing
 * report of that device for that round (every timing field). Optionally one row per missed
 * seat-round (an eligible seat that did not answer a counted round). RFC 4180 quoting.
 */
import type { MissedSeat } from '../../shared/stats';
import type { AnswerRecord, ParticipantRecord, RoundRecord, TimingRecord } from '../db/store';

/** Column order of the export (documented in docs/dashboard.md). */
export const CSV_COLUMNS = [
  'row_type',
  'game_code',
  'round_index',
  'participant_id',
  'nickname',
  'true_emotion',
  'choice',
  'correct',
  'reaction_ms',
  'claimed_reaction_ms',
  'flagged',
  'received_at',
  'points',
  'identity_id',
  'exposure_ms',
  'round_prepared_at',
  'round_show_at',
  'round_deadline',
  'round_skipped',
  'timing_show_at',
  'timing_offset_ms',
  'timing_rtt_ms',
  'timing_shown_at',
  'timing_frames_requested',
  'timing_frames_shown',
  'timing_refresh_hz',
  'timing_missed',
  'timing_missed_reason',
  'timing_received_at',
] as const;

type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field. Quoted when it holds a comma, quote, CR or LF (quotes doubled). Text that a
 * spreadsheet would run as a formula (leading = + - @ tab CR) gets a leading apostrophe: nicknames
 * are typed by participants (OWASP "CSV injection"). Numbers are written as they are.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (CRLF-terminated, as RFC 4180 asks). */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Everything the export joins. */
export interface CsvInput {
  code: string;
  answers: readonly AnswerRecord[];
  rounds: readonly RoundRecord[];
  participants: readonly ParticipantRecord[];
  timings: readonly TimingRecord[];
  /** When given, adds a `missed` row for every eligible seat without an answer in a counted round. */
  missedFrom?: readonly MissedSeat[];
}

/** Builds the CSV text (header first, rows by round then receipt time). */
export function buildAnswersCsv(input: CsvInput): string {
  const rounds = new Map(input.rounds.map((r) => [r.index, r]));
  const names = new Map(input.participants.map((p) => [p.id, p.name]));
  const timing = new Map(input.timings.map((t) => [`${t.participantId}\u0000${t.round}`, t]));
  const rowFor = (
    kind: 'answer' | 'missed',
    round: number,
    participantId: string,
    a: AnswerRecord | null,
  ) => {
    const r = rounds.get(round);
    const t = timing.get(`${participantId}\u0000${round}`);
    return csvLine([
      kind,
      input.code,
      round,
      participantId,
      names.get(participantId) ?? '',
      r?.emotion,
      a?.choice,
      a?.correct,
      a?.reactionMs,
      a?.claimedReactionMs,
      a?.flagged,
      a?.receivedAt,
      a?.points,
      r?.identityId,
      r?.exposureMs,
      r?.preparedAt,
      r?.showAt,
      r?.deadline,
      r?.skipped,
      t?.showAt,
      t?.offsetMs,
      t?.rttMs,
      t?.shownAt,
      t?.framesRequested,
      t?.framesShown,
      t?.refreshHz,
      t?.missed,
      t?.missedReason,
      t?.receivedAt,
    ]);
  };
  const answers = [...input.answers].sort((x, y) => x.round - y.round || x.receivedAt - y.receivedAt);
  const lines = [csvLine(CSV_COLUMNS)];
  for (const a of answers) lines.push(rowFor('answer', a.round, a.participantId, a));
  for (const m of input.missedFrom ?? []) lines.push(rowFor('missed', m.round, m.participantId, null));
  return lines.join('');
}
