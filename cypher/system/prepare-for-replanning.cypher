// Resamples every index and clears the plan caches, waiting until done: after a load that took a
// label from (nearly) empty to full, the planner's statistics still say empty and it may pick
// index scans over seeks until the background sampler catches up (seen as a flaky plan test).
// params: {"seconds": 60}
CALL db.prepareForReplanning($seconds)
