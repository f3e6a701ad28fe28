// Upload step: kind, file, encoding, the template; then the dry-run plan and the commit.
import { useState } from 'react';
import { wordApiError } from '../../shared/api/error-words';
import { isApiError } from '../../shared/api/errors';
import { downloadWithToken } from '../../shared/api/upload';
import { useLang } from '../../shared/i18n/context';
import { useImportT, type SheetKindKey } from './messages';
import { canCommit, loadMapping, saveMapping, type Decisions, type Mapping, type SheetReport } from './plan-model';
import { ErrorList, MappingStep, PlanCounts, PlanTable, ReviewDecisions } from './PlanView';
import { useSheetUpload } from './use-import';

const KINDS: SheetKindKey[] = ['enterprises', 'projects', 'institutions', 'supply'];
type Encoding = 'utf-8' | 'gb18030' | null;

export function UploadTab(props: { kind: SheetKindKey; onKind: (k: SheetKindKey) => void; userKey: string | null }) {
  const t = useImportT();
  const lang = useLang();
  const { kind, userKey } = props;
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<Encoding>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [report, setReport] = useState<SheetReport | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [result, setResult] = useState<SheetReport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const upload = useSheetUpload();
  const busy = upload.phase.phase !== 'idle';

  const failure = (e: unknown) => {
    const words = isApiError(e) ? (wordApiError(e, lang) ?? e.message) : String(e);
    setMessage(`${t.failed}: ${words}`);
  };

  const dryRun = async (withMapping: Mapping) => {
    if (!file) return setMessage(t.chooseFile);
    setMessage(null);
    setResult(null);
    try {
      const r = await upload.mutateAsync({ kind, file, encoding, mapping: withMapping });
      setReport(r);
      setDecisions({});
    } catch (e) {
      failure(e);
    }
  };

  const commit = async () => {
    if (!file || !report) return;
    setMessage(null);
    try {
      const r = await upload.mutateAsync({ kind, file, encoding, mapping, decisions: { review: report.review, chosen: decisions } });
      setResult(r);
      if (r.refused) setReport(r);
      else setReport(null);
    } catch (e) {
      failure(e);
    }
  };

  const download = (url: string, name: string, body?: Blob) =>
    downloadWithToken(url, name, body ? { method: 'POST', body } : {}).catch((e: unknown) =>
      setMessage(t.downloadFailed(e instanceof Error ? e.message : String(e))),
    );

  return (
    <section className="import-upload" aria-label={t.tabs.upload}>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          // The mapping remembered for this user and kind is tried first.
          const remembered = loadMapping(userKey, kind);
          setMapping(remembered);
          void dryRun(remembered);
        }}
      >
        <label>
          <span>{t.kind}</span>
          <select
            value={kind}
            onChange={(e) => {
              props.onKind(e.target.value as SheetKindKey);
              setReport(null);
              setResult(null);
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void download(`/import/template/${kind}.xlsx`, `template-${kind}.xlsx`)}>
          {t.template}
        </button>
        <label>
          <span>{t.file}</span>
          <input
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setResult(null);
            }}
          />
        </label>
        <label>
          <span>{t.encoding}</span>
          <select value={encoding ?? 'auto'} onChange={(e) => setEncoding(e.target.value === 'auto' ? null : (e.target.value as Encoding))}>
            {(['auto', 'utf-8', 'gb18030'] as const).map((v) => (
              <option key={v} value={v}>
                {t.encodings[v]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || !file}>
          {t.dryRun}
        </button>
      </form>
      {upload.phase.phase === 'uploading' && (
        <p role="status">
          <progress max={1} value={upload.phase.progress} aria-label={t.uploading(Math.round(upload.phase.progress * 100))} />{' '}
          {t.uploading(Math.round(upload.phase.progress * 100))}
        </p>
      )}
      {upload.phase.phase === 'working' && (
        <p role="status" aria-busy="true">
          <span className="spinner" aria-hidden="true" /> {upload.variables?.decisions ? t.committing : t.planning}
        </p>
      )}
      {message && <p role="alert">{message}</p>}
      {result && !result.refused && (
        <p role="status" className="import-result">
          {result.batchId ? t.committed(result.batchId, result.counts) : t.committedNothing}
        </p>
      )}
      {result?.refused && (
        <p role="alert" className="import-refused">
          {t.refused} {[...result.errors.map((e) => `${e.line} ${e.field}: ${e.message}`)].join('; ') || t.commitBlocked}
        </p>
      )}
      {report && (
        <div className="import-report" data-testid="import-plan">
          <h3>{t.planOf(report.fileName, report.encoding)}</h3>
          <PlanCounts report={report} />
          <MappingStep
            key={`${report.fileName}-${report.unknownHeaders.join('|')}`}
            report={report}
            remembered={loadMapping(userKey, kind)}
            onApply={(m) => {
              saveMapping(userKey, kind, m);
              const next = { ...mapping, ...m };
              setMapping(next);
              void dryRun(next);
            }}
          />
          <ErrorList
            report={report}
            onErrorSheet={() => {
              if (!file) return;
              const q = new URLSearchParams({ fileName: file.name, ...(encoding ? { encoding } : {}) });
              void download(`/import/errors/${kind}?${q.toString()}`, `errors-${file.name}.xlsx`, file);
            }}
          />
          <ReviewDecisions
            report={report}
            decisions={decisions}
            onDecide={(line, choice) =>
              setDecisions((d) => {
                const next = { ...d };
                if (choice === null) delete next[line];
                else next[line] = choice;
                return next;
              })
            }
          />
          <PlanTable report={report} />
          <p>
            <button type="button" className="primary" disabled={busy || !canCommit(report, decisions)} onClick={() => void commit()}>
              {t.commit}
            </button>{' '}
            {!canCommit(report, decisions) && <small>{t.commitBlocked}</small>}
          </p>
        </div>
      )}
    </section>
  );
}
