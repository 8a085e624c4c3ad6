package org.plenary.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The inflated bytes one PDF may cost, counted over the whole document rather than per stream:
 * every byte a content stream yields each time a page or form uses it, and the decoded size of the
 * other streams PDFBox decodes on its own (fonts, character maps, object streams), measured once
 * before PDFBox decodes them. A stream shared by many pages is counted at every use, so that a
 * small file cannot make the reader inflate the same gigabyte again for each page. One stream that
 * PDFBox decodes into memory is also held to {@link #maxStream}. An instance serves one document.
 */
final class InflationBudget {
  /** Decoders of images: PDFBox never runs them for text, so their streams cost nothing here. */
  private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
      COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

  private final long limit;
  private final long maxStream;
  private final Set<COSStream> measured = Collections.newSetFromMap(new IdentityHashMap<>());
  private long used;

  InflationBudget(long limit, long maxStream) {
    this.limit = limit;
    this.maxStream = maxStream;
  }

  long used() {
    return used;
  }

  /**
   * Counts bytes as they are inflated; fails once the document has used its budget. Every byte of
   * content PDFBox parses comes through here, so this is where a PDF's parse looks whether it was
   * cancelled, however its content is made (operators, operands without end, one huge string).
   */
  void spend(long bytes) throws IOException {
    if (Cancellation.requested()) {
      throw new InterruptedIOException("parsing was interrupted");
    }
    used += bytes;
    if (used > limit) {
      throw new Exceeded("it inflates to more than " + megabytes(limit) + " of content");
    }
  }

  /** A content stream read through this budget. */
  RandomAccessRead counting(RandomAccessRead content) {
    return new CountingRead(content, this);
  }

  /** An inflating stream read through this budget. */
  InputStream counting(InputStream inflating) {
    return new java.io.FilterInputStream(inflating) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          spend(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          spend(n);
        }
        return n;
      }
    };
  }

  /**
   * Decodes a stream that PDFBox will decode into memory on its own, to count its size first:
   * once per stream and document, within what is left of the budget and {@link #maxStream}.
   */
  void measure(COSStream stream) throws IOException {
    if (stream == null || !measured.add(stream)) {
      return;
    }
    List<COSName> filters = filters(stream);
    if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_CODECS::contains)) {
      return;
    }
    long room = Math.min(maxStream, limit - used);
    byte[] input = null;
    for (int i = 0; i < filters.size(); i++) {
      boolean last = i == filters.size() - 1;
      Bounded out = new Bounded(room, !last);
      try (InputStream in = input == null ? stream.createRawInputStream() : new ByteArrayInputStream(input)) {
        FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
      } catch (Exceeded | InterruptedIOException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        return; // a stream PDFBox cannot decode either: it reports or skips it itself
      }
      if (out.count > maxStream) {
        throw new Exceeded("one of its streams inflates to more than " + megabytes(maxStream));
      }
      input = last ? null : out.bytes.toByteArray();
      if (last) {
        spend(out.count);
      }
    }
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase filters = stream.getFilters();
    if (filters instanceof COSName name) {
      return List.of(name);
    }
    if (filters instanceof COSArray array) {
      return array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList();
    }
    return List.of();
  }

  /** A size in bytes as a person reads it: "256 MB". */
  static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
  }

  /** A budget ran out: the reason names the limit. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded(String reason) {
      super(reason);
    }
  }

  /** Counts what a decoder writes, keeping it only between two filters; stops past the room left. */
  private static final class Bounded extends OutputStream {
    private final long room;
    private final ByteArrayOutputStream bytes;
    private long count;

    Bounded(long room, boolean keep) {
      this.room = room;
      this.bytes = keep ? new ByteArrayOutputStream() : null;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (Cancellation.requested()) {
        throw new InterruptedIOException("parsing was interrupted");
      }
      count += len;
      if (count > room) {
        throw new Exceeded("one of its streams inflates to more than " + megabytes(room));
      }
      if (bytes != null) {
        bytes.write(b, off, len);
      }
    }
  }

  /** A content stream that charges the budget for every byte read from it. */
  private static final class CountingRead implements RandomAccessRead {
    private final RandomAccessRead in;
    private final InflationBudget budget;

    CountingRead(RandomAccessRead in, InflationBudget budget) {
      this.in = in;
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        budget.spend(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
      int n = in.read(b, offset, length);
      if (n > 0) {
        budget.spend(n);
      }
      return n;
    }

    @Override
    public long getPosition() throws IOException {
      return in.getPosition();
    }

    @Override
    public void seek(long position) throws IOException {
      in.seek(position);
    }

    @Override
    public long length() throws IOException {
      return in.length();
    }

    @Override
    public boolean isClosed() {
      return in.isClosed();
    }

    @Override
    public boolean isEOF() throws IOException {
      return in.isEOF();
    }

    @Override
    public int peek() throws IOException {
      return in.peek();
    }

    @Override
    public void rewind(int bytes) throws IOException {
      // bytes read again after a rewind were paid for the first time
      in.rewind(bytes);
      budget.used -= bytes;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
      return in.createView(startPosition, streamLength);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
