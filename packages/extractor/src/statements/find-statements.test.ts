import { annotate } from './testing/annotate';
import { findStatements } from './index';
import type { StatementKind } from '@news-kg/graph-model';

interface Expected {
  speakers: string[];
  text: string;
  kind: StatementKind;
  quoted?: boolean;
}

function statementsOf(paragraphs: string[]): Expected[] {
  const analysis = annotate(paragraphs);
  return findStatements(analysis, []).map(s => ({
    speakers: s.speakerIds,
    text: s.text,
    kind: s.kind,
    quoted: s.quoted,
  }));
}

const DUARTE = 'person:ana-duarte';
const LIN = 'person:bo-lin';
const MINISTRY = 'organization:interior-ministry';

describe('findStatements: direct quotes', () => {
  test.each<[string, string[], Expected[]]>([
    [
      'attribution after the quote',
      ['"We never took a cent," [Ana Duarte](person:ana-duarte) said on Monday.'],
      [{ speakers: [DUARTE], text: 'We never took a cent', kind: 'denial', quoted: true }],
    ],
    [
      'attribution after the quote, a participle aside between the speaker and the verb',
      [
        '"Nobody can say what the board is supposed to have ordered," [Ana Duarte](person:ana-duarte), defending the clerk, told the court.',
      ],
      [
        {
          speakers: [DUARTE],
          text: 'Nobody can say what the board is supposed to have ordered',
          kind: 'claim',
          quoted: true,
        },
      ],
    ],
    [
      'inverted attribution with a title',
      [
        '"I cannot comment on a leaked draft," said spokeswoman [Ana Duarte](person:ana-duarte) in a statement.',
      ],
      [{ speakers: [DUARTE], text: 'I cannot comment on a leaked draft', kind: 'refusal', quoted: true }],
    ],
    [
      'inverted attribution with a role title',
      ['"The effect was strong," said lead author [Ana Duarte](person:ana-duarte) of the institute.'],
      [{ speakers: [DUARTE], text: 'The effect was strong', kind: 'claim', quoted: true }],
    ],
    [
      'advice with "nobody should" is no denial',
      ['"Nobody should panic tonight," [Ana Duarte](person:ana-duarte) said.'],
      [{ speakers: [DUARTE], text: 'Nobody should panic tonight', kind: 'claim', quoted: true }],
    ],
    [
      'attribution before the quote, with a colon',
      [
        '[Finance Minister Ana Duarte](person:ana-duarte) said: \u201cThe budget is balanced. The deficit is gone.\u201d',
      ],
      [
        {
          speakers: [DUARTE],
          text: 'The budget is balanced. The deficit is gone',
          kind: 'claim',
          quoted: true,
        },
      ],
    ],
    [
      'split quote around the attribution',
      ['"We will appeal," [she](person:ana-duarte) said, "and we will win."'],
      [{ speakers: [DUARTE], text: 'We will appeal and we will win', kind: 'claim', quoted: true }],
    ],
    [
      '"She added," before the quote',
      [
        '[Duarte](person:ana-duarte|surname) spoke for an hour. [She](person:ana-duarte) added, "The tender was a disgrace."',
      ],
      [{ speakers: [DUARTE], text: 'The tender was a disgrace', kind: 'accusation', quoted: true }],
    ],
    [
      'a participle attribution: "…, saying:"',
      ['[Lin](person:bo-lin|surname) defended the deal, saying: "Everyone gained from it."'],
      [{ speakers: [LIN], text: 'Everyone gained from it', kind: 'claim', quoted: true }],
    ],
    [
      'an editorial cut parts two remarks',
      ['[Lin](person:bo-lin|surname) said: "The vote was rigged. [\u2026] We accept the verdict."'],
      [
        { speakers: [LIN], text: 'The vote was rigged', kind: 'claim', quoted: true },
        { speakers: [LIN], text: 'We accept the verdict', kind: 'claim', quoted: true },
      ],
    ],
    [
      'words after a cut that point back ("It is …") continue the remark; a new subject starts another',
      [
        '[Lin](person:bo-lin|surname) said: "The board should have resigned. [\u2026] It\u2019s a disgrace to the town. [\u2026] The mayor hid the figures."',
      ],
      [
        {
          speakers: [LIN],
          text: 'The board should have resigned [\u2026] It\u2019s a disgrace to the town',
          kind: 'accusation',
          quoted: true,
        },
        { speakers: [LIN], text: 'The mayor hid the figures', kind: 'accusation', quoted: true },
      ],
    ],
    [
      'words after a cut that open in lower case finish the sentence before the cut',
      ['[Lin](person:bo-lin|surname) said: "They made us an offer [\u2026] and then they left the room."'],
      [
        {
          speakers: [LIN],
          text: 'They made us an offer [\u2026] and then they left the room',
          kind: 'claim',
          quoted: true,
        },
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(statementsOf(paragraphs)).toEqual(expected);
  });

  it('joins a short tag-on quote to the attributed quote before it in the same paragraph', () => {
    expect(statementsOf(['"We never paid them," [Lin](person:bo-lin|surname) said. "It is false."'])).toEqual(
      [{ speakers: [LIN], text: 'We never paid them. It is false', kind: 'denial', quoted: true }],
    );
  });

  it('joins a following quote that opens with a conjunction, however long, and takes the kind of the point after "But"', () => {
    const paragraph =
      '"No one here wants the ferry to stop," [Lin](person:bo-lin|surname) said. "But the council must be given time to ' +
      'complete its review of the timetable before anyone draws conclusions in public."';
    expect(statementsOf([paragraph]).map(s => [s.speakers, s.text.slice(0, 36), s.kind])).toEqual([
      [[LIN], 'No one here wants the ferry to stop.', 'claim'],
    ]);
  });

  it('gives a longer following quote in the same paragraph to the same speaker, as its own statement', () => {
    const paragraph =
      '"It was a fair price," [Lin](person:bo-lin|surname) said. "Nobody was cheated, and every bid was opened in public by the ' +
      'tender board in front of the press and the auditors."';
    expect(statementsOf([paragraph]).map(s => [s.speakers, s.text.slice(0, 20), s.kind])).toEqual([
      [[LIN], 'It was a fair price', 'claim'],
      [[LIN], 'Nobody was cheated, ', 'denial'],
    ]);
  });

  it('joins a longer quote that goes on from a sound-bite of the same kind (one remark)', () => {
    const paragraph =
      '"We held firm," [Lin](person:bo-lin|surname) said. "The offer on the table today is the one we made in March, and ' +
      'the crews will accept nothing less than that this winter."';
    expect(statementsOf([paragraph]).map(s => [s.speakers, s.text.slice(0, 36), s.kind])).toEqual([
      [[LIN], 'We held firm. The offer on the table', 'claim'],
    ]);
  });

  it('joins a quote that turns a plain sound-bite into a charge, with the kind of the charge', () => {
    const paragraph =
      '"We were all shocked," [Lin](person:bo-lin|surname) said. "The board withheld the safety report from the crews for ' +
      'three months and then blamed the drivers for the delay."';
    expect(statementsOf([paragraph]).map(s => [s.speakers, s.kind])).toEqual([[[LIN], 'accusation']]);
  });

  it('keeps a quote after a longer opening quotation, or after a sound-bite asked as a question, apart', () => {
    const longer =
      '"The ferry will run again in May once the harbour wall is repaired," [Lin](person:bo-lin|surname) said. "The crews ' +
      'start on Monday morning at the north gate and the builders have signed the contract for the whole job."';
    expect(statementsOf([longer])).toHaveLength(2);
    const question =
      '"We held firm," [Lin](person:bo-lin|surname) said. "Why should the crews accept less than the offer we made in ' +
      'March, when every other port pays more?"';
    expect(statementsOf([question])).toHaveLength(2);
  });

  it('continues the previous speaker in a paragraph that is nothing but a quote', () => {
    const paragraphs = [
      '"The road will open in May," [Lin](person:bo-lin|surname) said.',
      '"Every contractor has signed. The money is there."',
    ];
    expect(statementsOf(paragraphs).map(s => [s.speakers, s.text])).toEqual([
      [[LIN], 'The road will open in May'],
      [[LIN], 'Every contractor has signed. The money is there'],
    ]);
  });

  it('does not continue a speaker across a paragraph of narration', () => {
    const paragraphs = [
      '"The road will open in May," [Lin](person:bo-lin|surname) said.',
      'The council met on Friday.',
      '"Every contractor has signed."',
    ];
    expect(statementsOf(paragraphs).map(s => s.text)).toEqual(['The road will open in May']);
  });

  it('folds a paraphrase into the quote of the same speaker that follows it', () => {
    const paragraphs = [
      '[Duarte](person:ana-duarte|surname) strongly denied taking money. "I never took a cent," [she](person:ana-duarte) said.',
    ];
    const [statement, ...rest] = findStatements(annotate(paragraphs), []);
    expect(rest).toHaveLength(0);
    expect(statement).toMatchObject({
      speakerIds: [DUARTE],
      text: 'I never took a cent',
      kind: 'denial',
      quoted: true,
    });
    expect(statement?.evidence).toEqual({ start: 0, end: annotate(paragraphs).text.length });
  });

  it('keeps a quote inside a narrated phrase out of the quotations (scare quotes)', () => {
    expect(statementsOf(['The plan was called "bold" by several papers.'])).toEqual([]);
  });
});

describe('findStatements: reported speech', () => {
  test.each<[string, string, Expected[]]>([
    [
      'blame laid on an account called false denies it',
      '[Lin](person:bo-lin|surname) slammed reports of a rift with the board as "total nonsense".',
      [
        {
          speakers: [LIN],
          text: 'slammed reports of a rift with the board as "total nonsense"',
          kind: 'denial',
        },
      ],
    ],
    [
      'blame laid on an account called something else stays an accusation',
      '[Lin](person:bo-lin|surname) blasted the audit report as a whitewash.',
      [{ speakers: [LIN], text: 'blasted the audit report as a whitewash', kind: 'accusation' }],
    ],
    [
      'a vow with an infinitive keeps its verb',
      '[Lin](person:bo-lin|surname) vowed to clear his name.',
      [{ speakers: [LIN], text: 'vowed to clear his name', kind: 'claim' }],
    ],
    [
      'a pledge with an object keeps its verb',
      '[Lin](person:bo-lin|surname) pledged 400 new homes for nurses by 2030.',
      [{ speakers: [LIN], text: 'pledged 400 new homes for nurses by 2030', kind: 'claim' }],
    ],
    [
      'a belief reported as a position',
      '[Lin](person:bo-lin|surname) believes the plant will reopen by the autumn.',
      [{ speakers: [LIN], text: 'the plant will reopen by the autumn', kind: 'claim' }],
    ],
    [
      'a fear reported as a position',
      '[Lin](person:bo-lin|surname) fears the new law will be used against the crews.',
      [{ speakers: [LIN], text: 'the new law will be used against the crews', kind: 'claim' }],
    ],
    [
      "a body's estimate reported as its position",
      'The [Ostry Traders Guild](organization:ostry-traders-guild) estimates that the bridge closure is costing shops about 40,000 a week.',
      [
        {
          speakers: ['organization:ostry-traders-guild'],
          text: 'the bridge closure is costing shops about 40,000 a week',
          kind: 'claim',
        },
      ],
    ],
    [
      'a reckoning without "that"',
      'The [Ostry Traders Guild](organization:ostry-traders-guild) reckons the market will lose a third of its stalls.',
      [
        {
          speakers: ['organization:ostry-traders-guild'],
          text: 'the market will lose a third of its stalls',
          kind: 'claim',
        },
      ],
    ],
    [
      'an estimate of an amount is no position (trap)',
      'The [Ostry Traders Guild](organization:ostry-traders-guild) estimated the flood damage at two million.',
      [],
    ],
    [
      'a stance on "that", the account before: the act is all there is to cite',
      'The guild says the crews began dredging in May. [Corvane](organization:corvane) rejects that.',
      [{ speakers: ['organization:corvane'], text: 'Corvane rejects that', kind: 'denial' }],
    ],
    [
      'a claim after "said that" is no demonstrative (trap)',
      '[Lin](person:bo-lin|surname) said that the dredging began in May.',
      [{ speakers: [LIN], text: 'the dredging began in May', kind: 'claim' }],
    ],
    [
      'an account called wrong is denied',
      'The guild says the crews began dredging in May. [Lin](person:bo-lin|surname) called the report plain wrong.',
      [{ speakers: [LIN], text: 'called the report plain wrong', kind: 'denial' }],
    ],
    [
      'a decision called wrong is no denial (trap)',
      '[Lin](person:bo-lin|surname) called the decision "simply wrong".',
      [{ speakers: [LIN], text: 'called the decision "simply wrong"', kind: 'claim' }],
    ],
    [
      'disbelief of the reports asked about denies them',
      'Asked about reports that the mayor had sold the yard, [Lin](person:bo-lin|surname) said she did not believe them.',
      [{ speakers: [LIN], text: 'she did not believe them', kind: 'denial' }],
    ],
    [
      'a belief about a clause is no denial (trap)',
      '[Lin](person:bo-lin|surname) said she did not believe the yard would close.',
      [{ speakers: [LIN], text: 'she did not believe the yard would close', kind: 'claim' }],
    ],
    [
      '"what a ministry official described as "…"": the free relative gives the mouthpiece\'s own label',
      'The [Harbour Ministry](organization:harbour-ministry) summoned the guild chief on Friday for what a ministry official described as "a blunt exchange" with the minister.',
      [
        {
          speakers: ['organization:harbour-ministry'],
          text: 'described as "a blunt exchange" with the minister',
          kind: 'claim',
        },
      ],
    ],
    [
      'a relative "which" before "described as" is narration (trap)',
      'The ferry, which [Corvane](organization:corvane) described as "its fastest", sank in May.',
      [],
    ],
    [
      'belief in something is no position (trap)',
      '[Lin](person:bo-lin|surname) believed in the project from the start.',
      [],
    ],
    [
      'thinking about something is no position (trap)',
      '[Lin](person:bo-lin|surname) thought about the offer for a week.',
      [],
    ],
    [
      'said that',
      '[Lin](person:bo-lin|surname) said that the pumps failed twice.',
      [{ speakers: [LIN], text: 'the pumps failed twice', kind: 'claim' }],
    ],
    [
      'cautioned that',
      '[Lin](person:bo-lin|surname) cautioned that the data could not prove a cause.',
      [{ speakers: [LIN], text: 'the data could not prove a cause', kind: 'claim' }],
    ],
    [
      'said without that',
      '[Lin](person:bo-lin|surname) said on Friday the pumps failed twice.',
      [{ speakers: [LIN], text: 'the pumps failed twice', kind: 'claim' }],
    ],
    [
      'told X that',
      '[Duarte](person:ana-duarte|surname) told the council on Tuesday that the depot would close in June.',
      [{ speakers: [DUARTE], text: 'the depot would close in June', kind: 'claim' }],
    ],
    [
      'denied …ing, over an apposition and adverbs (the manner stays with the stance)',
      '[Bo Lin](person:bo-lin), the party treasurer, on Tuesday strongly denied misleading the auditors.',
      [{ speakers: [LIN], text: 'strongly denied misleading the auditors', kind: 'denial' }],
    ],
    [
      'rejected allegations that',
      '[The ministry](organization:interior-ministry|description) has rejected allegations that inspectors took gifts.',
      [{ speakers: [MINISTRY], text: 'rejected allegations that inspectors took gifts', kind: 'denial' }],
    ],
    [
      'dismissed … as (an accusation)',
      '[Lin](person:bo-lin|surname) dismissed the audit findings as "a cynical smear."',
      [{ speakers: [LIN], text: 'dismissed the audit findings as "a cynical smear."', kind: 'accusation' }],
    ],
    [
      'declined to confirm or deny, over a place after the subject',
      '[The consulate](organization:consulate|description) in Porto declined to confirm or deny hiring [Ana Duarte](person:ana-duarte).',
      [
        {
          speakers: ['organization:consulate'],
          text: 'declined to confirm or deny hiring Ana Duarte',
          kind: 'refusal',
        },
      ],
    ],
    [
      'declined to comment: a bare stance is cited with its subject',
      '[Lin](person:bo-lin|surname) declined to comment.',
      [{ speakers: [LIN], text: 'Lin declined to comment', kind: 'refusal' }],
    ],
    [
      'confirmed that',
      '[The ministry](organization:interior-ministry|description) confirmed on Monday that the tender was cancelled.',
      [{ speakers: [MINISTRY], text: 'the tender was cancelled', kind: 'confirmation' }],
    ],
    [
      'accused Y of',
      '[Lin](person:bo-lin|surname) accused [Duarte](person:ana-duarte|surname) of hiding the accounts.',
      [{ speakers: [LIN], text: 'accused Duarte of hiding the accounts', kind: 'accusation' }],
    ],
    [
      'according to X, at the end',
      'The talks collapsed last week, according to [the ministry](organization:interior-ministry|description).',
      [{ speakers: [MINISTRY], text: 'The talks collapsed last week', kind: 'claim' }],
    ],
    [
      'according to X, at the start',
      'According to [the ministry](organization:interior-ministry|description), the talks collapsed.',
      [{ speakers: [MINISTRY], text: 'the talks collapsed', kind: 'claim' }],
    ],
    [
      'a stance verb in a non-restrictive relative clause',
      '[Lin](person:bo-lin|surname), who denies the charges, faces ten years in prison.',
      [{ speakers: [LIN], text: 'denies the charges', kind: 'denial' }],
    ],
    [
      '"would not say" is a refusal',
      '[Lin](person:bo-lin|surname) would not say when the review would end.',
      [{ speakers: [LIN], text: 'would not say when the review would end', kind: 'refusal' }],
    ],
    [
      '"ruled out X, saying …": the participle words the same act',
      '[Lin](person:bo-lin|surname) ruled out tax increases, saying the gap would be closed through spending cuts.',
      [
        {
          speakers: [LIN],
          text: 'ruled out tax increases, saying the gap would be closed through spending cuts',
          kind: 'denial',
        },
      ],
    ],
    [
      '", saying …" after an object the tagger reads as a verb',
      '[Lin](person:bo-lin|surname) turned down tax increases, saying the gap would be closed through spending cuts.',
      [{ speakers: [LIN], text: 'the gap would be closed through spending cuts', kind: 'claim' }],
    ],
    [
      'pleaded not guilty',
      '[Lin](person:bo-lin|surname) pleaded not guilty to all charges.',
      [{ speakers: [LIN], text: 'pleaded not guilty to all charges', kind: 'denial' }],
    ],
    [
      'pleaded guilty (an admission, whatever the charge)',
      '[Lin](person:bo-lin|surname) pleaded guilty to fraud.',
      [{ speakers: [LIN], text: 'pleaded guilty to fraud', kind: 'confirmation' }],
    ],
    [
      'a plea for mercy is no statement',
      '[Lin](person:bo-lin|surname) pleaded with the judge for mercy.',
      [],
    ],
    [
      'according to an employer, a role title and the person',
      'According to [Acme](organization:acme) chief executive [Bo Lin](person:bo-lin), the company offered a raise.',
      [{ speakers: [LIN], text: 'the company offered a raise', kind: 'claim' }],
    ],
    [
      'insisted, with negation in the content',
      '[Lin](person:bo-lin|surname) insisted that the party has never taken foreign money.',
      [{ speakers: [LIN], text: 'the party has never taken foreign money', kind: 'denial' }],
    ],
    [
      'an outlet as speaker',
      '[The Daily Planet](organization:daily-planet) reported that [Lin](person:bo-lin|surname) had sold his shares in March.',
      [{ speakers: ['organization:daily-planet'], text: 'Lin had sold his shares in March', kind: 'claim' }],
    ],
    [
      'a report noun: a report in X that',
      'The inquiry began after a report in the weekly [The Daily Planet](organization:daily-planet) that [Lin](person:bo-lin|surname) had sold his shares.',
      [{ speakers: ['organization:daily-planet'], text: 'Lin had sold his shares', kind: 'claim' }],
    ],
    [
      'calls from X to resign',
      '[Lin](person:bo-lin|surname) has faced calls from [the opposition](organization:opposition|description) to step down over the overspend.',
      [
        {
          speakers: ['organization:opposition'],
          text: 'calls from the opposition to step down over the overspend',
          kind: 'accusation',
        },
      ],
    ],
    [
      'two coordinated reports of one subject',
      '[The ministry](organization:interior-ministry|description) said that it would not discuss the audit, but confirmed that its depot had closed.',
      [
        { speakers: [MINISTRY], text: 'it would not discuss the audit', kind: 'refusal' },
        { speakers: [MINISTRY], text: 'its depot had closed', kind: 'confirmation' },
      ],
    ],
    [
      'a parenthetical attribution',
      'The plan, [Lin](person:bo-lin|surname) said, was never viable.',
      [{ speakers: [LIN], text: 'The plan was never viable', kind: 'denial' }],
    ],
    [
      'a closing source citation is cut off the statement',
      '[Lin](person:bo-lin|surname) said that the pumps ran on "a reduced schedule," the news agency reported.',
      [{ speakers: [LIN], text: 'the pumps ran on "a reduced schedule,"', kind: 'claim' }],
    ],
    [
      "a participle after a quotation's attribution: its clause without the participle",
      '"The harbour is calm," [Ana Duarte](person:ana-duarte) said, adding that the ferries had sailed on time.',
      [
        { speakers: ['person:ana-duarte'], text: 'The harbour is calm', kind: 'claim' },
        { speakers: ['person:ana-duarte'], text: 'the ferries had sailed on time', kind: 'claim' },
      ],
    ],
    [
      'coordinated speakers: one statement per speaker',
      '[The Daily Planet](organization:daily-planet) and [the Tribune](organization:tribune) published articles claiming that the striker had been sold.',
      [
        { speakers: ['organization:daily-planet'], text: 'the striker had been sold', kind: 'claim' },
        { speakers: ['organization:tribune'], text: 'the striker had been sold', kind: 'claim' },
      ],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf([sentence]).map(({ quoted: _q, ...rest }) => rest)).toEqual(expected);
  });
});

describe('findStatements: a closing attribution', () => {
  it('reads ", the harbour master said" with the article of the description before it', () => {
    expect(
      statementsOf([
        'The depot will reopen in May, the [harbour master](person:bo-lin|description) said on Tuesday.',
      ]).map(s => [s.speakers, s.text]),
    ).toEqual([[[LIN], 'The depot will reopen in May']]);
  });

  it('reads a tail whose circumstance holds a noun the tagger takes for a verb ("the Duarte campaign")', () => {
    expect(
      statementsOf([
        'The depot will reopen in May, [Lin](person:bo-lin|surname) said on a call with the [Duarte](person:ana-duarte|surname) campaign and reporters on Tuesday.',
      ]).map(s => [s.speakers, s.text]),
    ).toEqual([[[LIN], 'The depot will reopen in May']]);
  });

  it.each([
    'The ferries will stop at six, parish council chairman [Bo Lin](person:bo-lin) said.',
    'The ferries will stop at six, the operator [Bo Lin](person:bo-lin) said.',
    "The ferries will stop at six, the village's harbour master [Bo Lin](person:bo-lin) said.",
  ])('reads a tail whose speaker follows a lower-case description: %s', text => {
    expect(statementsOf([text]).map(s => [s.speakers, s.text])).toEqual([
      [[LIN], 'The ferries will stop at six'],
    ]);
  });

  it('reads no tail when the words before the name are the clause, not a description (trap)', () => {
    expect(
      statementsOf([
        'The ferries that stop at six worry [Bo Lin](person:bo-lin), parish councillors said.',
      ]).filter(s => s.speakers.includes(LIN)),
    ).toEqual([]);
  });

  it('reads no tail when a verb follows the attribution (trap)', () => {
    expect(
      statementsOf([
        'The depot will reopen in May, [Lin](person:bo-lin|surname) said the Duarte campaign claimed on Tuesday.',
      ]).filter(s => s.text === 'The depot will reopen in May'),
    ).toEqual([]);
  });
});

describe('findStatements: a colon ends a reported clause', () => {
  it('keeps what follows a colon out of the statement before it', () => {
    const texts = statementsOf([
      `[Lin](${LIN}|surname) dismissed the allegation: his lawyer said on Friday that they had never spoken.`,
    ]).map(s => s.text);
    expect(texts).toContain('Lin dismissed the allegation');
    expect(texts.some(t => t.includes('lawyer'))).toBe(false);
  });
});

describe('findStatements: traps', () => {
  test.each<[string, string[]]>([
    ['"he said" with no resolvable antecedent gives nothing', ['He said the plan was dead.']],
    [
      'a question is not a claim',
      ['Reporters asked [Duarte](person:ana-duarte) whether she had met [Lin](person:bo-lin).'],
    ],
    [
      'a participle that is no aside (no comma before it) keeps the quote from a name after it',
      ['"We had no choice," a clerk working for [Ana Duarte](person:ana-duarte) told the court.'],
    ],
    [
      'a quoted question with "asked" is not a claim',
      ['"Did you meet him?" [Duarte](person:ana-duarte|surname) asked.'],
    ],
    [
      'an entity inside a non-entity subject is not the speaker',
      ['US officials said [Lin](person:bo-lin|surname) lied.'],
    ],
    [
      'the accused of a passive is not the speaker',
      ['[Duarte](person:ana-duarte|surname) was accused of fraud.'],
    ],
    ['"did not deny" is not a denial', ['[Lin](person:bo-lin|surname) did not deny selling the land.']],
    [
      'a citation naming no entity gives nothing',
      ['The pumps failed in Porto, according to several unnamed engineers.'],
    ],
    [
      'allegations with no one making them give nothing',
      ['[Lin](person:bo-lin|surname) resigned after allegations that he had falsified receipts.'],
    ],
    ['"said so" carries no claim', ['[Lin](person:bo-lin|surname) said so on Monday.']],
    [
      '"did not say how long" reports a gap in an answer, not a refusal',
      ['[Lin](person:bo-lin|surname) did not say how long the review would take.'],
    ],

    [
      '"said during a phone-in" carries no claim',
      ['[Lin](person:bo-lin|surname) said during a radio phone-in.'],
    ],
    [
      '"said as he boarded" tells when it was said, not what',
      ['[Lin](person:bo-lin|surname) said as he boarded the ferry on Friday.'],
    ],
    [
      '"said when asked" tells when, not what',
      ['[Lin](person:bo-lin|surname) said when asked about the ferry.'],
    ],
  ])('%s', (_name, paragraphs) => {
    expect(statementsOf(paragraphs)).toEqual([]);
  });

  it('keeps the main clause after a relative clause of the same subject', () => {
    expect(
      statementsOf([
        '[The ministry](organization:interior-ministry|description), which denies the allegations, said it would appeal.',
      ]).map(s => [s.text, s.kind]),
    ).toEqual([
      ['denies the allegations', 'denial'],
      ['it would appeal', 'claim'],
    ]);
  });

  it.each([
    ['the question put to the speaker', 'Asked whether he had called the coach'],
    ['a participial scene-setter', 'Speaking outside the court in Porto'],
  ])('keeps %s before "X said:" out of what X said', (_name, opener) => {
    expect(
      statementsOf([`${opener}, [Lin](person:bo-lin|surname) said: "Not yet."`]).map(s => s.text),
    ).toEqual(['Not yet']);
  });

  it('attributes a quote to the speaker, not to the person the quote names', () => {
    expect(
      statementsOf(['"[Ana Duarte](person:ana-duarte) is a liar," said [Lin](person:bo-lin|surname).']),
    ).toEqual([{ speakers: [LIN], text: 'Ana Duarte is a liar', kind: 'accusation', quoted: true }]);
  });

  it('does not take the addressee of "told" for the speaker', () => {
    const out = statementsOf([
      'Unnamed sources told [the Tribune](organization:tribune) that the deal was off.',
    ]);
    expect(out).toEqual([]);
  });

  it('says what the statement is about, without its speaker', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) accused [Duarte](person:ana-duarte|surname) of hiding the accounts.',
    ]);
    expect(findStatements(analysis, [])[0]?.aboutIds).toEqual([DUARTE]);
  });
});

describe('findStatements: zones', () => {
  it('reads the "Name: words" headline convention', () => {
    const analysis = annotate(
      ["[Duarte](person:ana-duarte|surname): 'We will not resign'", 'The council met on Friday.'],
      { zones: { 0: 'title' } },
    );
    expect(findStatements(analysis, []).map(s => [s.speakerIds, s.text, s.quoted])).toEqual([
      [[DUARTE], 'We will not resign', true],
    ]);
  });

  it('drops a headline statement when the body carries the same speaker, so nothing is counted twice', () => {
    const analysis = annotate(
      [
        "[Duarte](person:ana-duarte|surname): 'We will not resign'",
        '"We will not resign," [Duarte](person:ana-duarte|surname) said.',
      ],
      { zones: { 0: 'title' } },
    );
    expect(
      findStatements(analysis, []).map(s => analysis.sentences.find(x => x.start === s.evidence.start)?.zone),
    ).toEqual(['body']);
  });

  it('skips boilerplate', () => {
    const analysis = annotate(['"We will win," [Duarte](person:ana-duarte|surname) said.'], {
      zones: { 0: 'boilerplate' },
    });
    expect(findStatements(analysis, [])).toEqual([]);
  });
});

describe('findStatements: dates', () => {
  it('dates a statement from its attribution, not from the words quoted', () => {
    const analysis = annotate(['"We met in 2015," [Lin](person:bo-lin|surname) said on Monday.'], {
      publishedAt: '2019-03-08',
    });
    expect(findStatements(analysis, [])[0]?.date).toBe('2019-03-04');
  });
});

describe('findStatements: phrasal denial', () => {
  it('reads "pushed back at assertions that" as a denial, and a plain push as nothing', () => {
    expect(
      statementsOf([
        '[Lin](person:bo-lin|surname) pushed back on Tuesday at assertions that the budget was padded.',
      ]),
    ).toEqual([
      {
        speakers: [LIN],
        text: 'pushed back on Tuesday at assertions that the budget was padded',
        kind: 'denial',
        quoted: false,
      },
    ]);
    expect(statementsOf(['[Lin](person:bo-lin|surname) pushed the door open.'])).toEqual([]);
  });
});

describe('findStatements: continued quotes', () => {
  it('dates a continued quote from the attribution it continues', () => {
    const analysis = annotate(
      ['"The road will open," [Lin](person:bo-lin|surname) said on Monday.', '"The money is there."'],
      { publishedAt: '2019-03-08' },
    );
    expect(findStatements(analysis, []).map(s => [s.text, s.date])).toEqual([
      ['The road will open', '2019-03-04'],
      ['The money is there', '2019-03-04'],
    ]);
  });
});

describe('findStatements: organizations speaking through a person', () => {
  test.each<[string, string[]]>([
    [
      'A spokesman for [Acme](organization:acme) said the company had won the contract fairly.',
      ['organization:acme'],
    ],
    ['"We won it fairly," said a spokeswoman for [Acme](organization:acme).', ['organization:acme']],
    ['A friend of [Duarte](person:ana-duarte|surname) said she would resign.', []],
    ['The report about [Duarte](person:ana-duarte|surname) said she would resign.', []],
  ])('%s', (sentence, speakers) => {
    expect(statementsOf([sentence]).flatMap(s => s.speakers)).toEqual(speakers);
  });
});

describe('findStatements: attribution on the line above', () => {
  it('reads "X said:" closing the paragraph before the quote', () => {
    expect(
      statementsOf([
        'In a statement, [Lin](person:bo-lin|surname) said:',
        '"The harbour will reopen in May."',
      ]),
    ).toEqual([{ speakers: [LIN], text: 'The harbour will reopen in May', kind: 'claim', quoted: true }]);
  });
});

describe('findStatements: quoted fragments', () => {
  it('does not give a fragment inside narration to the speaker of the sentence', () => {
    expect(
      statementsOf([
        '[Lin](person:bo-lin|surname) called the plan "a disgrace," [Duarte](person:ana-duarte|surname) said.',
      ]).map(s => s.speakers),
    ).not.toContainEqual(['person:ana-duarte']);
  });
});

describe('findStatements: subordinate clauses', () => {
  it('takes the subject of a when-clause as the speaker of its report', () => {
    expect(
      statementsOf([
        '[Duarte](person:ana-duarte|surname) stayed calm at the inquiry when [she](person:ana-duarte) told the panel she knew of no such loans.',
      ]),
    ).toEqual([{ speakers: [DUARTE], text: 'she knew of no such loans', kind: 'denial', quoted: false }]);
  });
});

describe('findStatements: quote sourced with "according to"', () => {
  it('reads `"…," according to X.`', () => {
    expect(
      statementsOf([
        '"The harbour will reopen in May," according to [the ministry](organization:interior-ministry|description).',
      ]),
    ).toEqual([
      { speakers: [MINISTRY], text: 'The harbour will reopen in May', kind: 'claim', quoted: true },
    ]);
  });
});

describe('findStatements: who speaks, named person or organization', () => {
  test.each<[string, string, string[]]>([
    [
      'a named person set off with a union post',
      '[Mira Osei](person:mira-osei), general secretary of the [Dockworkers Union](organization:dockworkers-union), said the port had cut night shifts.',
      ['person:mira-osei'],
    ],
    [
      'a named person set off as a company spokeswoman',
      '[Mira Osei](person:mira-osei), a spokeswoman for [Harbor Freight](organization:harbor-freight), said the port had cut night shifts.',
      ['person:mira-osei'],
    ],
    [
      'a description that is the subject itself',
      'A spokeswoman for [Harbor Freight](organization:harbor-freight) said the port had cut night shifts.',
      ['organization:harbor-freight'],
    ],
    [
      'an organization set off with a participle naming its leader',
      '[The union](organization:union|description), led by general secretary [Mira Osei](person:mira-osei), said the port had cut night shifts.',
      ['organization:union'],
    ],
    [
      'a relative clause naming another person',
      '[Ana Duarte](person:ana-duarte), who met [Lin](person:bo-lin|surname) last year, said the port had cut night shifts.',
      [DUARTE],
    ],
    [
      'a description followed by the name in apposition',
      'A company spokesman, [Ivo Marr](person:ivo-marr), said the port had cut night shifts.',
      ['person:ivo-marr'],
    ],
    [
      'a relative clause whose object has a name in apposition',
      '[Ana Duarte](person:ana-duarte), who hired the harbour pilot, [Ivo Marr](person:ivo-marr), in May, said the port had cut night shifts.',
      [DUARTE],
    ],
  ])('%s', (_name, sentence, speakers) => {
    expect(statementsOf([sentence]).map(s => s.speakers)).toEqual([speakers]);
  });
});

describe('findStatements: denial or not', () => {
  test.each<[string, string, Expected[]]>([
    [
      'a lawyer\'s "never" and "not guilty", then a quote that says something further',
      '[Defense lawyer Ivo Marr](person:ivo-marr) said his client "never signed the invoice" and would plead not guilty. "The whole charge rests on one forged email," [Marr](person:ivo-marr|surname) said.',
      [
        {
          speakers: ['person:ivo-marr'],
          text: 'his client "never signed the invoice" and would plead not guilty',
          kind: 'denial',
          quoted: false,
        },
        {
          speakers: ['person:ivo-marr'],
          text: 'The whole charge rests on one forged email',
          kind: 'claim',
          quoted: true,
        },
      ],
    ],
    [
      'a quote negating what a state denied, "not one …"',
      '[Norland](organization:norland) denied that its drones had entered the airspace. "Not one of our aircraft has crossed the line," [Defence Minister Ada Kell](person:ada-kell) said.',
      [
        {
          speakers: ['organization:norland'],
          text: 'denied that its drones had entered the airspace',
          kind: 'denial',
          quoted: false,
        },
        {
          speakers: ['person:ada-kell'],
          text: 'Not one of our aircraft has crossed the line',
          kind: 'denial',
          quoted: true,
        },
      ],
    ],
    [
      'a grievance in a negative sentence is a claim',
      '[Ana Duarte](person:ana-duarte) said tenants had not been consulted about the rent rise.',
      [
        {
          speakers: [DUARTE],
          text: 'tenants had not been consulted about the rent rise',
          kind: 'claim',
          quoted: false,
        },
      ],
    ],
    [
      'a negation in a later coordinated clause qualifies a claim',
      '[Ana Duarte](person:ana-duarte) said the call had been about road repairs and that the senator "had no part in the award".',
      [
        {
          speakers: [DUARTE],
          text: 'the call had been about road repairs and that the senator "had no part in the award"',
          kind: 'claim',
          quoted: false,
        },
      ],
    ],
    [
      'a two-sentence quote around its attribution, the second rejecting wrongdoing',
      '"The donation was declared in full," a party spokesman, [Rui Sal](person:rui-sal), said. "There is nothing improper about it."',
      [
        {
          speakers: ['person:rui-sal'],
          text: 'The donation was declared in full. There is nothing improper about it',
          kind: 'denial',
          quoted: true,
        },
      ],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf([sentence])).toEqual(expected);
  });
});

describe('findStatements: reports joined and apart', () => {
  test.each<[string, string, Expected[]]>([
    [
      'a reported clause ends where someone else reports in a coordinated clause',
      '[Ana Duarte](person:ana-duarte) said the mayor had promised an audit, but [Lin](person:bo-lin|surname) declined to say whether he would order one.',
      [
        { speakers: [DUARTE], text: 'the mayor had promised an audit', kind: 'claim', quoted: false },
        {
          speakers: [LIN],
          text: 'declined to say whether he would order one',
          kind: 'refusal',
          quoted: false,
        },
      ],
    ],
    [
      'a plan with a date, and a second verb of the same subject',
      '[Ana Duarte](person:ana-duarte) said she would tour the flooded district on Tuesday and hoped to meet residents.',
      [
        {
          speakers: [DUARTE],
          text: 'she would tour the flooded district on Tuesday and hoped to meet residents',
          kind: 'claim',
          quoted: false,
        },
      ],
    ],
    [
      '"accused … and said …" is one accusation',
      '[Prosecutor Bo Lin](person:bo-lin) accused [Duarte](person:ana-duarte|surname) of "running the agency like a private club" and said more arrests could follow.',
      [
        {
          speakers: [LIN],
          text: 'accused Duarte of "running the agency like a private club" and said more arrests could follow',
          kind: 'accusation',
          quoted: false,
        },
      ],
    ],
    [
      '"said … and called for …" are two acts',
      '[Ana Duarte](person:ana-duarte) said the contracts raised "grave doubts" and called for an audit of the tender.',
      [
        { speakers: [DUARTE], text: 'the contracts raised "grave doubts"', kind: 'claim', quoted: false },
        { speakers: [DUARTE], text: 'called for an audit of the tender', kind: 'claim', quoted: false },
      ],
    ],
    [
      'a participle of a reporting verb with an addressee and a quoted clause',
      '[Ana Duarte](person:ana-duarte) defended the timetable, telling lawmakers that "quality cannot be rushed".',
      [{ speakers: [DUARTE], text: 'quality cannot be rushed', kind: 'claim', quoted: true }],
    ],
    [
      'an outlet reports',
      '[The Northern Courier](organization:northern-courier) reported that [Duarte](person:ana-duarte|surname) met [Lin](person:bo-lin|surname) in May.',
      [
        {
          speakers: ['organization:northern-courier'],
          text: 'Duarte met Lin in May',
          kind: 'claim',
          quoted: false,
        },
      ],
    ],
    [
      'a group named by its acronym accuses',
      'Consumer group [FTA](organization:fta) accused the airline of hiding fees.',
      [
        {
          speakers: ['organization:fta'],
          text: 'accused the airline of hiding fees',
          kind: 'accusation',
          quoted: false,
        },
      ],
    ],
    [
      'a participle after a coordinator belongs to another clause',
      '[Ana Duarte](person:ana-duarte) held talks with [Lin](person:bo-lin|surname) on Monday, and a statement confirming the deal followed within hours.',
      [],
    ],
    [
      'a quote after a charge carries the charge on',
      '[Ana Duarte](person:ana-duarte) said the plant had ignored warnings. "They knew the pipe was leaking and kept the line running," [she](person:ana-duarte) said.',
      [
        { speakers: [DUARTE], text: 'the plant had ignored warnings', kind: 'accusation', quoted: false },
        {
          speakers: [DUARTE],
          text: 'They knew the pipe was leaking and kept the line running',
          kind: 'accusation',
          quoted: true,
        },
      ],
    ],
    [
      '"said so" points back; it reports nothing new',
      '[Ana Duarte](person:ana-duarte) said so in reply to the latest reports about the tender that the council had approved.',
      [],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf([sentence])).toEqual(expected);
  });
});

describe('findStatements: a report continued in the next sentence', () => {
  const GAZETTE = 'organization:harbour-gazette';
  const REPORT = 'The [Harbour Gazette](organization:harbour-gazette) says the mill broke safety rules.';

  it('joins "According to the paper, …" to the report it continues', () => {
    expect(
      statementsOf([
        `${REPORT} According to [the paper](organization:harbour-gazette|description), inspectors found three faults.`,
      ]),
    ).toEqual([
      {
        speakers: [GAZETTE],
        text: 'the mill broke safety rules. inspectors found three faults',
        kind: 'claim',
        quoted: false,
      },
    ]);
  });

  it('joins "it said …" to the report it continues', () => {
    expect(
      statementsOf([
        `${REPORT} [It](organization:harbour-gazette|pronoun) said inspectors had found three faults.`,
      ]).map(s => s.text),
    ).toEqual(['the mill broke safety rules. inspectors had found three faults']);
  });

  test.each<[string, string[]]>([
    [
      'the source named again',
      [`${REPORT} The [Harbour Gazette](organization:harbour-gazette) said inspectors found three faults.`],
    ],
    [
      "a person's pronoun: a further point",
      [
        '[Bo Lin](person:bo-lin) said the talks with the port were informal. [He](person:bo-lin|pronoun) said a deal on the cranes was near.',
      ],
    ],
    [
      '"also": a further point',
      [`${REPORT} [It](organization:harbour-gazette|pronoun) also said inspectors found three faults.`],
    ],
    [
      'another paragraph',
      [
        REPORT,
        'According to [the paper](organization:harbour-gazette|description), inspectors found three faults.',
      ],
    ],
    [
      'a denial is a new act',
      [`${REPORT} [It](organization:harbour-gazette|pronoun) denied that inspectors had been bribed.`],
    ],
    [
      'another source',
      [
        `${REPORT} According to [the ministry](organization:interior-ministry|description), inspectors found three faults.`,
      ],
    ],
  ])('keeps two statements when %s', (_name, paragraphs) => {
    expect(statementsOf(paragraphs)).toHaveLength(2);
  });
});

describe('findStatements: relative clauses after a neutral verb', () => {
  it('reads no reported clause in "told reporters after the vote, which took an hour"', () => {
    expect(
      statementsOf([
        '"We will appeal," [Lin](person:bo-lin|surname) told reporters after the vote, which took an hour.',
      ]),
    ).toEqual([{ speakers: [LIN], text: 'We will appeal', kind: 'claim', quoted: true }]);
  });

  it('still reads the clause around a relative clause: "said the plan, which cost millions, had failed"', () => {
    expect(
      statementsOf(['[Lin](person:bo-lin|surname) said the plan, which cost millions, had failed.']).map(
        s => s.text,
      ),
    ).toEqual(['the plan, which cost millions, had failed']);
  });
});

describe('findStatements: "described … as …"', () => {
  it('reads what the speaker calls something, the kind from those words', () => {
    expect(statementsOf(['[Lin](person:bo-lin|surname) described the talks as "frank but useful."'])).toEqual(
      [{ speakers: [LIN], text: 'described the talks as "frank but useful."', kind: 'claim', quoted: false }],
    );
    expect(
      statementsOf(['[Lin](person:bo-lin|surname) described the tender as a fraud.']).map(s => s.kind),
    ).toEqual(['accusation']);
  });

  test.each([
    [
      'the passive: the subject is the one described',
      '[Lin](person:bo-lin|surname) was described as a loner.',
    ],
    [
      'a relative clause whose pronoun is the object',
      'The plant, which [Lin](person:bo-lin|surname) had described as the best in the region, closed in May.',
    ],
    ['an account of events, not a judgement', '[Lin](person:bo-lin|surname) described how the water rose.'],
  ])('reads nothing from %s', (_name, sentence) => {
    expect(statementsOf([sentence])).toEqual([]);
  });
});

describe('findStatements: a negation aimed at another side is a grievance', () => {
  it('reads "nobody at X has …" about another organization as an accusation', () => {
    expect(
      statementsOf([
        '"Two men are hurt and nobody at [Acme](organization:acme) has called their families," [Lin](person:bo-lin|surname) said.',
      ]).map(s => s.kind),
    ).toEqual(['accusation']);
  });

  it('keeps it a denial when the speaker is that organization or holds a role in it', () => {
    expect(
      statementsOf([
        '"Nobody at [Acme](organization:acme) knew about the leak," [Acme](organization:acme) said.',
      ]).map(s => s.kind),
    ).toEqual(['denial']);
    const analysis = annotate([
      '"Nobody at [Acme](organization:acme) knew about the leak," [Lin](person:bo-lin|surname) said.',
    ]);
    analysis.entities
      .get(LIN)!
      .roles.push({ role: 'spokesman', organizationId: 'organization:acme', sentence: 0 });
    expect(findStatements(analysis, []).map(s => s.kind)).toEqual(['denial']);
  });

  it('reads what nobody will do, aimed at another organization, as an accusation and otherwise as a claim', () => {
    expect(
      statementsOf([
        '"[Acme](organization:acme) has been emptying the tanks at night and hoping nobody would notice," [Lin](person:bo-lin|surname) said.',
      ]).map(s => s.kind),
    ).toEqual(['accusation']);
    expect(
      statementsOf([
        '"I have a box of letters that nobody in this town will read," [Lin](person:bo-lin|surname) said.',
      ]).map(s => s.kind),
    ).toEqual(['claim']);
  });

  it('keeps a plain negation about a person a denial', () => {
    expect(
      statementsOf(['"Hale never met the buyers," [Lin](person:bo-lin|surname) said.']).map(s => s.kind),
    ).toEqual(['denial']);
  });
});

describe('findStatements: the kind of a naming keeps its punctuation', () => {
  it('reads "called the talks \'useful, but he is not the one who decides\'" as a claim, not a denial', () => {
    expect(
      statementsOf([
        '[Lin](person:bo-lin|surname) called the talks "useful, but he is not the one who decides."',
      ]).map(s => s.kind),
    ).toEqual(['claim']);
  });
});

describe('findStatements: a standfirst counts as a headline', () => {
  const statementsIn = (paragraphs: string[]) =>
    findStatements(annotate(paragraphs, { zones: { 0: 'title' } }), []).map(s => s.text);

  it('drops the standfirst\u2019s statement when the body gives that speaker\u2019s own', () => {
    expect(
      statementsIn([
        'Port chief denies yacht club dinner',
        'Letters suggest a private dinner took place. [Hale](person:mara-hale|surname) says the dinner never happened',
        '[Hale](person:mara-hale|surname) denied the report. "I have never dined with him," [she](person:mara-hale|pronoun) said.',
      ]),
    ).toEqual(['I have never dined with him']);
  });

  it('keeps a first paragraph that ends its sentence: it is the story', () => {
    expect(
      statementsIn([
        'Port chief denies yacht club dinner',
        'Letters suggest a private dinner took place. [Hale](person:mara-hale|surname) says the dinner never happened.',
        '[Hale](person:mara-hale|surname) said later that the berth fees would rise.',
      ]),
    ).toHaveLength(2);
  });
});

describe('findStatements: real-news report shapes', () => {
  test.each<[string, string, Expected[]]>([
    [
      '"…, Ms X said.": the honorific outside the name mention still closes the reported clause',
      'The ferry will run again in April, Ms [Duarte](person:ana-duarte|surname) said.',
      [{ speakers: [DUARTE], text: 'The ferry will run again in April', kind: 'claim' }],
    ],
    [
      '"said … but would not comment on …": a claim, then a refusal of the same subject',
      '[Lin](person:bo-lin|surname) said the yard "meets every rule" but would not comment on the sale of the cranes.',
      [
        { speakers: [LIN], text: 'the yard "meets every rule"', kind: 'claim' },
        { speakers: [LIN], text: 'would not comment on the sale of the cranes', kind: 'refusal' },
      ],
    ],
    [
      '"said … but did not explain …": an omission the reporter notes is no statement',
      '[Lin](person:bo-lin|surname) said the letters had been "taken out of context" but did not explain the meeting.',
      [{ speakers: [LIN], text: 'the letters had been "taken out of context"', kind: 'denial' }],
    ],
    [
      '"…, X said, though …": the concession after the attribution is the reporter\'s, not the words',
      'The ferry will run again in April, [Lin](person:bo-lin|surname) said, though the port has not confirmed a date.',
      [{ speakers: [LIN], text: 'The ferry will run again in April', kind: 'claim' }],
    ],
    [
      '"his call for X to resign": a demand noun owned by the speaker',
      'Also on Monday, [Lin](person:bo-lin|surname) renewed [his](person:bo-lin|pronoun) call for the harbour master to resign.',
      [{ speakers: [LIN], text: 'call for the harbour master to resign', kind: 'accusation' }],
    ],
    [
      '"added that …, adding …": a participle reports anew past nouns joined by "and" and quoted words',
      '[Lin](person:bo-lin|surname) added that "rivals" were feeding rumours to papers in Lisbon and Porto, adding the firm has never paid a bribe.',
      [
        {
          speakers: [LIN],
          text: '"rivals" were feeding rumours to papers in Lisbon and Porto',
          kind: 'claim',
        },
        { speakers: [LIN], text: 'the firm has never paid a bribe', kind: 'denial' },
      ],
    ],
    [
      '"little to suggest": a verb of saying after a quantity says that nobody says it',
      '[Lin](person:bo-lin|surname) kept his post and there was little to suggest that he would resign.',
      [],
    ],
    [
      'a closing attribution followed by an adjunct after a comma still closes the report',
      '[Bo Lin](person:bo-lin) rejects every count in the indictment, his counsel said on Monday, during a short hearing.',
      [{ speakers: [LIN], text: 'rejects every count in the indictment', kind: 'denial' }],
    ],
    [
      '"told reporters as he left": a circumstance after the addressee reports nothing',
      '"The depot is safe," [Lin](person:bo-lin|surname) told reporters as [he](person:bo-lin|pronoun) left court.',
      [{ speakers: [LIN], text: 'The depot is safe', kind: 'claim' }],
    ],
    [
      'a reporting relative clause inside a reported clause is a statement of its own',
      '[Lin](person:bo-lin|surname) said relations had soured under the former mayor, [Ana Duarte](person:ana-duarte), who repeatedly accused the port of hiding its accounts.',
      [
        { speakers: [LIN], text: 'relations had soured under the former mayor, Ana Duarte', kind: 'claim' },
        {
          speakers: [DUARTE],
          text: 'repeatedly accused the port of hiding its accounts',
          kind: 'accusation',
        },
      ],
    ],
    [
      '"and instead said": an adverb between the coordinator and the second verb',
      '[Lin](person:bo-lin|surname) refused to publicly endorse the mayor and instead said he would back the candidate with the best transport plan.',
      [
        { speakers: [LIN], text: 'refused to publicly endorse the mayor', kind: 'refusal' },
        { speakers: [LIN], text: 'he would back the candidate with the best transport plan', kind: 'claim' },
      ],
    ],
    [
      '"issued a statement saying": the participle after a written medium',
      '[Lin](person:bo-lin|surname) issued a statement saying the ferry would run all winter.',
      [{ speakers: [LIN], text: 'the ferry would run all winter', kind: 'claim' }],
    ],
    [
      'a report inside a subordinate clause stays in the words of the first',
      '[Ana Duarte](person:ana-duarte) said the mayor shouted at her when [she](person:ana-duarte|pronoun) suggested the depot was unsafe.',
      [
        {
          speakers: [DUARTE],
          text: 'the mayor shouted at her when she suggested the depot was unsafe',
          kind: 'claim',
        },
      ],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf([sentence]).map(({ quoted: _q, ...rest }) => rest)).toEqual(expected);
  });
});

describe('findStatements: quotations over paragraphs', () => {
  test('a paragraph of quotation opening with "But" goes on with the remark of the paragraph before', () => {
    expect(
      statementsOf([
        '"I would like to coach the harbour team one day," [Lin](person:bo-lin|surname) told the paper.',
        '"But that is years away, if it comes at all."',
      ]).map(s => s.text),
    ).toEqual(['I would like to coach the harbour team one day. But that is years away, if it comes at all']);
  });
});

describe('findStatements: broadcast transcripts', () => {
  const texts = (paragraphs: string[]) =>
    statementsOf(paragraphs).map(s => `${s.speakers.join()}: ${s.text}`);

  test('a label with a parenthetical ("NAME (clip):", "NAME (phone):") gives the guest the whole line', () => {
    expect(
      texts([
        'The ferry strike went into its third day. [Ana Duarte](person:ana-duarte) runs the harbour cafe.',
        'ANA DUARTE (clip): Nobody has crossed since Monday. The tourists have gone home.',
        'DUARTE (phone): We will reopen when the boats sail.',
      ]),
    ).toEqual([
      `${DUARTE}: Nobody has crossed since Monday. The tourists have gone home`,
      `${DUARTE}: We will reopen when the boats sail`,
    ]);
  });

  test('a short categorical denial inside a longer turn is its own denial; the rest stays one claim', () => {
    const said = statementsOf([
      '[Ana Duarte](person:ana-duarte) was held at the border overnight.',
      'DUARTE (phone): I stood by the gate with my passport open. They took my camera and kept it all night. I signed nothing at that post.',
      'DUARTE: I never met him. We spoke once on the phone about the boats, and that was in the spring.',
      'DUARTE (clip): The ferry men came to the quay and we talked for an hour. But talking does not mend any nets.',
    ]).map(s => `${s.kind}: ${s.text}`);
    expect(said).toEqual([
      'claim: I stood by the gate with my passport open. They took my camera and kept it all night',
      'denial: I signed nothing at that post',
      'denial: I never met him. We spoke once on the phone about the boats, and that was in the spring',
      'claim: The ferry men came to the quay and we talked for an hour. But talking does not mend any nets',
    ]);
  });

  test('the programme\'s own journalists ("PRESENTER (NAME):", "our reporter NAME") narrate, ask and hand over', () => {
    expect(
      texts([
        'PRESENTER ([BO LIN](person:bo-lin)): Good evening. The ferries are still tied up at Kelmor.',
        'Our reporter [Ana Duarte](person:ana-duarte) is at the quay. Ana, is anyone sailing?',
        'DUARTE: Bo, the harbour master, Ivo Brannock, has gone further than anyone.',
        'LIN: Thank you, Ana. The tide turns at six.',
      ]),
    ).toEqual([]);
  });

  test('a role label without a name is a journalist too; another capitalised line opener is no label', () => {
    expect(
      texts([
        '[Ana Duarte](person:ana-duarte) spoke to the board.',
        'ANCHOR: The depot will reopen in May.',
        'UPDATE (10:40): The depot will reopen in May.',
      ]),
    ).toEqual([]);
  });

  test('"Our health correspondent, NAME, reports." describes the journalist: no words of theirs', () => {
    expect(
      texts([
        'Our harbour correspondent, [Ana Duarte](person:ana-duarte), reports.',
        'The quay is empty tonight.',
      ]),
    ).toEqual([]);
  });
});

describe('findStatements: what the speaker does next', () => {
  test('"…," X says, and walks to the boat: the next act is no reported clause', () => {
    expect(
      statementsOf([
        '"The ferry will sail at noon," [Ana Duarte](person:ana-duarte) says, and walks to the quay.',
        '[Lin](person:bo-lin|surname) said and left the room.',
      ]).map(s => s.text),
    ).toEqual(['The ferry will sail at noon']);
  });

  test('trap: "said, and added that …" still reports', () => {
    expect(
      statementsOf([
        '[Lin](person:bo-lin|surname) said the ferry was late and added that the crew was tired.',
      ]).map(s => s.text),
    ).not.toEqual([]);
  });
});

describe('findStatements: sources that name themselves late', () => {
  test('"…," declared the spokeswoman of X, NAME, at the briefing: the named spokesperson speaks', () => {
    expect(
      statementsOf([
        '"The ferry crews acted within the rules," declared the spokeswoman of the [Harbour Board](organization:harbour-board), [Mira Toft](person:mira-toft), at the weekly briefing.',
      ]).map(s => s.speakers),
    ).toEqual([['person:mira-toft']]);
  });

  test('trap: "…," said the spokeswoman of X at the briefing: the organization speaks', () => {
    expect(
      statementsOf([
        '"The ferry crews acted within the rules," said a spokeswoman for the [Harbour Board](organization:harbour-board) at the weekly briefing.',
      ]).map(s => s.speakers),
    ).toEqual([['organization:harbour-board']]);
  });

  test('a bare stance ("has rejected the accusations", "declined to comment") is cited with its subject', () => {
    expect(
      statementsOf([
        'The [Harbour Board](organization:harbour-board) has rejected the accusations.',
        '[Ana Duarte](person:ana-duarte) denied that the crews had touched the engines.',
      ]).map(s => s.text),
    ).toEqual([
      'Harbour Board has rejected the accusations',
      'denied that the crews had touched the engines',
    ]);
  });

  test('"According to a statement released by X after the talks, …" credits X', () => {
    expect(
      statementsOf([
        'According to a statement released by the [Harbour Board](organization:harbour-board) after the talks, the crews were offered a six-month pause.',
      ]).map(s => `${s.speakers.join()}: ${s.text}`),
    ).toEqual(['organization:harbour-board: the crews were offered a six-month pause']);
  });

  test('trap: "According to a statement released by X, who …" keeps only a source that closes its phrase', () => {
    expect(
      statementsOf([
        'According to a statement released by the [Harbour Board](organization:harbour-board) after [Lin](person:bo-lin|surname) resigned, the crews were offered a pause.',
      ]).map(s => s.speakers.join()),
    ).not.toContain('person:bo-lin');
  });
});

describe('findStatements: documents and officialese', () => {
  test('"X\'s audit, seen by the paper, also says that …": the author of the document speaks', () => {
    expect(
      statementsOf([
        "[Rosa Quillane](person:rosa-quillane)'s audit, seen by the [Kelmor Courier](organization:kelmor-courier), also says that the board paid twice for the dredging.",
      ]).map(s => `${s.speakers.join()}: ${s.text}`),
    ).toEqual(['person:rosa-quillane: the board paid twice for the dredging']);
  });

  test('trap: an unowned "the audit says" names nobody', () => {
    expect(statementsOf(['The audit also says that the board paid twice for the dredging.'])).toEqual([]);
  });

  test('"As the ministry informs, …": the clause after the comma is the source\'s', () => {
    expect(
      statementsOf([
        'As the [Harbour Board](organization:harbour-board) informs, the slipways were closed for safety reasons.',
      ]).map(s => `${s.speakers.join()}: ${s.text}`),
    ).toEqual(['organization:harbour-board: the slipways were closed for safety reasons']);
  });

  test('trap: "informed the crews of the closure" reports no clause', () => {
    expect(
      statementsOf(['The [Harbour Board](organization:harbour-board) informed the crews of the closure.']),
    ).toEqual([]);
  });
});

describe('findStatements: the medium of the saying', () => {
  test('"…," X said in a statement issued after the talks: the medium is no reported clause', () => {
    expect(
      statementsOf([
        '"We have made a fair offer," [Lin](person:bo-lin|surname) said in a statement released by his lawyer.',
      ]).map(s => s.text),
    ).toEqual(['We have made a fair offer']);
  });

  test('trap: "said in a statement it was not true …" reports the clause that follows the medium', () => {
    expect(
      statementsOf([
        '[Lin](person:bo-lin|surname) said in a statement it was not true that the board had approved the payment.',
      ]).map(s => s.kind),
    ).toEqual(['denial']);
  });

  test('trap: "said in a statement that …" reports the clause', () => {
    expect(
      statementsOf(['[Lin](person:bo-lin|surname) said in a statement that the offer was late.']).map(
        s => s.text,
      ),
    ).toEqual(['the offer was late']);
  });
});

describe('findStatements: a press release reproduced in full', () => {
  const release = (end: string) => [
    'The [Kelmor Ferry Guild](organization:kelmor-ferry-guild) issued the following statement after the talks.',
    'We note that the harbour board has still given no date for the new slipways.',
    end,
    'The board is expected to reply on Monday.',
  ];

  test('"we" reporting inside the release is the issuer', () => {
    expect(statementsOf(release('ENDS')).map(s => `${s.speakers.join()}: ${s.text}`)).toEqual([
      'organization:kelmor-ferry-guild: the harbour board has still given no date for the new slipways',
    ]);
  });

  test('trap: without an end mark nobody can tell where the release stops', () => {
    expect(statementsOf(release('The talks resume on Monday.'))).toEqual([]);
  });

  test('the release speaking without a reporting verb is the issuer; narration and courtesies are not read', () => {
    const paragraphs = [
      'The [Ostry Millers Union](organization:ostry-millers-union) released this statement on Friday. We print it unedited.',
      'Today our delegates sat for six hours with the mill owners. We offered a four-day week. [Brannock Mills](organization:brannock-mills) offered a pay freeze.',
      'Our members thank the town for its support.',
      '-ends-',
    ];
    expect(statementsOf(paragraphs).map(s => `${s.speakers.join()}: ${s.text}`)).toEqual([
      'organization:ostry-millers-union: We offered a four-day week. Brannock Mills offered a pay freeze',
    ]);
  });
});

describe('findStatements: a predicate coordinated after a parenthetical attribution', () => {
  test('"The panel has "heard enough", she says, and will rule in May": two points of one speaker', () => {
    expect(
      statementsOf([
        'The panel has "heard enough for one day", [she](person:ana-duarte|pronoun) says, and will rule "in May, not before".',
      ]).map(s => s.text),
    ).toEqual(['The panel has "heard enough for one day"', 'will rule "in May, not before"']);
  });

  test('trap: "The ferry, she says, and the depot will close" coordinates nouns, not predicates', () => {
    expect(
      statementsOf([
        'The ferry, [she](person:ana-duarte|pronoun) says, and the depot will both close in May.',
      ]).length,
    ).toBeLessThan(2);
  });
});
