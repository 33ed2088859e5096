// Words the reference steps read (entities/07-resolve-pronouns.ts, 09-resolve-descriptions.ts): general English,
// nothing of any story.

/** Nouns that name a person through their tie to another ("Duarte's wife", "Okafor's pick"), besides role heads:
 * a possessor before them is not who a later pronoun of the sentence means. */
export const RELATIONAL_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'wife',
  'husband',
  'partner',
  'son',
  'daughter',
  'father',
  'mother',
  'brother',
  'sister',
  'child',
  'widow',
  'widower',
  'fiancee',
  'fiance',
  'girlfriend',
  'boyfriend',
  'friend',
  'ally',
  'rival',
  'opponent',
  'successor',
  'predecessor',
  'pick',
  'choice',
  'appointee',
  'protege',
  'mentor',
  'client',
  'employer',
  'employee',
  'boss',
]);

/** Plural descriptions that stand for the two parties just told together ("the two leaders", "both men"). */
export const PAIR_NOUNS: ReadonlySet<string> = new Set([
  'men',
  'women',
  'leaders',
  'sides',
  'parties',
  'officials',
  'ministers',
  'presidents',
  'executives',
  'politicians',
  'rivals',
  'allies',
  'delegations',
  'chiefs',
  'heads',
]);

/** First-person words, with their contractions (apostrophes straightened), and whether they are plural. */
export const FIRST_PERSON: ReadonlyMap<string, 'singular' | 'plural'> = new Map([
  ...['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"].map(w => [w, 'singular'] as const),
  ...['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd", "we'll"].map(
    w => [w, 'plural'] as const,
  ),
]);

/** Nouns that give a person the role of another at a different body: "X's Norvik counterpart, Y" holds X's title at
 * Norvik. */
export const COUNTERPART_NOUNS: ReadonlySet<string> = new Set([
  'counterpart',
  'counterparts',
  'equivalent',
  'opposite',
]);

/** Plural nouns of the pair that name people only. */
export const PEOPLE_NOUNS = new Set([
  'men',
  'women',
  'leaders',
  'presidents',
  'ministers',
  'politicians',
  'executives',
  'chiefs',
  'heads',
]);

/** Nouns for the people of a body, besides role heads and their plurals: "White House officials", "Senate aides",
 * "embassy staff". An institution written before one of them is who those people work for. */
export const PERSONNEL_NOUNS: ReadonlySet<string> = new Set([
  'official',
  'staff',
  'staffer',
  'aide',
  'source',
  'insider',
  'member',
  'worker',
  'employee',
  'personnel',
  'team',
  'delegation',
  'negotiator',
  'investigator',
  'critic',
  'lawmaker',
  'leadership',
  'veteran',
]);

/** Verbs whose subject "it" is impersonal or a situation, not an organization: "it seemed", "it took weeks", "it
 * means" (`find-organization-evidence.ts`: a neuter pronoun agreeing with a name). */
export const IMPERSONAL_IT_VERBS: ReadonlySet<string> = new Set([
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'remain',
  'remains',
  'remained',
  'take',
  'takes',
  'took',
  'make',
  'makes',
  'made',
  'mean',
  'means',
  'meant',
  'matter',
  'matters',
  'mattered',
  'happen',
  'happens',
  'happened',
  'depend',
  'depends',
  'depended',
  'cost',
  'costs',
  'help',
  'helps',
  'helped',
  'rain',
  'rained',
  'emerged',
  'emerges',
]);
