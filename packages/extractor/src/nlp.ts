// The one place that extends compromise (as compromise's own src/three.js does): every step imports `nlp`
// from here, so the lexicon plugins are registered exactly once and before any parse.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { HONORIFICS, titlesPlugin } from './lexicon/titles';
import { countriesPlugin } from './lexicon/countries';
import { organizationsPlugin } from './lexicon/organizations';

nlp.plugin(titlesPlugin);
nlp.plugin(countriesPlugin);
nlp.plugin(organizationsPlugin);
// compromise-dates changes tagging ("Evening" becomes a date word): registered here, with the lexicons, so that
// every parse tags the same whichever module was imported first; dates/nlp-dates.ts uses this instance.
// Exactly once, and last: compromise's plugin() is not idempotent (a second call appends the plugin's hook again,
// so the date tagger ran twice on every parse), and each plugin's words overwrite the longest-phrase length its
// predecessors recorded per first word ("new" -> 4 for "New Zealand Standard Time"): the last one wins there.
nlp.plugin(datesPlugin);

// The sentence splitter keeps its own list of abbreviations whose full stop ends no sentence; every courtesy title
// of the lexicon belongs there ("…, Amb. Lena Ortiz said" is one sentence)
const abbreviations = (
  nlp.world() as unknown as { model: { one: { abbreviations: Record<string, boolean> } } }
).model.one.abbreviations;
for (const honorific of HONORIFICS) abbreviations[honorific] = true;

// The hooks every parse runs, in order ('contractions' … 'postTagger', 'chunks', 'dates'). compromise's chunker
// ('chunks': noun and verb phrase groups for .nouns(), .verbs() and '<Noun>' matches) sets no tag, and no layer
// reads chunks, so the extractor's parses skip it (6% of a parse); the date parser, whose .nouns() needs it,
// parses with all of them (parseWithAllHooks).
const world = nlp.world() as unknown as { hooks: string[] };
const ALL_HOOKS = world.hooks;
const LEAN_HOOKS = ALL_HOOKS.filter(hook => hook !== 'chunks');
world.hooks = LEAN_HOOKS;

/** `nlp(text)` with every hook compromise and its plugins registered, the chunker included. */
export function parseWithAllHooks(text: string): View {
  world.hooks = ALL_HOOKS;
  try {
    return nlp(text);
  } finally {
    world.hooks = LEAN_HOOKS;
  }
}

export { nlp };
export type View = ReturnType<typeof nlp>;
