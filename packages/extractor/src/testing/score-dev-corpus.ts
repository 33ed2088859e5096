// Test helper for the ratchet tests (dev-score-*.test.ts): reads ../shared/corpus/dev, runs extractDocument,
// writes the GraphDocument to a temp file and runs the shared scorer with --json on it. Reads files, so it
// lives under testing/ and is never exported from the package's public API.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractDocument } from '../extract-document';
import type { ArticleInput } from '@news-kg/graph-model';
import type { GraphDocument } from '@news-kg/graph-model';

/** /work/shared (the repo root's sibling `shared`). */
export const SHARED_DIR = resolve(__dirname, '../../../../../shared');
export const DEV_CORPUS_DIR = join(SHARED_DIR, 'corpus/dev');
export const GOLD_DEV = join(SHARED_DIR, 'eval/gold-dev.json');
export const SCORER = join(SHARED_DIR, 'eval/score.mjs');
/** The second evaluation set in the repo: invented articles from other fields, with their own gold. */
export const HELDOUT_CORPUS_DIR = resolve(__dirname, '../../../../test/heldout/corpus');
export const HELDOUT_GOLD = resolve(__dirname, '../../../../test/heldout/gold.json');
/** One invented story told by four outlets: what merges across articles and what stays apart. */
export const STORY_CORPUS_DIR = resolve(__dirname, '../../../../test/heldout-story/corpus');
export const STORY_GOLD = resolve(__dirname, '../../../../test/heldout-story/gold.json');
export const STORY2_CORPUS_DIR = resolve(__dirname, '../../../../test/heldout-story-2/corpus');
export const STORY2_GOLD = resolve(__dirname, '../../../../test/heldout-story-2/gold.json');
export const STORY3_CORPUS_DIR = resolve(__dirname, '../../../../test/heldout-story-3/corpus');
export const STORY3_GOLD = resolve(__dirname, '../../../../test/heldout-story-3/gold.json');

/** The subset of score.mjs --json output the ratchets read (the scorer prints more). */
export interface PrfScore {
  tp: number;
  fp: number;
  fn: number;
  redundant: number;
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
  falsePositives: string[];
  redundantList: string[];
}
export interface RateScore {
  hit: number;
  total: number;
  rate: number | null;
}
export interface DevScore {
  entities: PrfScore;
  meetings: PrfScore;
  meetingDates: RateScore;
  meetingPlaces: RateScore;
  statements: PrfScore;
  statementKinds: RateScore;
  denials: PrfScore;
  roles: RateScore & { misses: string[] };
  provenance: {
    facts: number;
    withSource: number;
    checked: number;
    exact: number;
    elsewhere: number;
    missing: number;
    bad: string[];
  };
  graph: { nodes: number; relationships: number };
}

/** The dev articles as the CLI reads plain text files (path = file name, text verbatim). */
export function readDevCorpus(): ArticleInput[] {
  return readCorpus(DEV_CORPUS_DIR);
}

/** The .txt articles of a folder, sorted, path = file name (what the scorer's --corpus expects). */
export function readCorpus(dir: string): ArticleInput[] {
  return readdirSync(dir)
    .filter(f => f.endsWith('.txt'))
    .sort()
    .map(file => ({ path: file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Scores a GraphDocument against a gold file (default: the dev gold) with the shared scorer. */
export function scoreGraph(
  document: GraphDocument,
  { gold = GOLD_DEV, corpus = DEV_CORPUS_DIR }: { gold?: string; corpus?: string } = {},
): DevScore {
  const dir = mkdtempSync(join(tmpdir(), 'news-kg-score-'));
  try {
    const graphPath = join(dir, 'graph.json');
    writeFileSync(graphPath, JSON.stringify(document));
    const out = execFileSync(
      process.execPath,
      [SCORER, '--gold', gold, '--graph', graphPath, '--corpus', corpus, '--json'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return JSON.parse(out) as DevScore;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ScoredCorpus {
  document: GraphDocument;
  score: DevScore;
}

// One extraction and one scorer run per corpus per test file, however many layers' ratchets read it.
let devScored: ScoredCorpus | undefined;
const setScored = new Map<string, ScoredCorpus>();

/** Extracts the dev corpus and scores it: `{ document, score }` (computed once, then shared; do not mutate). */
export function scoreDevCorpus(): ScoredCorpus {
  if (!devScored) {
    const document = extractDocument(readDevCorpus());
    devScored = { document, score: scoreGraph(document) };
  }
  return devScored;
}

/** Extracts one of the project's own sets (a corpus folder and its gold) and scores it (once, then shared). */
function scoreSet(corpus: string, gold: string): ScoredCorpus {
  let scored = setScored.get(corpus);
  if (!scored) {
    const document = extractDocument(readCorpus(corpus));
    scored = { document, score: scoreGraph(document, { gold, corpus }) };
    setScored.set(corpus, scored);
  }
  return scored;
}

/** The held-out corpus (test/heldout): five invented articles from other fields. */
export function scoreHeldoutCorpus(): ScoredCorpus {
  return scoreSet(HELDOUT_CORPUS_DIR, HELDOUT_GOLD);
}

/** The four-outlet story set (test/heldout-story). */
export function scoreStoryCorpus(): ScoredCorpus {
  return scoreSet(STORY_CORPUS_DIR, STORY_GOLD);
}

/** The second four-outlet story set (test/heldout-story-2), written blind. */
export function scoreSecondStoryCorpus(): ScoredCorpus {
  return scoreSet(STORY2_CORPUS_DIR, STORY2_GOLD);
}

/** The third four-outlet story set (test/heldout-story-3), written blind. */
export function scoreThirdStoryCorpus(): ScoredCorpus {
  return scoreSet(STORY3_CORPUS_DIR, STORY3_GOLD);
}

/** Ids of the facts with this label (Meeting, Statement) that no REPORTED_IN cites: `[]` when every one is sourced. */
export function listUncitedFacts(document: GraphDocument, label: 'Meeting' | 'Statement'): string[] {
  const cited = new Set(document.relationships.filter(r => r.type === 'REPORTED_IN').map(r => r.start));
  return document.nodes.filter(n => n.labels.includes(label) && !cited.has(n.id)).map(n => n.id);
}
