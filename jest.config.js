// Four projects: fast pure units beside the code; integration tests on a real throwaway Neo4j in test/; and the
// ratchets, with and without Neo4j, that read ../shared beside the clone (the real articles, the shared scorer),
// which a user's clone does not have. `pnpm test` runs the first two; .ci/run all four (`pnpm test:ratchets`).
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
  // ESM-only dependencies of linkedom (the extractor's HTML DOM): Node 20 require()s them natively, jest does not
  '^.+\\.js$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const ESM_ONLY = [
  'css-select',
  'css-what',
  'nth-check',
  'domutils',
  'domhandler',
  'domelementtype',
  'dom-serializer',
  'entities',
  'htmlparser2',
  'boolbase',
  'cssomnom',
];
const transformIgnorePatterns = [`/node_modules/(?!(?:\\.pnpm/)?(?:${ESM_ONLY.join('|')})[@/])`];
// The workspace packages' exports send the `@news-kg/source` condition to their TypeScript (src/) and everyone else
// to the build (dist/): the tests run the sources, with no build first (docs/development.md, "Build").
const testEnvironmentOptions = { customExportConditions: ['@news-kg/source', 'node', 'node-addons'] };
// Tests that read ../shared (the real articles, their gold, or the shared scorer that scores the invented sets).
const NEEDS_SHARED = [
  '<rootDir>/packages/extractor/src/*-score.test.ts',
  '<rootDir>/test/**/*.shared.test.ts',
];
const NEEDS_SHARED_AND_NEO4J = ['<rootDir>/test/api-dev-corpus.int.test.ts'];
const NEEDS_SHARED_PATTERN = [
  '/packages/extractor/src/[^/]*-score\\.test\\.ts$',
  '/test/api-dev-corpus\\.int\\.test\\.ts$',
  '\\.shared\\.test\\.ts$',
];
// The unit and ratchet files share one compromise per jest worker (loaded and extended once, not once per file):
// packages/extractor/src/testing/shared-nlp-environment.ts says how.
const sharedNlp = {
  testEnvironment: '<rootDir>/packages/extractor/src/testing/shared-nlp-environment.ts',
  resolver: '<rootDir>/packages/extractor/src/testing/shared-nlp-resolver.cjs',
};
// One throwaway Neo4j for the run, started before the first integration test (never the user's NEO4J_URI).
const neo4jForTheRun = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  // jest reads testTimeout from the top level only (a project entry's value is ignored): real Neo4j work needs
  // more than the 5 s default; unit tests finish far sooner.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      ...sharedNlp,
      testEnvironmentOptions,
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/packages/*/src/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$', ...NEEDS_SHARED_PATTERN],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testEnvironmentOptions,
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/**/*.int.test.ts'],
      testPathIgnorePatterns: NEEDS_SHARED_PATTERN,
      ...neo4jForTheRun,
    },
    {
      displayName: 'ratchets',
      ...sharedNlp,
      testEnvironmentOptions,
      transform,
      transformIgnorePatterns,
      testMatch: NEEDS_SHARED,
    },
    {
      displayName: 'ratchets-integration',
      testEnvironment: 'node',
      testEnvironmentOptions,
      transform,
      transformIgnorePatterns,
      testMatch: NEEDS_SHARED_AND_NEO4J,
      ...neo4jForTheRun,
    },
  ],
};
