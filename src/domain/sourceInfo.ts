// How a source is credited: its byline ("Reuters · 11 Oct 2024") and a link to the
// original only when the URL is plain http(s), so a crafted `javascript:` URL in a graph
// file never becomes a clickable link.
import type { Source } from './schema';

export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "11 Oct 2024" for an ISO date, the text as written otherwise. */
export function formatPublished(published: string, locale?: string): string {
  if (!DATE_ONLY.test(published)) return published;
  const date = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return published;
  // A date without a time is a calendar day: format it in UTC so no time zone shifts it.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Publisher and date, whichever are known, joined for one line. */
export function sourceByline(source: Source, locale?: string): string {
  return [source.publisher, source.published && formatPublished(source.published, locale)]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
