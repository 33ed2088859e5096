// Constructions read in the eleventh session (speakers, media, releases, transcripts, joins): each kind with
// invented variants and a trap.
import { annotate } from './testing/annotate';
import { findStatements } from './index';

function read(paragraphs: string[]): string[] {
  return findStatements(annotate(paragraphs), []).map(s => `${s.kind} ${s.speakerIds.join()}: ${s.text}`);
}

const VOSS = '[Mara Voss](person:mara-voss)';
const GUILD = '[the Ferry Guild](organization:ferry-guild)';
const VELLMAR = '[Vellmar Marine](organization:vellmar)';

describe('findStatements: the medium and an apposition are not the end of the words', () => {
  test('"…," X said in an internal memo seen by the Gazette: the quotation only', () => {
    expect(
      read([
        `"Every one of those checks was logged by an inspector," ${VOSS} said in an internal memo seen by the Gazette.`,
      ]),
    ).toEqual(['denial person:mara-voss: Every one of those checks was logged by an inspector']);
  });

  test('"…," X said in an email obtained by reporters: the quotation only', () => {
    expect(read([`"The crane was safe," ${VOSS} wrote in a staff email obtained by reporters.`])).toEqual([
      'claim person:mara-voss: The crane was safe',
    ]);
  });

  test('trap: "said in a memo that …" still reports the clause', () => {
    expect(read([`${VOSS} said in a memo that the crane was safe.`])).toEqual([
      'claim person:mara-voss: the crane was safe',
    ]);
  });

  test('"confirmed that its engineer, NAME, had met …": the clause runs on through the apposition', () => {
    expect(
      read([
        `${VELLMAR} confirmed to the Gazette that its chief engineer, [Oskar Drummel](person:oskar-drummel), had held "a short call" with the port board in March.`,
      ]),
    ).toEqual([
      'confirmation organization:vellmar: its chief engineer, Oskar Drummel, had held "a short call" with the port board in March',
    ]);
  });

  test('trap: "…, Lin said, the yard …" is still a comma splice', () => {
    expect(read([`The crane was safe, ${VOSS} said, and the yard would reopen.`])[0]).toMatch(
      /^claim person:mara-voss: The crane was safe/,
    );
  });
});

describe('findStatements: a press release named by the paper that reproduces it', () => {
  const release = (cue: string, end: string) => [
    `[The Ferry Guild](organization:ferry-guild) has answered the captain's complaint with a statement. ${cue}`,
    'STATEMENT FROM THE FERRY GUILD, PORT VELLA, 3 MAY',
    "[The Ferry Guild](organization:ferry-guild) has kept every term of the captain's contract and will continue to do so. Under that contract the season has not yet begun.",
    end,
  ];

  test('"We reproduce it in full below": the issuer naming itself speaks', () => {
    expect(read(release('We reproduce it in full below.', 'ENDS'))).toEqual([
      "denial organization:ferry-guild: The Ferry Guild has kept every term of the captain's contract and will continue to do so",
    ]);
  });

  test('"printed in full": the same', () => {
    expect(read(release('It is printed below in full.', 'ENDS')).length).toBe(1);
  });

  test('trap: without an end mark nothing is read', () => {
    expect(read(release('We reproduce it in full below.', 'The season opens in June.'))).toEqual([]);
  });
});

describe('findStatements: transcripts', () => {
  const show = (...turns: string[]) => [`${VOSS} spoke to the show.`, ...turns];

  test('greetings and thanks are no statement', () => {
    expect(read(show('MARA VOSS: Evening, Bo. Thanks for having me.', 'VOSS: Good to be here.'))).toEqual([]);
  });

  test('a greeting opening a turn is dropped, the rest stays', () => {
    expect(read(show('VOSS: Morning. The harbour will reopen in June.'))).toEqual([
      'claim person:mara-voss: The harbour will reopen in June',
    ]);
  });

  test('a turn opening on "That is not true" and its facts is a denial; the rest are points of their own, one per kind', () => {
    expect(
      read(
        show(
          "VOSS: That's simply not true. Forty pages, typed and bound, sent to them in May. They have it. They are sitting on it because they want the rights first. That's what I mean when I say they're holding my book hostage.",
        ),
      ),
    ).toEqual([
      "denial person:mara-voss: That's simply not true. Forty pages, typed and bound, sent to them in May",
      'claim person:mara-voss: They have it. They are sitting on it because they want the rights first',
      "accusation person:mara-voss: That's what I mean when I say they're holding my book hostage",
    ]);
  });

  test('trap: a turn that only says "Not true." stays one statement', () => {
    expect(read(show('VOSS: Not true. We sailed on time.'))).toHaveLength(1);
  });
});

describe('findStatements: who speaks', () => {
  test('"It says …" after "X sent us a statement" is X; a verdict coordinated after it is the same remark', () => {
    expect(
      read([
        `The ferry line was named in the complaint. [Corvane](organization:corvane) sent us a statement this evening. It says the depot never leaked a drop and calls the report "fiction".`,
      ]),
    ).toEqual(['denial organization:corvane: the depot never leaked a drop and calls the report "fiction"']);
  });

  test('trap: "It says" with no text sent before names nobody', () => {
    expect(read([`${VOSS} met the buyer. It says a lot about the harbour that the ferry is late.`])).toEqual(
      [],
    );
  });

  test('"A spokesman for X confirmed … "…," he said": the quote is X\'s, a statement of its own', () => {
    expect(
      read([
        `A spokesman for ${GUILD} confirmed the meeting but declined to discuss what had been said. "The board will report, and we will publish what it finds," he said.`,
      ]),
    ).toEqual([
      'confirmation organization:ferry-guild: confirmed the meeting but declined to discuss what had been said',
      'claim organization:ferry-guild: The board will report, and we will publish what it finds',
    ]);
  });

  test('trap: a spokeswoman, then "he said": not bound', () => {
    expect(
      read([
        `A spokeswoman for ${GUILD} confirmed the meeting but declined to discuss what had been said. "The board will report," he said.`,
      ]),
    ).toHaveLength(1);
  });

  test('a stance in a relative clause without its pronoun describes the noun', () => {
    expect(
      read([
        `${VOSS} walked out past the harbour master [she](person:mara-voss|pronoun) blames for closing her yard.`,
      ]),
    ).toEqual([]);
  });

  test('trap: "In a statement she denied the report" keeps its object and reports', () => {
    expect(read([`In a statement [she](person:mara-voss|pronoun) denied the report.`])).toEqual([
      'denial person:mara-voss: denied the report',
    ]);
  });

  test('"The Port Ministry underlines that …" reports a clause; "underlined the importance of" does not', () => {
    expect(
      read([
        `[The Port Ministry](organization:port-ministry) underlines that no contract of any kind was signed.`,
      ]),
    ).toHaveLength(1);
    expect(
      read([`[The Port Ministry](organization:port-ministry) underlined the importance of the ferry.`]),
    ).toEqual([]);
  });
});
