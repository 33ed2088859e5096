// ["[Ana Duarte](person:ana-duarte) said the plan was sound. \"It will work,\" [she](person:ana-duarte|pronoun) added."]
//   -> an ArticleAnalysis with one paragraph of two sentences and two resolved mentions, so statement rules can be
// tested without the entity layer. Each string is one paragraph; sentences split after . ! ? (and a closing
// quote) before an upper-case letter or an opening quote. "|description" / "|pronoun" set the mention form.
import type { ArticleAnalysis, EntityRecord, Mention, MentionForm, Sentence, Zone } from '../../analysis';

export interface AnnotateOptions {
  /** @default '2019-03-08' */
  publishedAt?: string | null;
  /** Zone per paragraph index; others are body. */
  zones?: Record<number, Zone>;
  /** @default 'article:test' */
  articleId?: string;
}

const PRONOUNS = /^(he|she|him|her|his|hers|they|them|their|i|me|my|we|us|our|it|its)$/i;
const MARK = /\[([^\]]+)\]\(([^)|]+)(?:\|(\w+))?\)/g;
const SENTENCE_END = /[.!?]["'\u201d\u2019]?\s+(?=["\u201c\u2018A-Z])/g;

/** Builds an analysis from marked paragraphs. */
export function annotate(paragraphs: string | string[], options: AnnotateOptions = {}): ArticleAnalysis {
  const { publishedAt = '2019-03-08', zones = {}, articleId = 'article:test' } = options;
  const list = typeof paragraphs === 'string' ? [paragraphs] : paragraphs;
  let text = '';
  const marks: Array<{ start: number; end: number; surface: string; ids: string[]; form: MentionForm }> = [];
  list.forEach((marked, index) => {
    if (index > 0) text += '\n\n';
    let last = 0;
    for (const m of marked.matchAll(MARK)) {
      text += marked.slice(last, m.index);
      const surface = m[1] ?? '';
      marks.push({
        start: text.length,
        end: text.length + surface.length,
        surface,
        ids: (m[2] ?? '').split('+'),
        form: formOf(surface, m[3]),
      });
      text += surface;
      last = (m.index ?? 0) + m[0].length;
    }
    text += marked.slice(last);
  });
  const sentences = splitSentences(text, zones);
  const mentions: Mention[] = marks.flatMap(mark =>
    mark.ids.map(entityId => ({
      entityId,
      start: mark.start,
      end: mark.end,
      surface: mark.surface,
      form: mark.form,
      sentence: sentences.find(s => s.start <= mark.start && mark.end <= s.end)?.index ?? 0,
    })),
  );
  return {
    article: { id: articleId, path: `${articleId}.txt`, title: '', publishedAt, outlet: null },
    text,
    sentences,
    mentions: mentions.sort((a, b) => a.start - b.start),
    entities: toEntities(mentions),
  };
}

function splitSentences(text: string, zones: Record<number, Zone>): Sentence[] {
  const out: Sentence[] = [];
  let paragraphStart = 0;
  text.split('\n\n').forEach((paragraph, p) => {
    let start = 0;
    const cuts = [...paragraph.matchAll(SENTENCE_END)].map(m => (m.index ?? 0) + m[0].trimEnd().length);
    for (const cut of [...cuts, paragraph.length]) {
      const raw = paragraph.slice(start, cut);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) {
        const at = paragraphStart + start + lead;
        out.push({
          index: out.length,
          text: body,
          start: at,
          end: at + body.length,
          zone: zones[p] ?? 'body',
          paragraph: p,
        });
      }
      start = cut;
    }
    paragraphStart += paragraph.length + 2;
  });
  return out;
}

function formOf(surface: string, form: string | undefined): MentionForm {
  if (
    form === 'description' ||
    form === 'pronoun' ||
    form === 'surname' ||
    form === 'alias' ||
    form === 'name'
  )
    return form;
  return PRONOUNS.test(surface) ? 'pronoun' : 'name';
}

function toEntities(mentions: Mention[]): Map<string, EntityRecord> {
  const entities = new Map<string, EntityRecord>();
  for (const m of mentions) {
    const label = m.entityId.startsWith('person:') ? 'Person' : 'Organization';
    const record = entities.get(m.entityId) ?? {
      id: m.entityId,
      label,
      name: m.entityId.replace(/^\w+:/, '').replace(/-/g, ' '),
      aliases: [],
      kind: label === 'Organization' ? 'other' : null,
      roles: [],
      gender: null,
    };
    if (m.form !== 'pronoun' && !record.aliases.includes(m.surface)) record.aliases.push(m.surface);
    entities.set(m.entityId, record);
  }
  return entities;
}
