/**
 * Lays out the map on /map/: a world map (Natural Earth projection, Natural Earth boundaries from
 * the `world-atlas` package) with the countries the sources discuss shaded, the cities they name
 * marked, and a numbered marker for each located event. Pure: the boundaries come in as a TopoJSON
 * topology, the output is SVG path data and positions, all in graphic units.
 */
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { geoArea, geoCentroid, geoConicEqualArea, geoContains, geoPath } from "d3-geo";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { estimateTextWidth } from "./graph-layout.ts";

/** A place as the map needs it (see `placeSchema`). */
export interface MapPlace {
  id: string;
  name: string;
  kind: "country" | "city" | "region";
  iso?: string | undefined;
  coordinates?: readonly [number, number] | undefined;
  within?: string | undefined;
  role?: string | undefined;
}

/** A located event: its number in the timeline, and where. */
export interface MapEvent {
  id: string;
  number: number;
  location: string;
}

export interface MapCountry {
  id: string;
  name: string;
  role: string;
  path: string;
  /**
   * Where the name is written, which way the text runs from there, and where a leader line from it
   * ends (null when the name is inside the country).
   */
  label: { x: number; y: number; anchor: "start" | "middle" | "end"; leader: { x: number; y: number } | null };
  /** Set when the country lies beyond the map's edge: the map names it there, with an arrow. */
  offMap: "left" | "right" | null;
}

export interface MapMarker {
  eventId: string;
  number: number;
  placeId: string;
  x: number;
  y: number;
  /** True when the source places the event only in a country: the marker sits by its name. */
  countryOnly: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  land: string;
  borders: string;
  countries: MapCountry[];
  cities: { id: string; name: string; x: number; y: number }[];
  markers: MapMarker[];
}

/** Space between two markers in a row, and between a marker and a country's name, in drawing units. */
const MARKER_GAP = 3;
const LABEL_GAP = 4;

/** Natural Earth's code for Antarctica, left off: no place in the sources is there. */
const ANTARCTICA = "010";

type Countries = GeometryCollection<{ name: string }>;

/** The largest polygon of a country, whose centre is where its name belongs (France, not Guiana). */
function mainland(shape: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  const { geometry } = shape;
  if (geometry.type === "Polygon") return { ...shape, geometry };
  const polygons = geometry.coordinates.map((coordinates): Feature<Polygon> => ({
    type: "Feature",
    properties: {},
    geometry: { type: "Polygon", coordinates },
  }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

export interface MapOptions {
  width: number;
  height: number;
  /** The area to show, as [[west, south], [east, north]] in degrees. */
  extent: [[number, number], [number, number]];
  /** Radius of an event marker; markers for one place sit side by side, just apart. */
  markerRadius: number;
  /** Font size of country names, to keep them inside the map's edges. */
  fontSize: number;
}

/** Points along the edge of a longitude/latitude box, so that a projection can be fitted to it. */
function boxOutline([[west, south], [east, north]]: MapOptions["extent"]) {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = west + ((east - west) * i) / 20;
    coordinates.push([lon, south], [lon, north]);
  }
  return { type: "MultiPoint" as const, coordinates };
}

/**
 * The box a country's name takes on the map. Names are drawn centred on their y
 * (`dominant-baseline="central"`), so the glyphs reach about 0.6 of the font size above and below
 * it; the width is the diagram's estimate.
 */
export function labelBox(label: MapCountry["label"], name: string, fontSize: number) {
  const textWidth = estimateTextWidth(name, fontSize);
  const left =
    label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - textWidth : label.x - textWidth / 2;
  return { left, right: left + textWidth, top: label.y - 0.6 * fontSize, bottom: label.y + 0.6 * fontSize };
}

/**
 * A regional map: an equal-area conic centred on the extent, so areas compare fairly, fitted to
 * it and cut at its edges. Countries beyond the edges are named at the edge instead.
 */
export function layoutWorldMap(
  topology: Topology,
  places: readonly MapPlace[],
  events: readonly MapEvent[],
  { width, height, extent, markerRadius, fontSize }: MapOptions,
): MapLayout {
  const countries = topology.objects["countries"] as Countries | undefined;
  if (!countries) throw new Error("the topology has no `countries` object (use world-atlas's countries-*.json)");
  const shown = countries.geometries.filter((geometry) => geometry.id !== ANTARCTICA);
  const land = merge(topology, shown as unknown as Parameters<typeof merge>[1]);
  const [[west, south], [east, north]] = extent;
  const projection = geoConicEqualArea()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + (north - south) / 4, north - (north - south) / 4])
    .fitSize([width, height], boxOutline(extent))
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // Whole units: at this scale a unit is about a pixel, and the map is a third the size with decimals.
  const path = geoPath(projection).digits(0);
  const point = (coordinates: readonly [number, number]) => {
    const [x, y] = projection([coordinates[0], coordinates[1]]) ?? [Number.NaN, Number.NaN];
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  };

  // A name written beside its country moves inwards if it would run off the map (its width is
  // estimated as for the diagram).
  const keepInside = (label: MapCountry["label"], name: string): MapCountry["label"] => {
    const textWidth = estimateTextWidth(name, fontSize);
    if (label.anchor === "end" && label.x - textWidth < 2) return { ...label, x: Math.ceil(textWidth + 2) };
    if (label.anchor === "start" && label.x + textWidth > width - 2) {
      return { ...label, x: Math.floor(width - 2 - textWidth) };
    }
    return label;
  };
  const byId = new Map(places.map((place) => [place.id, place]));
  const mapCountries: MapCountry[] = [];
  for (const place of places) {
    if (place.kind !== "country") continue;
    const geometry = countries.geometries.find((candidate) => candidate.id === place.iso);
    if (!geometry)
      throw new Error(`place "${place.id}": Natural Earth has no country with ISO code ${String(place.iso)}`);
    const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    const centre = geoCentroid(mainland(shape));
    const at = place.coordinates ?? centre;
    const label = point(at);
    const outside = label.x < 0 || label.x > width || label.y < 0 || label.y > height;
    // Beyond the edge: named on the side it lies, by longitude (a conic bends east and west upwards).
    const offMap = outside ? (centre[0] < (west + east) / 2 ? "left" : "right") : null;
    // A name written outside its country (where the country is too small or crowded) points to it.
    const inside = geoContains(shape, [at[0], at[1]]);
    const middle = point(centre);
    mapCountries.push({
      id: place.id,
      name: place.name,
      role: place.role ?? "named",
      path: path(shape) ?? "",
      label: offMap
        ? {
            x: offMap === "left" ? 8 : width - 8,
            y: Math.min(Math.max(label.y, 16), height - 16),
            anchor: offMap === "left" ? "start" : "end",
            leader: null,
          }
        : inside
          ? { ...label, anchor: "middle", leader: null }
          : keepInside({ ...label, anchor: label.x < middle.x ? "end" : "start", leader: middle }, place.name),
      offMap,
    });
  }

  const cities = places
    .filter((place) => place.kind === "city" && place.coordinates)
    .map((place) => ({ id: place.id, name: place.name, ...point(place.coordinates ?? [0, 0]) }));

  const markers: MapMarker[] = [];
  const byPlace = Map.groupBy(events, (event) => event.location);
  for (const [placeId, here] of byPlace) {
    const place = byId.get(placeId);
    if (!place) throw new Error(`event "${here[0]?.id ?? ""}": no place "${placeId}" in content/places.yaml`);
    const country = mapCountries.find((candidate) => candidate.id === placeId);
    const city = cities.find((candidate) => candidate.id === placeId);
    const anchor = city ?? (country ? { x: country.label.x, y: country.label.y } : undefined);
    if (!anchor) throw new Error(`place "${placeId}" is a region, which the map cannot mark`);
    if (country?.offMap || (city && (city.x < 0 || city.x > width))) {
      throw new Error(`place "${placeId}" is beyond the map's edge, so its events cannot be marked: widen the extent`);
    }
    const sorted = here.toSorted((a, b) => a.number - b.number);
    sorted.forEach((event, index) => {
      // Markers for one place sit in a row, a few units apart so that each reads as its own: above a
      // city's dot, below a country's name.
      const offset = (index - (sorted.length - 1) / 2) * (markerRadius * 2 + MARKER_GAP);
      markers.push({
        eventId: event.id,
        number: event.number,
        placeId,

        // Above a city's dot; below a country's name, clear of its glyphs.
        y:
          Math.round((city ? anchor.y - markerRadius - 6 : anchor.y + 0.6 * fontSize + LABEL_GAP + markerRadius) * 10) /
          10,
        x: Math.round((anchor.x + offset) * 10) / 10,
        countryOnly: !city,
      });
    });
  }

  // A country's name never covers or touches another place's marker (at phone size the United
  // Kingdom's name sat on London's): the name moves up or down, away from the marker, until it is clear.
  const gap = LABEL_GAP;
  for (const country of mapCountries) {
    if (country.offMap) continue;
    for (const marker of markers) {
      if (marker.placeId === country.id) continue;
      const box = labelBox(country.label, country.name, fontSize);
      const clear =
        marker.x + markerRadius + gap <= box.left ||
        marker.x - markerRadius - gap >= box.right ||
        marker.y + markerRadius + gap <= box.top ||
        marker.y - markerRadius - gap >= box.bottom;
      if (clear) continue;
      const shift =
        marker.y > (box.top + box.bottom) / 2
          ? marker.y - markerRadius - gap - box.bottom
          : marker.y + markerRadius + gap - box.top;
      country.label = { ...country.label, y: Math.round((country.label.y + shift) * 10) / 10 };
    }
  }

  return {
    width,
    height,
    land: path(land) ?? "",
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? "",
    countries: mapCountries,
    cities,
    markers: markers.sort((a, b) => a.number - b.number),
  };
}
