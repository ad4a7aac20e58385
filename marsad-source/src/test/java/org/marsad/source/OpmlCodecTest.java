package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlCodecTest {

  private static List<Outlet> read(String text) {
    return OpmlCodec.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Outlet> roundTrip(List<Outlet> outlets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OpmlCodec.write(outlets, out);
    return OpmlCodec.read(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void roundTripsArabicNamesCountryLanguageAndKinds() {
    List<Outlet> outlets =
        List.of(
            new Outlet(
                "wahat",
                "صحيفة الواحات \"الحرة\" & أخواتها 🌴",
                "Al-Wahat & Co",
                URI.create("https://wahat.example/"),
                "MA",
                "ar",
                List.of(
                    new FeedRef(URI.create("https://wahat.example/rss?a=1&b=2"), FeedRef.Kind.RSS),
                    new FeedRef(
                        URI.create("https://wahat.example/news-sitemap.xml"),
                        FeedRef.Kind.NEWS_SITEMAP))),
            new Outlet(
                "sahil",
                "الساحل",
                "Sahil",
                URI.create("https://sahil.example/fr/"),
                "TN",
                "fr",
                List.of()));
    assertEquals(outlets, roundTrip(outlets));
  }

  @Test
  void defaultListRoundTrips() {
    List<Outlet> defaults = DefaultOutlets.load();
    assertEquals(defaults, roundTrip(defaults));
  }

  @Test
  void readsTypicalFeedReaderExports() {
    String opml =
        "\uFEFF\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"1.0\"><head><title>x</title></head><body>"
            + "<outline text=\"أخبار\" title=\"أخبار\">"
            + "<outline type=\"rss\" text=\"جريدة&nbsp;النهر\" xmlurl=\"https://nahr.example/feed?cat=1&lang=ar\" htmlUrl=\"https://nahr.example/\"/>"
            + "<outline type=\"rss\" title=\"Desert Post\" xmlUrl=\"feed://desert.example/rss\"/>"
            + "<outline type=\"rss\" text=\"broken\" xmlUrl=\"not a url at all\"/>"
            + "</outline>"
            + "<outline type=\"link\" text=\"Only a site\" url=\"https://site.example/\"/>"
            + "<outline text=\"Desert Post\" xmlUrl=\"https://desert.example/atom\"/>"
            + "</body></opml>";
    List<Outlet> outlets = read(opml);
    assertEquals(3, outlets.size());
    Outlet nahr = outlets.get(0);
    assertEquals("جريدة\u00A0النهر", nahr.nameAr());
    assertEquals("nahr-example", nahr.key());
    assertEquals(URI.create("https://nahr.example/"), nahr.homepage());
    assertEquals(URI.create("https://nahr.example/feed?cat=1&lang=ar"), nahr.feeds().get(0).url());
    assertEquals(OpmlOutlines.UNKNOWN_COUNTRY, nahr.country());
    assertEquals("ar", nahr.lang());
    Outlet desert = outlets.get(1);
    assertEquals("desert-post", desert.key());
    assertEquals(URI.create("http://desert.example/rss"), desert.feeds().get(0).url());
    assertEquals(URI.create("http://desert.example/"), desert.homepage());
    assertEquals("desert-post-2", outlets.get(2).key(), "keys stay unique");
  }

  @Test
  void decodesNonUtf8Files() {
    String opml =
        "<?xml version=\"1.0\" encoding=\"windows-1256\"?><opml><body>"
            + "<outline text=\"النخيل\" xmlUrl=\"https://nakheel.example/rss\"/></body></opml>";
    byte[] bytes = opml.getBytes(Charset.forName("windows-1256"));
    List<Outlet> outlets = OpmlCodec.read(new ByteArrayInputStream(bytes));
    assertEquals("النخيل", outlets.get(0).nameAr());
  }

  @Test
  void malformedFilesGiveAClearError() {
    OpmlException e =
        assertThrows(OpmlException.class, () -> read("<opml><body><outline text=\"x\"></body>"));
    assertTrue(e.getMessage().startsWith("malformed OPML"), e.getMessage());
    assertThrows(OpmlException.class, () -> read("<rss><channel/></rss>"));
    assertThrows(OpmlException.class, () -> read("<opml><head/></opml>"));
    assertThrows(OpmlException.class, () -> read(""));
    assertThrows(
        OpmlException.class,
        () ->
            OpmlCodec.read(
                new InputStream() {
                  @Override
                  public int read() throws IOException {
                    throw new IOException("disk on fire");
                  }
                }));
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/rss\"/></body></opml>";
    List<Outlet> outlets = read(xxe);
    assertEquals("&x;", outlets.get(0).nameAr(), "an undeclared-to-us entity stays literal text");
  }
}
