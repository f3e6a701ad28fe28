package org.chaingraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, so the Node server can use
 * neo4j-driver against a database that needs no separate Neo4j installation.
 *
 * <pre>
 * NEO4J_EMBEDDED_PASSWORD=secret java -jar target/neo4j-launcher.jar --data-dir DIR
 *     [--bolt-port 7687] [--pagecache 512m] [--tx-memory 512m] [--tx-timeout 60s]
 *     [--config key=value]... [--exit-on-stdin-close]
 * </pre>
 *
 * DIR becomes the Neo4j home: store files go to DIR/data, logs to DIR/logs. Stdout carries
 * exactly one line, {@code NEO4J_READY bolt://127.0.0.1:PORT}, which the parent waits for;
 * failures are one line on stderr and a non-zero exit code.
 */
public final class EmbeddedNeo4j {
    private static final String PASSWORD_ENV = "NEO4J_EMBEDDED_PASSWORD";
    private static final String USER = "neo4j";

    private static final int EXIT_USAGE = 2;
    private static final int EXIT_START_FAILED = 1;

    private EmbeddedNeo4j() {}

    /** Parsed command line; sizes and durations use Neo4j's own parsers and syntax. */
    private static final class Options {
        Path dataDir;
        int boltPort = 7687;
        long pagecache = ByteUnit.mebiBytes(512);
        long txMemory = ByteUnit.mebiBytes(512);
        Duration txTimeout = Duration.ofSeconds(60);
        boolean exitOnStdinClose;
        final Map<String, String> rawConfig = new LinkedHashMap<>();
    }

    public static void main(String[] args) {
        Options opts;
        try {
            opts = parseArgs(args);
        } catch (IllegalArgumentException e) {
            fail(EXIT_USAGE, "bad arguments: " + e.getMessage());
            return;
        }

        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            fail(EXIT_USAGE, PASSWORD_ENV + " is not set; it must hold the password for user '" + USER + "'");
            return;
        }

        // The hook may fire while build() is still running (stdin closed, SIGTERM during
        // start-up), so it reads the service through a reference that is filled in later.
        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService s = service.getAndSet(null);
            if (s != null) {
                s.shutdown();
            }
        }, "neo4j-launcher-shutdown"));

        if (opts.exitOnStdinClose) {
            watchStdin();
        }

        DatabaseManagementService managementService;
        try {
            Files.createDirectories(opts.dataDir.resolve("logs"));
            // Neo4j reports a taken port only deep inside a lifecycle stack trace; checking
            // first gives the parent a message it can show as-is.
            ensurePortFree(opts.boltPort);
            Path initialUser = writeInitialPassword(opts.dataDir, password);
            managementService = buildService(opts);
            service.set(managementService);
            waitUntilAvailable(managementService);
            if (initialUser != null) {
                // Read once, when the system database was created: no second copy of a credential.
                Files.deleteIfExists(initialUser);
            }
            // Bolt already listens (loopback only) while this runs; READY is withheld until the
            // password is in place, so well-behaved clients never see the old one.
            setPassword(managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        } catch (Throwable e) {
            fail(EXIT_START_FAILED, "failed to start: " + describe(e));
            return;
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + opts.boltPort);
        System.out.flush();
        // main returns here; Neo4j's non-daemon threads keep the JVM alive until a signal
        // or the stdin watcher ends it through the shutdown hook.
    }

    private static DatabaseManagementService buildService(Options opts) {
        Map<Setting<?>, Object> settings = new LinkedHashMap<>();
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", opts.boltPort));
        // Embedded mode starts no web server today; disabling the connectors keeps Bolt the
        // only way in even if a dependency change ever brings one along.
        settings.put(HttpConnector.enabled, false);
        settings.put(HttpsConnector.enabled, false);
        settings.put(GraphDatabaseSettings.auth_enabled, true);
        settings.put(GraphDatabaseSettings.logs_directory, opts.dataDir.resolve("logs"));
        // Neo4j's defaults size these from total RAM; on a shared dev/CI box that would
        // grab far more than a small graph needs, so the caller decides.
        settings.put(GraphDatabaseSettings.pagecache_memory, opts.pagecache);
        settings.put(GraphDatabaseSettings.memory_transaction_global_max_size, opts.txMemory);
        // A runaway query from the UI should not hold locks and memory forever.
        settings.put(GraphDatabaseSettings.transaction_timeout, opts.txTimeout);
        // Bolt's Netty loops idle 5 s each (boss + workers) before stopping, which made every
        // stop take ~10 s. The databases are already checkpointed and closed by then, so
        // there is nothing left to drain; 0 makes stops (and test restarts) near-instant.
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);

        // 5.26's builder has no setConfigRaw, so pass-through strings are parsed by Neo4j's
        // own Config (which rejects unknown keys and bad values) and handed over typed.
        // neo4j_home is included so relative path settings resolve against the data dir.
        if (!opts.rawConfig.isEmpty()) {
            Config parsed = Config.newBuilder()
                    .set(GraphDatabaseSettings.neo4j_home, opts.dataDir)
                    .setRaw(opts.rawConfig)
                    .build();
            for (String key : opts.rawConfig.keySet()) {
                Setting<Object> setting = parsed.getSetting(key);
                settings.put(setting, parsed.get(setting));
            }
        }

        return new DatabaseManagementServiceBuilder(opts.dataDir).setConfig(settings).build();
    }

    private static void waitUntilAvailable(DatabaseManagementService managementService) {
        for (String name : managementService.listDatabases()) {
            if (!managementService.database(name).isAvailable(Duration.ofMinutes(2).toMillis())) {
                throw new IllegalStateException("database '" + name + "' did not become available");
            }
        }
    }

    /**
     * Makes the environment's password the user's, even for a data dir created with another one.
     * A restart usually finds it in place: a login check (the hash and the stored user, no Cypher)
     * then replaces the ALTER USER, which cost ~4 s of every start (the first Cypher command of a
     * fresh JVM, on the system database). Neo4j refuses to "change" a password to its current
     * value; that case means the desired state already holds.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        if (passwordInPlace(system, password)) {
            return;
        }
        Map<String, Object> params = Map.of("pw", password);
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", params);
        } catch (RuntimeException e) {
            if (!String.valueOf(rootCause(e).getMessage()).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    /**
     * A DBMS that has never started creates its user from data/dbms/auth.ini, as {@code neo4j-admin
     * dbms set-initial-password} writes it; this writes that file the same way, in this JVM, so a
     * fresh data dir also starts with the password in place and needs no ALTER USER. Internal API:
     * on any error nothing is written, and setPassword's ALTER USER sets the password as before.
     * Returns the file written (deleted once the DBMS is up), or null.
     */
    private static Path writeInitialPassword(Path dataDir, String password) {
        try {
            // The paths the DBMS will use for this neo4j_home (buildService sets no other root).
            Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, dataDir.toAbsolutePath()).build();
            if (Files.exists(config.get(GraphDatabaseInternalSettings.databases_root_path).resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
                return null;
            }
            Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            FileUserRepository users = new FileUserRepository(
                    new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(USER, null,
                    SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
                    false, false));
            users.shutdown();
            return file;
        } catch (Throwable e) {
            // setPassword covers it after the start.
            return null;
        }
    }

    /**
     * Whether {@code password} already logs the user in with nothing to change. Uses the DBMS's
     * own AuthManager, an internal API: anything unexpected (another Neo4j version, an error)
     * answers false, and the ALTER USER runs as before.
     */
    private static boolean passwordInPlace(GraphDatabaseService system, String password) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
            LoginContext login = auth.login(AuthToken.newBasicAuthToken(USER, password), ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Throwable e) {
            return false;
        }
    }

    /** Lets the DB die with its parent: a dead Node process closes our stdin pipe. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // Input is ignored; only end-of-stream matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same thing as EOF here.
            }
            System.exit(0);
        }, "neo4j-launcher-stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void ensurePortFree(int port) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            throw new IOException("bolt port 127.0.0.1:" + port + " is already in use", e);
        }
    }

    private static Options parseArgs(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data-dir" -> o.dataDir = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                case "--bolt-port" -> o.boltPort = parsePort(value(args, ++i, a));
                case "--pagecache" -> o.pagecache = parseBytes(a, value(args, ++i, a));
                case "--tx-memory" -> o.txMemory = parseBytes(a, value(args, ++i, a));
                case "--tx-timeout" -> o.txTimeout = parseDuration(a, value(args, ++i, a));
                case "--exit-on-stdin-close" -> o.exitOnStdinClose = true;
                case "--config" -> {
                    String kv = value(args, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--config expects key=value, got '" + kv + "'");
                    }
                    o.rawConfig.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        if (o.dataDir == null) {
            throw new IllegalArgumentException("--data-dir <path> is required");
        }
        return o;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the shared message
        }
        throw new IllegalArgumentException("--bolt-port must be 1-65535, got '" + s + "'");
    }

    private static long parseBytes(String flag, String s) {
        try {
            return ByteUnit.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(flag + " must be a size like 512m or 1g, got '" + s + "'");
        }
    }

    private static Duration parseDuration(String flag, String s) {
        try {
            return SettingValueParsers.DURATION.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(flag + " must be a duration like 60s or 5m, got '" + s + "'");
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Outer message plus root cause, flattened to one line for the parent's error text. */
    private static String describe(Throwable e) {
        Throwable root = rootCause(e);
        String msg = String.valueOf(e.getMessage());
        if (root != e && root.getMessage() != null && !msg.contains(root.getMessage())) {
            msg = msg + ": " + root.getMessage();
        }
        return msg.replaceAll("\\s+", " ").trim();
    }

    private static void fail(int code, String message) {
        System.err.println("neo4j-launcher: " + message);
        System.err.flush();
        System.exit(code);
    }
}
