import type { QuoteParts } from '../lib/format/quote-parts';

export interface SentenceQuoteProps {
  parts: QuoteParts;
  /** The report's address, opened in a new tab. */
  url?: string | null;
  /** Outlet name for the link text ("Read at Dawn"). */
  outlet?: string | null;
}

/**
 * The sentence a figure comes from, with its phrase marked. Page text is
 * untrusted: it is only ever rendered as text nodes.
 */
export function SentenceQuote({ parts, url, outlet }: SentenceQuoteProps) {
  const safeUrl = url && /^https?:\/\//i.test(url) ? url : null;
  return (
    <figure class="quote">
      <blockquote class="quote__text">
        {parts.before}
        {parts.phrase ? <mark>{parts.phrase}</mark> : null}
        {parts.after}
      </blockquote>
      {safeUrl ? (
        <figcaption class="quote__source">
          <a href={safeUrl} target="_blank" rel="noopener noreferrer">
            {outlet ? `Read at ${outlet}` : 'Open the source'}
            <span aria-hidden="true"> ↗</span>
            <span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </figcaption>
      ) : null}
    </figure>
  );
}
