// The calls of the places page (/admin/places) and the organisations' aliases, kept beside
// their scenes rather than in client.ts: the place tree, adding a place, loading a gazetteer.
import { type Job, type Location, type LocationDetail, call, qs } from './client.ts';
import type { Page } from './client.ts';

/** What a gazetteer load did: the job's result (locations.schema.ts gazetteerResult). */
export type GazetteerResult = { country: string; places: number; added: number; updated: number; unchanged: number; aliases: number };

export type LocationLevel = Location['level'];

export const placesApi = {
  list: (p: { q?: string; parentId?: string; level?: LocationLevel; cursor?: string; limit?: number }) => call<Page<Location>>('GET', `/api/locations${qs(p)}`),
  get: (id: string) => call<LocationDetail>('GET', `/api/locations/${id}`),
  create: (body: { parentId: string; level: Exclude<LocationLevel, 'country'>; code: string; pcode: string | null; name: string; nameFr: string | null; nameAr: string | null }) =>
    call<LocationDetail>('POST', '/api/locations', body),
  /** Uploads a COD-AB table; checked at once (a 400 names its rows and columns), then loaded by the job this answers with. */
  loadGazetteer: (file: File, country?: string) => {
    const form = new FormData();
    form.append('file', file);
    return call<Job>('POST', `/api/locations/gazetteer${qs({ country })}`, form);
  },
};
