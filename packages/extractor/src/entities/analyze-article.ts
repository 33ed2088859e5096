// One article in, its reading out: zones -> sentences -> raw mentions -> names resolved -> roles ->
// pronouns and descriptions. Offsets are computed on a decoded copy and mapped back, so every Sentence and
// Mention offset cites `input.text` exactly as read.
import type { ArticleAnalysis, EntityRecord, Mention, Sentence, Term } from '../analysis';
import type { ArticleInput } from '@news-kg/graph-model';
import { decodeForMatching, toOriginalOffset, type DecodedText } from '../input/decode-for-matching';
import { articleId, organizationId, personId } from '@news-kg/graph-model';
import { findZones } from './01-find-zones';
import { splitSentences, type ParsedSentence } from './02-split-sentences';
import { collectMentions } from './05-collect-mentions';
import { resolveNames, type WorkMention } from './06-resolve-names';
import { resolvePronouns } from './07-resolve-pronouns';
import { findRoles } from './08-find-roles';
import { resolveFirstPerson } from './resolve-first-person';
import { findCounterpartRoles } from './counterpart-roles';
import { resolvePairReferences } from './resolve-pair-references';
import { addCoordinatedGivenNames } from './coordinated-given-names';
import { foldVariantNames } from './fold-variant-names';
import { resolveDescriptions } from './09-resolve-descriptions';
import { findAcronyms } from './10-find-acronyms';
import { foldRegulatorDescriptions, resolveBareBodies } from './bare-bodies';
import { findArticleMeta } from './find-article-meta';
import { findDatelinePlace } from './find-dateline-place';
import { SPEECH_VERBS } from '../lexicon/speech';

/** Reads one article: sentences with zones, entities, mentions, roles (ids are per-article until resolved). */
export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const decoded = decodeForMatching(input.text);
  const lines = findZones(decoded.text);
  const parsed = splitSentences(lines);
  // "the 'Orlen' album", "the Merrow planes": names of works and models, no entity anywhere in the article
  const productNames = new Set<string>();
  const collected = parsed.flatMap(s => collectMentions(s, decoded.text, productNames));
  // "Rivo Air … the Rivo planes": the first word of a body's longer name is that body's short form, not a model
  for (const m of collected)
    if (m.type === 'org' && m.last > m.first) productNames.delete(m.surface.split(/\s+/)[0] ?? '');
  const raw = collected.filter(
    m =>
      !productNames.has(m.surface) ||
      m.known !== null ||
      m.title !== null ||
      m.acting ||
      (m.type !== 'name' && m.type !== 'org') ||
      speaks(parsed[m.sentence]?.tokens ?? [], m.last),
  );
  // "KELSPORT (Coast Gazette) …" then "Kelsport declined to comment": a verb after the dateline town is no
  // person evidence; a title or a first name still is
  const dateline = findDatelinePlace(lines)?.toLowerCase();
  for (const m of raw)
    if (dateline && m.type === 'name' && !m.title && !m.firstName && m.surface.toLowerCase() === dateline)
      m.personSignal = false;
  // the dateline's own place word ("KELSPORT (Wire) —") is where the story was filed, never a name of the story
  const lineStarts = new Set(lines.map(l => l.start));
  const names = resolveNames(
    raw.filter(
      m =>
        !(
          dateline &&
          (m.type === 'name' || (m.type === 'org' && !m.known)) &&
          lineStarts.has(m.start) &&
          m.surface.toLowerCase() === dateline
        ),
    ),
  );
  foldVariantNames(names, parsed);
  addCoordinatedGivenNames(parsed, names);
  // acronyms first, so that "the RCN said it …" has its antecedent
  findAcronyms(parsed, names);
  resolvePronouns(parsed, names);
  resolveFirstPerson(parsed, names);
  resolvePairReferences(parsed, names);
  // organizations first, so that a role may name its employer by a description ("the firm's founder, X,")
  resolveDescriptions(parsed, names, decoded.text, 'organizations');
  // "a spokesman for the presidency", "the coast guard said": a body named by its common noun alone
  resolveBareBodies(parsed, names, decoded.text);
  // "Maravel's aviation regulator" … "the Aviation Safety Inspectorate": the description is the named body
  foldRegulatorDescriptions(names);
  findRoles(parsed, names, raw, decoded.text);
  findCounterpartRoles(parsed, names);
  resolveDescriptions(parsed, names, decoded.text);
  names.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const meta = findArticleMeta(input, lines);
  const sentences = parsed.map(s => toSentence(s, decoded, input.text));
  const ids = new Map(
    [...names.entities.values()].map(e => [
      e.key,
      e.label === 'Person' ? personId(e.name) : organizationId(e.name),
    ]),
  );
  const idOf = (key: string): string => ids.get(key) ?? key;
  const entities = new Map<string, EntityRecord>();
  for (const e of names.entities.values()) {
    const id = idOf(e.key);
    const prev = entities.get(id);
    const roles = e.roles.map(r => ({
      ...r,
      organizationId: r.organizationId ? idOf(r.organizationId) : null,
    }));
    entities.set(id, {
      id,
      label: e.label,
      name: prev?.name ?? e.name,
      aliases: [...new Set([...(prev?.aliases ?? []), e.name, ...e.aliases])].sort(),
      kind: e.label === 'Organization' ? (prev?.kind ?? e.kind ?? 'other') : null,
      roles: [...(prev?.roles ?? []), ...roles],
      gender: prev?.gender ?? e.gender,
    });
  }
  const paragraphStart = new Map<number, number>();
  for (const s of sentences) if (!paragraphStart.has(s.paragraph)) paragraphStart.set(s.paragraph, s.start);
  const quotes = indexQuotes(input.text);
  const mentions = names.mentions
    .map(m => toMention(m, idOf(m.entityKey), decoded, input.text, sentences, paragraphStart, quotes))
    .filter((m): m is Mention => m !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
  return {
    article: {
      id: articleId(input.text),
      path: input.path,
      title: meta.title ?? fallbackTitle(sentences),
      publishedAt: meta.publishedAt,
      datelineDay: meta.publishedAt ? null : meta.datelineDay,
      datelinePlace: findDatelinePlace(lines),
      ...(meta.numericDateOrder === 'day-first' ? { numericDateOrder: meta.numericDateOrder } : {}),
      outlet: meta.outlet,
    },
    text: input.text,
    sentences,
    mentions,
    entities,
    terms: parsed.map(s =>
      s.tokens.map(t => ({
        ...toTerm(t.text, t.start, t.end, [...t.tags], decoded, input.text),
        normal: t.normal,
        pre: t.pre,
        post: t.post,
      })),
    ),
    views: parsed.map(s => s.view),
  };
}

/** "Vexa said it would appeal": a name a speech verb follows speaks, a model or a work does not. */
function speaks(tokens: readonly { lower: string; post: string }[], last: number): boolean {
  const next = tokens[last + 1];
  return !!next && SPEECH_VERBS.has(next.lower) && !/[,;:]/.test(tokens[last]?.post ?? '');
}

function toSentence(s: ParsedSentence, decoded: DecodedText, text: string): Sentence {
  const start = toOriginalOffset(decoded, s.start);
  const end = toOriginalOffset(decoded, s.end);
  return { index: s.index, text: text.slice(start, end), start, end, zone: s.zone, paragraph: s.paragraph };
}

function toTerm(
  surface: string,
  s: number,
  e: number,
  tags: string[],
  decoded: DecodedText,
  text: string,
): Term {
  const start = toOriginalOffset(decoded, s);
  const end = toOriginalOffset(decoded, e);
  return { text: decoded.map ? text.slice(start, end) : surface, start, end, tags: tags.sort() };
}

function toMention(
  m: WorkMention,
  entityId: string,
  decoded: DecodedText,
  text: string,
  sentences: Sentence[],
  paragraphStart: Map<number, number>,
  quotes: QuoteIndex,
): Mention | null {
  const start = toOriginalOffset(decoded, m.start);
  const end = toOriginalOffset(decoded, m.end);
  if (end <= start) return null;
  const sentence = sentences[m.sentence];
  return {
    entityId,
    start,
    end,
    surface: text.slice(start, end),
    form: m.form,
    sentence: m.sentence,
    inQuote: sentence
      ? isInQuote(quotes, paragraphStart.get(sentence.paragraph) ?? sentence.start, start)
      : false,
  };
}

/** Offsets of quotation marks, sorted: opening curly, closing curly, straight. */
interface QuoteIndex {
  opens: number[];
  closes: number[];
  straight: number[];
}

function indexQuotes(text: string): QuoteIndex {
  const q: QuoteIndex = { opens: [], closes: [], straight: [] };
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) q.straight.push(i);
  for (let i = text.indexOf('\u201c'); i !== -1; i = text.indexOf('\u201c', i + 1)) q.opens.push(i);
  for (let i = text.indexOf('\u201d'); i !== -1; i = text.indexOf('\u201d', i + 1)) q.closes.push(i);
  return q;
}

/** How many of the sorted offsets fall in [from, to). */
function countBetween(sorted: number[], from: number, to: number): number {
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** More opening than closing quotation marks between the paragraph start and the mention (a quote may run over
 * several sentences): inside a quote. */
function isInQuote(q: QuoteIndex, from: number, at: number): boolean {
  return (
    countBetween(q.opens, from, at) > countBetween(q.closes, from, at) ||
    countBetween(q.straight, from, at) % 2 === 1
  );
}

/** No stated headline: the first body paragraph (a dateline's short first "sentence" is no title), cut at a word
 * boundary. */
function fallbackTitle(sentences: Sentence[]): string {
  const first = sentences.find(s => s.zone === 'body') ?? sentences[0];
  const paragraph = first ? sentences.filter(s => s.paragraph === first.paragraph) : [];
  const text = paragraph
    .map(s => s.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= 120) return text;
  return `${text.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}
