// NOT_FOUND with a way forward: "name: no person or organization named "Ana Duarte"; did you mean "Duarte"?"
// The candidates come from the full-text name index (any word of the name); they are ranked by the name keys
// lookups use (toNameKey: case, accents, punctuation): first the candidates that hold every word of the name,
// then those sharing most of its words exactly, then fuzzy hits; busier entities first among equals.
import type { GraphQLError } from 'graphql';
import { createNotFoundError } from './errors';
import { buildNameSuggestions } from './cypher/suggest-names';
import { toNameTokens } from './name-key';
import type { ReadFn } from './read';

export const MAX_SUGGESTIONS = 5;

export interface SuggestionCandidate {
  name: string;
  /** Canonical name and aliases. */
  names: string[];
  score: number;
  facts: number;
}

/** The canonical names worth suggesting for an unknown name, best first, at most MAX_SUGGESTIONS. */
export function rankSuggestions(unknown: string, candidates: readonly SuggestionCandidate[]): string[] {
  const wanted = new Set(toNameTokens(unknown));
  const shared = (c: SuggestionCandidate): number => {
    const words = new Set(c.names.flatMap(toNameTokens));
    return [...wanted].filter(w => words.has(w)).length;
  };
  const ranked = candidates
    .map(c => ({ c, shared: shared(c) }))
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        b.c.facts - a.c.facts ||
        b.c.score - a.c.score ||
        (a.c.name < b.c.name ? -1 : 1),
    );
  const names: string[] = [];
  for (const { c } of ranked) if (!names.includes(c.name)) names.push(c.name);
  return names.slice(0, MAX_SUGGESTIONS);
}

/** Marks a NOT_FOUND error with the name that was not found, so withNameSuggestions can add suggestions. */
export function createUnknownNameError(argument: string, name: string): GraphQLError {
  const error = createNotFoundError(`${argument}: no person or organization named "${name}"`);
  (error.extensions as Record<string, unknown>).unknownName = name;
  return error;
}

interface SuggestionContext {
  read: ReadFn;
  nameIndex: string;
}

type Resolver = (parent: unknown, args: never, context: SuggestionContext, info: never) => unknown;

/** Wraps a Query resolver: an unknown-name NOT_FOUND gets `extensions.suggestions` and a "did you mean". */
export function withNameSuggestions<R extends Resolver>(resolver: R): R {
  const wrapped = async (parent: unknown, args: never, context: SuggestionContext, info: never) => {
    try {
      return await resolver(parent, args, context, info);
    } catch (error) {
      const extensions = (error as GraphQLError).extensions as Record<string, unknown> | undefined;
      const unknown = extensions?.unknownName;
      if (typeof unknown !== 'string') throw error;
      const rows = await context.read(buildNameSuggestions(unknown, context.nameIndex));
      const suggestions = rankSuggestions(unknown, rows as unknown as SuggestionCandidate[]);
      const hint = suggestions.length ? `; did you mean ${suggestions.map(s => `"${s}"`).join(', ')}?` : '';
      const message = `${(error as GraphQLError).message}${hint}`;
      const enriched = createNotFoundError(message);
      Object.assign(enriched.extensions as Record<string, unknown>, { suggestions });
      throw enriched;
    }
  };
  return wrapped as unknown as R;
}
