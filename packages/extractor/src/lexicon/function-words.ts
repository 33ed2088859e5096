// Function words the name, role and reference steps read: copulas and their fillers, clause openers.

/** Verbs after "it" that make it an expletive or a reference to a situation ("it is unclear", "it emerged"). */
export const EXPLETIVE_VERBS = new Set([
  'is',
  'was',
  "'s",
  'has',
  'had',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'remained',
  'emerged',
  'means',
  'meant',
  'matters',
  'takes',
  'took',
  'will',
  'would',
  'could',
  'may',
  'might',
  'must',
  'should',
  'can',
  'happened',
  'became',
  'looks',
  'looked',
  'felt',
  'feels',
  'comes',
  'came',
  'goes',
  'went',
  'makes',
  'made',
]);

/** Verbs linking a person to a role: "X was chairman", "Y became minister". */
export const COPULAS = new Set(['was', 'is', 'became', 'becomes', 'remains', 'remained', 'served', 'serves']);

/** Words that may stand between such a verb and the role: "was still", "has been", "later became". */
export const COPULA_FILLERS = new Set([
  'still',
  'then',
  'also',
  'now',
  'once',
  'already',
  'been',
  'has',
  'had',
  'as',
  'later',
  'currently',
]);

/** Adverbs and conjunctions that open a sentence and that the tagger may read as a name after a quotation
 * ('…win." Then Ana Duarte left'). */
export const OPENER_WORDS: ReadonlySet<string> = new Set([
  'then',
  'now',
  'but',
  'and',
  'so',
  'yet',
  'still',
  'also',
  'later',
  'meanwhile',
  'however',
  'instead',
  'since',
  'after',
  'before',
  'when',
  'while',
  'although',
  'though',
  'earlier',
  'afterwards',
  'today',
  'yesterday',
  'as',
  'if',
  'unless',
  'until',
  'because',
  'once',
  'whether',
  'whereas',
]);

/** Prepositions whose object a noun phrase is: a finite-verb reading of the word after that phrase's first noun
 * cannot be its predicate ("access to army bases in the north"). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'of',
  'in',
  'at',
  'on',
  'from',
  'with',
  'for',
  'by',
  'about',
  'near',
  'into',
  'outside',
  'inside',
]);

/** Words that count a plural noun ("two army bases", "several seats"). */
export const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'many',
  'some',
  'few',
]);

/** Object pronouns that stand for people ("denied him a visa", "dismissed them"). */
export const PERSON_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us']);

/** Every object pronoun ("told you", "said it"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PERSON_OBJECT_PRONOUNS, 'you', 'it']);

/** Determiners, possessive determiners and small counts an object noun phrase may open with ("the", "its",
 * "two"). */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'two',
  'three',
  'several',
  'all',
]);
