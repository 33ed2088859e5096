// Verbs by which the entity layer sees that a name speaks or reports (the statement layer's own, fuller lexicon is
// statements/reporting-verbs.ts).

export const REPORT_VERBS = new Set(['reported', 'reports', 'revealed', 'reveals', 'published', 'publishes', 'disclosed', 'discloses']);

/** Verbs of saying after "the X": "The Ledger said" names an organization speaking. */
export const SAY_VERBS = new Set(['said', 'says', 'claimed', 'claims', 'wrote', 'writes', 'announced', 'announces', 'accused', 'accuses', 'warned', 'warns']);

/** Verbs right after a name that show a person (or a speaking body) acting: "Duarte said", "Ortiz met". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'insisted', 'insists', 'denied', 'denies', 'stated',
  'states', 'claimed', 'claims', 'argued', 'argues', 'noted', 'notes', 'explained', 'wrote', 'writes',
  'warned', 'warns', 'confirmed', 'confirms', 'announced', 'announces', 'asked', 'asks', 'replied', 'responded',
  'dismissed', 'rejected', 'rejects', 'accused', 'accuses', 'declined', 'refused', 'acknowledged', 'admitted',
  'tweeted', 'posted', 'recalled', 'stressed', 'suggested', 'urged', 'called', 'met', 'resigned', 'reported',
]);
