// A row's name in the reader's language, as SQL: tables whose rows are named in English and,
// when someone gave them, in French and Arabic (`name`, `name_fr`, `name_ar`: places,
// framework elements) hold the translation beside the name. Used where the server writes the
// name itself (an export's label columns, ADR 0038); answers of the API return all three and
// the web app chooses.
import { type RawBuilder, sql } from 'kysely';
import type { LOCALES } from '../../common/enums.ts';

export type NameLang = (typeof LOCALES)[number];

/** `<alias>.name_<lang>`, else `<alias>.name` (English: the name). */
export function localName(alias: string, lang: NameLang): RawBuilder<string> {
  const name = sql.ref(`${alias}.name`);
  if (lang === 'en') return sql<string>`${name}`;
  return sql<string>`coalesce(${sql.ref(`${alias}.name_${lang}`)}, ${name})`;
}
