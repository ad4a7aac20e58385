package org.marsad.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.marsad.text.CharsetDetector;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * OPML 1.0/2.0 import and export of outlets.
 *
 * <p>Export writes one folder outline per outlet (so any feed reader shows the outlet as a folder)
 * carrying Marsad's extra attributes ({@code key}, {@code nameLatin}, {@code country}, {@code
 * language}), with one {@code type="rss"} outline per feed ({@code kind} extra).
 *
 * <p>Import accepts that shape and also what feed readers export: flat or folder-nested
 * subscription outlines, {@code title} instead of {@code text}, odd attribute case, unescaped
 * '&amp;' in URLs, HTML entities, a BOM or blank lines before the declaration, any encoding.
 */
public final class OpmlCodec {

  private OpmlCodec() {}

  /**
   * Reads outlets from OPML.
   *
   * @throws OpmlException when the input is not OPML even after repairs, or cannot be read
   */
  public static List<Outlet> read(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new OpmlException("cannot read OPML: " + e.getMessage(), e);
    }
    String text = XmlRepair.repair(CharsetDetector.decode(bytes, Optional.empty()));
    Element root = parse(text).getDocumentElement();
    if (!root.getTagName().equalsIgnoreCase("opml")) {
      throw new OpmlException("not OPML: root element is <" + root.getTagName() + ">");
    }
    Optional<Element> body = OpmlOutlines.child(root, "body");
    if (body.isEmpty()) {
      throw new OpmlException("not OPML: no <body>");
    }
    return new OpmlOutlines().collect(body.get());
  }

  /** Writes outlets as UTF-8 OPML 2.0; {@link #read} returns equal outlets. */
  public static void write(List<Outlet> outlets, OutputStream out) {
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n");
      w.write("  <head>\n    <title>Marsad outlets</title>\n  </head>\n  <body>\n");
      for (Outlet o : outlets) {
        writeOutlet(w, o);
      }
      w.write("  </body>\n</opml>\n");
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write OPML", e);
    }
  }

  private static void writeOutlet(Writer w, Outlet o) throws IOException {
    w.write(
        "    <outline text=\""
            + esc(o.nameAr())
            + "\" title=\""
            + esc(o.nameAr())
            + "\" key=\""
            + esc(o.key())
            + "\" nameLatin=\""
            + esc(o.nameLatin())
            + "\" htmlUrl=\""
            + esc(o.homepage().toString())
            + "\" country=\""
            + esc(o.country())
            + "\" language=\""
            + esc(o.lang())
            + "\"");
    if (o.feeds().isEmpty()) {
      w.write("/>\n");
      return;
    }
    w.write(">\n");
    for (FeedRef f : o.feeds()) {
      w.write(
          "      <outline type=\"rss\" text=\""
              + esc(o.nameAr())
              + "\" xmlUrl=\""
              + esc(f.url().toString())
              + "\" kind=\""
              + f.kind().id()
              + "\"/>\n");
    }
    w.write("    </outline>\n");
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n', '\r', '\t' -> sb.append("&#").append(cp).append(';');
                default -> {
                  if (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
                    sb.appendCodePoint(cp); // other control characters are not allowed in XML 1.0
                  }
                }
              }
            });
    return sb.toString();
  }

  /** The JDK's default handler prints to stderr; errors are reported through OpmlException. */
  private static final class SilentErrors implements org.xml.sax.ErrorHandler {
    @Override
    public void warning(org.xml.sax.SAXParseException e) {
      // warnings (e.g. an unresolvable DTD) do not stop an import
    }

    @Override
    public void error(org.xml.sax.SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
      throw e;
    }
  }

  private static Document parse(String text) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new SilentErrors());
      return b.parse(new InputSource(new StringReader(text)));
    } catch (SAXException e) {
      throw new OpmlException("malformed OPML: " + e.getMessage(), e);
    } catch (ParserConfigurationException | IOException e) {
      throw new OpmlException("cannot parse OPML: " + e.getMessage(), e);
    }
  }
}
