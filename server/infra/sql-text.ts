/**
 * A LIKE / ILIKE pattern matching `q` anywhere in the text: its `\`, `%` and `_` are
 * escaped (backslash is PostgreSQL's default LIKE escape), so a search for "50%" finds
 * "50%" and not every text starting with "50". The pattern goes in as a parameter.
 */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
