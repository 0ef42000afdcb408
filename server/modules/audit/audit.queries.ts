import type { Db } from '../../db/database.ts';
import { decodeCursor } from '../../infra/pagination.ts';

export async function listAuditEvents(db: Db, f: { entity?: string; entityId?: string; cursor?: string; limit: number }) {
  const after = decodeCursor(f.cursor, ['integer']);
  let query = db.selectFrom('audit_event').selectAll();
  if (f.entity) query = query.where('entity', '=', f.entity);
  if (f.entityId) query = query.where('entity_id', '=', f.entityId);
  if (after) query = query.where('id', '<', after[0]!);
  return await query.orderBy('id', 'desc').limit(f.limit + 1).execute();
}
