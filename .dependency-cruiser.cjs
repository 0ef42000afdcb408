// The module layout, checked (docs/adr/0010-module-layout.md): `npm run depcruise`.
// No violation is tolerated: there is no baseline of known ones.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and hides which side owns the rule. Type-only imports vanish at run time and count too: they still tie the two files together.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'infra-imports-no-module',
      severity: 'error',
      comment: 'server/infra/ is the plumbing every module uses (auth, errors, OpenAPI, pagination); it must not know any module.',
      from: { path: '^server/infra/' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'module-through-service-or-sql',
      severity: 'error',
      comment:
        "A module reaches another module only through its service (*.service.ts: policy, transaction, audit), an exported SQL fragment (*.sql.ts, e.g. sharing.sql.ts's visibleTo), its zod schemas (*.schema.ts: the public contract, already published as OpenAPI; no database, no policy) or its policy (*.policy.ts: declarative rules on an actor and a row, no database; e.g. sharing.policy.ts's edit rule, or the abilities the session tells the web app) — never its queries, tables, routes or helpers.",
      // Tests may set up data through another module's engine (an import, a loader): they ship nothing.
      from: { path: '^server/modules/([^/]+)/', pathNot: '[.]test[.]ts$' },
      to: {
        path: '^server/modules/[^/]+/',
        pathNot: ['^server/modules/$1/', '[.](service|sql|schema|policy)[.]ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules/', '^web/dist/', '[.]d[.]ts$'] },
    // Type-only imports are dependencies too (they tie one module to another's internals).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
