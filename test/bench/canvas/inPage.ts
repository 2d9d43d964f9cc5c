import type { PanResult, Viewport } from './api';

/**
 * Measurements taken inside the bench page, the same for the editor canvas and the bare one:
 * frames are timed with requestAnimationFrame, the pan is a mouse drag that React Flow's
 * d3-zoom handles as it handles a user's.
 */

/** The next animation frame's time stamp. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves after the next frame has painted (a task queued from its rAF runs after paint). */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

const STABLE_FRAMES = 10;

/**
 * Waits until the canvas stops changing (which nodes are in the DOM, which are still hidden
 * for measuring, the viewport) for a few frames; returns the time it first looked like that,
 * counted from `start`.
 */
export async function settled(start: number): Promise<number> {
  let last = '';
  let since = 0;
  let stable = 0;
  for (;;) {
    await nextFrame();
    const now = performance.now();
    const nodes = document.querySelectorAll('.react-flow__node');
    let hidden = 0;
    for (const node of nodes) if ((node as HTMLElement).style.visibility === 'hidden') hidden += 1;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const signature = `${nodes.length}/${hidden}/${viewport?.style.transform ?? ''}`;
    if (nodes.length > 0 && hidden === 0 && signature === last) {
      stable += 1;
      if (stable >= STABLE_FRAMES) return since - start;
    } else {
      last = signature;
      since = now;
      stable = 0;
    }
  }
}

/** The drawn viewport: React Flow writes it as `translate(x, y) scale(zoom)`. */
export function drawnViewport(): Viewport {
  const transform =
    document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const numbers = transform.match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
  const [x = 0, y = 0, zoom = 1] = numbers;
  return { x, y, zoom };
}

function mouse(target: EventTarget, type: string, x: number, y: number): void {
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: x,
      clientY: y,
      button: 0,
      buttons: type === 'mouseup' ? 0 : 1,
    }),
  );
}

/** Drags the pane upwards at a steady speed for `durationMs`, one mouse move per frame. */
export async function panUp(durationMs: number, pixelsPerSecond: number): Promise<PanResult> {
  const pane = document.querySelector('.react-flow__pane');
  if (!pane) throw new Error('no React Flow pane on the page');
  const box = pane.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y0 = box.top + box.height * 0.9;
  mouse(pane, 'mousedown', x, y0);
  const frameTimes: number[] = [];
  const start = await nextFrame();
  let last = start;
  let y = y0;
  while (last - start < durationMs) {
    const now = await nextFrame();
    frameTimes.push(now - last);
    last = now;
    y = y0 - (pixelsPerSecond * (now - start)) / 1000;
    mouse(document, 'mousemove', x, y);
  }
  mouse(document, 'mouseup', x, y);
  await afterPaint();
  return { frameTimes };
}

/** Same length, same wrapping: the last character swapped between `.` and `,`. */
export function editedText(text: string): string {
  const last = text.endsWith('.') ? ',' : '.';
  return `${text.slice(0, -1)}${last}`;
}

/** The element among `elements` whose centre is nearest the middle of the window. */
export function nearestToMiddle<E extends Element>(elements: Iterable<E>): E | null {
  let best: E | null = null;
  let bestDistance = Infinity;
  const cx = innerWidth / 2;
  const cy = innerHeight / 2;
  for (const element of elements) {
    const box = element.getBoundingClientRect();
    const distance = Math.hypot(box.left + box.width / 2 - cx, box.top + box.height / 2 - cy);
    if (distance < bestDistance) {
      best = element;
      bestDistance = distance;
    }
  }
  return best;
}
