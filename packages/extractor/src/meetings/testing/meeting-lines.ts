// One line per Meeting node of the whole extraction ("Ana Duarte+Min Lee reported 2021-05-04"): for tests that need
// the cross-article steps (status settling, joins, captions) the sentence reader alone does not run.
import { extractDocument } from '../../extract-document';

export interface TestArticle {
  text: string;
  publishedAt?: string;
}

/** Sorted "<participant names joined by +> <status>[ <date>]" of each Meeting node. */
export function meetingLines(articles: TestArticle[], { withDate = false } = {}): string[] {
  const document = extractDocument(
    articles.map((a, i) => ({ path: `a${i}.txt`, text: a.text, publishedAt: a.publishedAt ?? '2021-05-10' })),
  );
  const names = new Map(document.nodes.map(n => [n.id, String(n.properties.name ?? '')]));
  return document.nodes
    .filter(n => n.labels.includes('Meeting'))
    .map(m => {
      const who = document.relationships
        .filter(r => r.type === 'PARTICIPATED_IN' && r.end === m.id)
        .map(r => names.get(r.start))
        .sort()
        .join('+');
      const line = `${who} ${String(m.properties.status)}`;
      return withDate ? `${line} ${String(m.properties.date)}` : line;
    })
    .sort();
}
