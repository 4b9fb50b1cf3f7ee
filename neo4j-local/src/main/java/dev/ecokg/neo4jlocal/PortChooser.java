package dev.ecokg.neo4jlocal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chooses ports for Neo4j to bind when the user leaves them to the launcher ("auto"), outside the range the kernel
 * gives to outgoing connections, so that no client on the machine can be handed one between our choice and the bind.
 * The only way to lose a chosen port is another process choosing and binding the same one, which the launcher meets
 * by starting again on other ports.
 */
final class PortChooser {
    // Linux documents this file; its default is 32768-60999. Elsewhere the IANA dynamic range is the safe guess.
    private static final Path EPHEMERAL_RANGE_FILE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int[] FALLBACK_EPHEMERAL_RANGE = {32768, 65535};
    // Below this, ports are the well-known and registered services' (and 7474/7687 are Neo4j's own defaults).
    private static final int LOWEST = 10000;
    private static final String LOOPBACK = "127.0.0.1";

    private final Deque<Integer> preferred;
    private final Set<Integer> given = new HashSet<>();
    private final int[] ephemeral;

    /** A chooser that offers {@code preferred} ports first, in order, then random ones. */
    PortChooser(List<Integer> preferred) {
        this.preferred = new ArrayDeque<>(preferred);
        this.ephemeral = readEphemeralRange();
    }

    /**
     * A port not offered before: the next preferred one as given (even if taken, which the caller then meets), else
     * a random free one outside the ephemeral range.
     */
    int next() {
        while (!preferred.isEmpty()) {
            int port = preferred.removeFirst();
            if (given.add(port)) {
                return port;
            }
        }
        int below = Math.max(0, ephemeral[0] - LOWEST);
        int above = Math.max(0, 65535 - ephemeral[1]);
        for (; ; ) {
            int port;
            if (below + above == 0) {
                // The whole range is ephemeral (a tuned kernel): any port, and the retry covers a collision.
                port = ThreadLocalRandom.current().nextInt(LOWEST, 65536);
            } else {
                int pick = ThreadLocalRandom.current().nextInt(below + above);
                port = pick < below ? LOWEST + pick : ephemeral[1] + 1 + (pick - below);
            }
            // A port some server already listens on is skipped here rather than found by a failed start.
            if (given.add(port) && isFree(port)) {
                return port;
            }
        }
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int[] readEphemeralRange() {
        try {
            String[] parts = Files.readString(EPHEMERAL_RANGE_FILE).trim().split("\\s+");
            int low = Integer.parseInt(parts[0]);
            int high = Integer.parseInt(parts[1]);
            if (low > 0 && high >= low && high <= 65535) {
                return new int[] {low, high};
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or an unreadable value: the fallback below.
        }
        return FALLBACK_EPHEMERAL_RANGE.clone();
    }
}
