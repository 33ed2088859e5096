package newskg.neo4jlocal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Starts the real Neo4j Community server (the bootstrapper behind `bin/neo4j console`) with settings
 * passed as arguments, so no neo4j.conf or tarball is needed. Example:
 * java -cp ... newskg.neo4jlocal.Neo4jLocal /repo/.neo4j-local/default 7687 7474 256m
 * The password of user neo4j is read from neo4j-local.password in the home dir (written by the launcher).
 */
public final class Neo4jLocal {
    public static final String READY_LINE = "neo4j-local ready";
    public static final String PASSWORD_FILE = "neo4j-local.password";

    private Neo4jLocal() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: Neo4jLocal <home dir> <bolt port> <http port> <page cache size>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String password = Files.readString(home.resolve(PASSWORD_FILE), StandardCharsets.UTF_8).trim();
        String bolt = "127.0.0.1:" + args[1];
        String http = "127.0.0.1:" + args[2];
        Map<String, String> settings = Map.ofEntries(
                // Local use only: nothing listens beyond loopback.
                Map.entry("server.default_listen_address", "127.0.0.1"),
                Map.entry("server.default_advertised_address", "127.0.0.1"),
                Map.entry("server.bolt.listen_address", bolt),
                Map.entry("server.bolt.advertised_address", bolt),
                Map.entry("server.http.listen_address", http),
                Map.entry("server.http.advertised_address", http),
                Map.entry("server.https.enabled", "false"),
                // Auth on: loopback is not private from a web page, which can POST to the HTTP API and open a
                // WebSocket to Bolt. Without a password any page the user visits could write to the graph.
                Map.entry("dbms.security.auth_enabled", "true"),
                // And the HTTP API shares its answers with the Browser's own origin only (Neo4j's default is *).
                Map.entry("dbms.security.http_access_control_allow_origin", "http://" + http),
                Map.entry("server.memory.pagecache.size", args[3]),
                // Browser plays remote guides (`:play <url>`) only from these hosts: Neo4j's default
                // (guides.neo4j.com, localhost) and 127.0.0.1, where `kg serve` serves the notebooks' guide.
                // Neo4j 5.26 and its Browser (5.24) still name it "whitelist" (the docs' "allowlist" is refused).
                Map.entry("browser.remote_content_hostname_whitelist", "guides.neo4j.com,localhost,127.0.0.1"),
                // Offline and quiet: no usage reports, no Browser telemetry.
                Map.entry("dbms.usage_report.enabled", "false"),
                Map.entry("client.allow_telemetry", "false"));
        // The bootstrapper installs SIGTERM/SIGINT handlers that shut the database down cleanly.
        NeoBootstrapper bootstrapper = new CommunityBootstrapper();
        int status = bootstrapper.start(home, home.resolve("conf/neo4j.conf"), settings, false, false);
        if (status != NeoBootstrapper.OK) {
            System.err.println("neo4j-local failed: Neo4j exited with status " + status + " (see the lines above)");
            System.exit(status);
        }
        setPassword(bootstrapper, password);
        System.out.println(READY_LINE + ": bolt://" + bolt + " http://" + http + "/browser/");
        System.out.flush();
    }

    /**
     * The neo4j user's password becomes the one in the password file, through the embedded system database (no
     * login needed). A new data dir starts with neo4j/neo4j, which only lets a client change the password; a data
     * dir made before auth was turned on has that user too, so both get the file's password here.
     */
    private static void setPassword(NeoBootstrapper bootstrapper, String password) {
        try {
            bootstrapper.getDatabaseManagementService().database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException error) {
            // Already this password (every start after the first): Neo4j refuses to "change" it to itself.
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")) {
                throw error;
            }
        }
    }
}
