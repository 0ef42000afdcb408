// Frozen: never edit a migration that has shipped; add a new one.
// Lists that answer questions (issue 9 item 3). Two parts:
// - saved_view: a user's named views of a list page (its filters and order as the page's query
//   string), their own only; a name is unique per user and page. Owned by the saved-views module.
// - the contributions list's orders other than the newest first (ADR 0033): each is a keyset
//   (the sort expression, then id), and each has an index on that same expression, so a page is
//   read from the index in order instead of sorting every visible row. Sorting by organisation
//   reads the organisation's name through a join and has no index of its own (ADR 0033).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE saved_view (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      page text NOT NULL CHECK (page IN ('contributions', 'needs', 'coverage', 'pivot')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      query text NOT NULL CHECK (length(query) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT saved_view_name_unique UNIQUE (owner_user_id, page, name)
    );
    CREATE INDEX contribution_start_sort ON contribution (coalesce(start_date, '0001-01-01'::date), id);
    CREATE INDEX contribution_amount_sort ON contribution (coalesce(amount_minor, -1), id);
    CREATE INDEX contribution_status_sort ON contribution ((CASE status WHEN 'pledged' THEN 1 WHEN 'committed' THEN 2 WHEN 'delivered' THEN 3 ELSE 4 END), id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX contribution_status_sort;
    DROP INDEX contribution_amount_sort;
    DROP INDEX contribution_start_sort;
    DROP TABLE saved_view;
  `.execute(db);
}
