// The construction table, row by row: each example reads as its row, each trap does not; every pattern compiles
// and names known lexicons; every word of a trigger lexicon reaches a row and passes the sentence prefilter.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findMeetings } from './index';
import type { CountedMeetingFact } from './meeting-fact';
import { annotate } from './testing/annotate';
import { CONSTRUCTIONS, TRIGGER_LEXICONS, compiledConstructions } from './constructions';
import * as lexicon from './lexicon';
import { mayReportMeeting, nounForms, verbForms } from './trigger-words';

/** The invented cast of the table's examples, marked up for annotate(). */
const CAST: Array<[RegExp, string]> = [
  [/\bDuarte\b/g, '[Duarte](person:ana-duarte)'],
  [/\bOkafor\b/g, '[Okafor](person:tunde-okafor)'],
  [/\bLee\b/g, '[Lee](person:min-lee)'],
  [/\bMarsh\b/g, '[Marsh](person:elena-marsh)'],
  [/\bNorvik\b/g, '[Norvik](organization:norvik)'],
  [/\bTarn Union\b/g, '[Tarn Union](organization:tarn-union)'],
];

function mark(sentence: string): string {
  return CAST.reduce((text, [name, marked]) => text.replace(name, marked), sentence);
}

function rulesOf(text: string): string[] {
  const facts = findMeetings(annotate(text.split(' | ').map(mark))) as CountedMeetingFact[];
  return facts.map(f => f.rule);
}

describe('construction table', () => {
  test('row ids are unique and every pattern compiles with a trigger', () => {
    expect(new Set(CONSTRUCTIONS.map(r => r.id)).size).toBe(CONSTRUCTIONS.length);
    for (const { row, elements } of compiledConstructions()) {
      expect([row.id, elements.filter(e => e.kind === 'trigger').length]).toEqual([row.id, 1]);
    }
  });

  test('every lexicon a pattern names exists in the meetings lexicon', () => {
    const named = compiledConstructions().flatMap(({ elements }) =>
      elements.flatMap(e =>
        e.kind === 'lexicon' || (e.kind === 'trigger' && e.lexicon) ? [e.lexicon!] : [],
      ),
    );
    for (const name of new Set(named)) expect([name, name in lexicon]).toEqual([name, true]);
  });

  test('docs/meetings.md lists every row', () => {
    const docs = readFileSync(resolve(__dirname, '../../../../docs/meetings.md'), 'utf8');
    for (const row of CONSTRUCTIONS)
      expect([row.id, docs.includes(`| \`${row.id}\` |`)]).toEqual([row.id, true]);
  });

  test.each(CONSTRUCTIONS.map(r => [r.id, r.example]))('%s: its example reads as the row', (id, example) => {
    expect(rulesOf(example)).toContain(id);
  });

  test.each(CONSTRUCTIONS.map(r => [r.id, r.trap]))('%s: its trap does not', (id, trap) => {
    expect(rulesOf(trap)).not.toContain(id);
  });
});

// One frame per trigger lexicon, the word put in as the frame's form asks: every word must read as a meeting
const FRAMES: Record<string, { frame: (form: string) => string; form: (word: string) => string }> = {
  MEETING_VERBS: {
    frame: w => `Duarte ${w} with Okafor in Geneva on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  VISIT_VERBS: { frame: w => `Duarte ${w} Okafor in Geneva on Thursday.`, form: w => verbForms(w)[1]! },
  RECEPTION_VERBS: {
    frame: w => `Duarte ${w} Okafor at the palace on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  GUIDE_VERBS: {
    frame: w => `Duarte ${w} Okafor around the shipyard on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  TIME_TOGETHER_VERBS: { frame: w => `Duarte ${w} the evening with Okafor.`, form: w => verbForms(w)[1]! },
  TOUR_VERBS: { frame: w => `Duarte ${w} the shipyard with Okafor.`, form: w => verbForms(w)[1]! },
  HANDSHAKE_VERBS: {
    frame: w => `Duarte ${w} Okafor's hand at the palace on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  CONVERSATION_VERBS: {
    frame: w => `Duarte ${w} with Okafor at the embassy on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  PHRASAL_ENCOUNTERS: { frame: w => `Duarte ${w} with Okafor on Thursday.`, form: w => verbForms(w)[1]! },
  FACING_VERBS: {
    frame: w => `Duarte ${w} Okafor across the table on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  JOINING_VERBS: { frame: w => `Duarte ${w} Okafor for dinner on Thursday.`, form: w => verbForms(w)[1]! },
  INTERVIEW_VERBS: {
    frame: w => `Lee ${w} Duarte at the ministry on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  HEARING_VERBS: {
    frame: w => `Duarte ${w} before the panel chaired by Okafor on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  SEATING_VERBS: {
    frame: w => `Duarte ${w} across the table from Okafor on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  SUMMONING_VERBS: {
    frame: w => `Okafor ${w} Duarte to his office on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  PRESENCE_WORDS: {
    frame: w => `Duarte was ${w} with Okafor at the palace on Thursday.`,
    form: w => w,
  },
  ESCORT_VERBS: {
    frame: w => `Duarte ${w} Okafor on a tour of the shipyard on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  CONFRONTING_VERBS: {
    frame: w => `Duarte ${w} Okafor in the town hall on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  WALK_VERBS: {
    frame: w => `Duarte ${w} with Okafor through the old town on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  PHRASAL_VISIT_VERBS: {
    frame: w => `Duarte ${w} Okafor at the palace on Thursday.`,
    form: w => verbForms(w)[1]!,
  },
  MEETING_NOUNS: {
    frame: w => `Duarte held ${w} with Okafor in Lisbon.`,
    form: w => (w.endsWith('s') ? w : `a ${w}`),
  },
  MEAL_NOUNS: { frame: w => `Duarte had ${w} with Okafor at the embassy.`, form: w => w },
  CONTACT_NOUNS: {
    frame: w => `Duarte met Okafor in May. | Critics asked about Duarte's ${w} with Okafor.`,
    form: w => w,
  },
};

describe('trigger lexicons', () => {
  const cases = Object.entries(TRIGGER_LEXICONS).flatMap(([name, words]) => [...words].map(w => [name, w]));

  test('every trigger lexicon has a frame here', () => {
    expect(Object.keys(TRIGGER_LEXICONS).sort()).toEqual(Object.keys(FRAMES).sort());
  });

  test.each(cases)('%s "%s" reaches a row of the table', (name, word) => {
    const { frame, form } = FRAMES[name]!;
    const text = frame(form(word));
    const rows = rulesOf(text);
    const own = CONSTRUCTIONS.filter(r => r.pattern.includes(`!@${name}`)).map(r => r.id);
    expect([text, rows.some(id => own.includes(id))]).toEqual([text, true]);
  });

  test.each(cases)('%s "%s": each of its forms passes the sentence prefilter', (name, word) => {
    const forms = name.endsWith('VERBS') || name === 'PHRASAL_ENCOUNTERS' ? verbForms(word) : nounForms(word);
    for (const form of forms)
      expect([form, mayReportMeeting(`Yesterday ${form} again.`)]).toEqual([form, true]);
  });

  test('the prefilter lets other sentences by', () => {
    expect(mayReportMeeting('The harbour reopened after the storm.')).toBe(false);
  });
});
