import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Topology } from "topojson-specification";
import { describe, expect, test } from "vitest";
import { labelBox, layoutWorldMap, type MapPlace } from "../../src/lib/visuals/world-map";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8")) as Topology;

const places: MapPlace[] = [
  { id: "afghanistan", name: "Afghanistan", kind: "country", iso: "004", role: "attacked" },
  { id: "kabul", name: "Kabul", kind: "city", within: "afghanistan", coordinates: [69.18, 34.53] },
  { id: "russia", name: "Russia", kind: "country", iso: "643", role: "attacked" },
  { id: "united-states", name: "United States", kind: "country", iso: "840", role: "named" },
  { id: "europe", name: "Europe", kind: "region", role: "targeted" },
];
const options = {
  width: 960,
  height: 500,
  extent: [
    [-20, 22],
    [135, 68],
  ] as [[number, number], [number, number]],
  markerRadius: 10,
  fontSize: 14,
};
const events = [
  { id: "first", number: 1, location: "kabul" },
  { id: "second", number: 2, location: "kabul" },
  { id: "third", number: 3, location: "russia" },
];
const layout = layoutWorldMap(topology, places, events, options);

/** The box around an SVG path's points. */
function bounds(path: string) {
  const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe("layoutWorldMap", () => {
  test("draws each country from its Natural Earth boundary, and a city inside its country", () => {
    expect(layout.countries.map((country) => country.id)).toEqual(["afghanistan", "russia", "united-states"]);
    const afghanistan = bounds(layout.countries[0]?.path ?? "");
    const kabul = layout.cities.find((city) => city.id === "kabul");
    expect(kabul?.x).toBeGreaterThan(afghanistan.left);
    expect(kabul?.x).toBeLessThan(afghanistan.right);
    expect(kabul?.y).toBeGreaterThan(afghanistan.top);
    expect(kabul?.y).toBeLessThan(afghanistan.bottom);
  });

  test("gives every located event one numbered marker, and markers at one place do not overlap", () => {
    expect(layout.markers.map((marker) => marker.number)).toEqual([1, 2, 3]);
    const [first, second] = layout.markers;
    // Apart, not touching: a gap of at least 2 units between the two circles.
    expect(Math.hypot((first?.x ?? 0) - (second?.x ?? 0), (first?.y ?? 0) - (second?.y ?? 0))).toBeGreaterThanOrEqual(
      2 * options.markerRadius + 2,
    );
    expect(layout.markers.find((marker) => marker.eventId === "third")?.countryOnly).toBe(true);
    expect(layout.markers.find((marker) => marker.eventId === "first")?.countryOnly).toBe(false);
  });

  test("names a country beyond the map's edge at that edge, inside the drawing", () => {
    const states = layout.countries.find((country) => country.id === "united-states");
    expect(states?.offMap).toBe("left");
    expect(states?.label.x).toBeGreaterThanOrEqual(0);
    expect(states?.label.y).toBeGreaterThanOrEqual(0);
    expect(states?.label.y).toBeLessThanOrEqual(options.height);
    expect(layout.countries.find((country) => country.id === "russia")?.offMap).toBeNull();
  });

  test("explains what is wrong with a place it cannot draw or an event it cannot mark", () => {
    const unknown: MapPlace = { id: "atlantis", name: "Atlantis", kind: "country", iso: "999", role: "named" };
    expect(() => layoutWorldMap(topology, [unknown], [], options)).toThrow(/place "atlantis".*ISO code 999/);
    expect(() => layoutWorldMap(topology, places, [{ id: "x", number: 1, location: "europe" }], options)).toThrow(
      /region/,
    );
    expect(() =>
      layoutWorldMap(topology, places, [{ id: "x", number: 1, location: "united-states" }], options),
    ).toThrow(/beyond the map's edge/);
  });

  test("moves a country's name off another place's marker", () => {
    // The United Kingdom named exactly where London is, and an event in London: the name must give way.
    const crowded: MapPlace[] = [
      { id: "uk", name: "United Kingdom", kind: "country", iso: "826", role: "named", coordinates: [-0.13, 51.5] },
      { id: "london", name: "London", kind: "city", within: "uk", coordinates: [-0.13, 51.5] },
    ];
    const map = layoutWorldMap(topology, crowded, [{ id: "dateline", number: 11, location: "london" }], options);
    const [country] = map.countries;
    const [marker] = map.markers;
    if (!country || !marker) throw new Error("the map lost the country or the marker");
    const box = labelBox(country.label, "United Kingdom", options.fontSize);
    // Clear by a margin of 3 units, so the name does not touch the marker either.
    const r = options.markerRadius + 3;
    const overlaps =
      marker.x + r > box.left && marker.x - r < box.right && marker.y + r > box.top && marker.y - r < box.bottom;
    expect(overlaps).toBe(false);
  });
});
