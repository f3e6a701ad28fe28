import type { NavPatch } from '../../shared/nav/search';
import { useEditT } from './messages';
import { DeleteDialog } from './DeleteDialog';
import { useEditor } from './editor-context';
import { EnterpriseForm } from './EnterpriseForm';
import { ProjectForm } from './ProjectForm';
import { StatusDialog } from './StatusDialog';

/**
 * The open editor dialog. It stays open when the session ends mid-edit (the user signs in
 * again and saves what they typed); on success the detail panel shows the node.
 */
export function EditorDialogs({ onNavigate }: { onNavigate: (patch: NavPatch) => void }) {
  const t = useEditT();
  const { request, close } = useEditor();
  if (!request) return null;
  const saved = (id: string) => {
    close();
    onNavigate({ node: id });
  };
  switch (request.type) {
    case 'new':
    case 'edit': {
      const id = request.type === 'edit' ? request.id : null;
      const parkId = request.type === 'new' ? request.parkId : null;
      const title =
        request.type === 'edit' ? t.titleEdit(request.name) : request.kind === 'enterprise' ? t.titleNewEnterprise : t.titleNewProject;
      const Form = request.kind === 'enterprise' ? EnterpriseForm : ProjectForm;
      // keyed: a new request starts a fresh form
      return <Form key={`${request.type}:${id ?? ''}`} id={id} parkId={parkId} title={title} onSaved={saved} onClose={close} />;
    }
    case 'delete':
      return (
        <DeleteDialog
          kind={request.kind}
          id={request.id}
          name={request.name}
          onClose={close}
          onDeleted={() => {
            close();
            onNavigate({ node: null });
          }}
        />
      );
    case 'status':
      return <StatusDialog id={request.id} title={t.titleStatus(request.name)} onSaved={close} onClose={close} />;
  }
}
