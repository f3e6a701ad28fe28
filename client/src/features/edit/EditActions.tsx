import { useRef } from 'react';
import { useEditT } from './messages';
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
      <button type="button" onClick={() => open({ type: 'edit', kind, id, name })}>
        {t.edit}
      </button>
      {kind === 'project' && (
        <button type="button" onClick={() => open({ type: 'status', id, name })}>
          {t.changeStatus}
        </button>
      )}
      <button type="button" className="danger" onClick={() => open({ type: 'delete', kind, id, name })}>
        {t.delete}
      </button>
    </div>
  );
}

/** "新建企业 / 新建项目" for editors; `parkId` presets the park (park page). */
export function NewItemButtons({ parkId }: { parkId?: string | null }) {
  const t = useEditT();
  const canEdit = useCanEdit();
  const { open } = useEditor();
  if (!canEdit) return null;
  return (
    <div className="new-item-buttons" role="group" aria-label={t.editorTools}>
      <button type="button" className="secondary" onClick={() => open({ type: 'new', kind: 'enterprise', parkId: parkId ?? null })}>
        + {t.newEnterprise}
      </button>
      <button type="button" className="secondary" onClick={() => open({ type: 'new', kind: 'project', parkId: parkId ?? null })}>
        + {t.newProject}
      </button>
    </div>
  );
}

/** The header's "+ 新建" menu for editors (the header has no room for two buttons at 1366 px). */
export function NewItemMenu() {
  const t = useEditT();
  const canEdit = useCanEdit();
  const { open } = useEditor();
  const ref = useRef<HTMLDetailsElement>(null);
  if (!canEdit) return null;
  const pick = (kind: 'enterprise' | 'project') => {
    ref.current?.removeAttribute('open');
    open({ type: 'new', kind });
  };
  return (
    <details ref={ref} className="new-menu" onKeyDown={(e) => e.key === 'Escape' && ref.current?.removeAttribute('open')}>
      <summary>+ {t.newShort}</summary>
      <div role="group" aria-label={t.editorTools}>
        <button type="button" className="secondary" onClick={() => pick('enterprise')}>
          {t.newEnterprise}
        </button>
        <button type="button" className="secondary" onClick={() => pick('project')}>
          {t.newProject}
        </button>
      </div>
    </details>
  );
}
