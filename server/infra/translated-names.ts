// A name's French and Arabic forms (ADR 0036): places, framework elements, working groups and
// groups of organisations each have a name and, when someone gave them, a name in French
// (`nameFr`) and in Arabic (`nameAr`). The server returns all three; the web app shows the
// one of the reader's language when there is one, else the name (web/src/i18n/localName.ts).
import { z } from 'zod';

/** A translated name as taken in a body: the name's own rules (trimmed, 1 to `max` characters), or null for none. */
export const translatedName = (max: number, lang: 'French' | 'Arabic') => z.string().trim().min(1).max(max).nullable().describe(`The name in ${lang}; null when there is none`);

/** The translated names of a body, both optional. */
export const translatedNamesInput = (max: number) => ({ nameFr: translatedName(max, 'French'), nameAr: translatedName(max, 'Arabic') });

/** The translated names of an answer, null when there is none. */
export const translatedNamesOut = { nameFr: z.string().nullable(), nameAr: z.string().nullable() };

/** A row's name_fr and name_ar as an answer's nameFr and nameAr. */
export const translatedNamesOf = (row: { name_fr: string | null; name_ar: string | null }) => ({ nameFr: row.name_fr, nameAr: row.name_ar });
