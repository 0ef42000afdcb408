// Vite's `?url` imports: the file is emitted as a hashed asset of the build and the import is its
// address (the i18n words fetched when a language is chosen: web/src/i18n/index.ts).
declare module '*.json?url&no-inline' {
  const url: string;
  export default url;
}
