// "Energy Department&#39;s" -> "Energy Department's", with a map back to the original offsets.
// The article text is never modified (offsets cite it verbatim); only this copy, used for parsing and
// matching, has HTML entities decoded and no-break spaces made plain.

import { decodeHTMLStrict } from 'entities';

export interface DecodedText {
  /** The copy the tagger reads. */
  text: string;
  /** `map[i]` is the offset in the original text of `text[i]` (one extra slot maps the end); null: identity. */
  map: Int32Array | null;
}

/** The original offset of offset `i` in the decoded copy. */
export function toOriginalOffset(decoded: DecodedText, i: number): number {
  return decoded.map ? (decoded.map[i] ?? decoded.map[decoded.map.length - 1] ?? i) : i;
}

// Every HTML5 named reference ("&uuml;", "&frac12;") and numeric one, decoded by the `entities` package (the one
// htmlparser2 uses); a name it does not know ("&nosuch;") is left as written.
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

/** Decodes HTML entities and no-break spaces in a copy of `text`, keeping a map to the original offsets. */
export function decodeForMatching(text: string): DecodedText {
  if (!text.includes('&') && !text.includes('\u00a0')) return { text, map: null };
  let out = '';
  const map: number[] = [];
  let last = 0;
  const push = (piece: string, originalStart: number, originalLength: number): void => {
    for (let i = 0; i < piece.length; i++)
      map.push(originalStart + (piece.length === originalLength ? i : 0));
    out += piece;
  };
  for (const m of text.matchAll(ENTITY)) {
    const decoded = decodeEntity(m[0]);
    if (decoded === null) continue;
    push(text.slice(last, m.index), last, m.index - last);
    push(decoded, m.index, m[0].length);
    last = m.index + m[0].length;
  }
  push(text.slice(last), last, text.length - last);
  map.push(text.length);
  return { text: out.replace(/\u00a0/g, ' '), map: Int32Array.from(map) };
}

function decodeEntity(reference: string): string | null {
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference || decoded.includes('\ufffd') ? null : decoded;
}
