// A broadcast transcript gives each turn a label: "NOVAK: We never met.", "ANA DUARTE (clip): The depot will
// reopen.", "PRESENTER (BO LIN): Good evening." A guest's turn is that guest's words, the whole line (the label's
// parenthetical says how the words came: clip, phone, interview, voice-over). The programme's own journalists —
// a label that is a broadcast role ("ANCHOR:", "REPORTER (NAME):"), or a person the programme introduced as its own
// ("our reporter Bo Lin", "our health correspondent, Bo Lin, reports") — narrate, ask and hand over: their lines
// are no statements (what they report others said is read from the line by the other rules).
import type { ArticleAnalysis, Sentence } from '../analysis';
import type { Reading } from './read-tokens';
import { BROADCAST_ROLES, JOURNALIST_NOUNS } from './reporting-verbs';

export interface TranscriptTurn {
  /** The guest whose turn it is; empty for a journalist's turn. */
  speakerIds: string[];
  /** Where the words start (after the label's colon) and where the turn ends (its line). */
  start: number;
  end: number;
  lastSentence: number;
}

/** "NAME:", "NAME SURNAME (clip):", "ROLE (NAME):" opening a line: the label words and the parenthetical. */
const LABEL = /^\s*(\p{Lu}[\p{Lu}'-]*(?:[ -]\p{Lu}[\p{Lu}'-]*){0,2})(?:\s*\(([^()\n]{1,40})\))?:\s*/u;

const journalistsOf = new WeakMap<ArticleAnalysis, ReadonlySet<string>>();

/** The labelled turn a sentence opens, or null when the sentence opens no label. */
export function readTranscriptTurn(reading: Reading, sentence: Sentence): TranscriptTurn | null {
  const label = LABEL.exec(sentence.text);
  if (!label) return null;
  const analysis = reading.analysis;
  const name = label[1]!.toLowerCase();
  const paragraph = analysis.sentences.filter(
    s => s.paragraph === sentence.paragraph && s.index >= sentence.index,
  );
  const last = paragraph[paragraph.length - 1] ?? sentence;
  const turn = { start: sentence.start + label[0].length, end: last.end, lastSentence: last.index };
  if (BROADCAST_ROLES.has(name)) return { ...turn, speakerIds: [] };
  const person = findLabelledPerson(analysis, name);
  if (!person) return null;
  return { ...turn, speakerIds: findJournalists(reading).has(person) ? [] : [person] };
}

/** The one person of the article the label names (a surname or full name, whatever the case). */
function findLabelledPerson(analysis: ArticleAnalysis, name: string): string | null {
  const people = [...analysis.entities.values()].filter(
    e =>
      e.label === 'Person' &&
      [e.name, ...e.aliases].some(alias => {
        const words = alias.toLowerCase();
        return words === name || words.split(/\s+/).at(-1) === name;
      }),
  );
  return people.length === 1 ? people[0]!.id : null;
}

const JOURNALIST_INTRO = new RegExp(
  `\\bour\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${[...JOURNALIST_NOUNS].join('|')})s?\\b,?\\s*`,
  'giu',
);

/** The article's own journalists: named in a role label ("REPORTER (BO LIN):") or introduced as "our reporter
 * Bo Lin" / "our correspondent, Bo Lin". Read once per article. */
function findJournalists(reading: Reading): ReadonlySet<string> {
  const analysis = reading.analysis;
  const known = journalistsOf.get(analysis);
  if (known) return known;
  const found = new Set<string>();
  for (const s of analysis.sentences) {
    const label = LABEL.exec(s.text);
    if (label?.[2] && BROADCAST_ROLES.has(label[1]!.toLowerCase())) {
      const person = findLabelledPerson(analysis, label[2].trim().toLowerCase());
      if (person) found.add(person);
    }
  }
  for (const intro of analysis.text.matchAll(JOURNALIST_INTRO)) {
    const at = intro.index + intro[0].length;
    const mention = reading
      .mentionsStartingIn(at, at + 1)
      .find(m => analysis.entities.get(m.entityId)?.label === 'Person');
    if (mention) found.add(mention.entityId);
  }
  journalistsOf.set(analysis, found);
  return found;
}
