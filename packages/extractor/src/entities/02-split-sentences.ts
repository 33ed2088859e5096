// "Ana Duarte resigned. She said so on Monday." -> two sentences, each with its terms and their tags,
// offsets into the decoded copy of the text. compromise parses each non-boilerplate line once; boilerplate
// lines become one sentence each without parsing (they feed no facts and no entities).
import { nlp } from '../nlp';
import type { Zone } from '../analysis';
import type { Line } from './line';

export interface Token {
  /** Surface as the tagger saw it (decoded copy), e.g. "Duarte's". */
  text: string;
  /** Lower case, curly apostrophes straightened, possessive kept. */
  lower: string;
  /** compromise's normal form (the implicit word of a contraction). */
  normal: string;
  /** Offsets into the decoded copy. */
  start: number;
  end: number;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the token in its sentence. */
  i: number;
}

export interface ParsedSentence {
  index: number;
  /** Offsets into the decoded copy. */
  start: number;
  end: number;
  zone: Zone;
  paragraph: number;
  tokens: Token[];
  /** The compromise view of this sentence (one parse, shared with the fact layers). */
  view: unknown;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  implicit?: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Splits the zoned lines into sentences and tokens (decoded-copy offsets). */
export function splitSentences(lines: readonly Line[]): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  for (const line of lines) {
    if (line.zone === 'boilerplate') {
      out.push({
        index: out.length,
        start: line.start,
        end: line.end,
        zone: line.zone,
        paragraph: line.paragraph,
        tokens: [],
        view: null,
      });
      continue;
    }
    // a hard-wrapped paragraph is one line with newlines inside: compromise would end a sentence at each of them
    const flat = line.text.replace(/[\r\n]/g, ' ');
    const doc = nlp(flat);
    const views = doc.sentences();
    const docs = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
    let cursor = 0;
    docs.forEach((allTerms, s) => {
      const view = (views as unknown as { eq(n: number): CompromiseView }).eq(s);
      for (const [from, to] of splitAfterQuotedStop(allTerms)) {
        const terms = allTerms.slice(from, to);
        const part = from === 0 && to === allTerms.length ? view : view.update([[s, from, to]]);
        cursor = pushSentence(out, line, flat, terms, part, cursor);
      }
    });
  }
  return out;
}

interface CompromiseView {
  update(pointer: [number, number, number][]): CompromiseView;
}

/** 'He said "we will win." Then Ana left.': compromise keeps a full stop inside a closing quote in one sentence;
 * a full stop, "!" or "?" followed by a closing quote and a capitalised word ends the sentence. Term ranges. */
export function splitAfterQuotedStop(terms: readonly CompromiseTerm[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = 0; k < terms.length - 1; k++) {
    const next = terms[k + 1] as CompromiseTerm;
    if (
      /^[.!?]+["”’']\s+$/.test((terms[k] as CompromiseTerm).post) &&
      /^[\p{Lu}]/u.test(next.text) &&
      !next.pre.trim()
    ) {
      out.push([from, k + 1]);
      from = k + 1;
    }
  }
  out.push([from, terms.length]);
  return out;
}

/** Appends one sentence of terms (offsets located in the line from `cursor`); returns the new cursor. */
function pushSentence(
  out: ParsedSentence[],
  line: Line,
  flat: string,
  terms: readonly CompromiseTerm[],
  view: unknown,
  cursor: number,
): number {
  const tokens: Token[] = [];
  let first = -1;
  for (const term of terms) {
    const at = locate(flat, term.text, cursor + term.pre.length);
    if (first === -1) first = Math.max(0, at - term.pre.trimStart().length);
    tokens.push({
      text: term.text,
      lower: term.text.toLowerCase().replace(/[‘’`]/g, "'"),
      normal: (term.implicit ?? term.normal ?? term.text).toLowerCase().replace(/[‘’`]/g, "'"),
      start: line.start + at,
      end: line.start + at + term.text.length,
      pre: term.pre,
      post: term.post,
      tags: term.tags,
      i: tokens.length,
    });
    cursor = at + term.text.length + term.post.length;
  }
  if (!tokens.length) return cursor;
  const last = tokens[tokens.length - 1] as Token;
  const end = last.end + last.post.trimEnd().length;
  out.push({
    index: out.length,
    start: line.start + first,
    end: Math.min(end, line.end),
    zone: line.zone,
    paragraph: line.paragraph,
    tokens,
    view,
  });
  return cursor;
}

/** Where the term text starts, at or after `from` (compromise may normalise whitespace in pre/post). */
function locate(line: string, termText: string, from: number): number {
  if (line.startsWith(termText, from)) return from;
  const found = line.indexOf(termText, Math.max(0, from - 2));
  return found === -1 ? from : found;
}
