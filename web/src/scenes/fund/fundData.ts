// What the fund's pages read, and the figures they show: every sum in exact minor units
// (BigInt over the API's decimal strings), the chart's numbers only at the end.
import { useQueries, useQuery } from '@tanstack/react-query';
import { fromMinorUnits } from '../../../../common/money.ts';
import { type Fund, type FundStatus, type StatusFigures, api } from '../../api/client.ts';

export type GroupBy = 'window' | 'donor' | 'partner' | 'project' | 'period';

export const fundKey = (id: string) => ['fund', id] as const;

export function useFund(id: string) {
  return useQuery({ queryKey: fundKey(id), queryFn: () => api.fund(id) });
}

export function useFundStatus(id: string, by?: GroupBy) {
  return useQuery({ queryKey: [...fundKey(id), 'status', by ?? 'total'], queryFn: () => api.fundStatus(id, by ? { by } : {}) });
}

/** Organisation names by id (donors are named in no fund answer), each read once and kept. */
export function useOrgNames(ids: string[]): Map<string, string> {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: ['organisation', id], queryFn: () => api.organisation(id), staleTime: 5 * 60_000 })),
    combine: namesOf,
  });
}
// Outside the hook: a combine function that stays the same keeps its result the same between renders.
const namesOf = (results: { data?: { id: string; name: string } }[]) => new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data.name] as const] : [])));

/** Exact sum of decimal strings of minor units. */
export const sumMinor = (...values: string[]): string => values.reduce((acc, v) => acc + BigInt(v), 0n).toString();

/** The figures of the overview, in the order the MPTF Office Gateway reads them. */
export const FIGURES: { key: string; value: (f: StatusFigures) => string }[] = [
  { key: 'pledged', value: (f) => f.pledged },
  { key: 'committed', value: (f) => f.committed },
  { key: 'deposited', value: (f) => f.deposits },
  { key: 'interest', value: (f) => sumMinor(f.interestFund, f.interestPartners) },
  { key: 'allocated', value: (f) => f.allocations },
  { key: 'transferred', value: (f) => f.transfers },
  { key: 'spent', value: (f) => f.expenditure },
  { key: 'refunded', value: (f) => sumMinor(f.refundsToDonors, f.refundsFromPartners) },
  { key: 'fees', value: (f) => sumMinor(f.aaFees, f.directCosts) },
  { key: 'balanceWithAA', value: (f) => f.balanceWithAA },
  { key: 'balanceWithPartners', value: (f) => f.balanceWithPartners },
  { key: 'netFunded', value: (f) => f.netFunded },
];

/** "0.8123" → "81.23 %" in the reader's language; null → "—". */
export function formatRate(rate: string | null, locale: string): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(rate));
}

export interface SankeyNode {
  id: string;
  label: string;
}
export interface SankeyLink {
  source: string;
  target: string;
  /** Minor units, exact. */
  amountMinor: string;
  /** Major units, for the chart only. */
  value: number;
}

/**
 * Donors → fund → windows → projects → partners, from the funding status grouped by donor,
 * window and project: what each donor paid in (net of refunds), what went into each window
 * (contributions and the fund's interest), what each window allocated to its projects, and
 * what each project's partner received (net funded). Links of zero are left out; node ids are
 * prefixed so that an organisation that is both donor and partner stays two nodes.
 */
export function sankeyOf(
  fund: Fund,
  byDonor: FundStatus,
  byWindow: FundStatus,
  byProject: FundStatus,
  names: { donor: (id: string) => string; fund: string; unearmarked: string },
): { nodes: SankeyNode[]; links: SankeyLink[] } {
  const currency = fund.baseCurrency;
  const nodes = new Map<string, SankeyNode>();
  const links: SankeyLink[] = [];
  const node = (id: string, label: string) => {
    if (!nodes.has(id)) nodes.set(id, { id, label });
    return id;
  };
  const link = (source: string, target: string, amountMinor: string) => {
    if (BigInt(amountMinor) <= 0n) return;
    links.push({ source, target, amountMinor, value: Number(fromMinorUnits(amountMinor, currency)) });
  };
  const fundNode = `fund:${fund.id}`;
  const windowNode = (windowId: string | null) => {
    const w = fund.windows.find((x) => x.id === windowId);
    return node(`window:${windowId ?? 'none'}`, w ? w.name : names.unearmarked);
  };
  for (const g of byDonor.groups) {
    if (g.key === null || BigInt(g.figures.contributions) <= 0n) continue;
    node(fundNode, names.fund);
    link(node(`donor:${g.key}`, names.donor(g.key)), fundNode, g.figures.contributions);
  }
  for (const g of byWindow.groups) {
    const into = sumMinor(g.figures.contributions, g.figures.interestFund);
    if (BigInt(into) <= 0n) continue;
    node(fundNode, names.fund);
    link(fundNode, windowNode(g.key), into);
  }
  for (const g of byProject.groups) {
    const p = fund.projects.find((x) => x.id === g.key);
    if (!p) continue;
    if (BigInt(g.figures.allocations) > 0n) link(windowNode(p.window?.id ?? null), node(`project:${p.id}`, p.title), g.figures.allocations);
    if (BigInt(g.figures.netFunded) > 0n) link(node(`project:${p.id}`, p.title), node(`partner:${p.partner.id}`, p.partner.name), g.figures.netFunded);
  }
  // A node only another link's end named (no flow of its own) is still drawn by ECharts: keep only linked ones.
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  return { nodes: [...nodes.values()].filter((n) => linked.has(n.id)), links };
}
