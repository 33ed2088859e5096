// {"text": "…", "publishedAt": "not a date"} in feed.jsonl line 3 -> 'feed.jsonl:3: "publishedAt" is "not a date",
// not a date (e.g. 2021-03-05); ignored'. The extractor takes the optional fields of a record that fit and ignores
// the rest; these warnings say which were ignored, named as the parser names records (file#n in a JSON array,
// file:line in JSON Lines).
import { decodeInputBytes, detectFormat } from '@news-kg/extractor';
import { parseDate } from '@news-kg/extractor';
import type { InputFailure } from './input-failure';

const OPTIONAL_FIELDS = ['title', 'url', 'outlet', 'publishedAt', 'published'] as const;
const DATE_FIELDS = new Set<string>(['publishedAt', 'published']);

function describe(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  const short = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
  return `${short} (${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`})`;
}

function checkRecord(record: unknown, at: string): InputFailure[] {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return []; // the parser reports it
  const out: InputFailure[] = [];
  for (const field of OPTIONAL_FIELDS) {
    const value = (record as Record<string, unknown>)[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') {
      out.push({ path: at, message: `${at}: "${field}" is ${describe(value)}, not a string; ignored` });
    } else if (DATE_FIELDS.has(field) && parseDate(value) === null) {
      out.push({
        path: at,
        message: `${at}: "${field}" is ${JSON.stringify(value.slice(0, 60))}, not a date (e.g. 2021-03-05); ignored, the date is looked for in the text`,
      });
    }
  }
  return out;
}

/** Warnings for the optional fields of the records of a JSON or JSON Lines file; none for other formats. */
export function findRecordWarnings(bytes: Uint8Array, path: string): InputFailure[] {
  let text: string;
  try {
    text = decodeInputBytes(bytes, path);
  } catch {
    return []; // the parser reports it
  }
  const format = detectFormat(path, text);
  const parse = (json: string): unknown => {
    try {
      return JSON.parse(json);
    } catch {
      return undefined;
    }
  };
  if (format === 'json') {
    const value = parse(text);
    const records = Array.isArray(value) ? value : [value];
    return records.flatMap((record, i) =>
      checkRecord(record, records.length > 1 ? `${path}#${i + 1}` : path),
    );
  }
  if (format === 'jsonl') {
    return text
      .split('\n')
      .flatMap((line, i) => (line.trim() ? checkRecord(parse(line.trim()), `${path}:${i + 1}`) : []));
  }
  return [];
}
