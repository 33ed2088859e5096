import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  InputError,
  MAX_ARTICLE_CHARS,
  decodeInputBytes,
  detectFormat,
  parseInputBytes,
} from './parse-input';

const FIXTURES = resolve(__dirname, '../../../../test/fixtures/extractor');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeInputBytes', () => {
  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['whitespace', bytes(' \n\t '), /only whitespace/],
    ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /binary/],
    ['invalid UTF-8', Uint8Array.from([0x41, 0xff, 0xfe, 0x42]), /not valid UTF-8/],
  ])('rejects %s input with an error naming the file', (_name, input, message) => {
    expect(() => decodeInputBytes(input, 'story.txt')).toThrow(InputError);
    expect(() => decodeInputBytes(input, 'story.txt')).toThrow(message);
    expect(() => decodeInputBytes(input, 'story.txt')).toThrow(/^story\.txt: /);
  });

  it('drops a byte-order mark', () => {
    expect(decodeInputBytes(bytes('\uFEFFAna Duarte resigned.'), 'a.txt')).toBe('Ana Duarte resigned.');
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.jsonl', '{"text":"x"}', 'jsonl'],
    ['a.json', '[]', 'json'],
    ['a.htm', 'x', 'html'],
    ['a.txt', '<html>', 'text'],
    ['noext', '<!DOCTYPE html><html>', 'html'],
    ['noext', '  {"text": "x"}', 'json'],
    ['noext', 'Ana Duarte resigned.', 'text'],
  ])('%s starting %j is %s', (path, text, format) => {
    expect(detectFormat(path, text)).toBe(format);
  });
});

describe('parseInputBytes', () => {
  it('reads plain text verbatim', () => {
    const text = 'Finance Minister Ana Duarte resigned.\n\nRead more\n';
    expect(parseInputBytes(bytes(text), 'a.txt')).toEqual({
      articles: [{ path: 'a.txt', text }],
      errors: [],
    });
  });

  it('reads an HTML page with Readability: main text, title, date, outlet, url', () => {
    const { articles } = parseInputBytes(
      readFileSync(`${FIXTURES}/duarte-budget.html`),
      'duarte-budget.html',
    );
    const [article] = articles;
    expect(article?.title).toBe('Budget passes after late-night vote');
    expect(article?.outlet).toBe('The Daily Ledger');
    expect(article?.publishedAt).toBe('2024-05-14T08:30:00Z');
    expect(article?.url).toBe('https://ledger.example/politics/budget-passes');
    expect(article?.text).toContain("Brazilian Finance Minister Ana Duarte's budget passed");
    expect(article?.text).not.toContain('Most read');
    expect(article?.text).not.toContain('Politics');
  });

  it('reads a JSON array of records; record fields win and the url becomes the path', () => {
    const { articles, errors } = parseInputBytes(readFileSync(`${FIXTURES}/records.json`), 'records.json');
    expect(errors).toEqual([]);
    expect(articles.map(a => a.path)).toEqual([
      'https://news.example/business/acme-jobs',
      'https://science.example/oslo-enzyme',
    ]);
    expect(articles[0]).toMatchObject({
      title: 'Acme to cut 500 jobs',
      publishedAt: '2024-03-05',
      outlet: 'Business Wire Example',
    });
    expect(articles[1]?.title).toBe('Solberg team finds ageing enzyme');
    expect(articles[1]?.text).toContain('lead author Dr. Ingrid Solberg said');
  });

  it('reads JSON Lines, reporting bad lines by line number and keeping the good ones', () => {
    const { articles, errors } = parseInputBytes(readFileSync(`${FIXTURES}/feed.jsonl`), 'feed.jsonl');
    expect(articles.map(a => a.path)).toEqual(['feed.jsonl:1', 'feed.jsonl:2']);
    expect(errors.map(e => e.message)).toEqual([
      expect.stringMatching(/^feed\.jsonl:3: malformed JSON line/),
      expect.stringMatching(/^feed\.jsonl:4: the record has neither "text" nor "html"/),
    ]);
  });

  it('rejects malformed JSON as a whole file', () => {
    expect(() => parseInputBytes(bytes('{"text": "Ana Duarte resigned."'), 'broken.json')).toThrow(
      /^broken\.json: malformed JSON/,
    );
  });

  it('rejects a record that is not an object', () => {
    const { articles, errors } = parseInputBytes(
      bytes('[42, {"text": "Ana Duarte resigned."}]'),
      'mixed.json',
    );
    expect(articles).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^mixed\.json#1: a JSON record must be an object/);
  });

  it('rejects a 20 MB text file as too long for one article, naming the file and the remedy', () => {
    const sentence = 'Finance Minister Ana Duarte said the budget would pass. ';
    const big = bytes(sentence.repeat(Math.ceil(20_000_000 / sentence.length)));
    expect(big.length).toBeGreaterThanOrEqual(20_000_000);
    expect(() => parseInputBytes(big, 'huge.txt')).toThrow(
      /^huge\.txt: is 20\.\d million characters, over the 2 million limit.*JSON Lines/,
    );
  });

  it('accepts a 20 MB JSON Lines feed of normal-sized records', () => {
    const line = `${JSON.stringify({ text: 'Coach Marco Bellini praised striker Tom Hale. '.repeat(40) })}\n`;
    const feed = bytes(line.repeat(Math.ceil(20_000_000 / line.length)));
    const { articles, errors } = parseInputBytes(feed, 'feed.jsonl');
    expect(errors).toEqual([]);
    expect(articles.length).toBe(Math.ceil(20_000_000 / line.length));
    expect(MAX_ARTICLE_CHARS).toBeLessThan(20_000_000);
  });
});
