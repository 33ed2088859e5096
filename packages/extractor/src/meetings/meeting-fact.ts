// MeetingFact plus what merging needs: "met twice" -> count 2; "either meeting" -> attachOnly.
import type { ArticleAnalysis, MeetingFact } from '../analysis';
import type { DateBasis } from './find-occasions';

/** A MeetingFact with the counting and reference details the meeting layer reads when merging. */
export interface CountedMeetingFact extends MeetingFact {
  /** How many encounters the words count ("twice", "two meetings"); null when unsaid. */
  count?: number | null;
  /** "the meetings", "encounters": more than one, number unsaid. */
  plural?: boolean;
  /** Refers to meetings told elsewhere ("either meeting", "his contacts with"): adds provenance, never a node. */
  attachOnly?: boolean;
  /** The month ("07") the text names when the year is unknown, so "in July" still finds the July meeting. */
  month?: string | null;
  /** Where `date` comes from: a date expression of the text, or the publication ("has met"); null when undated. */
  dateBasis?: DateBasis | null;
  /** The publication month an undated report of one encounter falls in (news recency), used only when no report
   * of the meeting dates it. */
  recencyMonth?: string | null;
  /** What the claim rules (contested-claims.ts) read of a reported fact in its own article, set by the per-article
   * stage where the article's parse is at hand, so that the cross-article stage parses no sentence again. */
  claim?: ClaimReading;
}

/** A reported fact as its article tells it: whose claim it is, whether another party denies that claim there, and
 * whether it is told inside someone's words rather than the outlet's. */
export interface ClaimReading {
  claimant: string | null;
  deniedByOtherParty: boolean;
  toldAsClaim: boolean;
}

/** A fact with where it was read: the article (batch order) and the fact's place in that article's list. */
export interface PlacedFact {
  articleIndex: number;
  meetingIndex: number;
  analysis: ArticleAnalysis;
  fact: CountedMeetingFact;
}
