package dev.ecokg.neo4jlocal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
import static org.neo4j.configuration.GraphDatabaseSettings.SYSTEM_DATABASE_NAME;
import static org.neo4j.configuration.SettingValueParsers.BYTES;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Runs Neo4j Community in-process on a persistent folder, with Bolt and Neo4j Browser on 127.0.0.1, so that
 * developers get a real Neo4j without Docker. Prints one ready line on stdout; failures are one line on stderr.
 */
public final class LocalNeo4j {
    private static final String LOOPBACK = "127.0.0.1";
    private static final String USER = "neo4j";
    private static final String DEFAULT_PASSWORD = "ecokg-dev-password";
    private static final String USAGE = "usage: LocalNeo4j --data-dir DIR [--bolt-port N|auto]"
            + " [--http-port N|auto | --no-browser] [--port-candidates N,N,...] [--page-cache SIZE] [--tx-max SIZE]"
            + " [--exit-on-stdin-eof] [--browser-post-connect-cmd COMMANDS] [--browser-allowlist HOSTS]";
    // Ports Neo4j binds, with whether the launcher chose them ("auto") or the user did.
    private static final int AUTO_PORT = -1;
    // How many sets of chosen ports a start tries before it gives up: each failure means another process bound a
    // port between our choice and Neo4j's bind, which outside the ephemeral range needs a process choosing ports too.
    private static final int AUTO_PORT_ATTEMPTS = 8;
    // Browser's own defaults fetch fonts from Google and, once connected, load Segment, Canny and Sentry scripts;
    // Browser ignores browser.allow_outgoing_connections on Community (and 5.26 no longer declares it), so the page's
    // Content-Security-Policy is what keeps it on this machine: itself, Bolt and HTTP on loopback, nothing else.
    private static final String BROWSER_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "worker-src 'self' blob:",
            "connect-src 'self' ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*",
            "base-uri 'none'",
            "object-src 'none'",
            "frame-ancestors 'none'");

    // Held while starting and while stopping: a stop requested mid-start (signal, stdin EOF) waits for the start to
    // finish and then closes the store cleanly, instead of halting the JVM with the store open (forcing recovery).
    private static final Object LIFECYCLE = new Object();
    private static DatabaseManagementService managementService;

    private LocalNeo4j() {}

    /** Starts Neo4j as described by the arguments (see {@link #USAGE}) and keeps it running until the JVM exits. */
    public static void main(String[] args) {
        try {
            Options options = Options.parse(args);
            Runtime.getRuntime().addShutdownHook(new Thread(LocalNeo4j::shutdown, "ecokg-neo4j-shutdown"));
            if (options.exitOnStdinEof()) {
                exitOnStdinEof();
            }
            prepareDataDir(options.dataDir());
            if (options.boltPort() != AUTO_PORT) {
                requireFreePort("Bolt", options.boltPort());
            }
            if (options.browserEnabled() && options.httpPort() != AUTO_PORT) {
                requireFreePort("HTTP", options.httpPort());
            }
            Ports ports = startOnPorts(options);
            String bolt = "bolt://" + LOOPBACK + ":" + ports.bolt();
            String browser = options.browserEnabled()
                    ? "http://" + LOOPBACK + ":" + ports.http() + "/browser/"
                    : "off";
            System.out.println("ecokg-neo4j ready " + bolt + " browser=" + browser);
        } catch (Failure e) {
            System.err.println("ecokg-neo4j: " + e.getMessage());
            System.exit(e.exitCode);
        }
    }

    /**
     * Starts Neo4j on the ports the user set, or on ports the launcher chooses outside the ephemeral range; when a
     * chosen port turns out to be taken by the time Neo4j binds it, starts again on newly chosen ones.
     */
    private static Ports startOnPorts(Options options) throws Failure {
        var chooser = new PortChooser(options.portCandidates());
        for (int attempt = 1; ; attempt++) {
            var ports = new Ports(
                    options.boltPort() == AUTO_PORT ? chooser.next() : options.boltPort(),
                    options.httpPort() == AUTO_PORT ? chooser.next() : options.httpPort());
            try {
                start(options, ports);
                return ports;
            } catch (PortTaken e) {
                if (!e.portWasChosen(options) || attempt == AUTO_PORT_ATTEMPTS) {
                    throw new Failure(e.getMessage());
                }
                System.err.println("ecokg-neo4j: " + e.getMessage() + "; trying other ports");
            }
        }
    }

    /** The Bolt and HTTP ports one start binds (HTTP 0 when Browser is off). */
    private record Ports(int bolt, int http) {}

    /** Neo4j could not bind one of its ports: another process holds it. */
    private static final class PortTaken extends Exception {
        private final boolean bolt;

        PortTaken(boolean bolt, int port) {
            super((bolt ? "Bolt" : "HTTP") + " port " + port + " on " + LOOPBACK + " is already in use");
            this.bolt = bolt;
        }

        boolean portWasChosen(Options options) {
            return (bolt ? options.boltPort() : options.httpPort()) == AUTO_PORT;
        }
    }

    private static void start(Options options, Ports ports) throws Failure, PortTaken {
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        var builder = new DatabaseManagementServiceBuilder(options.dataDir())
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // So that no connector, present or future, listens beyond this machine.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, ports.bolt()))
                // Otherwise the advertised port stays 7687, and Browser, which learns the Bolt address from the
                // discovery document at http://127.0.0.1:<http port>/, would connect to the wrong port.
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, ports.bolt()))
                // Netty's 5 s quiet period, paid twice, made every stop take 10 s after the store was closed.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // The HTTP connector serves Browser (from the neo4j-browser jar) and its discovery document.
                .setConfig(HttpConnector.enabled, options.browserEnabled())
                .setConfig(HttpConnector.listen_address, new SocketAddress(LOOPBACK, ports.http()))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, ports.http()))
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCache())
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, options.txMax())
                // A development store has no business reporting usage to Neo4j (dbms.usage_report.enabled).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Nor Browser (client.allow_telemetry): no product analytics, no crash reports.
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(ServerSettings.http_static_content_security_policy, BROWSER_POLICY)
                .setConfig(ServerSettings.browser_post_connect_cmd, options.postConnectCmd())
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, options.remoteContentAllowlist());
        try {
            synchronized (LIFECYCLE) {
                managementService = builder.build();
                syncPassword(managementService, password);
                if (!managementService.database(DEFAULT_DATABASE_NAME).isAvailable()) {
                    throw new Failure("database " + DEFAULT_DATABASE_NAME + " did not start; see "
                            + options.dataDir().resolve("logs").resolve("debug.log"));
                }
            }
        } catch (RuntimeException e) {
            Integer taken = boundPort(e, ports);
            if (taken != null) {
                // build() has already stopped what it started, so the store is free for the next attempt.
                throw new PortTaken(taken == ports.bolt(), taken);
            }
            Path trace = writeTrace(options.dataDir(), e);
            throw new Failure(describe(e, options.dataDir()) + " (details: " + trace + ")");
        }
    }

    /**
     * Neo4j creates {@code neo4j} with password "neo4j" that must be changed on first login; this launcher owns the
     * store, so it makes the stored password equal NEO4J_PASSWORD on every start, with no change required.
     */
    private static void syncPassword(DatabaseManagementService service, String password) throws Failure {
        var system = (GraphDatabaseAPI) service.database(SYSTEM_DATABASE_NAME);
        try {
            var authManager = system.getDependencyResolver().resolveDependency(AuthManager.class);
            var login = authManager.login(
                    AuthToken.newBasicAuthToken(USER, password), ClientConnectionInfo.EMBEDDED_CONNECTION);
            switch (login.subject().getAuthenticationResult()) {
                case SUCCESS -> {}
                // ALTER USER refuses to set the password the user already has, so only clear the flag.
                case PASSWORD_CHANGE_REQUIRED -> system.executeTransactionally(
                        "ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
                default -> system.executeTransactionally(
                        "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
            }
        } catch (InvalidAuthTokenException | QueryExecutionException e) {
            throw new Failure("cannot give user " + USER + " the password from NEO4J_PASSWORD: " + e.getMessage());
        }
    }

    /** The port of {@code ports} that a failed start could not bind, or null when it failed for another reason. */
    private static Integer boundPort(Throwable failure, Ports ports) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                String message = String.valueOf(t.getMessage());
                // Neo4j's PortBindException names the address it could not bind ("127.0.0.1:7687").
                if (ports.http() != 0 && message.contains(":" + ports.http())) {
                    return ports.http();
                }
                return ports.bolt();
            }
        }
        return null;
    }

    private static String describe(Exception failure, Path dataDir) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FileLockException) {
                return "data folder " + dataDir + " is locked by another Neo4j process";
            }
            root = t;
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return "Neo4j failed to start: " + message.replaceAll("\\s*\\R\\s*", " ");
    }

    private static Path writeTrace(Path dataDir, Exception failure) {
        Path file = dataDir.resolve("logs").resolve("ecokg-neo4j.log");
        try (var out = new PrintStream(Files.newOutputStream(file, CREATE, APPEND), true, UTF_8)) {
            out.println(Instant.now() + " start-up failed");
            failure.printStackTrace(out);
        } catch (IOException ignored) {
            // The one-line error on stderr still names the cause.
        }
        return file;
    }

    private static void shutdown() {
        synchronized (LIFECYCLE) {
            if (managementService != null) {
                managementService.shutdown();
            }
        }
    }

    /** Lets a parent that dies without a chance to signal (SIGKILL) still stop Neo4j: its end of our stdin closes. */
    private static void exitOnStdinEof() {
        var watcher = new Thread(
                () -> {
                    try {
                        System.in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        // A broken stdin means the parent is gone just the same.
                    }
                    System.exit(0);
                },
                "ecokg-neo4j-stdin-eof");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void prepareDataDir(Path dir) throws Failure {
        try {
            Files.createDirectories(dir.resolve("logs"));
        } catch (AccessDeniedException e) {
            throw new Failure("data folder " + dir + " cannot be created: permission denied on " + e.getFile());
        } catch (IOException e) {
            // A FileSystemException's message repeats the path; its reason alone is the cause ("Not a directory").
            String reason = e instanceof FileSystemException fse && fse.getReason() != null
                    ? fse.getReason()
                    : e.toString();
            throw new Failure("data folder " + dir + " cannot be created: " + reason);
        }
        if (!Files.isWritable(dir)) {
            throw new Failure("data folder " + dir + " is not writable");
        }
    }

    /** Checked before starting so the error names the port, rather than surfacing from deep inside Neo4j. */
    private static void requireFreePort(String connector, int port) throws Failure {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (BindException e) {
            throw new Failure(connector + " port " + port + " on " + LOOPBACK + " is already in use");
        } catch (IOException e) {
            throw new Failure("cannot check " + connector + " port " + port + ": " + e.getMessage());
        }
    }

    private record Options(
            Path dataDir,
            int boltPort,
            int httpPort,
            List<Integer> portCandidates,
            long pageCache,
            long txMax,
            boolean exitOnStdinEof,
            String postConnectCmd,
            String remoteContentAllowlist) {

        boolean browserEnabled() {
            return httpPort != 0;
        }

        static Options parse(String[] args) throws Failure {
            Map<String, String> values = new HashMap<>();
            boolean noBrowser = false;
            boolean exitOnStdinEof = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--no-browser" -> noBrowser = true;
                    case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                    case "--data-dir",
                            "--bolt-port",
                            "--http-port",
                            "--port-candidates",
                            "--page-cache",
                            "--tx-max",
                            "--browser-post-connect-cmd",
                            "--browser-allowlist" -> {
                        if (i + 1 == args.length) {
                            throw Failure.usage(args[i] + " needs a value");
                        }
                        values.put(args[i], args[++i]);
                    }
                    default -> throw Failure.usage("unknown argument " + args[i]);
                }
            }
            if (!values.containsKey("--data-dir")) {
                throw Failure.usage("--data-dir is required");
            }
            return new Options(
                    Path.of(values.get("--data-dir")).toAbsolutePath(),
                    port(values.getOrDefault("--bolt-port", "7687"), "--bolt-port", 1),
                    noBrowser ? 0 : port(values.getOrDefault("--http-port", "7474"), "--http-port", 0),
                    candidates(values.getOrDefault("--port-candidates", "")),
                    size(values, "--page-cache", "NEO4J_LOCAL_PAGE_CACHE", "1g"),
                    size(values, "--tx-max", "NEO4J_LOCAL_TX_MAX", "512m"),
                    exitOnStdinEof,
                    values.getOrDefault("--browser-post-connect-cmd", ""),
                    // Browser treats an empty list as its default, which names guides.neo4j.com.
                    values.getOrDefault("--browser-allowlist", "localhost"));
        }

        private static int port(String value, String flag, int min) throws Failure {
            if (value.equals("auto")) {
                return AUTO_PORT;
            }
            try {
                int port = Integer.parseInt(value);
                if (port >= min && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // Reported below with the accepted range.
            }
            throw Failure.usage(
                    flag + " must be a port number from " + min + " to 65535 or auto, got '" + value + "'");
        }

        private static List<Integer> candidates(String value) throws Failure {
            var ports = new ArrayList<Integer>();
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    int port = port(part.trim(), "--port-candidates", 1);
                    if (port == AUTO_PORT) {
                        throw Failure.usage("--port-candidates takes port numbers, got 'auto'");
                    }
                    ports.add(port);
                }
            }
            return ports;
        }

        /** Memory sizes come from the flag, else the environment, else a default sized for a 24 GiB dev machine. */
        private static long size(Map<String, String> values, String flag, String env, String fallback)
                throws Failure {
            String value = values.getOrDefault(flag, System.getenv().getOrDefault(env, fallback));
            try {
                return BYTES.parse(value);
            } catch (IllegalArgumentException e) {
                throw Failure.usage(flag + " (or " + env + ") must be a size like 512m or 1g, got '" + value + "'");
            }
        }
    }

    /** A start-up failure whose message is the complete, single-line explanation for the user. */
    private static final class Failure extends Exception {
        private final int exitCode;

        Failure(String message) {
            this(message, 1);
        }

        private Failure(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        static Failure usage(String problem) {
            return new Failure(problem + "; " + USAGE, 2);
        }
    }
}
