// Placeholder replaced below.
import type { ParsedSentence } from './02-split-sentences';
import type { ResolvedNames } from './06-resolve-names';
export function resolveReferences(_sentences: ParsedSentence[], _names: ResolvedNames, _text: string): void {}
