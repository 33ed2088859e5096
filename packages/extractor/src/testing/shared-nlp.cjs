// What a test file gets for the extractor's src/nlp.ts: the module shared-nlp-environment.ts loaded once per
// jest worker.
const shared = globalThis.__newsKgSharedNlp;
if (!shared)
  throw new Error("src/nlp.ts is shared by jest's SharedNlpEnvironment, which this project does not use");
module.exports = shared;
