import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../shared/emotions';
import { IDENTITIES, expressionAu, renderFaceLayers } from '../../../shared/face/index';
import type { StaticCtx, StaticCtxIsExpressionFree } from '../../../shared/face/render/context';
import { staticContext } from '../../../shared/face/render/context';
import { staticLayers } from '../../../shared/face/render/index';

const RENDER = join(import.meta.dirname, '../../../shared/face/render');
/** Modules whose exports carry or compute the expression. */
const EXPRESSION_MODULES = /(^|\/)(action-units|expressions|geometry|decks|features\/[\w-]+|context)$/;

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].map((m) =>
    m[1] ? `type:${m[2]!}` : m[2]!,
  );
}

describe('static painters cannot see the expression', () => {
  it('the static context holds identity-only fields (a compile-time rule too)', () => {
    const sc = staticContext(IDENTITIES[0]!, 'g');
    expect(Object.keys(sc).sort()).toEqual(['dark', 'id', 'pal', 'ref', 'url']);
    // @ts-expect-error a static context has no AU values: reading them does not compile
    expect(sc.au).toBeUndefined();
    // @ts-expect-error nor the geometry the AU values produce
    expect(sc.g).toBeUndefined();
    const rule: StaticCtxIsExpressionFree = true;
    expect(rule).toBe(true);
  });

  it('static painter modules import nothing that carries or computes AU values', () => {
    const files = readdirSync(join(RENDER, 'static')).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      for (const spec of importsOf(join(RENDER, 'static', file))) {
        // the context module is allowed for its StaticCtx type only
        if (spec === 'type:../context') continue;
        expect(spec.replace(/^type:/, ''), `${file} imports ${spec}`).not.toMatch(EXPRESSION_MODULES);
      }
    }
  });

  it('the import check catches an expression import (positive control)', () => {
    const specs = importsOf(join(RENDER, 'features', 'eyes.ts')).map((s) => s.replace(/^type:/, ''));
    expect(specs.some((s) => EXPRESSION_MODULES.test(s))).toBe(true);
  });

  it('static layers render from a context that throws on any expression field', () => {
    const forbidden = new Set(['au', 'g', 'n', 'left', 'right', 'center', 'iris']);
    for (const identity of IDENTITIES) {
      const guarded = new Proxy(staticContext(identity, 'g'), {
        get(target, key, receiver): unknown {
          if (typeof key === 'string' && forbidden.has(key)) throw new Error(`static painter read ${key}`);
          return Reflect.get(target, key, receiver) as unknown;
        },
      }) as StaticCtx;
      const still = staticLayers(guarded);
      for (const e of EMOTIONS) {
        const layers = renderFaceLayers(identity, expressionAu(e, 1));
        expect(layers[0]!.svg).toBe(still.back);
        expect(layers[2]!.svg).toBe(still.front);
      }
    }
  });
});
