// A page dump -> its lines, trimmed, with exact offsets. Two shapes of real dumps are undone here so that the
// zone finder sees one line per paragraph:
// - a crawler's date line glued in front of the text (" date 2021-03-03 KELSPORT – The council …") becomes a line
//   of its own;
// - a wire story hard-wrapped at a fixed width ("… met on\nWednesday without …") is joined back into paragraphs:
//   the lines of a paragraph are one Line whose text keeps its newlines (offsets stay exact).

export interface RawLine {
  start: number;
  end: number;
  text: string;
  /** A blank line stands between this line and the one before. */
  afterBlank: boolean;
}

/** " date 2021-03-03 " (or a full timestamp) in front of the first words of the page. */
const CRAWLER_DATE_PREFIX = /^date\s+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+(?=\S)/i;
const TERMINAL = /[.!?…:]["'”’)\]]*$/;
const OPENS_LIKE_BULLET = /^[•▪●◦·*]\s/;

/** Cuts the text into trimmed, non-empty lines, separates a crawler's date prefix and joins hard-wrapped lines. */
export function cutPageLines(text: string): RawLine[] {
  const lines = splitCrawlerDate(cutLines(text), text);
  return isHardWrapped(lines) ? joinWrapped(lines, text) : lines;
}

function cutLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  let blank = true;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    let s = start;
    let e = stop;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) {
      out.push({ start: s, end: e, text: text.slice(s, e), afterBlank: blank });
      blank = false;
    } else blank = true;
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

function splitCrawlerDate(lines: RawLine[], text: string): RawLine[] {
  const first = lines[0];
  const prefix = first ? CRAWLER_DATE_PREFIX.exec(first.text) : null;
  if (!first || !prefix) return lines;
  const dateEnd = first.start + prefix[0].trimEnd().length;
  const restStart = first.start + prefix[0].length;
  return [
    { start: first.start, end: dateEnd, text: text.slice(first.start, dateEnd), afterBlank: true },
    { start: restStart, end: first.end, text: text.slice(restStart, first.end), afterBlank: true },
    ...lines.slice(1),
  ];
}

/** The width a wire system wrapped the text at: most lines of the page end near it, and many end mid-sentence
 * ("… met on") with the next line going on in lower case. */
function wrapWidth(lines: readonly RawLine[]): number {
  const lengths = lines
    .map(l => l.text.length)
    .filter(n => n >= 30)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

function isHardWrapped(lines: readonly RawLine[]): boolean {
  const width = wrapWidth(lines);
  if (lines.length < 6 || width < 40 || width > 100) return false;
  let broken = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (
      !next.afterBlank &&
      line.text.length >= width * 0.7 &&
      !TERMINAL.test(line.text) &&
      /^[\p{Ll}\d"“'‘(]/u.test(next.text)
    )
      broken += 1;
  }
  return broken >= 3 && broken >= lines.length * 0.2;
}

// A line joins the one before when no blank line separates them and the one before either stops mid-sentence
// or runs to the wrap width (a sentence that happened to end there, its paragraph going on)
function joinWrapped(lines: readonly RawLine[], text: string): RawLine[] {
  const width = wrapWidth(lines);
  const out: RawLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const continues =
      last !== undefined &&
      !line.afterBlank &&
      !OPENS_LIKE_BULLET.test(line.text) &&
      !OPENS_LIKE_BULLET.test(last.text) &&
      (!TERMINAL.test(last.text)
        ? lastLineOf(last).length >= width * 0.6
        : lastLineOf(last).length >= width - 6);
    if (continues) out[out.length - 1] = { ...last, end: line.end, text: text.slice(last.start, line.end) };
    else out.push(line);
  }
  return out;
}

function lastLineOf(line: RawLine): string {
  return line.text.slice(line.text.lastIndexOf('\n') + 1);
}
