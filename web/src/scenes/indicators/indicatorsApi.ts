// The indicators' routes as the indicator pages call them, typed from the OpenAPI document.
import { useQuery } from '@tanstack/react-query';
import { type Page, queryString as qs, request } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Answer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never;
type PostBody<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;

export type Indicator = Answer<'/api/indicators/{id}'>;
export type IndicatorValue = Answer<'/api/indicator-values/{id}'>;
export type Progress = Answer<'/api/indicators/progress'>['items'][number];
export type Pivot = Answer<'/api/indicators/pivot'>;
export type Closure = Answer<'/api/indicators/closed-periods'>['items'][number];
export type ValueInput = PostBody<'/api/indicator-values'>['values'][number];
export type Tile = Answer<'/api/indicator-dashboard/tiles'>['items'][number];
export type TileInput = PostBody<'/api/indicator-dashboard/tiles'>;
export type TileFigures = Answer<'/api/indicator-dashboard/tiles/{id}/data'>;
export type Transition = 'submit' | 'withdraw' | 'approve' | 'return' | 'unapprove';

export const indicatorsApi = {
  list: (p: { lineId?: string; cursor?: string; limit?: number } = {}) => request<Page<Indicator>>('GET', `/api/indicators${qs(p)}`),
  get: (id: string) => request<Indicator>('GET', `/api/indicators/${id}`),
  progress: (p: { lineId?: string; indicatorId?: string } = {}) => request<{ items: Progress[] }>('GET', `/api/indicators/progress${qs(p)}`),
  pivot: (p: Record<string, string | undefined>) => request<Pivot>('GET', `/api/indicators/pivot${qs(p)}`),
  closures: (indicatorId?: string) => request<{ items: Closure[] }>('GET', `/api/indicators/closed-periods${qs({ indicatorId })}`),
  values: (p: { indicatorId?: string; period?: string; status?: string; organisationId?: string; cursor?: string; limit?: number }) =>
    request<Page<IndicatorValue>>('GET', `/api/indicator-values${qs(p)}`),
  save: (values: ValueInput[]) => request<{ items: IndicatorValue[] }>('POST', '/api/indicator-values', { values }),
  transition: (transition: Transition, ids: string[], reason?: string) =>
    request<{ changed: number }>('POST', `/api/indicator-values/${transition}`, reason === undefined ? { ids } : { ids, reason }),
  tiles: () => request<{ items: Tile[] }>('GET', '/api/indicator-dashboard/tiles'),
  pin: (tile: TileInput) => request<Tile>('POST', '/api/indicator-dashboard/tiles', tile),
  unpin: (id: string) => request<void>('DELETE', `/api/indicator-dashboard/tiles/${id}`),
  tileData: (id: string) => request<TileFigures>('GET', `/api/indicator-dashboard/tiles/${id}/data`),
};

/** Every page of a list (values of a line for one period: a few hundred at most). */
export async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export function useIndicators(lineId?: string) {
  return useQuery({ queryKey: ['indicators', 'list', lineId ?? ''], queryFn: () => allPages((cursor) => indicatorsApi.list({ lineId, cursor, limit: 100 })) });
}

export function useProgress(p: { lineId?: string; indicatorId?: string }) {
  return useQuery({ queryKey: ['indicators', 'progress', p.lineId ?? '', p.indicatorId ?? ''], queryFn: () => indicatorsApi.progress(p) });
}
