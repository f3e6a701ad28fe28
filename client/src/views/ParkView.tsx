import type { UrlState } from '../state/url-state';
import { LoadingPanel } from '../components/StatusPanel';

export function ParkView(_props: {
  parkId: string | null;
  chainId: string | null;
  asOf: string | null;
  onNavigate: (patch: Partial<UrlState>) => void;
}) {
  return <LoadingPanel />;
}
