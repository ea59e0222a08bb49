// Gestures run inside the benchmarked page (plain JavaScript: evaluated as text, never bundled).
// Each frame receives one input event; the result is the time between animation frames, in ms.

/* eslint-disable @typescript-eslint/no-unused-vars -- the functions are called by name from the benchmark */

function recordFrames(count, onFrame) {
  return new Promise((resolve) => {
    const frames = [];
    let last = 0;
    let remaining = count;
    const step = (now) => {
      if (last) frames.push(now - last);
      last = now;
      if (remaining-- === 0) return resolve(frames);
      onFrame(count - remaining - 1);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** Wheel zoom in (40 frames) then out (40 frames) at the centre of the element. */
function wheelGesture(selector) {
  const element = document.querySelector(selector);
  const box = element.getBoundingClientRect();
  const at = {
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
    bubbles: true,
    cancelable: true,
  };
  // The innermost element under the pointer, as for a real wheel: the event bubbles from there.
  const target = document.elementFromPoint(at.clientX, at.clientY) || element;
  return recordFrames(80, (frame) =>
    target.dispatchEvent(
      new WheelEvent('wheel', { ...at, deltaY: frame < 40 ? -60 : 60, deltaMode: 0 }),
    ),
  );
}

/** A drag 12 px a frame for 60 frames, as pointer and mouse events. */
async function dragGesture(selector) {
  const element = document.querySelector(selector);
  const box = element.getBoundingClientRect();
  const y = box.top + Math.min(80, box.height / 2);
  let x = box.left + box.width * 0.8;
  const fire = (kind) => {
    const target = document.elementFromPoint(x, y) || element;
    const init = {
      clientX: x,
      clientY: y,
      button: 0,
      buttons: kind === 'up' ? 0 : 1,
      bubbles: true,
      cancelable: true,
    };
    target.dispatchEvent(
      new PointerEvent(`pointer${kind}`, {
        ...init,
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
      }),
    );
    target.dispatchEvent(new MouseEvent(`mouse${kind}`, init));
  };
  fire('down');
  const frames = await recordFrames(60, () => {
    x -= 12;
    fire('move');
  });
  fire('up');
  return frames;
}

/**
 * Clicks the theme filter's checkbox for `label` and times, from the click, the first frame in
 * which the timeline's marks have changed and the first in which the matrix has `rows` rows.
 */
function toggleTheme(label, rows) {
  const box = [...document.querySelectorAll('.theme-filter-list input[type="checkbox"]')].find(
    (input) => input.closest('label')?.textContent?.startsWith(label),
  );
  const lanes = document.querySelector('.timeline');
  const marks = () =>
    [...lanes.querySelectorAll('.timeline-lane > button')]
      .map((button) => button.getAttribute('aria-label'))
      .join('|');
  const matrixRows = () =>
    Number(/^(\d+) themes? across/.exec(document.querySelector('.matrix-help')?.textContent)?.[1]);
  const before = marks();
  const start = performance.now();
  box.click();
  return new Promise((resolve, reject) => {
    let timeline = null;
    const step = () => {
      const now = performance.now() - start;
      if (timeline === null && marks() !== before) timeline = now;
      if (timeline !== null && matrixRows() === rows) return resolve({ timeline, matrix: now });
      if (now > 10_000) return reject(new Error(`toggling ${label} showed nothing in 10 s`));
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
