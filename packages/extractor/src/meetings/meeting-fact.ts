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
  /** What the article's own sentences say of a reported fact as one party's claim (contested-claims.ts), read with
   * the article, where its sentences are parsed anyway, so that merging across articles parses nothing. Absent on a
   * fact made elsewhere (tests): merging reads it then. */
  claim?: ClaimReading;
  /** Article offset of the trigger word that told it ("met", "dinner"): which of a sentence's meeting words the
   * claim reading asks about ("The visit comes after the paper reported that X met Y" -> "met", not "visit"). */
  triggerStart?: number;
  /** Read from a photo caption: it only confirms a meeting prose of the batch tells (caption-encounters.ts). */
  captionOnly?: boolean;
}

/** A reported fact told as a party's claim: by whom, whether another party denies it there, how it is worded. */
export interface ClaimReading {
  /** The participant whose reported speech tells the meeting ("X said he had met Y"), or null. */
  claimant: string | null;
  /** Another participant denies something the claimant is named in ("Y denies X's claim"). */
  deniedByOtherParty: boolean;
  /** Told inside what someone said or claimed, not as the outlet's own account (a fact not attachOnly). */
  toldAsClaim: boolean;
  /** Told as a claim, and the next sentences say its parties deny it ("… had dined with Y. Both deny it."). */
  deniedAfter?: boolean;
}

/** A fact with where it was read: the article (batch order) and the fact's place in that article's list. */
export interface PlacedFact {
  articleIndex: number;
  meetingIndex: number;
  analysis: ArticleAnalysis;
  fact: CountedMeetingFact;
}
