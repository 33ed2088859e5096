// `"Three people are dead and nobody at Corvane has called a single family," said Costa` -> an accusation, not a
// denial. A denial negates what is said of the speaker's own side ("Nobody at our firm knew", "nobody at the
// ministry met him", said its spokeswoman); the same negation aimed at another side's people ("nobody at X has
// …", "no one from X …", X an organization the speaker neither is nor holds a role in) tells what that side failed
// to do: a grievance, which accuses. Only the quantifier over an organization's people is read this way: "Lin did
// not meet him" said by a third party may still deny on someone's behalf.
import type { ArticleAnalysis } from '../analysis';
import type { Candidate } from './candidate';
import { toSide } from './sides';

const PEOPLE_OF = /\b(?:nobody|no one|no-one)\s+(?:at|from|in)\s+(?:the\s+)?/gi;

/** "nobody would notice", "no one will answer": what nobody will do is no denial (classify-kind reads it as a
 * claim), but aimed at another side it is the same grievance. */
const NOBODY_WILL = /\b(?:nobody|no one|no-one)\b/i;

/** Denials from content whose negation is a grievance against another organization become accusations, and so do
 * claims that say what nobody will do when they are aimed at another organization. */
export function rereadGrievances(analysis: ArticleAnalysis, candidates: Candidate[]): Candidate[] {
  return candidates.map(c => {
    const negated = c.kind === 'denial' || (c.kind === 'claim' && NOBODY_WILL.test(c.text));
    return negated && !c.kindFromVerb && aimsAtOtherSide(analysis, c) ? { ...c, kind: 'accusation' } : c;
  });
}

function aimsAtOtherSide(analysis: ArticleAnalysis, c: Candidate): boolean {
  const side = new Set(toSide(c.speakerIds, analysis.entities));
  const isOtherOrganization = (at: number) => {
    const target = analysis.mentions.find(x => x.start === at);
    const entity = target && analysis.entities.get(target.entityId);
    return entity?.label === 'Organization' && entity.kind !== 'state' && !side.has(target!.entityId);
  };
  // "the company had never been serious about a settlement": the negated clause's subject is the other side
  const [first] = c.spans;
  const opening = first ? /^(?:the\s+)?/i.exec(analysis.text.slice(first[0], first[1]))![0].length : 0;
  if (first && isOtherOrganization(first[0] + opening)) return true;
  return c.spans.some(([start, end]) =>
    [...analysis.text.slice(start, end).matchAll(PEOPLE_OF)].some(m =>
      isOtherOrganization(start + (m.index ?? 0) + m[0].length),
    ),
  );
}
