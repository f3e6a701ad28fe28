// The backup file: JSON Lines, gzip-compressed when the name ends in .gz. One header line, the
// schema, every node, every relationship, and a trailer with the counts (a file without its
// trailer was cut short and is refused). Node ids are renumbered 0, 1, 2, … in the file; element
// ids are the database's own and do not survive a restore (nothing in the app stores them).
//
//   {"format":"chain-graph-backup","version":1,"createdAt":"…","database":"neo4j","neo4j":"5.26.x","lastCommittedTxn":123}
//   {"schema":"CREATE CONSTRAINT … "}
//   {"n":0,"labels":["Park"],"props":{"id":"zs-hitech","area":{"$float":"NaN"},…}}
//   {"r":[0,1],"type":"LOCATED_IN","props":{…}}
//   {"end":{"nodes":393,"relationships":1200,"schema":14}}
import type { Encoded } from './codec.js';

export const FORMAT = 'chain-graph-backup';
export const VERSION = 1;

export interface Header {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  database: string;
  lastCommittedTxn: number | null;
}

export interface SchemaLine {
  schema: string;
}
export interface NodeLine {
  n: number;
  labels: string[];
  props: Record<string, Encoded>;
}
export interface RelationshipLine {
  r: [number, number];
  type: string;
  props: Record<string, Encoded>;
}
export interface Trailer {
  end: { nodes: number; relationships: number; schema: number };
}

export type Line = Header | SchemaLine | NodeLine | RelationshipLine | Trailer;

export class BackupFileError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'BackupFileError';
  }
}
