// generateSyntheticDocument({ articles: 1000, seed: 1 }) -> a GraphDocument shaped like the extractor's output for
// 1000 articles: ~8 people and ~3 organizations mentioned per article, drawn with a skew so a few people appear in
// many articles (as in real coverage), meetings and quotes reported by several articles, roles repeated, aliases
// that grow across articles. Invented names only; deterministic for a given seed.
import { meetingId, organizationId, personId, statementId } from '@news-kg/graph-model';
import type { GraphDocument, GraphNode, GraphRelationship } from '@news-kg/graph-model';
import { createRandom } from './generate-random';

export interface GenerateSyntheticDocumentOptions {
  articles: number;
  /** @default 1 */
  seed?: number;
}

const FIRST = [
  'Ana',
  'Tomas',
  'Lena',
  'Omar',
  'Priya',
  'Jonas',
  'Mira',
  'Karim',
  'Elena',
  'Hugo',
  'Sofia',
  'Ivan',
  'Nadia',
  'Pavel',
  'Rosa',
  'Felix',
  'Leila',
  'Marco',
  'Ines',
  'Viktor',
];
const LAST = [
  'Duarte',
  'Reyes',
  'Ortiz',
  'Halvorsen',
  'Mbeki',
  'Castell',
  'Novak',
  'Lindqvist',
  'Okafor',
  'Brandt',
  'Sato',
  'Petrov',
  'Alvarez',
  'Keller',
  'Moreau',
  'Quist',
  'Varga',
  'Nakamura',
  'Ferraz',
  'Dalton',
  'Ibsen',
  'Rahman',
  'Costa',
  'Weber',
];
const ROLES = [
  'Finance Minister',
  'spokeswoman',
  'ambassador',
  'senator',
  'chief executive',
  'Interior Minister',
  'adviser',
];
const ORG_WORDS = [
  'Ministry of Finance',
  'Harbour Authority',
  'National Bank',
  'Energy Agency',
  'Labour Party',
  'Daily Example',
  'Trade Council',
  'Rail Company',
];
const KINDS = [
  'government',
  'government',
  'company',
  'government',
  'party',
  'media',
  'committee',
  'company',
] as const;
const OUTLETS = ['Daily Example', 'Morning Ledger', 'The Courier', 'Evening Post'];
const STATEMENT_KINDS = ['claim', 'denial', 'accusation', 'confirmation', 'refusal'] as const;

/** Deterministic synthetic GraphDocument for benchmarks (see file comment). */
export function generateSyntheticDocument({
  articles,
  seed = 1,
}: GenerateSyntheticDocumentOptions): GraphDocument {
  const random = createRandom(seed);
  const peoplePool = Math.max(20, Math.ceil(articles * 0.6));
  const orgPool = Math.max(16, Math.ceil(articles / 20));
  const meetingPool = Math.max(5, Math.ceil(articles * 0.5));
  const statementPool = Math.max(10, Math.ceil(articles * 2.5));
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRelationship>();
  const addRel = (rel: GraphRelationship, key = ''): void => {
    rels.set(`${rel.type}|${rel.start}|${rel.end}|${key}`, rel);
  };

  const personName = (i: number): string =>
    `${FIRST[i % FIRST.length]} ${String.fromCharCode(65 + (Math.floor(i / FIRST.length) % 26))}. ${LAST[Math.floor(i / (FIRST.length * 26)) % LAST.length]}`;
  const orgName = (i: number): string =>
    `${ORG_WORDS[i % ORG_WORDS.length]} ${Math.floor(i / ORG_WORDS.length) + 1}`;
  const addPerson = (i: number, alias: string): string => {
    const name = personName(i);
    const id = personId(name);
    const seen = nodes.get(id);
    const aliases = new Set<string>((seen?.properties.aliases as string[] | undefined) ?? [name]);
    aliases.add(alias);
    nodes.set(id, { id, labels: ['Person'], properties: { name, aliases: [...aliases].sort() } });
    return id;
  };
  const addOrg = (i: number): string => {
    const name = orgName(i);
    const id = organizationId(name);
    nodes.set(id, {
      id,
      labels: ['Organization'],
      properties: { name, aliases: [name], kind: KINDS[i % KINDS.length] as string },
    });
    return id;
  };

  for (let a = 0; a < articles; a++) {
    const articleId = `article:${String(a).padStart(8, '0')}${(seed % 65536).toString(16).padStart(8, '0')}`;
    const day = new Date(Date.UTC(2016, 0, 1 + (a % 700))).toISOString().slice(0, 10);
    nodes.set(articleId, {
      id: articleId,
      labels: ['Article'],
      properties: {
        path: `synthetic/article-${a}.txt`,
        title: `Synthetic report ${a}`,
        publishedAt: day,
        outlet: OUTLETS[a % OUTLETS.length] as string,
      },
    });
    let offset = 0;
    const sentence = (text: string): { evidence: string; start: number; end: number } => {
      const start = offset;
      offset += text.length + 1;
      return { evidence: text, start, end: start + text.length };
    };
    const people = new Set<number>();
    while (people.size < random.int(5, 10)) people.add(random.skewed(peoplePool));
    for (const p of people) {
      const surname = personName(p).split(' ').at(-1) as string;
      const alias = random.next() < 0.3 ? `${ROLES[p % ROLES.length]} ${personName(p)}` : surname;
      const id = addPerson(p, alias);
      addRel({ type: 'MENTIONS', start: articleId, end: id, properties: { count: random.int(1, 6) } });
      if (random.next() < 0.4) {
        const org = addOrg(p % orgPool);
        addRel(
          {
            type: 'AFFILIATED_WITH',
            start: id,
            end: org,
            properties: { role: ROLES[p % ROLES.length] as string },
          },
          ROLES[p % ROLES.length],
        );
      }
    }
    for (let k = random.int(2, 4); k > 0; k--) {
      const org = addOrg(random.skewed(orgPool, 1.5));
      addRel({ type: 'MENTIONS', start: articleId, end: org, properties: { count: random.int(1, 4) } });
    }
    for (let k = random.int(1, 2); k > 0; k--) {
      const m = random.skewed(meetingPool, 1.8);
      const participants = [
        addPerson(m % peoplePool, personName(m % peoplePool)),
        addPerson((m * 7 + 3) % peoplePool, personName((m * 7 + 3) % peoplePool)),
      ];
      const date = `2016-${String((m % 12) + 1).padStart(2, '0')}`;
      const id = meetingId(participants, date, 'reported');
      nodes.set(id, {
        id,
        labels: ['Meeting'],
        properties: {
          date,
          dateText: `in month ${(m % 12) + 1}`,
          place: m % 3 === 0 ? null : `Venue ${m % 50}`,
          summary: `Meeting ${m} of ${participants.join(' and ')}`,
          status: 'reported',
        },
      });
      for (const p of participants) addRel({ type: 'PARTICIPATED_IN', start: p, end: id, properties: {} });
      const ev = sentence(`Report ${a} says meeting ${m} took place between the two officials.`);
      addRel({ type: 'REPORTED_IN', start: id, end: articleId, properties: ev }, `${ev.start}`);
    }
    for (let k = random.int(2, 5); k > 0; k--) {
      const s = random.skewed(statementPool, 1.6);
      const speakerIndex = (s * 13 + 5) % peoplePool;
      const speaker = addPerson(speakerIndex, personName(speakerIndex));
      const text = `Statement number ${s}: the plan for district ${s % 97} will go ahead as agreed, the speaker said.`;
      const id = statementId([speaker], text);
      nodes.set(id, {
        id,
        labels: ['Statement'],
        properties: {
          text,
          kind: STATEMENT_KINDS[s % STATEMENT_KINDS.length] as string,
          quoted: s % 2 === 0,
          date: day,
        },
      });
      addRel({ type: 'STATED', start: speaker, end: id, properties: {} });
      const about = addPerson((s * 5 + 1) % peoplePool, personName((s * 5 + 1) % peoplePool));
      addRel({ type: 'ABOUT', start: id, end: about, properties: {} });
      const ev = sentence(`In report ${a}, ${text}`);
      addRel({ type: 'REPORTED_IN', start: id, end: articleId, properties: ev }, `${ev.start}`);
    }
  }
  return { nodes: [...nodes.values()], relationships: [...rels.values()] };
}
