/** A stretch of article text; `span` is set when the stretch is a sourced sentence. */
export type ArticleSegment<T> = { start: number; end: number; span?: T };

/**
 * Cuts an article into plain stretches and the sentences facts were drawn from, in text order.
 * Spans outside the text are ignored; where spans overlap, the earliest keeps the stretch.
 */
export function segmentArticle<T extends { spanStart: number; spanEnd: number }>(text: string, spans: readonly T[]): ArticleSegment<T>[] {
  const ordered = spans.filter((s) => s.spanStart >= 0 && s.spanEnd > s.spanStart && s.spanEnd <= text.length).sort((a, b) => a.spanStart - b.spanStart || b.spanEnd - a.spanEnd);
  const segments: ArticleSegment<T>[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.spanStart < at) continue;
    if (span.spanStart > at) segments.push({ start: at, end: span.spanStart });
    segments.push({ start: span.spanStart, end: span.spanEnd, span });
    at = span.spanEnd;
  }
  if (at < text.length) segments.push({ start: at, end: text.length });
  return segments;
}

/** Where the deck page shows a fact's sentence: quiz feedback and review cards link here. */
export function sentenceAnchor(deckId: string, spanStart: number): string {
  return `/decks/${deckId}#sentence-${spanStart}`;
}
