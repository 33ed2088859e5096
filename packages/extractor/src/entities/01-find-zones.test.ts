import { findZones, isHeadingLike } from './01-find-zones';

const zonesOf = (text: string): [string, string][] => findZones(text).map(l => [l.zone, l.text]);

describe('findZones', () => {
  it('finds the headline, byline, date line, body, captions and navigation of a news page', () => {
    const page = [
      'Skip to content',
      'World news',
      'Storm closes ports across the coast',
      'Read more',
      'Budget passes after late-night vote',
      'By Tomas Weller, Example News',
      'Updated 0900 GMT March 3, 2021',
      '(Photo by Rui Costa/Example Images)',
      'Finance Minister Ana Duarte after the vote. Rui Costa / EPA',
      'Brazilian Finance Minister Ana Duarte said the budget would pass.',
      'Three things to know',
      'The minister said talks with the Senate would begin next week, after a long debate.',
      'duarte_vote_0042.jpg',
      '#POLITICS',
      '• Brazil',
    ].join('\n');
    expect(zonesOf(page)).toEqual([
      ['boilerplate', 'Skip to content'],
      ['boilerplate', 'World news'],
      ['boilerplate', 'Storm closes ports across the coast'],
      ['boilerplate', 'Read more'],
      ['title', 'Budget passes after late-night vote'],
      ['boilerplate', 'By Tomas Weller, Example News'],
      ['boilerplate', 'Updated 0900 GMT March 3, 2021'],
      ['caption', '(Photo by Rui Costa/Example Images)'],
      ['caption', 'Finance Minister Ana Duarte after the vote. Rui Costa / EPA'],
      ['body', 'Brazilian Finance Minister Ana Duarte said the budget would pass.'],
      ['boilerplate', 'Three things to know'],
      ['body', 'The minister said talks with the Senate would begin next week, after a long debate.'],
      ['caption', 'duarte_vote_0042.jpg'],
      ['boilerplate', '#POLITICS'],
      ['boilerplate', '• Brazil'],
    ]);
  });

  it('marks a carousel repeated on the page as boilerplate, both times', () => {
    const page =
      'Duarte: the budget is fair\nOrtiz on the vote\nDuarte: the budget is fair\nOrtiz on the vote\nAna Duarte said the budget was fair.';
    expect(zonesOf(page).map(([zone]) => zone)).toEqual([
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'body',
    ]);
  });

  it('keeps offsets into the text, trimmed of surrounding whitespace', () => {
    const text = '  Headline here  \r\n\r\n   Ana Duarte resigned on Monday.   ';
    for (const line of findZones(text)) expect(text.slice(line.start, line.end)).toBe(line.text);
    expect(findZones(text).map(l => l.text)).toEqual(['Headline here', 'Ana Duarte resigned on Monday.']);
  });

  it.each([
    ['Budget passes after vote', true],
    ["'Total disaster'", true],
    ['Ana Duarte resigned.', false],
    ['Who is Ana Duarte?', false],
    ['"It is over," she said.', false],
  ])('isHeadingLike(%j) is %s', (line, expected) => {
    expect(isHeadingLike(line)).toBe(expected);
  });

  it('keeps the story\'s last paragraph above a "Read more" link as body; a link headline there is boilerplate', () => {
    const page = [
      'Ferry operator cuts winter sailings',
      'The operator said the island route would run twice a day from November.',
      'The council declined to comment on the timetable. Its transport committee meets next week.',
      'Read more',
      'Harbour fees to rise in spring',
      'Read more',
    ].join('\n\n');
    expect(zonesOf(page).map(([zone]) => zone)).toEqual([
      'title',
      'body',
      'body',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ]);
  });
});
