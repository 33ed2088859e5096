// jest's test environment for the unit and ratchet projects (jest.config.js). jest gives every test file a fresh
// module registry, so every file that reached the extractor loaded compromise again (its lexicon unpacked, about
// 0.4 s) and registered the lexicon plugins again: some 20 s of the extractor's unit suite. jest requires this
// module once per worker process, and with it src/nlp.ts (compromise, compromise-dates and the lexicon plugins,
// registered once); every test file then gets that one module for `../nlp` (shared-nlp-resolver.cjs swaps it in).
// compromise keeps no state between parses, so a test sees exactly what a fresh instance gives.
import { TestEnvironment } from 'jest-environment-node';
import * as sharedNlp from '../nlp';

/** The test file's global that holds the worker's src/nlp.ts module (read by shared-nlp.cjs). */
export const SHARED_NLP_GLOBAL = '__newsKgSharedNlp';

export default class SharedNlpEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    this.global[SHARED_NLP_GLOBAL] = sharedNlp;
  }
}
