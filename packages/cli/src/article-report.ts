// What was read and what was found, per input article: the rows of `kg extract` / `kg ingest`'s closing table and
// of --report. Computed from the GraphDocument (Article nodes, MENTIONS, REPORTED_IN), so it says exactly what
// the graph holds for each file, and names the files that gave nothing to it (skipped, and why).
import { articleId, type ArticleInput, type GraphDocument } from '@news-kg/graph-model';

export interface ArticleReportRow {
  file: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  entities: number;
  meetings: number;
  statements: number;
  /** "no facts", "no date found", "no outlet found", "no people or organizations found". */
  warnings: string[];
}

export interface SkippedFile {
  file: string;
  reason: 'unsupported type' | 'duplicate' | 'unreadable' | 'extraction failed';
  detail: string;
}

export interface ArticleReport {
  articles: ArticleReportRow[];
  skipped: SkippedFile[];
}

/** The input articles that add nothing new: the same text as an earlier one (same Article id). */
export function findDuplicates(inputs: readonly ArticleInput[]): {
  kept: ArticleInput[];
  skipped: SkippedFile[];
} {
  const firstPathOf = new Map<string, string>();
  const kept: ArticleInput[] = [];
  const skipped: SkippedFile[] = [];
  for (const input of inputs) {
    const id = articleId(input.text);
    const first = firstPathOf.get(id);
    if (first === undefined) {
      firstPathOf.set(id, input.path);
      kept.push(input);
    } else {
      skipped.push({ file: input.path, reason: 'duplicate', detail: `the same text as ${first}` });
    }
  }
  return { kept, skipped };
}

/** One row per article (in input order) with what the document holds for it. */
export function toArticleRows(inputs: readonly ArticleInput[], document: GraphDocument): ArticleReportRow[] {
  return toArticleRowsById(
    inputs.map(input => ({ path: input.path, id: articleId(input.text) })),
    document,
  );
}

/** The same, for articles known by path and Article id (a streamed batch keeps no text). */
export function toArticleRowsById(
  inputs: readonly { path: string; id: string }[],
  document: GraphDocument,
): ArticleReportRow[] {
  const labelsOf = new Map(document.nodes.map(node => [node.id, node.labels as readonly string[]]));
  const articleNodes = new Map(document.nodes.filter(n => n.labels.includes('Article')).map(n => [n.id, n]));
  const entitiesOf = new Map<string, Set<string>>();
  const factsOf = new Map<string, { meetings: Set<string>; statements: Set<string> }>();
  for (const r of document.relationships) {
    if (r.type === 'MENTIONS') {
      const set = entitiesOf.get(r.start) ?? new Set<string>();
      set.add(r.end);
      entitiesOf.set(r.start, set);
    } else if (r.type === 'REPORTED_IN') {
      const facts = factsOf.get(r.end) ?? { meetings: new Set<string>(), statements: new Set<string>() };
      const labels = labelsOf.get(r.start) ?? [];
      if (labels.includes('Meeting')) facts.meetings.add(r.start);
      if (labels.includes('Statement')) facts.statements.add(r.start);
      factsOf.set(r.end, facts);
    }
  }
  return inputs.map(input => {
    const { id } = input;
    const props = articleNodes.get(id)?.properties ?? {};
    const text = (key: string): string | null =>
      typeof props[key] === 'string' && props[key] !== '' ? (props[key] as string) : null;
    const entities = entitiesOf.get(id)?.size ?? 0;
    const meetings = factsOf.get(id)?.meetings.size ?? 0;
    const statements = factsOf.get(id)?.statements.size ?? 0;
    const warnings: string[] = [];
    if (meetings + statements === 0) warnings.push('no facts');
    if (entities === 0) warnings.push('no people or organizations found');
    if (!text('publishedAt')) warnings.push('no date found');
    if (!text('outlet')) warnings.push('no outlet found');
    return {
      file: input.path,
      title: text('title'),
      date: text('publishedAt'),
      outlet: text('outlet'),
      entities,
      meetings,
      statements,
      warnings,
    };
  });
}
