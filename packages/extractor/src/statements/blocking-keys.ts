// The blocking keys of one statement occurrence (blocking/block-index.ts): toStatementGraph compares an occurrence
// only with the earlier occurrences that posted a key it probes, never with every cluster so far. The keys are
// exact: every pair that to-statement-graph.ts's sameness predicates accept shares one, disjunct by disjunct.
//
// isSameStatement(a, b) first requires a shared speaker s, so every key below but the stance keys starts with s;
// then one of:
//   normalized text equal ........................ (s, n, normalized)
//   same article: key equal ...................... (s, k, key)
//   same account of a meeting: two denials of one denied Meeting node, or two asserting kinds reporting one
//     Meeting node ............................... (s, dm, meeting) / (s, am, meeting)
//   same reported claim: the same two opening content words .................. (s, c, word) for each content word
//   same figure in a news cycle: a shared figure (and shared content words) ... (s, f, figure)
//   near-identical: a share > 0 of the smaller content-word set in the other . (s, c, word)
//   shared quoted words: every word of a quoted run of one stands in the other's words, equal or (both at least
//     VARIANT_MIN_LENGTH letters) one edit apart ......................... (s, t, token) for selective tokens
//   trimmed quote: one normalized quotation inside the other, so its middle tokens (neither first nor last) are
//     whole tokens of the other ............................................ (s, t, token) for selective tokens
// A token is selective when it is long (>= VARIANT_MIN_LENGTH) or a content word (isStopWord false, two letters
// or more): that depends on the token alone, so a selective token of one wording equal to a token of another is
// selective there too. Long tokens also post and probe their one-deletion variants: two words one substitution
// apart share the variant without that letter, and a word one insertion longer than another has the other among
// its variants. An occurrence with a quoted run, or a quotation whose middle tokens, hold no selective token
// (only stop words: rare) is a wildcard of its speaker: it probes (s, any), which every occurrence posts, and posts
// (s, wild), which every occurrence probes, so it is still compared with every occurrence of its speaker.
//
// isSameStanceInNewsCycle(a, b) requires the same speaker list, the same stance kind and publication days at most
// NEWS_CYCLE_DAYS apart (an undated article never matches): keys (speakers, kind, st, bucket). A dated article
// posts its bucket of NEWS_CYCLE_DAYS + 1 days and probes its bucket and both neighbours; a dateline day without a
// year ("--05-04" is read in the year nearest the other date) posts and probes by month, a month and its
// neighbours (circular: December meets January), against dated articles' months and other year-less days.
import type { ArticleMeta, StatementFact } from '../analysis';
import type { StatementKind } from '@news-kg/graph-model';
import { isStopWord } from './content-words';
import { VARIANT_MIN_LENGTH } from './shared-quoted-words';

/** What the keys read of an occurrence (to-statement-graph.ts's Occurrence has all of it). */
export interface KeyedOccurrence {
  fact: Pick<StatementFact, 'speakerIds' | 'kind' | 'quoted' | 'text'>;
  analysis: { article: Pick<ArticleMeta, 'publishedAt' | 'datelineDay'> };
  key: string;
  normalized: string;
  words: readonly string[];
  figures: readonly string[];
  quoting: { runs: readonly (readonly string[])[] };
  meetingIds: readonly string[];
  deniedMeetingIds: readonly string[];
}

/** The criteria's own constants, passed by to-statement-graph.ts so that the keys follow them. */
export interface StatementBlockingOptions {
  /** Kinds two of which about one Meeting node are one account. */
  asserting: ReadonlySet<StatementKind>;
  /** Stance kinds answered once per outlet and news cycle. */
  stances: ReadonlySet<StatementKind>;
  newsCycleDays: number;
}

export interface BlockingKeys {
  post: string[];
  probe: string[];
}

const SEP = '\u0000';
const DAY_MS = 86_400_000;

/** The keys an occurrence posts and probes. */
export function toBlockingKeys(o: KeyedOccurrence, options: StatementBlockingOptions): BlockingKeys {
  const shared: string[] = [];
  const post: string[] = [];
  const probe: string[] = [];
  const tokens = o.normalized.split(' ').filter(Boolean);
  const wild =
    o.quoting.runs.some(run => !run.some(isSelective)) ||
    (o.fact.quoted && !tokens.slice(1, -1).some(isSelective));
  for (const s of o.fact.speakerIds) {
    const at = (...parts: string[]) => [s, ...parts].join(SEP);
    shared.push(at('n', o.normalized), at('k', o.key));
    if (o.fact.kind === 'denial') for (const m of o.deniedMeetingIds) shared.push(at('dm', m));
    if (options.asserting.has(o.fact.kind)) for (const m of o.meetingIds) shared.push(at('am', m));
    for (const w of new Set(o.words)) shared.push(at('c', w));
    for (const f of new Set(o.figures)) shared.push(at('f', f));
    for (const t of new Set(tokens.filter(isSelective)))
      for (const v of toVariants(t)) shared.push(at('t', v));
    post.push(at(wild ? 'wild' : 'any'));
    if (wild) post.push(at('any'));
    probe.push(at('wild'));
    if (wild) probe.push(at('any'));
  }
  if (options.stances.has(o.fact.kind)) {
    const at = (...parts: string[]) => [o.fact.speakerIds.join(), o.fact.kind, 'st', ...parts].join(SEP);
    const stance = toNewsCycleKeys(o.analysis.article, options.newsCycleDays);
    post.push(...stance.post.map(k => at(k)));
    probe.push(...stance.probe.map(k => at(k)));
  }
  return { post: [...shared, ...post], probe: [...shared, ...probe] };
}

/** Long (a variant may differ by a letter) or a content word: a key few of a speaker's wordings share. */
function isSelective(token: string): boolean {
  return token.length >= VARIANT_MIN_LENGTH || (token.length > 1 && !isStopWord(token));
}

/** The token, and for a long one each spelling with one letter left out. */
function toVariants(token: string): string[] {
  if (token.length < VARIANT_MIN_LENGTH) return [token];
  const out = [token];
  for (let i = 0; i < token.length; i += 1) out.push(`${token.slice(0, i)}${token.slice(i + 1)}`);
  return out;
}

/** Buckets of the publication day (see the head of this file); nothing for an article with no date. */
function toNewsCycleKeys(
  article: Pick<ArticleMeta, 'publishedAt' | 'datelineDay'>,
  newsCycleDays: number,
): BlockingKeys {
  const date = article.publishedAt ?? article.datelineDay;
  if (!date) return { post: [], probe: [] };
  const months = (month: number) => [month, ((month + 10) % 12) + 1, (month % 12) + 1];
  if (date.startsWith('--')) {
    const month = Number(date.slice(2, 4));
    // an unreadable day: compared with every stance of its speaker and kind
    if (!(month >= 1 && month <= 12)) return { post: ['wild', 'any'], probe: ['wild', 'any'] };
    const near = months(month);
    return {
      post: [`md-yearless${SEP}${month}`, 'any'],
      probe: [...near.map(m => `md-yearless${SEP}${m}`), ...near.map(m => `md-dated${SEP}${m}`), 'wild'],
    };
  }
  const ms = Date.parse(date);
  // Date.parse gives NaN: measureDaysApart finds no gap, so the article never shares a news cycle
  if (!Number.isFinite(ms)) return { post: [], probe: [] };
  const width = (newsCycleDays + 1) * DAY_MS;
  const bucket = Math.floor(ms / width);
  const month = new Date(ms).getUTCMonth() + 1;
  return {
    post: [`abs${SEP}${bucket}`, `md-dated${SEP}${month}`, 'any'],
    probe: [
      ...[bucket - 1, bucket, bucket + 1].map(b => `abs${SEP}${b}`),
      ...months(month).map(m => `md-yearless${SEP}${m}`),
      'wild',
    ],
  };
}
