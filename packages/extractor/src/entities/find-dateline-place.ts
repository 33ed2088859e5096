// "KELSPORT (Coast Gazette) Ferry operator …" / "Kelsport, May 3 (Reuters) - …" / "PORT ELMA — …" -> "Kelsport",
// "Port Elma": the town a wire dateline opens the body with. A dateline names where the story was filed, so
// that name is a place in the article, never a person, unless a title or a first name says otherwise.
import type { Line } from './line';

/** "KELSPORT (…)", "PORT ELMA, May 3 /…/", "KELSPORT —": capitals, then an outlet, a date or a dash. */
const CAPS_DATELINE = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2})\s*(?:,|\(|\/|[-—–]\s)/u;
/** "Kelsport, May 3 (Reuters) -", "Kelsport (Coast Gazette) -": mixed case needs the outlet and the dash. */
const MIXED_DATELINE =
  /^(\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}.'’-]*){0,2})\s*(?:,\s*[^()\n]{1,30}?)?\s*(?:\([^()\n]{1,40}\)|\/[^/\n]{1,30}\/)\s*[-—–]/u;

/** The dateline town of the first body line, in title case ("Kelsport"), or null. */
export function findDatelinePlace(lines: readonly Line[]): string | null {
  const first = lines.find(l => l.zone === 'body');
  if (!first) return null;
  // "— -- KELSPORT (Wire) —": some pages set dashes before the dateline
  const text = first.text.trim().replace(/^[—–-][\s—–-]*/, '');
  const caps = CAPS_DATELINE.exec(text);
  if (caps?.[1]) return toTitleCase(caps[1]);
  return MIXED_DATELINE.exec(text)?.[1] ?? null;
}

function toTitleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
