import type { UrlState } from '../state/url-state';
import { LoadingPanel } from '../components/StatusPanel';

export function CompareView(_props: {
  chainId: string | null;
  parkIds: string[];
  onNavigate: (patch: Partial<UrlState>) => void;
}) {
  return <LoadingPanel />;
}
