import { describe, expect, test } from "vitest";
import { planVolumes, volumeRange, volumeTitle, type Sized } from "../../src/lib/print-volumes";

const items = (...sizes: number[]): Sized[] => sizes.map((size, i) => ({ id: `a${i + 1}`, size }));
const ids = (volumes: Sized[][]) => volumes.map((volume) => volume.map((item) => item.id));
const total = (volume: Sized[]) => volume.reduce((sum, item) => sum + item.size, 0);

/** Every way to cut `n` items into consecutive runs, as lists of run lengths. */
function* cuts(n: number): Generator<number[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (let first = 1; first <= n; first++) for (const rest of cuts(n - first)) yield [first, ...rest];
}

describe("planVolumes", () => {
  test("keeps every item once, in reading order", () => {
    const articles = items(5, 3, 4, 6, 2, 7, 1);
    expect(planVolumes(articles, 10).flat()).toEqual(articles);
  });

  test("puts everything in one volume when it fits", () => {
    expect(ids(planVolumes(items(3, 3, 3), 9))).toEqual([["a1", "a2", "a3"]]);
  });

  test("evens the volumes out rather than filling the first ones and leaving a thin last one", () => {
    // Filling greedily would give 3 + 3 + 1 articles; the same three volumes can hold 3 + 2 + 2.
    const volumes = planVolumes(items(1, 1, 1, 1, 1, 1, 1), 3);
    expect(volumes.map((volume) => volume.length).sort()).toEqual([2, 2, 3]);
  });

  test("uses the fewest volumes the budget allows, and of those the most even (least sum of squared sizes)", () => {
    // Checked against every possible cut of small random lists.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 8);
      const sizes = Array.from({ length: n }, () => 1 + Math.floor(random() * 20));
      const budget = Math.max(...sizes) + Math.floor(random() * 40);
      let best: { count: number; squares: number } | undefined;
      for (const lengths of cuts(n)) {
        let start = 0;
        const totals = lengths.map((length) => {
          const sum = sizes.slice(start, start + length).reduce((a, b) => a + b, 0);
          start += length;
          return sum;
        });
        if (Math.max(...totals) > budget) continue;
        const squares = totals.reduce((sum, t) => sum + t * t, 0);
        if (!best || lengths.length < best.count || (lengths.length === best.count && squares < best.squares)) {
          best = { count: lengths.length, squares };
        }
      }
      const volumes = planVolumes(items(...sizes), budget);
      const context = `sizes ${sizes.join(",")} budget ${budget}`;
      expect(volumes.length, context).toBe(best?.count);
      expect(
        volumes.map(total).reduce((sum, t) => sum + t * t, 0),
        context,
      ).toBe(best?.squares);
      expect(Math.max(...volumes.map(total)), context).toBeLessThanOrEqual(budget);
    }
  });

  test("names an article too big for any volume, and says what to do", () => {
    expect(() => planVolumes(items(4, 12, 3), 10)).toThrow(
      /a2 is 12 long, over the print volume budget of 10\. Split it/,
    );
  });

  test("binds nothing into no volumes", () => {
    expect(planVolumes([], 10)).toEqual([]);
  });
});

describe("volumeRange", () => {
  test("names one article, two, or the first and last of more", () => {
    expect(volumeRange([4])).toBe("Article 4");
    expect(volumeRange([4, 5])).toBe("Articles 4 and 5");
    expect(volumeRange([1, 2, 3])).toBe("Articles 1 to 3");
  });
});

describe("volumeTitle", () => {
  test("numbers volumes only when there is more than one", () => {
    expect(volumeTitle(2, 3)).toBe("Print edition, volume 2 of 3");
    expect(volumeTitle(1, 1)).toBe("Print edition");
  });
});
