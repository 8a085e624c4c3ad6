package org.plenary.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of one input document and the name it came under (a path or any label). The bytes are
 * not copied: callers hand over an array they no longer change.
 */
public record Source(String name, byte[] bytes) {

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The SHA-256 of the bytes, in lower-case hex. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "Source[" + name + ", " + bytes.length + " bytes]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Source that
        && name.equals(that.name)
        && java.util.Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + java.util.Arrays.hashCode(bytes);
  }
}
