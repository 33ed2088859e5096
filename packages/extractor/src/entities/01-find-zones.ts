// "Read more" / "Now Playing …" / "(Photo by Ana Duarte/Getty Images)" / "Updated 0900 GMT March 3, 2021" ->
// each line of the page gets a zone: title, body, caption (photo captions and credits) or boilerplate
// (navigation, teasers, carousels repeated on the page, bylines, date lines, section headings). Lines keep
// their offsets; only the zone tells the fact layers to skip them.
import type { Zone } from '../analysis';
import { cutLongRuns } from './cut-long-runs';

export interface Line {
  /** Offsets into the text the line was cut from. */
  start: number;
  end: number;
  text: string;
  zone: Zone;
  paragraph: number;
}

const NAVIGATION =
  /^(read more|read the full story|don'?t miss|now playing|story highlights|all news|related( (stories|articles|coverage|news|content|links))?|more (on|from|stories|news)\b.*|see also|advertisement|sponsored( content)?|share( this)?( (story|article))?|watch( now)?|video|most (read|popular|viewed)|trending( now)?|latest( news)?|top stories|recommended( for you)?|sign up.*|subscribe.*|follow us.*|click here.*|continue reading|show more|load more|comments?|back to top|skip to (main )?content|menu|home|newsletter)\W*$/i;
const NOW_PLAYING = /^(now playing|up next|watch:|video:|listen:)/i;
const BYLINE = /^(by|text by|written by|reporting by|words by|story by|edited by)\s+\S/i;
const DATE_LINE =
  /^(updated|latest update|last updated|last modified|modified|published|first published|posted|date created|created|date)\b\s*:?\s*\S/i;
const IMAGE_FILE = /\S+\.(jpe?g|png|gif|webp|svg|bmp|tiff?)\b/i;
const CREDIT =
  /(\((photo|image|picture|photograph|video|graphic)s?\s*(by|:|credit)|^\s*(©|\(c\)|photo:|image:|credit:|photograph:|picture:|file photo))/i;
/** "Ana Duarte / AP", "Lena Ortiz/Reuters" closing a short line. */
const TRAILING_CREDIT =
  /\b[A-Z][\p{L}'’-]+(\s+[A-Z][\p{L}'’-]+)*\s*\/\s*[A-Z][\p{L}&.]*(\s+[A-Z][\p{L}&.]*){0,2}\s*$/u;
/** "WASHINGTON, DC - FEBRUARY 02:" opening a wire photo caption. */
const CAPTION_DATELINE = /^[A-Z][A-Z .,'-]{2,40}\s[-–—]\s[A-Z]{3,9}\.?\s\d{1,2}(,\s\d{4})?\s*:/;
const HASHTAG_LINE = /^#\S/;
const BULLET_LINE = /^[•▪●◦·]\s*\S/;
const TERMINAL = /[.!?…](["'”’)\]]*)\s*$/;

/** Cuts the text into lines and gives each its zone. */
export function findZones(text: string): Line[] {
  // A line that never ends a sentence is cut into pieces the tagger handles in linear time (cut-long-runs.ts).
  const lines = cutLines(text).flatMap(line => cutLongRuns(line));
  const counts = countRepeats(lines);
  const nonEmpty = lines.filter(l => l.text.trim());
  let titleSeen = false;
  let bodySeen = false;
  nonEmpty.forEach((line, i) => {
    const next = nonEmpty[i + 1]?.text.trim() ?? '';
    line.zone = classifyLine(line.text.trim(), next, (counts.get(repeatKey(line.text)) ?? 0) > 1);
    if (line.zone !== 'body') return;
    // a headline has a few words at least; "Sport", "World news" before it are section labels
    if (
      isHeadingLike(line.text) &&
      !bodySeen &&
      !titleSeen &&
      wordCount(line.text) >= 3 &&
      wordCount(line.text) <= 30
    ) {
      line.zone = 'title';
      titleSeen = true;
    } else if (isHeadingLike(line.text) && wordCount(line.text) <= 12) {
      line.zone = 'boilerplate';
    } else {
      bodySeen = true;
    }
  });
  nonEmpty.forEach((line, i) => (line.paragraph = i));
  return nonEmpty;
}

function classifyLine(line: string, next: string, repeated: boolean): Zone {
  if (IMAGE_FILE.test(line) || CREDIT.test(line) || CAPTION_DATELINE.test(line)) return 'caption';
  if (NAVIGATION.test(line) || NOW_PLAYING.test(line) || HASHTAG_LINE.test(line) || BULLET_LINE.test(line))
    return 'boilerplate';
  // a link's headline stands above "Read more"; a paragraph of sentences there is still the story's last one
  if (/^read more\W*$/i.test(next) && (isHeadingLike(line) || wordCount(line) < 12)) return 'boilerplate';
  if (repeated) return 'boilerplate';
  if (line.length < 200 && (BYLINE.test(line) || DATE_LINE.test(line))) return 'boilerplate';
  if (line.length < 200 && !TERMINAL.test(line) && TRAILING_CREDIT.test(line)) return 'caption';
  return 'body';
}

/** A line without a closing full stop, question or exclamation mark: a headline, a section head or a link. */
export function isHeadingLike(line: string): boolean {
  return !TERMINAL.test(line.trim());
}

function cutLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    let s = start;
    let e = stop;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), zone: 'body', paragraph: 0 });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
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
