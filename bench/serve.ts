// Starts the compiled production server (server/dist/main.js with NODE_ENV=production, as
// `npm run serve` does) on free ports against a data folder, for bench/api-vs-floor.ts. The
// credential store gets a temporary folder of its own; the admin password is made up here.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { terminate } from "../server/src/ops/child-process.js";
import { freePort } from "../server/test/free-port.js";

export const root = path.resolve(import.meta.dirname, "..");

// The tests' port finder (never the same port twice in a process: the server's two databases
// start side by side) and the server's way of stopping a child, for bench/peer.ts too.
export { freePort, terminate };

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

/** Compiles server/dist unless it is newer than every file of server/src. */
export function buildServer(): void {
  const main = path.join(root, "server", "dist", "main.js");
  let built = 0;
  try {
    built = statSync(main).mtimeMs;
  } catch {
    // Not built yet.
  }
  if (built > newest(path.join(root, "server", "src"))) return;
  console.error("compiling the server (server/dist) …");
  const r = spawnSync("npx", ["-y", "pnpm@10", "--filter", "@chain-graph/server", "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("compiling the server failed");
}

export interface Served {
  url: string;
  boltUri: string;
  /** The embedded graph's own credentials (<data>/.credentials, written by server/src/db/embedded.ts). */
  password: string;
  adminPassword: string;
  server: ChildProcess;
  /**
   * Resolves once the server has built its targets index (its log says so), which it does in the
   * background after it starts: work that would otherwise share the machine with the first cells
   * measured (at 100k a few seconds of both the server's and the JVM's CPU, at 1M half a minute).
   */
  indexed: Promise<void>;
  /** Peak RSS (VmHWM) in bytes of the server process and of the graph's JVM. */
  peakRss(): { server: number; neo4j: number };
  /** CPU time (user + system) in ms the server process and the graph's JVM have used so far. */
  cpuMs(): { server: number; neo4j: number };
  stop(): Promise<void>;
}

/** Peak RSS (VmHWM) in bytes of a process; 0 when it is gone or unknown. */
export const hwm = (pid: number | undefined) => {
  if (!pid) return 0;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};

/** CPU time (user + system, ms) a process has used; 0 when it is gone or unknown. */
export const cpuMs = (pid: number | undefined) => {
  if (!pid) return 0;
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted from after the command's closing parenthesis.
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
};
/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/**
 * The JVM the server started for the graph (the process whose working directory is the data
 * folder) and its parent, the server's node process (under --sources, tsx's child, not `server`).
 */
function graphJvm(dataDir: string): { jvm: number; server: number } | undefined {
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/cwd`) !== dataDir) continue;
      const ppid = Number(readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      return { jvm: Number(name), server: ppid };
    } catch {
      // Gone meanwhile, or not ours.
    }
  }
  return undefined;
}

/** Budgets and admission sized so one benchmark client at concurrency 64 is measured, not refused. */
export const benchLimits = {
  GRAPHQL_CLIENT_BUDGET: "1000000000",
  GRAPHQL_CLIENT_REFILL: "1000000000",
  HEAVY_MAX_PER_CLIENT: "10000",
  HEAVY_QUEUE_MAX: "10000",
  HEAVY_QUEUE_WAIT_MS: "120000",
};

/**
 * `dist`: the compiled server's folder (server/dist; another build of it for a before/after run).
 * `sources`: run server/src through tsx instead (still NODE_ENV=production): CI's tiny run, which
 * checks the benchmark still works and need not pay for a compile. `nodeArgs`: flags for the
 * compiled server's node (e.g. --cpu-prof, to see where a request's time goes).
 */
export async function serve(dataDir: string, opts: { dist?: string; sources?: boolean; nodeArgs?: string[] } = {}): Promise<Served> {
  const dist = opts.dist ?? path.join(root, "server", "dist");
  const authDir = mkdtempSync(path.join(os.tmpdir(), "chain-graph-bench-auth-"));
  const boltPort = await freePort();
  const port = await freePort();
  const adminPassword = randomBytes(12).toString("base64url");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...benchLimits,
    NODE_ENV: "production",
    NEO4J_URI: "",
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
    AUTH_NEO4J_URI: "",
    AUTH_NEO4J_DATA_DIR: authDir,
    AUTH_NEO4J_BOLT_PORT: String(await freePort()),
    PORT: String(port),
    HOST: "127.0.0.1",
    ADMIN_PASSWORD: adminPassword,
  };
  const [cmd, args] = opts.sources
    ? [path.join(root, "server", "node_modules", ".bin", "tsx"), ["src/main.ts"]]
    : [process.execPath, ["--enable-source-maps", ...(opts.nodeArgs ?? []), path.join(dist, "main.js")]];
  const server = spawn(cmd, args, {
    cwd: path.join(root, "server"),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Interrupted (Ctrl-C, a timeout's SIGTERM): the server and its databases go too.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.kill("SIGTERM");
      process.exit(130);
    });
  }
  const output: string[] = [];
  // The targets index line may come before or after "is running": watched on every chunk, with
  // the end of the previous one in case the line is split between two.
  let tail = "";
  let onIndexed: () => void = () => {};
  // Never logged (the server no longer builds it at start, or its line changed): fail, not hang.
  const indexed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not log its targets index within 900 s")), 900_000);
    timer.unref();
    onIndexed = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  indexed.catch(() => {}); // a caller that never awaits it is not failed by it
  const watchIndex = (chunk: Buffer) => {
    const text = tail + chunk.toString();
    if (/targets index: (\d+ firms|rebuild failed)/.test(text)) onIndexed();
    tail = text.slice(-200);
  };
  server.stdout!.on("data", watchIndex);
  server.stderr!.on("data", watchIndex);
  const url = await new Promise<string>((resolve, reject) => {
    // Two JVMs start on a shared machine: minutes under load.
    const timer = setTimeout(() => {
      server.kill("SIGTERM");
      reject(new Error(`server did not start in 900 s:\n${output.join("")}`));
    }, 900_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.splice(0, 100);
      // Read until ready, then only drained (a full pipe would stall the server).
      if (output.join("").includes("is running")) {
        clearTimeout(timer);
        output.length = 0;
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    server.stdout!.on("data", onData);
    server.stderr!.on("data", onData);
    server.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${output.join("")}`));
    });
  });
  const { password } = JSON.parse(readFileSync(path.join(dataDir, ".credentials"), "utf8")) as { password: string };
  const pids = graphJvm(dataDir);
  return {
    url,
    boltUri: `bolt://127.0.0.1:${boltPort}`,
    password,
    adminPassword,
    server,
    indexed,
    peakRss: () => ({ server: hwm(pids?.server ?? server.pid), neo4j: hwm(pids?.jvm) }),
    cpuMs: () => ({ server: cpuMs(pids?.server ?? server.pid), neo4j: cpuMs(pids?.jvm) }),
    stop: async () => {
      await terminate(server, 60_000);
      rmSync(authDir, { recursive: true, force: true });
    },
  };
}
