// Deterministic ids: the same input always gives the same ids, so loading twice changes nothing and two
// articles that name the same person land on the same node. No randomness, no clock.
import { createHash } from 'node:crypto';

/** Letters that NFKD does not decompose into a base letter plus marks. */
export const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
};

const SPECIAL_LETTERS = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'g');

/**
 * "Łukasz Søndergård" -> "lukasz sondergard": lower case, accents and special letters folded to ASCII letters
 * (anything else is left as it is). The special letters are folded before NFKD, as a character-by-character fold
 * would ("ǣ" -> "æ", not "ae").
 */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(SPECIAL_LETTERS, char => SPECIAL_FOLDS[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** "Renée O'Neil-Dupré Jr." -> "renee-o-neil-dupre-jr", "Łukasz" -> "lukasz" */
export function slugify(text: string): string {
  return foldLetters(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short stable digest of the given parts (hex, 16 chars). */
export function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u241f')).digest('hex').slice(0, 16);
}

export const personId = (canonicalName: string): string => `person:${slugify(canonicalName)}`;
export const organizationId = (canonicalName: string): string => `organization:${slugify(canonicalName)}`;

/** Articles are keyed by content, so the same text read from another path is the same article. */
export const articleId = (text: string): string => `article:${digest(text)}`;

/** Meetings are keyed by who took part and when (the cross-article identity of an encounter). */
export const meetingId = (participantIds: readonly string[], date: string | null, status: string): string =>
  `meeting:${digest([...participantIds].sort().join(','), date ?? '', status)}`;

/** Statements are keyed by speaker and normalised wording, so five outlets carrying one quote give one node. */
export const statementId = (speakerIds: readonly string[], text: string): string =>
  `statement:${digest([...speakerIds].sort().join(','), normalizeForKey(text))}`;

/** Lower case, letters and digits only: curly vs straight quotes and spacing do not split a statement. */
export function normalizeForKey(text: string): string {
  return foldLetters(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
