// The one place that extends compromise (as compromise's own src/three.js does): every step imports `nlp`
// from here, so the lexicon plugins are registered exactly once and before any parse.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { titlesPlugin } from './lexicon/titles';
import { countriesPlugin } from './lexicon/countries';
import { organizationsPlugin } from './lexicon/organizations';

// compromise-dates changes tagging ("Evening" becomes a date word): registered here, first, so that every parse
// tags the same whichever module was imported first (the date layer registers it too; a second time is a no-op)
nlp.plugin(datesPlugin);
nlp.plugin(titlesPlugin);
nlp.plugin(countriesPlugin);
nlp.plugin(organizationsPlugin);

export { nlp };
export type View = ReturnType<typeof nlp>;
