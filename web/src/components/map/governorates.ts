// The map's areas: the world's countries (Natural Earth 1:110m outlines from the world-atlas
// package), with each country whose governorates the app knows (the locations' own list,
// server/modules/locations/data/subdivisions.json) cut into one area per governorate.
// No package on the registry ships governorate outlines under a licence the project can take
// (docs/adr/0035-maps.md), so an area is the part of the country nearer to its governorate's
// centre than to any other's (a Voronoi cell cut to the country's outline): the right place
// and neighbours, approximate borders. The legend says so.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import subdivisions from '../../../../server/modules/locations/data/subdivisions.json';

type Point = [number, number];
type Ring = Point[];
interface Area {
  type: 'Feature';
  /** A country's Natural Earth name, or a governorate's code ("IQ-KI"). */
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** The part of `ring` where a·x + b·y ≤ c (Sutherland–Hodgman against one half-plane; a ring of any shape). */
export function clipRing(ring: Ring, a: number, b: number, c: number): Ring {
  const out: Ring = [];
  const inside = (p: Point) => a * p[0] + b * p[1] <= c + 1e-12;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    const pin = inside(p);
    const qin = inside(q);
    if (pin) out.push(p);
    if (pin !== qin) {
      const t = (c - a * p[0] - b * p[1]) / (a * (q[0] - p[0]) + b * (q[1] - p[1]));
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/** The rings of `polygons` (each an outer ring) within the part of the plane nearer to `centres[i]` than to any other centre. */
export function nearestAreas(polygons: Ring[], centres: Point[]): Ring[][] {
  return centres.map((p, i) => {
    let rings = polygons.map((r) => (r.length > 1 && r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1] ? r.slice(0, -1) : r));
    centres.forEach((q, j) => {
      if (j === i) return;
      // Nearer to p than to q: 2x·(q − p) ≤ |q|² − |p|².
      const a = 2 * (q[0] - p[0]);
      const b = 2 * (q[1] - p[1]);
      const c = q[0] ** 2 + q[1] ** 2 - p[0] ** 2 - p[1] ** 2;
      rings = rings.map((r) => clipRing(r, a, b, c)).filter((r) => r.length >= 3);
    });
    return rings.map((r) => [...r, r[0]!]);
  });
}

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (feature(topology, topology.objects.countries) as unknown as { features: (Area & { id?: string })[] }).features;
type Subdivision = { code: string; country: string; lat: number; lng: number };
// Countries are named by their ISO alpha-3 code in the outlines the build ships (web/world-map.ts).
const split = new Map<string, Subdivision[]>();
for (const s of subdivisions as Subdivision[]) split.set(s.country, [...(split.get(s.country) ?? []), s]);

/** The name of the area a country's ISO alpha-3 code draws (for the countries drawn whole). */
export const countryName = new Map(countries.map((c) => [String(c.id), c.properties.name]));

/** Every area of the map: whole countries, and the governorates of the countries cut into them. */
export const areas: { type: 'FeatureCollection'; features: Area[] } = {
  type: 'FeatureCollection',
  features: countries.flatMap((c): Area[] => {
    const subs = split.get(String(c.id));
    if (!subs) return [{ type: 'Feature', properties: { name: c.properties.name }, geometry: c.geometry }];
    const outer = c.geometry.type === 'Polygon' ? [c.geometry.coordinates[0]!] : c.geometry.coordinates.map((poly) => poly[0]!);
    const cells = nearestAreas(
      outer,
      subs.map((s) => [s.lng, s.lat]),
    );
    return subs.map((s, i) => ({ type: 'Feature', properties: { name: s.code }, geometry: { type: 'MultiPolygon', coordinates: cells[i]!.map((r) => [r]) } }));
  }),
};

/** The governorate codes the map draws as areas. */
export const governorateCodes = new Set([...split.values()].flat().map((s) => s.code));
