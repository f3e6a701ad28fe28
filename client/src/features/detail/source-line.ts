// How a source reads in the detail panel: its title, publisher and date in the user's language —
// never the internal file name it is stored under (shared/sources/000_….txt).
import type { Lang } from '../../shared/i18n/lang';

export interface SourceLike {
  title: string;
  titleEn?: string | null;
  publisher?: string | null;
  publisherEn?: string | null;
  date?: string | null;
  dateApprox?: boolean | null;
  reference?: string | null;
}

export interface SourceParts {
  title: string;
  publisher: string | null;
  date: string | null;
  reference: string | null;
}

/** The parts to show; the English rendering where there is one, else the original. */
export function sourceParts(s: SourceLike, lang: Lang): SourceParts {
  const en = lang === 'en';
  const approx = en ? 'c. ' : '约';
  return {
    title: (en && s.titleEn) || s.title,
    publisher: (en && s.publisherEn) || s.publisher || null,
    date: s.date ? `${s.dateApprox ? approx : ''}${s.date}` : null,
    reference: s.reference ?? null,
  };
}
