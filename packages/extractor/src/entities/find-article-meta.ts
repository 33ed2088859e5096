// "Updated 1559 GMT (2359 HKT) March 3, 2021" / "Latest update : 2021-07-22" / "MADRID, May 4. /EFE/." /
// "Text by EURONEWS" / "(Reuters) -" / "Harbour Times | Published May 2, 2019" / a bare "May 2, 2019" line above the
// body / "Watch Example News" / "Example Times Staff Writer" -> publication date, outlet and title where the page
// states them. Fields of a JSON record (or an HTML page's metadata) always win over these guesses.
import type { ArticleInput } from '@news-kg/graph-model';
import { findKnownOrganization, findKnownOutletIn, isPhotoAgency, ORG_HEADS } from '../lexicon/organizations';
import { DATE_LABELS, STAFF_CREDITS } from '../lexicon/page-chrome';
import { isHeadingLike, isMasthead } from './01-find-zones';
import type { Line } from './line';
import type { NumericDateOrder } from '../dates/numeric-date-order';
import { numericDateOrder } from '../dates/numeric-date-order';
import { closesWithDate, isBareDate, MONTH_PATTERN, monthOf, opensWithDate, parseDate } from './header-dates';

export { parseDate } from './header-dates';

export interface FoundMeta {
  title: string | null;
  publishedAt: string | null;
  /** "--05-04" from "MADRID, May 4. /EFE/.": a dateline's day and month when it gives no year. */
  datelineDay: string | null;
  outlet: string | null;
  /** Which number of "04/03/2026" the page puts first: the day or the month. */
  numericDateOrder: NumericDateOrder;
}

/** How far down the page a header line may stand. */
const HEADER_LINES = 80;
const DATE_LABEL = new RegExp(`^(${DATE_LABELS.join('|')})\\b`, 'i');
/** "KELSPORT (Wire) -", "MADRID, May 4. /Wire/.", "HARARE, Aug 9, (Wire) -": place, day, then the credit. */
const WIRE_DATELINE =
  /^[A-Z][A-Za-z .'-]{1,40}\s*(?:,\s*[A-Za-z.]+\s+\d{1,2}\.?,?)?\s*[/(]\s*([A-Z][A-Za-z0-9 &.-]{1,30})\s*[/)]/;
const BYLINE_OUTLET = /^(?:by|text by|written by|reporting by)\s+(.+)$/i;
/** Header parts set side by side: "Harbour Times | Published May 2, 2019", "Section · Updated …". */
const HEADER_SEPARATOR = /\s+[|•·]\s+/;
/** A plain name of a few capitalised words ("Harbour Times", "The Evening Ledger"), not a byline or a date. */
const PLAIN_NAME = /^[A-Z][\p{L}&'’.-]*(?:\s+(?:[A-Z][\p{L}&'’.-]*|of|the|and|&)){0,4}$/u;
/** "Harbour Times Staff Writer", "HARBOUR TIMES WASHINGTON BUREAU": the outlet before a staff credit. */
const STAFF_LINE = new RegExp(`^(.+?)\\s+(?:[A-Z][\\p{L}.]+\\s+)?(?:${STAFF_CREDITS.join('|')})$`, 'iu');
/** "© 2021 Harbour Times", "Copyright Harbour Times 2021. All rights reserved." */
const COPYRIGHT =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?([A-Z][\p{L}&'’. -]{1,40}?)(?:\s+\d{4})?(?:[.,]|\s+all rights|$)/iu;
/** A photo credit naming who took or supplied the picture: "(Rui Costa/Example Wire)", "Ana Duarte / AP", "(AP)". */
const PHOTO_CREDIT =
  /(?:\/\s*([A-Z][\p{L}&.]*(?:\s+[A-Z][\p{L}&.]*){0,2})\s*\)?\s*$)|(?:\(([A-Z][\p{L}&.]*(?:\s+[A-Z][\p{L}&.]*){0,2})\)\s*$)/u;

/** Title, date and outlet stated by the text; `input` fields win. */
export function findArticleMeta(input: ArticleInput, lines: readonly Line[]): FoundMeta {
  const header = lines.slice(0, HEADER_LINES);
  const order = numericDateOrder(lines.map(l => l.text).join('\n'));
  return {
    title: clean(input.title) ?? toTitle(lines.find(l => l.zone === 'title')?.text),
    publishedAt: toIsoDate(input.publishedAt) ?? findDate(header, order),
    numericDateOrder: order,
    datelineDay: findDatelineDay(header),
    outlet:
      clean(input.outlet) ??
      findOutlet(header) ??
      findOutletBesideDate(header) ??
      findOutletInFurniture(header),
  };
}

/** A headline as the page sets it, without a list bullet and with a wrapped line joined. */
function toTitle(text: string | undefined): string | null {
  // "UPDATE 2-Council approves …": a wire's revision mark is not part of the headline
  return text
    ? text
        .replace(/^[•▪●◦·*]\s*/, '')
        .replace(/^UPDATE \d+\s*-\s*/, '')
        .replace(/\s+/g, ' ')
        .trim()
    : null;
}

/** A labelled date line wins wherever it stands; else a bare date line above the first body paragraph. */
function findDate(lines: readonly Line[], order: NumericDateOrder): string | null {
  for (const line of lines) {
    if (line.text.length > 200) continue;
    const labelled = splitHeader(line.text).find(part => DATE_LABEL.test(part));
    const date = labelled ? parseDate(labelled, order) : null;
    if (date) return date;
  }
  for (const line of lines) {
    // a standfirst may stand between the title and the date line; a paragraph of the story ends the header
    if (line.zone === 'body' && !isBareDate(line.text) && !isStandfirst(line.text)) break;
    if (isBareDate(line.text)) return parseDate(line.text, order);
    // a date line that goes on with a time or an update note: "October 8, 2024 3:17 PM  Updated 2 hours ago"
    if (line.zone !== 'body' && line.text.length <= 80 && opensWithDate(line.text))
      return parseDate(line.text, order);
    // a programme or edition line that closes with its date: "TRANSCRIPT: Evening News, Monday 16 November 2026"
    if (line.zone !== 'body' && line.text.length <= 100 && closesWithDate(line.text))
      return parseDate(line.text, order);
    // a masthead above the body: "Valley Courier | Tuesday, June 14, 2022"
    const beside = line.zone === 'body' ? undefined : splitHeader(line.text).find(part => isBareDate(part));
    if (beside) return parseDate(beside, order);
  }
  return null;
}

/** A standfirst under the title is a short line written like a headline, without a closing full stop; a line of the
 * story ends its sentence. */
function isStandfirst(text: string): boolean {
  return text.trim().length <= 200 && isHeadingLike(text);
}
/** "MADRID, May 4. /EFE/." / "EASTPORT, September 16 /Meridian/ -" / "HARARE, Aug 9, (Wire) -": place, month and day,
 * then the credit (or the story). */
const DATELINE_DAY = new RegExp(
  `^[A-Z][A-Za-z .'-]{1,40},\\s*${MONTH_PATTERN}\\s+(\\d{1,2})\\.?,?\\s*[/(]`,
  'i',
);

/** The day a wire dateline gives without a year, as "--MM-DD". */
function findDatelineDay(lines: readonly Line[]): string | null {
  for (const line of lines) {
    if (line.zone !== 'body' && line.zone !== 'caption') continue;
    const m = DATELINE_DAY.exec(withoutLeadingDashes(line.text).slice(0, 80));
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
  for (const line of lines) {
    const parts = splitHeader(line.text);
    if (parts.length !== 2 || line.zone === 'body' || line.text.length > 120) continue;
    const [name = '', date = ''] = parts;
    if (!(DATE_LABEL.test(date) || isBareDate(date)) || !parseDate(date)) continue;
    if (PLAIN_NAME.test(name) && !BYLINE_OUTLET.test(name) && !DATE_LABEL.test(name) && !parseDate(name))
      return name;
  }
  return null;
}

function toIsoDate(value: string | null | undefined): string | null {
  return value ? parseDate(value) : null;
}

/** Who wrote the story: "(AP)" or "/Xinhua/" in a dateline, "Text by EURONEWS" or the last part of a byline, when
 * it is a known outlet (or a dateline's credit of plain name form). */
function findOutlet(lines: readonly Line[]): string | null {
  for (const line of lines) {
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
      const text = withoutLeadingDashes(line.text);
      const head = text.slice(0, 80);
      const wire =
        WIRE_DATELINE.exec(head) ??
        /^\s*\(([A-Z][A-Za-z0-9 .&-]{1,20})\)/.exec(head) ??
        /^[A-Za-z .,'-]{0,40}\(([A-Z][A-Za-z0-9 .&-]{1,20})\)/.exec(head);
      const credit = (wire?.[1] ?? '').trim();
      const known = credit ? findKnownOrganization(credit) : null;
      if (known?.kind === 'media') return known.name;
      // "OSTRAVIK (Northern Wire) -", "EASTPORT, May 2 /Meridian/ -": the dateline's credit is the outlet even
      // when the lexicon does not know it, unless it names another kind of organization
      if (wire && !known && isDatelineCredit(text, wire) && PLAIN_NAME.test(credit)) return credit;
    }
  }
  return null;
}

/** The credit stands in a dateline: right after the place (and date) at the start, followed by a dash. */
function isDatelineCredit(text: string, match: RegExpExecArray): boolean {
  return match.index === 0 && /^\s*[-–—:]/.test(text.slice(match[0].length));
}

// The page's own furniture names the outlet when no dateline or byline does, most telling first: a masthead or site
// label ("Watch Example News"), a staff credit under the byline ("Example Times Staff Writer"), a copyright line,
// then the agency credited for a photo ("(Ana Duarte/Example Wire)"), which often supplied the story too
function findOutletInFurniture(lines: readonly Line[]): string | null {
  const bodyStart = lines.findIndex(l => l.zone === 'body');
  const furniture = lines.filter(
    (l, i) => l.zone !== 'body' && l.zone !== 'title' && (i < bodyStart || bodyStart === -1),
  );
  for (const line of furniture) {
    const outlet = line.text.length < 160 ? findKnownOutletIn(line.text) : null;
    if (outlet && (isMasthead(line.text) || line.zone === 'boilerplate')) return outlet.name;
  }
  for (const line of furniture) {
    const name = staffOutlet(line.text.trim());
    if (name) return name;
  }
  for (const line of lines) {
    const copyright = COPYRIGHT.exec(line.text.trim());
    if (copyright && line.text.length < 160) return toName(copyright[1] ?? '');
  }
  for (const line of lines.filter(l => l.zone === 'caption')) {
    const credit = PHOTO_CREDIT.exec(line.text.trim());
    const known = findKnownOrganization((credit?.[1] ?? credit?.[2] ?? '').trim());
    if (known?.kind === 'media' && !isPhotoAgency(known.name)) return known.name;
  }
  return null;
}

/** "Harbour Times Staff Writer", "HARBOUR TIMES WASHINGTON BUREAU", "COURIER STAFF WRITER": an institution's name
 * before a staff credit (a known outlet, a name with a media head word, or a credit that says "staff"). */
function staffOutlet(line: string): string | null {
  const staff = STAFF_LINE.exec(line);
  const name = staff?.[1]?.trim() ?? '';
  if (
    !staff ||
    line.length > 80 ||
    !isHeadingLike(line) ||
    !PLAIN_NAME.test(name) ||
    BYLINE_OUTLET.test(line)
  )
    return null;
  const lastWord = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  const known = findKnownOrganization(name);
  if (known?.kind === 'media' || ORG_HEADS[lastWord] === 'media' || /\bstaff\b/i.test(line))
    return toName(name);
  return null;
}

/** "HARBOUR TIMES" -> "Harbour Times"; a known outlet by its canonical name. */
function toName(text: string): string | null {
  const name = text.trim().replace(/[.,:;]+$/, '');
  if (!name) return null;
  const known = findKnownOrganization(name);
  if (known) return known.kind === 'media' ? known.name : null;
  return name === name.toUpperCase() ? name.toLowerCase().replace(/\b\p{L}/gu, c => c.toUpperCase()) : name;
}

/** "— -- KELSPORT (Wire) —": some pages set dashes before the dateline. */
function withoutLeadingDashes(text: string): string {
  return text.replace(/^[\s—–-]+/, '');
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
