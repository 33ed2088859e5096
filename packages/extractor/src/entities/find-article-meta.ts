// "Updated 1559 GMT (2359 HKT) March 3, 2021" / "Latest update : 2021-07-22" / "MADRID, May 4. /EFE/." /
// "Text by EURONEWS" / "(Reuters) -" / "Harbour Times | Published May 2, 2019" / a bare "May 2, 2019" line above the
// body -> publication date, outlet and title where the text states them.
// Fields of a JSON record (or an HTML page's metadata) always win over these guesses.
import type { ArticleInput } from '../input/article-input';
import { findKnownOrganization } from '../lexicon/organizations';
import { isHeadingLike } from './01-find-zones';
import type { Line } from './01-find-zones';
import { MONTHS } from '../lexicon/months';

export interface FoundMeta {
  title: string | null;
  publishedAt: string | null;
  /** "--05-04" from "MADRID, May 4. /EFE/.": a dateline's day and month when it gives no year. */
  datelineDay: string | null;
  outlet: string | null;
}

const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_LABEL =
  /^(updated|latest update|last updated|last modified|published|first published|posted|date created|created|date)\b/i;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})\\b`, 'i');
const WIRE_DATELINE =
  /^[A-Z][A-Za-z .'-]{1,40}\s*(?:,\s*[A-Za-z.]+\s+\d{1,2}\.?)?\s*[/(]\s*([A-Z][A-Za-z0-9 &.-]{1,30})\s*[/)]/;
const BYLINE_OUTLET = /^(?:by|text by|written by|reporting by)\s+(.+)$/i;
/** Header parts set side by side: "Harbour Times | Published May 2, 2019", "Section · Updated …". */
const HEADER_SEPARATOR = /\s+[|•·]\s+/;
/** A line that is nothing but a date: "May 2, 2019", "Tuesday, 2 May 2019", "May 2, 2019, 10:15 AM". */
const BARE_DATE = new RegExp(
  `^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${MONTH_RE}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_RE}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$`,
  'i',
);
/** A plain name of a few capitalised words ("Harbour Times", "The Evening Ledger"), not a byline or a date. */
const PLAIN_NAME = /^[A-Z][\p{L}&'’.-]*(?:\s+(?:[A-Z][\p{L}&'’.-]*|of|the|and|&)){0,4}$/u;

/** Title, date and outlet stated by the text; `input` fields win. */
export function findArticleMeta(input: ArticleInput, lines: readonly Line[]): FoundMeta {
  return {
    title: clean(input.title) ?? lines.find(l => l.zone === 'title')?.text ?? null,
    publishedAt: toIsoDate(input.publishedAt) ?? findDate(lines),
    datelineDay: findDatelineDay(lines),
    outlet: clean(input.outlet) ?? findOutlet(lines) ?? findOutletBesideDate(lines),
  };
}

/** A labelled date line wins wherever it stands; else a bare date line above the first body paragraph. */
function findDate(lines: readonly Line[]): string | null {
  for (const line of lines.slice(0, 80)) {
    if (line.text.length > 200) continue;
    const labelled = splitHeader(line.text).find(part => DATE_LABEL.test(part));
    const date = labelled ? parseDate(labelled) : null;
    if (date) return date;
  }
  for (const line of lines.slice(0, 80)) {
    // a standfirst may stand between the title and the date line; a paragraph of the story ends the header
    if (line.zone === 'body' && !BARE_DATE.test(line.text.trim()) && !isStandfirst(line.text)) break;
    if (BARE_DATE.test(line.text.trim())) return parseDate(line.text);
    // a masthead above the body: "Valley Courier | Tuesday, June 14, 2022"
    const beside =
      line.zone === 'body' ? undefined : splitHeader(line.text).find(part => BARE_DATE.test(part));
    if (beside) return parseDate(beside);
  }
  return null;
}

/** A standfirst under the title is a short line written like a headline, without a closing full stop; a line of the
 * story ends its sentence. */
function isStandfirst(text: string): boolean {
  return text.trim().length <= 200 && isHeadingLike(text);
}
/** "MADRID, May 4. /EFE/." / "EASTPORT, September 16 /Meridian/ -": place, month and day, then the credit. */
const DATELINE_DAY = new RegExp(`^[A-Z][A-Za-z .'-]{1,40},\\s*${MONTH_RE}\\s+(\\d{1,2})\\.?\\s*[/(]`, 'i');

/** The day a wire dateline gives without a year, as "--MM-DD". */
function findDatelineDay(lines: readonly Line[]): string | null {
  for (const line of lines.slice(0, 80)) {
    if (line.zone !== 'body' && line.zone !== 'caption') continue;
    const m = DATELINE_DAY.exec(line.text.slice(0, 80));
    if (!m) continue;
    const [month, day] = [monthOf(m[1] ?? ''), Number(m[2])];
    if (month >= 1 && day >= 1 && day <= 31)
      return `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

function splitHeader(text: string): string[] {
  return text.split(HEADER_SEPARATOR).map(part => part.trim());
}

/** "Harbour Times | Published May 2, 2019" or "Harbour Times | Tuesday, May 2, 2019" -> "Harbour Times": the
 * name set beside a (labelled or bare) date in a header line. */
function findOutletBesideDate(lines: readonly Line[]): string | null {
  for (const line of lines.slice(0, 80)) {
    const parts = splitHeader(line.text);
    if (parts.length !== 2 || line.zone === 'body' || line.text.length > 120) continue;
    const [name = '', date = ''] = parts;
    if (!(DATE_LABEL.test(date) || BARE_DATE.test(date)) || !parseDate(date)) continue;
    if (PLAIN_NAME.test(name) && !BYLINE_OUTLET.test(name) && !DATE_LABEL.test(name) && !parseDate(name))
      return name;
  }
  return null;
}

/** "March 3, 2021" / "3 March 2021" / "2021-03-03" / a full ISO timestamp -> "2021-03-03". */
export function parseDate(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return valid(Number(mdy[3]), monthOf(mdy[1] ?? ''), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return valid(Number(dmy[3]), monthOf(dmy[2] ?? ''), Number(dmy[1]));
  return null;
}

function toIsoDate(value: string | null | undefined): string | null {
  return value ? parseDate(value) : null;
}

function monthOf(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex(m => m.startsWith(key)) + 1;
}

function valid(y: number, m: number, d: number): string | null {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "(AP)" or "/Xinhua/" in a dateline, "Text by EURONEWS" or the last part of a byline, when it is a known outlet. */
function findOutlet(lines: readonly Line[]): string | null {
  for (const line of lines.slice(0, 80)) {
    const byline = BYLINE_OUTLET.exec(line.text);
    if (byline && line.text.length < 200) {
      const parts = (byline[1] ?? '')
        .split(/,|\band\b/)
        .map(p => p.trim())
        .filter(Boolean);
      for (const part of [...parts].reverse()) {
        const known = findKnownOrganization(part);
        if (known?.kind === 'media') return known.name;
      }
    }
    if (line.zone === 'body' || line.zone === 'caption') {
      const head = line.text.slice(0, 80);
      const wire =
        WIRE_DATELINE.exec(head) ??
        /^\s*\(([A-Z][A-Za-z0-9 .&-]{1,20})\)/.exec(head) ??
        /^[A-Za-z .,'-]{0,40}\(([A-Z][A-Za-z0-9 .&-]{1,20})\)/.exec(head);
      const credit = (wire?.[1] ?? '').trim();
      const known = credit ? findKnownOrganization(credit) : null;
      if (known?.kind === 'media') return known.name;
      // "OSTRAVIK (Northern Wire) -", "EASTPORT, May 2 /Meridian/ -": the dateline's credit is the outlet even
      // when the lexicon does not know it, unless it names another kind of organization
      if (wire && !known && isDatelineCredit(line.text, wire) && PLAIN_NAME.test(credit)) return credit;
    }
  }
  return null;
}

/** The credit stands in a dateline: right after the place (and date) at the start, followed by a dash. */
function isDatelineCredit(text: string, match: RegExpExecArray): boolean {
  return match.index === 0 && /^\s*[-–—:]/.test(text.slice(match[0].length));
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
