// Hearings as meetings: the one heard sat before the people hearing her. A panel, commission or committee stands for
// the chair the article names ("the panel, which is chaired by X", "X, the panel's chair", "X's commission", "the
// commission of X"); a companion who comes along ("arrived … with his lawyer, Y, and was questioned") was there too.
import { extractDocument } from '../extract-document';
import { meetingLines } from './testing/meeting-lines';

function meetingsOf(text: string, publishedAt = '2021-05-10'): string[] {
  return meetingLines([{ text, publishedAt }], { withDate: true });
}

describe('hearings (hearing-before, time-before, interviewed-at-by)', () => {
  test('"gave evidence to X\'s commission", "the commission of X": the owner of the body', () => {
    expect(meetingsOf("Lotte Hamsun gave evidence to Olga Brandt's commission on Thursday.")).toEqual([
      'Lotte Hamsun+Olga Brandt reported 2021-05-06',
    ]);
    expect(
      meetingsOf(
        'Sanne Vik gave testimony to the commission of Tomas Ekberg behind closed doors on Thursday.',
      ),
    ).toEqual(['Sanne Vik+Tomas Ekberg reported 2021-05-06']);
  });

  test('"testified / appeared before" a body whose chair the article names', () => {
    expect(
      meetingsOf('Ruth Olsen appeared before the committee chaired by Axel Nyberg on Thursday.'),
    ).toEqual(['Axel Nyberg+Ruth Olsen reported 2021-05-06']);
    expect(
      meetingsOf('Carl Wendt testified before the panel on Tuesday. The panel is chaired by Hugo Lind.'),
    ).toEqual(['Carl Wendt+Hugo Lind reported 2021-05-04']);
  });

  test('"spent five hours before" the body: the span is the hearing, dated by its own clause', () => {
    expect(
      meetingsOf(
        "Ola Berg spent five hours before his union's disciplinary panel on Tuesday. The panel is chaired by the retired judge Tarja Lund.",
      ),
    ).toEqual(['Ola Berg+Tarja Lund reported 2021-05-04']);
  });

  test('"questioned behind closed doors by the panel, which is chaired by X", with a companion who came along', () => {
    expect(
      meetingsOf(
        "Emil Fors arrived at the rowing union's offices with his lawyer, Ines Varga, and was questioned behind closed doors by the five-member panel, which is chaired by the retired judge Anton Bex.",
      ).map(m => m.split(' reported')[0]),
    ).toEqual(['Anton Bex+Emil Fors+Ines Varga']);
  });

  test('the chair named in an apposition anywhere in the article: "the chairwoman of the panel, the judge X"', () => {
    expect(
      meetingsOf(
        'Jonas Rieck testified before the ethics panel on Tuesday. The ruling is due next month, said the chairwoman of the panel, the former judge Olga Brandt.',
      ),
    ).toEqual(['Jonas Rieck+Olga Brandt reported 2021-05-04']);
    // trap: a chair of another body
    expect(
      meetingsOf(
        'Jonas Rieck testified before the ethics panel on Tuesday. The ruling is due next month, said the chairwoman of the league, Olga Brandt.',
      ),
    ).toEqual([]);
  });

  test("the place of the arrival the clause chain tells, past the companion's apposition", () => {
    const text =
      "Emil Fors arrived at the Rowing Union's headquarters in Dunmere with his lawyer, Ines Varga, and was questioned behind closed doors by Anton Bex.";
    const document = extractDocument([{ path: 'a.txt', text, publishedAt: '2021-05-10' }]);
    const places = document.nodes.filter(n => n.labels.includes('Meeting')).map(m => m.properties.place);
    expect(places).toEqual(["the Rowing Union's headquarters in Dunmere"]);
  });

  test('traps: no person heard by, a clause of time, a companion that is no person, a body with no chair named', () => {
    expect(meetingsOf('Petra Lind appeared before the cameras on Thursday.')).toEqual([]);
    expect(meetingsOf('Mia Sand testified to the strength of the bridge on Thursday.')).toEqual([]);
    expect(meetingsOf('Dirk Maas spent an hour before Ivo Rask arrived on Monday.')).toEqual([]);
    expect(meetingsOf('Kurt Bay gave evidence to the inquiry panel on Monday.')).toEqual([]);
    expect(
      meetingsOf(
        'Carl Wendt arrived at the offices with a folder of papers, and was questioned by Hugo Lind on Monday.',
      ),
    ).toEqual(['Carl Wendt+Hugo Lind reported 2021-05-10']);
  });
});
