// The pages the server opens with their code preloaded for a signed-in reader (ADR 0029): the
// build writes `index[.<lang>].<name>.html` for each (web/opening-pages.ts) and the server sends
// it at its path (server/infra/web.ts). The pages members open first: the home, and the coverage
// page whose charts are the heaviest code of the app.
export const OPENING_PAGES = { '/': 'home', '/coverage': 'coverage' } as const;
export type OpeningPage = (typeof OPENING_PAGES)[keyof typeof OPENING_PAGES];

/** The page opened at `path` with its code preloaded, if there is one. */
export const openingPageAt = (path: string): OpeningPage | undefined => (Object.hasOwn(OPENING_PAGES, path) ? OPENING_PAGES[path as keyof typeof OPENING_PAGES] : undefined);
