// `"We never met him," Duarte said. "It is false."` -> the second quote is Duarte's too: it follows her
// attributed quote in the same paragraph; being a short tag-on (at most 15 words) it completes that remark and
// joins it, while a longer follow-on quote is a statement of its own. A paragraph made only of a quote continues
// the statement that closed the paragraph before it (the convention for long quotes); anything less clear stays
// unattributed and is dropped.
import type { ArticleAnalysis } from '../analysis';
import type { Candidate } from './candidate';
import { classifyContent } from './classify-kind';
import { toContentWords } from './content-words';
import type { Orphan } from './find-quoted-statements';

const TAG_ON_WORDS = 15;
/** An attributed quotation of at most this many content words is a sound-bite the next quotation goes on with. */
const SOUND_BITE_WORDS = 3;
const CONTINUING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'or', 'nor']);

/** Gives orphan quotes the speaker of the statement they continue, when the layout makes that clear. */
export function resolveContinuations(
  analysis: ArticleAnalysis,
  attributed: Candidate[],
  orphans: Orphan[],
): Candidate[] {
  const known = [...attributed];
  for (const orphan of orphans) {
    const c = orphan.candidate;
    const sentence = analysis.sentences[c.firstSentence];
    const previous = analysis.sentences[c.firstSentence - 1];
    if (!sentence) continue;
    const owner = findViewOwner(analysis, orphan);
    if (owner) {
      known.push({
        ...c,
        rule: 'quote-then-view-of',
        speakerIds: [owner.id],
        attribution: owner.attribution,
      });
      continue;
    }
    if (!previous) continue;
    const before = known.filter(k => k.lastSentence === previous.index && k.speakerIds.length > 0).pop();
    if (!before) continue;
    const sameParagraph = previous.paragraph === sentence.paragraph && before.mode === 'quote';
    const nextParagraph =
      orphan.opensParagraph && previous.paragraph === sentence.paragraph - 1 && isOnlyQuote(analysis, orphan);
    // a quote opening with "But" / "And" goes on with the remark before, in its paragraph or in the next one of a
    // quotation that runs over paragraphs
    const goesOn = opensWithConjunction(c.text) && (sameParagraph || nextParagraph);
    if (goesOn || (sameParagraph && c.text.split(/\s+/).length <= TAG_ON_WORDS)) {
      known[known.indexOf(before)] = joinTagOn(before, c);
    } else if (sameParagraph && continuesSoundBite(before, c)) {
      // the remark keeps the kind both pieces have, or the charge a plain opening leads to
      known[known.indexOf(before)] = { ...joinTagOn(before, c), kind: c.kind };
    } else if (sameParagraph || nextParagraph) {
      const rule = sameParagraph ? 'quote-follows-quote' : 'quote-next-paragraph';
      known.push({ ...c, rule, speakerIds: before.speakerIds, attribution: before.attribution });
    }
  }
  return known;
}

/** `"We cannot let the quay rot." That was the view of Corin Atwell, …` / `Those were the words of X …`: a quotation
 * that is a whole sentence, then a sentence naming whose view or words it was. */
const VIEW_OF =
  /^(?:that|this|those|these|such)\s+(?:was|is|were|are)\s+the\s+(?:(?:blunt|stark|clear|firm)\s+)?(?:view|verdict|message|words?|reaction|assessment|warning|response|position)\s+of\s+/i;

function findViewOwner(
  analysis: ArticleAnalysis,
  orphan: Orphan,
): { id: string; attribution: [number, number] } | null {
  const c = orphan.candidate;
  const sentence = analysis.sentences[c.lastSentence];
  const next = analysis.sentences[c.lastSentence + 1];
  if (!sentence || !next || next.paragraph !== sentence.paragraph) return null;
  if (!/^\W*$/.test(analysis.text.slice(orphan.quote.close, sentence.end))) return null;
  const cue = VIEW_OF.exec(next.text);
  if (!cue) return null;
  const from = next.start + cue[0].length;
  const mention = analysis.mentions
    .filter(m => m.start >= from && m.start <= from + 40 && !m.inQuote)
    .sort((a, b) => a.start - b.start)[0];
  const entity = mention && analysis.entities.get(mention.entityId);
  if (!mention || !entity || (entity.label !== 'Person' && entity.label !== 'Organization')) return null;
  // only a description may stand before the name ("the view of parish clerk X"), not a phrase of its own
  if (
    /[,.;]|\b(?:from|of|in|at|on|to|by|for|with|over|across)\b/i.test(
      analysis.text.slice(from, mention.start),
    )
  )
    return null;
  return { id: entity.id, attribution: [next.start, mention.end] };
}

/** `"We held firm," she said. "The offer on the table today is the one we made in March, and …"`: a short opening
 * quotation (a sound-bite) that the next quotation of the same paragraph goes on with, in the same kind (or a plain
 * opening that the next quotation turns into a charge) and not as a question, is one remark; a longer opening
 * quotation, or another change of kind ("That was no setback," …. "We gave them proposals …"), starts a new one. */
function continuesSoundBite(before: Candidate, next: Candidate): boolean {
  if (before.mode !== 'quote' || /\?["'\u201d\u2019]*\s*$/.test(next.text)) return false;
  if (toContentWords(before.text).length > SOUND_BITE_WORDS) return false;
  const [opening, going] = [classifyContent(before.text), classifyContent(next.text)];
  return opening === going || (opening === 'claim' && going === 'accusation');
}

/** `"…," she said. "But the rules …"`: a quote opening with a coordinating conjunction goes on with the sentence
 * before it, so it completes that remark whatever its length. */
function opensWithConjunction(text: string): boolean {
  return CONTINUING_CONJUNCTIONS.has(text.trimStart().split(/\s+/)[0]?.toLowerCase() ?? '');
}

function joinTagOn(before: Candidate, tagOn: Candidate): Candidate {
  const text = `${before.text}. ${tagOn.text}`.replace(/([.!?])\. /, '$1 ');
  return {
    ...before,
    text,
    spans: [...before.spans, ...tagOn.spans],
    // "Nobody wants a strike. But …": a concession, then the point; the point gives the remark its kind
    kind: before.kindFromVerb
      ? before.kind
      : classifyContent(/^but\b/i.test(tagOn.text.trimStart()) ? tagOn.text : text),
    lastSentence: tagOn.lastSentence,
  };
}

/** The orphan's paragraph holds nothing but quoted words (no narration that could name another speaker). */
function isOnlyQuote(analysis: ArticleAnalysis, orphan: Orphan): boolean {
  const paragraph = analysis.sentences.filter(
    s => s.paragraph === analysis.sentences[orphan.candidate.firstSentence]?.paragraph,
  );
  const end = paragraph[paragraph.length - 1]?.end ?? 0;
  return orphan.quote.close >= end - 1;
}
