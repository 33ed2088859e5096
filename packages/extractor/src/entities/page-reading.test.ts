// The page-reading table: one row per shape a real page dump takes (navigation, captions, bylines, update lines,
// datelines, a crawler's date line, hard wrapping, cut-off ends …), each an invented page of our own, with the
// title, publication date, outlet and the first words of the body a reader would take from it.
import { analyzeArticle } from './analyze-article';

interface PageRow {
  shape: string;
  page: string[];
  title: string;
  date: string | null;
  outlet: string | null;
  bodyStart: string;
}

const PAGE_READING: PageRow[] = [
  {
    shape: 'navigation list and glued skip links above the headline',
    page: [
      'Skip to main menuSkip to searchSkip to content | Cookie settings | Accessibility help',
      'Home',
      'World',
      'Business',
      'Harbour board approves dredging plan',
      'The board voted five to two on Tuesday to dredge the outer channel.',
    ],
    title: 'Harbour board approves dredging plan',
    date: null,
    outlet: null,
    bodyStart: 'The board voted five to two',
  },
  {
    shape: 'photo label, credit and caption before an update line',
    page: [
      'Image: Duarte',
      'Rui Costa  /  AP',
      'Mayor Ana Duarte speaks to reporters after the vote on Monday.',
      'updated 3/14/2022 10:05:00 PM ET 2022-03-15T02:05:00',
      '',
      'Mayor Ana Duarte met the transport minister on Monday to discuss the tram line.',
    ],
    title: 'Mayor Ana Duarte met the transport minister on Monday to discuss the tram line.',
    date: '2022-03-14',
    outlet: 'Associated Press',
    bodyStart: 'Mayor Ana Duarte met the transport minister',
  },
  {
    shape: 'byline naming the outlet, "Updated" line with two time zones',
    page: [
      'Ferry crews end strike after nine days',
      'By Tomas Weller and Lena Ortiz, CNN',
      'Updated 1559 GMT (2359 HKT) March 3, 2021',
      'Ferry crews returned to work on Wednesday after the operator raised its offer.',
    ],
    title: 'Ferry crews end strike after nine days',
    date: '2021-03-03',
    outlet: 'CNN',
    bodyStart: 'Ferry crews returned to work',
  },
  {
    shape: 'wire dateline with a day and the agency in slashes',
    page: ['BRENNA, May 4. /TASS/. The port authority said on Sunday that the new quay would open in June.'],
    title: 'BRENNA, May 4. /TASS/. The port authority said on Sunday that the new quay would open in June.',
    date: null,
    outlet: 'TASS',
    bodyStart: 'BRENNA, May 4.',
  },
  {
    shape: 'wire dateline with a comma before the agency in brackets',
    page: [
      'Quay opens late',
      '',
      'OSTRAVIK, Aug 9, (Reuters) - The quay opened two months late on Saturday.',
    ],
    title: 'Quay opens late',
    date: null,
    outlet: 'Reuters',
    bodyStart: 'OSTRAVIK, Aug 9, (Reuters) - The quay',
  },
  {
    shape: "a crawler's date line glued in front of the first paragraph",
    page: [
      ' date 2019-04-02 KELSPORT – The council has rejected a plan to close the ferry office, its leader said.',
    ],
    title: 'KELSPORT – The council has rejected a plan to close the ferry office, its leader said.',
    date: '2019-04-02',
    outlet: null,
    bodyStart: 'KELSPORT – The council has rejected',
  },
  {
    shape: 'hard-wrapped wire copy under a crawler date and a summary bullet',
    page: [
      ' date 2018-10-11 * Mill owner denies pollution charges',
      '* Hearing set for next month',
      'By Ana Duarte',
      'KELSPORT, Oct 11 The owner of the Kelsport paper mill,',
      'Tomas Weller, denies all charges of polluting the river, his',
      'lawyer said on Thursday, as the first hearing of the case was',
      'postponed to November.',
      'Weller has been charged with breaching permits on seven',
      'occasions between 2015 and 2017, according to the',
      'environment agency.',
    ],
    title: 'Mill owner denies pollution charges',
    date: '2018-10-11',
    outlet: null,
    bodyStart: 'KELSPORT, Oct 11 The owner of the Kelsport paper mill,\nTomas Weller, denies',
  },
  {
    shape: 'masthead naming the outlet, repeated headline, share line',
    page: [
      'Your CBS News source',
      'Tram line delayed again',
      'SHARE Tram line delayed again',
      'Tram line delayed again',
      'The city said on Friday the first trams would run a year late.',
    ],
    title: 'Tram line delayed again',
    date: null,
    outlet: 'CBS News',
    bodyStart: 'The city said on Friday',
  },
  {
    shape: 'notification banner, author line and a bare weekday date line',
    page: [
      'Get breaking news notifications from The Guardian',
      'You can turn notifications off at any time.',
      'Coach meets club owner but denies move',
      'Tomas Weller',
      'Wednesday 09 July 2014 00:00 BST',
      'Comments',
      'The national coach admitted on Tuesday that he had met the club owner at his home.',
    ],
    title: 'Coach meets club owner but denies move',
    date: '2014-07-09',
    outlet: 'The Guardian',
    bodyStart: 'The national coach admitted',
  },
  {
    shape: 'old portal: section menu, photo caption and pull quote above the date line, headline under it',
    page: [
      'Example Homepage World Service',
      'Front Page',
      'Middle East',
      'South Asia',
      'UK Politics',
      'Special envoy, Lena Ortiz',
      '"The meeting was held in a calm atmosphere"',
      'Thursday, 2 November, 2000, 17:46 GMT',
      "Rebels 'ready for talks'",
      'Rebel fighters',
      'An envoy who held talks with the rebel leader said the group was ready to negotiate.',
    ],
    title: "Rebels 'ready for talks'",
    date: '2000-11-02',
    outlet: null,
    bodyStart: 'An envoy who held talks',
  },
  {
    shape: 'staff credit under a byline, photo caption above its credit, numeric date',
    page: [
      'Minister tours flood defences',
      'Officials promise new walls before winter',
      '4/20/2017',
      'BY ANA DUARTE',
      'COURIER STAFF WRITER',
      'Mayor Tomas Weller, left, and Minister Lena Ortiz, center, inspect the wall.',
      'The Courier/Rui Costa',
      'KELSPORT — The minister spent several hours on Thursday touring the flood defences with the mayor.',
    ],
    title: 'Minister tours flood defences',
    date: '2017-04-20',
    outlet: 'Courier',
    bodyStart: 'KELSPORT — The minister spent',
  },
  {
    shape: 'photo credit in brackets at the end of a caption; text cut off mid-word',
    page: [
      'Nurses to strike next month',
      'The health secretary has refused to discuss pay with the union, its leader said on Saturday.',
      'Health Secretary Tomas Weller at the Commons (Rui Costa/PA)',
      'The union said its members would walk out on two days in Decem',
    ],
    title: 'Nurses to strike next month',
    date: null,
    outlet: 'PA Media',
    bodyStart: 'The health secretary has refused',
  },
  {
    shape: 'headline right above a photo caption block with an agency credit',
    page: [
      'Minister resigns over expenses',
      '',
      'Ana Duarte leaves the ministry on Monday. (File photo)',
      '',
      'Ana Duarte leaves the ministry on Monday. (File photo) (Reuters)',
      '',
      'Finance Minister Ana Duarte resigned on Monday after an inquiry into her expenses.',
    ],
    title: 'Minister resigns over expenses',
    date: null,
    outlet: 'Reuters',
    bodyStart: 'Finance Minister Ana Duarte resigned',
  },
  {
    shape: 'broadcaster page: byline of three with the outlet, update line in two time zones, related links',
    page: [
      'Harbour strike spreads to second port',
      'By Ana Duarte, Tomas Weller and Lena Ortiz, CNN',
      'Updated 1559 GMT (2359 HKT) March 3, 2017',
      'Related: Dockers vote to strike',
      'Read more: What the strike means for ferries',
      'Dock workers in Kelsport joined the strike on Friday, the union said.',
    ],
    title: 'Harbour strike spreads to second port',
    date: '2017-03-03',
    outlet: 'CNN',
    bodyStart: 'Dock workers in Kelsport joined',
  },
  {
    shape: 'numeric "Published" line with a time, dashes before a dateline',
    page: [
      'Council delays tram vote',
      'Published 04/02/2019, 9:15 AM',
      '— -- KELSPORT, Ruritania – The council delayed its vote on the tram line on Tuesday.',
    ],
    title: 'Council delays tram vote',
    date: '2019-04-02',
    outlet: null,
    bodyStart: '— -- KELSPORT, Ruritania – The council delayed',
  },
  {
    shape: 'wire dateline after dashes, agency in brackets',
    page: ['— -- KELSPORT (AP) — The port signed the deal on Monday, officials said.'],
    title: '— -- KELSPORT (AP) — The port signed the deal on Monday, officials said.',
    date: null,
    outlet: 'Associated Press',
    bodyStart: '— -- KELSPORT (AP) — The port signed',
  },
  {
    shape: 'broadsheet: "First published on" with weekday and time, "Last modified" below',
    page: [
      'Harbour deal signed',
      'First published on Tue 3 Mar 2020 10.15 GMT',
      'Last modified on Wed 4 Mar 2020 12.00 GMT',
      'The port signed the deal on Tuesday, officials said.',
    ],
    title: 'Harbour deal signed',
    date: '2020-03-03',
    outlet: null,
    bodyStart: 'The port signed the deal',
  },
  {
    shape: 'copyright line of an agency under an author line and a date',
    page: [
      'Port deal signed at last',
      'Ana Duarte',
      'Tuesday 3 March 2020 10:15',
      'Copyright 2020 The Associated Press. All rights reserved.',
      'The port signed the deal on Monday.',
    ],
    title: 'Port deal signed at last',
    date: '2020-03-03',
    outlet: 'Associated Press',
    bodyStart: 'The port signed the deal',
  },
  {
    shape:
      'wire revision mark in the headline, a date line that goes on with an update note, summary bullets',
    page: [
      'UPDATE 2-Council approves tram line after long night',
      '',
      'March 4, 2025 9:02 PM  Updated 3 hours ago',
      '',
      ' * Vote passes by one seat',
      '',
      'KELSPORT, March 4 (Meridian) - The council approved the tram line on Tuesday after a debate of nine hours.',
    ],
    title: 'Council approves tram line after long night',
    date: '2025-03-04',
    outlet: 'Meridian',
    bodyStart: 'KELSPORT, March 4 (Meridian) - The council approved',
  },
  {
    shape: 'masthead of an outlet no lexicon lists, in capitals, over a one-line menu',
    page: [
      'THE HARTWELL TIMES',
      'News | Politics | Business | Sport',
      'Harbour board approves dredging plan',
      'Published Tuesday 3 March 2026, 09:30',
      'The board voted five to two on Tuesday to dredge the outer channel.',
    ],
    title: 'Harbour board approves dredging plan',
    date: '2026-03-03',
    // (an unknown outlet's masthead gives no outlet yet; never "The Times", whose name it ends with)
    outlet: null,
    bodyStart: 'The board voted five to two',
  },
  {
    shape: 'a section label under the one-line menu that names it',
    page: [
      'News | Business | Shipping & Ports | Opinion',
      '',
      'Shipping & Ports',
      '',
      'Harbour board approves dredging plan',
      '',
      'The board voted five to two on Tuesday to dredge the outer channel.',
    ],
    title: 'Harbour board approves dredging plan',
    date: null,
    outlet: null,
    bodyStart: 'The board voted five to two',
  },
  {
    shape: 'agency masthead with its service after a crawler date line',
    page: [
      ' date 2026-03-03 KNA - Kelmsby News Agency | English Service',
      '',
      'Harbour board approves dredging plan',
      '',
      'KELMSBY, March 3 (KNA) - The board voted five to two on Tuesday to dredge the outer channel.',
    ],
    title: 'Harbour board approves dredging plan',
    date: '2026-03-03',
    outlet: 'KNA',
    bodyStart: 'KELMSBY, March 3 (KNA) - The board voted',
  },
];

describe('page-reading table: what a reader takes from a real page dump', () => {
  it.each(PAGE_READING.map(row => [row.shape, row] as const))('%s', (_shape, row) => {
    const text = row.page.join('\n');
    const analysis = analyzeArticle({ path: 'invented.txt', text });
    expect(analysis.article.title).toBe(row.title);
    expect(analysis.article.publishedAt).toBe(row.date);
    expect(analysis.article.outlet).toBe(row.outlet);
    const body = analysis.sentences.find(s => s.zone === 'body');
    expect(body?.text.startsWith(row.bodyStart)).toBe(true);
  });

  it('names no organization by a masthead of an unknown outlet ("Evening Post" of "Kelmsby Evening Post")', () => {
    const analysis = analyzeArticle({
      path: 'invented.txt',
      text: 'Kelmsby Evening Post\n\nHarbour board approves dredging plan\n\nThe board voted five to two on Tuesday to dredge the outer channel.',
    });
    expect(analysis.article.title).toBe('Harbour board approves dredging plan');
    expect([...analysis.entities.values()].map(e => e.name)).not.toContain('Evening Post');
  });

  it('reads a headline naming a newspaper as the headline ("Kelmsby Post editor resigns")', () => {
    const analysis = analyzeArticle({
      path: 'invented.txt',
      text: 'Kelmsby Post editor resigns over leak\n\nThe editor of the paper resigned on Tuesday.',
    });
    expect(analysis.article.title).toBe('Kelmsby Post editor resigns over leak');
  });

  it('never takes a fact from the furniture: a caption names people but its sentence is no body text', () => {
    const analysis = analyzeArticle({ path: 'invented.txt', text: PAGE_READING[1]!.page.join('\n') });
    const caption = analysis.sentences.find(s => s.text.startsWith('Mayor Ana Duarte speaks'));
    expect(caption?.zone).toBe('caption');
  });
});
