// Which sentences may report a meeting, derived from the lexicons the construction table triggers on: every
// inflected form of their words ("meet" -> meet, meets, met, meeting; "sit down" -> sat down; "summit" ->
// summits). Only those sentences are read; a word added to a lexicon is reachable without touching this file.
import { nlp } from '../nlp';
import { TRIGGER_LEXICONS, isTriggerWord } from './constructions';
import { CHAIRING_VERBS } from './lexicon';

/** Lexicons whose words are verbs (the rest are nouns). */
const VERB_LEXICONS = new Set([
  'MEETING_VERBS',
  'VISIT_VERBS',
  'RECEPTION_VERBS',
  'GUIDE_VERBS',
  'TIME_TOGETHER_VERBS',
  'TOUR_VERBS',
  'CONVERSATION_VERBS',
  'HANDSHAKE_VERBS',
  'PHRASAL_ENCOUNTERS',
  'PHRASAL_VISIT_VERBS',
  'FACING_VERBS',
  'JOINING_VERBS',
  'INTERVIEW_VERBS',
  'HEARING_VERBS',
  'SEATING_VERBS',
  'WALK_VERBS',
  'SUMMONING_VERBS',
  'CONFRONTING_VERBS',
  'ESCORT_VERBS',
]);

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

/** Every form of a verb ("sit down" -> sit down, sits down, sat down, sitting down). */
export function verbForms(lemma: string): string[] {
  const [head = lemma, ...rest] = lemma.split(' ');
  const doc = nlp(`we ${head}`);
  const conjugated = (doc.verbs().conjugate() as Conjugation[])[0] ?? regular(head);
  const heads = [
    head,
    conjugated.PastTense,
    conjugated.PresentTense,
    conjugated.Gerund,
    conjugated.Participle,
  ];
  return [...new Set(heads.filter((h): h is string => !!h).map(h => [h, ...rest].join(' ')))];
}

// compromise conjugates only what it tags as a verb; a word it reads otherwise gets the regular forms
function regular(verb: string): Conjugation {
  // ("testify" -> testified, testifies)
  if (/[^aeiou]y$/.test(verb)) {
    const root = verb.slice(0, -1);
    return { PastTense: `${root}ied`, PresentTense: `${root}ies`, Gerund: `${verb}ing` };
  }
  const stem = verb.replace(/e$/, '');
  return { PastTense: `${stem}ed`, PresentTense: `${verb}s`, Gerund: `${stem}ing` };
}

/** Singular and plural of a noun ("summit" -> summit, summits). */
export function nounForms(word: string): string[] {
  const doc = nlp(word);
  const forms = [word, doc.nouns().toPlural().text(), nlp(word).nouns().toSingular().text()];
  // "tete-a-tete" is one word whose parts compromise would inflect apart
  const hyphens = (w: string) => w.split('-').length;
  return [...new Set(forms.filter(f => f && f.split(/\s+/).length === 1 && hyphens(f) === hyphens(word)))];
}

function formsOfLexicon(name: string, words: Iterable<string>): string[] {
  const forms = [...words]
    .filter(w => isTriggerWord(name, w))
    .flatMap(w => (VERB_LEXICONS.has(name) ? verbForms(w) : nounForms(w)));
  return forms;
}

/** Every trigger form, plus the chairing verbs ("who had chaired them" refers to a meeting). */
export function triggerForms(): string[] {
  const forms = Object.entries(TRIGGER_LEXICONS).flatMap(([name, words]) => formsOfLexicon(name, words));
  const chairing = [...CHAIRING_VERBS].flatMap(verbForms);
  return [...new Set([...forms, ...chairing])].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function escape(form: string): string {
  return form
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/e/g, '[eé]');
}

let pattern: RegExp | null = null;

/** True when the sentence holds a form of some trigger word (compromise is asked nothing for the others). */
export function mayReportMeeting(text: string): boolean {
  pattern ??= new RegExp(`\\b(?:${triggerForms().map(escape).join('|')})\\b`, 'i');
  return pattern.test(text);
}
