/**
 * What page furniture looks like, as data. Readability finds the article
 * container; these patterns clean what it keeps inside it (captions, boxed
 * links to other stories, promos, share bars) and what a fallback scrape picks up.
 */
import { wordList } from '../word-list';

/** Elements that never hold article prose. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(
  wordList(
    'SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT EMBED VIDEO AUDIO FIGCAPTION BUTTON SELECT OPTION TEXTAREA INPUT FORM NAV ASIDE FOOTER MENU DIALOG',
  ),
);

/** Tags whose start and end break a paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  wordList(
    'P DIV SECTION ARTICLE MAIN HEADER H1 H2 H3 H4 H5 H6 UL OL LI DL DT DD BLOCKQUOTE PRE TABLE THEAD TBODY TFOOT TR TD TH CAPTION FIGURE HR BR ADDRESS CENTER DETAILS SUMMARY FIELDSET LEGEND',
  ),
);

/**
 * class/id tokens of boxes that are not the story: captions and credits,
 * related/recommended/"read more" lists, newsletter and subscription promos,
 * share and social bars, comments, ads, tags, author bios, standfirsts.
 */
export const BOX_CLASS =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|image-credit|photo-credit|wp-caption-text|related|relatedlinks|related-stories|recommended|recommendations|read-?more|readmore|more-stories|more-on|also-read|see-also|further-reading|trending|most-popular|most-read|popular|newsletter|signup|sign-up|subscribe|subscription|paywall|promo|promotion|sponsored|sponsor|advert|advertisement|ads?|ad-slot|ad-container|dfp|outbrain|taboola|share|sharing|social|socials|share-bar|sharebar|comments?|disqus|tags|tag-list|topics|breadcrumbs?|byline|author-bio|author-info|about-the-author|bio|standfirst|dek|deck|excerpt|strapline|subheadline|sub-headline|kicker|toolbar|pagination|pager|visually-hidden|sr-only|screen-reader-text)(?:$|[\s_-])/i;

/** ARIA roles of non-story regions. */
export const BOX_ROLE =
  /^(?:complementary|navigation|banner|contentinfo|dialog|alert|note|search|menu|menubar|toolbar)$/i;

/** Whole lines that are furniture, not prose (matched on trimmed, short paragraphs). */
export const FURNITURE_LINE: readonly RegExp[] = [
  /^(?:advertisement|advertisment|ad|sponsored|sponsored content|story continues below(?: this)? advertisement|continue reading(?: below)?|article continues below)$/i,
  /^(?:read|see|watch|listen)(?: also| more)?\s*[:|-]/i,
  /^(?:read more|also read|related|recommended|more from|more on this|more stories|related stories|related articles|you may also like|most read|trending now)\b/i,
  /^(?:share|share this|share this (?:article|story|page)|share on \w+|follow us|follow \w+ on|like us on|join (?:our|us on)|click here|tap here)\b/i,
  /^(?:sign up|subscribe|get our|get the latest|newsletter|download (?:the|our) app)\b/i,
  /^(?:copyright|©|all rights reserved)/i,
  /^(?:\d+\s*(?:min(?:ute)?s?|mins?)\s*read|updated:?|published:?|posted:?|last (?:updated|modified):?)\b.{0,60}$/i,
  /^(?:photo|image|picture|file photo|video|credit)\s*:/i,
  /^(?:comments?|\d+\s+comments?|leave a (?:comment|reply)|post a comment)$/i,
  /^\(?(?:image|photo|picture|video)(?: credit)?s?\s*(?::|\d+ of \d+)/i,
  /^by [\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*(?:[-|,•]|and\b).{0,60})?$/u,
  /(?:©|\(c\))\s*(?:\d{4}|copyright)|all rights reserved/i,
  /^(?:don'?t miss|must read|editor'?s? picks?|top stories|breaking news|sign in|log in|register)$/i,
];

/** Headings that open a related-links or promo section at the end of the body. */
export const TRAILER_HEADING =
  /^(?:related(?: (?:stories|articles|news|coverage|content))?|read more|more (?:from|on|stories)\b.*|recommended|you may also like|most (?:read|popular|viewed)|trending|also read|see also|latest (?:news|stories)|editor'?s? picks?|sign up.*|newsletter.*|comments?)$/i;
