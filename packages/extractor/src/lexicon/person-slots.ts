// Slots of a sentence only a person fills (entities/person-slots.ts): general English, nothing of any story.

/** Encounters and shared meals one has "with" a person: "had breakfast with X", "held talks with X", "a meeting
 * with X". Not deals, rows or contracts ("a deal with X" may be with a company). */
export const PARTNER_NOUNS: ReadonlySet<string> = new Set([
  'meeting',
  'meetings',
  'talks',
  'encounter',
  'sit-down',
  'get-together',
  'tete-a-tete',
  'audience',
  'breakfast',
  'brunch',
  'lunch',
  'luncheon',
  'dinner',
  'supper',
  'coffee',
  'tea',
  'drinks',
]);

/** Verbs whose object is a person, read after "to" or a modal where the tagger may take them for nouns ("went to
 * see X", "is due to meet X"); not "visit" or "join", whose object is often a place or a body. */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'meet',
  'see',
  'greet',
  'thank',
  'congratulate',
  'console',
  'interview',
]);

/** Words before such a verb that make it an infinitive or a verb after a modal ("to see", "will meet"). */
export const INFINITIVE_MARKERS: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'could',
  'can',
  'should',
  'must',
  'may',
  'might',
  'shall',
]);

/** Verbs of going round a place in someone's company, before "the site with X": the partner is a person. */
export const COMPANY_VERBS: ReadonlySet<string> = new Set([
  'toured',
  'tours',
  'touring',
  'tour',
  'inspected',
  'inspecting',
  'walked',
  'walking',
  'spent',
  'spending',
  'shared',
  'sharing',
]);

/** Verbs of conversation whose "to" names the one spoken to ("spoke to X", "talking to X"). */
export const SPOKEN_TO_VERBS: ReadonlySet<string> = new Set([
  'spoke',
  'speak',
  'speaks',
  'speaking',
  'talked',
  'talk',
  'talks',
  'talking',
  'chatted',
  'chatting',
]);

/** Verbs whose object is a work or a product, not a person ("read Silent Orchard", "launched Orvan Pulse"): after
 * them a bare name gets no person evidence from the verb. Not "released" (prisoners are released) nor "watched". */
export const WORK_VERBS: ReadonlySet<string> = new Set([
  'read',
  'reads',
  'reading',
  'launched',
  'launches',
  'launching',
  'published',
  'publishes',
  'publishing',
  'unveiled',
  'unveils',
  'premiered',
  'premieres',
  'streamed',
  'recorded',
  'composed',
  'directed',
  'produced',
  'designed',
  'downloaded',
]);
