import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';

// Loaded with import() from CypherPanel: CodeMirror is ~150 kB that only analysts need.

export interface Vocabulary {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface CypherEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  vocabulary: Vocabulary;
  label: string;
}

const KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'UNWIND',
  'DISTINCT',
  'COUNT',
  'COLLECT',
  'CALL',
  'YIELD',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'CONTAINS',
  'STARTS WITH',
  'ENDS WITH',
  'IS NULL',
  'IS NOT NULL',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'EXISTS',
];

/** Completes labels after ':' in a node, types after ':' in a relationship, keys after '.'. */
function completer(vocab: () => Vocabulary) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const v = vocab();
    const colon = ctx.matchBefore(/:[\p{L}\w]*/u);
    if (colon) {
      const before = ctx.state.sliceDoc(Math.max(0, colon.from - 40), colon.from);
      const inRel = before.lastIndexOf('[') > before.lastIndexOf('(');
      const names = inRel ? v.relationshipTypes : v.labels;
      return { from: colon.from + 1, options: names.map((n) => ({ label: n, type: inRel ? 'type' : 'class' })) };
    }
    const dot = ctx.matchBefore(/\.[\p{L}\w]*/u);
    if (dot) return { from: dot.from + 1, options: v.propertyKeys.map((k) => ({ label: k, type: 'property' })) };
    const word = ctx.matchBefore(/[A-Za-z]+/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    return { from: word.from, options: KEYWORDS.map((k) => ({ label: k, type: 'keyword' })) };
  };
}

export default function CypherEditor({ value, onChange, onRun, vocabulary, label }: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // Latest props in refs: the editor is built once, its extensions read these.
  const latest = useRef({ onChange, onRun, vocabulary });
  latest.current = { onChange, onRun, vocabulary };

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(defaultHighlightStyle),
          autocompletion({ override: [completer(() => latest.current.vocabulary)] }),
          placeholder('MATCH (n) RETURN n LIMIT 10'),
          // Before the default keymap, so Mod-Enter runs instead of inserting a line.
          keymap.of([
            { key: 'Mod-Enter', preventDefault: true, run: () => (latest.current.onRun(), true) },
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) latest.current.onChange(u.state.doc.toString());
          }),
          EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'cypher-input' }),
        ],
      }),
    });
    view.current = v;
    return () => v.destroy();
    // Built once; `value` changes from outside are synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="analyst-editor" />;
}
