import { expect, test } from "vitest";
import { dataRelease } from "~/lib/data-release";

test("a release is dated by the latest review or correction, whatever the order given", () => {
  const release = dataRelease({ events: [] }, [new Date("2026-11-22"), new Date("2026-12-03"), new Date("2026-11-30")]);
  expect(release.date).toBe("2026-12-03");
  expect(release.version).toMatch(/^2026-12-03\.[0-9a-f]{8}$/);
});

test("the same content gives the same version, and any change to it another", () => {
  const dates = [new Date("2026-11-22")];
  const a = dataRelease({ events: [{ id: "a", title: "One" }] }, dates);
  expect(dataRelease({ events: [{ id: "a", title: "One" }] }, dates)).toEqual(a);
  expect(dataRelease({ events: [{ id: "a", title: "One." }] }, dates).version).not.toBe(a.version);
  expect(dataRelease({ events: [{ id: "a", title: "One." }] }, dates).date).toBe(a.date);
});
