import './QuoteExcerpt.css';

/** Shortens at a word boundary so a long sentence fits a small space. */
export function excerpt(text: string, maxLength: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** A quote from the page, rendered as text (never as HTML). */
export function QuoteExcerpt({ text, maxLength }: { text: string; maxLength?: number }) {
  const shown = maxLength ? excerpt(text, maxLength) : text;
  return (
    <blockquote className="cl-quote" title={shown === text ? undefined : text}>
      {shown}
    </blockquote>
  );
}
