// The words of a web page's own furniture, as a text dump of the page keeps it: navigation, share and follow
// buttons, cookie and notification banners, skip links, breadcrumbs, photo labels and credits, bylines and date
// labels. The zone finder (entities/01-find-zones.ts) reads these lists; no step spells a page word itself.

/** A whole line that is nothing but a navigation label or a link to elsewhere ("Read more", "Watch now"). */
export const NAVIGATION_LINES: readonly string[] = [
  'read more', 'read the full story', "don't miss", 'dont miss', 'now playing', 'story highlights', 'all news',
  'related', 'related stories', 'related articles', 'related coverage', 'related news', 'related content',
  'related links', 'see also', 'advertisement', 'sponsored', 'sponsored content', 'share', 'share this',
  'share this story', 'share this article', 'watch', 'watch now', 'video', 'most read', 'most popular',
  'most viewed', 'trending', 'trending now', 'latest', 'latest news', 'top stories', 'recommended',
  'recommended for you', 'continue reading', 'show more', 'load more', 'comment', 'comments', 'back to top',
  'skip to content', 'skip to main content', 'menu', 'home', 'newsletter', 'read also', 'also read',
  'key points', 'listen', 'print', 'email', 'buy this image', 'follow on', 'the latest', 'more',
];

/** A line opening with one of these is navigation however it goes on ("More on this story…", "Sign up for…"). */
export const NAVIGATION_OPENERS: readonly string[] = [
  'more on', 'more from', 'more stories', 'more news', 'sign up', 'subscribe', 'follow us', 'click here',
  'now playing', 'up next', 'watch:', 'video:', 'listen:', 'you are in:', 'share ', 'read more:', 'related:',
  'see also:', 'also read:', 'read also:', 'more:', 'watch more:', 'related coverage:', 'recommended:',
];

/** Site furniture recognised anywhere in a short line, even glued to its neighbours as a dump leaves them
 * ("Skip to navigationSkip to content"): skip links, banners, accessibility and account links. */
export const CHROME_PHRASES: readonly string[] = [
  'skip to ', 'accessibility statement', 'help using this website', 'notifications', 'browser preferences',
  'cookie', 'sign in', 'log in', 'newsletter', 'low graphics', 'follow us on', 'all rights reserved',
  'terms of use', 'privacy policy', 'this image', 'javascript', 'your browser',
];

/** Byline openers: "By Ana Duarte", "Text by …", "Reporting by …". */
export const BYLINE_OPENERS: readonly string[] = ['by', 'text by', 'written by', 'reporting by', 'words by', 'story by', 'edited by'];

/** Labels of a date line: "Updated 0900 GMT …", "Published: …", "date 2021-03-03" (a crawler's date line). */
export const DATE_LABELS: readonly string[] = [
  'updated', 'latest update', 'last updated', 'last modified', 'modified', 'published', 'first published', 'posted',
  'date created', 'created', 'date',
];

/** What a staff credit under a byline calls the writer: "Harbour Times Staff Writer", "Courier Washington Bureau". */
export const STAFF_CREDITS: readonly string[] = [
  'staff writer', 'staff reporter', 'staff correspondent', 'correspondent', 'bureau', 'staff',
];

/** Words that label a photo or its credit at the start of a line: "Image: …", "Photo: …", "File photo". */
export const PHOTO_LABELS: readonly string[] = ['photo', 'image', 'picture', 'photograph', 'credit', 'file photo', 'video'];

/** Bullet marks a dump keeps in front of list items and summary points. */
export const BULLETS = '•▪●◦·*';

/** Words a masthead or site label sets around the outlet's name ("Example News Online", "Watch Example TV",
 * "Your Example Radio news source", "Example Homepage World Service"): a short line of an outlet's name and these
 * words only is the page's own label, not a headline. */
export const MASTHEAD_WORDS: readonly string[] = [
  'your', 'news', 'source', 'online', 'homepage', 'home', 'page', 'watch', 'listen', 'live', 'world', 'service',
  'education', 'tv', 'radio', 'the', 'latest', 'from', 'on', 'with', 'follow', 'us', 'and', 'video', 'edition',
  'international', 'uk', 'website', 'site', 'app', 'digital', 'network', 'channel', 'sport', 'sports', 'business',
  'politics', 'opinion', 'today', 'now', 'daily', 'weekly', 'latest', 'breaking',
];
