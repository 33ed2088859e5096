// The per-article stage as a JSON value and the cross-article stage on readings give the graph of extractDocument,
// byte for byte: on the invented corpora, in one batch, from readings stored by earlier batches, and when a later
// article changes how an earlier one's names resolve (its facts are then read again in the new context).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ArticleInput } from '@news-kg/graph-model';
import { extractDocument } from '../extract-document';
import type { CountedMeetingFact } from '../meetings/meeting-fact';
import type { ArticleReading } from './article-reading';
import { extractViaReadings } from './extract-via-readings';

const ROOT = path.resolve(__dirname, '../../../..');

function readFolder(dir: string): ArticleInput[] {
  return fs
    .readdirSync(dir)
    .filter(name => name.endsWith('.txt'))
    .sort()
    .map(name => ({ path: name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

const json = (value: unknown): string => JSON.stringify(value);

const storedFrom = (readings: readonly ArticleReading[], inputs: readonly ArticleInput[]) =>
  new Map(readings.map((r, i) => [(inputs[i] as ArticleInput).text, r]));

describe('extraction through stored readings', () => {
  test.each(['packages/cli/example-corpus', 'test/heldout-pages/corpus', 'test/heldout-story-2/corpus'])(
    '%s: the same document as extractDocument, each article read once',
    folder => {
      const inputs = readFolder(path.join(ROOT, folder));
      const { document, counts } = extractViaReadings(inputs);
      expect(json(document)).toBe(json(extractDocument(inputs)));
      expect(counts.read).toBe(inputs.length);
    },
  );

  test('A then B: B is read, A comes from its stored readings, the graph is that of A and B at once', () => {
    const inputs = readFolder(path.join(ROOT, 'packages/cli/example-corpus'));
    const a = inputs.slice(0, 2);
    const first = extractViaReadings(a);
    const both = extractViaReadings(inputs, storedFrom(first.readings, a));
    expect(both.counts.read).toBe(inputs.length - a.length);
    expect(json(both.document)).toBe(json(extractDocument(inputs)));
  });

  test('re-extracting stored articles reads none of them again', () => {
    const inputs = readFolder(path.join(ROOT, 'test/heldout-story/corpus'));
    const first = extractViaReadings(inputs);
    const again = extractViaReadings(inputs, storedFrom(first.readings, inputs));
    expect(again.counts).toEqual({ read: 0, reread: 0 });
    expect(json(again.document)).toBe(json(first.document));
  });

  test('a later article that names a surname-only person in full: the earlier facts are read again, exactly', () => {
    const early: ArticleInput = {
      path: 'early.txt',
      text: 'Port levy stays\n\nKestrel told reporters on Monday that the port levy would stay. Talks with the union went on.\n',
    };
    const later: ArticleInput = {
      path: 'later.txt',
      text: 'Levy row grows\n\nHarbour Minister Oren Kestrel met union leader Mira Solvay in Tarnow on Tuesday.\n\n"We will not move," Kestrel said.\n',
    };
    const first = extractViaReadings([early]);
    const both = extractViaReadings([early, later], storedFrom(first.readings, [early]));
    expect(both.counts).toEqual({ read: 1, reread: 1 });
    expect(json(both.document)).toBe(json(extractDocument([early, later])));
    expect(json(both.document)).toContain('person:oren-kestrel');
  });

  test('contested claims: the per-article stage reads them, the cross-article stage takes its reading as given', () => {
    const claim: ArticleInput = {
      path: 'claim.txt',
      publishedAt: '2021-05-10',
      text: 'Last Friday, Ana Duarte told reporters that she had met Tom Hale in Lisbon. Hale denies the comment of Duarte.',
    };
    const elsewhere: ArticleInput[] = [
      {
        path: 'a.txt',
        publishedAt: '2021-05-10',
        text: 'Lena Ortiz claimed on Monday that Ana Duarte had secretly met Tom Hale at the lodge in March.',
      },
      { path: 'b.txt', publishedAt: '2021-05-11', text: 'Ana Duarte denied ever meeting Tom Hale.' },
    ];
    const inputs = [claim, ...elsewhere];
    const { document, readings } = extractViaReadings(inputs);
    expect(json(document)).toBe(json(extractDocument(inputs)));
    const meeting = (readings[0] as ArticleReading).facts[0]!.meetings[0] as CountedMeetingFact;
    expect(meeting.claim).toEqual({
      claimant: 'person:ana-duarte',
      deniedByOtherParty: true,
      toldAsClaim: true,
    });
    expect(json(document)).toContain('"status":"denied"');
    // the cross-article stage reads no sentence: a reading that says nobody denies the claim leaves it reported
    const undenied = JSON.parse(JSON.stringify(readings[0])) as ArticleReading;
    (undenied.facts[0]!.meetings[0] as CountedMeetingFact).claim!.deniedByOtherParty = false;
    const statuses = extractViaReadings([claim], storedFrom([undenied], [claim]))
      .document.nodes.filter(n => n.labels.includes('Meeting'))
      .map(n => n.properties.status);
    expect(statuses).toEqual(['reported']);
  });
});
