// Import batches (server/src/import/): one ImportBatch per committed import, ImportRevision nodes
// holding what an update replaced so the batch can be undone. Not domain nodes: no :Entity.
// Industries (申万 level 3) are domain nodes; listed firms are found by stock and credit code.
CREATE CONSTRAINT import_batch_id IF NOT EXISTS FOR (n:ImportBatch) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_revision_batch IF NOT EXISTS FOR (n:ImportRevision) ON (n.batchId);
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE INDEX enterprise_stock_code IF NOT EXISTS FOR (n:Enterprise) ON (n.stockCode);
CREATE INDEX enterprise_credit_code IF NOT EXISTS FOR (n:Enterprise) ON (n.creditCode);
CREATE INDEX enterprise_import_batch IF NOT EXISTS FOR (n:Enterprise) ON (n.importBatch);
