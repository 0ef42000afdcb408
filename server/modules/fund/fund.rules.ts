// The ledger's rules, pure (no database): the accounts, which side of zero each may be on,
// the entries each kind of transaction posts, and exact arithmetic on minor units (BigInt,
// rounding half to even). ADR 0015 is the prose version of this file.
import { fromMinorUnits, minorDigits } from '../../../common/money.ts';

/** One line of a transaction: debit > 0, credit < 0. */
export interface Entry {
  account: string;
  currency: string;
  amountMinor: bigint;
}

export const UNEARMARKED = 'unearmarked';

export const accounts = {
  /** Cash with the administrative agent, not yet allocated, per window (or the unearmarked pool). */
  window: (windowId: string | null) => `aa:window:${windowId ?? UNEARMARKED}`,
  /** Allocated to a project, still with the administrative agent. */
  project: (projectId: string) => `aa:project:${projectId}`,
  /** Transferred to the partner for a project, not yet spent. */
  partner: (partnerOrgId: string, projectId: string) => `partner:${partnerOrgId}:project:${projectId}`,
  /** What a donor has paid in, net of refunds (a source: credit balance). */
  donor: (donorOrgId: string) => `source:donor:${donorOrgId}`,
  interestFund: 'source:interest:fund',
  interestPartner: 'source:interest:partner',
  fee: (kind: string) => `fee:${kind}`,
  expenditure: (projectId: string) => `use:expenditure:project:${projectId}`,
  /** Memorandum pairs, off the cash books. */
  pledged: (donorOrgId: string) => `pledge:donor:${donorOrgId}`,
  pledgedReceivable: (donorOrgId: string) => `pledge:donor:${donorOrgId}:receivable`,
  committed: (donorOrgId: string) => `commitment:donor:${donorOrgId}`,
  committedReceivable: (donorOrgId: string) => `commitment:donor:${donorOrgId}:receivable`,
};

/**
 * The side of zero an account's balance must stay on: sources and the memorandum
 * "pledged"/"committed" accounts are credit accounts (never above zero); every other —
 * cash with the AA per window and project, with partners, fees, expenditure, receivables
 * — is a debit account (never below zero). A posting that would cross is refused.
 */
export function isCreditAccount(account: string): boolean {
  return account.startsWith('source:') || /^(pledge|commitment):donor:[^:]+$/.test(account);
}
/** The same rule in SQL, for `entente fund check` (kept beside its TypeScript twin). */
export const CREDIT_ACCOUNT_SQL = `(account LIKE 'source:%' OR account ~ '^(pledge|commitment):donor:[^:]+$')`;

/** a / b rounded half to even (b > 0). */
export function divideHalfEven(a: bigint, b: bigint): bigint {
  const negative = a < 0n;
  const n = negative ? -a : a;
  let q = n / b;
  const r = n % b;
  if (r * 2n > b || (r * 2n === b && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/** The administrative agent's fee on a deposit: `amount × bp / 10,000`, half to even. */
export const aaFee = (amountMinor: bigint, feeBp: number): bigint => divideHalfEven(amountMinor * BigInt(feeBp), 10_000n);

/** A rate as text ("1.0850": base units per unit of the original currency). */
export const RATE_PATTERN = /^\d{1,12}(\.\d{1,12})?$/;

/** An amount in another currency at `rate`, in the base currency's minor units, half to even. */
export function convert(originalMinor: bigint, originalCurrency: string, rate: string, baseCurrency: string): bigint {
  const [whole, fraction = ''] = rate.split('.');
  const rateNumerator = BigInt(whole! + fraction);
  const rateDenominator = 10n ** BigInt(fraction.length);
  const shift = minorDigits(baseCurrency) - minorDigits(originalCurrency);
  const numerator = originalMinor * rateNumerator * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const denominator = rateDenominator * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
  return divideHalfEven(numerator, denominator);
}

/** "1,234.56 USD"-style text of minor units, for refusals people read. */
export function formatMoney(minor: bigint, currency: string): string {
  const [whole, fraction] = fromMinorUnits(minor, currency).split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  const grouped = whole!.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** What a posting is about, once its references are resolved (the project's window and partner read from it). */
export type Posting =
  | { kind: 'pledge' | 'commitment'; donorOrgId: string; amount: bigint }
  | { kind: 'deposit'; donorOrgId: string; windowId: string | null; amount: bigint; feeBp: number }
  | { kind: 'interest'; windowId: string | null; project: null; amount: bigint }
  | { kind: 'interest'; project: ProjectRef; amount: bigint }
  | { kind: 'allocation' | 'transfer' | 'expenditure'; project: ProjectRef; amount: bigint }
  | { kind: 'refund'; project: ProjectRef; amount: bigint }
  | { kind: 'refund'; project: null; donorOrgId: string; windowId: string | null; amount: bigint }
  | { kind: 'fee'; feeKind: string; windowId: string | null; amount: bigint };

export interface ProjectRef {
  id: string;
  windowId: string | null;
  partnerOrgId: string;
}

/** The entries of a posting, in the fund's base currency (debit first, then its credit). */
export function entriesOf(p: Posting, currency: string): Entry[] {
  const pair = (debit: string, credit: string, amount: bigint): Entry[] => [
    { account: debit, currency, amountMinor: amount },
    { account: credit, currency, amountMinor: -amount },
  ];
  switch (p.kind) {
    case 'pledge':
      return pair(accounts.pledgedReceivable(p.donorOrgId), accounts.pledged(p.donorOrgId), p.amount);
    case 'commitment':
      return pair(accounts.committedReceivable(p.donorOrgId), accounts.committed(p.donorOrgId), p.amount);
    case 'deposit': {
      const fee = aaFee(p.amount, p.feeBp);
      const window = accounts.window(p.windowId);
      return [...pair(window, accounts.donor(p.donorOrgId), p.amount), ...(fee > 0n ? pair(accounts.fee('aa'), window, fee) : [])];
    }
    case 'interest':
      return p.project
        ? pair(accounts.partner(p.project.partnerOrgId, p.project.id), accounts.interestPartner, p.amount)
        : pair(accounts.window(p.windowId), accounts.interestFund, p.amount);
    case 'allocation':
      return pair(accounts.project(p.project.id), accounts.window(p.project.windowId), p.amount);
    case 'transfer':
      return pair(accounts.partner(p.project.partnerOrgId, p.project.id), accounts.project(p.project.id), p.amount);
    case 'expenditure':
      return pair(accounts.expenditure(p.project.id), accounts.partner(p.project.partnerOrgId, p.project.id), p.amount);
    case 'refund':
      return p.project
        ? pair(accounts.project(p.project.id), accounts.partner(p.project.partnerOrgId, p.project.id), p.amount)
        : pair(accounts.donor(p.donorOrgId), accounts.window(p.windowId), p.amount);
    case 'fee':
      return pair(accounts.fee(p.feeKind), accounts.window(p.windowId), p.amount);
  }
}

/** The net change per account and currency, in the order the accounts first appear. */
export function netChanges(entries: Entry[]): Map<string, { account: string; currency: string; delta: bigint }> {
  const out = new Map<string, { account: string; currency: string; delta: bigint }>();
  for (const e of entries) {
    const key = `${e.account} ${e.currency}`;
    const known = out.get(key);
    if (known) known.delta += e.amountMinor;
    else out.set(key, { account: e.account, currency: e.currency, delta: e.amountMinor });
  }
  return out;
}

/** Whether `balance` is on the side of zero `account` must keep. */
export const onItsSide = (account: string, balance: bigint) => (isCreditAccount(account) ? balance <= 0n : balance >= 0n);
