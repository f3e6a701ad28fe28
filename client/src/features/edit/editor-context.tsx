// Which editor dialog is open, for the whole app: the detail panel, the header and the park page
// open dialogs through useEditor(); <EditorDialogs> (in App) shows the open one.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useSession } from '../session/use-session';

export type EditRequest =
  | { type: 'new'; kind: 'enterprise' | 'project'; parkId?: string | null }
  | { type: 'edit'; kind: 'enterprise' | 'project'; id: string; name: string }
  | { type: 'delete'; kind: 'enterprise' | 'project'; id: string; name: string }
  | { type: 'status'; id: string; name: string };

interface EditorValue {
  request: EditRequest | null;
  open: (request: EditRequest) => void;
  close: () => void;
}

const EditorContext = createContext<EditorValue>({ request: null, open: () => {}, close: () => {} });

export function EditorProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<EditRequest | null>(null);
  const value = useMemo(() => ({ request, open: setRequest, close: () => setRequest(null) }), [request]);
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): EditorValue {
  return useContext(EditorContext);
}

/** Editors and admins get the forms; the server checks the role on every mutation anyway. */
export function useCanEdit(): boolean {
  const { me } = useSession();
  return me?.role === 'EDITOR' || me?.role === 'ADMIN';
}
