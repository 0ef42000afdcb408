// Frozen: never edit a migration that has shipped; add a new one.
// Dashboard tiles drawn as progress bars against targets and as a map of places shaded by
// value (issue 11 item 5), beside the series, bars, heatmap and table of 0029.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE indicator_dashboard_tile DROP CONSTRAINT indicator_dashboard_tile_chart_check;
    ALTER TABLE indicator_dashboard_tile ADD CONSTRAINT indicator_dashboard_tile_chart_check
      CHECK (chart IN ('series', 'bar', 'heatmap', 'progress', 'map', 'table'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM indicator_dashboard_tile WHERE chart IN ('progress', 'map');
    ALTER TABLE indicator_dashboard_tile DROP CONSTRAINT indicator_dashboard_tile_chart_check;
    ALTER TABLE indicator_dashboard_tile ADD CONSTRAINT indicator_dashboard_tile_chart_check CHECK (chart IN ('series', 'bar', 'heatmap', 'table'));
  `.execute(db);
}
