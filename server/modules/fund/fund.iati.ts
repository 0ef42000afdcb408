// The fund as IATI 2.03 activities (ADR 0017): the fund itself is the parent activity
// (hierarchy 1) that receives the donors' money and pays the fees; each project it finances is
// a child activity (hierarchy 2) with its allocation, transfers, expenditure and refunds. Every
// ledger transaction appears in exactly one activity, so a reader who adds up the file counts
// no amount twice. The file is built as a tree and written by fund.iati.xml.ts, which escapes
// every value; what goes in was read under the export rule (exportableBy, in the SQL).
import { fromMinorUnits } from '../../../common/money.ts';
import type { FundKind } from './fund.table.ts';
import { el, type XmlElement, xmlDocument } from './fund.iati.xml.ts';
import { DAC_SECTORS } from './fund.projects.sectors.ts';

/**
 * IATI TransactionType (codelist 2.03) of each ledger kind, seen from the activity that
 * reports it. The fund's activity: pledge 13 Incoming Pledge, commitment 11 Incoming
 * Commitment, deposit 1 Incoming Funds (and the agent's fee it posted, beside it, 4
 * Expenditure), interest earned by the fund 1 Incoming Funds
 * (IATI's 5 "Interest Payment" is interest *paid* on a loan, not interest earned), fee 4
 * Expenditure (the agent's fee is spent by the fund, not passed on), refund to a donor 1 with a
 * negative value (incoming funds returned). A project's activity: allocation 2 Outgoing
 * Commitment (the fund's firm obligation to the partner), transfer 3 Disbursement,
 * expenditure 4 Expenditure, interest earned by the partner 1 Incoming Funds, refund by the
 * partner 3 with a negative value (a disbursement returned). A reversal is the reversed
 * transaction's code with the opposite value. The fund has no loans, equity or guarantees
 * and publishes no outgoing pledge: 5–10 and 12 are never written.
 */
export function transactionTypeOf(kind: Exclude<FundKind, 'reversal'>, onProject: boolean): { code: number; sign: 1 | -1 } {
  switch (kind) {
    case 'pledge':
      return { code: 13, sign: 1 };
    case 'commitment':
      return { code: 11, sign: 1 };
    case 'deposit':
    case 'interest':
      return { code: 1, sign: 1 };
    case 'fee':
      return { code: 4, sign: 1 };
    case 'allocation':
      return { code: 2, sign: 1 };
    case 'transfer':
      return { code: 3, sign: 1 };
    case 'expenditure':
      return { code: 4, sign: 1 };
    case 'refund':
      return onProject ? { code: 3, sign: -1 } : { code: 1, sign: -1 };
  }
}

/** IATI OrganisationRole. */
const ROLE = { funding: 1, accountable: 2, extending: 3, implementing: 4 } as const;
/** IATI ActivityDateType. */
const DATE = { plannedStart: 1, actualStart: 2, plannedEnd: 3, actualEnd: 4 } as const;

export interface IatiOrg {
  id: string;
  name: string;
}

export interface IatiPublisher {
  reportingOrgRef: string;
  reportingOrgType: string;
  activityIdentifier: string;
  recipientCountry: string;
}

export interface IatiFund {
  id: string;
  name: string;
  baseCurrency: string;
  launchedOn: string | null;
  agent: IatiOrg;
}

export interface IatiProject {
  id: string;
  iatiIdentifier: string;
  title: string;
  description: string;
  sector: string;
  status: number;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  budgetMinor: string;
  currency: string;
  partner: IatiOrg;
  location: { code: string; name: string; latitude: number | null; longitude: number | null } | null;
}

export interface IatiTransaction {
  id: string;
  kind: FundKind;
  /** For a reversal: the reversed transaction's kind and project. */
  reversedKind: Exclude<FundKind, 'reversal'> | null;
  valueDate: string;
  amountMinor: string;
  /** The administrative agent's fee the transaction posted, in the base currency, signed (a deposit's; negative in its reversal). */
  aaFeeMinor: string | null;
  originalAmountMinor: string | null;
  originalCurrency: string | null;
  projectId: string | null;
  donor: IatiOrg | null;
  partner: IatiOrg | null;
  description: string;
}

export interface IatiExport {
  generatedAt: Date;
  publisher: IatiPublisher;
  fund: IatiFund;
  /** Donors of the fund (funding organisations of its activity), by name. */
  donors: IatiOrg[];
  projects: IatiProject[];
  /** In posting order; those of projects left out of the export are already left out. */
  transactions: IatiTransaction[];
}

const narrative = (text: string) => el('narrative', undefined, text);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function org(name: string, o: IatiOrg | null, attrs: XmlElement['attrs'] = {}): XmlElement | undefined {
  return o ? el(name, attrs, narrative(o.name)) : undefined;
}

function transaction(t: IatiTransaction, fund: IatiFund, publisher: IatiPublisher, projects: Map<string, IatiProject>): XmlElement {
  const kind = t.kind === 'reversal' ? t.reversedKind! : t.kind;
  const project = t.projectId ? projects.get(t.projectId) : undefined;
  const { code, sign } = transactionTypeOf(kind, project !== undefined);
  const reversal = t.kind === 'reversal' ? -1 : 1;
  // What was paid, in its own currency where it was another (IATI converts at the value date).
  const currency = t.originalCurrency ?? fund.baseCurrency;
  const minor = BigInt(t.originalAmountMinor ?? t.amountMinor) * BigInt(sign * reversal);
  const agent = fund.agent;
  const fundActivity = { 'provider-activity-id': publisher.activityIdentifier };
  let provider: XmlElement | undefined;
  let receiver: XmlElement | undefined;
  switch (kind) {
    case 'pledge':
    case 'commitment':
    case 'deposit':
    case 'refund':
      if (kind === 'refund' && project) {
        provider = org('provider-org', t.partner, { 'provider-activity-id': project.iatiIdentifier });
        receiver = org('receiver-org', agent, { 'receiver-activity-id': publisher.activityIdentifier });
      } else {
        provider = org('provider-org', t.donor);
        receiver = org('receiver-org', agent, { 'receiver-activity-id': publisher.activityIdentifier });
      }
      break;
    case 'interest':
      receiver = project ? org('receiver-org', t.partner, { 'receiver-activity-id': project.iatiIdentifier }) : org('receiver-org', agent);
      break;
    case 'fee':
      provider = org('provider-org', agent, fundActivity);
      receiver = org('receiver-org', agent);
      break;
    case 'allocation':
    case 'transfer':
      provider = org('provider-org', agent, fundActivity);
      receiver = project ? org('receiver-org', t.partner, { 'receiver-activity-id': project.iatiIdentifier }) : undefined;
      break;
    case 'expenditure':
      provider = project ? org('provider-org', t.partner, { 'provider-activity-id': project.iatiIdentifier }) : undefined;
      break;
  }
  const description = t.kind === 'reversal' ? `Reversal${t.description ? `: ${t.description}` : ''}` : t.description;
  return el(
    'transaction',
    { ref: t.id },
    el('transaction-type', { code }),
    el('transaction-date', { 'iso-date': t.valueDate }),
    el('value', { currency, 'value-date': t.valueDate }, fromMinorUnits(minor, currency)),
    description ? el('description', undefined, narrative(description)) : undefined,
    provider,
    receiver,
  );
}

/**
 * The agent's fee a deposit posted (ADR 0015: part of the deposit's own entries), written as
 * the fund's expenditure (4) beside it, so that the file's uses add up as the ledger's.
 */
function agentFee(t: IatiTransaction, fund: IatiFund, publisher: IatiPublisher): XmlElement {
  return el(
    'transaction',
    { ref: `${t.id}:aa-fee` },
    el('transaction-type', { code: 4 }),
    el('transaction-date', { 'iso-date': t.valueDate }),
    el('value', { currency: fund.baseCurrency, 'value-date': t.valueDate }, fromMinorUnits(t.aaFeeMinor!, fund.baseCurrency)),
    el('description', undefined, narrative('Administrative agent fee')),
    org('provider-org', fund.agent, { 'provider-activity-id': publisher.activityIdentifier }),
    org('receiver-org', fund.agent),
  );
}

function fundActivity(x: IatiExport, transactions: XmlElement[]): XmlElement {
  const { fund, publisher } = x;
  const partners = [...new Map(x.projects.map((p) => [p.partner.id, p.partner])).values()].sort((a, b) => a.name.localeCompare(b.name));
  return el(
    'iati-activity',
    { 'default-currency': fund.baseCurrency, hierarchy: 1, 'last-updated-datetime': x.generatedAt.toISOString() },
    el('iati-identifier', undefined, publisher.activityIdentifier),
    el('reporting-org', { ref: publisher.reportingOrgRef, type: publisher.reportingOrgType }, narrative(fund.agent.name)),
    el('title', undefined, narrative(fund.name)),
    el('description', { type: 1 }, narrative(`Pooled fund ${fund.name}, administered by ${fund.agent.name}.`)),
    ...x.donors.map((d) => el('participating-org', { role: ROLE.funding }, narrative(d.name))),
    el('participating-org', { role: ROLE.accountable, ref: publisher.reportingOrgRef, type: publisher.reportingOrgType }, narrative(fund.agent.name)),
    el('participating-org', { role: ROLE.extending, ref: publisher.reportingOrgRef, type: publisher.reportingOrgType }, narrative(fund.agent.name)),
    ...partners.map((p) => el('participating-org', { role: ROLE.implementing }, narrative(p.name))),
    el('activity-status', { code: 2 }),
    el('activity-date', { type: DATE.actualStart, 'iso-date': fund.launchedOn ?? isoDate(x.generatedAt) }),
    el('recipient-country', { code: publisher.recipientCountry, percentage: 100 }),
    ...transactions,
    ...x.projects.map((p) => el('related-activity', { ref: p.iatiIdentifier, type: 2 })),
  );
}

function projectActivity(x: IatiExport, p: IatiProject, transactions: XmlElement[]): XmlElement {
  const { fund, publisher } = x;
  const agentAttrs = { ref: publisher.reportingOrgRef, type: publisher.reportingOrgType };
  return el(
    'iati-activity',
    { 'default-currency': p.currency, hierarchy: 2, 'last-updated-datetime': x.generatedAt.toISOString() },
    el('iati-identifier', undefined, p.iatiIdentifier),
    el('reporting-org', agentAttrs, narrative(fund.agent.name)),
    el('title', undefined, narrative(p.title)),
    el('description', { type: 1 }, narrative(p.description || p.title)),
    el('participating-org', { ...agentAttrs, role: ROLE.funding, 'activity-id': publisher.activityIdentifier }, narrative(fund.name)),
    el('participating-org', { ...agentAttrs, role: ROLE.accountable }, narrative(fund.agent.name)),
    el('participating-org', { ...agentAttrs, role: ROLE.extending }, narrative(fund.agent.name)),
    el('participating-org', { role: ROLE.implementing, 'activity-id': p.iatiIdentifier }, narrative(p.partner.name)),
    el('activity-status', { code: p.status }),
    el('activity-date', { type: DATE.plannedStart, 'iso-date': p.plannedStart }),
    p.actualStart ? el('activity-date', { type: DATE.actualStart, 'iso-date': p.actualStart }) : undefined,
    el('activity-date', { type: DATE.plannedEnd, 'iso-date': p.plannedEnd }),
    p.actualEnd ? el('activity-date', { type: DATE.actualEnd, 'iso-date': p.actualEnd }) : undefined,
    el('recipient-country', { code: publisher.recipientCountry, percentage: 100 }),
    p.location
      ? el(
          'location',
          { ref: p.location.code },
          el('name', undefined, narrative(p.location.name)),
          p.location.latitude !== null && p.location.longitude !== null
            ? el('point', { srsName: 'http://www.opengis.net/def/crs/EPSG/0/4326' }, el('pos', undefined, `${p.location.latitude} ${p.location.longitude}`))
            : undefined,
        )
      : undefined,
    el('sector', { vocabulary: 1, code: p.sector, percentage: 100 }, narrative(DAC_SECTORS.get(p.sector) ?? p.sector)),
    // Original budget (type 1), committed (status 2), over the planned period.
    el(
      'budget',
      { type: 1, status: 2 },
      el('period-start', { 'iso-date': p.plannedStart }),
      el('period-end', { 'iso-date': p.plannedEnd }),
      el('value', { currency: p.currency, 'value-date': p.plannedStart }, fromMinorUnits(p.budgetMinor, p.currency)),
    ),
    ...transactions,
    el('related-activity', { ref: publisher.activityIdentifier, type: 1 }),
  );
}

/** The whole file: `<iati-activities version="2.03">`, the fund's activity first, then its projects'. */
export function iatiActivitiesXml(x: IatiExport): string {
  const projects = new Map(x.projects.map((p) => [p.id, p]));
  const byActivity = new Map<string | null, XmlElement[]>();
  for (const t of x.transactions) {
    const key = t.projectId && projects.has(t.projectId) ? t.projectId : null;
    if (t.projectId && key === null) continue; // a project the reader may not export
    const list = byActivity.get(key) ?? [];
    list.push(transaction(t, x.fund, x.publisher, projects));
    if (t.aaFeeMinor && BigInt(t.aaFeeMinor) !== 0n) list.push(agentFee(t, x.fund, x.publisher));
    byActivity.set(key, list);
  }
  return xmlDocument(
    el(
      'iati-activities',
      { version: '2.03', 'generated-datetime': x.generatedAt.toISOString() },
      fundActivity(x, byActivity.get(null) ?? []),
      ...x.projects.map((p) => projectActivity(x, p, byActivity.get(p.id) ?? [])),
    ),
  );
}
