// The park page's tabs below the key figures: gaps, targets, five lists, project review. Each
// panel runs its own query, and only the open panel is mounted, so a tab loads when opened.
import { FIVE_LISTS_QUERY, GAP_REPORT_QUERY, PROJECT_REVIEW_QUERY, TARGETS_QUERY } from './queries';
import type { InstitutionRef } from './types';
import { FiveListsSection } from './FiveListsSection';
import { GapSection } from './GapSection';
import { QueryStatus } from './QueryStatus';
import { ReviewSection } from './ReviewSection';
import { TargetsSection } from './TargetsSection';
import { useParkT } from './messages';
import { useGraphQLQuery } from '../../shared/api/query';
import { PARK_TABS, type NavPatch, type ParkTab } from '../../shared/nav/search';
import { TabList, TabPanels } from '../../shared/ui/Tabs';

type Navigate = (patch: NavPatch) => void;

/** What every panel is about: one park, one chain, as of a date. */
export interface PanelScope {
  parkId: string;
  chainId: string;
  asOf: string | null;
  /** The export file name's parts: park and chain names. */
  fileParts: string[];
  onNavigate: Navigate;
}

/**
 * Every tab is shown: the four need the viewer role, as the page itself does (an anonymous
 * visitor gets the sign-in prompt instead of the page), and none needs more.
 */
export function ParkTabs({ tab, scope, institutions }: { tab: ParkTab; scope: PanelScope; institutions: InstitutionRef[] }) {
  const p = useParkT();
  const tabs = PARK_TABS.map((key) => ({ key, label: p.tabs[key] }));
  return (
    <div className="park-tabs">
      <TabList
        tabs={tabs}
        selected={tab}
        label={p.tabsLabel}
        idPrefix="park"
        className="park-tablist"
        // The default tab leaves the URL plain.
        onSelect={(key) => scope.onNavigate({ tab: key === PARK_TABS[0] ? null : key })}
      />
      <TabPanels tabs={tabs} selected={tab} idPrefix="park">
        {(key) => {
          if (key === 'gaps') return <GapPanel {...scope} />;
          if (key === 'targets') return <TargetsPanel {...scope} />;
          if (key === 'lists') return <ListsPanel {...scope} />;
          return <ReviewPanel {...scope} institutions={institutions} />;
        }}
      </TabPanels>
    </div>
  );
}

function GapPanel({ parkId, chainId, asOf, fileParts, onNavigate }: PanelScope) {
  const gap = useGraphQLQuery(GAP_REPORT_QUERY, { chainId, parkId, asOf }, (d) => d.gapReport);
  return (
    <QueryStatus state={gap} retry={gap.retry}>
      {(report) => report && <GapSection report={report} chainId={chainId} parkId={parkId} fileParts={fileParts} onNavigate={onNavigate} />}
    </QueryStatus>
  );
}

function TargetsPanel({ parkId, chainId, fileParts, onNavigate }: PanelScope) {
  const targets = useGraphQLQuery(TARGETS_QUERY, { chainId, parkId, limit: 10 }, (d) => d.targets);
  return (
    <QueryStatus state={targets} retry={targets.retry}>
      {(list) => list && <TargetsSection targets={list} onNavigate={onNavigate} exportFrom={{ chainId, parkId, fileParts }} />}
    </QueryStatus>
  );
}

function ListsPanel({ parkId, chainId, fileParts, onNavigate }: PanelScope) {
  const lists = useGraphQLQuery(FIVE_LISTS_QUERY, { id: parkId, chainId }, (d) => d.park?.fiveLists ?? null);
  return (
    <QueryStatus state={lists} retry={lists.retry}>
      {(five) => five && <FiveListsSection lists={five} fileParts={fileParts} onNavigate={onNavigate} />}
    </QueryStatus>
  );
}

function ReviewPanel({ parkId, chainId, fileParts, onNavigate, institutions }: PanelScope & { institutions: InstitutionRef[] }) {
  const review = useGraphQLQuery(PROJECT_REVIEW_QUERY, { id: parkId, chainId }, (d) => d.park ?? null);
  return (
    <QueryStatus state={review} retry={review.retry}>
      {(r) =>
        r && (
          <ReviewSection
            review={r.projectReview}
            leading={r.leading.leadingFirms}
            institutions={institutions}
            fileParts={fileParts}
            onNavigate={onNavigate}
          />
        )
      }
    </QueryStatus>
  );
}
