// The article text and input kept on each Article node, and the way back to ArticleInputs for re-extraction.
//   { path: "a.txt", text: "Finance Minister Ana Duarte said…", outlet: "Daily Example" }
//   -> Article { sourceText: "Finance Minister Ana Duarte said…", sourceInput: '{"outlet":"Daily Example","path":"a.txt"}' }
import { articleId } from '@news-kg/graph-model';
import type { ArticleInput } from '@news-kg/graph-model';
import type { GraphDocument } from '@news-kg/graph-model';

/** The input without its text, keys sorted, as stored in `sourceInput`. */
export function toSourceInput({ text: _text, ...rest }: ArticleInput): string {
  const entries = Object.entries(rest).filter(([, v]) => v !== undefined);
  return JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1))));
}

export function fromStoredSource(text: string, sourceInput: string | null): ArticleInput {
  const rest = sourceInput ? (JSON.parse(sourceInput) as Omit<ArticleInput, 'text'>) : { path: '' };
  return { ...rest, text };
}

/** Inputs without repeats (the same text is the same article: the first one seen wins), in a fixed order. */
export function toCanonicalInputs(inputs: readonly ArticleInput[]): ArticleInput[] {
  const byId = new Map<string, ArticleInput>();
  for (const input of inputs) {
    const id = articleId(input.text);
    if (!byId.has(id)) byId.set(id, input);
  }
  // Sorted so that ingesting A then B re-extracts exactly the input list that ingesting A and B together does.
  return [...byId.values()].sort(
    (a, b) => compare(a.path, b.path) || compare(articleId(a.text), articleId(b.text)),
  );
}

/** Adds `sourceText` and `sourceInput` to the Article nodes the inputs produced. */
export function withSources(doc: GraphDocument, inputs: readonly ArticleInput[]): GraphDocument {
  const byId = new Map(inputs.map(input => [articleId(input.text), input]));
  const nodes = doc.nodes.map(node => {
    const input = node.labels.includes('Article') ? byId.get(node.id) : undefined;
    if (!input) return node;
    return {
      ...node,
      properties: { ...node.properties, sourceText: input.text, sourceInput: toSourceInput(input) },
    };
  });
  return { nodes, relationships: doc.relationships };
}

export const idOfInput = (input: ArticleInput): string => articleId(input.text);

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
