import { readFileSync } from "node:fs";
import path from "node:path";
const root = path.resolve(import.meta.dirname, "..");
process.env.NEO4J_DATA_DIR = path.resolve(root, process.argv[2]!);
const [park, chainId] = [process.argv[3]!, process.argv[4]!];
const { loadConfig } = await import("../server/src/config.js");
const { connectGraph } = await import("../server/src/db/connect.js");
const db = await connectGraph(loadConfig(), () => {});
const session = db.executor.driver.session({ defaultAccessMode: "READ" });
const floorSrc = readFileSync(path.join(root, "bench/floor.ts"), "utf8");
const floorText = floorSrc.slice(floorSrc.indexOf("const chainInPark = `") + 21, floorSrc.indexOf("`;", floorSrc.indexOf("const chainInPark = `")));
const texts: Array<[string, string, Record<string, unknown>]> = [
  ["floor", floorText, { chain: chainId, park }],
  ...process.argv.slice(5).map((f) => [path.basename(f), readFileSync(f, "utf8"), { chainId, scope: { kind: "park", id: park } }] as [string, string, Record<string, unknown>]),
];
try {
  const times: number[][] = texts.map(() => []);
  for (const [, t, p] of texts) for (let w = 0; w < 5; w++) await session.run(t, p);
  for (let r = 0; r < 31; r++)
    for (const [i, [, t, p]] of texts.entries()) {
      const s = performance.now();
      await session.run(t, p);
      times[i]!.push(performance.now() - s);
    }
  for (const [i, [name]] of texts.entries()) {
    const ts = times[i]!.sort((a, b) => a - b);
    console.log(`${name}: p50 ${ts[15]!.toFixed(2)} ms`);
  }
} finally {
  await session.close();
  await db.stop();
}
