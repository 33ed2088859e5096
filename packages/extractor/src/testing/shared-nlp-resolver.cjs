// jest resolver of the unit and ratchet projects: resolves as jest does, except that the extractor's src/nlp.ts
// becomes shared-nlp.cjs, the worker's one compromise instance (see shared-nlp-environment.ts).
const path = require('node:path');

const NLP_MODULE = path.resolve(__dirname, '..', 'nlp.ts');
const SHARED_NLP = path.join(__dirname, 'shared-nlp.cjs');

module.exports = (request, options) => {
  const resolved = options.defaultResolver(request, options);
  return resolved === NLP_MODULE ? SHARED_NLP : resolved;
};
