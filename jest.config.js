// Two projects: fast pure units beside the code, and integration tests on a real Neo4j in test/.
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  // ESM-only dependencies of linkedom (the extractor's HTML DOM): Node 20 require()s them natively, jest does not
  '^.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
};
const ESM_ONLY = ['css-select', 'css-what', 'nth-check', 'domutils', 'domhandler', 'domelementtype', 'dom-serializer', 'entities', 'htmlparser2', 'boolbase', 'cssomnom'];
const transformIgnorePatterns = [`/node_modules/(?!(?:\\.pnpm/)?(?:${ESM_ONLY.join('|')})[@/])`];

/** @type {import('jest').Config} */
module.exports = {
  // jest reads testTimeout from the top level only (a project entry's value is ignored): real Neo4j work needs
  // more than the 5 s default; unit tests finish far sooner.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/packages/*/src/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/**/*.int.test.ts'],
    },
  ],
};
