// Date phrases compromise-dates does not read as written, and what each is read as. A possessive date word
// ("Monday's talks") dates its noun; a part of a day ("late yesterday", "earlier Tuesday") is that day; "last
// night" is the evening before the publication day.

/** Words that can own a noun as its date: "Monday's talks", "yesterday's meeting", "last week's summit". */
export const POSSESSIVE_DATE_WORDS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'week',
  'weekend',
  'month',
  'year',
];

/** Words that pick a part of the day they precede and leave the day itself unchanged: "late yesterday". */
export const PART_OF_DAY_MODIFIERS: readonly string[] = ['late', 'early', 'earlier', 'later'];

/** Phrases read as another phrase of the same day: "last night" is the night of yesterday. */
export const DATE_IDIOMS: ReadonlyArray<{ phrase: string; readAs: string }> = [
  { phrase: 'last night', readAs: 'yesterday' },
  { phrase: 'last evening', readAs: 'yesterday' },
  { phrase: 'yesterday morning', readAs: 'yesterday' },
  { phrase: 'yesterday afternoon', readAs: 'yesterday' },
  { phrase: 'yesterday evening', readAs: 'yesterday' },
];
