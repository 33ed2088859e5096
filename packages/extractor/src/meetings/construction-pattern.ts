// The pattern language of the construction table (constructions.ts), and its interpreter.
//
// The party readers (find-parties.ts) read a sentence around a trigger into a skeleton: the slots they filled and
// the words that tie them, in text order, e.g. "Duarte held talks with Okafor" -> [subject] @LIGHT_VERBS
// !@MEETING_NOUNS with [object]. A row's pattern is written in the same notation; a row applies when its pattern
// matches the skeleton element for element, and its trailing words (after the last slot) stand right after the
// parties in the sentence:
//   [name]        a slot filled with parties (subject, object, parties, possessor, agent, owner)
//   [name:person] the same, every party in it a person
//   !@LEXICON     the trigger: a word of that meetings lexicon (lexicon.ts)
//   !(a|b)        the trigger: one of these words
//   @LEXICON      a word of that lexicon (the light verb of "held talks", the travel verb of "flew … for talks")
//   (a|b), word   one of these words
//   …             a stretch the reader allowed between (an adverbial, the rest of a clause)
//   @LEXICON      (trailing) a word of that lexicon heading the phrase there: "for @SHARED_OCCASIONS" reads
//                 "for talks", "for a late dinner"
//   ¬(a|b)        (trailing only) the word right after the parties is none of these: "called on X" but not
//                 "called on X to resign"
import type { Trigger } from './trigger';
import * as LEXICONS from './lexicon';
import type { SentenceReading } from './read-sentence';

export type Element =
  | { kind: 'slot'; name: string; person: boolean }
  | { kind: 'trigger'; lexicon: string | null; words: readonly string[] }
  | { kind: 'lexicon'; lexicon: string }
  | { kind: 'words'; words: readonly string[] }
  | { kind: 'not'; words: readonly string[] }
  | { kind: 'gap' };

/** Compiles one pattern string into its elements; throws on a malformed element (the table is checked in tests). */
export function compilePattern(pattern: string): Element[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map(part => {
      if (part === '…') return { kind: 'gap' } as const;
      const slot = /^\[([a-z]+)(:person)?\]$/.exec(part);
      if (slot) return { kind: 'slot', name: slot[1]!, person: slot[2] !== undefined } as const;
      const trigger = /^!(?:@([A-Z_]+)|\(?([a-z|' -]+)\)?)$/.exec(part);
      if (trigger) return { kind: 'trigger', lexicon: trigger[1] ?? null, words: words(trigger[2]) } as const;
      const lexicon = /^@([A-Z_]+)$/.exec(part);
      if (lexicon) return { kind: 'lexicon', lexicon: lexicon[1]! } as const;
      const not = /^¬\(?([a-z|',-]+)\)?$/.exec(part);
      if (not) return { kind: 'not', words: words(not[1]) } as const;
      const literal = /^\(?([a-z|',-]+)\)?$/.exec(part);
      if (literal) return { kind: 'words', words: words(literal[1]) } as const;
      throw new Error(`construction pattern: cannot read "${part}" in "${pattern}"`);
    });
}

function words(group: string | undefined): string[] {
  return group ? group.split('|').map(w => w.replace(/-/g, ' ')) : [];
}

/** What the party reader found: its skeleton, the parties of each slot and the token after the parties. */
export interface Skeleton {
  elements: string[];
  slots: Readonly<Record<string, readonly string[]>>;
  /** Token index right after the last party (where a pattern's trailing words must stand). */
  next: number;
}

/** True when the compiled pattern matches the skeleton a reader produced for this trigger. */
export function matchesSkeleton(
  reading: SentenceReading,
  trigger: Trigger,
  pattern: readonly Element[],
  skeleton: Skeleton,
): boolean {
  const { elements } = skeleton;
  if (pattern.length < elements.length) return false;
  for (let i = 0; i < elements.length; i += 1) {
    if (!matchesElement(reading, trigger, pattern[i]!, elements[i]!, skeleton)) return false;
  }
  // the pattern's trailing words stand right after the parties: "showed Okafor around the yard"
  let at = skeleton.next;
  for (const element of pattern.slice(elements.length)) {
    const token = reading.tokens[at];
    if (element.kind === 'not') {
      if (token !== undefined && element.words.includes(token.normal)) return false;
      continue;
    }
    if (element.kind === 'lexicon') {
      at = headOfLexicon(reading, at, element.lexicon);
      if (at < 0) return false;
    } else if (element.kind !== 'words' || token === undefined || !element.words.includes(token.normal)) {
      return false;
    }
    at += 1;
  }
  return true;
}

// a trailing @LEXICON: a word of that lexicon heading the phrase at `from` ("for a late dinner", "at a campaign
// rally": a lower-case noun may modify it); its index or -1
function headOfLexicon(reading: SentenceReading, from: number, name: string): number {
  const words = (LEXICONS as Record<string, unknown>)[name];
  if (!(words instanceof Set)) return -1;
  for (let at = from; at < Math.min(reading.tokens.length, from + 4); at += 1) {
    const token = reading.tokens[at]!;
    if (words.has(token.normal)) return at;
    const modifier =
      ['Determiner', 'Adjective', 'Value', 'Possessive'].some(tag => token.tags.has(tag)) ||
      (token.tags.has('Noun') && /^[a-z]/.test(token.text) && !token.tags.has('Pronoun'));
    if (!modifier || /[,;:.!?]/.test(token.post)) return -1;
  }
  return -1;
}

function matchesElement(
  reading: SentenceReading,
  trigger: Trigger,
  element: Element,
  found: string,
  skeleton: Skeleton,
): boolean {
  switch (element.kind) {
    case 'gap':
      return found === '…';
    case 'slot': {
      if (found !== `[${element.name}]`) return false;
      const ids = skeleton.slots[element.name] ?? [];
      return !element.person || (ids.length > 0 && ids.every(id => isPerson(reading, id)));
    }
    case 'trigger': {
      if (!found.startsWith('!')) return false;
      if (element.lexicon) return trigger.lexicon === element.lexicon;
      return element.words.includes(reading.tokens[trigger.index]!.normal);
    }
    case 'lexicon':
      return found === `@${element.lexicon}`;
    case 'words':
      return element.words.includes(found);
    case 'not':
      return false;
  }
}

function isPerson(reading: SentenceReading, id: string): boolean {
  return reading.analysis.entities.get(id)?.label === 'Person';
}
