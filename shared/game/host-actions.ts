/**
 * Which host command is available right now, and why not: the one source the host page reads, written
 * from the engine's rules (SPEC H-*) and tested against `step()` over fuzzed states, so a button is
 * enabled exactly when the engine would accept its command.
 *
 * No words for people here: a block is a code, and the web maps it to text.
 */
import type { HostView } from './view-types';
import { isOpenPhase } from './phases';
import type { HostCommand } from './types';

/** Every host command a button can give. `kick` and `lock` act on a seat or the lobby and are always there. */
export const HOST_ACTIONS = ['start', 'close', 'next', 'skip', 'pause', 'resume', 'discuss', 'end'] as const;
/** A host command a button can give. */
export type HostAction = (typeof HOST_ACTIONS)[number];

/** Why an action is unavailable. */
export type HostActionBlock =
  | 'wrong-phase'
  | 'no-participants'
  | 'paused'
  | 'not-paused'
  | 'devices-preparing'
  | 'flash-imminent'
  | 'finished';

/** Availability of one action. */
export interface HostActionState {
  enabled: boolean;
  /** Null when enabled. */
  blocked: HostActionBlock | null;
}

/** What `hostActions` reads: the host's view, or anything with these fields. */
export type HostActionView = Pick<HostView, 'phase' | 'paused' | 'round' | 'participants'>;

const ENABLED: HostActionState = { enabled: true, blocked: null };
const blocked = (why: HostActionBlock): HostActionState => ({ enabled: false, blocked: why });
const when = (ok: boolean, why: HostActionBlock) => (ok ? ENABLED : blocked(why));

/** Availability of every host action for `view` (SPEC H-1 … H-10). */
export function hostActions(view: HostActionView): Record<HostAction, HostActionState> {
  const { phase, paused } = view;
  if (phase === 'finished') {
    const done = blocked('finished');
    return {
      start: done,
      close: done,
      next: done,
      skip: done,
      pause: done,
      resume: done,
      discuss: done,
      end: done,
    };
  }
  const running = isOpenPhase(phase);
  const revealed = phase === 'reveal' || phase === 'discussion';
  return {
    // H-1
    start: phase !== 'lobby' ? blocked('wrong-phase') : when(view.participants.length > 0, 'no-participants'),
    // H-6: answers close only while open; before that the devices are still loading or about to flash.
    close:
      phase === 'answering'
        ? ENABLED
        : phase === 'preparing'
          ? blocked('devices-preparing')
          : phase === 'scheduled'
            ? blocked('flash-imminent')
            : blocked('wrong-phase'),
    // H-6
    next: when(revealed, 'wrong-phase'),
    // H-5
    skip: when(running, 'wrong-phase'),
    // H-3, H-4, H-4a
    pause: paused ? blocked('paused') : when(running, 'wrong-phase'),
    resume: when(paused, 'not-paused'),
    // H-8
    discuss: when(phase === 'reveal', 'wrong-phase'),
    // H-7
    end: ENABLED,
  };
}

/** Payload of the socket event `host:<action>`: the round index for commands that act on a round. */
export type HostActionPayload<A extends HostAction> = A extends 'start' | 'end'
  ? Record<string, never>
  : { round: number };

/** The round the view shows (0 before the first round, where no round command is available anyway). */
function shownRound(view: Pick<HostView, 'round'>): number {
  return view.round?.index ?? 0;
}

/**
 * The payload to send for `action` from this view, e.g. `client.send(`host:${action}`, payload)`.
 * Round commands carry the round on screen, so the server rejects one the game has overtaken (SPEC H-10).
 */
export function hostCommandPayload<A extends HostAction>(
  action: A,
  view: Pick<HostView, 'round'>,
): HostActionPayload<A> {
  return (action === 'start' || action === 'end' ? {} : { round: shownRound(view) }) as HostActionPayload<A>;
}

/** The engine command the server builds from `action` sent from this view. */
export function hostCommand(action: HostAction, view: Pick<HostView, 'round'>): HostCommand {
  return action === 'start' || action === 'end'
    ? { kind: action }
    : { kind: action, round: shownRound(view) };
}
