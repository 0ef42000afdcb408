// Markers that do not overlap: places nearer to each other than a marker's reach at the
// map's current zoom are drawn as one cluster, sized and labelled by what it holds. Greedy,
// biggest place first, in degrees: a few hundred places at most, so no index is needed.

export interface MapPlace {
  id: string;
  name: string;
  longitude: number;
  latitude: number;
  count: number;
}

export interface Cluster {
  /** The places it holds, biggest first. */
  places: MapPlace[];
  longitude: number;
  latitude: number;
  count: number;
}

/**
 * Degrees a marker covers at `zoom`: at zoom 1 the world map is about 0.4° a pixel at the
 * coverage page's size, and a marker's reach is about 36 pixels.
 */
export const reachAt = (zoom: number) => (0.4 * 36) / Math.max(zoom, 0.1);

export function clusterPlaces(places: MapPlace[], reach: number): Cluster[] {
  const left = [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const clusters: Cluster[] = [];
  while (left.length) {
    const first = left.shift()!;
    const near = [first];
    for (let i = 0; i < left.length; ) {
      const p = left[i]!;
      if (Math.hypot(p.longitude - first.longitude, p.latitude - first.latitude) < reach) near.push(...left.splice(i, 1));
      else i++;
    }
    const count = near.reduce((n, p) => n + p.count, 0);
    // Weighted by contributions, so the cluster sits where most of them are.
    const weight = (f: (p: MapPlace) => number) => near.reduce((s, p) => s + f(p) * Math.max(p.count, 1), 0) / near.reduce((s, p) => s + Math.max(p.count, 1), 0);
    clusters.push({ places: near, count, longitude: weight((p) => p.longitude), latitude: weight((p) => p.latitude) });
  }
  return clusters;
}
