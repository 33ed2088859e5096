// mentions [Ana Duarte 0..10, she 40..43, Lena Ortiz 90..100] -> within(30, 95) = [she], covering(92, 96) =
// [Lena Ortiz], overlapping(95, 120) = [Lena Ortiz]: the same answers, in the same order, as filtering the whole
// list, found by binary search, so a long article's thousand mentions are not scanned once per token or sentence.
import type { Mention } from '../analysis';

export interface MentionIndex {
  /** Mentions inside [start, end]: `start <= m.start && m.end <= end`. */
  within(start: number, end: number): Mention[];
  /** Mentions that contain [start, end]: `m.start <= start && end <= m.end`. */
  covering(start: number, end: number): Mention[];
  /** Mentions that share a character with [start, end): `m.start < end && m.end > start`. */
  overlapping(start: number, end: number): Mention[];
  /** Mentions that start in [from, to): `m.start >= from && m.start < to`. */
  startingIn(from: number, to: number): Mention[];
}

const indexes = new WeakMap<readonly Mention[], MentionIndex>();

/** The index of an article's mentions (sorted by start, as ArticleAnalysis keeps them), built once per list. */
export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  let index = indexes.get(mentions);
  if (!index) {
    index = isSortedByStart(mentions) ? buildIndex(mentions) : scanIndex(mentions);
    indexes.set(mentions, index);
  }
  return index;
}

function buildIndex(mentions: readonly Mention[]): MentionIndex {
  // a mention starting more than `longest` characters before an offset cannot reach it
  let longest = 0;
  for (const m of mentions) longest = Math.max(longest, m.end - m.start);
  const collect = (
    from: number,
    keepGoing: (m: Mention) => boolean,
    keep: (m: Mention) => boolean,
  ): Mention[] => {
    const out: Mention[] = [];
    for (let i = lowerBound(mentions, from); i < mentions.length && keepGoing(mentions[i]!); i += 1) {
      if (keep(mentions[i]!)) out.push(mentions[i]!);
    }
    return out;
  };
  return {
    within: (start, end) =>
      collect(
        start,
        m => m.start <= end,
        m => m.end <= end,
      ),
    covering: (start, end) =>
      collect(
        Math.min(start, end) - longest,
        m => m.start <= start,
        m => end <= m.end,
      ),
    overlapping: (start, end) =>
      collect(
        start - longest,
        m => m.start < end,
        m => m.end > start,
      ),
    startingIn: (from, to) =>
      collect(
        from,
        m => m.start < to,
        () => true,
      ),
  };
}

/** A list not sorted by start (never built by the pipeline) is still answered exactly, by scanning. */
function scanIndex(mentions: readonly Mention[]): MentionIndex {
  return {
    within: (start, end) => mentions.filter(m => start <= m.start && m.end <= end),
    covering: (start, end) => mentions.filter(m => m.start <= start && end <= m.end),
    overlapping: (start, end) => mentions.filter(m => m.start < end && m.end > start),
    startingIn: (from, to) => mentions.filter(m => m.start >= from && m.start < to),
  };
}

function isSortedByStart(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i += 1) if (mentions[i]!.start < mentions[i - 1]!.start) return false;
  return true;
}

/** The first mention starting at or after `offset`. */
function lowerBound(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
