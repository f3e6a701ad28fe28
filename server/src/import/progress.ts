// A one-line progress bar on stderr for the import CLI (only when stderr is a terminal; otherwise
// a line every 10%, so logs stay readable).
export function progressBar(total: number, label: string): { update(done: number): void; done(): void } {
  const tty = process.stderr.isTTY;
  let lastDecile = -1;
  const started = Date.now();
  const render = (done: number) => {
    const frac = total ? Math.min(1, done / total) : 0;
    const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
    if (tty) {
      const width = 30;
      const fill = Math.round(frac * width);
      process.stderr.write(`\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${total} (${Math.round(rate)}/s)`);
    } else {
      const decile = Math.floor(frac * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        process.stderr.write(`${label}: ${done}/${total} records (${Math.round(rate)}/s)\n`);
      }
    }
  };
  return {
    update: render,
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
