package org.plenary.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.model.Source;

/**
 * Reads the bytes of a file to parse. Only a regular file is opened: a directory, a device
 * ({@code /dev/zero}), a FIFO or a socket is refused before it is opened, since opening a FIFO waits
 * for a writer and a device never ends. The size limit is applied while reading, not only to the
 * size the file system reports, so a file that grows, or lies about its size, stops at the limit.
 */
public final class InputFile {
  private static final int CHUNK = 64 * 1024;

  private InputFile() {}

  /** The file as a source named by its path, or a typed refusal naming the file and the reason. */
  public static Source read(Path path, long maxBytes) throws PlenaryException {
    String name = path.toString();
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new UnreadableInput(name, "is a directory, not a file");
      }
      if (!attributes.isRegularFile()) {
        throw new UnreadableInput(name, "not a regular file (a device, a FIFO or a socket): only files are read");
      }
      if (attributes.size() > maxBytes) {
        throw tooLarge(name, "the file has " + InputLimits.count(attributes.size()) + " bytes", maxBytes);
      }
      try (InputStream in = Files.newInputStream(path)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(attributes.size() + 1, maxBytes + 1));
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = in.read(chunk)) > 0) {
          bytes.write(chunk, 0, n);
          if (bytes.size() > maxBytes) {
            throw tooLarge(name, "the file holds more bytes than it said", maxBytes);
          }
        }
        return new Source(name, bytes.toByteArray());
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableInput(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnreadableInput(name, "permission denied", e);
    } catch (IOException e) {
      throw new UnreadableInput(name, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static InputLimitExceeded tooLarge(String name, String size, long maxBytes) {
    return new InputLimitExceeded(name, size + ", more than the limit of " + InputLimits.count(maxBytes));
  }
}
