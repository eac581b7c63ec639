import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../shared/emotions';
import {
  DECKS,
  EXPRESSIONS,
  IDENTITIES,
  SKIN_TONES,
  expressionAu,
  hexToOklch,
  palette,
  planStimuli,
  renderDynamic,
  renderFace,
  renderFaceLayers,
  renderStimulus,
  apexAu,
  baseAu,
} from '../../../shared/face/index';

const ids = (svg: string): string[] => [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!).sort();

describe('renderFace', () => {
  it('is deterministic', () => {
    for (const identity of IDENTITIES.slice(0, 6)) {
      const au = expressionAu('fear', 0.8);
      expect(renderFace(identity, au)).toBe(renderFace(identity, au));
    }
    const spec = planStimuli('masked', [], 3, 42)[0]!;
    expect(renderStimulus(spec, 'apex')).toBe(renderStimulus(spec, 'apex'));
    expect(renderDynamic(spec, 0.2)).toBe(renderDynamic(spec, 0.2));
  });

  it('produces a standalone SVG with a fixed viewBox', () => {
    const svg = renderFace(IDENTITIES[0]!, {});
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('neutral and expression of one identity are identical outside the AU-driven layers', () => {
    for (const identity of IDENTITIES) {
      const neutral = renderFaceLayers(identity, {});
      for (const e of EMOTIONS) {
        for (const v of EXPRESSIONS[e].variants) {
          const expr = renderFaceLayers(identity, expressionAu(e, 1, v.id));
          expect(expr.map((l) => l.kind)).toEqual(neutral.map((l) => l.kind));
          expr.forEach((layer, i) => {
            if (layer.kind === 'static') expect(layer.svg).toBe(neutral[i]!.svg);
          });
        }
      }
    }
  });

  it('emits the same neutral ids (g1, g2, …) for neutral and expression frames', () => {
    for (const identity of IDENTITIES) {
      const n = ids(renderFace(identity, {}));
      for (const e of EMOTIONS) {
        const x = ids(renderFace(identity, expressionAu(e, 1)));
        expect(x).toEqual(n);
        for (const i of x) expect(i).toMatch(/^g\d+$/);
      }
    }
  });

  it('the AU layer really changes with the expression', () => {
    const identity = IDENTITIES[3]!;
    const n = renderFaceLayers(identity, {});
    const x = renderFaceLayers(identity, expressionAu('happiness', 1));
    const i = n.findIndex((l) => l.kind === 'au');
    expect(x[i]!.svg).not.toBe(n[i]!.svg);
  });
});

describe('no label leaks', () => {
  const FORBIDDEN =
    /happ|smil|\bsad|fear|afraid|\bang(?:er|ry)|surpris|contempt|disgust|neutral|emotion|expression|\bau[-_ ]?\d|action|\bunits?\b|\bbrow|\blips?\b|mouth|teeth|wrinkle|<!--|class=|<title|<desc|data-/i;

  it('the leak pattern itself catches labels (positive control)', () => {
    for (const bad of [
      '<g id="happy">',
      'class="au12"',
      '<!-- fear -->',
      'data-emotion="x"',
      '<title>Disgust</title>',
    ]) {
      expect(bad).toMatch(FORBIDDEN);
    }
    expect('clip-path="url(#g22)" gradientUnits="userSpaceOnUse"').not.toMatch(FORBIDDEN);
  });

  it('no stimulus of any deck names an emotion, an AU or a feature', () => {
    let checked = 0;
    for (const deck of DECKS) {
      for (const spec of planStimuli(deck.id, [], 14, 7)) {
        for (const svg of [
          renderStimulus(spec, 'neutral'),
          renderStimulus(spec, 'base'),
          renderStimulus(spec, 'apex'),
          renderDynamic(spec, 0.15),
        ]) {
          expect(svg.match(FORBIDDEN)?.[0] ?? null).toBeNull();
          checked++;
        }
      }
    }
    expect(checked).toBe(DECKS.length * 14 * 4);
  });

  it('an idPrefix option is honoured and stays neutral', () => {
    const svg = renderFace(IDENTITIES[0]!, expressionAu('anger', 1), { idPrefix: 'q7' });
    for (const i of ids(svg)) expect(i).toMatch(/^q7\d+$/);
  });
});

describe('stimulus frames', () => {
  it('base/neutral frames are the sustained base for masked decks and neutral otherwise', () => {
    const masked = planStimuli('masked', [], 7, 1);
    for (const s of masked) {
      expect(s.baseEmotion).toBeTruthy();
      expect(s.baseEmotion).not.toBe(s.emotion);
      expect(Object.keys(baseAu(s)).length).toBeGreaterThan(0);
      expect(renderStimulus(s, 'neutral')).toBe(renderStimulus(s, 'base'));
    }
    const plain = planStimuli('all', [], 7, 1);
    for (const s of plain) {
      expect(baseAu(s)).toEqual({});
      expect(renderStimulus(s, 'neutral')).toBe(
        renderFace(
          IDENTITIES.find((i) => i.id === s.identityId)!,
          {},
        ),
      );
    }
  });

  it('dynamic frames go from base (t=0) to apex (t=0.5) and back (t=1)', () => {
    const s = planStimuli('all', ['surprise'], 1, 3)[0]!;
    expect(renderDynamic(s, 0)).toBe(renderStimulus(s, 'base'));
    expect(renderDynamic(s, 0.5)).toBe(renderStimulus(s, 'apex'));
    expect(renderDynamic(s, 1)).toBe(renderStimulus(s, 'base'));
    expect(apexAu(s)).not.toEqual({});
  });
});

describe('palette', () => {
  it('has at least 8 skin tones spaced from very light to very dark', () => {
    const tones = new Set(IDENTITIES.map((i) => i.skin));
    expect(tones.size).toBeGreaterThanOrEqual(8);
    expect(SKIN_TONES[0]!.l - SKIN_TONES[SKIN_TONES.length - 1]!.l).toBeGreaterThan(0.5);
  });

  it('brows keep a minimum OKLCH lightness contrast, even with pale, white or red hair', () => {
    for (const identity of IDENTITIES) {
      const p = palette(identity);
      const skin = hexToOklch(p.skin).l;
      // 0.35 wherever a brow can be that much darker than the skin (very dark skin: near-black brows)
      expect(skin - hexToOklch(p.brow).l).toBeGreaterThanOrEqual(Math.min(0.35, skin - 0.11));
    }
  });

  it('brows, lid lines and creases keep contrast on every skin tone', () => {
    for (const identity of IDENTITIES) {
      const p = palette(identity);
      const skin = hexToOklch(p.skin).l;
      expect(skin - hexToOklch(p.brow).l).toBeGreaterThan(0.2);
      expect(skin - hexToOklch(p.lid).l).toBeGreaterThan(0.15);
      expect(skin - hexToOklch(p.line).l).toBeGreaterThan(0.15);
      expect(hexToOklch(p.edge).l).toBeGreaterThan(skin);
    }
  });
});
