// Kinds the words carry, read in the eleventh session: each with invented variants and a trap.
import { classifyContent } from './classify-kind';
import type { StatementKind } from '@news-kg/graph-model';

describe('classifyContent: the kinds of this session', () => {
  test.each<[string, StatementKind]>([
    // compliance asserted against a charge: every term kept, every item of a complaint dealt with
    ["The Ferry Guild has honoured every clause of the captain's contract", 'denial'],
    ['Each of those complaints was looked into and signed off by a surveyor', 'denial'],
    ['the safety review "followed every step of the board\'s own rules"', 'denial'],
    ['all open defects had been closed by the sailing date', 'denial'],
    ['it had always honoured its contracts in full', 'denial'],
    // traps: a promise, a rule, a duty not yet done
    ['We will check every report by Friday', 'claim'],
    ['Every crew must follow each step of the drill', 'claim'],
    ['The yard has kept its gates open all week', 'claim'],
    // a duty owed by others that was not done is a complaint, not a denial
    ['the hull was never repaired in full', 'claim'],
    ['the fee was not paid on time', 'claim'],
    ['the tenants were not consulted', 'claim'],
    // traps: a deed charged and denied stays a denial; absence denied
    ['the logbook was never altered', 'denial'],
    ['the captain himself had not been present and no payment had been made', 'denial'],
    ['I had not been present at any dinner', 'denial'],
    // an account "not corresponding to the truth"; a bare quoted verdict of invention
    ['reports about a "secret deal" are not corresponding to the truth', 'denial'],
    ['the story does not correspond to reality', 'denial'],
    ['calls the claim "invention"', 'denial'],
    ['the claim is a clever invention of the harbour board', 'claim'],
    ['the new ferry timetable corresponds to the winter season', 'claim'],
    // blame idioms
    ['they are holding my book hostage', 'accusation'],
    ['the line "gambled with passengers\' lives" by sailing in the storm', 'accusation'],
    ['the owners put profit ahead of safety', 'accusation'],
    ["the owners put crews' lives at risk", 'accusation'],
    ['the hostages were freed at dawn', 'claim'],
  ])('%s -> %s', (text, kind) => {
    expect(classifyContent(text)).toBe(kind);
  });
});
