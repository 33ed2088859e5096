// Article A says "Ana Duarte", article B only "Duarte"; A says "US Energy Department", B "Energy Department"
// -> one id each across the batch. A one-word name joins the unique full name ending with it (else the most
// mentioned one); an unqualified organization joins the unique qualified one with the same words or suffix.
import type { ArticleAnalysis, EntityRecord, Mention } from '../analysis';
import { findCountry } from '../lexicon/countries';
import { namesState, orgKey } from './06-resolve-names';
import { TRANSLITERATIONS } from '../lexicon/name-parts';
import { findSurnameCandidates } from './surname-candidates';

interface BatchEntity {
  record: EntityRecord;
  mentions: number;
}

/** Lookups over the batch's entities, built once (the batch may hold thousands of articles). */
interface BatchIndex {
  /** Person name words (lower case) -> persons whose name ends with them and is longer. */
  personsByTail: Map<string, BatchEntity[]>;
  /** Country-qualified key -> organizations ("organization:United States|department energy"). */
  orgsByKey: Map<string, BatchEntity[]>;
  /** Content words -> country-qualified organizations with those words. */
  qualifiedByWords: Map<string, BatchEntity[]>;
  /** Lower-case word suffix (2+ words, shorter than the name) -> organizations whose name ends with it. */
  orgsBySuffix: Map<string, BatchEntity[]>;
  /** Lower-case one-word alias -> organizations of a longer name that an article also wrote that way. */
  orgsByShortAlias: Map<string, BatchEntity[]>;
  /** The states of the batch (a few dozen at most). */
  states: BatchEntity[];
  /** Transliteration key of a full person name ("iuri|petrov") -> persons written that way. */
  personsBySpelling: Map<string, BatchEntity[]>;
}

/** Rewrites every analysis so that the same real entity has the same id (and merged name and aliases). */
export function resolveAcrossArticles(analyses: ArticleAnalysis[]): ArticleAnalysis[] {
  const batch = collect(analyses);
  const index = buildIndex(batch);
  const target = new Map<string, string>();
  for (const [id, e] of batch) {
    const to = e.record.label === 'Person' ? findPersonTarget(e, index) : findOrgTarget(e, index);
    if (to && to !== id) target.set(id, to);
  }
  const final = (id: string): string => {
    let cur = id;
    for (let hops = 0; target.has(cur) && hops < 10; hops++) cur = target.get(cur) as string;
    return cur;
  };
  const merged = mergeRecords(batch, final);
  const surnames = findBatchSurnames(merged);
  return analyses.map(a => addBatchSurnames(rewrite(a, final, merged), surnames, merged));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(batch: Map<string, BatchEntity>): BatchIndex {
  const index: BatchIndex = {
    personsByTail: new Map(),
    orgsByKey: new Map(),
    qualifiedByWords: new Map(),
    orgsBySuffix: new Map(),
    orgsByShortAlias: new Map(),
    states: [],
    personsBySpelling: new Map(),
  };
  for (const e of batch.values()) {
    const name = e.record.name;
    const w = name.toLowerCase().split(/\s+/);
    if (e.record.label === 'Person') {
      for (let k = 1; k < w.length; k++) push(index.personsByTail, w.slice(k).join(' '), e);
      if (w.length > 1) push(index.personsBySpelling, spellingKey(w), e);
      continue;
    }
    if (e.record.kind === 'state') {
      index.states.push(e);
      continue;
    }
    push(index.orgsByKey, qualifiedKey(name), e);
    if (hasCountry(name)) push(index.qualifiedByWords, wordsKey(stripCountry(name)), e);
    for (let k = 1; k < w.length - 1; k++) push(index.orgsBySuffix, w.slice(k).join(' '), e);
    if (w.length > 1)
      for (const alias of e.record.aliases)
        if (!/\s/.test(alias.trim()) && alias.toLowerCase() === w[0])
          push(index.orgsByShortAlias, alias.toLowerCase(), e);
  }
  return index;
}

function findPersonTarget(e: BatchEntity, index: BatchIndex): string | null {
  const w = e.record.name.toLowerCase().split(/\s+/);
  // "Yury Petrov" in one outlet, "Yuri Petrov" in another: one given name in two transliterations
  const spelled = w.length > 1 ? (index.personsBySpelling.get(spellingKey(w)) ?? []) : [];
  if (spelled.length > 1) return pickMost(spelled);
  const fuller = index.personsByTail.get(e.record.name.toLowerCase()) ?? [];
  if (fuller.length) return pickMost(fuller);
  // "Tarnwell insists …" read as a person in one article, "Tarnwell Records" (also written "Tarnwell") in another:
  // a one-word name with no role and no gender is the company's short form when no person of the batch has it
  // as a family name
  if (w.length !== 1 || e.record.roles.length || e.record.gender) return null;
  const short = index.orgsByShortAlias.get(w[0] as string) ?? [];
  return short.length === 1 ? (short[0] as BatchEntity).record.id : null;
}

/** A full name's given names spelled the way transliterations of one name agree ("Aleksandr"/"Alexander",
 * "Yury"/"Yuri", "Erik"/"Eric", "Sergei"/"Sergey"), then its family name as written. */
function spellingKey(words: string[]): string {
  const given = words
    .slice(0, -1)
    .map(word =>
      TRANSLITERATIONS.reduce(
        (w, [from, to]) => w.replace(from, to),
        word.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''),
      ),
    )
    .join(' ');
  return `${given}|${words[words.length - 1]}`;
}

function findOrgTarget(e: BatchEntity, index: BatchIndex): string | null {
  if (e.record.kind === 'state') return null;
  const name = e.record.name;
  // "US Department of Energy" in one article, "US Energy Department" in another: the same words and country
  const same = index.orgsByKey.get(qualifiedKey(name)) ?? [];
  // "the Velarian government" in one article, the state Velaria acting in another
  const [word, head, ...rest] = name.split(' ');
  if (word && head && !rest.length && ['government', 'administration'].includes(head) && !hasCountry(name)) {
    const states = index.states.filter(x => namesState(word, x.record.name));
    if (states.length === 1) return (states[0] as BatchEntity).record.id;
  }
  if (hasCountry(name)) return same.length > 1 ? pickMost(same) : null;
  // "Energy Department" -> the qualified organization with the same words (the most mentioned country's)
  const qualified = index.qualifiedByWords.get(wordsKey(name)) ?? [];
  if (qualified.length) {
    const best = pickMost(qualified);
    const bestKey = qualifiedKey(qualified.find(x => x.record.id === best)?.record.name ?? '');
    return pickMost(qualified.filter(x => qualifiedKey(x.record.name) === bestKey));
  }
  if (same.length > 1) return pickMost(same);
  // "Armed Services Committee" -> the one "Senate Armed Services Committee"
  const suffix = name.includes(' ') ? (index.orgsBySuffix.get(name.toLowerCase()) ?? []) : [];
  if (suffix.length === 1) return (suffix[0] as BatchEntity).record.id;
  // "Ostra" in one article, "Ostra City" (also called "Ostra" there) in another: the one longer name of which an
  // article used this word as the short form
  const short = name.includes(' ') ? [] : (index.orgsByShortAlias.get(name.toLowerCase()) ?? []);
  return short.length === 1 ? (short[0] as BatchEntity).record.id : null;
}

/** "US Department of Energy" -> "organization:United States|department energy". */
function qualifiedKey(name: string): string {
  const country = hasCountry(name) ? (findCountry(name.split(' ')[0] ?? '')?.name ?? null) : null;
  return orgKey(country ? stripCountry(name) : name, country);
}

function wordsKey(name: string): string {
  return orgKey(name, null).split('|')[1] ?? '';
}

function hasCountry(name: string): boolean {
  return name.includes(' ') && !!findCountry(name.split(' ')[0] ?? '');
}

function stripCountry(name: string): string {
  return name.split(' ').slice(1).join(' ');
}

/** The candidate mentioned most across the batch; ties by id (deterministic). */
function pickMost(candidates: BatchEntity[]): string | null {
  let best: BatchEntity | null = null;
  for (const c of candidates) {
    if (!best || c.mentions > best.mentions || (c.mentions === best.mentions && c.record.id < best.record.id))
      best = c;
  }
  return best ? best.record.id : null;
}

/** Last word -> person id, for surnames that belong to exactly one full-named person in the batch. */
function findBatchSurnames(merged: Map<string, EntityRecord>): Map<string, string> {
  const owners = new Map<string, string[]>();
  for (const e of merged.values()) {
    const w = e.name.split(/\s+/);
    if (e.label !== 'Person' || w.length < 2) continue;
    const last = w[w.length - 1] as string;
    const list = owners.get(last);
    if (list) list.push(e.id);
    else owners.set(last, [e.id]);
  }
  return new Map(
    [...owners].filter(([, ids]) => ids.length === 1).map(([last, ids]) => [last, ids[0] as string]),
  );
}

/** "met Duarte on Tuesday" in an article that never writes her full name: a standalone capitalised word equal to
 * a batch person's surname becomes a surname mention (the article alone had no evidence it was a person). */
function addBatchSurnames(
  a: ArticleAnalysis,
  surnames: Map<string, string>,
  merged: Map<string, EntityRecord>,
): ArticleAnalysis {
  if (!surnames.size) return a;
  const added: Mention[] = (a.surnameCandidates ?? findSurnameCandidates(a)).flatMap(c => {
    const id = surnames.get(c.word);
    return id
      ? [
          {
            entityId: id,
            start: c.start,
            end: c.start + c.word.length,
            surface: c.word,
            form: 'surname' as const,
            sentence: c.sentence,
          },
        ]
      : [];
  });
  if (!added.length) return a;
  const entities = new Map(a.entities);
  for (const m of added) {
    const base = merged.get(m.entityId) as EntityRecord;
    if (!entities.has(m.entityId)) entities.set(m.entityId, { ...base, roles: [] });
  }
  const mentions = [...a.mentions, ...added].sort(
    (x, y) => x.start - y.start || x.end - y.end || x.entityId.localeCompare(y.entityId),
  );
  return { ...a, entities, mentions };
}

function collect(analyses: ArticleAnalysis[]): Map<string, BatchEntity> {
  const batch = new Map<string, BatchEntity>();
  for (const a of analyses) {
    const counts = new Map<string, number>();
    for (const m of a.mentions)
      if (m.form !== 'pronoun') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    for (const record of a.entities.values()) {
      const e = batch.get(record.id) ?? { record, mentions: 0 };
      // the same id in several articles: every article's written forms are the entity's aliases
      if (e.record !== record)
        e.record = { ...e.record, aliases: [...new Set([...e.record.aliases, ...record.aliases])].sort() };
      e.mentions += counts.get(record.id) ?? 0;
      batch.set(record.id, e);
    }
  }
  return batch;
}

function mergeRecords(
  batch: Map<string, BatchEntity>,
  final: (id: string) => string,
): Map<string, EntityRecord> {
  const merged = new Map<string, EntityRecord>();
  const ids = [...batch.keys()].sort();
  // targets first, so a merged record keeps its full name
  for (const id of [...ids.filter(i => final(i) === i), ...ids.filter(i => final(i) !== i)]) {
    const e = (batch.get(id) as BatchEntity).record;
    const to = final(id);
    const prev = merged.get(to);
    merged.set(to, {
      id: to,
      // a one-word "person" joining a company keeps the company's label (targets come first)
      label: prev?.label ?? e.label,
      name: prev?.name ?? e.name,
      aliases: [...new Set([...(prev?.aliases ?? []), ...e.aliases])].sort(),
      kind: prev?.kind && prev.kind !== 'other' ? prev.kind : e.kind,
      roles: [],
      gender: prev?.gender ?? e.gender,
    });
  }
  return merged;
}

function rewrite(
  a: ArticleAnalysis,
  final: (id: string) => string,
  merged: Map<string, EntityRecord>,
): ArticleAnalysis {
  const entities = new Map<string, EntityRecord>();
  for (const record of a.entities.values()) {
    const id = final(record.id);
    const base = merged.get(id) as EntityRecord;
    const prev = entities.get(id);
    const roles = record.roles.map(r => ({
      ...r,
      organizationId: r.organizationId ? final(r.organizationId) : null,
    }));
    entities.set(id, { ...base, roles: [...(prev?.roles ?? []), ...roles] });
  }
  return {
    ...a,
    entities,
    mentions: a.mentions.map(m => ({ ...m, entityId: final(m.entityId) })),
  };
}
