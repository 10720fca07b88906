package nl.rizoom.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1, for Rizoom's local default.
 *
 * <p>Usage: {@code Launcher <home-dir> <bolt-port> [pagecache-size]}. Prints one line
 * {@code RIZOOM_NEO4J_READY <port>} on stdout once Bolt accepts connections, or
 * {@code RIZOOM_NEO4J_ERROR <code> <message>} on failure (exit code 2).
 *
 * <p>With {@code -Drizoom.watchStdin=true} the launcher shuts down as soon as its standard input
 * closes. The Node process that started it holds the other end of that pipe, so when Node exits
 * for any reason (Ctrl-C, a crash, SIGKILL) Neo4j stops with it and no Java process is left.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      fail("USAGE", "expected <home-dir> <bolt-port> [pagecache-size]");
      return;
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port;
    try {
      port = Integer.parseInt(args[1]);
    } catch (NumberFormatException e) {
      fail("USAGE", "bolt port must be a number, got " + args[1]);
      return;
    }
    String pagecache = args.length > 2 ? args[2] : "1g";

    DatabaseManagementService service;
    try {
      service = start(home, port, pagecache);
    } catch (RuntimeException e) {
      fail(classify(e), rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean(false);
    Runnable stop =
        () -> {
          if (stopping.compareAndSet(false, true)) {
            try {
              service.shutdown();
            } finally {
              stopped.countDown();
            }
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "rizoom-neo4j-shutdown"));
    if (Boolean.getBoolean("rizoom.watchStdin")) {
      Thread watcher =
          new Thread(
              () -> {
                drain(System.in);
                System.out.println("RIZOOM_NEO4J_STOPPING parent closed stdin");
                System.out.flush();
                stop.run();
                System.exit(0);
              },
              "rizoom-neo4j-parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    System.out.println("RIZOOM_NEO4J_READY " + port);
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DatabaseManagementService start(Path home, int port, String pagecache) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
        // Keep transaction logs small: the local database is a development and demo store.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Bolt listens on loopback only; a shared or production server is used through NEO4J_URI.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .build();
  }

  private static void drain(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // The parent never writes; we only wait for end-of-file.
      }
    } catch (IOException e) {
      // A broken pipe means the parent is gone, same as end-of-file.
    }
  }

  private static String classify(Throwable e) {
    String all = chainText(e).toLowerCase();
    if (all.contains("address already in use") || all.contains("bindexception")) {
      return "PORT_IN_USE";
    }
    if (all.contains("lock") && all.contains("store")) {
      return "STORE_LOCKED";
    }
    return "START_FAILED";
  }

  private static String chainText(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    return message.replace('\n', ' ');
  }

  private static void fail(String code, String message) {
    System.out.println("RIZOOM_NEO4J_ERROR " + code + " " + message);
    System.out.flush();
    System.exit(2);
  }
}
