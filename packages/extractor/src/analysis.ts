// The in-memory reading of one article that every extraction layer shares. The entity layer builds it
// (input -> cleaning -> sentences -> entity mentions -> in-article coreference); the meeting and statement
// layers read it and return facts; build-document.ts merges facts of all articles into one GraphDocument.
//
// Offsets are always into `ArticleAnalysis.text`, the article exactly as it was read (for HTML: the
// extracted main text, see input/), so `text.slice(start, end)` is the evidence a fact cites.
import type { MeetingStatus, OrganizationKind, StatementKind } from '@news-kg/graph-model';

/** Where a sentence stands on the page: only `body` (and `title` for headline facts) feeds facts. */
export type Zone = 'title' | 'body' | 'caption' | 'boilerplate';

export interface Sentence {
  index: number;
  /** Verbatim: `analysis.text.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  zone: Zone;
  /** Paragraph number in reading order (line blocks separated by blank lines or newlines). */
  paragraph: number;
}

/** How a mention names its entity; resolution of surnames, titles and pronouns happens within one article. */
export type MentionForm = 'name' | 'surname' | 'alias' | 'description' | 'pronoun';

export interface Mention {
  /** Key of the entity in `ArticleAnalysis.entities` (the same key as the node id, e.g. "person:ana-duarte"). */
  entityId: string;
  start: number;
  end: number;
  /** Verbatim surface form, title and possessive excluded ("Ana Duarte" in "Finance Minister Ana Duarte's"). */
  surface: string;
  form: MentionForm;
  sentence: number;
  /** True when the mention stands inside quotation marks (a quoted speaker's "he" is not the narrator's). */
  inQuote?: boolean;
}

export interface RoleFact {
  /** "Finance Minister", "ambassador to Canada", "spokeswoman". */
  role: string;
  /** The organization the role is held in, when the text names it. */
  organizationId: string | null;
  sentence: number;
}

export interface EntityRecord {
  id: string;
  label: 'Person' | 'Organization';
  /** Canonical full name ("Ana Duarte", "Interior Ministry"). */
  name: string;
  /** Every surface form seen, including the canonical name. */
  aliases: string[];
  kind: OrganizationKind | null;
  roles: RoleFact[];
  /** Grammatical gender when the text reveals it (he/she, Mr/Ms, spokeswoman), for pronoun resolution. */
  gender: 'male' | 'female' | null;
}

export interface ArticleMeta {
  id: string;
  path: string;
  title: string;
  /** ISO date (YYYY-MM-DD) or null when the text and the record do not state it. */
  publishedAt: string | null;
  /** "--05-04" from a dateline that gives the day without the year ("BRENNA, May 4 /Northern Wire/"), when publishedAt is
   * null: enough to tell whether two articles cover the same days of a story. Not written to the graph. */
  datelineDay?: string | null;
  /** "Kelsport" from a dateline opening the body ("KELSPORT (Wire) —"): where the story was filed. Not written to
   * the graph as such (a meeting of the day may take it as its place: meetings/place-from-context.ts). */
  datelinePlace?: string | null;
  /** "day-first" when the page writes "04/03/2026" for 4 March (dates/numeric-date-order.ts); absent: month first. */
  numericDateOrder?: 'day-first' | 'month-first';
  outlet: string | null;
}

export interface ArticleAnalysis {
  article: ArticleMeta;
  text: string;
  sentences: Sentence[];
  /** Every resolved mention, sorted by start offset. */
  mentions: Mention[];
  entities: Map<string, EntityRecord>;
  /** The tagged terms of each sentence (by sentence index; empty for boilerplate), from the one compromise
   * parse: fact layers can read tags here instead of parsing again. Offsets into `text`. */
  terms?: Term[][];
  /** The compromise view of each sentence (null for boilerplate), for `.match()` without re-parsing. Built with
   * the lexicon plugins of nlp.ts; its own offsets are into the decoded copy, so cite `terms`/`Sentence` offsets. */
  views?: unknown[];
  /** Standalone capitalised words a person of another article may claim as a surname (entities/surname-candidates.ts):
   * set on an analysis rebuilt from a stored reading, which carries no `terms`. */
  surnameCandidates?: SurnameCandidate[];
  /** The text of each fact's evidence ("start:end" -> text), set on an analysis rebuilt from a reading whose article
   * text was not kept (a streamed batch: the cross-article stage cites evidence, never reads the text otherwise). */
  excerpts?: ReadonlyMap<string, string>;
}

/** "Duarte" at 120 in sentence 4: a word that becomes a surname mention when the batch has one person of that surname. */
export interface SurnameCandidate {
  word: string;
  start: number;
  sentence: number;
}

/** One tagged term: "Duarte's" at 31..39 with tags Person, LastName, Possessive. */
export interface Term {
  text: string;
  start: number;
  end: number;
  tags: string[];
  /** compromise's normal form, lower case, apostrophes straightened; a contraction gives its implicit word
   * ("not" for the n't of "didn't"). */
  normal?: string;
  /** Punctuation and spaces before and after the term as compromise split them (HTML entities decoded). */
  pre?: string;
  post?: string;
}

/** Evidence of a fact: one sentence (or a contiguous run of sentences for a long quote). */
export interface Evidence {
  start: number;
  end: number;
}

export interface MeetingFact {
  participantIds: string[];
  date: string | null;
  dateText: string | null;
  place: string | null;
  summary: string;
  status: MeetingStatus;
  /** The construction that read it (meetings/constructions.ts row id): why the fact exists. */
  rule: string;
  evidence: Evidence;
}

export interface StatementFact {
  speakerIds: string[];
  text: string;
  kind: StatementKind;
  /** The reporting verb or frame gave the kind ("denied", "declined to comment"), not the words alone: what an
   * outlet's framing says of a remark another outlet only quotes. */
  kindFromVerb: boolean;
  quoted: boolean;
  date: string | null;
  aboutIds: string[];
  /** Indexes into the same article's MeetingFact list, for ABOUT -> Meeting. */
  aboutMeetings: number[];
  /** Those of aboutMeetings that the statement denies took place: a meeting reported as denied whose every
   * participant the speaker is or the words name ("Ortiz denied meeting Hale"). */
  deniesMeetings: number[];
  /** "Lin rejected the accusation": the denial answers a charge told just before, not one it words itself. */
  answersPrevious: boolean;
  evidence: Evidence;
  /** The id of the construction row that read it (statements/constructions.ts): why the statement exists. */
  rule: string;
}
