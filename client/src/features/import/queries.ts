// The sheet import's operations (server: schema/sheet-imports.ts and schema/imports.ts).
import { graphql } from '../../gql';

export const IMPORT_DRY_RUN = graphql(`
  mutation ImportDryRun($kind: SheetKind!, $file: File!, $encoding: SheetEncoding, $mapping: [ImportColumnMappingInput!]) {
    importDryRun(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping) {
      ...SheetReportFields
    }
  }
`);

export const IMPORT_COMMIT = graphql(`
  mutation ImportCommit(
    $kind: SheetKind!
    $file: File!
    $encoding: SheetEncoding
    $mapping: [ImportColumnMappingInput!]
    $decisions: [ImportDecisionInput!]
  ) {
    importCommit(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping, decisions: $decisions) {
      ...SheetReportFields
    }
  }
`);

export const SHEET_REPORT_FIELDS = graphql(`
  fragment SheetReportFields on SheetImportReport {
    dryRun
    refused
    batchId
    kind
    fileName
    encoding
    counts { read create update match skip errors review relationships }
    errors { line field message }
    review { line key name decision candidates { id name why } }
    rows { line name action reason targetId changes { field before after } errors { line field message } }
    unknownHeaders
    columns { key header required }
  }
`);

export const IMPORT_BATCHES = graphql(`
  query ImportBatches($limit: Int) {
    importBatches(limit: $limit) {
      id kind source who at status kept undoneBy undoneAt
      counts { create update match skip errors relationships }
    }
  }
`);

export const UNDO_IMPORT = graphql(`
  mutation UndoImport($batchId: ID!, $onlySafe: Boolean) {
    undoImport(batchId: $batchId, onlySafe: $onlySafe) {
      deleted
      restored
      unlinked
      batch { id status kept }
      undone { id name label action }
      kept { ...KeptRecordFields }
    }
  }
`);

/** A record an undo kept (or would refuse for), with the later change that touched it. */
export const KEPT_RECORD_FIELDS = graphql(`
  fragment KeptRecordFields on ImportKeptRecord {
    id name label reason by at fields batchId
  }
`);

export const AUDIT_LOG = graphql(`
  query AuditLog($by: String, $targetId: ID, $parkId: ID, $batchId: String, $from: String, $to: String, $first: Int) {
    auditLog(by: $by, targetId: $targetId, parkId: $parkId, batchId: $batchId, from: $from, to: $to, first: $first) {
      id action targetId targetLabel by at reason batchId undoOf before after
    }
  }
`);

/** The signed-in user's id: the column mappings are remembered per user. */
export const IMPORT_WHO = graphql(`
  query ImportWho {
    me { id username }
  }
`);
