// generateArticles({ from: 0, count: 1000 }) -> 1000 distinct invented news articles for the scale benchmarks.
// Articles come in story worlds of ARTICLES_PER_WORLD: four outlets covering one story (a meeting, quotes, a
// denial, an accusation, a figure), each in its own wording, published within two days, so the cross-article
// stages have real work (one quote in two outlets, one meeting, a denial against a charge). Every world has its
// own people, organizations and place: names are built from invented syllables by the world's number, so no
// name is used by two worlds and entities never collapse across stories, whatever the archive size. Templates
// and pools are invented for the benchmark (no article of any corpus). Deterministic: article n is always the
// same text, so an archive of 1,000 is the first 1,000 articles of one of 10,000.
import type { ArticleInput } from '@news-kg/graph-model';

export interface GenerateArticlesOptions {
  /** Number of the first article (0-based): archives and the batches added to them do not overlap. */
  from?: number;
  count: number;
}

export const ARTICLES_PER_WORLD = 4;

const GIVEN = [
  'Anna',
  'Emma',
  'Oliver',
  'Thomas',
  'Lucy',
  'Daniel',
  'Helen',
  'Alice',
  'Henry',
  'Grace',
  'Julia',
  'Edward',
  'Claire',
  'Simon',
  'Rachel',
  'Victor',
];
// surnames: ONSET + MIDDLE + CODA, one per number (mixed radix), with a further ONSET in front past the pool
const ONSET = ['Kel', 'Dor', 'Vas', 'Tam', 'Bren', 'Hol', 'Quin', 'Ril', 'Sab', 'Tor', 'Vey', 'Wen'];
const MIDDLE = ['ma', 've', 'ri', 'lo', 'da', 'ne', 'so', 'ku', 'pe', 'gi'];
const CODA = ['rden', 'vich', 'lund', 'stad', 'wick', 'berg', 'mont', 'hurst', 'rova', 'quist'];
const ORG_KINDS = [
  'Shipping Group',
  'Energy Company',
  'Port Authority',
  'Workers Union',
  'Construction Group',
];
const PLACE_ENDS = ['haven', 'ford', 'mere', 'bridge', 'holm'];
const TOPICS = [
  { thing: 'harbour contract', work: 'the harbour works' },
  { thing: 'rail tender', work: 'the new rail line' },
  { thing: 'water plant deal', work: 'the water plant' },
  { thing: 'hospital lease', work: 'the hospital wing' },
  { thing: 'ferry subsidy', work: 'the ferry service' },
  { thing: 'mine licence', work: 'the copper mine' },
];
const OUTLETS = ['Coastal Courier', 'Evening Ledger', 'Valley Wire', 'Morning Gazette'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 5);

interface World {
  a: { full: string; last: string };
  b: { full: string; last: string };
  c: { full: string; last: string };
  orgA: string;
  orgB: string;
  place: string;
  topic: (typeof TOPICS)[number];
  figure: string;
  met: Date;
}

/** `count` articles from number `from`: path "world-000123/2-valley-wire.txt", text with a dated header. */
export function generateArticles({ from = 0, count }: GenerateArticlesOptions): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (let n = from; n < from + count; n += 1) {
    const w = Math.floor(n / ARTICLES_PER_WORLD);
    const k = n % ARTICLES_PER_WORLD;
    const world = toWorld(w);
    const outlet = OUTLETS[k]!;
    const slug = outlet.toLowerCase().replace(/\s+/g, '-');
    out.push({
      path: `world-${String(w).padStart(6, '0')}/${k}-${slug}.txt`,
      text: TEMPLATES[k]!(world, outlet, new Date(world.met.getTime() + (1 + (k % 2)) * DAY_MS)),
    });
  }
  return out;
}

function toWorld(w: number): World {
  // numbers 5w .. 5w+4: three people and two organizations of their own
  const person = (i: number) => {
    const last = toSurname(5 * w + i);
    return { full: `${GIVEN[(w * 3 + i * 5) % GIVEN.length]!} ${last}`, last };
  };
  const orgName = (i: number) => toSurname(5 * w + 3 + i);
  return {
    a: person(0),
    b: person(1),
    c: person(2),
    orgA: `${orgName(0)} ${ORG_KINDS[w % ORG_KINDS.length]!}`,
    orgB: `${orgName(1)} ${ORG_KINDS[(w + 2) % ORG_KINDS.length]!}`,
    place: `${ONSET[w % ONSET.length]!}${PLACE_ENDS[Math.floor(w / ONSET.length) % PLACE_ENDS.length]!}`,
    topic: TOPICS[w % TOPICS.length]!,
    figure: String(120 + ((w * 37) % 880)),
    // two stories a day: the news cycles of distant worlds never meet
    met: new Date(FIRST_DAY + Math.floor(w / 2) * DAY_MS),
  };
}

/** A distinct invented surname per number. */
export function toSurname(n: number): string {
  let rest = n;
  const parts: string[] = [];
  for (const pool of [CODA, MIDDLE, ONSET]) {
    parts.unshift(pool[rest % pool.length]!.toLowerCase());
    rest = Math.floor(rest / pool.length);
  }
  while (rest > 0) {
    rest -= 1;
    parts.unshift(ONSET[rest % ONSET.length]!.toLowerCase());
    rest = Math.floor(rest / ONSET.length);
  }
  const name = parts.join('');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const dayOf = (d: Date) => `${MONTHS[d.getUTCMonth()]!} ${d.getUTCDate()}`;
const fullDate = (d: Date) => `${dayOf(d)}, ${d.getUTCFullYear()}`;
const weekday = (d: Date) => WEEKDAYS[d.getUTCDay()]!;

type Template = (w: World, outlet: string, published: Date) => string;

const TEMPLATES: Template[] = [
  (w, outlet, published) =>
    [
      `${w.a.last} met ${w.b.last} over ${w.topic.thing}`,
      `By staff, ${outlet}\nUpdated 0900 GMT ${fullDate(published)}`,
      `${w.place.toUpperCase()} (${outlet}) ${w.a.full}, chief executive of ${w.orgA}, met ${w.b.full}, head of ${w.orgB}, in ${w.place} on ${weekday(w.met)}, ${dayOf(w.met)}, to discuss the ${w.topic.thing}.`,
      `"We will finish ${w.topic.work} on time and on budget," ${w.a.last} told journalists once the talks were over.`,
      `${w.b.last} denied that ${w.orgB} had hidden the cost of ${w.topic.work}. "Nothing was hidden from anyone," ${w.b.last} said.`,
      `Opposition councillor ${w.c.full} accused ${w.orgA} of wasting ${w.figure} million on ${w.topic.work}.`,
    ].join('\n\n'),
  (w, outlet, published) =>
    [
      `Talks on ${w.topic.thing} in ${w.place}`,
      `By staff, ${outlet}\nUpdated 1130 GMT ${fullDate(published)}`,
      `${w.place.toUpperCase()} (${outlet}) The head of ${w.orgB}, ${w.b.full}, held talks with ${w.a.full} of ${w.orgA} on ${weekday(w.met)} about the ${w.topic.thing}.`,
      `${w.a.last} said the company would finish ${w.topic.work} on time and on budget.`,
      `${w.b.last} rejected claims that the cost of ${w.topic.work} had been hidden. "Nothing was hidden from anyone," ${w.b.last} said.`,
      `${w.c.full}, an opposition councillor, said ${w.figure} million had been wasted on ${w.topic.work}.`,
    ].join('\n\n'),
  (w, outlet, published) =>
    [
      `Councillor says ${w.figure} million wasted on ${w.topic.work}`,
      `By staff, ${outlet}\nUpdated 1400 GMT ${fullDate(published)}`,
      `${w.place.toUpperCase()} (${outlet}) ${w.c.full} said on ${weekday(published)} that ${w.orgA} had wasted ${w.figure} million on ${w.topic.work}. "The public deserves to know where the money went," ${w.c.last} said.`,
      `${w.a.full} of ${w.orgA} met ${w.b.full} in ${w.place} on ${dayOf(w.met)}, according to both companies.`,
      `"We will finish ${w.topic.work} on time and on budget," ${w.a.last} said.`,
    ].join('\n\n'),
  (w, outlet, published) =>
    [
      `${w.orgB} chief denies hiding costs`,
      `By staff, ${outlet}\nUpdated 1715 GMT ${fullDate(published)}`,
      `${w.place.toUpperCase()} (${outlet}) ${w.b.full} denied on ${weekday(published)} that ${w.orgB} had hidden the cost of ${w.topic.work}.`,
      `${w.b.last} met ${w.a.full} earlier in the week to discuss the ${w.topic.thing}, the two companies said. ${w.a.last} confirmed that the meeting had taken place.`,
      `"The public deserves to know where the money went," said ${w.c.full}, an opposition councillor.`,
    ].join('\n\n'),
];
