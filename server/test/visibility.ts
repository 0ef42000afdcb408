// The readers of the visibility matrix and what each may see, shared by every module's
// matrix test: an owner organisation (the author and a colleague), an audience member,
// an outsider, the secretariat, a named RED recipient and the anonymous public.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Marking } from '../../common/sharing.ts';
import type { UserActor } from '../infra/actor.ts';
import { type Session, type TestApp, signIn } from './app.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser } from './factories.ts';

export type Reader = 'author' | 'ownerColleague' | 'audienceMember' | 'nonAudienceMember' | 'secretariat' | 'redRecipient' | 'anonymous';

export const EXPECTED: Record<Reader, Marking[]> = {
  author: ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'],
  ownerColleague: ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT'],
  audienceMember: ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT'],
  nonAudienceMember: ['CLEAR', 'GREEN'],
  secretariat: ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT'],
  redRecipient: ['CLEAR', 'GREEN', 'RED'],
  anonymous: ['CLEAR'],
};

export const READERS = Object.keys(EXPECTED) as Reader[];

type UserRow = Awaited<ReturnType<typeof buildUser>>;

export interface MatrixCast {
  sessions: Record<Exclude<Reader, 'anonymous'>, Session>;
  /** The readers' accounts and organisations, for calls that bypass HTTP (imports, the CLI). */
  users: Record<Exclude<Reader, 'anonymous'>, UserRow>;
  orgs: { owner: { id: string; name: string }; secretariat: { id: string; name: string } };
  /** Share every row with this audience: the group holds the audience member's organisation. */
  sharing: (marking: Marking) => { marking: Marking; audienceGroupIds: string[]; recipientUserIds: string[] };
}

/** Under TLP 2.0 an export leaves out every RED row, and other organisations' AMBER+STRICT rows. */
export function exportableFor(reader: Reader): Marking[] {
  const own = reader === 'author' || reader === 'ownerColleague';
  return EXPECTED[reader].filter((m) => m !== 'RED' && (m !== 'AMBER+STRICT' || own));
}

/** The markings of an exported file's rows: the last column, after the header and hashtag rows. */
export async function markingsOfExport(format: 'csv' | 'xlsx', file: Buffer): Promise<string[]> {
  let rows: string[][];
  if (format === 'csv') {
    rows = Papa.parse<string[]>(file.toString('utf8').trim(), { skipEmptyLines: true }).data;
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    rows = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  }
  return rows
    .slice(2)
    .map((cells) => cells.at(-1)!)
    .sort();
}

/** The acting user as the services see them, for calls made without HTTP. */
export function actorOf(user: UserRow, orgKind: UserActor['orgKind']): UserActor {
  return { kind: 'user', userId: user.id, orgId: user.org_id, orgKind, role: user.role, email: user.email };
}

export async function castReaders(t: TestApp): Promise<MatrixCast> {
  const owner = await buildOrganisation(t.db);
  const audience = await buildOrganisation(t.db);
  const outsider = await buildOrganisation(t.db);
  const recipientOrg = await buildOrganisation(t.db);
  const secretariat = await buildOrganisation(t.db, { kind: 'secretariat' });
  const group = await buildGroup(t.db, [audience.id]);
  const users = {
    author: await buildUser(t.db, owner.id),
    ownerColleague: await buildUser(t.db, owner.id),
    audienceMember: await buildUser(t.db, audience.id),
    nonAudienceMember: await buildUser(t.db, outsider.id),
    secretariat: await buildUser(t.db, secretariat.id, 'admin'),
    redRecipient: await buildUser(t.db, recipientOrg.id),
  };
  const sessions = {} as MatrixCast['sessions'];
  for (const [reader, user] of Object.entries(users)) sessions[reader as keyof typeof users] = await signIn(t.app, user.email, TEST_PASSWORD);
  return {
    sessions,
    users,
    orgs: { owner, secretariat },
    sharing: (marking) => ({ marking, audienceGroupIds: [group.id], recipientUserIds: [users.redRecipient.id] }),
  };
}
