import type { TargetList } from './types';
import { useParkT } from './messages';
import { TargetItem } from './TargetItem';
import { TargetsExport } from './TargetsExport';
import type { UrlState } from '../../shared/url/url-state';

/** 招商目标: ranked candidates; each score is shown as the parts it sums. */
export function TargetsSection({
  targets,
  onNavigate,
  exportFrom,
}: {
  targets: TargetList;
  onNavigate: (patch: Partial<UrlState>) => void;
  /** Offer an Excel export of the whole ranked list (up to its page limit). */
  exportFrom?: { chainId: string; parkId: string; fileParts: string[] };
}) {
  const p = useParkT();
  return (
    <section className="park-section" aria-labelledby="targets-h">
      <h3 id="targets-h">{p.targetsHeading}</h3>
      {targets.items.length === 0 ? (
        <p className="section-status">{p.noTargets}</p>
      ) : (
        <>
          <p className="muted">{p.targetsHint(targets.total)}</p>
          {exportFrom && <TargetsExport {...exportFrom} />}
          <ol className="targets">
            {targets.items.map((c, i) => (
              <TargetItem key={`${c.enterprise.id}-${c.gapSegment.id}-${i}`} candidate={c} onOpen={(id) => onNavigate({ node: id })} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
