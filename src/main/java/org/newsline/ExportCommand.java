package org.newsline;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsline.backup.BackupException;
import org.newsline.backup.DatabaseExport;
import org.newsline.backup.Manifest;
import org.newsline.platform.StandaloneDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code export --to DIR}: writes the whole database, images included, to a new folder. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Back up the database (stories, revisions, reviews, accounts, subscribers, images...) into a"
                + " new or empty folder. The site may keep running on an external database; stop it first when it"
                + " uses the embedded one.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "new or empty folder to write to")
    Path folder;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Manifest manifest;
        try (StandaloneDatabase database = StandaloneDatabase.open(BackupCommands.settings(springArgs));
                Connection connection = database.connect()) {
            manifest = DatabaseExport.export(connection, folder, Clock.systemUTC(), new BackupCommands.Bar());
        } catch (BackupException | IllegalStateException e) {
            System.err.println("newsline export: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("newsline export failed: " + e);
            return 1;
        }
        System.out.printf(
                "Exported %d tables, %d rows and %d images (%.1f MB) at schema version %s to %s in %.1f s%n",
                manifest.tables().size(),
                manifest.totalRows(),
                manifest.media().size(),
                manifest.mediaBytes() / 1e6,
                manifest.schemaVersion(),
                folder.toAbsolutePath(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
