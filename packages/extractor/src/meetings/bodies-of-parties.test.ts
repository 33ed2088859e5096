// A body named beside a person who holds a post in it is that person's affiliation, not a party of its own.
import { meetingLines } from './testing/meeting-lines';

const page = (body: string) => `Rail talks\n\n${body}\n`;

describe('withoutBodiesOfTheirPeople: the people of a body stand for it among the parties', () => {
  test('"met <body> and its chief executive, X" -> the people only', () => {
    expect(
      meetingLines([
        {
          text: page(
            'Transport Minister Ilse Varga met Harlow Rail and its chief executive, Bo Lindahl, on Monday.',
          ),
        },
      ]),
    ).toEqual(['Bo Lindahl+Ilse Varga reported']);
    expect(
      meetingLines([
        {
          text: page(
            'Mayor Tove Rask met Dunmore Water and its chairman, Per Aske, at the town hall on Friday.',
          ),
        },
      ]),
    ).toEqual(['Per Aske+Tove Rask reported']);
  });

  test('traps: a body none of whose people is a party stays a party; a lone person keeps her body', () => {
    expect(
      meetingLines([{ text: page('Transport Minister Ilse Varga held talks with Harlow Rail on Monday.') }]),
    ).toEqual(['Harlow Rail+Ilse Varga reported']);
    expect(
      meetingLines([
        {
          text: page(
            'Harlow Rail chief executive Bo Lindahl met the Rail Workers Union on Monday. Union leader Kai Brun was away.',
          ),
        },
      ]),
    ).toEqual(['Bo Lindahl+Rail Workers Union reported']);
  });
});
