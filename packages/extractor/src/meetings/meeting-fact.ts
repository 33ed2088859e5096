// MeetingFact plus what merging needs: "met twice" -> count 2; "either meeting" -> attachOnly.
import type { ArticleAnalysis, MeetingFact } from '../analysis';

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
}

/** A fact with where it was read: the article (batch order) and the fact's place in that article's list. */
export interface PlacedFact {
  articleIndex: number;
  meetingIndex: number;
  analysis: ArticleAnalysis;
  fact: CountedMeetingFact;
}
