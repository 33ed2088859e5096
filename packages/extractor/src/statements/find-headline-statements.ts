// Headline and caption convention "Duarte: 'We will not resign'" -> a statement by Ana Duarte, "We will not
// resign" (quoted when the words after the colon are in quotation marks). Only title and caption lines use it.
import type { Sentence } from '../analysis';
import type { Candidate } from './candidate';
import { trimStatementText } from './candidate';
import { classifyContent } from './classify-kind';
import type { Reading } from './read-tokens';

const HEADLINE = /^([^:]{2,60}):\s+(\S.*)$/;
const QUOTED = /^["'\u201c\u2018](.+?)["'\u201d\u2019]?$/;

/** "Name: words" in a title or caption line. */
export function findHeadlineStatements(reading: Reading, sentence: Sentence): Candidate[] {
  if (sentence.zone !== 'title' && sentence.zone !== 'caption') return [];
  const m = HEADLINE.exec(sentence.text);
  if (!m) return [];
  const head = m[1] ?? '';
  const speakers = reading.analysis.mentions.filter(
    x =>
      x.start === sentence.start && x.end === sentence.start + head.trimEnd().length && x.form !== 'pronoun',
  );
  const ids = [...new Set(speakers.map(x => x.entityId).filter(id => reading.analysis.entities.has(id)))];
  if (ids.length === 0) return [];
  const rest = m[2] ?? '';
  const quoted = QUOTED.exec(rest.trim());
  const words = trimStatementText(quoted?.[1] ?? rest);
  if (!/[\p{L}]{2}/u.test(words)) return [];
  const start = sentence.end - rest.length;
  return [
    {
      rule: 'headline-name-colon',
      speakerIds: ids,
      text: words,
      spans: [[start, sentence.end]],
      kind: classifyContent(words),
      kindFromVerb: false,
      mode: quoted ? 'quote' : 'reported',
      quoted: quoted !== null,
      firstSentence: sentence.index,
      lastSentence: sentence.index,
      zone: sentence.zone,
      attribution: null,
    },
  ];
}
