package org.plenary.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A font read from its dictionary alone, for text: codes, widths and Unicode as PDFBox's own font
 * gives them, without the font program, which PDFBox parses (and plenary inflates twice, once to
 * measure it) for every font of every document but which text needs only in rare cases. Two
 * kinds qualify, the fonts of nearly every UN PDF:
 *
 * <ul>
 *   <li>a simple TrueType or Type 1 font with a named encoding (WinAnsi, MacRoman, Standard), its
 *       /Widths and a descriptor: its widths come from the dictionary (a code outside /Widths
 *       takes the descriptor's /MissingWidth, as in PDFBox), its Unicode from the ToUnicode map
 *       and else from the encoding's glyph names;
 *   <li>a Type 0 font in the Identity-H encoding with a ToUnicode map: its widths come from the
 *       descendant's /W and /DW; a code the map lacks is asked of PDFBox's font, made then.
 * </ul>
 *
 * Any other font (no /Widths, as in old PDFs, whose widths the font program gives; an encoding
 * of the font's own; Type 3; vertical writing) is PDFBox's: {@link #of} returns null for it.
 */
final class DictionaryFont extends PDFont {
  /** PDFBox's font for the same dictionary, made when first needed. */
  interface Fallback {
    PDFont font(COSDictionary dictionary) throws IOException;
  }

  private final boolean simple;
  private final Encoding encoding;
  private final CMap codes;
  private final Map<Integer, Float> cidWidths;
  private final float defaultWidth;
  private final PDFontDescriptor descriptor;
  private final Fallback fallback;
  private PDFont pdfbox;
  /** The Unicode of each code asked so far (a code maps to one text for the font's life). */
  private final Map<Integer, String> unicode = new HashMap<>();
  private final String[] simpleUnicode = new String[256];
  private final boolean[] simpleKnown = new boolean[256];
  private final Vector[] simpleDisplacement = new Vector[256];
  private final Map<Integer, Vector> displacement = new HashMap<>();

  private DictionaryFont(COSDictionary dictionary, boolean simple, Encoding encoding, CMap codes,
      Map<Integer, Float> cidWidths, float defaultWidth, PDFontDescriptor descriptor, Fallback fallback) {
    super(dictionary);
    this.simple = simple;
    this.encoding = encoding;
    this.codes = codes;
    this.cidWidths = cidWidths;
    this.defaultWidth = defaultWidth;
    this.descriptor = descriptor;
    this.fallback = fallback;
  }

  /** The font read from its dictionary, or null when text needs PDFBox's font for it. */
  static DictionaryFont of(COSDictionary font, Fallback fallback) throws IOException {
    COSName subtype = font.getCOSName(COSName.SUBTYPE);
    if (COSName.TRUE_TYPE.equals(subtype) || COSName.TYPE1.equals(subtype)) {
      return simple(font, fallback);
    }
    if (COSName.TYPE0.equals(subtype)) {
      return composite(font, fallback);
    }
    return null;
  }

  private static DictionaryFont simple(COSDictionary font, Fallback fallback) {
    if (!(font.getDictionaryObject(COSName.ENCODING) instanceof COSName name)) {
      return null; // differences or no encoding: the font program may hold the base encoding
    }
    Encoding encoding = Encoding.getInstance(name);
    COSArray widths = font.getCOSArray(COSName.WIDTHS);
    COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
    String base = font.getNameAsString(COSName.BASE_FONT);
    if (encoding == null || widths == null || widths.size() == 0 || descriptor == null
        || !(font.getDictionaryObject(COSName.FIRST_CHAR) instanceof COSNumber)
        || !(font.getDictionaryObject(COSName.LAST_CHAR) instanceof COSNumber)
        || base != null && (base.contains("ZapfDingbats") || base.contains("Dingbats"))) {
      return null; // widths from the program, or a font with a glyph list of its own
    }
    return new DictionaryFont(font, true, encoding, null, null, 0, null, fallback);
  }

  private static DictionaryFont composite(COSDictionary font, Fallback fallback) throws IOException {
    COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
    if (!COSName.IDENTITY_H.equals(font.getDictionaryObject(COSName.ENCODING))
        || !(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)
        || descendants == null || descendants.size() == 0
        || !(descendants.getObject(0) instanceof COSDictionary cid)) {
      return null;
    }
    COSName cidType = cid.getCOSName(COSName.SUBTYPE);
    if (!COSName.CID_FONT_TYPE2.equals(cidType) && !COSName.CID_FONT_TYPE0.equals(cidType)) {
      return null;
    }
    CMap identity = IdentityH.CMAP;
    float dw = cid.getDictionaryObject(COSName.DW) instanceof COSNumber n ? n.floatValue() : 1000;
    COSDictionary fd = cid.getCOSDictionary(COSName.FONT_DESC);
    return new DictionaryFont(font, false, null, identity, widths(cid.getCOSArray(COSName.W)), dw,
        fd == null ? null : new PDFontDescriptor(fd), fallback);
  }

  /** A CIDFont's /W array as PDFBox reads it: "c [w1 w2 ...]" and "cfirst clast w", bad entries skipped. */
  private static Map<Integer, Float> widths(COSArray w) {
    Map<Integer, Float> widths = new HashMap<>();
    if (w == null) {
      return widths;
    }
    int size = w.size();
    int i = 0;
    while (i < size - 1) {
      if (!(w.getObject(i++) instanceof COSNumber first)) {
        continue;
      }
      COSBase next = w.getObject(i++);
      if (next instanceof COSArray array) {
        int start = first.intValue();
        for (int k = 0; k < array.size(); k++) {
          if (array.getObject(k) instanceof COSNumber width) {
            widths.put(start + k, width.floatValue());
          }
        }
      } else {
        if (i >= size) {
          break;
        }
        COSBase width = w.getObject(i++);
        if (!(next instanceof COSNumber last) || !(width instanceof COSNumber value)) {
          continue;
        }
        for (int c = first.intValue(); c <= last.intValue(); c++) {
          widths.put(c, value.floatValue());
        }
      }
    }
    return widths;
  }

  /** A simple font (one byte a code), as PDFBox's {@code PDSimpleFont}. */
  boolean isSimple() {
    return simple;
  }

  /**
   * One byte for a simple font; two for Identity-H, as PDFBox's map reads them (its code space
   * holds every pair; a last odd byte reads as the high byte of a code).
   */
  @Override
  public int readCode(InputStream in) throws IOException {
    if (simple) {
      return in.read();
    }
    int high = in.read();
    int low = high < 0 ? -1 : in.read();
    return (Math.max(high, 0) << 8) | Math.max(low, 0);
  }

  /** The advance of a code, as PDFBox's fonts give it, kept: it is asked for every glyph. */
  @Override
  public Vector getDisplacement(int code) throws IOException {
    if (simple && code >= 0 && code < 256) {
      Vector known = simpleDisplacement[code];
      if (known == null) {
        known = super.getDisplacement(code);
        simpleDisplacement[code] = known;
      }
      return known;
    }
    Vector known = displacement.get(code);
    if (known == null) {
      known = super.getDisplacement(code);
      displacement.put(code, known);
    }
    return known;
  }

  @Override
  public float getWidth(int code) throws IOException {
    if (simple) {
      return super.getWidth(code); // /Widths, else the descriptor's /MissingWidth
    }
    Float width = cidWidths.get(codes.toCID(code));
    return width != null ? width : defaultWidth;
  }

  /**
   * The Unicode of a code: the ToUnicode map's, else (simple fonts) the encoding's glyph name's,
   * else (composite fonts) PDFBox's font's. Making that font may fail on its program or on the
   * budget: the failure comes out as an {@link UncheckedIOException} around it.
   */
  @Override
  public String toUnicode(int code, GlyphList glyphList) {
    if (cachedList == null) {
      cachedList = glyphList;
    } else if (glyphList != cachedList) {
      return unicodeOf(code, glyphList); // the answers kept are those of the first glyph list asked with
    }
    if (simple && code >= 0 && code < 256) {
      if (!simpleKnown[code]) {
        simpleUnicode[code] = unicodeOf(code, glyphList);
        simpleKnown[code] = true;
      }
      return simpleUnicode[code];
    }
    String known = unicode.get(code);
    if (known == null && !unicode.containsKey(code)) {
      known = unicodeOf(code, glyphList);
      unicode.put(code, known);
    }
    return known;
  }

  private GlyphList cachedList;

  private String unicodeOf(int code, GlyphList glyphList) {
    String unicode = super.toUnicode(code);
    if (unicode != null) {
      return unicode;
    }
    if (simple) {
      return glyphList.toUnicode(encoding.getName(code));
    }
    try {
      return pdfbox().toUnicode(code, glyphList);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toUnicode(int code) {
    return toUnicode(code, GlyphList.getAdobeGlyphList());
  }

  @Override
  public boolean hasExplicitWidth(int code) throws IOException {
    return simple ? pdfbox().hasExplicitWidth(code) : cidWidths.containsKey(codes.toCID(code));
  }

  @Override
  public PDFontDescriptor getFontDescriptor() {
    return simple ? super.getFontDescriptor() : descriptor;
  }

  private PDFont pdfbox() throws IOException {
    if (pdfbox == null) {
      pdfbox = fallback.font(getCOSObject());
    }
    return pdfbox;
  }

  @Override
  public boolean isVertical() {
    return false;
  }

  @Override
  public String getName() {
    return getCOSObject().getNameAsString(COSName.BASE_FONT);
  }

  // --- what text does not ask of a font: PDFBox's font answers

  @Override
  protected float getStandard14Width(int code) {
    return 0; // never asked: a simple font here has /Widths and a descriptor
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    return pdfbox().getWidthFromFont(code);
  }

  @Override
  protected byte[] encode(int unicode) throws IOException {
    throw new UnsupportedOperationException("a font read for text does not encode");
  }

  @Override
  public Matrix getFontMatrix() {
    return new Matrix(0.001f, 0, 0, 0.001f, 0, 0);
  }

  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return pdfbox().getBoundingBox();
  }

  @Override
  public Vector getPositionVector(int code) {
    return new Vector(0, 0);
  }

  @Override
  public float getHeight(int code) throws IOException {
    return pdfbox().getHeight(code);
  }

  @Override
  public boolean isEmbedded() {
    COSDictionary fd = simple ? getCOSObject().getCOSDictionary(COSName.FONT_DESC)
        : descriptor == null ? null : descriptor.getCOSObject();
    return fd != null && (fd.containsKey(COSName.FONT_FILE) || fd.containsKey(COSName.FONT_FILE2)
        || fd.containsKey(COSName.FONT_FILE3));
  }

  @Override
  public boolean isDamaged() {
    return false;
  }

  @Override
  public void addToSubset(int codePoint) {
    throw new UnsupportedOperationException("a font read for text is not subset");
  }

  @Override
  public void subset() {
    throw new UnsupportedOperationException("a font read for text is not subset");
  }

  @Override
  public boolean willBeSubset() {
    return false;
  }

  /** PDFBox's predefined Identity-H map, parsed once (its code space and CIDs are read only). */
  private static final class IdentityH {
    static final CMap CMAP = parse();

    private static CMap parse() {
      try {
        return new CMapParser().parsePredefined(COSName.IDENTITY_H.getName());
      } catch (IOException e) {
        throw new UncheckedIOException("PDFBox's Identity-H map cannot be read", e);
      }
    }
  }
}
