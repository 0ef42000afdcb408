// The founding example: the coalition as it stood around the London small-group
// meeting of 22 January 2015, rebuilt from the public facts in coalition-2015.json.
// Facts and figures only; every sentence here is the project's own.
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, Db } from '../db/database.ts';
import { type Ctx, systemCtx } from '../infra/actor.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { replaceAudience } from '../modules/sharing/sharing.service.ts';
import { createFrameworkNodeIn, createWorkingGroupIn } from '../modules/framework/framework.service.ts';
import { loadReferenceLocations } from '../modules/locations/locations.service.ts';
import { createGroupIn } from '../modules/members/members.service.ts';
import { insertOrganisation } from '../modules/members/members.queries.ts';
import { loadFundDemo } from '../modules/fund/fund.demo.ts';
import { loadMeetingsDemo } from '../modules/meetings/meetings.demo.ts';
import { loadIndicatorsDemo } from '../modules/indicators/indicators.demo.ts';

const demoFile = z.object({
  members: z.array(z.object({ name: z.string(), iso3: z.string().nullable(), kind: z.enum(['state', 'organisation']) })),
  small_group_2015_01_22: z.array(z.string()),
  lines_of_effort: z.array(z.object({ key: z.string(), name: z.string(), name_fr: z.string().optional(), name_ar: z.string().optional() })),
  working_groups: z.array(z.object({ name: z.string(), line_of_effort: z.string(), co_leads: z.array(z.string()), formed: z.string().nullable() })),
});

export const DEMO_PASSWORD = 'coalition-demo-2015';
export const DEMO_USERS = [
  { email: 'admin@secretariat.demo', displayName: 'Sam Secretariat', org: 'Coalition Secretariat', role: 'admin' },
  { email: 'coordinator@secretariat.demo', displayName: 'Casey Coordinator', org: 'Coalition Secretariat', role: 'coordinator' },
  { email: 'focal@uk.demo', displayName: 'Morgan (United Kingdom)', org: 'United Kingdom', role: 'focal_point' },
  { email: 'focal@us.demo', displayName: 'Jordan (United States)', org: 'United States', role: 'focal_point' },
  // A coordinator of the United States, which co-leads the military line of effort (CJTF-OIR): approves that line's indicator values.
  { email: 'coordinator@us.demo', displayName: 'Riley (United States)', org: 'United States', role: 'coordinator' },
  { email: 'focal@de.demo', displayName: 'Kim (Germany)', org: 'Germany', role: 'focal_point' },
  { email: 'focal@iq.demo', displayName: 'Noor (Iraq)', org: 'Iraq', role: 'focal_point' },
  { email: 'focal@undp.demo', displayName: 'Alex (UNDP)', org: 'United Nations Development Programme', role: 'focal_point' },
  { email: 'viewer@pa.demo', displayName: 'Dani (Panama)', org: 'Panama', role: 'viewer' },
] as const;

/** Joining dates the demo file documents; the others are left unknown rather than invented. */
const JOINED: Record<string, string> = { Panama: '2015-02-05' };

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
  return !row;
}

export async function loadDemo(db: Kysely<Database>, file: string, ctx: Ctx = systemCtx): Promise<{ members: number }> {
  const data = demoFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  // Every account gets its own hash, with its own salt: one hash shared by all would tell
  // anyone who reads the table that these accounts share a password. Hashed one after
  // another before the transaction, at the full argon2id cost (about 8 × 40 ms).
  const passwordHashes = new Map<string, string>();
  for (const u of DEMO_USERS) passwordHashes.set(u.email, await hashPassword(DEMO_PASSWORD));
  return await db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, ctx);
    const orgId = new Map<string, string>();
    const addOrg = async (o: Parameters<typeof insertOrganisation>[1]) => {
      const row = await insertOrganisation(trx, o);
      orgId.set(row.name, row.id);
      return row.id;
    };
    await addOrg({ name: 'Coalition Secretariat', short_name: 'Secretariat', kind: 'secretariat', membership_status: 'none' });
    for (const m of data.members)
      await addOrg({
        name: m.name,
        kind: m.kind,
        iso3: m.iso3,
        membership_status: 'member',
        joined_on: JOINED[m.name] ?? null,
      });
    await addOrg({ name: 'United Nations Development Programme', short_name: 'UNDP', kind: 'partner', membership_status: 'none' });
    await recordAudit(trx, ctx, { action: 'demo.load_organisations', entity: 'organisation', after: { count: orgId.size } });

    const idsOf = (names: string[]) =>
      names.map((n) => {
        const id = orgId.get(n);
        if (!id) throw new Error(`The demo names an organisation that is not a member: ${n}`);
        return id;
      });
    const allMembers = await createGroupIn(trx, ctx, {
      name: 'All members',
      kind: 'all_members',
      description: 'Every member of the coalition',
      memberOrgIds: idsOf(data.members.map((m) => m.name)),
    });
    const smallGroup = await createGroupIn(trx, ctx, {
      name: 'Small group',
      kind: 'small_group',
      description: 'The members represented at the London small-group meeting of 22 January 2015',
      memberOrgIds: idsOf(data.small_group_2015_01_22),
    });

    const lineId = new Map<string, string>();
    for (const [position, line] of data.lines_of_effort.entries()) {
      const node = await createFrameworkNodeIn(trx, ctx, {
        parentId: null,
        kind: 'line',
        code: line.key,
        name: line.name,
        // The French and Arabic names are the demo's own translations (no source names the lines in either).
        nameFr: line.name_fr ?? null,
        nameAr: line.name_ar ?? null,
        description: '',
        position,
      });
      lineId.set(line.key, node.id);
    }
    for (const wg of data.working_groups) {
      await createWorkingGroupIn(trx, ctx, {
        name: wg.name,
        lineId: lineId.get(wg.line_of_effort)!,
        formedOn: wg.formed,
        coLeadOrgIds: idsOf(wg.co_leads),
        memberOrgIds: [],
      });
    }

    const userId = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const row = await trx
        .insertInto('app_user')
        .values({ email: u.email, display_name: u.displayName, org_id: orgId.get(u.org)!, role: u.role, password_hash: passwordHashes.get(u.email)! })
        .returning('id')
        .executeTakeFirstOrThrow();
      userId.set(u.email, row.id);
    }
    await recordAudit(trx, ctx, { action: 'demo.load_users', entity: 'app_user', after: { emails: DEMO_USERS.map((u) => u.email) } });

    // Documents that show each marking at work.
    const documents = [
      {
        title: 'London small-group meeting, 22 January 2015: outcomes',
        kind: 'communique' as const,
        date: '2015-01-22',
        owner: 'United Kingdom',
        author: 'focal@uk.demo',
        marking: 'CLEAR' as const,
        body:
          '## Outcomes\n\n' +
          '- 21 members of the coalition (which counts over 60 countries) met in London to review the seven lines of effort.\n' +
          '- Members agreed to set up expert-level working groups on the lines of effort.\n' +
          '- A full plenary of the coalition is planned for later in 2015.\n' +
          '- A summit on countering violent extremism is planned in Washington in February 2015.\n' +
          '- Members welcomed a multi-partner fund for recovery and stabilisation.\n',
      },
      {
        title: 'Progress figures reported at the London meeting',
        kind: 'report' as const,
        date: '2015-01-22',
        owner: 'United States',
        author: 'focal@us.demo',
        marking: 'GREEN' as const,
        body:
          '| measure | figure |\n| --- | --- |\n' +
          '| air strikes in support of forces on the ground | nearly 2,000 |\n' +
          '| territory regained | more than 700 km² |\n' +
          '| goal for newly raised Iraqi brigades | 12 |\n' +
          '| countries hosting training camps for the Syrian opposition | 3 (Saudi Arabia, Turkey, Qatar) |\n',
      },
      {
        title: 'Draft terms of reference for the expert working groups',
        kind: 'minutes' as const,
        date: '2015-01-22',
        owner: 'Coalition Secretariat',
        author: 'admin@secretariat.demo',
        marking: 'AMBER' as const,
        audienceGroups: [smallGroup],
        body: 'A draft for the small group: each working group has co-leads, a membership and a line of effort; it reports to the small group before each plenary.',
      },
      {
        title: 'Stabilisation fund: first contribution pledged',
        kind: 'statement' as const,
        date: '2015-12-22',
        owner: 'Germany',
        author: 'focal@de.demo',
        marking: 'AMBER+STRICT' as const,
        audienceOrgs: ['United Nations Development Programme'],
        body: 'Germany signs a contribution of USD 11,000,000 to the stabilisation facility run by UNDP in Iraq.',
      },
      {
        title: 'Co-lead consultation note',
        kind: 'other' as const,
        date: '2015-03-18',
        owner: 'Germany',
        author: 'focal@de.demo',
        marking: 'RED' as const,
        recipients: ['admin@secretariat.demo'],
        body: 'For the named recipients only: preparation of the first meeting of the stabilisation working group.',
      },
      {
        title: 'Joint statement of the coalition members',
        kind: 'statement' as const,
        date: '2014-12-03',
        owner: 'Coalition Secretariat',
        author: 'admin@secretariat.demo',
        marking: 'GREEN' as const,
        audienceGroups: [allMembers],
        body: 'Members meeting in Brussels organised their work along lines of effort: military support and capacity building, foreign fighters, finance, humanitarian relief and stabilisation, and exposing the group’s true nature.',
      },
    ];
    for (const d of documents) {
      const { id } = await trx
        .insertInto('document')
        .values({
          title: d.title,
          kind: d.kind,
          document_date: d.date,
          body: d.body,
          owner_org_id: orgId.get(d.owner)!,
          marking: d.marking,
          created_by: userId.get(d.author)!,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await replaceAudience(trx, 'document', id, {
        marking: d.marking,
        audienceGroupIds: ('audienceGroups' in d && d.audienceGroups) || [],
        audienceOrgIds: idsOf(('audienceOrgs' in d && d.audienceOrgs) || []),
        recipientUserIds: (('recipients' in d && d.recipients) || []).map((e) => userId.get(e)!),
      });
    }
    await recordAudit(trx, ctx, { action: 'demo.load_documents', entity: 'document', after: { count: documents.length } });
    await loadDemoContributions(trx, ctx, { orgId: (n) => idsOf([n])[0]!, lineId: (k) => lineId.get(k)!, userId: (e) => userId.get(e)!, smallGroup });
    await loadFundDemo(trx, ctx, file, { orgId: (n) => idsOf([n])[0]!, userId: (e) => userId.get(e)! });
    await loadMeetingsDemo(trx, ctx, file, { orgId: (n) => idsOf([n])[0]!, userId: (e) => userId.get(e)!, lineId: (k) => lineId.get(k)!, smallGroup });
    await loadIndicatorsDemo(trx, ctx, file, { orgId: (n) => idsOf([n])[0]!, userId: (e) => userId.get(e)!, lineId: (k) => lineId.get(k)! });
    return { members: data.members.length };
  });
}

/**
 * Who does what where, from the founding example: the goal of 12 new Iraqi brigades, the
 * training camps offered by three host countries, and the stabilisation fund's first
 * payments. Amounts are the documented ones; quantities that no source gives are marked
 * illustrative in the text.
 */
async function loadDemoContributions(
  trx: Db,
  ctx: Ctx,
  ref: { orgId: (name: string) => string; lineId: (key: string) => string; userId: (email: string) => string; smallGroup: string },
) {
  const place = async (code: string) => (await trx.selectFrom('location').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const admin = ref.userId('admin@secretariat.demo');
  const contributions: {
    org: string;
    line: string;
    type: 'training' | 'funding' | 'humanitarian_aid';
    description: string;
    places: string[];
    status: 'pledged' | 'committed' | 'delivered';
    marking: 'GREEN' | 'AMBER';
    start?: string;
    end?: string;
    quantity?: [number, string];
    usd?: number;
    author?: string;
    id: string;
  }[] = [
    {
      id: 'DEMO-SAU-CAMP',
      org: 'Saudi Arabia',
      line: 'security_assistance',
      type: 'training',
      description: 'Hosts a training camp for Syrian opposition forces',
      places: ['SAU'],
      status: 'pledged',
      marking: 'AMBER',
      start: '2015-01-22',
    },
    {
      id: 'DEMO-TUR-CAMP',
      org: 'Turkey',
      line: 'security_assistance',
      type: 'training',
      description: 'Hosts a training camp for Syrian opposition forces',
      places: ['TUR'],
      status: 'pledged',
      marking: 'AMBER',
      start: '2015-01-22',
    },
    {
      id: 'DEMO-QAT-CAMP',
      org: 'Qatar',
      line: 'security_assistance',
      type: 'training',
      description: 'Hosts a training camp for Syrian opposition forces',
      places: ['QAT'],
      status: 'pledged',
      marking: 'AMBER',
      start: '2015-01-22',
    },
    {
      id: 'DEMO-USA-BRIGADES',
      org: 'United States',
      line: 'iraq_capacity',
      type: 'training',
      description: 'Training of new Iraqi brigades (illustrative share of the goal of 12)',
      places: ['IRQ'],
      status: 'committed',
      marking: 'GREEN',
      start: '2015-01-22',
      quantity: [4, 'brigades'],
      author: 'focal@us.demo',
    },
    {
      id: 'DEMO-GBR-BRIGADES',
      org: 'United Kingdom',
      line: 'iraq_capacity',
      type: 'training',
      description: 'Training of new Iraqi brigades (illustrative share of the goal of 12)',
      places: ['IQ-AR'],
      status: 'pledged',
      marking: 'GREEN',
      start: '2015-02-01',
      quantity: [2, 'brigades'],
      author: 'focal@uk.demo',
    },
    {
      id: 'DEMO-DEU-FFIS-2015',
      org: 'Germany',
      line: 'humanitarian',
      type: 'funding',
      description: 'Contribution to the UNDP stabilisation facility in Iraq, signed 22 December 2015',
      places: ['IRQ'],
      status: 'committed',
      marking: 'GREEN',
      start: '2015-12-22',
      usd: 11_000_000,
      author: 'focal@de.demo',
    },
    {
      id: 'DEMO-USA-FFIS-2015',
      org: 'United States',
      line: 'humanitarian',
      type: 'funding',
      description: 'First instalment to the UNDP stabilisation facility under the memorandum of 30 July 2015',
      places: ['IRQ'],
      status: 'delivered',
      marking: 'GREEN',
      start: '2015-07-30',
      usd: 8_300_000,
      author: 'focal@us.demo',
    },
  ];
  const ids = new Map<string, string>();
  for (const c of contributions) {
    const createdBy = c.author ? ref.userId(c.author) : admin;
    const { id } = await trx
      .insertInto('contribution')
      .values({
        owner_org_id: ref.orgId(c.org),
        framework_node_id: ref.lineId(c.line),
        line_id: ref.lineId(c.line),
        type: c.type,
        description: c.description,
        quantity: c.quantity?.[0] ?? null,
        unit: c.quantity?.[1] ?? null,
        amount_minor: c.usd === undefined ? null : c.usd * 100,
        currency: c.usd === undefined ? null : 'USD',
        start_date: c.start ?? null,
        end_date: c.end ?? null,
        status: c.status,
        external_id: c.id,
        marking: c.marking,
        created_by: createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(c.id, id);
    for (const code of c.places)
      await trx
        .insertInto('contribution_location')
        .values({ contribution_id: id, location_id: await place(code) })
        .execute();
    await trx.insertInto('contribution_status_change').values({ contribution_id: id, from_status: null, to_status: c.status, changed_by: createdBy }).execute();
    if (c.marking === 'AMBER') await replaceAudience(trx, 'contribution', id, { marking: 'AMBER', audienceGroupIds: [ref.smallGroup], audienceOrgIds: [], recipientUserIds: [] });
  }
  const needs = [
    {
      id: 'DEMO-NEED-BRIGADES',
      org: 'Iraq',
      line: 'iraq_capacity',
      type: 'training' as const,
      description: 'Raise 12 new Iraqi brigades',
      place: 'IRQ',
      quantity: [12, 'brigades'] as [number, string],
      priority: 'critical' as const,
      links: [
        ['DEMO-USA-BRIGADES', 4],
        ['DEMO-GBR-BRIGADES', 2],
      ] as [string, number][],
    },
    {
      id: 'DEMO-NEED-STABILISATION',
      org: 'Iraq',
      line: 'humanitarian',
      type: 'funding' as const,
      description: 'Stabilisation of liberated communities (illustrative amount)',
      place: 'IQ-SD',
      usd: 50_000_000,
      priority: 'high' as const,
      links: [
        ['DEMO-DEU-FFIS-2015', 11_000_000],
        ['DEMO-USA-FFIS-2015', 8_300_000],
      ] as [string, number][],
    },
    // Stated by a co-lead on behalf of the Stabilization Working Group (formed 18 March 2015).
    {
      id: 'DEMO-NEED-RETURNS',
      org: 'Germany',
      workingGroup: 'Stabilization Working Group',
      author: 'focal@de.demo',
      line: 'humanitarian',
      type: 'humanitarian_aid' as const,
      description: 'Relief kits for families returning to liberated communities (illustrative quantity)',
      place: 'IQ-SD',
      quantity: [10_000, 'family kits'] as [number, string],
      priority: 'high' as const,
      links: [] as [string, number][],
    },
  ];
  for (const n of needs) {
    const { id } = await trx
      .insertInto('need')
      .values({
        owner_org_id: ref.orgId(n.org),
        framework_node_id: ref.lineId(n.line),
        line_id: ref.lineId(n.line),
        location_id: await place(n.place),
        working_group_id: n.workingGroup ? (await trx.selectFrom('working_group').select('id').where('name', '=', n.workingGroup).executeTakeFirstOrThrow()).id : null,
        type: n.type,
        description: n.description,
        quantity: n.quantity?.[0] ?? null,
        unit: n.quantity?.[1] ?? null,
        amount_minor: n.usd === undefined ? null : n.usd * 100,
        currency: n.usd === undefined ? null : 'USD',
        priority: n.priority,
        external_id: n.id,
        marking: 'GREEN',
        created_by: ref.userId(n.author ?? 'focal@iq.demo'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [contribution, amount] of n.links)
      await trx
        .insertInto('contribution_need')
        .values({
          contribution_id: ids.get(contribution)!,
          need_id: id,
          quantity: n.quantity ? amount : null,
          amount_minor: n.usd === undefined ? null : amount * 100,
        })
        .execute();
  }
  await recordAudit(trx, ctx, { action: 'demo.load_contributions', entity: 'contribution', after: { contributions: contributions.length, needs: needs.length } });
}
