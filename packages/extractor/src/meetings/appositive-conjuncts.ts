// "Varga, the bank's treasurer, and Pernell met" -> Varga and Pernell: an unnamed singular description
// between commas right after a name renames it (an apposition); it is no third party of a list.
import type { NounPhrase } from './noun-phrases';
import type { SentenceReading } from './read-sentence';

/** The phrase without unnamed conjuncts that are appositions of the named conjunct before them. */
export function dropAppositiveConjuncts(reading: SentenceReading, phrase: NounPhrase): NounPhrase {
  const { tokens } = reading;
  const conjuncts = phrase.conjuncts.filter((c, i) => {
    const before = phrase.conjuncts[i - 1];
    if (!before || c.entityIds.length > 0 || before.entityIds.length === 0) return true;
    const opened = /^\s*,\s*$/.test(tokens[before.last]!.post) && before.last === c.first - 1;
    const closed = /,/.test(tokens[c.last]!.post);
    const head = tokens[c.last]!;
    // "the minister", "the bank's chief executive", "a lawyer": a determiner or possessive opens a description;
    // "officials" (a bare plural) is a list member
    const described =
      /^(the|a|an|his|her|its|their)$/.test(tokens[c.first]!.normal) ||
      tokens[c.first]!.tags.has('Possessive');
    return !(opened && closed && described && !head.tags.has('Plural'));
  });
  return conjuncts.length === phrase.conjuncts.length ? phrase : { ...phrase, conjuncts };
}
