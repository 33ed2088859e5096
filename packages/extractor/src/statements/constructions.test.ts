import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { annotate } from './testing/annotate';
import { findStatements } from './index';
import { CONSTRUCTIONS } from './constructions';
import { parseFrame } from './match-frame';

function read(paragraphs: string, zone?: 'title') {
  return findStatements(annotate(paragraphs.split('\n\n'), zone ? { zones: { 0: zone } } : {}), []);
}

describe('construction table', () => {
  test('ids are unique', () => {
    const ids = CONSTRUCTIONS.map(row => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(CONSTRUCTIONS.map(row => [row.id, row]))('%s reads its example', (_id, row) => {
    const found = read(row.example, row.zone).filter(s => s.rule === row.id);
    expect(found.map(s => ({ speaker: s.speakerIds.join(), text: s.text, kind: s.kind }))).toContainEqual(
      row.expect,
    );
  });

  test.each(CONSTRUCTIONS.map(row => [row.id, row]))('%s does not read its trap', (_id, row) => {
    const found = read(row.trap, row.zone).filter(s => s.rule === row.id);
    expect(found.map(s => s.text)).toEqual([]);
  });

  test('docs/statements.md carries every row as the table gives it', () => {
    const docs = readFileSync(resolve(__dirname, '../../../../docs/statements.md'), 'utf8');
    const cell = (text: string) =>
      text
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\n\n/g, ' \u00b6 ')
        .replace(/\|/g, '\\|');
    for (const row of CONSTRUCTIONS) {
      const line = `| \`${row.id}\` | ${row.reader} | \`${cell(row.pattern)}\` | ${cell(row.speaker)} | ${row.kind} | ${cell(row.example)} | ${cell(row.trap)} |`;
      expect([row.id, docs.includes(line)]).toEqual([row.id, true]);
    }
  });

  test('frame patterns parse, and name only known lexicon sets', () => {
    for (const row of CONSTRUCTIONS.filter(r => r.reader === 'frame'))
      expect(() => parseFrame(row.pattern)).not.toThrow();
    expect(() => parseFrame('{subject} @no-such-set')).toThrow();
  });
});
