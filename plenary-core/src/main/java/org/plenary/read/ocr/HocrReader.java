package org.plenary.read.ocr;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the hOCR Tesseract writes (XHTML whose {@code title} attributes carry the boxes): the
 * page's size from {@code ocr_page}, each line ({@code ocr_line}, {@code ocr_header}, {@code
 * ocr_caption}, {@code ocr_textfloat}) with its baseline and {@code x_size}, each {@code
 * ocrx_word} with its box and {@code x_wconf}. The document's DTD is never read (no network, no
 * entity expansion).
 */
public final class HocrReader {
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  public OcrPage read(String hocr, String model) throws OcrFailed {
    int width = 0;
    int height = 0;
    List<OcrLine> lines = new ArrayList<>();
    try {
      XMLStreamReader xml = XML.createXMLStreamReader(new StringReader(hocr));
      Map<String, String> line = null;
      List<OcrWord> words = new ArrayList<>();
      Map<String, String> word = null;
      StringBuilder wordText = new StringBuilder();
      int depth = 0;
      int lineDepth = -1;
      int wordDepth = -1;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String kind = xml.getAttributeValue(null, "class");
          String title = xml.getAttributeValue(null, "title");
          if ("ocr_page".equals(kind)) {
            int[] box = box(title(title).get("bbox"));
            width = box[2];
            height = box[3];
          } else if (isLine(kind)) {
            line = title(title);
            lineDepth = depth;
            words = new ArrayList<>();
          } else if ("ocrx_word".equals(kind) && line != null) {
            word = title(title);
            wordDepth = depth;
            wordText.setLength(0);
          }
        } else if (event == XMLStreamConstants.CHARACTERS && word != null) {
          wordText.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == wordDepth && word != null) {
            String text = wordText.toString().strip();
            if (!text.isEmpty()) {
              int[] box = box(word.get("bbox"));
              words.add(new OcrWord(text, box[0], box[1], box[2], box[3], number(word.get("x_wconf"), 0)));
            }
            word = null;
            wordDepth = -1;
          } else if (depth == lineDepth && line != null) {
            if (!words.isEmpty()) {
              lines.add(line(line, words));
            }
            line = null;
            lineDepth = -1;
          }
          depth--;
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new OcrFailed("Tesseract's hOCR cannot be read: " + e.getMessage());
    }
    return new OcrPage(width, height, lines, model);
  }

  private static boolean isLine(String kind) {
    return "ocr_line".equals(kind) || "ocr_header".equals(kind) || "ocr_caption".equals(kind)
        || "ocr_textfloat".equals(kind);
  }

  private static OcrLine line(Map<String, String> title, List<OcrWord> words) {
    int[] box = box(title.get("bbox"));
    float slope = 0;
    float offset = 0;
    String baseline = title.get("baseline");
    if (baseline != null) {
      String[] parts = baseline.trim().split("\\s+");
      if (parts.length == 2) {
        slope = Float.parseFloat(parts[0]);
        offset = Float.parseFloat(parts[1]);
      }
    }
    float size = number(title.get("x_size"), box[3] - box[1]);
    return new OcrLine(words, box[0], box[1], box[2], box[3], slope, offset, size);
  }

  /** The properties of an hOCR title: {@code bbox 0 0 10 10; x_wconf 96} gives bbox and x_wconf. */
  static Map<String, String> title(String title) {
    Map<String, String> properties = new HashMap<>();
    if (title == null) {
      return properties;
    }
    for (String part : title.split(";")) {
      String p = part.strip();
      int space = p.indexOf(' ');
      if (space > 0) {
        properties.put(p.substring(0, space), p.substring(space + 1).strip());
      }
    }
    return properties;
  }

  private static int[] box(String bbox) {
    int[] box = new int[4];
    if (bbox == null) {
      return box;
    }
    String[] parts = bbox.trim().split("\\s+");
    for (int i = 0; i < 4 && i < parts.length; i++) {
      box[i] = Integer.parseInt(parts[i]);
    }
    return box;
  }

  private static float number(String value, float otherwise) {
    if (value == null) {
      return otherwise;
    }
    try {
      return Float.parseFloat(value.trim().split("\\s+")[0]);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
