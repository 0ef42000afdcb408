// A build step (ADR 0029): the world outlines the map draws (world-atlas/countries-110m.json)
// made lighter for the web app, whatever module imports them. The file as published carries
// a second object the app never draws (`land`) and coordinates on a grid of 100,000 steps
// across the world (0.0036° of longitude); Vite's JSON import then turns it into a JavaScript
// literal of 154 KB (48 KB in brotli). Here the countries alone, on a grid of 10,000 steps
// (0.036°, about 4 km: finer than the 1:110m outlines themselves), shipped as one JSON string
// parsed at load (`JSON.parse` reads it faster than the engine parses a literal): 90 KB,
// 24 KB in brotli. Same shapes at the map's zoom levels; the points that fall together on the
// coarser grid are dropped (topojson-client's quantize). Each country is named by its ISO 3166
// alpha-3 code (`IRQ`), as the app's places are, instead of the numeric code the file carries, so
// that the browser needs no table from one to the other (3.7 KB in brotli on every map page).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { quantize, transform } from 'topojson-client';
import type { Plugin } from 'vite';

const SOURCE = 'world-atlas/countries-110m.json';
/** ISO 3166 alpha-3 → numeric, as world-atlas names its countries (the server's tile export reads it too). */
const ISO3_TO_NUMERIC = resolve(import.meta.dirname, 'src/components/map/iso3-to-numeric.json');
const VIRTUAL = '\0entente-world-110m';
/** Grid steps across the world's bounding box. */
export const WORLD_GRID = 10_000;

/** The countries of `world` alone, re-quantized on a grid of `steps` (the topology stays delta-encoded). */
export function lighterWorld(world: Topology<{ countries: GeometryCollection }>, steps = WORLD_GRID) {
  const absolute = transform(world.transform ?? null) as unknown as (point: number[], index: number) => number[];
  const unquantized = {
    type: 'Topology' as const,
    bbox: world.bbox,
    objects: { countries: world.objects.countries },
    arcs: world.arcs.map((arc) => arc.map((point, i) => absolute(point, i))),
  };
  return quantize(unquantized as never, steps);
}

export function worldMap(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'entente-world-map',
    enforce: 'pre',
    resolveId(source) {
      return source === SOURCE ? VIRTUAL : null;
    },
    async load(id) {
      if (id !== VIRTUAL) return null;
      const world = JSON.parse(await readFile(require.resolve(SOURCE), 'utf8'));
      this.addWatchFile(ISO3_TO_NUMERIC);
      const iso3Of = new Map(Object.entries(JSON.parse(await readFile(ISO3_TO_NUMERIC, 'utf8')) as Record<string, string>).map(([iso3, numeric]) => [numeric, iso3]));
      const lighter = lighterWorld(world);
      // A country without an ISO code (Kosovo, Northern Cyprus…) keeps what it had, never an ISO code's look-alike.
      for (const country of lighter.objects.countries.geometries) if (country.id !== undefined) country.id = iso3Of.get(String(country.id)) ?? country.id;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(lighter))});`;
    },
  };
}
