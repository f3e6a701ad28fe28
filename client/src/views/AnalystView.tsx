import type { UrlState } from '../state/url-state';
import { LoadingPanel } from '../components/StatusPanel';

/** The analyst console: saved queries for viewers, a Cypher editor for analysts. */
export function AnalystView(_props: { onNavigate: (patch: Partial<UrlState>) => void }) {
  return <LoadingPanel />;
}
