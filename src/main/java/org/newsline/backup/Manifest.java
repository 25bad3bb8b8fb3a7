package org.newsline.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}: what a backup folder holds and how to check it. Written last, so a folder without
 * one is an unfinished backup.
 *
 * @param format {@link #FORMAT}
 * @param createdAt when the snapshot was taken (ISO-8601, UTC)
 * @param schemaVersion the Flyway version of the database it came from; a restore needs the same one
 * @param server the PostgreSQL version it came from, for information
 * @param tables every table in foreign-key order
 * @param sequences each sequence's last value ({@code null}: never used)
 * @param media every stored image: its id, byte count and SHA-256
 */
public record Manifest(
        String format,
        String createdAt,
        String schemaVersion,
        String server,
        List<TableEntry> tables,
        Map<String, Long> sequences,
        List<MediaEntry> media) {

    static final String FORMAT = "newsline-backup/1";
    static final String FILE = "manifest.json";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * One table.
     *
     * @param name table name
     * @param file gzip-compressed PostgreSQL {@code COPY} text, relative to the backup folder
     * @param columns the columns in the file, in order
     * @param orderBy the columns the rows are sorted by (the primary key)
     * @param rows how many rows
     * @param fileSha256 SHA-256 of the file as stored
     * @param contentSha256 SHA-256 of the uncompressed {@code COPY} text; the restored table must give the same
     */
    public record TableEntry(
            String name,
            String file,
            List<String> columns,
            List<String> orderBy,
            long rows,
            String fileSha256,
            String contentSha256) {}

    /** One stored image (a row of {@code media_file}) with the SHA-256 of its bytes. */
    public record MediaEntry(String id, long bytes, String sha256) {}

    /** Total rows of all tables. */
    public long totalRows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }

    /** Total bytes of all images. */
    public long mediaBytes() {
        return media.stream().mapToLong(MediaEntry::bytes).sum();
    }

    /** The table of that name, if the backup has it. */
    public java.util.Optional<TableEntry> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    void write(Path folder) throws IOException {
        Path partial = folder.resolve(FILE + ".partial");
        JSON.writeValue(partial.toFile(), this);
        Files.move(partial, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a backup folder's manifest.
     *
     * @throws BackupException when there is none, it cannot be read, or it is of another format
     */
    public static Manifest read(Path folder) {
        Path file = folder.resolve(FILE);
        Manifest manifest;
        try {
            manifest = JSON.readValue(Files.readString(file), Manifest.class);
        } catch (NoSuchFileException e) {
            throw new BackupException(
                    folder + " holds no " + FILE + ": it is not a Newsline backup, or the export did not finish");
        } catch (IOException | JacksonException e) {
            throw new BackupException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(manifest.format())) {
            throw new BackupException(file + " is of format " + manifest.format() + "; this Newsline reads " + FORMAT);
        }
        return manifest;
    }
}
