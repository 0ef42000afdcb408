// The stabilisation fund of the founding example (issue 12, item 7): UNDP's Funding Facility
// for Immediate Stabilization in Iraq, launched on 11 June 2015, with the 13 states UNDP's
// Q4 2015 report lists as having paid in by the end of 2015 (coalition-2015.json). Only two
// payments have a documented amount (Germany, the United States): they are the only money in
// the ledger. Everything else that moves money — the fee rates, the projects, their
// allocations, transfers, expenditure and progress reports — is illustrative, and says so in
// its own title, description or body.
//
// Loaded inside the demo's one transaction (server/seed/demo.ts), through the fund's service
// functions as the UNDP focal point: every input is parsed by the same zod schemas as an HTTP
// body, every posting is checked, balanced and audited like a user's. The demo as a whole is
// loaded once, into an empty database; a fund already named like this one is not loaded again.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listLocations } from '../locations/locations.service.ts';
import { detailsInput, publisherInput, reportInput } from './fund.projects.schema.ts';
import { addReportIn, setDetailsIn, setPublisherIn } from './fund.projects.service.ts';
import { fundInput, fundListQuery, projectInput, transactionInput, windowInput } from './fund.schema.ts';
import { createFundIn, createProjectIn, createWindowIn, listFunds, postTransactionIn } from './fund.service.ts';

export const FUND_DEMO_NAME = 'Funding Facility for Immediate Stabilization (FFIS)';
/** The label every illustrative row carries in its title, description or body. */
export const ILLUSTRATIVE = 'Illustrative demo';

const UNDP = 'United Nations Development Programme';
/** The demo user who acts for the administrative agent (and, UNDP implementing directly, for the partner). */
const AGENT_USER = { email: 'focal@undp.demo', role: 'focal_point' } as const;

const fundSection = z.object({
  stabilization_fund: z.object({
    name: z.string(),
    launched: z.iso.date(),
    contributors: z.array(z.object({ name: z.string(), amount_usd: z.number().int().positive().nullable(), confirmed: z.boolean() })),
  }),
});

/**
 * The one documented payment of each donor that has one (coalition-2015.json's source note):
 * its date and what the date is. No payment date is documented, only that UNDP's Q4 2015
 * report counts both as paid in by the end of 2015; the deposit carries the documented date.
 */
const DOCUMENTED: Record<string, { date: string; what: string }> = {
  Germany: { date: '2015-12-22', what: 'BMZ/KfW contribution signed on 22 December 2015' },
  'United States': { date: '2015-07-30', what: 'first instalment under the memorandum of understanding signed on 30 July 2015' },
};

const WINDOWS = [
  {
    code: 'W1-PUBLIC-WORKS',
    name: 'Public works and light infrastructure rehabilitation',
    purpose: 'Quick repairs that let families return: water, electricity, health centres, schools, roads, and the clearance of rubble and explosive hazards from public buildings.',
    sectors: ['14030', '23630', '12220', '11120', '21020', '15250'],
  },
  {
    code: 'W2-LIVELIHOODS',
    name: 'Livelihoods',
    purpose: 'Cash for work and grants to small businesses, so that returning households earn an income.',
    sectors: ['16020', '25030'],
  },
  {
    code: 'W3-CAPACITY',
    name: 'Capacity support and local governance',
    purpose: 'Staff, equipment and offices for local authorities and civilian police, so that services restart under local administration.',
    sectors: ['15185', '15112', '15110', '15132'],
  },
];

interface DemoProject {
  key: string;
  title: string;
  sector: string;
  description: string;
  budgetUsd: number;
  marking?: 'AMBER';
  status: number;
  planned: [string, string];
  actualStart: string;
  allocation: [string, number];
  transfer: [string, number];
  expenditure: [string, number];
  refund?: [string, number];
  report: { on: string; body: string; women: number; men: number; girls: number; boys: number };
}

/**
 * In Salah ad Din (the demo's places go down to governorates: Tikrit is its capital, retaken
 * in April 2015). Every amount and figure below is invented for the demo; the allocations dated
 * before Germany's payment (22 December 2015) stay within the US payment net of the fee.
 */
const PROJECTS: DemoProject[] = [
  {
    key: 'EHC',
    title: 'Illustrative demo project: explosive hazard clearance of public buildings, Tikrit',
    sector: '15250',
    description: 'Surveys and clears explosive hazards from schools, clinics and water stations before their repair.',
    budgetUsd: 1_200_000,
    status: 3,
    planned: ['2015-08-01', '2016-01-31'],
    actualStart: '2015-08-10',
    allocation: ['2015-08-05', 1_200_000],
    transfer: ['2015-08-10', 1_200_000],
    expenditure: ['2015-12-31', 1_150_000],
    refund: ['2016-02-15', 50_000],
    report: { on: '2016-01-31', body: 'Illustrative demo report: 38 public buildings surveyed and cleared.', women: 0, men: 0, girls: 0, boys: 0 },
  },
  {
    key: 'WATER',
    title: 'Illustrative demo project: repair of the Tikrit water network',
    sector: '14030',
    description: 'Repairs the main pumping station and the damaged distribution pipes of the town.',
    budgetUsd: 2_500_000,
    status: 2,
    planned: ['2015-09-01', '2016-08-31'],
    actualStart: '2015-09-01',
    allocation: ['2015-08-20', 2_500_000],
    transfer: ['2015-08-25', 2_500_000],
    expenditure: ['2016-03-31', 1_850_000],
    report: {
      on: '2016-03-31',
      body: 'Illustrative demo report: the pumping station runs again; 60 % of the network is repaired.',
      women: 21_500,
      men: 20_800,
      girls: 14_200,
      boys: 14_900,
    },
  },
  {
    key: 'POWER',
    title: 'Illustrative demo project: electricity distribution network, Tikrit',
    sector: '23630',
    description: 'Replaces transformers and distribution lines in the returning neighbourhoods.',
    budgetUsd: 3_000_000,
    status: 2,
    planned: ['2015-10-01', '2016-09-30'],
    actualStart: '2015-10-15',
    allocation: ['2015-09-10', 3_000_000],
    transfer: ['2015-09-15', 2_000_000],
    expenditure: ['2016-03-31', 1_200_000],
    report: { on: '2016-03-31', body: 'Illustrative demo report: 45 of 120 transformers replaced.', women: 12_000, men: 11_600, girls: 8_100, boys: 8_400 },
  },
  {
    key: 'POLICE',
    title: 'Illustrative demo project: rehabilitation of police stations, Tikrit',
    sector: '15132',
    description: 'Repairs and equips civilian police stations; shared AMBER, with UNDP and the secretariat only, to show a project marked apart from its fund.',
    budgetUsd: 1_500_000,
    marking: 'AMBER',
    status: 2,
    planned: ['2016-01-15', '2016-12-31'],
    actualStart: '2016-02-01',
    allocation: ['2016-01-15', 1_500_000],
    transfer: ['2016-01-25', 1_000_000],
    expenditure: ['2016-03-31', 400_000],
    report: { on: '2016-03-31', body: 'Illustrative demo report: 2 of 6 police stations repaired and equipped.', women: 0, men: 0, girls: 0, boys: 0 },
  },
  {
    key: 'LOCALGOV',
    title: 'Illustrative demo project: re-equipping local government offices, Salah ad Din',
    sector: '15185',
    description: 'Furniture, computers and generators for the district and sub-district offices, so that civil records and services restart.',
    budgetUsd: 1_000_000,
    status: 2,
    planned: ['2016-01-20', '2016-10-31'],
    actualStart: '2016-02-01',
    allocation: ['2016-01-20', 1_000_000],
    transfer: ['2016-02-01', 1_000_000],
    expenditure: ['2016-03-31', 250_000],
    report: { on: '2016-03-31', body: 'Illustrative demo report: 4 district offices re-equipped and open.', women: 0, men: 0, girls: 0, boys: 0 },
  },
];

const usd = (amount: number) => ({ amountMinor: amount * 100, currency: 'USD' as const });

export interface FundDemoRefs {
  /** The demo's organisation id by name (throws for an unknown one). */
  orgId: (name: string) => string;
  /** The demo's user id by email. */
  userId: (email: string) => string;
}

/**
 * Loads the fund into `trx`: the fund, its windows, the documented commitments and deposits,
 * the illustrative projects with their postings, details and reports. Returns the fund's id,
 * or null when a fund of this name exists already (nothing is loaded twice).
 */
export async function loadFundDemo(trx: Db, ctx: Ctx, file: string, refs: FundDemoRefs): Promise<string | null> {
  const { stabilization_fund: source } = fundSection.parse(JSON.parse(readFileSync(file, 'utf8')));
  const agentOrgId = refs.orgId(UNDP);
  const agent: UserActor = {
    kind: 'user',
    userId: refs.userId(AGENT_USER.email),
    orgId: agentOrgId,
    orgKind: 'partner',
    role: AGENT_USER.role,
    email: AGENT_USER.email,
  };
  const as: Ctx = { actor: agent, requestId: ctx.requestId };

  const existing = await listFunds(trx, as, fundListQuery.parse({ limit: 100 }));
  if (existing.items.some((f) => f.name === FUND_DEMO_NAME)) return null;

  const fundId = await createFundIn(
    trx,
    as,
    fundInput.parse({
      name: FUND_DEMO_NAME,
      baseCurrency: 'USD',
      administrativeAgentOrgId: agentOrgId,
      aaFeeBp: 100, // illustrative: 1 % on every deposit
      indirectCostBp: 700, // illustrative: 7 %
      launchedOn: source.launched,
      sharing: { marking: 'GREEN' },
    }),
  );
  for (const w of WINDOWS)
    await createWindowIn(
      trx,
      as,
      fundId,
      windowInput.parse({ ...w, purpose: `${w.purpose} (Demo: the windows follow the FFIS's; their wording and sectors here are the demo's.)` }),
    );
  await setPublisherIn(
    trx,
    as,
    fundId,
    publisherInput.parse({ reportingOrgRef: 'XM-DAC-41114', reportingOrgType: '40', activityIdentifier: 'XM-DAC-41114-DEMO-FFIS', recipientCountry: 'IQ' }),
  );

  const post = (input: z.input<typeof transactionInput>) => postTransactionIn(trx, as, fundId, transactionInput.parse(input));
  /** Every dated step, run in the order of its date once all are known (a stable sort keeps each one's own order on a day). */
  const steps: { date: string; run: () => Promise<unknown> }[] = [];

  // The documented payments. The other contributors have no documented amount, and the
  // ledger takes no posting without one: they are listed (the audit event below), not posted.
  const paid = source.contributors.filter((c) => c.amount_usd !== null);
  const withoutAmount = source.contributors.filter((c) => c.amount_usd === null).map((c) => c.name);
  for (const c of paid) {
    const documented = DOCUMENTED[c.name];
    if (!documented) throw new Error(`The fund demo has no documented date for ${c.name}'s payment`);
    const donorOrgId = refs.orgId(c.name);
    const amount = usd(c.amount_usd!);
    steps.push({
      date: documented.date,
      run: () => post({ kind: 'commitment', valueDate: documented.date, donorOrgId, amount, description: `${c.name}: ${documented.what}.` }),
    });
    steps.push({
      date: documented.date,
      run: () =>
        post({
          kind: 'deposit',
          valueDate: documented.date,
          donorOrgId,
          windowId: null,
          amount,
          description:
            `${c.name}: ${documented.what}; paid in by the end of 2015 (UNDP's Q4 2015 report), on a date the demo's sources do not give: the deposit carries the documented date. ` +
            'Unearmarked, as no earmarking is documented. The administrative agent fee of 1 % is illustrative.',
        }),
    });
  }

  const salahAdDin = (await listLocations(trx, as, { q: 'IQ-SD', level: 'adm1', limit: 10 })).items.find((l) => l.code === 'IQ-SD');
  if (!salahAdDin) throw new Error('The fund demo needs the reference place IQ-SD (Salah ad Din)');

  for (const p of PROJECTS) {
    // Unearmarked: the documented deposits are (see above), and a project draws on its window.
    const projectId = await createProjectIn(trx, as, fundId, projectInput.parse({ windowId: null, partnerOrgId: agentOrgId, title: p.title, budget: usd(p.budgetUsd) }));
    await setDetailsIn(
      trx,
      as,
      fundId,
      projectId,
      detailsInput.parse({
        iatiIdentifier: `XM-DAC-41114-DEMO-FFIS-${p.key}`,
        description: `${ILLUSTRATIVE} project, not a real FFIS project: ${p.description}`,
        sector: p.sector,
        locationId: salahAdDin.id,
        status: p.status,
        plannedStart: p.planned[0],
        plannedEnd: p.planned[1],
        actualStart: p.actualStart,
        marking: p.marking,
      }),
    );
    const moves: [string, 'allocation' | 'transfer' | 'expenditure' | 'refund', [string, number] | undefined][] = [
      ['allocated to the project', 'allocation', p.allocation],
      ['transferred to the implementing partner', 'transfer', p.transfer],
      ['expenditure reported by the partner', 'expenditure', p.expenditure],
      ['unspent balance refunded by the partner', 'refund', p.refund],
    ];
    for (const [what, kind, move] of moves)
      if (move)
        steps.push({
          date: move[0],
          run: () => post({ kind, valueDate: move[0], projectId, amount: usd(move[1]), description: `${ILLUSTRATIVE} data: ${what}.` }),
        });
    steps.push({ date: p.report.on, run: () => addReportIn(trx, as, fundId, projectId, reportInput.parse({ reportedOn: p.report.on, ...p.report })) });
  }
  steps.sort((a, b) => a.date.localeCompare(b.date));
  for (const step of steps) await step.run();

  await recordAudit(trx, ctx, {
    action: 'demo.load_fund',
    entity: 'fund',
    entityId: fundId,
    after: {
      name: FUND_DEMO_NAME,
      documentedPayments: paid.map((c) => ({ name: c.name, amountUsd: c.amount_usd })),
      contributorsWithoutDocumentedAmount: withoutAmount,
      illustrative: ['fee rates', 'projects', 'allocations', 'transfers', 'expenditure', 'refunds', 'progress reports'],
    },
  });
  return fundId;
}
