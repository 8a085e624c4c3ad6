package org.plenary.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder that holds an index and everything it was built from, so that nothing is lost and
 * the index can be rebuilt:
 *
 * <pre>
 * DIR/index/                         the Lucene index
 * DIR/records/ab/abcd....json        each parsed record (JSON contract plenary.document/1)
 * DIR/sources/ab/abcd.../NAME        each source file, under its original file name
 * </pre>
 *
 * Files are named by the SHA-256 of the source and written atomically (temporary file synced to
 * disk, then renamed), so a process killed or a machine stopped at any moment leaves either the
 * whole file or none, and the index never commits a document whose files are not on disk.
 */
public final class DataFolder {
  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

  private final Path root;

  public DataFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path index() {
    return root.resolve("index");
  }

  /** Whether a string is a well-formed document id (lower-case hex SHA-256). */
  public static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  public Path record(String id) {
    return root.resolve("records").resolve(id.substring(0, 2)).resolve(id + ".json");
  }

  private Path sourceFolder(String id) {
    return root.resolve("sources").resolve(id.substring(0, 2)).resolve(id);
  }

  /** Stores the source file and its record; each lands whole or not at all. */
  public void store(String id, String fileName, byte[] source, String recordJson) throws IOException {
    Path folder = sourceFolder(id);
    Files.createDirectories(folder);
    writeAtomically(folder.resolve(safeName(fileName)), source);
    Files.createDirectories(record(id).getParent());
    writeAtomically(record(id), recordJson.getBytes(StandardCharsets.UTF_8));
  }

  /** The stored record's JSON, if the document is stored. */
  public Optional<String> readRecord(String id) throws IOException {
    Path file = record(id);
    return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
  }

  /** The stored source file, if the document is stored. */
  public Optional<Path> source(String id) throws IOException {
    Path folder = sourceFolder(id);
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> !f.getFileName().toString().startsWith(".tmp-")).findFirst();
    }
  }

  /** A file name that stays inside its folder whatever the source was called. */
  private static String safeName(String fileName) {
    String name = Path.of(fileName).getFileName().toString().replaceAll("[\\\\/:\\x00]", "_");
    return name.isBlank() || name.startsWith(".") ? "source" + name : name;
  }

  /**
   * Writes a file whole or not at all, and durably: the bytes are synced to disk before the rename,
   * and the folder after it, so that the index commit that follows never points at a record a
   * power cut could take back.
   */
  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncFolder(target.getParent());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Syncs a folder's entries (the rename); a platform that cannot open a folder (Windows) keeps the rename as it is. */
  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // no folder sync on this platform: the file itself was synced
    }
  }
}
