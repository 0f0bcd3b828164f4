/**
 * Claim and term notes open below their marker, starting at its left edge (pure CSS, so they work
 * without JavaScript). Near the right edge of a medium-width screen that can overflow; this nudges
 * an open note back inside the viewport. Phones use a bottom sheet and need no nudge.
 */
const MARGIN = 8;

function nudge(ref: Element) {
  const note = ref.querySelector<HTMLElement>(".claim-popover, .term-popover");
  if (!note) return;
  note.style.translate = "";
  const box = note.getBoundingClientRect();
  if (box.width === 0 || getComputedStyle(note).position === "fixed") return;
  const overflow = box.right - (document.documentElement.clientWidth - MARGIN);
  const shift = overflow > 0 ? -overflow : box.left < MARGIN ? MARGIN - box.left : 0;
  if (shift !== 0) note.style.translate = `${Math.round(shift)}px 0`;
}

for (const ref of document.querySelectorAll(".claim-ref, .term-ref")) {
  for (const type of ["mouseenter", "focusin", "click"]) {
    ref.addEventListener(type, () => {
      requestAnimationFrame(() => {
        nudge(ref);
      });
    });
  }
}
