import { useGraphQLQuery } from '../../shared/api/query';
import { NODE_CHANGES_QUERY } from './queries';
import type { NodeChangesQuery } from '../../gql/graphql';
import { useSession } from '../session/use-session';
import { useLang } from '../../shared/i18n/context';
import { useEditT } from './messages';
import { enumLabel } from '../../shared/ui/format';
import type { EditMessages } from './messages';
import type { Lang } from '../../shared/i18n/lang';
import { VIEW_PATHS, type NavPatch } from '../../shared/nav/search';
import { stringifySearch } from '../../shared/nav/search-codec';
import { useCanEdit } from './editor-context';

type Change = NodeChangesQuery['changes'][number];

/** The property / link names an audit record touched (before ∪ after). */
export function changedKeys(change: Pick<Change, 'before' | 'after'>): string[] {
  const keys = new Set<string>();
  for (const side of [change.before, change.after]) {
    let v: unknown = side;
    if (typeof v === 'string') {
      try {
        v = JSON.parse(v);
      } catch {
        continue;
      }
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const k of Object.keys(v)) keys.add(k);
  }
  return [...keys];
}

/** A stored property name in words: form labels, lifecycle dates (signedOn → 签约), else as stored. */
function keyLabel(key: string, t: EditMessages, lang: Lang): string {
  if (key in t.historyKey) return t.historyKey[key]!;
  if (key in t.f) return t.f[key as keyof EditMessages['f']];
  if (key.endsWith('On')) {
    const k = key.slice(0, -2);
    // Known when it has a Chinese label (the English one may equal the key).
    if (enumLabel('date', k, 'zh') !== k) return enumLabel('date', k, lang);
  }
  return key;
}

/** Who changed this node, when, what, why and from which source; for signed-in users. */
export function ChangeHistory({ nodeId, onNavigate }: { nodeId: string; onNavigate?: (patch: NavPatch) => void }) {
  const t = useEditT();
  const canEdit = useCanEdit();
  const lang = useLang();
  const { signedIn } = useSession();
  // A saved edit refetches it with every other answer (the query client listens for edits).
  const history = useGraphQLQuery(NODE_CHANGES_QUERY, signedIn ? { targetId: nodeId } : null, (d) => d.changes);
  const state: { status: 'loading' } | { status: 'error' } | { status: 'ready'; changes: Change[] } =
    history.status === 'ready' ? { status: 'ready', changes: history.data ?? [] } : { status: history.status };

  if (!signedIn) return null;
  const fmt = (at: string) => new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-label={t.historyTitle} data-testid="change-history">
      <h4>{t.historyTitle}</h4>
      {/* The audit log (editors) shows the same record's changes with before → after per field. */}
      {canEdit && onNavigate && (
        <p>
          <a
            href={VIEW_PATHS.import + stringifySearch({ tab: 'audit', targetId: nodeId })}
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
              e.preventDefault();
              onNavigate({ view: 'import', tab: 'audit', targetId: nodeId, node: null });
            }}
          >
            {t.historyInAudit}
          </a>
        </p>
      )}
      {state.status === 'loading' && <p role="status">{t.historyLoading}</p>}
      {state.status === 'error' && <p role="alert">{t.historyError}</p>}
      {state.status === 'ready' && state.changes.length === 0 && <p>{t.historyEmpty}</p>}
      {state.status === 'ready' && state.changes.length > 0 && (
        <ol className="change-list">
          {state.changes.map((c) => {
            const keys = changedKeys(c);
            return (
              <li key={c.id}>
                <div>
                  <strong>{t.action[c.action]}</strong> · {c.by} · <time dateTime={c.at}>{fmt(c.at)}</time>
                </div>
                {keys.length > 0 && (
                  <div>
                    <small>
                      {t.changedFields}: {keys.map((k) => keyLabel(k, t, lang)).join(lang === 'en' ? ', ' : '、')}
                    </small>
                  </div>
                )}
                {c.reason && <div>{c.reason}</div>}
                <div>
                  <small>
                    {c.source ? <cite>{lang === 'en' ? (c.source.titleEn ?? c.source.title) : c.source.title}</cite> : t.enteredByHand}
                  </small>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
