// The fund's flows in the manner of OCHA's Financial Tracking Service (ADR 0017): one row per
// flow of money between organisations, written by the project's one CSV writer
// (interchange's writeTable: a header row, an HXL hashtag row, formula-looking cells
// neutralised).
//
// No amount is counted twice:
// - only flows between organisations are rows: a donor's pledge, commitment and payment into
//   the fund, the fund's transfer to a partner, a refund either way. What stays inside one
//   organisation's books is not a flow: allocations (the fund earmarking its own cash for a
//   project), the agent's fees, interest, a partner's expenditure;
// - statuses are never added together: pledges, commitments and payments ('paid') are three
//   totals, as in FTS;
// - a payment into the fund is new money; the fund's transfer to a partner is a child flow of
//   the deposits of its pool (the project's window, or the unearmarked pool), named in
//   "Parent flow", and is not new money. So "paid, new money" totals what donors paid, and
//   "paid, not new money" what reached partners: the second is part of the first;
// - a refund is a flow the other way, its parent the flows it returns; a reversed
//   transaction and its reversal cancel exactly, so neither is a row.
// Hence: contributions = paid into the fund − refunded to donors; net funded = transferred −
// refunded by partners; pledged and committed are their own totals (F1's funding status).
import { fromMinorUnits } from '../../../common/money.ts';
import type { ExportColumn } from '../interchange/interchange.service.ts';
import type { ExportTransactionRow } from './fund.projects.queries.ts';

export const FTS_COLUMNS: readonly ExportColumn[] = [
  ['Flow id', '#meta+id'],
  ['Parent flow', '#meta+parent'],
  ['Date', '#date'],
  ['Status', '#status'],
  ['New money', '#indicator+new_money'],
  ['Source organisation', '#org+source+name'],
  ['Destination organisation', '#org+destination+name'],
  ['Amount USD', '#value+usd'],
  ['Original amount', '#value+original'],
  ['Original currency', '#currency+original'],
  ['Project', '#activity+name'],
  ['Flow type', '#activity+type'],
];

export type FtsStatus = 'pledge' | 'commitment' | 'paid';

export interface FtsFlow {
  id: string;
  parents: string[];
  date: string;
  status: FtsStatus;
  newMoney: boolean;
  source: string;
  destination: string;
  /** Minor units in the fund's base currency. */
  amountMinor: string;
  originalMinor: string;
  originalCurrency: string;
  project: string;
  type: 'contribution' | 'transfer' | 'refund';
}

/** The flows of a fund from its transactions (posting order) and its projects' titles and pools. */
export function ftsFlows(
  fund: { name: string; baseCurrency: string },
  transactions: ExportTransactionRow[],
  projects: Map<string, { title: string; windowId: string | null }>,
): FtsFlow[] {
  const flows: FtsFlow[] = [];
  /** Deposits so far, per pool (window id, '' for unearmarked) and per donor. */
  const depositsOfPool = new Map<string, string[]>();
  const depositsOfDonor = new Map<string, string[]>();
  const transfersOfProject = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...(map.get(key) ?? []), id]);
  for (const t of transactions) {
    if (t.kind === 'reversal' || t.reversed) continue;
    const base = { id: t.id, date: t.value_date, amountMinor: t.amount_minor, originalMinor: t.original_amount_minor ?? t.amount_minor };
    const originalCurrency = t.original_currency ?? fund.baseCurrency;
    const project = t.project_id ? projects.get(t.project_id) : undefined;
    const donor = t.donor_name ?? '';
    switch (t.kind) {
      case 'pledge':
      case 'commitment':
      case 'deposit':
        flows.push({
          ...base,
          parents: [],
          status: t.kind === 'deposit' ? 'paid' : t.kind,
          newMoney: true,
          source: donor,
          destination: fund.name,
          originalCurrency,
          project: '',
          type: 'contribution',
        });
        if (t.kind === 'deposit') {
          push(depositsOfPool, t.window_id ?? '', t.id);
          push(depositsOfDonor, t.donor_org_id ?? '', t.id);
        }
        break;
      case 'transfer':
        if (!project || !t.project_id) break;
        flows.push({
          ...base,
          parents: depositsOfPool.get(project.windowId ?? '') ?? [],
          status: 'paid',
          newMoney: false,
          source: fund.name,
          destination: t.partner_name ?? '',
          originalCurrency,
          project: project.title,
          type: 'transfer',
        });
        push(transfersOfProject, t.project_id, t.id);
        break;
      case 'refund':
        if (t.project_id) {
          if (!project) break;
          flows.push({
            ...base,
            parents: transfersOfProject.get(t.project_id) ?? [],
            status: 'paid',
            newMoney: false,
            source: t.partner_name ?? '',
            destination: fund.name,
            originalCurrency,
            project: project.title,
            type: 'refund',
          });
        } else {
          flows.push({
            ...base,
            parents: depositsOfDonor.get(t.donor_org_id ?? '') ?? [],
            status: 'paid',
            newMoney: false,
            source: fund.name,
            destination: donor,
            originalCurrency,
            project: '',
            type: 'refund',
          });
        }
        break;
      default:
        // allocation, fee, interest, expenditure: not a flow between organisations.
        break;
    }
  }
  return flows;
}

/** A flow's cells, in FTS_COLUMNS' order; the USD amount only when the fund keeps its books in USD. */
export function ftsCells(f: FtsFlow, baseCurrency: string): string[] {
  return [
    f.id,
    f.parents.join('|'),
    f.date,
    f.status,
    f.newMoney ? 'yes' : 'no',
    f.source,
    f.destination,
    baseCurrency === 'USD' ? fromMinorUnits(f.amountMinor, 'USD') : '',
    fromMinorUnits(f.originalMinor, f.originalCurrency),
    f.originalCurrency,
    f.project,
    f.type,
  ];
}
