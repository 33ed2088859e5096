// "Finance Minister Ana Duarte … Duarte's office … the Finance Ministry … Brazil's Finance Ministry" ->
// one person "Ana Duarte" (surname mention "Duarte"), one organization "Brazilian Finance Ministry"
// (alias "Finance Ministry"). Within one article a surname or a shorter form resolves to the full name it
// is part of; a bare "Ministry" resolves only when one ministry is named.
import type { OrganizationKind } from '@news-kg/graph-model';
import type { MentionForm, RoleFact } from '../analysis';
import { findCountry } from '../lexicon/countries';
import { ORG_HEADS } from '../lexicon/organizations';
import { HONORIFIC_ROLES, ROLE_HEADS } from '../lexicon/titles';
import { prefixOf } from './03-find-known-spans';
import type { RawMention } from './05-collect-mentions';
import { EVIDENCED } from './find-organization-evidence';
import { FOLDED_QUALIFIER } from './qualified-bodies';
import { COURTESY } from '../lexicon/titles';

export interface WorkEntity {
  key: string;
  label: 'Person' | 'Organization';
  name: string;
  aliases: Set<string>;
  kind: OrganizationKind | null;
  roles: RoleFact[];
  gender: 'male' | 'female' | null;
  /** Lower-case name words ("ana", "duarte"); for organizations the sorted content words. */
  words: string[];
  country: string | null;
  /** Mentions in this article (every form), for "most recent" choices. */
  mentionCount: number;
  /** Class nouns that introduced or described an organization ("regulator"), for "the regulator". */
  classNouns?: Set<string>;
}

export interface WorkMention {
  entityKey: string;
  start: number;
  end: number;
  surface: string;
  form: MentionForm;
  sentence: number;
  /** Token range of the mention in its sentence (inclusive), -1 when not token-aligned. */
  first: number;
  last: number;
}

export interface ResolvedNames {
  entities: Map<string, WorkEntity>;
  mentions: WorkMention[];
  /** The entity each raw mention was resolved to (by raw mention identity). */
  entityOf: Map<RawMention, string>;
}

const NAME_STOP = new Set(['of', 'the', 'and', 'for', 'on', '&']);
const MINISTRY_HEADS = new Set(['ministry', 'department', 'office']);

/** Resolves raw mentions of one article to entities: full names first, then surnames and short forms. */
export function resolveNames(raw: readonly RawMention[]): ResolvedNames {
  const r: ResolvedNames = { entities: new Map(), mentions: [], entityOf: new Map() };
  markSurnameReferences(raw);
  const people = raw.filter(
    m => m.type === 'person' || (m.type === 'name' && m.personSignal && m.last > m.first),
  );
  // "Bramble Valley admits fault" beside "Bramble Valley Water": a bare name that opens an organization's name of
  // the article is that organization shortened (resolveShortName), not a person, unless a title or first name says so
  const orgNames = raw.filter(m => m.type === 'org').map(m => `${m.surface.toLowerCase()} `);
  const opensOrgName = (m: RawMention): boolean =>
    m.type === 'name' &&
    !m.title &&
    !m.firstName &&
    orgNames.some(o => o.startsWith(`${m.surface.toLowerCase()} `));
  const full = people.filter(m => m.last > m.first && !opensOrgName(m));
  const distinct = [...new Set(full.map(m => cleanPersonName(m.surface).toLowerCase()))].map(n =>
    n.split(' '),
  );
  // "Von der Leyen" after "Ursula von der Leyen", "Elena Vidal" after "Maria Elena Vidal": a shorter form
  const shortForms = new Set(
    distinct.filter(w => distinct.some(o => o.length > w.length && endsWith(o, w))).map(w => w.join(' ')),
  );
  for (const m of full) {
    const name = cleanPersonName(m.surface);
    if (!shortForms.has(name.toLowerCase())) addPerson(r, m, name, 'name');
  }
  // full names before one-word ones, so that "Acme spokeswoman" in a headline finds "Acme Industrie" named later
  const orgs = raw.filter(m => m.type === 'org');
  for (const m of [...orgs].sort((a, b) => Number(isOneWord(a)) - Number(isOneWord(b)))) {
    // "Voss spokeswoman X" after "Mara Voss": weak evidence of an organization yields to a person's surname
    if (EVIDENCED.has(m) && isSurnameOfPerson(r, m.surface)) {
      m.type = 'name';
      continue;
    }
    // "Anwell's commission", "the commission of Anwell" after "Judge Perpetua Anwell": a person's family name
    // qualifies no public body (the body is the one she chairs, named elsewhere); the name is hers again
    const qualifier = FOLDED_QUALIFIER.get(m);
    if (qualifier && isSurnameOfPerson(r, qualifier.surface.replace(/['’]s$/i, ''))) {
      Object.assign(m, qualifier);
      continue;
    }
    resolveOrg(r, m, raw);
  }
  for (const m of raw) {
    if (r.entityOf.has(m) || m.type === 'org' || m.type === 'country') continue;
    resolveShortName(r, m);
  }
  for (const m of raw.filter(m => m.type === 'country')) {
    // "Nigeria's ambassador" makes the state an employer; "the Chinese envoy" (a demonym) describes, and a
    // country named only that way stays a place unless it acts somewhere in the article
    const employer =
      countryForm(m) !== 'description' &&
      raw.some(
        p =>
          p.qualifier === m &&
          r.entityOf.has(p) &&
          r.entities.get(r.entityOf.get(p) as string)?.label === 'Person',
      );
    const needed = m.acting || employer;
    if (needed) addOrg(r, m, m.known ?? m.surface, 'state', countryForm(m), m.known);
  }
  // a country named only as a place still counts once it is an actor somewhere in the article
  for (const m of raw.filter(m => m.type === 'country' && !r.entityOf.has(m))) {
    if (m.known && r.entities.has(orgKey(m.known, null)))
      addOrg(r, m, m.known, 'state', countryForm(m), m.known);
  }
  for (const m of raw) addTitleRole(r, m);
  r.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return r;
}

/** The state entity of the article that "X government" / "X administration" names by X (its name or a demonym
 * formed on it: "Velarian" on "Velaria"). */
export function stateOfGovernment(r: ResolvedNames, name: string): WorkEntity | null {
  const [word, head, ...rest] = name.split(' ');
  if (!word || rest.length || !head || !['government', 'administration'].includes(head)) return null;
  const states = [...r.entities.values()].filter(
    x => x.label === 'Organization' && x.kind === 'state' && namesState(word, x.name),
  );
  return states.length === 1 ? (states[0] as WorkEntity) : null;
}

/** "Velaria" or "Velarian" for the state "Velaria". */
export function namesState(word: string, state: string): boolean {
  const w = word.toLowerCase();
  const s = state.toLowerCase();
  if (w === s) return true;
  const stem = s.replace(/(ia|a|e|y)$/, '');
  return stem.length >= 4 && w.startsWith(stem) && /^(n|an|ian|ese|i|ish|ic)$/.test(w.slice(stem.length));
}

/** "Tunde Okafor … Okafor denied": a name of two or three words whose last word the article later uses alone
 * is a person (people are shortened to the family name, organizations to their first word). */
function markSurnameReferences(raw: readonly RawMention[]): void {
  // words, not tokens: the tagger splits "Fairbourne-Day" at its hyphen into two tokens of one name word
  const wordsOf = (m: RawMention): number => m.surface.trim().split(/\s+/).length;
  const singles = new Set(
    raw
      .filter(m => (m.type === 'name' || m.type === 'person') && wordsOf(m) === 1)
      .map(m => m.surface.toLowerCase()),
  );
  if (!singles.size) return;
  for (const m of raw) {
    if (m.type !== 'name' || m.personSignal || wordsOf(m) === 1 || wordsOf(m) > 3) continue;
    const last = m.surface.toLowerCase().split(/\s+/).pop() ?? '';
    // "Environment Minister … the Minister": a title used alone is no family name
    if (ROLE_HEADS.has(last)) continue;
    if (last.length > 1 && singles.has(last) && !/^[\p{Lu}\s.]+$/u.test(m.surface)) m.personSignal = true;
  }
}

function isSurnameOfPerson(r: ResolvedNames, surface: string): boolean {
  const words = surface.toLowerCase().split(/\s+/);
  return [...r.entities.values()].some(
    e => e.label === 'Person' && e.words.length > words.length && endsWith(e.words, words),
  );
}

/** "Ana Duarte." -> "Ana Duarte"; whitespace collapsed. */
function cleanPersonName(surface: string): string {
  return surface
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .trim();
}

export const personKey = (name: string): string =>
  `person:${name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')}`;

function addPerson(r: ResolvedNames, m: RawMention, name: string, form: MentionForm): void {
  const key = personKey(name);
  let e = r.entities.get(key);
  if (!e) {
    e = {
      key,
      label: 'Person',
      name,
      aliases: new Set(),
      kind: null,
      roles: [],
      gender: null,
      words: name.toLowerCase().split(/[\s]+/),
      country: null,
      mentionCount: 0,
    };
    r.entities.set(key, e);
  }
  e.gender ??= m.gender;
  link(r, e, m, form);
}

function link(r: ResolvedNames, e: WorkEntity, m: RawMention, form: MentionForm): void {
  if (form !== 'description' && form !== 'pronoun') e.aliases.add(m.surface.replace(/\s+/g, ' '));
  e.mentionCount++;
  r.entityOf.set(m, e.key);
  r.mentions.push({
    entityKey: e.key,
    start: m.start,
    end: m.end,
    surface: m.surface,
    form,
    sentence: m.sentence,
    first: m.first,
    last: m.last,
  });
}

/** A surname or a shorter form of a full name; else a one-word name with evidence of being a person. */
function resolveShortName(r: ResolvedNames, m: RawMention): void {
  const words = m.surface.toLowerCase().split(/\s+/);
  const matches = [...r.entities.values()].filter(
    e => e.label === 'Person' && e.words.length > words.length && endsWith(e.words, words),
  );
  if (matches.length) {
    const chosen = pickRecent(r, matches, m);
    link(r, chosen, m, words.length === 1 ? 'surname' : 'alias');
    return;
  }
  // "Xi" after "Xi Jinping": a family name written first, used alone; only when one full name of the article
  // starts with it and it is not a common first name ("Anna" alone is not "Anna Berg"'s short form) unless a title
  // goes before it ("Ambassador Lemma", "Prince Khalid": a title with the given name, as some cultures name people)
  // A given name alone after the person was named in full is that person's short form too ("Lena Ortiz … Lena
  // said"), when exactly one full name of the article opens with it
  if (words.length === 1) {
    const leading = [...r.entities.values()].filter(
      e => e.label === 'Person' && e.words.length > 1 && e.words[0] === words[0],
    );
    if (leading.length === 1) {
      link(r, leading[0] as WorkEntity, m, m.firstName && !m.title ? 'alias' : 'surname');
      return;
    }
  }
  // "Acme halts trial" (a headline) with "Acme Industrie" in the body, "Acme grounded its fleet" with "Acme chief
  // executive X" elsewhere: a verb after a bare name is weak evidence of a person next to an organization of that
  // name or whose name it opens
  const weakPerson = m.type !== 'person' && !m.title && !m.firstName;
  // "Drelland accuses X of …" after "Drelland's President": a bare name the article made a state is that state
  const sameOrg = weakPerson ? (findSameNamedOrg(r, m) ?? findSameNamedState(r, m)) : null;
  if (sameOrg) {
    link(r, sameOrg, m, 'name');
    return;
  }
  // "Glenna said" after "Staff at Glenna Dairies": a given name alone that opens a company's name of the article (and
  // no person's: that case linked above) is the company shortened
  const givenOnly = m.type !== 'person' && !m.title && !!m.firstName && m.first === m.last;
  const opened = weakPerson || givenOnly ? findCompanyOpenedBy(r, m) : null;
  const company = weakPerson || opened?.kind === 'company' ? opened : null;
  if (company) {
    link(r, company, m, 'alias');
    return;
  }
  if (m.type === 'person' || m.personSignal) {
    addPerson(r, m, cleanPersonName(m.surface), 'name');
    return;
  }
  // "FAIRCO" again after "consumer group FAIRCO": the same name as an organization of the article
  const same = findSameNamedOrg(r, m);
  if (same) {
    link(r, same, m, 'name');
    return;
  }
  // "Shares in Acme fell" after "Acme Industrie AG": the first word of a company's name
  if (m.first === m.last) {
    const opened = findCompanyOpenedBy(r, m);
    if (opened) link(r, opened, m, 'alias');
  }
}

/** "SkyJet grounded its fleet" with "SkyJet chief executive X" elsewhere: the organization of the same name. */
function findSameNamedOrg(r: ResolvedNames, m: RawMention): WorkEntity | null {
  const same = r.entities.get(orgKey(m.surface, null));
  return same && same.label === 'Organization' && same.kind !== 'state' ? same : null;
}

/** "Drelland" again after "Drelland's President, X,": the state of the same name (a one-word name only). */
function findSameNamedState(r: ResolvedNames, m: RawMention): WorkEntity | null {
  if (m.first !== m.last) return null;
  const same = r.entities.get(orgKey(m.surface.replace(/['’]s$/, ''), null));
  return same && same.label === 'Organization' && same.kind === 'state' ? same : null;
}

/** The one company (or other organization) of the article whose longer name opens with these words ("Acme" for
 * "Acme Industrie", "Bramble Valley" for "Bramble Valley Water"). */
function findCompanyOpenedBy(r: ResolvedNames, m: RawMention): WorkEntity | null {
  const opening = `${m.surface.toLowerCase().replace(/['’]s$/, '')} `;
  const companies = [...r.entities.values()].filter(
    e =>
      e.label === 'Organization' &&
      (e.kind === 'company' || e.kind === 'other') &&
      ownName(e).toLowerCase().startsWith(opening),
  );
  return companies.length === 1 ? (companies[0] as WorkEntity) : null;
}

function isOneWord(m: RawMention): boolean {
  return !m.known && !m.surface.includes(' ');
}

/** Among candidates, the one mentioned last before `m`; else the most mentioned; ties by name. */
function pickRecent(r: ResolvedNames, candidates: WorkEntity[], m: RawMention): WorkEntity {
  if (candidates.length === 1) return candidates[0] as WorkEntity;
  const before = r.mentions
    .filter(x => x.start < m.start && candidates.some(c => c.key === x.entityKey))
    .sort((a, b) => b.start - a.start)[0];
  if (before) return r.entities.get(before.entityKey) as WorkEntity;
  return [...candidates].sort(
    (a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name),
  )[0] as WorkEntity;
}

function endsWith(words: string[], tail: string[]): boolean {
  return tail.every((w, i) => words[words.length - tail.length + i] === w);
}

/** Organization key: qualifying country plus sorted content words ("Department of Energy" = "Energy Department"). */
export function orgKey(name: string, country: string | null): string {
  let words = name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .split(/[\s-]+/)
    .filter(w => w && !NAME_STOP.has(w));
  // "Ministry of Foreign Affairs" = "Foreign Ministry": a ministry's "affairs" adds nothing to its policy area
  if (words.some(w => MINISTRY_HEADS.has(w))) words = words.filter(w => w !== 'affairs');
  return `organization:${country ?? ''}|${[...new Set(words)].sort().join(' ')}`;
}

function resolveOrg(r: ResolvedNames, m: RawMention, _raw: readonly RawMention[]): void {
  let name = m.known ?? m.surface.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
  if (m.partyOfMember) name = `${name} Party`;
  const kind = m.kind ?? 'other';
  // "Nigerian Foreign Ministry": a leading demonym or country is the qualifier, not a content word
  let country: string | null = null;
  const firstWord = name.split(' ')[0] ?? '';
  const leading = findCountry(firstWord);
  if (!m.known && leading && name.includes(' ')) country = leading.name;
  else if (m.qualifier?.type === 'country' && m.qualifier.country && !m.known) {
    country = m.qualifier.country.name;
    name = `${prefixOf(m.qualifier.country)} ${name}`;
  }
  if (m.country) country = m.country.name;
  const words = name.split(' ');
  if (!m.known && words.length === 1 && Object.prototype.hasOwnProperty.call(ORG_HEADS, name.toLowerCase())) {
    // a bare head ("the Embassy") names an organization only when the article names one with that head
    const withHead = [...r.entities.values()].filter(
      e => e.label === 'Organization' && e.name.toLowerCase().endsWith(` ${name.toLowerCase()}`),
    );
    if (withHead.length === 1) link(r, withHead[0] as WorkEntity, m, 'description');
    return;
  }
  // "Acme spokeswoman" with "Acme Industrie" named in the article: the short name of that company
  const opened = !m.known && !country && words.length === 1 ? findCompanyOpenedBy(r, m) : null;
  if (opened) {
    link(r, opened, m, 'alias');
    return;
  }
  addOrg(r, m, name, kind, 'name', m.known, country);
}

/** Words that name a company's group as a whole ("Acme Group", "Acme Holdings"), not a part of it. */
const GROUP_HEADS = new Set([
  'group',
  'holdings',
  'corp',
  'corporation',
  'inc',
  'co',
  'company',
  'plc',
  'ltd',
  'limited',
]);

/** The company of the article that `name` names with or without its group word ("Acme" / "Acme Group"). */
function findGroupForm(r: ResolvedNames, name: string): WorkEntity | undefined {
  const lower = name.toLowerCase();
  const words = lower.split(' ');
  const short = words.length === 2 && GROUP_HEADS.has(words[1] as string) ? (words[0] as string) : null;
  const matches = [...r.entities.values()].filter(x => {
    if (x.label !== 'Organization' || x.kind !== 'company') return false;
    const own = ownName(x).toLowerCase().split(' ');
    if (short) return own.length === 1 && own[0] === short;
    return words.length === 1 && own.length === 2 && own[0] === lower && GROUP_HEADS.has(own[1] as string);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** An organization's name without the country that qualifies it: "Ruritanian Acme Group" -> "Acme Group". */
function ownName(e: WorkEntity): string {
  return e.country ? stripCountryPrefix(e.name) : e.name;
}

/** "South Korean Samsung Group" -> "Samsung Group", "US Energy Department" -> "Energy Department": the leading words
 * that name a country (one to three of them), then any country word inside. */
function stripCountryPrefix(name: string): string {
  const words = name.split(' ');
  for (let k = Math.min(3, words.length - 1); k >= 1; k--)
    if (findCountry(words.slice(0, k).join(' '))) return words.slice(k).join(' ');
  return words.filter(w => !findCountry(w)).join(' ');
}

function addOrg(
  r: ResolvedNames,
  m: RawMention,
  name: string,
  kind: OrganizationKind,
  form: MentionForm,
  known: string | null,
  country: string | null = null,
): void {
  const stripped = country ? stripCountryPrefix(name) : name;
  const unqualified = orgKey(stripped, null);
  const qualified = orgKey(stripped, country);
  let e = r.entities.get(qualified);
  // "Samsung" and "Samsung Group", either first: a company named alone and by its group name is one company
  if (!e) {
    e = findGroupForm(r, stripped);
    if (e) form = 'alias';
  }
  if (!e && !country && !known) {
    // "Energy Department" after "US Energy Department": the unique qualified org with the same words
    const same = [...r.entities.values()].filter(
      x =>
        x.label === 'Organization' && x.key.endsWith(`|${unqualified.split('|')[1]}`) && x.kind !== 'state',
    );
    const suffix = [...r.entities.values()].filter(
      x =>
        x.label === 'Organization' &&
        x.kind !== 'state' &&
        stripped.includes(' ') &&
        x.name.toLowerCase().endsWith(` ${stripped.toLowerCase()}`),
    );
    // "A Carvella spokesman" after "Carvella Therapeutics": the first word of the one company of that name
    const firstWord = !stripped.includes(' ')
      ? [...r.entities.values()].filter(
          x =>
            x.label === 'Organization' &&
            (x.kind === 'company' || x.kind === 'other') &&
            ownName(x).includes(' ') &&
            ownName(x).toLowerCase().split(' ')[0] === stripped.toLowerCase(),
        )
      : [];
    // "the Tigers", "a Velari Tiger commander" after "the Velari Tigers": a group's plural head alone, or its name
    // made singular as a modifier
    const lower = stripped.toLowerCase();
    const group = [...r.entities.values()].filter(
      x =>
        x.label === 'Organization' &&
        x.kind === 'other' &&
        ((/\p{Ll}s$/u.test(stripped) &&
          !stripped.includes(' ') &&
          x.name.toLowerCase().endsWith(` ${lower}`)) ||
          x.name.toLowerCase() === `${lower}s`),
    );
    // "Potash Corp" and "PotashCorp": one name written with and without its space
    const compact = stripped.replace(/[\s.-]+/g, '').toLowerCase();
    const spelled = [...r.entities.values()].filter(
      x => x.label === 'Organization' && x.name.replace(/[\s.-]+/g, '').toLowerCase() === compact,
    );
    e =
      same.length === 1
        ? same[0]
        : suffix.length === 1
          ? suffix[0]
          : firstWord.length === 1
            ? firstWord[0]
            : group.length === 1
              ? group[0]
              : spelled.length === 1
                ? spelled[0]
                : undefined;
    if (e) form = 'alias';
  }
  if (!e && country) {
    // "US Energy Department" after "Energy Department": adopt the unqualified one
    const plain = r.entities.get(unqualified);
    if (plain && plain.kind !== 'state') {
      r.entities.delete(unqualified);
      for (const x of r.mentions) if (x.entityKey === plain.key) x.entityKey = qualified;
      for (const [raw, k] of r.entityOf) if (k === plain.key) r.entityOf.set(raw, qualified);
      plain.key = qualified;
      plain.name = name;
      plain.country = country;
      r.entities.set(qualified, plain);
      e = plain;
    }
  }
  if (!e) {
    e = {
      key: qualified,
      label: 'Organization',
      name,
      aliases: new Set(),
      kind,
      roles: [],
      gender: null,
      words: qualified.split('|')[1]?.split(' ') ?? [],
      country,
      mentionCount: 0,
    };
    r.entities.set(qualified, e);
  }
  if (m.classNoun) (e.classNouns ??= new Set()).add(m.classNoun);
  link(r, e, m, form);
}

/** The state entity for a country mention ("Nigeria's" in "Nigeria's ambassador"), created when needed. */
export function ensureState(r: ResolvedNames, m: RawMention): string | null {
  if (!m.known) return null;
  const existing = r.entityOf.get(m);
  if (existing) return existing;
  if (countryForm(m) === 'description') return null;
  addOrg(r, m, m.known, 'state', countryForm(m), m.known);
  return r.entityOf.get(m) ?? null;
}

/** "Nigeria" names the state, "U.S." is an alias of it, "Nigerian" only describes it. */
function countryForm(m: RawMention): MentionForm {
  if (m.surface === m.known) return 'name';
  return m.country && m.surface.toLowerCase() === m.country.demonym.toLowerCase() ? 'description' : 'alias';
}

/** "Finance Minister" before "Ana Duarte" -> role of Ana Duarte, in the qualifying organization or state. */
function addTitleRole(r: ResolvedNames, m: RawMention): void {
  if (!m.title) return;
  const personKey_ = r.entityOf.get(m);
  const person = personKey_ ? r.entities.get(personKey_) : undefined;
  if (!person || person.label !== 'Person') return;
  const q = m.qualifier;
  const orgKey_ = q ? r.entityOf.get(q) : undefined;
  const org = orgKey_ ? r.entities.get(orgKey_) : undefined;
  let role = toRoleText(m.title.text);
  if (!role || COURTESY.has(role.toLowerCase())) return;
  // "Council president X", "Embassy press secretary X": a bare institution word before the title is part of it
  const bareHead =
    q &&
    q.type === 'org' &&
    !q.known &&
    Object.prototype.hasOwnProperty.call(ORG_HEADS, q.surface.toLowerCase());
  if (bareHead) role = `${q.surface} ${role}`;
  let orgId = org && org.label === 'Organization' ? org.key : null;
  // "Brightloop chief executive X" opening a sentence, Brightloop an organization of the article
  const [lead, ...rest] = role.split(' ');
  const named =
    lead && rest.length && /^\p{Lu}/u.test(lead) && !orgId ? r.entities.get(orgKey(lead, null)) : undefined;
  if (named && named.label === 'Organization' && named.kind !== 'state') {
    orgId = named.key;
    role = rest.join(' ');
  }
  person.roles.push({ role, organizationId: orgId, sentence: m.sentence });
}

/** "Sen." -> "senator"; "Attorney-General" -> "Attorney General"; time words dropped. */
export function toRoleText(title: string): string {
  const words = title.split(/\s+/);
  // "President Dr." before "Ana Duarte": a courtesy title closing a longer title is no part of the role
  while (
    words.length > 1 &&
    COURTESY.has((words[words.length - 1] as string).replace(/\.$/, '').toLowerCase())
  )
    words.pop();
  return words
    .map(w => HONORIFIC_ROLES[w.replace(/\.$/, '').toLowerCase()] ?? w.replace(/\.$/, ''))
    .filter(w => !['former', 'then', 'ex', 'now'].includes(w.toLowerCase()))
    .map((w, k, all) => (k === all.length - 1 ? singularTitle(w) : w))
    .join(' ')
    .replace(/-/g, ' ')
    .trim();
}

/** "Presidents" (before "X and Y") -> "President": each of the coordinated people holds the title once. */
function singularTitle(word: string): string {
  const w = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || ROLE_HEADS.has(w)) return word;
  if (ROLE_HEADS.has(w.slice(0, -1))) return word.slice(0, -1);
  if (w.endsWith('ies') && ROLE_HEADS.has(`${w.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`;
  return word;
}
