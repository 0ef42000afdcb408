// The open list of shared entities. A module that shares its rows registers its entity
// here, from its own code (`registerSharedEntity`), and its migration installs the
// database's side (`installSharedEntity`, sharing.migration.ts): nothing in sharing/ names
// a module. The read rule (sharing.sql.ts: visibleTo, exportableBy) and the write handle
// (sharing.service.ts: sharedEntity) both look entities up here. ADR 0012.
import type { RawBuilder } from 'kysely';

export interface SharedEntitySpec {
  /** The name the sharing tables and the audit log use for its rows ('need'). */
  entity: string;
  /** Its table, with the columns id, owner_org_id, marking and created_by. */
  table: string;
  /**
   * Its own audience, where the entity has one beside the audience and recipients stored in
   * share_audience / share_recipient. `redRowIds` gives, as an uncorrelated
   * `SELECT row_id …`, the RED rows `userId` reads besides those naming them as recipients —
   * a meeting's RED minutes are for the people present, say.
   */
  audience?: { redRowIds: (userId: string) => RawBuilder<unknown> };
}

const NAME = /^[a-z][a-z0-9_]*$/;
const registry = new Map<string, SharedEntitySpec>();

/** Registers a shared entity (idempotent for the same spec; a second, different spec under one name is refused). */
export function registerSharedEntity(spec: SharedEntitySpec): SharedEntitySpec {
  if (!NAME.test(spec.entity) || !NAME.test(spec.table)) throw new Error(`shared entity ${spec.entity}: entity and table are lower-case SQL names`);
  const known = registry.get(spec.entity);
  if (known && known.table !== spec.table) throw new Error(`shared entity ${spec.entity} is registered already, for the table ${known.table}`);
  const merged = known ? { ...known, ...spec } : spec;
  registry.set(spec.entity, merged);
  return merged;
}

/** The spec of a registered entity; an unregistered name is a programming error. */
export function sharedEntitySpec(entity: string): SharedEntitySpec {
  const spec = registry.get(entity);
  if (!spec) throw new Error(`${entity} is not a registered shared entity (registerSharedEntity)`);
  return spec;
}

/** The spec of `entity` if it is registered (the read rule asks only for an entity's own audience). */
export const registeredSharedEntity = (entity: string): SharedEntitySpec | undefined => registry.get(entity);

/** By name, so that SQL built from the list is the same whatever order the modules loaded in. */
export const registeredSharedEntities = (): SharedEntitySpec[] => [...registry.values()].sort((a, b) => a.entity.localeCompare(b.entity));
