// "Read more" / "Now Playing …" / "(Photo by Ana Duarte/Getty Images)" / "Updated 0900 GMT March 3, 2021" ->
// each line of the page gets a zone: title, body, caption (photo captions and credits) or boilerplate
// (navigation, teasers, carousels repeated on the page, bylines, date lines, section headings, site furniture).
// Lines keep their offsets; only the zone tells the fact layers to skip them. The page's words live in
// lexicon/page-chrome.ts.
import type { Zone } from '../analysis';
import { findKnownOutletIn, ORG_HEADS } from '../lexicon/organizations';
import {
  BULLETS,
  BYLINE_OPENERS,
  CHROME_PHRASES,
  DATE_LABELS,
  MASTHEAD_WORDS,
  NAVIGATION_LINES,
  NAVIGATION_OPENERS,
  PHOTO_LABELS,
  STAFF_CREDITS,
} from '../lexicon/page-chrome';
import { cutPageLines } from './cut-page-lines';
import type { Line } from './line';

import { isBareDate } from './header-dates';
import { cutLongRuns } from './cut-long-runs';

const alternatives = (words: readonly string[]): string =>
  words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const NAVIGATION = new RegExp(`^(${alternatives(NAVIGATION_LINES)})\\W*$`, 'i');
const NAVIGATION_OPENER = new RegExp(`^(${alternatives(NAVIGATION_OPENERS)})`, 'i');
const CHROME = new RegExp(alternatives(CHROME_PHRASES), 'i');
const BYLINE = new RegExp(`^(${alternatives(BYLINE_OPENERS)})\\s+\\S`, 'i');
const DATE_LINE = new RegExp(`^(${alternatives(DATE_LABELS)})\\b\\s*:?\\s*\\S`, 'i');
const STAFF_CREDIT = new RegExp(`\\b(${alternatives(STAFF_CREDITS)})$`, 'i');
const PHOTO_LABEL = new RegExp(`^(${alternatives(PHOTO_LABELS)})\\s*(:|,\\s)`, 'i');
const BULLET_LINE = new RegExp(`^[${BULLETS}]\\s*\\S`);
const BULLET_MARK = new RegExp(`^[${BULLETS}]\\s*`);
const IMAGE_FILE = /\S+\.(jpe?g|png|gif|webp|svg|bmp|tiff?)\b/i;
const CREDIT =
  /(\((photo|image|picture|photograph|video|graphic)s?\s*(by|:|credit)|\(file (photo|picture|image)\)|^\s*(©|\(c\)|file photo))/i;
/** "Ana Duarte / AP", "Lena Ortiz/Reuters" closing a short line, or "(Rui Costa/Example Images)" in brackets. */
const TRAILING_CREDIT =
  /\b[A-Z][\p{L}'’.-]+(\s+[A-Z][\p{L}'’.-]+)*\s*\/\s*[A-Z][\p{L}&.]*(\s+[A-Z][\p{L}&.]*){0,2}\s*\)?\s*$/u;
/** "WASHINGTON, DC - FEBRUARY 02:" opening a wire photo caption. */
const CAPTION_DATELINE = /^[A-Z][A-Z .,'-]{2,40}\s[-–—]\s[A-Z]{3,9}\.?\s\d{1,2}(,\s\d{4})?\s*:/;
const HASHTAG_LINE = /^#\S/;
const TERMINAL = /[.!?…](["'”’)\]]*)\s*$/;
/** A long bullet paragraph is story text, not a list of links or points. */
const BULLET_PARAGRAPH_WORDS = 20;
/** A masthead or site label names the outlet in a few words ("Example News Online", "Watch Example News"). */
const MASTHEAD_MAX_WORDS = 6;
const SITE_WORDS: ReadonlySet<string> = new Set(MASTHEAD_WORDS);

/** Cuts the text into lines and gives each its zone. */
export function findZones(text: string): Line[] {
  // a line that never ends a sentence is cut into pieces the tagger handles in linear time (cut-long-runs.ts)
  const lines: Line[] = cutPageLines(text)
    .map((l): Line => ({ start: l.start, end: l.end, text: l.text, zone: 'body', paragraph: 0 }))
    .flatMap(line => cutLongRuns(line));
  const counts = countRepeats(lines);
  lines.forEach((line, i) => {
    const next = lines[i + 1]?.text.trim() ?? '';
    line.zone = classifyLine(line.text.trim(), next, (counts.get(repeatKey(line.text)) ?? 0) > 1);
  });
  markOutletLine(lines);
  markCaptionsBesideCredits(lines);
  markEchoedLines(lines);
  const bodyStart = lines.findIndex(l => l.zone === 'body' && !isHeadingLike(l.text));
  const header = bodyStart === -1 ? lines : lines.slice(0, bodyStart);
  const title = chooseTitle(header, counts);
  lines.forEach((line, i) => {
    if (line === title) line.zone = 'title';
    else if (
      line.zone === 'body' &&
      isHeadingLike(line.text) &&
      (i < bodyStart || wordCount(line.text) <= 12)
    )
      line.zone = 'boilerplate';
    line.paragraph = i;
  });
  return lines;
}

function classifyLine(line: string, next: string, repeated: boolean): Zone {
  if (IMAGE_FILE.test(line) || CREDIT.test(line) || CAPTION_DATELINE.test(line) || PHOTO_LABEL.test(line))
    return 'caption';
  if (NAVIGATION.test(line) || NAVIGATION_OPENER.test(line) || HASHTAG_LINE.test(line)) return 'boilerplate';
  if (BULLET_LINE.test(line) && !(TERMINAL.test(line) && wordCount(line) >= BULLET_PARAGRAPH_WORDS))
    return 'boilerplate';
  if (line.length < 160 && CHROME.test(line)) return 'boilerplate';
  // a link's headline stands above "Read more"; a paragraph of sentences there is still the story's last one
  if (/^read (more|also)\W*$/i.test(next) && (isHeadingLike(line) || wordCount(line) < 12))
    return 'boilerplate';
  if (repeated) return 'boilerplate';
  if (line.length < 200 && (BYLINE.test(line) || DATE_LINE.test(line) || isBareDate(line)))
    return 'boilerplate';
  if (isMasthead(line) || (isHeadingLike(line) && STAFF_CREDIT.test(line) && wordCount(line) <= 6))
    return 'boilerplate';
  if (line.length < 200 && !TERMINAL.test(line) && TRAILING_CREDIT.test(line)) return 'caption';
  return 'body';
}

/** "Example News Online", "Watch Example News", "Your Example Radio news source": a short line of an outlet's name
 * and site words only ("Example News sues the council" is a headline). */
export function isMasthead(line: string): boolean {
  if (!isHeadingLike(line) || wordCount(line) > MASTHEAD_MAX_WORDS) return false;
  const outlet = findKnownOutletIn(line);
  if (!outlet) return false;
  const rest = line.slice(0, outlet.index) + ' ' + line.slice(outlet.index + outlet.length);
  return rest
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .every(word => !word || SITE_WORDS.has(word));
}

/** The parts of a page's top line set side by side: "Kelmsby News Agency | English Service", "KNA - Kelmsby …". */
const TOP_LINE_PARTS = /\s+[|•·\-–—]\s+/;
/** A part made of capitalised words only (or words in capitals), "of"/"the"/"and" between them. */
const CAPITALISED_PART =
  /^(?:The\s+|THE\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|the|and|&)){0,5}$/u;
/** Words that close an outlet's name besides the media heads of `ORG_HEADS` ("… News Agency", "English Service"). */
const OUTLET_LAST_WORDS: ReadonlySet<string> = new Set(['agency', 'service', 'standard', 'review', 'today']);

// "Kelmsby Evening Post", "THE HARTWELL TIMES", "KNA - Kelmsby News Agency | English Service": the page's first line
// (after a crawler's date line) naming an outlet no lexicon lists, in capitalised words that end with a newspaper's
// or an agency's head word, is its masthead, not the headline and not story text
function markOutletLine(lines: Line[]): void {
  const top = lines.findIndex(l => l.zone !== 'boilerplate' || !isDateLine(l.text));
  const line = lines[top];
  if (!line || top > 2 || line.zone !== 'body' || !isOutletNameLine(line.text.trim())) return;
  line.zone = 'boilerplate';
}

export function isOutletNameLine(text: string): boolean {
  if (!isHeadingLike(text) || wordCount(text) > 10) return false;
  const parts = text.split(TOP_LINE_PARTS);
  if (!parts.every(p => CAPITALISED_PART.test(p.trim()))) return false;
  return parts.some(p => {
    const last = p.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    return ORG_HEADS[last] === 'media' || OUTLET_LAST_WORDS.has(last);
  });
}

// "Image: Duarte" / "Rui Costa / EPA" / "Finance Minister Ana Duarte speaks to reporters." / "Updated …": a
// sentence standing between a photo's label or credit and a line that is not story text is that photo's caption;
// so is one standing between page furniture and the credit under it ("…, left, and Lena Ortiz." / "Rui Costa/EPA")
function markCaptionsBesideCredits(lines: Line[]): void {
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const after = lines[i + 1];
    if (line.zone !== 'body') return;
    const afterCredit = before?.zone === 'caption' && after !== undefined && after.zone !== 'body';
    // (a headline standing above a photo block is no caption: captions are sentences)
    const aboveCredit =
      after?.zone === 'caption' && (!before || before.zone !== 'body') && !isHeadingLike(line.text);
    if (afterCredit || aboveCredit) line.zone = 'caption';
  });
}

/** Lines compared for echoes at most (a pull quote or teaser stands near the top of a story). */
const ECHO_WINDOW = 200;
const ECHO_MIN_CHARS = 40;

// A pull quote or standfirst the page prints again inside a later paragraph ("Talks are a first step" … "“Talks are a
// first step,” she said.") is the page's display of the story, not another report of it: only the paragraph counts
function markEchoedLines(lines: Line[]): void {
  const keys = lines.map(l => repeatKey(l.text.replace(/[…]|\.\.\.$/g, '')));
  lines.slice(0, ECHO_WINDOW).forEach((line, i) => {
    const key = keys[i]!;
    if (line.zone !== 'body' || key.length < ECHO_MIN_CHARS) return;
    for (let k = i + 1; k < Math.min(lines.length, i + ECHO_WINDOW); k++) {
      const later = keys[k]!;
      if (later.length > key.length && lines[k]!.zone === 'body' && later.includes(key)) {
        line.zone = 'boilerplate';
        return;
      }
    }
  });
}

// The headline: the heading-like line right under the page's date line when there is one ("Thursday, 2 May …" then
// the headline), else the first heading-like line of the header that is no link teaser, menu entry, masthead,
// caption or byline. A headline the page template repeats is still the headline.
function chooseTitle(header: Line[], counts: Map<string, number>): Line | undefined {
  // "Markets | Companies | Transport & Logistics" then "Transport & Logistics": a section label the menu names
  const sections = new Set(
    header.filter(l => isMenuLine(l.text)).flatMap(l => l.text.split(/ [|>] /).map(p => repeatKey(p))),
  );
  const isCandidate = (line: Line | undefined, bulletAllowed = false): line is Line =>
    line !== undefined &&
    !sections.has(repeatKey(line.text)) &&
    (line.zone === 'body' ||
      (line.zone === 'boilerplate' &&
        (isRepeatedHeadline(line, header, counts) || (bulletAllowed && BULLET_LINE.test(line.text))))) &&
    isHeadingLike(line.text) &&
    !isMenuLine(line.text) &&
    wordCount(stripBullet(line.text)) >= 3 &&
    wordCount(line.text) <= 30;
  const dated = header.findIndex(l => isDateLine(l.text));
  const underDate = dated === -1 ? undefined : header[dated + 1];
  // a summary bullet first under the date is the story's headline point ("* Council approves the bridge")
  if (isCandidate(underDate, true)) return underDate;
  return header.find(l => isCandidate(l) && !inMenu(header, l));
}

// "Headline / Headline / Standfirst / Headline": a page template may print the headline several times; a carousel
// repeats several teasers, none of them the headline
function isRepeatedHeadline(line: Line, header: Line[], counts: Map<string, number>): boolean {
  const text = line.text.trim();
  const repeats = (l: Line) => (counts.get(repeatKey(l.text)) ?? 0) > 1;
  const otherRepeated = header.some(
    l => repeats(l) && repeatKey(l.text) !== repeatKey(text) && isHeadingLike(l.text),
  );
  return (
    repeats(line) &&
    !otherRepeated &&
    !NAVIGATION.test(text) &&
    !CHROME.test(text) &&
    !isMasthead(text) &&
    !BYLINE.test(text)
  );
}

/** "News | Politics | Business | Sport", "Home > World > Diplomacy": four or more section names of one to three
 * words between the same bar or chevron are a menu or a breadcrumb on one line, never the headline. */
function isMenuLine(text: string): boolean {
  for (const bar of [' | ', ' > ']) {
    const parts = text.trim().split(bar);
    if (parts.length >= 4 && parts.every(p => wordCount(p) <= 3 && /^\p{Lu}/u.test(p.trim()))) return true;
  }
  return false;
}

/** Three or more short heading lines in a row are a section menu ("Front Page", "World", "UK Politics"). */
function inMenu(header: Line[], line: Line): boolean {
  const i = header.indexOf(line);
  const short = (l: Line | undefined) => l !== undefined && isHeadingLike(l.text) && wordCount(l.text) <= 4;
  return (
    short(line) &&
    ((short(header[i - 1]) && short(header[i - 2])) ||
      (short(header[i + 1]) && short(header[i + 2])) ||
      (short(header[i - 1]) && short(header[i + 1])))
  );
}

function isDateLine(line: string): boolean {
  const text = line.trim();
  return text.length < 200 && (DATE_LINE.test(text) || isBareDate(text));
}

function stripBullet(line: string): string {
  return line.trim().replace(BULLET_MARK, '');
}

/** A line without a closing full stop, question or exclamation mark: a headline, a section head or a link. */
export function isHeadingLike(line: string): boolean {
  return !TERMINAL.test(line.trim());
}

function repeatKey(line: string): string {
  return line.toLowerCase().replace(/\W+/g, ' ').trim();
}

function countRepeats(lines: Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = repeatKey(line.text);
    if (key.length >= 3) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function wordCount(line: string): number {
  return line.trim().split(/\s+/).length;
}
