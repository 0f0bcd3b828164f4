/**
 * How the print edition is bound into volumes. One page holding every article grows with the site
 * until a phone spends seconds laying it out (seven articles already cost a mid-range phone a
 * quarter of a second of frozen page), so the edition is cut into volumes of a bounded size, in
 * reading order, and as even as the articles allow.
 */

/** Something to bind into a volume: its id and its size, in the unit the budget is in. */
export interface Sized {
  id: string;
  size: number;
}

/** The fewest consecutive runs `sizes` falls into when no run may hold more than `cap`. */
function fewestRuns(sizes: readonly number[], cap: number): number {
  let runs = 0;
  let room = 0;
  for (const size of sizes) {
    if (runs === 0 || size > room) {
      runs += 1;
      room = cap;
    }
    room -= size;
  }
  return runs;
}

/**
 * Splits `items`, keeping their order, into the fewest volumes whose sizes each stay within
 * `budget`, and of the ways to do that, the most even one (the least sum of squared volume
 * sizes): seven equal articles at a budget of three become volumes of 3, 2 and 2 articles, not
 * 3, 3 and 1. Throws when one item alone is over the budget, naming it: no volume can hold it.
 */
export function planVolumes<T extends Sized>(items: readonly T[], budget: number): T[][] {
  if (!(budget > 0)) throw new RangeError(`A print volume's budget must be positive, not ${budget}.`);
  const tooBig = items.filter((item) => item.size > budget);
  if (tooBig.length > 0) {
    const each = tooBig.map(
      (item) =>
        `${item.id} is ${item.size.toLocaleString("en-GB")} long, over the print volume budget of ${budget.toLocaleString("en-GB")}.`,
    );
    throw new RangeError(
      `${each.join(" ")} Split it into two articles, or raise PRINT_VOLUME_BUDGET in src/lib/print-volumes.ts if phones can lay out more.`,
    );
  }
  const n = items.length;
  if (n === 0) return [];

  const sizes = items.map((item) => item.size);
  const volumes = fewestRuns(sizes, budget);
  // least[i]: the least sum of squares that splits the first i items into the volumes made so far
  // (none yet: only the empty split costs nothing). starts[j][i]: where volume j begins when it
  // ends before item i. A volume holds only what fits the budget, so each step looks back a short
  // way. (`?? 0` and `?? Infinity` never apply: the indices are in range.)
  let least = [0, ...sizes.map(() => Infinity)];
  const starts: number[][] = [];
  for (let j = 1; j <= volumes; j++) {
    const row = [Infinity];
    const start = [0];
    for (let i = 1; i <= n; i++) {
      let sum = 0;
      let best = Infinity;
      let from = 0;
      for (let s = i - 1; s >= 0; s--) {
        sum += sizes[s] ?? 0;
        if (sum > budget) break;
        const candidate = (least[s] ?? Infinity) + sum * sum;
        if (candidate < best) {
          best = candidate;
          from = s;
        }
      }
      row.push(best);
      start.push(from);
    }
    least = row;
    starts.push(start);
  }

  const result: T[][] = [];
  let end = n;
  for (const start of [...starts].reverse()) {
    const from = start[end] ?? 0;
    result.unshift(items.slice(from, end));
    end = from;
  }
  return result;
}

/**
 * How much one print volume holds, in characters of MDX (text, claims and their citations), which
 * is what a volume's layout cost grows with. Measured with Lighthouse's mobile profile on the
 * 2-core machines CI runs on: 40,000 characters block the page for 40 ms (performance 100);
 * 55,000 for 70 to 80 ms (99 or 100); all seven articles, 104,000, for 240 to 270 ms (94 to 98).
 */
export const PRINT_VOLUME_BUDGET = 45_000;

/** "Print edition, volume 2 of 3"; just "Print edition" when there is one volume. */
export function volumeTitle(n: number, of: number): string {
  return of === 1 ? "Print edition" : `Print edition, volume ${n} of ${of}`;
}

/** Which articles a volume holds, from their places in the reading order: "Articles 4 to 6". */
export function volumeRange(orders: readonly number[]): string {
  const first = Math.min(...orders);
  const last = Math.max(...orders);
  if (orders.length === 1) return `Article ${first}`;
  return orders.length === 2 ? `Articles ${first} and ${last}` : `Articles ${first} to ${last}`;
}
