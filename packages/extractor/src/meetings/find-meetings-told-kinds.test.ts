// More ways news tells a meeting (invented articles only, through the whole pipeline): each kind with a trap.
import { extractedMeetings } from './testing/extracted-meetings';

function linesOf(story: string): string[] {
  return extractedMeetings(`Talks in the north\n\n${story}`)
    .map(m => `${m.parties} ${m.date}`)
    .sort();
}

describe('"the two", "both men" after a meeting told as planned or denied', () => {
  test('"X is to meet Y on Friday. The two met last month": the pair told last, whatever its status', () => {
    expect(
      linesOf('Maria Keller is scheduled to meet Peter Walsh on Friday. The two met last month in Velmora.'),
    ).toEqual(['Maria Keller + Peter Walsh 2022-02', 'Maria Keller + Peter Walsh 2022-03-11']);
  });

  test('trap: "the two" with no pair told before names no one', () => {
    expect(
      linesOf('Maria Keller spoke to Peter Walsh by phone on Friday. The two met last month in Velmora.'),
    ).toEqual([]);
  });
});

describe('a participle clause set off after a name', () => {
  test('"X, meeting Y in W on Tuesday, said": reported, dated and placed', () => {
    expect(
      linesOf('Maria Keller, meeting Peter Walsh in Velmora on Tuesday, said the port would stay open.'),
    ).toEqual(['Maria Keller + Peter Walsh 2022-03-08']);
  });

  test('the participle takes the time of its clause: "X, meeting with Y on Friday, will ask" is a plan', () => {
    const facts = extractedMeetings(
      'Talks in the north\n\nMaria Keller, meeting with Peter Walsh on Friday, will ask for more money.',
    );
    expect(facts.map(f => `${f.parties} ${f.status}`)).toEqual(['Maria Keller + Peter Walsh planned']);
    const fronted = extractedMeetings(
      'Talks\n\nAfter meeting Peter Walsh on Friday, Maria Keller will fly home.',
    );
    expect(fronted.map(f => `${f.parties} ${f.status}`)).toEqual(['Maria Keller + Peter Walsh planned']);
  });

  test('trap: "X, meeting the deadline, said" and "X, meeting with reporters, said" tell no meeting', () => {
    expect(linesOf('Maria Keller, meeting the deadline on Tuesday, said the port would stay open.')).toEqual(
      [],
    );
    expect(
      linesOf('Maria Keller, meeting with reporters on Tuesday, said the port would stay open.'),
    ).toEqual([]);
  });
});

describe('company kept on a tour, a reception told in the passive', () => {
  test('"toured a shipyard on Tuesday alongside Y": alongside keeps company as "with" does', () => {
    expect(linesOf('Maria Keller toured a shipyard in Velmora on Tuesday alongside Peter Walsh.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
  });

  test('trap: touring alongside reporters, working alongside someone', () => {
    expect(linesOf('Maria Keller toured a shipyard in Velmora on Tuesday alongside reporters.')).toEqual([]);
    expect(linesOf('Maria Keller worked alongside Peter Walsh for years.')).toEqual([]);
  });

  test('"X was greeted by Y at the airport": the one received and the one receiving met', () => {
    expect(linesOf('Maria Keller was greeted by Peter Walsh at the airport on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
    expect(linesOf('The plan was welcomed by Peter Walsh on Tuesday.')).toEqual([]);
  });
});

describe('the place of a tour', () => {
  test('what was toured is where the company was kept: "toured the new shipyard with Y"', () => {
    const facts = extractedMeetings(
      'Talks\n\nMaria Keller toured the new shipyard with Peter Walsh on Monday.',
    );
    expect(facts.map(f => f.place)).toEqual(['the new shipyard']);
    const placed = extractedMeetings(
      'Talks\n\nMaria Keller toured a shipyard in Velmora alongside Peter Walsh.',
    );
    expect(placed.map(f => f.place)).toEqual(['a shipyard in Velmora']);
  });
});

describe('a journey for talks with a broken subject or an odd destination name', () => {
  const placed = (story: string) =>
    extractedMeetings(`Envoy\n\n${story}`).map(m => `${m.parties} @ ${m.place}`);

  test('"Mr X envoy flew to W for talks with Y": a role noun glued to the name leaves the name as subject', () => {
    expect(
      placed('Earlier, Mr Walsh envoy flew to the mountain capital, Tarsk, for talks with Maria Keller.'),
    ).toEqual(['Maria Keller + Walsh @ Tarsk']);
  });

  test('a destination name compromise reads as an expression ("Oh") is still the destination', () => {
    expect(
      placed('Peter Walsh flew to the mountain capital, Oh Tarra, for talks with Maria Keller.'),
    ).toEqual(['Maria Keller + Peter Walsh @ Oh Tarra']);
  });

  test("trap: a name's envoy, in the possessive, is not the name", () => {
    expect(placed("Peter Walsh's envoy flew to Tarsk for talks with Maria Keller.")).toEqual([]);
  });
});

describe('a time told by another event', () => {
  test('"met Y the day before the vote": no month of publication is inferred', () => {
    expect(linesOf('Maria Keller met Peter Walsh the day before the vote.')).toEqual([
      'Maria Keller + Peter Walsh null',
    ]);
    expect(linesOf('Maria Keller met Peter Walsh hours after the election.')).toEqual([
      'Maria Keller + Peter Walsh null',
    ]);
  });

  test('trap: a time of the meeting itself still dates it ("three days ago", "earlier this month")', () => {
    expect(linesOf('Maria Keller met Peter Walsh three days ago.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
    expect(linesOf('Maria Keller met Peter Walsh earlier this month, before the vote.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03',
    ]);
  });
});

describe('a plan the article then tells as done', () => {
  const rows = (story: string) =>
    extractedMeetings(`Talks\n\n${story}`)
      .map(m => `${m.parties} ${m.status} ${m.date} @ ${m.place}`)
      .sort();

  test('"was expected to meet Y in W on Tuesday. … met Y at the palace": one meeting, dated and placed', () => {
    expect(
      rows(
        'Maria Keller was expected to meet Peter Walsh in Velmora on Tuesday. ' +
          'Keller met Walsh for two hours at the palace, officials said.',
      ),
    ).toEqual(['Maria Keller + Peter Walsh reported 2022-03-08 @ the palace in Velmora']);
  });

  test('trap: a plan still ahead stays a plan beside the meeting told as done', () => {
    expect(
      rows(
        'Maria Keller will meet Peter Walsh in Velmora on Tuesday. Keller met Walsh at the palace last year.',
      ),
    ).toEqual([
      'Maria Keller + Peter Walsh planned 2022-03-15 @ Velmora',
      'Maria Keller + Peter Walsh reported 2021 @ the palace',
    ]);
  });
});

describe('a party introduced by a role description and named later', () => {
  test('"A senior minister met Y … The minister, X, said": the one person given that role after it', () => {
    expect(
      linesOf(
        'A senior minister met Peter Walsh on Tuesday in Velmora. The minister, Maria Keller, said the talks went well.',
      ),
    ).toEqual(['Maria Keller + Peter Walsh 2022-03-08']);
  });

  test('trap: "a minister" after a minister was named is someone else', () => {
    expect(
      linesOf(
        'Maria Keller, the foreign minister, spoke on Monday. A minister met Peter Walsh on Tuesday in Velmora.',
      ),
    ).toEqual([]);
  });

  test('trap: two people given the role later leave it open', () => {
    expect(
      linesOf(
        'A minister met Peter Walsh on Tuesday. Trade Minister Maria Keller and Finance Minister John Harris spoke later.',
      ),
    ).toEqual([]);
  });
});

describe('a conversation held somewhere', () => {
  test('"talked with Y at the embassy", "spoke with Y on the sidelines of the summit": they met there', () => {
    expect(linesOf('Maria Keller talked with Peter Walsh at the embassy on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
    expect(
      linesOf('Maria Keller spoke with Peter Walsh on the sidelines of the summit in Velmora on Tuesday.'),
    ).toEqual(['Maria Keller + Peter Walsh 2022-03-08']);
  });

  test('trap: by phone, at length, or with reporters is no meeting', () => {
    expect(linesOf('Maria Keller spoke with Peter Walsh by phone on Tuesday.')).toEqual([]);
    expect(linesOf('Maria Keller spoke with Peter Walsh at length on Tuesday.')).toEqual([]);
    expect(linesOf('Maria Keller spoke with reporters at the embassy on Tuesday.')).toEqual([]);
  });
});

describe('receptions and banquets are meals shared', () => {
  test('"hosted a reception for Y", "attended a banquet with Y"', () => {
    expect(linesOf('Maria Keller hosted a reception for Peter Walsh at the embassy on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
    expect(linesOf('Maria Keller attended a banquet with Peter Walsh in Velmora on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
  });

  test('trap: a reception for charity, a warm reception with investors', () => {
    expect(linesOf('Maria Keller held a reception for charity at the embassy on Tuesday.')).toEqual([]);
    expect(linesOf('The plan received a warm reception with investors on Tuesday.')).toEqual([]);
  });
});

describe('a handshake told by the hand shaken', () => {
  test('"shook Y\'s hand": a greeting in person', () => {
    expect(linesOf("Maria Keller shook Peter Walsh's hand at the start of the summit on Tuesday.")).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
  });

  test("trap: shaking someone's confidence, or shaking one's head at them", () => {
    expect(linesOf("Maria Keller shook Peter Walsh's confidence on Tuesday.")).toEqual([]);
    expect(linesOf('Maria Keller shook her head at Peter Walsh on Tuesday.')).toEqual([]);
    expect(linesOf('The news shook Peter Walsh on Tuesday.')).toEqual([]);
  });
});
