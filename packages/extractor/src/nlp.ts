// The one place that extends compromise (as compromise's own src/three.js does): every step imports `nlp`
// from here, so the lexicon plugins are registered exactly once and before any parse.
import nlp from 'compromise';
import { titlesPlugin } from './lexicon/titles';
import { countriesPlugin } from './lexicon/countries';
import { organizationsPlugin } from './lexicon/organizations';

nlp.plugin(titlesPlugin);
nlp.plugin(countriesPlugin);
nlp.plugin(organizationsPlugin);

export { nlp };
export type View = ReturnType<typeof nlp>;
