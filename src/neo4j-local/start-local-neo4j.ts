import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** Options of {@link startLocalNeo4j}. */
export interface StartLocalNeo4jOptions {
  /** Persistent folder holding the store and logs; created when missing, reused across starts. */
  dataDir: string;
  /**
   * Bolt port on 127.0.0.1; 7687 when omitted. `auto` lets the launcher choose a free port outside the range the
   * kernel gives to outgoing connections, and start again on another when one is taken meanwhile; `boltUri` tells.
   */
  boltPort?: LocalPort;
  /** HTTP port on 127.0.0.1 serving Neo4j Browser; 7474 when omitted, `auto` as for Bolt, `null` or 0 for no Browser. */
  httpPort?: LocalPort | null;
  /** Ports an `auto` port tries first, in order, before random ones (a test uses it to offer a port it holds). */
  portCandidates?: readonly number[];
  /** Password of user `neo4j`; NEO4J_PASSWORD, else `ecokg-dev-password`, when omitted. */
  password?: string;
  /** JVM heap such as `2g`; NEO4J_LOCAL_HEAP, else `2g`, when omitted. */
  heap?: string;
  /** Receives progress lines (Maven build) and anything the JVM writes to stderr once Neo4j is ready. */
  log?: (line: string) => void;
  /** What Neo4j Browser does once connected, and the hosts it may fetch styles and guides from. */
  browser?: BrowserSetup;
}

/** A port number, or `auto` for one the launcher chooses. */
export type LocalPort = number | 'auto';

/** Neo4j Browser's `browser.post_connect_cmd` and `browser.remote_content_hostname_whitelist`. */
export interface BrowserSetup {
  /** Browser commands run after connecting, separated by semicolons, e.g. `style http://127.0.0.1:4000/browser/style.grass`. */
  postConnectCmd: string;
  /** Comma-separated host names (no ports) Browser may fetch remote content from. */
  allowlist: string;
}

/** How the Neo4j JVM ended. */
export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running local Neo4j started by {@link startLocalNeo4j}. */
export interface LocalNeo4j {
  boltUri: string;
  browserUrl: string | null;
  pid: number;
  /** Settles when the JVM has exited, whether through `stop()` or on its own. */
  exited: Promise<LocalNeo4jExit>;
  /** Stops Neo4j cleanly (SIGTERM, SIGKILL after 60 s) and resolves once the JVM has exited. */
  stop(): Promise<void>;
}

const MAVEN_PROJECT = fileURLToPath(new URL('../../neo4j-local', import.meta.url));
// Rewritten by every successful build (see pom.xml), so its mtime tells when the last good build happened.
const CLASSPATH_FILE = path.join(MAVEN_PROJECT, 'target', 'classpath.txt');
const CLASSES_DIR = path.join(MAVEN_PROJECT, 'target', 'classes');
const MAIN_CLASS = 'dev.ecokg.neo4jlocal.LocalNeo4j';
const ERROR_PREFIX = 'ecokg-neo4j: ';
const PROGRESS_PREFIX = 'ecokg-neo4j ';
// The launcher's line when a port it chose was taken before Neo4j bound it, and it starts again on others.
const RETRY_SUFFIX = '; trying other ports';
const READY_LINE = /^ecokg-neo4j ready (bolt:\/\/\S+) browser=(\S+)$/;
// Generous because a first start also creates the store; a warm start takes about 5 s.
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
// The JVM options Neo4j's own launcher adds: without them the page cache and native file IO fall back to slower
// paths and log warnings. Xms equals Xmx as Neo4j recommends, so the heap never resizes.
const JVM_OPTIONS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/** Starts Neo4j Community in a child JVM (building the Maven launcher when needed) and waits until it is ready. */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const heap = options.heap ?? process.env.NEO4J_LOCAL_HEAP ?? '2g';
  // Checked here because the JVM's own complaint about a bad -Xmx is spread over several lines.
  if (!/^\d+[kmgt]?$/i.test(heap)) {
    throw new Error(`${ERROR_PREFIX}the heap size (NEO4J_LOCAL_HEAP) must look like 2g or 512m, got '${heap}'`);
  }
  await requireJava17();
  if (await buildIsStale()) {
    await buildLauncher(log);
  }
  const classPath = [CLASSES_DIR, (await readFile(CLASSPATH_FILE, 'utf8')).trim()].join(path.delimiter);
  const args = launcherArguments(options, { heap, classPath });
  // The password travels in the environment, not in argv where `ps` would show it.
  const env = options.password === undefined ? process.env : { ...process.env, NEO4J_PASSWORD: options.password };
  // A process group of its own: a Ctrl-C or a `kill -TERM -<group>` meant for the service must not stop the database
  // under the requests the service is still draining; the service stops it after them (or it stops on stdin's end).
  const child = spawn('java', args, { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<LocalNeo4jExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const [, boltUri, browser] = await watchUntilReady(child, log);
  let stopping: Promise<void> | undefined;
  return {
    boltUri: boltUri!,
    browserUrl: browser === 'off' ? null : browser!,
    pid: child.pid!,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          return;
        }
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}

// The JVM's command line: heap, Neo4j's own JVM options, and the launcher's arguments (see LocalNeo4j.java).
function launcherArguments(options: StartLocalNeo4jOptions, jvm: { heap: string; classPath: string }): string[] {
  const httpPort = options.httpPort === undefined ? 7474 : options.httpPort;
  return [
    `-Xms${jvm.heap}`,
    `-Xmx${jvm.heap}`,
    ...JVM_OPTIONS,
    '-cp',
    jvm.classPath,
    MAIN_CLASS,
    '--data-dir',
    path.resolve(options.dataDir),
    '--bolt-port',
    String(options.boltPort ?? 7687),
    ...(httpPort ? ['--http-port', String(httpPort)] : ['--no-browser']),
    ...(options.portCandidates?.length ? ['--port-candidates', options.portCandidates.join(',')] : []),
    ...(options.browser ? ['--browser-post-connect-cmd', options.browser.postConnectCmd, '--browser-allowlist', options.browser.allowlist] : []),
    // Our end of the stdin pipe closes when this process dies, even by SIGKILL, and then the JVM stops too.
    '--exit-on-stdin-eof',
  ];
}

// Resolves with the launcher's ready line; rejects with the JVM's own last word when it exits first or takes too long.
// After ready, its stderr goes to `log`; before, only its last line is kept, the one-line reason of a failed start.
function watchUntilReady(child: ChildProcessWithoutNullStreams, log: (line: string) => void): Promise<RegExpExecArray> {
  let ready = false;
  let lastStderrLine = '';
  const lastLine = (): string => (lastStderrLine === '' ? '' : `; last output: ${lastStderrLine}`);
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (ready || line.endsWith(RETRY_SUFFIX)) {
      log(line);
    } else if (line.trim() !== '') {
      // Before ready, the last line is the JVM's one-line explanation of a failed start.
      lastStderrLine = line;
    }
  });
  return new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${ERROR_PREFIX}Neo4j was not ready within ${READY_TIMEOUT_MS / 1000} s${lastLine()}`));
    }, READY_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (match !== null) {
        clearTimeout(timer);
        ready = true;
        resolve(match);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${ERROR_PREFIX}cannot run java: ${error.message}`));
    });
    // 'close' rather than 'exit': it comes after stderr is fully read, so the last line is known.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          lastStderrLine.startsWith(ERROR_PREFIX)
            ? lastStderrLine
            : `${ERROR_PREFIX}Neo4j exited (${signal ?? `code ${code}`}) before it was ready${lastLine()}`,
        ),
      );
    });
  });
}

async function requireJava17(): Promise<void> {
  let versionOutput: string;
  try {
    // `java -version` writes to stderr.
    ({ stderr: versionOutput } = await promisify(execFile)('java', ['-version']));
  } catch (error) {
    throw new Error(
      isNotFound(error)
        ? `${ERROR_PREFIX}java is not on PATH; Java 17 or newer is needed to run Neo4j`
        : `${ERROR_PREFIX}cannot run java -version: ${(error as Error).message}`,
    );
  }
  // "1.8.0_392" is Java 8; "17.0.15" is Java 17.
  const major = Number(/version "(?:1\.)?(\d+)/.exec(versionOutput)?.[1]);
  if (!(major >= 17)) {
    throw new Error(`${ERROR_PREFIX}Java 17 or newer is needed on PATH, found: ${versionOutput.split('\n')[0]}`);
  }
}

/** True when there is no build yet or the POM or a source file changed after the last one. */
async function buildIsStale(): Promise<boolean> {
  const builtAt = await modifiedAt(CLASSPATH_FILE);
  if (builtAt === undefined) {
    return true;
  }
  const sourceDir = path.join(MAVEN_PROJECT, 'src');
  const inputs = [
    path.join(MAVEN_PROJECT, 'pom.xml'),
    sourceDir,
    ...(await readdir(sourceDir, { recursive: true })).map((entry) => path.join(sourceDir, entry)),
  ];
  for (const input of inputs) {
    if ((await stat(input)).mtimeMs > builtAt) {
      return true;
    }
  }
  return false;
}

async function modifiedAt(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch (error) {
    if (isNotFound(error)) {
      return undefined;
    }
    throw error;
  }
}

async function buildLauncher(log: (line: string) => void): Promise<void> {
  log(`${PROGRESS_PREFIX}building ${MAVEN_PROJECT} with Maven (the first build downloads about 170 MB)`);
  const startedAt = Date.now();
  const child = spawn('mvn', ['-q', '-B', '-f', path.join(MAVEN_PROJECT, 'pom.xml'), 'process-classes'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('close', resolve);
    child.once('error', (error) =>
      reject(
        new Error(
          isNotFound(error)
            ? `${ERROR_PREFIX}mvn is not on PATH; Maven 3.8 or newer is needed to build ${MAVEN_PROJECT}`
            : `${ERROR_PREFIX}cannot run mvn: ${error.message}`,
        ),
      ),
    );
  });
  if (code !== 0) {
    const cause = mavenFailure(output) ?? `exit code ${code}`;
    throw new Error(`${ERROR_PREFIX}Maven build of ${MAVEN_PROJECT} failed: ${cause}`);
  }
  log(`${PROGRESS_PREFIX}built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}

/** Maven's own summary of a failed build, as one line; `-q` leaves only problems in the output. */
function mavenFailure(output: string): string | undefined {
  // Maven 3.8 prints colour resets even in batch mode.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the ANSI colour codes removed here.
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  // The summary runs from "Failed to execute goal" to "-> [Help 1]"; a compile error's file and line sit between.
  const start = lines.findIndex((line) => line.startsWith('[ERROR] Failed to execute goal'));
  if (start === -1) {
    return lines.filter((line) => line.trim() !== '').at(-1);
  }
  const end = lines.findIndex((line, index) => index >= start && line.includes('-> [Help'));
  return lines
    .slice(start, end === -1 ? undefined : end + 1)
    .map((line) =>
      line
        .replace(/^\[ERROR\] /, '')
        .replace(/\s*-> \[Help \d+\]$/, '')
        .trim(),
    )
    .filter((line) => line !== '')
    .join(' ');
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
