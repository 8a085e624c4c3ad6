package org.plenary.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FlateFilterDecoderStream;
import org.apache.pdfbox.io.RandomAccessInputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads the glyphs of a PDF page: each drawn character with its place on the page as it is shown
 * (the page's rotation undone), its font size and weight. It runs PDFBox's content stream engine
 * with the text and graphics state operators only: paths, colours, images and shadings are not
 * interpreted, and no text is sorted, merged or laid out here ({@link LineBuilder} does that once).
 * Glyphs written in another direction than most of the page's (a rotated note in the margin) are
 * left out; a page set sideways reads in its own direction.
 *
 * <p>Bounds: every content stream is read through the document's {@link InflationBudget}; the
 * font programs and character maps a page selects are measured against it before PDFBox decodes
 * them; form XObjects nest at most {@link #MAX_FORM_DEPTH} deep (PDFBox's own limit is 50, where the
 * Java stack may already be short). An instance reads the pages of one document, one at a time.
 */
final class GlyphReader extends PDFStreamEngine {
  /** Forms drawn inside forms deeper than this are refused. */
  static final int MAX_FORM_DEPTH = 12;
  private static final GlyphList GLYPH_LIST = glyphList();
  private static final COSName[] FONT_FILES = {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3};

  private final InflationBudget budget;
  private final ResourceCache cache;
  private final Map<PDFont, Boolean> bold = new IdentityHashMap<>();
  private final Map<COSDictionary, Boolean> checkedFonts = new IdentityHashMap<>();
  /** The fonts read from their dictionaries, and null for those PDFBox reads. */
  private final Map<COSDictionary, DictionaryFont> dictionaryFonts = new IdentityHashMap<>();
  private List<Glyph> glyphs;
  private final int[] directionCount = new int[4];
  private PDRectangle crop;
  private int rotation;
  private int formDepth;

  GlyphReader(InflationBudget budget, ResourceCache cache) {
    this.budget = budget;
    this.cache = cache;
    addOperator(new BeginText(this));
    addOperator(new EndText(this));
    addOperator(new Concatenate(this));
    addOperator(new DrawObject(this)); // forms only: images are not decoded
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new NextLine(this));
    addOperator(new SetCharSpacing(this));
    addOperator(new MoveText(this));
    addOperator(new MoveTextSetLeading(this));
    addOperator(new SetFont(this));
    addOperator(new ShowText(this));
    addOperator(new ShowTextAdjusted(this));
    addOperator(new SetTextLeading(this));
    addOperator(new SetMatrix(this));
    addOperator(new SetTextRenderingMode(this));
    addOperator(new SetTextRise(this));
    addOperator(new SetWordSpacing(this));
    addOperator(new SetTextHorizontalScaling(this));
    addOperator(new ShowTextLine(this));
    addOperator(new ShowTextLineAndSpace(this));
  }

  /** The glyphs of one page in drawing order, upright in the page's main direction. */
  List<Glyph> read(PDPage page) throws IOException {
    glyphs = new ArrayList<>();
    java.util.Arrays.fill(directionCount, 0);
    crop = page.getCropBox();
    rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
    formDepth = 0;
    processPage(new BudgetedPage(page, budget, this));
    List<Glyph> page0 = glyphs;
    glyphs = null;
    return upright(page0);
  }

  /**
   * PDFBox's engine keeps the graphics state, the resources of each stream and the operators;
   * its parser is not used on the content: each stream it opens reads as this one operator, and
   * that operator has the stream read by {@link ContentStreamReader}, whose operators go through
   * the engine as the parser's would (inside the stream's context, forms nested as before).
   */
  private static final String READ_CONTENT = "PlenaryReadContent";
  private static final byte[] READ_CONTENT_STREAM = READ_CONTENT.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** The content of the stream PDFBox has just opened, for {@link #READ_CONTENT} to read. */
  private InputStream pendingContent;

  /** What PDFBox's parser is given for a content stream: the operator that has this reader read it. */
  RandomAccessRead content(InputStream decoded) {
    pendingContent = decoded;
    return new RandomAccessReadBuffer(READ_CONTENT_STREAM);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (READ_CONTENT.equals(operator.getName())) {
      InputStream content = pendingContent;
      pendingContent = null;
      if (content != null) { // the name inside a stream PDFBox reads itself means nothing
        try (content) {
          new ContentStreamReader(content).read(this::processOperator);
        }
      }
      return;
    }
    if (Cancellation.requested()) {
      throw new InterruptedIOException("parsing was interrupted");
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void operatorException(Operator operator, List<COSBase> operands, IOException exception)
      throws IOException {
    if (exception instanceof InflationBudget.Exceeded || exception instanceof TooDeep
        || exception instanceof InterruptedIOException) {
      throw exception; // PDFBox forgives errors inside a form; a spent budget or a cancelled parse is not one
    }
    super.operatorException(operator, operands, exception);
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    enterForm();
    try {
      super.showForm(new BudgetedForm(form.getCOSObject(), cache, budget, this));
    } finally {
      formDepth--;
    }
  }

  @Override
  public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
    enterForm();
    try {
      super.showTransparencyGroup(new BudgetedGroup(group.getCOSObject(), cache, budget, this));
    } finally {
      formDepth--;
    }
  }

  private void enterForm() throws TooDeep {
    if (++formDepth > MAX_FORM_DEPTH) {
      formDepth--;
      throw new TooDeep("its forms are nested more than " + MAX_FORM_DEPTH + " deep");
    }
  }

  /**
   * Shows a string of a horizontal font as PDFBox does, but with the text rendering matrix worked
   * out in floats: no two matrices made for every glyph. Vertical fonts go PDFBox's way.
   */
  @Override
  protected void showText(byte[] string) throws IOException {
    PDGraphicsState state = getGraphicsState();
    PDTextState textState = state.getTextState();
    PDFont font = textState.getFont();
    if (font == null || font.isVertical()) {
      super.showText(string);
      return;
    }
    float fontSize = textState.getFontSize();
    float scaling = textState.getHorizontalScaling() / 100f;
    float charSpacing = textState.getCharacterSpacing();
    float wordSpacing = textState.getWordSpacing();
    float rise = textState.getRise();
    Matrix tm = state.getTextMatrix();
    Matrix ctm = state.getCurrentTransformationMatrix();
    // text space to device space: the text matrix times the CTM
    float ma = tm.getValue(0, 0) * ctm.getValue(0, 0) + tm.getValue(0, 1) * ctm.getValue(1, 0);
    float mb = tm.getValue(0, 0) * ctm.getValue(0, 1) + tm.getValue(0, 1) * ctm.getValue(1, 1);
    float mc = tm.getValue(1, 0) * ctm.getValue(0, 0) + tm.getValue(1, 1) * ctm.getValue(1, 0);
    float md = tm.getValue(1, 0) * ctm.getValue(0, 1) + tm.getValue(1, 1) * ctm.getValue(1, 1);
    float me = tm.getValue(2, 0) * ctm.getValue(0, 0) + tm.getValue(2, 1) * ctm.getValue(1, 0) + ctm.getValue(2, 0);
    float mf = tm.getValue(2, 0) * ctm.getValue(0, 1) + tm.getValue(2, 1) * ctm.getValue(1, 1) + ctm.getValue(2, 1);
    float size = fontSize * (float) Math.sqrt(mc * mc + md * md);
    float advance = fontSize * scaling * (float) Math.sqrt(ma * ma + mb * mb);
    boolean heavy = isBold(font) || textState.getRenderingMode() == RenderingMode.FILL_STROKE;
    ByteArrayInputStream in = new ByteArrayInputStream(string);
    float moved = 0;
    int shown = 0;
    while (in.available() > 0) {
      if ((++shown & 0x3FF) == 0 && Cancellation.requested()) {
        throw new InterruptedIOException("parsing was interrupted");
      }
      int before = in.available();
      int code = font.readCode(in);
      boolean space = before - in.available() == 1 && code == 32;
      Vector w = font.getDisplacement(code);
      // the glyph's origin: the text matrix moved by what the string advanced so far, and the rise
      float x = moved * ma + rise * mc + me;
      float y = moved * mb + rise * md + mf;
      glyph(font, code, x, y, ma, mb, size, w.getX() * advance, heavy);
      moved += (w.getX() * fontSize + charSpacing + (space ? wordSpacing : 0)) * scaling;
    }
    tm.translate(moved, 0);
  }

  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
    float a = trm.getValue(0, 0);
    float b = trm.getValue(0, 1);
    float size = (float) Math.sqrt(trm.getValue(1, 0) * trm.getValue(1, 0) + trm.getValue(1, 1) * trm.getValue(1, 1));
    float width = font.isVertical() ? font.getWidth(code) / 1000 * size
        : displacement.getX() * (float) Math.sqrt(a * a + b * b);
    boolean heavy = isBold(font) || getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE;
    glyph(font, code, trm.getTranslateX(), trm.getTranslateY(), a, b, size, width, heavy);
  }

  /**
   * One glyph drawn at device point ({@code x}, {@code y}), its baseline running along ({@code a},
   * {@code b}), of the given size and advance width.
   */
  private void glyph(PDFont font, int code, float x, float y, float a, float b, float size, float width, boolean heavy)
      throws IOException {
    String text;
    try {
      text = font.toUnicode(code, GLYPH_LIST);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause(); // PDFBox's font, made for a code a DictionaryFont cannot map, failed
    }
    if (text == null) {
      if (!(font instanceof PDSimpleFont || font instanceof DictionaryFont d && d.isSimple())) {
        return; // a composite font's code without a mapping means nothing (as Acrobat reads it)
      }
      text = String.valueOf((char) code);
    }
    text = normalize(text);
    if (text.isEmpty()) {
      return;
    }
    // shown coordinates: origin at the top left of the page as displayed, y downwards
    float sx;
    float sy;
    float dx;
    float dy;
    switch (rotation) {
      case 90 -> {
        sx = y - crop.getLowerLeftY();
        sy = x - crop.getLowerLeftX();
        dx = b;
        dy = a;
      }
      case 180 -> {
        sx = crop.getUpperRightX() - x;
        sy = y - crop.getLowerLeftY();
        dx = -a;
        dy = b;
      }
      case 270 -> {
        sx = crop.getUpperRightY() - y;
        sy = crop.getUpperRightX() - x;
        dx = -b;
        dy = -a;
      }
      default -> {
        sx = x - crop.getLowerLeftX();
        sy = crop.getUpperRightY() - y;
        dx = a;
        dy = -b;
      }
    }
    int direction = Math.abs(dx) >= Math.abs(dy) ? (dx >= 0 ? 0 : 2) : (dy > 0 ? 1 : 3);
    directionCount[direction] += text.length();
    glyphs.add(new Glyph(text, sx, sy, Math.abs(width), size, heavy, direction));
  }

  /**
   * The glyphs of the page's main direction, turned so that they run left to right: a page whose
   * text runs down the sheet (a table set sideways) reads as if the sheet were turned.
   */
  private List<Glyph> upright(List<Glyph> all) {
    int main = 0;
    for (int d = 1; d < 4; d++) {
      if (directionCount[d] > directionCount[main]) {
        main = d;
      }
    }
    boolean sideways = rotation == 90 || rotation == 270;
    float width = sideways ? crop.getHeight() : crop.getWidth();
    float height = sideways ? crop.getWidth() : crop.getHeight();
    List<Glyph> out = new ArrayList<>(all.size());
    for (Glyph g : all) {
      if (g.direction() != main) {
        continue;
      }
      out.add(switch (main) {
        case 1 -> g.at(g.y(), width - g.x());
        case 2 -> g.at(width - g.x(), height - g.y());
        case 3 -> g.at(height - g.y(), g.x());
        default -> g;
      });
    }
    return out;
  }

  /**
   * The font a Tf operator names: read from its dictionary where it qualifies ({@link
   * DictionaryFont}), else PDFBox's. Before a font is made, the streams it will decode (its
   * character maps; for PDFBox's font also its program) are measured against the budget.
   */
  private PDFont font(PDResources resources, COSName name) throws IOException {
    COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
    COSDictionary font = fonts == null ? null : fonts.getCOSDictionary(name);
    if (font == null) {
      return resources == null ? null : resources.getFont(name);
    }
    if (dictionaryFonts.containsKey(font)) {
      PDFont known = dictionaryFonts.get(font);
      return known != null ? known : resources.getFont(name);
    }
    budget.measure(font.getCOSStream(COSName.TO_UNICODE));
    DictionaryFont light = DictionaryFont.of(font, this::pdfboxFont);
    dictionaryFonts.put(font, light);
    if (light != null) {
      return light;
    }
    measureFont(font);
    return resources.getFont(name);
  }

  /** PDFBox's font for a dictionary that {@link DictionaryFont} reads, when it needs the program after all. */
  private PDFont pdfboxFont(COSDictionary font) throws IOException {
    measureFont(font);
    return PDFontFactory.createFont(font, cache);
  }

  /** Measures what PDFBox decodes for a font: its program and character maps, once per font. */
  private void measureFont(COSDictionary font) throws IOException {
    if (checkedFonts.put(font, Boolean.TRUE) != null) {
      return;
    }
    measureFontDictionary(font);
    COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
    if (descendants != null && descendants.size() > 0 && descendants.getObject(0) instanceof COSDictionary cid) {
      measureFontDictionary(cid);
      budget.measure(cid.getCOSStream(COSName.CID_TO_GID_MAP));
    }
  }

  private void measureFontDictionary(COSDictionary font) throws IOException {
    budget.measure(font.getCOSStream(COSName.TO_UNICODE));
    budget.measure(font.getCOSStream(COSName.ENCODING));
    COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
    if (descriptor != null) {
      for (COSName file : FONT_FILES) {
        budget.measure(descriptor.getCOSStream(file));
      }
    }
  }

  private boolean isBold(PDFont font) {
    return bold.computeIfAbsent(font, f -> {
      PDFontDescriptor descriptor = f.getFontDescriptor();
      if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
        return true;
      }
      String name = f.getName();
      return name != null && name.toLowerCase(Locale.ROOT).contains("bold");
    });
  }

  /**
   * Arabic presentation forms and compatibility ligatures (ﻻ, ﬁ) back to their letters; soft
   * hyphens as hyphens (layout repair reads one at a line's end as hyphenation), byte-order marks out.
   */
  private static String normalize(String unicode) {
    String text = unicode;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        break;
      }
    }
    if (text.indexOf('\u00AD') >= 0 || text.indexOf('\uFEFF') >= 0) {
      text = text.replace("\u00AD", "-").replace("\uFEFF", "");
    }
    return text;
  }

  /** The Adobe glyph list with PDFBox's additions, as its own text extraction uses. */
  private static GlyphList glyphList() {
    try (InputStream more = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
      return more == null ? GlyphList.getAdobeGlyphList() : new GlyphList(GlyphList.getAdobeGlyphList(), more);
    } catch (IOException e) {
      return GlyphList.getAdobeGlyphList();
    }
  }

  /** Tf as PDFBox's own operator, with the font from {@link #font}. */
  private static final class SetFont extends OperatorProcessor {
    private final GlyphReader reader;

    SetFont(GlyphReader reader) {
      super(reader);
      this.reader = reader;
    }

    @Override
    public void process(Operator operator, List<COSBase> arguments) throws IOException {
      if (arguments.size() < 2) {
        throw new MissingOperandException(operator, arguments);
      }
      if (!(arguments.get(0) instanceof COSName name) || !(arguments.get(1) instanceof COSNumber size)) {
        return;
      }
      PDTextState textState = reader.getGraphicsState().getTextState();
      textState.setFontSize(size.floatValue());
      textState.setFont(reader.font(reader.getResources(), name));
    }

    @Override
    public String getName() {
      return OperatorName.SET_FONT_AND_SIZE;
    }
  }

  /** Forms nested beyond the limit. */
  static final class TooDeep extends IOException {
    private static final long serialVersionUID = 1L;

    TooDeep(String reason) {
      super(reason);
    }
  }

  /** A page whose content is read through the budget, its resources (and their cache) kept. */
  private static final class BudgetedPage extends PDPage {
    private final PDPage page;
    private final InflationBudget budget;
    private final GlyphReader reader;

    BudgetedPage(PDPage page, InflationBudget budget, GlyphReader reader) {
      super(page.getCOSObject());
      this.page = page;
      this.budget = budget;
      this.reader = reader;
    }

    @Override
    public PDResources getResources() {
      return page.getResources();
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() throws IOException {
      COSStream single = page.getCOSObject().getCOSStream(COSName.CONTENTS);
      if (single == null) {
        // several streams: PDFBox decodes each whole before reading, so each is measured first
        COSArray array = page.getCOSObject().getCOSArray(COSName.CONTENTS);
        if (array != null) {
          for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSStream part) {
              budget.measure(part);
            }
          }
        }
      } else if (COSName.FLATE_DECODE.equals(single.getFilters())) {
        // the usual case: inflated as it is parsed, and paid for by the chunk
        try {
          return reader.content(budget.counting(new FlateFilterDecoderStream(single.createRawInputStream())));
        } catch (IOException e) {
          return new RandomAccessReadBuffer(new byte[0]); // a stream that does not inflate: a blank page, as PDFBox reads it
        }
      } else {
        budget.measure(single);
      }
      return reader.content(new RandomAccessInputStream(budget.counting(page.getContentsForStreamParsing())));
    }
  }

  /** A form whose content is read through the budget. */
  private static final class BudgetedForm extends PDFormXObject {
    private final InflationBudget budget;
    private final GlyphReader reader;

    BudgetedForm(COSStream stream, ResourceCache cache, InflationBudget budget, GlyphReader reader) {
      super(stream, cache);
      this.budget = budget;
      this.reader = reader;
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() throws IOException {
      budget.measure(getCOSObject());
      return reader.content(new RandomAccessInputStream(budget.counting(super.getContentsForStreamParsing())));
    }
  }

  /** A transparency group whose content is read through the budget. */
  private static final class BudgetedGroup extends PDTransparencyGroup {
    private final InflationBudget budget;
    private final GlyphReader reader;

    BudgetedGroup(COSStream stream, ResourceCache cache, InflationBudget budget, GlyphReader reader) {
      super(stream, cache);
      this.budget = budget;
      this.reader = reader;
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() throws IOException {
      budget.measure(getCOSObject());
      return reader.content(new RandomAccessInputStream(budget.counting(super.getContentsForStreamParsing())));
    }
  }
}
