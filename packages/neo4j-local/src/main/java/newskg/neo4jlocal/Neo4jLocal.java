package newskg.neo4jlocal;

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Starts the real Neo4j Community server (the bootstrapper behind `bin/neo4j console`) with settings
 * passed as arguments, so no neo4j.conf or tarball is needed. Example:
 * java -cp ... newskg.neo4jlocal.Neo4jLocal /repo/.neo4j-local/default 7687 7474 256m
 */
public final class Neo4jLocal {
    public static final String READY_LINE = "neo4j-local ready";

    private Neo4jLocal() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: Neo4jLocal <home dir> <bolt port> <http port> <page cache size>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String bolt = "127.0.0.1:" + args[1];
        String http = "127.0.0.1:" + args[2];
        Map<String, String> settings = Map.ofEntries(
                // Local use only: nothing listens beyond loopback, and there is no password to forget.
                Map.entry("server.default_listen_address", "127.0.0.1"),
                Map.entry("server.default_advertised_address", "127.0.0.1"),
                Map.entry("server.bolt.listen_address", bolt),
                Map.entry("server.bolt.advertised_address", bolt),
                Map.entry("server.http.listen_address", http),
                Map.entry("server.http.advertised_address", http),
                Map.entry("server.https.enabled", "false"),
                Map.entry("dbms.security.auth_enabled", "false"),
                Map.entry("server.memory.pagecache.size", args[3]),
                // Offline and quiet: no usage reports, no Browser telemetry.
                Map.entry("dbms.usage_report.enabled", "false"),
                Map.entry("client.allow_telemetry", "false"));
        // The bootstrapper installs SIGTERM/SIGINT handlers that shut the database down cleanly.
        int status = new CommunityBootstrapper().start(home, home.resolve("conf/neo4j.conf"), settings, false, false);
        if (status != NeoBootstrapper.OK) {
            System.err.println("neo4j-local failed: Neo4j exited with status " + status + " (see the lines above)");
            System.exit(status);
        }
        System.out.println(READY_LINE + ": bolt://" + bolt + " http://" + http + "/browser/");
        System.out.flush();
    }
}
