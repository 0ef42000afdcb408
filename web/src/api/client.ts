// The typed client of the Entente API. Sends the CSRF token on every state change and
// turns problem+json answers into ApiError with the failing field paths.
import type { z } from 'zod';
import type { sessionOut } from '../../../server/modules/auth/auth.schema.ts';
import type { documentListQuery, documentOut, documentSummary } from '../../../server/modules/documents/documents.schema.ts';
import type { frameworkTree, workingGroup, workingGroupDetail } from '../../../server/modules/framework/framework.schema.ts';
import type { location } from '../../../server/modules/locations/locations.schema.ts';
import type { group, groupDetail, organisation, organisationDetail } from '../../../server/modules/members/members.schema.ts';
import type { SharingInput } from '../../../server/modules/sharing/sharing.schema.ts';
import type { user } from '../../../server/modules/users/users.schema.ts';
import type { contributionDetail, contributionOut, needOut } from '../../../server/modules/contributions/contributions.schema.ts';
import type { JobOut } from '../../../server/modules/jobs/jobs.service.ts';
import type { ImportReport } from '../../../server/modules/hxl/hxl.import.ts';
import type { CoverageFile } from '../../../server/modules/contributions/contributions.downloads.ts';

export type Session = z.infer<typeof sessionOut>;
export type Organisation = z.infer<typeof organisation>;
export type OrganisationDetail = z.infer<typeof organisationDetail>;
export type Group = z.infer<typeof group>;
export type GroupDetail = z.infer<typeof groupDetail>;
export type FrameworkNode = z.infer<typeof frameworkTree>;
export type WorkingGroup = z.infer<typeof workingGroup>;
export type WorkingGroupDetail = z.infer<typeof workingGroupDetail>;
export type Location = z.infer<typeof location>;
export type DocumentOut = z.infer<typeof documentOut>;
export type DocumentSummary = z.infer<typeof documentSummary>;
export type DocumentQuery = Partial<z.input<typeof documentListQuery>>;
export type User = z.infer<typeof user>;
export type Page<T> = { items: T[]; nextCursor: string | null };
export type Contribution = z.infer<typeof contributionOut>;
export type ContributionDetail = z.infer<typeof contributionDetail>;
export type Need = z.infer<typeof needOut>;
export type Job = JobOut;
export type { ImportReport };
export interface Coverage {
  matrix: {
    lines: { id: string; name: string }[];
    organisations: { id: string; name: string }[];
    /** Sums of minor units as exact decimal strings. */
    cells: { orgId: string; lineId: string; count: number; money: { amountMinor: string; currency: string }[] }[];
  };
  linesWithFewContributors: { id: string; name: string; contributors: number; onlyOrganisation: string | null }[];
  locationsWithFewContributors: { id: string; code: string; name: string; contributors: number; onlyOrganisation: string | null }[];
  likelyDuplicates: { location: { id: string; name: string }; type: string; organisations: string[]; contributions: number }[];
  places: { id: string; code: string; name: string; level: string; latitude: number | null; longitude: number | null; countryCode: string; contributions: number; organisations: number; openNeeds: number }[];
}
/** What an HXL file holds: the import and export routes are named after it. */
export type DataKind = 'contributions' | 'needs';
export type { CoverageFile };
export type ContributionFilter = { q?: string; lineId?: string; type?: string; status?: string; orgId?: string; locationId?: string };
export type { SharingInput };

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly errors: FieldError[] = [],
    public readonly code?: string,
  ) {
    super(message);
  }
  /** The message for one form field: `body.title` → fieldError('title'). */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.path === `body.${field}` || e.path.startsWith(`body.${field}.`))?.message;
  }
}

let csrfToken: string | undefined;
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data.detail ?? res.statusText, data.errors ?? [], data.code);
  return data as T;
}

function qs(params: Record<string, string | number | undefined | null>) {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

export const api = {
  session: () => call<Session>('GET', '/api/auth/session'),
  signIn: (email: string, password: string) => call<Session>('POST', '/api/auth/sign-in', { email, password }),
  signOut: () => call<void>('POST', '/api/auth/sign-out'),

  organisations: (p: { q?: string; kind?: string; status?: string; groupId?: string; cursor?: string; limit?: number }) =>
    call<Page<Organisation> & { total: number }>('GET', `/api/organisations${qs(p)}`),
  organisation: (id: string) => call<OrganisationDetail>('GET', `/api/organisations/${id}`),
  groups: (p: { q?: string; kind?: string; cursor?: string; limit?: number } = {}) => call<Page<Group>>('GET', `/api/groups${qs(p)}`),
  users: (p: { q?: string; orgId?: string; limit?: number } = {}) => call<Page<User>>('GET', `/api/users${qs(p)}`),

  framework: () => call<FrameworkNode[]>('GET', '/api/framework'),
  workingGroups: () => call<WorkingGroup[]>('GET', '/api/working-groups'),
  workingGroup: (id: string) => call<WorkingGroupDetail>('GET', `/api/working-groups/${id}`),

  documents: (p: DocumentQuery) => call<Page<DocumentSummary>>('GET', `/api/documents${qs(p as Record<string, string>)}`),
  document: (id: string) => call<DocumentOut>('GET', `/api/documents/${id}`),
  createDocument: (body: unknown) => call<DocumentOut>('POST', '/api/documents', body),
  updateDocument: (id: string, body: unknown) => call<DocumentOut>('PATCH', `/api/documents/${id}`, body),
  deleteDocument: (id: string) => call<void>('DELETE', `/api/documents/${id}`),
  contributions: (p: ContributionFilter & { cursor?: string; limit?: number }) =>
    call<Page<Contribution>>('GET', `/api/contributions${qs(p)}`),
  contribution: (id: string) => call<ContributionDetail>('GET', `/api/contributions/${id}`),
  createContribution: (body: unknown) => call<ContributionDetail>('POST', '/api/contributions', body),
  updateContribution: (id: string, body: unknown) => call<ContributionDetail>('PATCH', `/api/contributions/${id}`, body),
  changeStatus: (id: string, status: string, note: string) => call<ContributionDetail>('POST', `/api/contributions/${id}/status`, { status, note }),
  needs: (p: { lineId?: string; type?: string; sort?: string; cursor?: string; limit?: number } = {}) => call<Page<Need>>('GET', `/api/needs${qs(p)}`),
  need: (id: string) => call<Need>('GET', `/api/needs/${id}`),
  createNeed: (body: unknown) => call<Need>('POST', '/api/needs', body),
  updateNeed: (id: string, body: unknown) => call<Need>('PATCH', `/api/needs/${id}`, body),
  deleteNeed: (id: string) => call<void>('DELETE', `/api/needs/${id}`),
  linkNeed: (contributionId: string, body: { needId: string; quantity: number | null; amountMinor: number | null }) =>
    call<Need>('POST', `/api/contributions/${contributionId}/needs`, body),
  unlinkNeed: (contributionId: string, needId: string) => call<void>('DELETE', `/api/contributions/${contributionId}/needs/${needId}`),
  coverage: (p: ContributionFilter) => call<Coverage>('GET', `/api/coverage${qs(p)}`),
  exportUrl: (kind: DataKind, format: 'csv' | 'xlsx', p: Record<string, string | undefined> = {}) => `/api/${kind}/export.${format}${qs(p)}`,
  /** A coverage table as a file, built by the server under the export rule. */
  coverageFileUrl: (file: CoverageFile, format: 'csv' | 'xlsx', p: Record<string, string | undefined> = {}) => `/api/coverage/${file}.${format}${qs(p)}`,
  locations: (p: { q?: string; limit?: number }) => call<Page<Location>>('GET', `/api/locations${qs(p)}`),
  startImport: (kind: DataKind, file: File, marking: string) => {
    const form = new FormData();
    form.append('file', file);
    return call<Job>('POST', `/api/imports/${kind}${qs({ dryRun: 'true', marking })}`, form);
  },
  commitImport: (jobId: string) => call<Job>('POST', `/api/imports/${jobId}/commit`),
  job: (id: string) => call<Job>('GET', `/api/jobs/${id}`),
  attachFile: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return call<DocumentOut>('PUT', `/api/documents/${id}/file`, form);
  },
};
