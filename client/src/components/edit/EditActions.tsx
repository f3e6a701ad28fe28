import { useEditT } from '../../i18n/edit-messages';
import { useCanEdit, useEditor } from './editor-context';

/** The detail panel's edit buttons for an enterprise or project; nothing for other users or types. */
export function EditActions({ typename, id, name }: { typename: string; id: string; name: string }) {
  const t = useEditT();
  const canEdit = useCanEdit();
  const { open } = useEditor();
  if (!canEdit || (typename !== 'Enterprise' && typename !== 'Project')) return null;
  const kind = typename === 'Enterprise' ? 'enterprise' : 'project';
  return (
    <div className="edit-actions" role="group" aria-label={t.editorTools}>
      <button type="button" onClick={() => open({ type: 'edit', kind, id, name })}>{t.edit}</button>
      {kind === 'project' && (
        <button type="button" onClick={() => open({ type: 'status', id, name })}>{t.changeStatus}</button>
      )}
      <button type="button" className="danger" onClick={() => open({ type: 'delete', kind, id, name })}>{t.delete}</button>
    </div>
  );
}

/** "新建企业 / 新建项目" for editors; `parkId` presets the park (park page). */
export function NewItemButtons({ parkId, compact = false }: { parkId?: string | null; compact?: boolean }) {
  const t = useEditT();
  const canEdit = useCanEdit();
  const { open } = useEditor();
  if (!canEdit) return null;
  return (
    <div className={`new-item-buttons${compact ? ' compact' : ''}`} role="group" aria-label={t.editorTools}>
      <button type="button" className="secondary" onClick={() => open({ type: 'new', kind: 'enterprise', parkId: parkId ?? null })}>
        + {t.newEnterprise}
      </button>
      <button type="button" className="secondary" onClick={() => open({ type: 'new', kind: 'project', parkId: parkId ?? null })}>
        + {t.newProject}
      </button>
    </div>
  );
}
