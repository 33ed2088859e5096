/** One article as read: `text` is what every offset refers to. Optional fields win over what the text suggests. */
export interface ArticleInput {
  /** File name it came from, or URL. */
  path: string;
  text: string;
  title?: string | null;
  url?: string | null;
  /** ISO date (YYYY-MM-DD or a full ISO timestamp). */
  publishedAt?: string | null;
  outlet?: string | null;
}
