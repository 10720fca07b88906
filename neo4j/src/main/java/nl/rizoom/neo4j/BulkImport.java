package nl.rizoom.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.internal.batchimport.input.InputEntityDecorators;
import org.neo4j.internal.batchimport.input.csv.CsvInput;
import org.neo4j.internal.batchimport.input.csv.DataFactories;
import org.neo4j.internal.batchimport.input.csv.DataFactory;
import org.neo4j.internal.batchimport.input.csv.Decorator;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Writes CSV files straight into the store of a database that does not exist yet, with Neo4j's
 * own offline bulk importer (the engine of {@code neo4j-admin database import full}); run before
 * the DBMS starts. The lookup indexes of labels and relationship types are built during the import; constraints and other indexes afterwards, by the schema migrations.
 *
 * <p>Usage: {@code BulkImport <home-dir> <input-dir> [database]}. The input folder holds
 * {@code nodes/<Label>.csv} and {@code relationships/<TYPE>[.<anything>].csv}, each with a Neo4j
 * import header on its first line. Ids are the store's own node ids ({@code --id-type=actual}:
 * no id map to build and search), unique across all node files. Unlike neo4j-admin, an empty {@code string[]} field is an empty list (the
 * seeds never store a null list), which is what the Cypher loader writes for {@code []}.
 *
 * <p>Prints {@code RIZOOM_IMPORT_PROGRESS <stage> <percent>} lines as it goes and {@code
 * RIZOOM_IMPORT_DONE <cpu-seconds> <peak-rss-bytes>} (for the benchmark), or {@code RIZOOM_IMPORT_ERROR <message>} (exit code 2). Refuses a database
 * that already exists: the bulk importer would replace it.
 */
public final class BulkImport {
  private BulkImport() {}

  /**
   * The importer's defaults, plus the label and relationship-type lookup indexes built as it
   * goes (as neo4j-admin's import does): without them every label match on the imported store
   * reads all nodes, and each index the migrations create afterwards scans the whole store.
   */
  private static final Configuration WITH_TOKEN_INDEXES =
      new Configuration.Overridden(Configuration.DEFAULT) {
        @Override
        public IndexConfig indexConfig() {
          return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
      };

  public static void main(String[] args) {
    if (args.length < 2) {
      fail("expected <home-dir> <input-dir> [database]");
      return;
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path input = Path.of(args[1]).toAbsolutePath();
    String database = args.length > 2 ? args[2] : "neo4j";
    if (Boolean.getBoolean("rizoom.watchStdin")) watchParent();
    try {
      run(home, input, database);
    } catch (Exception e) {
      fail(rootMessage(e));
      return;
    }
    System.out.println("RIZOOM_IMPORT_DONE " + cpuSeconds() + " " + peakRssBytes());
    System.out.flush();
    System.exit(0);
  }

  private static void run(Path home, Path inputDir, String database) throws IOException {
    Config config =
        Config.newBuilder()
            .set(GraphDatabaseSettings.neo4j_home, home)
            .set(GraphDatabaseSettings.initial_default_database, database)
            .build();
    DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(database);
    StorageEngineFactory storage = StorageEngineFactory.selectStorageEngine(config);
    try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      if (storage.storageExists(fs, layout)) {
        throw new IllegalStateException(
            "database " + database + " already exists in " + home + "; the bulk import needs none");
      }
    }
    CsvInput csv =
        new CsvInput(
            data(inputDir.resolve("nodes"), true),
            DataFactories.defaultFormatNodeFileHeader(),
            data(inputDir.resolve("relationships"), false),
            DataFactories.defaultFormatRelationshipFileHeader(),
            IdType.ACTUAL,
            org.neo4j.csv.reader.Configuration.COMMAS,
            false,
            CsvInput.NO_MONITOR,
            new Groups(),
            EmptyMemoryTracker.INSTANCE);
    PageCacheTracer tracer = PageCacheTracer.NULL;
    try (Input in = csv;
        DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
        JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
      BatchImporter importer =
          storage.batchImporter(
              layout,
              fs,
              tracer,
              WITH_TOKEN_INDEXES,
              new SimpleLogService(NullLogProvider.getInstance()),
              new PrintStream(new StageProgress(), true, StandardCharsets.UTF_8),
              false,
              DefaultAdditionalIds.EMPTY,
              config,
              Monitor.NO_MONITOR,
              scheduler,
              Collector.STRICT,
              TransactionLogInitializer.getLogFilesInitializer(),
              new IndexImporterFactoryImpl(),
              EmptyMemoryTracker.INSTANCE,
              new CursorContextFactory(tracer, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER));
      importer.doImport(in);
    }
  }

  /** Stops the import (leaving a store the caller removes) when the Node process goes away. */
  private static void watchParent() {
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // The parent never writes; we only wait for end-of-file.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone, same as end-of-file.
              }
              System.exit(3);
            },
            "rizoom-import-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** One data source per CSV file in the folder: labels or type from the file name. */
  private static List<DataFactory> data(Path dir, boolean nodes) throws IOException {
    List<DataFactory> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        String name = file.getFileName().toString().split("\\.")[0];
        Decorator decorator =
            nodes
                ? InputEntityDecorators.decorators(
                    InputEntityDecorators.additiveLabels(name.split("-")),
                    emptyLists(arrayColumns(file)))
                : InputEntityDecorators.defaultRelationshipType(name);
        all.add(DataFactories.data(decorator, StandardCharsets.UTF_8, file));
      }
    }
    return all;
  }

  /** The property names of the {@code string[]} columns in a file's header line. */
  private static List<String> arrayColumns(Path file) throws IOException {
    List<String> keys = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      for (String column : header == null ? new String[0] : header.split(",")) {
        if (column.endsWith(":string[]")) keys.add(column.substring(0, column.indexOf(':')));
      }
    }
    return keys;
  }

  /** Gives the entity an empty list for each listed property its row left empty. */
  private static Decorator emptyLists(List<String> keys) {
    if (keys.isEmpty()) return InputEntityDecorators.NO_DECORATOR;
    return new Decorator() {
      @Override
      public boolean isMutable() {
        return true;
      }

      @Override
      public InputEntityVisitor apply(InputEntityVisitor visitor) {
        return new InputEntityVisitor.Delegate(visitor) {
          private final boolean[] seen = new boolean[keys.size()];

          @Override
          public boolean property(String key, Object value) {
            int index = keys.indexOf(key);
            if (index >= 0) seen[index] = true;
            return super.property(key, value);
          }

          @Override
          public void endOfEntity() throws IOException {
            for (int i = 0; i < seen.length; i++) {
              if (!seen[i]) super.property(keys.get(i), new String[0]);
              seen[i] = false;
            }
            super.endOfEntity();
          }

          @Override
          public void reset() {
            java.util.Arrays.fill(seen, false);
            super.reset();
          }
        };
      }
    };
  }

  /**
   * Turns the importer's human-readable report into one line per step: {@code (2/4)
   * Relationship import} starts a stage, and each row of dots ends in a percentage of it.
   */
  private static final class StageProgress extends OutputStream {
    private final StringBuilder line = new StringBuilder();
    private String stage = "0/0";

    @Override
    public void write(int b) {
      if (b != '\n') {
        line.append((char) b);
        return;
      }
      String text = line.toString().trim();
      line.setLength(0);
      if (text.contains("COMPLETED in") || text.startsWith("IMPORT DONE")) {
        System.out.println("RIZOOM_IMPORT_LOG " + text);
      } else if (text.matches("^\\(\\d+/\\d+\\) .*")) {
        stage = text.substring(1, text.indexOf(')'));
        emit(stage + " 0");
      } else {
        java.util.regex.Matcher percent =
            java.util.regex.Pattern.compile("(\\d+)% ").matcher(text);
        if (text.startsWith(".") || text.startsWith("-")) {
          if (percent.find()) emit(stage + " " + percent.group(1));
        }
      }
    }

    private static void emit(String progress) {
      System.out.println("RIZOOM_IMPORT_PROGRESS " + progress);
      System.out.flush();
    }
  }

  /** CPU time of this process so far (all threads), in seconds. */
  private static double cpuSeconds() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() / 1e9
        : -1;
  }

  /** Peak resident memory of this process (VmHWM, Linux), or -1 where unknown. */
  private static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: unknown.
    }
    return -1;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) root = root.getCause();
    String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    return message.replace('\n', ' ');
  }

  private static void fail(String message) {
    System.out.println("RIZOOM_IMPORT_ERROR " + message);
    System.out.flush();
    System.exit(2);
  }
}
