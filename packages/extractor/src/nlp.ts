// The one place that extends compromise (as compromise's own src/three.js does): every step imports `nlp`
// from here, so the lexicon plugins are registered exactly once and before any parse.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { titlesPlugin } from './lexicon/titles';
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

export { nlp };
export type View = ReturnType<typeof nlp>;
