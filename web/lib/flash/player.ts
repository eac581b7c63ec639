/**
 * The browser side of the flash (docs/flash-and-sync.md): measure the refresh interval, rasterise the
 * stimuli to ImageBitmaps before reporting ready, and run the rAF loop that only swaps prepared
 * bitmaps on one canvas (no layout, no parsing, no network during the flash).
 */
import { FlashSequence, median, type FlashOutcome, type FlashPlan, type Picture } from './frames';

/** Background of the stage: constant, so nothing but the face changes (no full-screen flicker). */
export const STAGE_BACKGROUND = '#808080';

/** Refresh interval of this display: median of `count` rAF deltas (docs/flash-and-sync.md, "Frames"). */
export function measureFrameInterval(count = 60): Promise<number> {
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let last: number | null = null;
    const tick = (ts: number) => {
      if (last !== null) deltas.push(ts - last);
      last = ts;
      if (deltas.length < count) requestAnimationFrame(tick);
      else resolve(median(deltas));
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Fetch an image, decode it and rasterise it to an ImageBitmap of exactly `size`×`size` device
 * pixels (letterboxed on the stage background), so drawing it during the flash is a plain blit.
 */
export async function loadBitmap(url: string, size: number): Promise<ImageBitmap> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  await img.decode();
  const canvas = new OffscreenCanvas(size, size);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2d context unavailable');
  ctx.fillStyle = STAGE_BACKGROUND;
  ctx.fillRect(0, 0, size, size);
  const w = img.naturalWidth || size;
  const h = img.naturalHeight || size;
  const scale = Math.min(size / w, size / h);
  const dw = Math.round(w * scale);
  const dh = Math.round(h * scale);
  const source = await createImageBitmap(img, { resizeWidth: dw, resizeHeight: dh, resizeQuality: 'high' });
  ctx.drawImage(source, Math.round((size - dw) / 2), Math.round((size - dh) / 2));
  source.close();
  return canvas.transferToImageBitmap();
}

/** Draw the fixation cross on the stage background. */
export function drawFixation(ctx: CanvasRenderingContext2D, size: number): void {
  ctx.fillStyle = STAGE_BACKGROUND;
  ctx.fillRect(0, 0, size, size);
  const arm = Math.round(size * 0.06);
  const thick = Math.max(2, Math.round(size * 0.012));
  const c = Math.round(size / 2);
  ctx.fillStyle = '#1a1a1a';
  ctx.fillRect(c - arm, c - Math.floor(thick / 2), 2 * arm, thick);
  ctx.fillRect(c - Math.floor(thick / 2), c - arm, thick, 2 * arm);
}

/** A running flash: its outcome, and a way to stop it (leaving the page). */
export interface RunningFlash {
  done: Promise<FlashOutcome>;
  cancel(): void;
}

/**
 * Run one flash on `canvas`. Missed (never late) when the target has already passed, the page is
 * hidden, or frames drop; the loop only draws prepared bitmaps.
 */
export function runFlash(
  canvas: HTMLCanvasElement,
  bitmaps: { mask: ImageBitmap; apex: ImageBitmap },
  plan: FlashPlan,
): RunningFlash {
  const ctx = canvas.getContext('2d', { alpha: false });
  const sequence = new FlashSequence(plan);
  let raf = 0;
  let watchdog = 0;
  let resolve!: (outcome: FlashOutcome) => void;
  const done = new Promise<FlashOutcome>((r) => (resolve = r));

  const stop = (outcome: FlashOutcome) => {
    cancelAnimationFrame(raf);
    clearTimeout(watchdog);
    document.removeEventListener('visibilitychange', onVisibility);
    resolve(outcome);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') stop(sequence.abort('hidden'));
  };
  const draw = (picture: Picture) => {
    if (!ctx || !picture) return;
    if (picture === 'fixation') drawFixation(ctx, canvas.width);
    else ctx.drawImage(picture === 'apex' ? bitmaps.apex : bitmaps.mask, 0, 0);
  };
  const tick = (ts: number) => {
    const step = sequence.frame(ts);
    draw(step.draw);
    if (step.done) stop(sequence.outcome!);
    else raf = requestAnimationFrame(tick);
  };

  if (document.visibilityState === 'hidden') stop(sequence.abort('hidden'));
  else if (performance.now() >= plan.targetTs) stop(sequence.abort('late-schedule'));
  else {
    document.addEventListener('visibilitychange', onVisibility);
    raf = requestAnimationFrame(tick);
    // rAF stops in background tabs: if no frame reached the target well after it, call it missed.
    const wait = plan.targetTs - performance.now() + plan.frameIntervalMs * (plan.framesRequested + 10) + 500;
    watchdog = window.setTimeout(() => {
      if (!sequence.outcome)
        stop(sequence.abort(document.visibilityState === 'hidden' ? 'hidden' : 'dropped-frames'));
    }, wait + plan.postMaskMs);
  }
  return { done, cancel: () => stop(sequence.abort('hidden')) };
}
