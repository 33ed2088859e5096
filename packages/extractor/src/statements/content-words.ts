// "Ana Duarte denied selling the farms" -> ['ana', 'duarte', 'deny', 'sell', 'farm']: content words, lower case,
// lightly stemmed, for comparing wordings (same statement in two outlets, a denial and what it denies).
const STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from as is was were be been being are am it its this that ' +
    'these those he she they them his her their him i we you me my our your us not no nor so than then there here ' +
    'what which who whom whose have has had do does did will would shall should can could may might must said says ' +
    'say told tells about into over also just very any all some such only own same too s t one during between ' +
    'because before after while when where how why amid including both either neither other another more most ' +
    'many much every each again against under through up down out off now still even ever yet already well ' +
    'make made get got like way'
  ).split(' '),
);
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'false',
  'untrue',
  'deny',
  'reject',
  'dismiss',
]);

/** "everyone" and "everybody" say the same: one form for each pair. */
const INDEFINITE_PRONOUNS = new Map([
  ['everyone', 'everybody'],
  ['anyone', 'anybody'],
  ['someone', 'somebody'],
]);

/** A word content-word lists leave out ("the", "said"), as written (lower case, not stemmed). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Content words of a text, stemmed. */
export function toContentWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(w => w.length > 1 && !STOP.has(w))
    .map(w => INDEFINITE_PRONOUNS.get(w) ?? stem(w));
}

/** Common content words without negation and denial words, so "never discussed" and "discussed" share "discuss";
 * capitalised words (names, which every statement of a story repeats) are left out. */
export function toPropositionWords(text: string): string[] {
  const common = text
    .split(/\s+/)
    .filter(w => !/^["'(\u201c\u2018]?\p{Lu}/u.test(w))
    .join(' ');
  return toContentWords(common).filter(w => !NEGATIONS.has(w));
}

/** "meetings" -> "meet", "denied" -> "deny", "ferries" -> "ferry", "discussed" -> "discuss". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') || word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ings')) return word.slice(0, -4);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2).replace(/([^aeiouslzf])\1$/, '$1');
  if (word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Share of the smaller word set found in the other. */
export function measureContainment(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += 1;
  return shared / small.size;
}
