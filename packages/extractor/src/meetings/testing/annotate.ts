// "[Ana Duarte](person:ana-duarte) met [him](person:tunde-okafor) in Geneva." -> an ArticleAnalysis with one
// body sentence and two resolved mentions, so meeting rules can be tested without the entity layer.
// "[the pair](person:a+person:b)" resolves one span to two entities; "|description" or "|pronoun" sets the form.
import type { ArticleAnalysis, EntityRecord, Mention, MentionForm, Sentence, Zone } from '../../analysis';

export interface AnnotateOptions {
  /** @default '2019-03-08' */
  publishedAt?: string | null;
  /** @default 'body' */
  zone?: Zone;
  /** @default 'article:test' */
  articleId?: string;
}

const PRONOUNS = /^(he|she|him|her|his|hers|they|them|their|i|me|my|we|us|our|it|its)$/i;
const MARK = /\[([^\]]+)\]\(([^)|]+)(?:\|(\w+))?\)/g;

/** Builds an analysis from marked sentences (one string per sentence, each its own paragraph). */
export function annotate(sentences: string | string[], options: AnnotateOptions = {}): ArticleAnalysis {
  const { publishedAt = '2019-03-08', zone = 'body', articleId = 'article:test' } = options;
  const list = typeof sentences === 'string' ? [sentences] : sentences;
  let text = '';
  const out: Sentence[] = [];
  const mentions: Mention[] = [];
  list.forEach((marked, index) => {
    if (index > 0) text += '\n';
    const start = text.length;
    let plain = '';
    let last = 0;
    for (const m of marked.matchAll(MARK)) {
      plain += marked.slice(last, m.index);
      const surface = m[1] ?? '';
      const at = start + plain.length;
      for (const entityId of (m[2] ?? '').split('+')) {
        mentions.push({
          entityId,
          start: at,
          end: at + surface.length,
          surface,
          form: formOf(surface, m[3]),
          sentence: index,
        });
      }
      plain += surface;
      last = (m.index ?? 0) + m[0].length;
    }
    plain += marked.slice(last);
    text += plain;
    out.push({ index, text: plain, start, end: start + plain.length, zone, paragraph: index });
  });
  return {
    article: { id: articleId, path: `${articleId}.txt`, title: '', publishedAt, outlet: null },
    text,
    sentences: out,
    mentions: mentions.sort((a, b) => a.start - b.start),
    entities: toEntities(mentions),
  };
}

function formOf(surface: string, given: string | undefined): MentionForm {
  if (given) return given as MentionForm;
  if (PRONOUNS.test(surface)) return 'pronoun';
  return /^[a-z]/.test(surface) ? 'description' : 'name';
}

function toEntities(mentions: Mention[]): Map<string, EntityRecord> {
  const entities = new Map<string, EntityRecord>();
  for (const m of mentions) {
    const record = entities.get(m.entityId) ?? createRecord(m.entityId);
    if (!record.aliases.includes(m.surface) && m.form !== 'pronoun') record.aliases.push(m.surface);
    if (m.form === 'name' && m.surface.length > record.name.length) record.name = m.surface;
    entities.set(m.entityId, record);
  }
  return entities;
}

function createRecord(id: string): EntityRecord {
  const label = id.startsWith('organization:') ? 'Organization' : 'Person';
  const fallback = (id.split(':')[1] ?? id)
    .split('-')
    .map(w => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return {
    id,
    label,
    name: fallback,
    aliases: [],
    kind: label === 'Organization' ? 'other' : null,
    roles: [],
    gender: null,
  };
}
