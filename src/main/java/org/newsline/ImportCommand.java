package org.newsline;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.MigrationVersion;
import org.newsline.backup.BackupException;
import org.newsline.backup.DatabaseImport;
import org.newsline.backup.Manifest;
import org.newsline.platform.NewslineProperties;
import org.newsline.platform.StandaloneDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code import --from DIR}: restores a backup made by {@code export}. An older backup is restored at its own
 * schema version and then migrated to this release's.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Restore a backup made by export into an empty database (stop the site first). Refuses a"
                + " database that holds data unless --force is given.")
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder written by export")
    Path folder;

    @Option(names = "--force", description = "replace everything the database holds with the backup")
    boolean force;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Manifest manifest;
        try {
            manifest = Manifest.read(folder);
            NewslineProperties settings = BackupCommands.settings(springArgs);
            try (StandaloneDatabase database = StandaloneDatabase.open(settings)) {
                String latest = database.latestVersion();
                MigrationVersion backupVersion = MigrationVersion.fromVersion(manifest.schemaVersion());
                if (backupVersion.compareTo(MigrationVersion.fromVersion(latest)) > 0) {
                    throw new BackupException("the backup is of schema version " + manifest.schemaVersion()
                            + ", newer than this Newsline's " + latest + ": restore it with a newer release");
                }
                // Fails on a database already past the backup's version; the restore then names both versions.
                database.migrate(manifest.schemaVersion());
                try (Connection connection = database.connect()) {
                    DatabaseImport.restore(connection, folder, force, new BackupCommands.Bar());
                }
                database.migrate("latest");
            }
        } catch (BackupException | IllegalStateException e) {
            System.err.println("newsline import: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("newsline import failed: " + e);
            return 1;
        }
        System.out.printf(
                "Restored %d tables, %d rows and %d images (%.1f MB) from %s in %.1f s%n",
                manifest.tables().size(),
                manifest.totalRows(),
                manifest.media().size(),
                manifest.mediaBytes() / 1e6,
                folder.toAbsolutePath(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
