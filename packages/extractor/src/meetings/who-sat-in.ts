// "Negotiators for Tarn Freight and the Kelsport Dockers' Union sat across the table for nine hours, with the chief
// mediator, Ilse Brandt, in the chair. The company was represented by its chief executive, Oren Vale, and the union
// by its general secretary, Mira Kost." -> the encounter's parties are Vale, Kost and Brandt.
// Who sat in a meeting the clause told by its sides: the person a phrase of the same sentence puts in the chair (an
// absolute "with X in the chair", "under the chairmanship of X"), and the people the next sentences say represented
// an organization that is a party ("The company was represented by X, and the union by Y"). Each row below is one
// construction: the pattern, what it changes, an invented example and a trap that must change nothing.
import type { ArticleAnalysis, Mention } from '../analysis';
import { analyzeSentence, type SentenceToken } from '../sentence/analyze-sentence';
import type { CountedMeetingFact as MeetingFact } from './meeting-fact';
import { summarizeMeeting } from './summarize';

export interface SideRow {
  id: string;
  pattern: string;
  effect: string;
  example: string;
  trap: string;
  reason: string;
}

export const SIDE_ROWS: readonly SideRow[] = [
  {
    id: 'with-chair-absolute',
    pattern: '<meeting clause> , with [chair:person] (, )? (in the chair | presiding | chairing)',
    effect: 'adds the chair to the parties',
    example:
      'Negotiators for Tarn Freight and the Kelsport Dockers’ Union sat across the table from each other for nine hours, with the chief mediator, Ilse Brandt, in the chair.',
    trap: 'Negotiators for Tarn Freight and the Kelsport Dockers’ Union sat across the table from each other for nine hours, with the chief mediator, Ilse Brandt, watching.',
    reason:
      'An absolute phrase setting a person in the chair of the talks the clause tells seats her in them.',
  },
  {
    id: 'under-the-chairmanship-of',
    pattern: '<meeting clause> … under the chairmanship of [chair:person]',
    effect: 'adds the chair to the parties',
    example:
      'Oren Vale and Mira Kost held talks at the conciliation office under the chairmanship of Ilse Brandt.',
    trap: 'Oren Vale and Mira Kost held talks at the conciliation office under the chairmanship rules.',
    reason: 'Talks held under a person’s chairmanship are chaired by her, and a chair sits in them.',
  },
  {
    id: 'side-represented-by',
    pattern: '<meeting of [org] and [org]> . [org] be represented by … [person] (, and [org] by … [person])?',
    effect: 'replaces each organization by the person who represented it',
    example:
      'Tarn Freight and the Kelsport Dockers’ Union held talks for nine hours on Monday. The company was represented by its chief executive, Oren Vale, and the union by its general secretary, Mira Kost.',
    trap: 'Tarn Freight and the Kelsport Dockers’ Union held talks for nine hours on Monday. The company was represented by a law firm in court last year.',
    reason:
      'When the text says who represented each side of an organization-level meeting, those people sat at the table.',
  },
  {
    id: 'arrived-with-companion',
    pattern:
      '[party:person] (arrived|came|turned up) … with [companion:person] (,)? and <meeting clause of the party>',
    effect: 'adds the companion to the parties',
    example:
      'Oren Vale arrived at the guild hall with his lawyer, Mira Kost, and was questioned behind closed doors by Ilse Brandt.',
    trap: 'Oren Vale arrived at the guild hall with a folder of papers, and was questioned behind closed doors by Mira Kost.',
    reason:
      'A person who comes to an encounter in a party’s company, told in the same clause chain, is present at it.',
  },
];

/** Verbs of coming somewhere that may bring a companion along ("arrived with his lawyer, X, and …"). */
const COMING_VERBS = new Set(['arrived', 'came', 'turned']);

/** How many sentences after the meeting's may tell who represented its sides. */
const REPRESENTED_WINDOW = 2;

/** Widens or narrows, in place, the parties of the facts one sentence told (rule ids joined with "+"). */
export function readWhoSatIn(analysis: ArticleAnalysis, sentenceIndex: number, facts: MeetingFact[]): void {
  const told = facts.filter(f => !f.attachOnly && f.participantIds.length > 0);
  if (told.length === 0) return;
  const chair = findChair(analysis, sentenceIndex);
  const sides = findRepresentatives(analysis, sentenceIndex);
  for (const fact of told) {
    let ids = fact.participantIds;
    const rules: string[] = [];
    if (sides && ids.filter(id => sides.has(id)).length > 0) {
      ids = ids.flatMap(id => (sides.has(id) ? [sides.get(id)!] : [id]));
      rules.push('side-represented-by');
    }
    if (chair && !ids.includes(chair.id)) {
      ids = [...ids, chair.id];
      rules.push(chair.rule);
    }
    const companion =
      fact.triggerStart != null ? findCompanion(analysis, sentenceIndex, fact.triggerStart) : null;
    if (companion && ids.includes(companion.partyId) && !ids.includes(companion.id)) {
      ids = [...ids, companion.id];
      rules.push('arrived-with-companion');
    }
    if (rules.length === 0) continue;
    fact.participantIds = [...new Set(ids)].sort();
    fact.rule = [fact.rule, ...rules].join('+');
    const names = fact.participantIds.map(id => analysis.entities.get(id)?.name ?? id);
    fact.summary = summarizeMeeting(names, fact.date, fact.place, fact.status);
  }
}

function termsOf(analysis: ArticleAnalysis, index: number): readonly SentenceToken[] {
  const sentence = analysis.sentences[index];
  return sentence ? analyzeSentence(analysis, sentence).tokens : [];
}

function isPerson(analysis: ArticleAnalysis, id: string): boolean {
  return analysis.entities.get(id)?.label === 'Person';
}

function mentionsOf(analysis: ArticleAnalysis, sentenceIndex: number): Mention[] {
  return analysis.mentions.filter(m => m.sentence === sentenceIndex && !m.inQuote);
}

/** The first person mentioned in [from, to) of the sentence's text offsets. */
function personBetween(
  analysis: ArticleAnalysis,
  mentions: Mention[],
  from: number,
  to: number,
): string | null {
  const m = mentions.find(x => x.start >= from && x.end <= to && isPerson(analysis, x.entityId));
  return m ? m.entityId : null;
}

const normal = (t: SentenceToken | undefined): string => (t ? t.text.toLowerCase() : '');
/** A comma, semicolon or full stop right after the term. */
const punctuated = (t: SentenceToken | undefined, marks = ',;.'): boolean =>
  !!t && new RegExp(`^\\s*[${marks}]`).test(t.post ?? '');

/** "with the chief mediator, Ilse Brandt, in the chair", "with Brandt presiding", "under the chairmanship of X". */
function findChair(analysis: ArticleAnalysis, sentenceIndex: number): { id: string; rule: string } | null {
  const terms = termsOf(analysis, sentenceIndex);
  const mentions = mentionsOf(analysis, sentenceIndex);
  for (let k = 0; k < terms.length; k++) {
    const w = normal(terms[k]);
    // "under the chairmanship of X"
    if (w === 'chairmanship' && normal(terms[k - 2]) === 'under' && normal(terms[k + 1]) === 'of') {
      const from = terms[k + 1]!.end;
      const stop = terms.slice(k + 1).find(t => punctuated(t));
      const id = personBetween(analysis, mentions, from, stop ? stop.end : Infinity);
      if (id) return { id, rule: 'under-the-chairmanship-of' };
    }
    // "… in the chair", "… presiding", "… chairing" closing an absolute phrase opened by "with"
    const closes =
      (w === 'in' &&
        normal(terms[k + 1]) === 'the' &&
        normal(terms[k + 2]) === 'chair' &&
        endsPhrase(terms, k + 2)) ||
      ((w === 'presiding' || w === 'chairing') && endsPhrase(terms, k));
    if (!closes) continue;
    for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
      if (normal(terms[j]) !== 'with') continue;
      const id = personBetween(analysis, mentions, terms[j]!.end, terms[k]!.start);
      if (id) return { id, rule: 'with-chair-absolute' };
      break;
    }
  }
  return null;
}

/** "X arrived at the hall with his lawyer, Y, and was questioned by Z": the companion Y of the person X who came,
 * when the meeting's trigger (at `triggerStart`) follows in the same sentence after ", and" or "and". */
function findCompanion(
  analysis: ArticleAnalysis,
  sentenceIndex: number,
  triggerStart: number,
): { id: string; partyId: string } | null {
  const terms = termsOf(analysis, sentenceIndex);
  const mentions = mentionsOf(analysis, sentenceIndex);
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    if (t.start >= triggerStart) break;
    if (!COMING_VERBS.has(normal(t)) || (normal(t) === 'turned' && normal(terms[k + 1]) !== 'up')) continue;
    // the one who came: the last person named before the verb, in the same clause (no full stop between)
    const party = mentions.filter(m => m.end <= t.start && isPerson(analysis, m.entityId)).pop();
    if (!party) continue;
    // "with" within the clause of coming, before the coordinated clause that tells the meeting
    let w = -1;
    for (let j = k + 1; j < terms.length && j <= k + 14 && terms[j]!.start < triggerStart; j++) {
      if (normal(terms[j]) === 'and' || punctuated(terms[j], ';.')) break;
      if (normal(terms[j]) === 'with') {
        w = j;
        break;
      }
    }
    if (w < 0) continue;
    const and = terms.findIndex((x, j) => j > w && normal(x) === 'and' && x.start < triggerStart);
    if (and < 0 || and - w > 8) continue;
    // ("with his lawyer, Y": the possessive is the party's own mention)
    const others = mentions.filter(m => m.entityId !== party.entityId);
    const id = personBetween(analysis, others, terms[w]!.end, terms[and]!.start);
    if (id && id !== party.entityId) return { id, partyId: party.entityId };
  }
  return null;
}

/** The phrase ends after token k: a comma, a full stop or the sentence's end. */
function endsPhrase(terms: readonly SentenceToken[], k: number): boolean {
  return !terms[k + 1] || punctuated(terms[k]);
}

/** "The company was represented by its chief executive, X, and the union by its general secretary, Y": each
 * organization of the sentences after the meeting's, with the person who represented it. */
function findRepresentatives(analysis: ArticleAnalysis, sentenceIndex: number): Map<string, string> | null {
  const out = new Map<string, string>();
  const here = analysis.sentences[sentenceIndex];
  for (let s = sentenceIndex + 1; s <= sentenceIndex + REPRESENTED_WINDOW; s++) {
    const sentence = analysis.sentences[s];
    if (!sentence || sentence.zone !== 'body' || (here && sentence.paragraph - here.paragraph > 1)) break;
    const terms = termsOf(analysis, s);
    const at = terms.findIndex(
      (t, k) =>
        normal(t) === 'represented' &&
        normal(terms[k + 1]) === 'by' &&
        /^(was|were)$/.test(normal(terms[k - 1])),
    );
    if (at < 0) continue;
    const mentions = mentionsOf(analysis, s);
    const orgBefore = (offset: number): Mention | undefined =>
      mentions
        .filter(m => m.end <= offset && analysis.entities.get(m.entityId)?.label === 'Organization')
        .pop();
    const first = orgBefore(terms[at - 1]!.start);
    // the agent runs to ", and" or the sentence's end
    const and = terms.findIndex((t, k) => k > at + 1 && normal(t) === 'and' && punctuated(terms[k - 1], ','));
    const andComma = and < 0 ? -1 : and;
    const firstEnd = andComma >= 0 ? terms[andComma]!.start : sentence.end;
    const rep = personBetween(analysis, mentions, terms[at + 1]!.end, firstEnd);
    if (!first || !rep) continue;
    out.set(first.entityId, rep);
    // gapping: ", and the union by its general secretary, Y"
    if (andComma >= 0) {
      const by = terms.findIndex((t, k) => k > andComma && normal(t) === 'by');
      const second = by > 0 ? orgBefore(terms[by]!.start) : undefined;
      if (second && second.start > terms[andComma]!.start) {
        const rep2 = personBetween(analysis, mentions, terms[by]!.end, sentence.end);
        if (rep2) out.set(second.entityId, rep2);
      }
    }
    return out;
  }
  return out.size > 0 ? out : null;
}
