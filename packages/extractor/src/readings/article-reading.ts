// What the per-article stage leaves for the cross-article stage: a plain JSON value, so it can cross a worker thread
// and be stored beside the Article (the loader keeps it keyed by the digest of the text and the extractor version).
//   reading: the entity layer's result (meta, sentences, mentions, entities, surname candidates): no text, no parse
//   facts:   the article's meetings and statements, each variant with the entity context it was read in
import type {
  ArticleMeta,
  EntityRecord,
  MeetingFact,
  Mention,
  Sentence,
  StatementFact,
  SurnameCandidate,
} from '../analysis';

export interface ArticleReading {
  /** sha-256 of the article text (hex). */
  digest: string;
  article: ArticleMeta;
  sentences: Sentence[];
  mentions: Mention[];
  /** The article's own entity records, in the order the entity layer made them. */
  entities: EntityRecord[];
  surnameCandidates: SurnameCandidate[];
  /** One or more readings of the facts, each valid in the contexts its `depends` matches; newest first. */
  facts: FactVariant[];
}

/** The facts of one article as read in one entity context. */
export interface FactVariant {
  depends: FactDependencies;
  meetings: MeetingFact[];
  statements: StatementFact[];
}

/** What the facts read of the cross-article resolution: the entity fields, ids and id lists in `reads`
 * (tracked-entities.ts) and the mention list; `digest` hashes their values in the context the facts were read in. */
export interface FactDependencies {
  reads: string[];
  digest: string;
}

/** A miss of the cross-article stage: read this article's facts again in the batch's entity context. */
export interface RereadTask {
  /** Position of the article in the batch. */
  index: number;
  entities: EntityRecord[];
  mentions: Mention[];
}
