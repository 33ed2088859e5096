import { findZones } from './01-find-zones';
import { findArticleMeta } from './find-article-meta';

function metaOf(text: string) {
  return findArticleMeta({ text, path: 'invented.txt' }, findZones(text));
}

describe('findArticleMeta', () => {
  it('reads an outlet and a "Published" date set side by side with a pipe', () => {
    const meta = metaOf(
      'Rail strike halts freight across the valley\nBy Ana Duarte\nValley Courier | Published June 14, 2022\n\nTrain drivers walked out on Tuesday over pay, the union said.\n',
    );
    expect(meta.publishedAt).toBe('2022-06-14');
    expect(meta.outlet).toBe('Valley Courier');
  });

  it('takes no outlet from a byline set beside the date', () => {
    const meta = metaOf(
      'Mayor resigns\nBy Ana Duarte | Updated 8 July 2023\n\nThe mayor of Brenna resigned on Friday.\n',
    );
    expect(meta.publishedAt).toBe('2023-07-08');
    expect(meta.outlet).toBeNull();
  });

  it('reads a dotted numeric date line, alone or with its time and author', () => {
    expect(
      metaOf(
        'Harbour Weekly\n\nDock strike spreads\n\n17.05.2024 | 16:25\n\nDockers in Varnby walked out on Monday.\n',
      ).publishedAt,
    ).toBe('2024-05-17');
    expect(
      metaOf(
        'Dock strike spreads\n\n17.05.2024, 07:40 | Author: Lena Ortiz\n\nDockers in Varnby walked out on Monday.\n',
      ).publishedAt,
    ).toBe('2024-05-17');
  });

  it('reads a programme line that closes with its date', () => {
    expect(
      metaOf(
        'Harbour Radio\n\nTRANSCRIPT: Harbour Radio Evening News, Monday 13 May 2024\n\nDock strike spreads\n\nANCHOR: Good evening. Dockers in Varnby walked out today.\n',
      ).publishedAt,
    ).toBe('2024-05-13');
    // trap: a body sentence that closes with a date is no header
    expect(
      metaOf(
        'Dock strike spreads\n\nDockers in Varnby said they would walk out again, as they did on 13 May 2024.\n',
      ).publishedAt,
    ).toBeNull();
  });

  it('reads a bare date line standing above the body', () => {
    const meta = metaOf(
      'Vineyard owners fear a late frost\n\nWednesday, October 4, 2023\n\nGrowers in the hills covered their vines overnight.\n',
    );
    expect(meta.publishedAt).toBe('2023-10-04');
  });

  it('lets a stated "Updated" line win over a bare date line in the body', () => {
    const meta = metaOf(
      'Council approves new bridge\nUpdated 1015 GMT April 20, 2024\n\nThe council approved the bridge after a long debate.\nJanuary 9, 2019\nThe first plan was drawn up years ago.\n',
    );
    expect(meta.publishedAt).toBe('2024-04-20');
  });

  it('ignores a bare date line that comes after the body has begun', () => {
    const meta = metaOf(
      'Council approves new bridge\n\nThe council approved the bridge after a long debate.\nJanuary 9, 2019\n',
    );
    expect(meta.publishedAt).toBeNull();
  });

  it('does not take a date mentioned inside a sentence as the publication date', () => {
    const meta = metaOf('Council approves new bridge\n\nWork will start on May 1, 2025, the council said.\n');
    expect(meta.publishedAt).toBeNull();
  });

  it('reads an outlet and a bare date set side by side in a masthead', () => {
    const meta = metaOf(
      'Ferry fares to rise\n\nHarbour Evening Post | Tuesday, September 16, 2025\nBy Ana Duarte\n\nFares will rise in May.\n',
    );
    expect(meta.publishedAt).toBe('2025-09-16');
    expect(meta.outlet).toBe('Harbour Evening Post');
  });

  it("takes a dateline's credit as the outlet when the lexicon does not know it", () => {
    expect(metaOf('Ferry fares to rise\n\nOSTRAVIK (Northern Wire) - Fares will rise in May.\n').outlet).toBe(
      'Northern Wire',
    );
    expect(
      metaOf('Ferry fares to rise\n\nEASTPORT, September 16 /Meridian/ - Fares will rise.\n').outlet,
    ).toBe('Meridian');
  });

  it('takes no outlet from a parenthesis that is not a dateline credit', () => {
    expect(
      metaOf('Ferry fares to rise\n\nThe operator (Harbour Lines) said fares would rise.\n').outlet,
    ).toBeNull();
  });
});

describe('findArticleMeta: dates a header gives in other places', () => {
  it('reads a date line below a standfirst and a byline', () => {
    const meta = metaOf(
      'Harbour dredging stalls\nContractors say the permits never came, an account the port disputes\n\nBy Ana Duarte, Transport Correspondent\nMonday 3 March 2025\n\nDredging of the outer harbour has stopped for a second week, leaving two ferries unable to dock at the main pier.\n',
    );
    expect(meta.publishedAt).toBe('2025-03-03');
  });

  it('keeps the day of a dateline without a year apart from the publication date', () => {
    const meta = metaOf(
      'Ferry strike ends\n\nBRENNA, May 4 /Northern Wire/ - Ferry crews returned to work on Sunday.\n',
    );
    expect(meta.publishedAt).toBeNull();
    expect(meta.datelineDay).toBe('--05-04');
  });

  it('reads a numeric header date in the order the page writes its other dates', () => {
    const dayFirst = metaOf(
      'Ferry strike ends\nHarbour Ledger | 06/03/2026\n\nFerry crews returned to work on Monday, 2 March, after nine days.\n',
    );
    expect(dayFirst.publishedAt).toBe('2026-03-06');
    expect(dayFirst.numericDateOrder).toBe('day-first');
    const monthFirst = metaOf(
      'Ferry strike ends\nHarbour Ledger | 06/03/2026\n\nFerry crews returned to work on Monday, June 1, after nine days.\n',
    );
    expect(monthFirst.publishedAt).toBe('2026-06-03');
  });

  it('reads no date from a body paragraph that merely opens with one', () => {
    const meta = metaOf(
      'Ferry strike ends\n\nFerry crews returned to work on Sunday after a strike that lasted nine days and cost the operator millions in lost fares.\nMay 2, 2019\n',
    );
    expect(meta.publishedAt).toBeNull();
  });
});
