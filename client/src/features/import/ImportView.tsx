// Sheet import (issue 14): upload and dry-run a staff sheet, commit it as a batch, undo batches,
// read the audit log. Editors and admins only; everyone else is told why. Loaded as its own
// chunk (app/router.tsx): most visitors never open it.
import type { ImportSearch, NavPatch } from '../../shared/nav/search';
import { useGraphQLQuery } from '../../shared/api/query';
import { SignInPrompt } from '../session/SignIn';
import { IMPORT_WHO } from './queries';
import { useSession } from '../session/use-session';
import { AuditTab } from './AuditTab';
import { BatchesTab } from './BatchesTab';
import { useImportT, type ImportTab } from './messages';
import { UploadTab } from './UploadTab';
import './import.css';

const TABS: ImportTab[] = ['upload', 'batches', 'audit'];

export function ImportView({ search, onNavigate }: { search: ImportSearch; onNavigate: (patch: NavPatch) => void }) {
  const t = useImportT();
  const { signedIn, me } = useSession();
  const tab = search.tab ?? 'upload';
  const who = useGraphQLQuery(IMPORT_WHO, signedIn ? {} : null, (d) => d.me);
  if (!signedIn) return <SignInPrompt hint={t.signIn} />;
  if (!me) return <p role="status">{t.loading}</p>;
  if (me.role !== 'EDITOR' && me.role !== 'ADMIN')
    return (
      <p className="status-panel" role="alert">
        {t.noRole}
      </p>
    );
  // Mappings are remembered per signed-in user (an API token has no user id: its name then).
  const userKey = who.status === 'ready' && who.data ? (who.data.id ?? who.data.username) : null;
  return (
    <div className="import-view">
      <h2>{t.title}</h2>
      <div role="tablist" aria-label={t.title} className="import-tabs">
        {TABS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={k === tab} onClick={() => onNavigate({ tab: k === 'upload' ? null : k })}>
            {t.tabs[k]}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t.tabs[tab]}>
        {tab === 'upload' && <UploadTab kind={search.kind ?? 'enterprises'} onKind={(kind) => onNavigate({ kind })} userKey={userKey} />}
        {tab === 'batches' && <BatchesTab />}
        {tab === 'audit' && (
          <AuditTab
            filters={{
              by: search.by,
              targetId: search.targetId,
              parkId: search.parkId,
              batchId: search.batchId,
              from: search.from,
              to: search.to,
            }}
            onFilters={(f) =>
              onNavigate({
                by: f.by ?? null,
                targetId: f.targetId ?? null,
                parkId: f.parkId ?? null,
                batchId: f.batchId ?? null,
                from: f.from ?? null,
                to: f.to ?? null,
              })
            }
          />
        )}
      </div>
    </div>
  );
}

export default ImportView;
