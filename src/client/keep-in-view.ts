/**
 * Places claim and term notes where a reader can see them. Without JavaScript a note opens below
 * its marker (pure CSS), and on a phone it is a sheet along the bottom of the screen. This script
 * measures nothing when the page loads (a layout read then would force a reflow before the first
 * paint): it places a note only when one opens, on hover, focus or a tap.
 *
 * - Beside the text (wider screens): a note that would overflow the right edge moves left, and one
 *   with no room below its marker opens upwards.
 * - As a sheet (phones): the page scrolls just enough that the sentence the note annotates stays
 *   in view above the sheet.
 */
const MARGIN = 8;
const NOTE = ".claim-popover, .term-popover";
const REF = ".claim-ref, .term-ref";
/** The width below which notes are sheets; the same breakpoint as the CSS (40rem). */
const SHEET = window.matchMedia("(max-width: 40rem)");

/** Scrolls so that the annotated sentence ends above the sheet, with the whole sentence if it fits. */
function keepSentenceAbove(ref: Element, note: HTMLElement) {
  const sheetTop = note.getBoundingClientRect().top;
  // The window's top edge, below the article's contents bar where it sticks there.
  const edge = Math.max(0, document.querySelector("[data-toc-bar]")?.getBoundingClientRect().bottom ?? 0) + MARGIN;
  const sentence = ref.closest(".claim-unit, .term-ref") ?? ref;
  const { top, bottom } = sentence.getBoundingClientRect();
  const end = Math.max(bottom, ref.getBoundingClientRect().bottom);
  const room = sheetTop - MARGIN;
  if (end <= room && top >= edge) return;
  // The whole sentence if it fits between the top edge and the sheet; otherwise its last line,
  // where the marker is. A positive shift scrolls down (the text moves up), a negative one up.
  const fits = end - top <= room - edge;
  const shift = fits ? (end > room ? end - room : top - edge) : end - room;
  if (shift !== 0) window.scrollBy({ top: shift, behavior: "instant" });
}

/** Keeps a note beside the text inside the window: nudged left from the right edge, or opened upwards. */
function keepBesideText(ref: Element, note: HTMLElement) {
  note.style.translate = "";
  note.classList.remove("opens-up");
  const box = note.getBoundingClientRect();
  if (box.width === 0) return;
  const overflow = box.right - (document.documentElement.clientWidth - MARGIN);
  const shift = overflow > 0 ? -overflow : box.left < MARGIN ? MARGIN - box.left : 0;
  if (shift !== 0) note.style.translate = `${Math.round(shift)}px 0`;
  const marker = ref.getBoundingClientRect();
  const roomBelow = window.innerHeight - box.top;
  const roomAbove = marker.top;
  if (box.height + MARGIN > roomBelow && roomAbove > roomBelow) note.classList.add("opens-up");
}

/**
 * Places the note of `ref`, if it is showing. Called only when a note opens. A sheet scrolls the
 * page only when the reader opened the note (a tap, a click, Enter), never on a hover or focus.
 */
export function place(ref: Element, { scroll = true } = {}): void {
  const note = ref.querySelector<HTMLElement>(NOTE);
  if (!note) return;
  requestAnimationFrame(() => {
    if (getComputedStyle(note).display === "none") return;
    if (!SHEET.matches) keepBesideText(ref, note);
    else if (scroll) keepSentenceAbove(ref, note);
  });
}

// One listener each for the whole page, not one per marker: nothing to set up per note at load.
for (const type of ["mouseover", "focusin"] as const) {
  document.addEventListener(type, (event) => {
    const ref = event.target instanceof Element ? event.target.closest(REF) : null;
    // Only when the pointer or focus comes into the marker or note from outside it.
    if (!ref || (event.relatedTarget instanceof Node && ref.contains(event.relatedTarget))) return;
    // Only placed beside the text: a sheet scrolls the page when the note is opened (see `place`),
    // not when focus arrives, which on a touch screen comes just before the tap's click.
    place(ref, { scroll: false });
  });
}
