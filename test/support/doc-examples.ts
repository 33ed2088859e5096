// The examples of README.md and docs/*.md, read from the Markdown so a test can run each one:
//   ```graphql blocks and inline `{ entities(first: 10) { … } }` spans -> GraphQL documents;
//   `pnpm kg extract …` lines of ```bash/```sh blocks -> kg commands.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DocExample {
  /** "docs/user-guide.md:160" */
  where: string;
  text: string;
}

const ROOT = path.resolve(__dirname, '..', '..');

export function listDocFiles(): string[] {
  const docs = fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => path.join('docs', f));
  return ['README.md', ...docs.sort()];
}

function fencedBlocks(file: string, languages: readonly string[]): DocExample[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const out: DocExample[] = [];
  let start = -1;
  let body: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (start < 0 && languages.some(lang => line.trim() === '```' + lang)) {
      start = i + 1;
      body = [];
    } else if (start >= 0 && line.trim() === '```') {
      out.push({ where: `${file}:${start}`, text: body.join('\n') });
      start = -1;
    } else if (start >= 0) body.push(line);
  }
  return out;
}

/** Every GraphQL example: fenced blocks, and inline spans that are a whole query ("{ field(…) { … } }"). */
export function readGraphqlExamples(): DocExample[] {
  return listDocFiles().flatMap(file => {
    const inline = fs
      .readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        [...line.matchAll(/`(\{ \w+(?:\([^`]*\))? \{[^`]*\} \})`/g)].map(m => ({
          where: `${file}:${i + 1}`,
          text: m[1] ?? '',
        })),
      );
    return [...fencedBlocks(file, ['graphql']), ...inline];
  });
}

/** Every `pnpm kg extract …` command line of the shell blocks, comments stripped. */
export function readExtractCommands(): DocExample[] {
  return listDocFiles().flatMap(file =>
    fencedBlocks(file, ['bash', 'sh']).flatMap(block =>
      block.text
        .split('\n')
        .map(line => line.replace(/\s+#.*$/, '').trim())
        .filter(line => /^pnpm kg extract \S/.test(line) && !line.includes('<') && !line.includes('…'))
        .map(text => ({ where: block.where, text })),
    ),
  );
}
