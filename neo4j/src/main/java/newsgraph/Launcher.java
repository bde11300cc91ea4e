package newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a Neo4j Community server in this JVM with only the Bolt connector open, so the
 * project needs no separate Neo4j install. Prints one line "NEO4J READY bolt://host:port"
 * once Bolt accepts connections; stops cleanly on SIGTERM/SIGINT.
 *
 * Usage: Launcher <dataDir> <port> <password> [--watch-stdin]
 *
 * With --watch-stdin the server also stops when its standard input closes, so a parent
 * process that dies (a test run killed mid-way) never leaves a stray JVM behind.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Launcher <dataDir> <port> <password> [--watch-stdin]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = args[2];
    boolean watchStdin = args.length > 3 && args[3].equals("--watch-stdin");
    String host = "127.0.0.1";

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
        // The default keeps two days of transaction logs: ~20 GB after a 100k-article
        // ingest. A local server needs no log-based backups, so keep only the last 512 MB.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEO4J STOPPING");
      service.shutdown();
      System.out.println("NEO4J STOPPED");
      stopped.countDown();
    }, "neo4j-shutdown"));

    try {
      setPassword(service, password);
      GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      db.executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      // The DBMS threads would keep the JVM alive; a failed start must end it, loudly.
      System.err.println("NEO4J FAILED " + e.getMessage());
      System.exit(1);
    }
    System.out.println("NEO4J READY bolt://" + host + ":" + port);
    System.out.flush();
    if (watchStdin) {
      Thread watcher = new Thread(() -> {
        try {
          while (System.in.read() != -1) {
            // Input is ignored; only its end matters.
          }
        } catch (java.io.IOException ignored) {
          // A broken pipe means the parent is gone, as does end of input.
        }
        System.exit(0);
      }, "parent-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  /** The embedded server bypasses auth, so it can set the Bolt password directly. */
  private static void setPassword(DatabaseManagementService service, String password) {
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          java.util.Map.of("password", password));
    } catch (RuntimeException e) {
      // A restart on existing data already has this password, which Neo4j refuses to "change".
      String message = String.valueOf(e.getMessage()) + String.valueOf(e.getCause());
      if (!message.contains("cannot be the same")) {
        throw e;
      }
    }
  }
}
