// A meeting told without its town takes it from the journey the next sentence narrates, or from a photo caption
// that shows its parties; invented articles only (a headline line, then the story).
import { extractedMeetings } from './testing/extracted-meetings';

function placesOf(story: string): string[] {
  return extractedMeetings(`Talks in the north\n\n${story}`).map(m => `${m.parties} @ ${m.place}`);
}

describe('place of a meeting from the sentence beside it', () => {
  test('a journey told just before: "X arrived in W on Monday. She met Y at the palace."', () => {
    expect(
      placesOf('Maria Keller arrived in Velmora on Monday. She met Peter Walsh at the presidential palace.'),
    ).toEqual(['Maria Keller + Peter Walsh @ the presidential palace in Velmora']);
    expect(
      placesOf('Maria Keller flew to Velmora on Sunday. On Monday she met Peter Walsh, the prime minister.'),
    ).toEqual(['Maria Keller + Peter Walsh @ Velmora']);
  });

  test('a journey told just after, as what had happened before: "X had arrived in W on Sunday."', () => {
    expect(
      placesOf('Maria Keller met Peter Walsh on Monday. Keller had arrived in Velmora on Sunday.'),
    ).toEqual(['Maria Keller + Peter Walsh @ Velmora']);
  });

  test('trap: a journey still to come, or made by someone else, places nothing', () => {
    expect(placesOf('Maria Keller met Peter Walsh on Monday. She will fly to Velmora on Friday.')).toEqual([
      'Maria Keller + Peter Walsh @ null',
    ]);
    expect(
      placesOf('John Harris arrived in Velmora on Monday. Maria Keller met Peter Walsh on Tuesday.'),
    ).toEqual(['Maria Keller + Peter Walsh @ null']);
    expect(placesOf('Maria Keller met Peter Walsh on Monday. She flew to Velmora on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh @ null',
    ]);
  });

  test('a named town keeps the place the meeting sentence gives', () => {
    expect(placesOf('Maria Keller arrived in Velmora on Monday. She met Peter Walsh in Tarsk.')).toEqual([
      'Maria Keller + Peter Walsh @ Tarsk',
    ]);
  });
});

describe('place of a meeting from a photo caption', () => {
  test('"X (left) and Y at the Z in W": the caption shows the parties of the meeting the story tells', () => {
    expect(
      placesOf(
        'Maria Keller met Peter Walsh on Tuesday to discuss the harbour.\n\n' +
          'Maria Keller (left) and Peter Walsh at the Grand Palace Hotel in Velmora on Tuesday.',
      ),
    ).toEqual(['Maria Keller + Peter Walsh @ the Grand Palace Hotel in Velmora']);
  });

  test('trap: a caption showing someone else with one party places nothing', () => {
    expect(
      placesOf(
        'Maria Keller met Peter Walsh on Tuesday to discuss the harbour.\n\n' +
          'Maria Keller (left) and John Harris at the Grand Palace Hotel in Velmora.',
      ),
    ).toEqual(['Maria Keller + Peter Walsh @ null']);
  });
});

describe('a caption above the story that refers to its one meeting', () => {
  const story = 'Maria Keller held two hours of talks with Peter Walsh on Monday.';

  test('"The talks took place in W" under a photo, before the story tells them', () => {
    expect(placesOf(`Photo: The talks took place in rebel-held areas.\n\n${story}`)).toEqual([
      'Maria Keller + Peter Walsh @ rebel-held areas',
    ]);
  });

  test('trap: with two encounters told, the caption says not which', () => {
    expect(
      placesOf(
        `Photo: The talks took place in rebel-held areas.\n\n${story} John Harris met Peter Walsh on Tuesday.`,
      ),
    ).toEqual(['John Harris + Peter Walsh @ null', 'Maria Keller + Peter Walsh @ null']);
  });
});

describe('towns and stretches of land as places', () => {
  test('"the talks took place in rebel-held areas": a stretch of land, its hyphen kept', () => {
    expect(
      placesOf('Maria Keller met Peter Walsh on Monday. The talks took place in rebel-held areas.'),
    ).toEqual(['Maria Keller + Peter Walsh @ rebel-held areas']);
  });

  test('"flew to the mountain capital, Tarsk, for talks": the name says which town', () => {
    expect(placesOf('Maria Keller flew to the mountain capital, Tarsk, for talks with Peter Walsh.')).toEqual(
      ['Maria Keller + Peter Walsh @ Tarsk'],
    );
  });

  test('trap: "the area of trade" is a subject, not a place', () => {
    expect(placesOf('Maria Keller met Peter Walsh on Monday in the area of trade.')).toEqual([
      'Maria Keller + Peter Walsh @ null',
    ]);
  });
});

describe('the dateline town of a meeting of the days of filing', () => {
  const wire = (story: string) =>
    extractedMeetings(`Talks in the north\n\nVELMORA (Northern Wire) — ${story}`, '2022-03-09').map(
      m => `${m.parties} @ ${m.place}`,
    );

  test('"VELMORA — X met Y on Tuesday at the town hall": the town hall in Velmora', () => {
    expect(wire('Maria Keller met Peter Walsh on Tuesday at the town hall to discuss the harbour.')).toEqual([
      'Maria Keller + Peter Walsh @ the town hall in Velmora',
    ]);
  });

  test('trap: a town of its own, or a meeting of another year, keeps off the dateline', () => {
    expect(wire('Maria Keller met Peter Walsh in Tarsk on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh @ Tarsk',
    ]);
    expect(wire('Maria Keller said on Tuesday she had met Peter Walsh last year.')).toEqual([
      'Maria Keller + Peter Walsh @ null',
    ]);
  });
});

describe("a party's journey told in the meeting's own sentence", () => {
  test('"X visited W on Tuesday and met Y at the palace"; "X, who flew to W, met Y at the palace"', () => {
    expect(placesOf('Maria Keller visited Velmora on Tuesday and met Peter Walsh at the palace.')).toEqual([
      'Maria Keller + Peter Walsh @ the palace in Velmora',
    ]);
    expect(placesOf('Maria Keller, who flew to Velmora on Tuesday, met Peter Walsh at the palace.')).toEqual([
      'Maria Keller + Peter Walsh @ the palace in Velmora',
    ]);
  });

  test('trap: a journey after the meeting, or by someone else, places nothing', () => {
    expect(placesOf('Maria Keller met Peter Walsh at the palace and flew to Tarsk on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh @ the palace',
    ]);
    expect(
      placesOf('John Harris visited Velmora on Tuesday and Maria Keller met Peter Walsh at the palace.'),
    ).toEqual(['Maria Keller + Peter Walsh @ the palace']);
  });
});
