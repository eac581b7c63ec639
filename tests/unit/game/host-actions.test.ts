/**
 * `hostActions(view)` is the one answer to "which host command is available, and why not" (SPEC H-11):
 * checked against `step()` over many fuzzed engine states, so the host page can never offer a command the
 * engine refuses, nor hide one it would accept.
 */
import { describe, expect, it } from 'vitest';
import {
  HOST_ACTIONS,
  hostActions,
  hostCommand,
  hostCommandPayload,
  type HostAction,
} from '../../../shared/game/host-actions';
import type { GameState } from '../../../shared/game/types';
import { hostView } from '../../../shared/game/view';
import { CLIENT_EVENT_SCHEMAS } from '../../../shared/protocol/events';
import { fuzzSettings, randomEvent } from './fuzz-gen';
import { createEvent, frozenStep, prng, Scenario, settings, started } from './helpers';

/** Every state a seeded random game passes through. */
function statesOf(seed: number, events = 150): GameState[] {
  const rand = prng(seed);
  const created = frozenStep(null, createEvent(fuzzSettings(rand)));
  if (!created.ok) throw new Error('create failed');
  const states = [created.state];
  let state = created.state;
  for (let i = 0; i < events; i++) {
    const r = frozenStep(state, randomEvent(rand, state));
    if (r.ok) {
      state = r.state;
      states.push(state);
    }
  }
  return states;
}

describe('H-11: hostActions agrees with step()', () => {
  it('over fuzzed states, an action is enabled exactly when step accepts its command', () => {
    const seen = new Map<HostAction, { enabled: number; disabled: number }>(
      HOST_ACTIONS.map((a) => [a, { enabled: 0, disabled: 0 }]),
    );
    const blocks = new Set<string>();
    for (let seed = 1; seed <= 120; seed++) {
      for (const state of statesOf(seed)) {
        const view = hostView(state);
        const actions = hostActions(view);
        for (const action of HOST_ACTIONS) {
          const result = frozenStep(state, {
            type: 'host',
            at: state.now + 1,
            command: hostCommand(action, view),
          });
          const { enabled, blocked } = actions[action];
          if (enabled !== result.ok) {
            throw new Error(
              `seed ${seed} v${state.version} ${state.phase}${state.paused ? ' paused' : ''}: ` +
                `${action} enabled=${enabled} but step ${result.ok ? 'accepted' : `said ${result.error}`}`,
            );
          }
          expect(blocked === null).toBe(enabled);
          if (blocked) blocks.add(blocked);
          seen.get(action)![enabled ? 'enabled' : 'disabled'] += 1;
        }
      }
    }
    // The states must cover both sides of every action, and every reason.
    for (const [action, counts] of seen) {
      expect(counts.enabled, `${action} enabled`).toBeGreaterThan(0);
      expect(counts.disabled, `${action} disabled`).toBeGreaterThan(0);
    }
    expect(blocks).toEqual(
      new Set([
        'wrong-phase',
        'no-participants',
        'paused',
        'not-paused',
        'devices-preparing',
        'flash-imminent',
        'finished',
      ]),
    );
  });

  it('names the reason: devices preparing, flash imminent, paused, no participants, finished', () => {
    const lobby = new Scenario();
    expect(hostActions(hostView(lobby.state)).start).toEqual({ enabled: false, blocked: 'no-participants' });
    const g = started(['a', 'b']);
    let actions = hostActions(hostView(g.state));
    expect(actions.close.blocked).toBe('devices-preparing');
    expect(actions.resume.blocked).toBe('not-paused');
    expect(actions.next.blocked).toBe('wrong-phase');
    g.ready('a').ready('b');
    expect(hostActions(hostView(g.state)).close.blocked).toBe('flash-imminent');
    g.toAnswering().host({ kind: 'pause' });
    actions = hostActions(hostView(g.state));
    expect(actions.pause.blocked).toBe('paused');
    expect(actions.resume.enabled).toBe(true);
    expect(actions.close.enabled).toBe(true);
    g.host({ kind: 'end' });
    for (const a of HOST_ACTIONS) expect(hostActions(hostView(g.state))[a].blocked).toBe('finished');
  });
});

describe('hostCommandPayload', () => {
  it('round commands carry the round on screen; start and end carry nothing; every payload passes its schema', () => {
    const g = started(['a'], settings({ rounds: 3 }))
      .ready('a')
      .toAnswering()
      .host({ kind: 'close' });
    g.host({ kind: 'next' });
    const view = hostView(g.state);
    expect(view.round?.index).toBe(1);
    for (const action of HOST_ACTIONS) {
      const payload = hostCommandPayload(action, view);
      expect(payload).toEqual(action === 'start' || action === 'end' ? {} : { round: 1 });
      expect(CLIENT_EVENT_SCHEMAS[`host:${action}`].schema.safeParse(payload).success).toBe(true);
    }
    expect(hostCommandPayload('next', hostView(new Scenario().state))).toEqual({ round: 0 });
  });
});
