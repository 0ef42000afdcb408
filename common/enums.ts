// Enumerations and limits used by both the server's schemas and the web app's forms.
export const ROLES = ['admin', 'coordinator', 'focal_point', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['state', 'organisation', 'secretariat', 'partner'] as const;
export const MEMBERSHIP_STATUSES = ['member', 'observer', 'left', 'none'] as const;
export const GROUP_KINDS = ['all_members', 'small_group', 'working_group', 'custom'] as const;
export const FRAMEWORK_KINDS = ['line', 'objective', 'sub_objective'] as const;
export const LOCATION_LEVELS = ['country', 'adm1', 'adm2', 'adm3', 'community'] as const;
export const DOCUMENT_KINDS = ['statement', 'communique', 'minutes', 'report', 'other'] as const;
// The languages, with their names, direction and the reading of Accept-Language, are in languages.ts.
export { LOCALES } from './languages.ts';

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;
export const PASSWORD_MIN_LENGTH = 12;

export const CONTRIBUTION_TYPES = ['funding', 'personnel', 'training', 'equipment', 'in_kind', 'humanitarian_aid', 'diplomatic', 'other'] as const;
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];
export const CONTRIBUTION_STATUSES = ['pledged', 'committed', 'delivered', 'cancelled'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];
export const NEED_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
