// Frozen: never edit a migration that has shipped; add a new one.
// A user's dashboard (issue 11 item 6): pivots of the indicators pinned as tiles, each with
// its title, the chart it is drawn as and the pivot's query (the parameters of GET
// /api/indicators/pivot, checked by that route's schema when pinned). A tile is its owner's
// only: it holds no figure, the pivot is computed for the reader each time it is shown.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE indicator_dashboard_tile (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      chart text NOT NULL CHECK (chart IN ('series', 'bar', 'heatmap', 'table')),
      query jsonb NOT NULL CHECK (jsonb_typeof(query) = 'object'),
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX indicator_dashboard_tile_owner ON indicator_dashboard_tile (owner_user_id, position, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE indicator_dashboard_tile`.execute(db);
}
