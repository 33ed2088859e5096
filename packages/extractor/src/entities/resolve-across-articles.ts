// Article A says "Ana Duarte", article B only "Duarte"; A says "US Justice Department", B "Justice Department"
// -> one id each across the batch. A one-word name joins the unique full name ending with it (else the most
// mentioned one); an unqualified organization joins the unique qualified one with the same words or suffix.
import type { ArticleAnalysis, EntityRecord, Mention } from '../analysis';
import { findCountry } from '../lexicon/countries';
import { orgKey } from './06-resolve-names';

interface BatchEntity {
  record: EntityRecord;
  mentions: number;
}

/** Rewrites every analysis so that the same real entity has the same id (and merged name and aliases). */
export function resolveAcrossArticles(analyses: ArticleAnalysis[]): ArticleAnalysis[] {
  const batch = collect(analyses);
  const target = new Map<string, string>();
  for (const [id, e] of batch) {
    const to = e.record.label === 'Person' ? findPersonTarget(e, batch) : findOrgTarget(e, batch);
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

/** Last word -> person id, for surnames that belong to exactly one full-named person in the batch. */
function findBatchSurnames(merged: Map<string, EntityRecord>): Map<string, string> {
  const owners = new Map<string, string[]>();
  for (const e of merged.values()) {
    const w = e.name.split(/\s+/);
    if (e.label !== 'Person' || w.length < 2) continue;
    const last = w[w.length - 1] as string;
    owners.set(last, [...(owners.get(last) ?? []), e.id]);
  }
  return new Map([...owners].filter(([, ids]) => ids.length === 1).map(([last, ids]) => [last, ids[0] as string]));
}

/** "met Duarte on Tuesday" in an article that never writes her full name: a standalone capitalised word equal to
 * a batch person's surname becomes a surname mention (the article alone had no evidence it was a person). */
function addBatchSurnames(a: ArticleAnalysis, surnames: Map<string, string>, merged: Map<string, EntityRecord>): ArticleAnalysis {
  if (!surnames.size || !a.terms) return a;
  const added: Mention[] = [];
  a.terms.forEach((terms, sentence) => {
    const zone = a.sentences[sentence]?.zone;
    if (zone === 'boilerplate') return;
    terms.forEach((t, i) => {
      const word = t.text.replace(/['’]s?$/, '');
      const id = surnames.get(word);
      if (!id || !/^\p{Lu}/u.test(word)) return;
      const capital = (x: { text: string } | undefined): boolean => !!x && /^\p{Lu}/u.test(x.text);
      if (capital(terms[i - 1]) || capital(terms[i + 1])) return;
      if (a.mentions.some(m => m.start < t.end && t.start < m.end)) return;
      added.push({ entityId: id, start: t.start, end: t.start + word.length, surface: word, form: 'surname', sentence });
    });
  });
  if (!added.length) return a;
  const entities = new Map(a.entities);
  for (const m of added) {
    const base = merged.get(m.entityId) as EntityRecord;
    if (!entities.has(m.entityId)) entities.set(m.entityId, { ...base, roles: [] });
  }
  const mentions = [...a.mentions, ...added].sort((x, y) => x.start - y.start || x.end - y.end || x.entityId.localeCompare(y.entityId));
  return { ...a, entities, mentions };
}

function collect(analyses: ArticleAnalysis[]): Map<string, BatchEntity> {
  const batch = new Map<string, BatchEntity>();
  for (const a of analyses) {
    for (const record of a.entities.values()) {
      const e = batch.get(record.id) ?? { record, mentions: 0 };
      e.mentions += a.mentions.filter(m => m.entityId === record.id && m.form !== 'pronoun').length;
      batch.set(record.id, e);
    }
  }
  return batch;
}

const words = (name: string): string[] => name.toLowerCase().split(/\s+/);

function findPersonTarget(e: BatchEntity, batch: Map<string, BatchEntity>): string | null {
  const own = words(e.record.name);
  const fuller = [...batch.values()].filter(x => {
    if (x.record.label !== 'Person') return false;
    const w = words(x.record.name);
    return w.length > own.length && own.every((word, i) => w[w.length - own.length + i] === word);
  });
  return pickMost(fuller);
}

function findOrgTarget(e: BatchEntity, batch: Map<string, BatchEntity>): string | null {
  if (e.record.kind === 'state') return null;
  const orgs = [...batch.values()].filter(x => x.record.label === 'Organization' && x.record.kind !== 'state');
  const key = qualifiedKey(e.record.name);
  // "US Department of Justice" in one article, "US Justice Department" in another: the same words and country
  const same = orgs.filter(x => qualifiedKey(x.record.name) === key);
  if (hasCountry(e.record.name)) return same.length > 1 ? pickMost(same) : null;
  // "Justice Department" -> the qualified organization with the same words
  const words = orgKey(e.record.name, null).split('|')[1];
  const qualified = orgs.filter(x => hasCountry(x.record.name) && orgKey(stripCountry(x.record.name), null).split('|')[1] === words);
  if (qualified.length) return pickMost(qualified.filter(x => qualifiedKey(x.record.name) === qualifiedKey(pickName(qualified))));
  if (same.length > 1) return pickMost(same);
  const lower = e.record.name.toLowerCase();
  const suffix = orgs.filter(x => x !== e && lower.includes(' ') && x.record.name.toLowerCase().endsWith(` ${lower}`));
  return suffix.length === 1 ? (suffix[0] as BatchEntity).record.id : null;
}

/** "US Department of Justice" -> "organization:United States|department justice". */
function qualifiedKey(name: string): string {
  const country = hasCountry(name) ? (findCountry(name.split(' ')[0] ?? '')?.name ?? null) : null;
  return orgKey(country ? stripCountry(name) : name, country);
}

function pickName(candidates: BatchEntity[]): string {
  const id = pickMost(candidates);
  return candidates.find(c => c.record.id === id)?.record.name ?? '';
}

function hasCountry(name: string): boolean {
  return name.includes(' ') && !!findCountry(name.split(' ')[0] ?? '');
}

function stripCountry(name: string): string {
  return name.split(' ').slice(1).join(' ');
}

/** The candidate mentioned most across the batch; ties by id (deterministic). */
function pickMost(candidates: BatchEntity[]): string | null {
  const best = [...candidates].sort((a, b) => b.mentions - a.mentions || a.record.id.localeCompare(b.record.id))[0];
  return best ? best.record.id : null;
}

function mergeRecords(batch: Map<string, BatchEntity>, final: (id: string) => string): Map<string, EntityRecord> {
  const merged = new Map<string, EntityRecord>();
  const ids = [...batch.keys()].sort();
  // targets first, so a merged record keeps its full name
  for (const id of [...ids.filter(i => final(i) === i), ...ids.filter(i => final(i) !== i)]) {
    const e = (batch.get(id) as BatchEntity).record;
    const to = final(id);
    const prev = merged.get(to);
    merged.set(to, {
      id: to,
      label: e.label,
      name: prev?.name ?? e.name,
      aliases: [...new Set([...(prev?.aliases ?? []), ...e.aliases])].sort(),
      kind: prev?.kind && prev.kind !== 'other' ? prev.kind : e.kind,
      roles: [],
      gender: prev?.gender ?? e.gender,
    });
  }
  return merged;
}

function rewrite(a: ArticleAnalysis, final: (id: string) => string, merged: Map<string, EntityRecord>): ArticleAnalysis {
  const entities = new Map<string, EntityRecord>();
  for (const record of a.entities.values()) {
    const id = final(record.id);
    const base = merged.get(id) as EntityRecord;
    const prev = entities.get(id);
    const roles = record.roles.map(r => ({ ...r, organizationId: r.organizationId ? final(r.organizationId) : null }));
    entities.set(id, { ...base, roles: [...(prev?.roles ?? []), ...roles] });
  }
  return {
    ...a,
    entities,
    mentions: a.mentions.map(m => ({ ...m, entityId: final(m.entityId) })),
  };
}
