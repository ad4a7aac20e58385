package org.marsad.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.store.FeedState;
import org.marsad.store.SourceView;
import org.marsad.store.StoredArticle;
import org.marsad.store.StoredArticle.EmbedView;
import org.marsad.store.TagRef;

/** Original sample news (fictional outlets and events) for the in-memory reader. */
final class SampleData {

  /**
   * Emoji the embed carries: a flag (two regional indicators), a skin-toned hand, a face, and a ZWJ
   * family.
   */
  static final String EMOJI = "🇵🇸👏🏽😢 👨‍👩‍👧";

  static final String TWEET = "أجواء رائعة في افتتاح السوق اليوم " + EMOJI + " العائلة كلها هنا";
  static final long BOOK_FAIR = 101;
  static final long ENGLISH = 103;
  static final long MARKET = 106;
  static final long UNDATED = MARKET;
  static final int FILLER = 25;

  static final TagRef CULTURE = new TagRef("thaqafa", "ثقافة", "keyword");
  static final TagRef ALEXANDRIA = new TagRef("الإسكندرية", "الإسكندرية", "place");
  static final TagRef WEATHER = new TagRef("taqs", "طقس", "keyword");
  static final TagRef BRIEF = new TagRef("mujaz", "موجز", "keyword");

  private SampleData() {}

  static List<SourceView> sources() {
    return List.of(
        new SourceView(
            "sahil",
            "صحيفة الساحل",
            "Al Sahil Daily",
            "https://sahil.example/",
            "EG",
            "ar",
            0,
            List.of(
                feed("https://sahil.example/rss.xml", "rss", "ok", 0, 0, Optional.empty()),
                feed(
                    "https://sahil.example/sport/rss.xml",
                    "rss",
                    "erroring",
                    3,
                    0,
                    Optional.of("HTTP 503 من الخادم بعد ثلاث محاولات")))),
        new SourceView(
            "wadi",
            "شبكة الوادي الإخبارية",
            "Wadi News Network",
            "https://wadi.example/",
            "JO",
            "ar",
            0,
            List.of(feed("https://wadi.example/feed", "atom", "ok", 0, 0, Optional.empty()))),
        new SourceView(
            "harbour",
            "هاربر ليدجر",
            "Harbour Ledger",
            "https://harbour.example/",
            "AE",
            "en",
            0,
            List.of(
                feed(
                    "https://harbour.example/news.rss",
                    "rss",
                    "disabled",
                    0,
                    5,
                    Optional.of("410 Gone")))));
  }

  private static FeedState feed(
      String url, String kind, String status, int soft, int hard, Optional<String> error) {
    Instant last = Instant.parse("2026-11-29T11:00:00Z");
    return new FeedState(
        url,
        kind,
        status,
        soft,
        hard,
        error,
        Optional.of(last),
        Optional.of(last.plusSeconds(900)),
        900,
        42);
  }

  static List<StoredArticle> articles() {
    List<StoredArticle> all =
        new ArrayList<>(
            List.of(
                article(
                    BOOK_FAIR,
                    "sahil",
                    "صحيفة الساحل",
                    "افتتاح سوق الكتاب الشتوي في الإسكندرية بمشاركة مئة دار نشر",
                    "2026-11-29T14:05:00+02:00",
                    "افتتحت صباح اليوم الدورة الأولى من سوق الكتاب الشتوي على كورنيش الإسكندرية.",
                    "<p>افتتحت صباح اليوم الدورة الأولى من سوق الكتاب الشتوي على كورنيش الإسكندرية، بمشاركة مئة دار نشر من ثماني دول.</p>"
                        + "<p>وقال المنظمون إن السوق يستمر أسبوعاً ويضم أمسيات شعرية وورشاً للأطفال.</p>",
                    Optional.empty(),
                    List.of(
                        new EmbedView(
                            "twitter",
                            "https://x.example/reader_nour/status/1",
                            Optional.of("@reader_nour"),
                            TWEET)),
                    List.of(CULTURE, ALEXANDRIA),
                    Optional.of("تصوير وتحرير: قسم الثقافة في صحيفة الساحل"),
                    Optional.of(1L)),
                article(
                    102,
                    "wadi",
                    "شبكة الوادي الإخبارية",
                    "معرض للكتاب في الإسكندرية يستقطب آلاف الزوار في يومه الأول",
                    "2026-11-29T16:30:00+03:00",
                    "توافد آلاف الزوار على سوق الكتاب الشتوي في يومه الأول.",
                    "<p>توافد آلاف الزوار على سوق الكتاب الشتوي في يومه الأول، وسط إقبال لافت على كتب الأطفال.</p>",
                    Optional.empty(),
                    List.of(),
                    List.of(CULTURE),
                    Optional.empty(),
                    Optional.of(1L)),
                article(
                    ENGLISH,
                    "harbour",
                    "هاربر ليدجر",
                    "Winter book fair opens in Alexandria",
                    "2026-11-29T12:00:00Z",
                    "A hundred publishers from eight countries take part in the new fair.",
                    "<p>A hundred publishers from eight countries take part in the new winter fair.</p>",
                    Optional.of("en"),
                    List.of(),
                    List.of(CULTURE),
                    Optional.empty(),
                    Optional.of(1L)),
                article(
                    104,
                    "wadi",
                    "شبكة الوادي الإخبارية",
                    "ارتفاع منسوب مياه السدود بعد أمطار غزيرة شمال البلاد",
                    "2026-11-28T09:15:00+03:00",
                    "سجلت السدود الشمالية أعلى منسوب لها منذ خمس سنوات.",
                    "<p>سجلت السدود الشمالية أعلى منسوب لها منذ خمس سنوات بعد ثلاثة أيام من الأمطار.</p>",
                    Optional.empty(),
                    List.of(),
                    List.of(WEATHER),
                    Optional.empty(),
                    Optional.of(2L)),
                article(
                    105,
                    "sahil",
                    "صحيفة الساحل",
                    "هيئة الأرصاد تحذر من موجة برد تبدأ الثلاثاء",
                    "2026-11-28T20:40:00+02:00",
                    "توقعت هيئة الأرصاد انخفاض درجات الحرارة خمس درجات.",
                    "<p>توقعت هيئة الأرصاد انخفاض درجات الحرارة خمس درجات مع بداية الأسبوع.</p>",
                    Optional.empty(),
                    List.of(),
                    List.of(WEATHER),
                    Optional.empty(),
                    Optional.of(2L)),
                article(
                    MARKET,
                    "sahil",
                    "صحيفة الساحل",
                    "أسعار الخضار: الطماطم <b>تتراجع</b> & البطاطس مستقرة",
                    null,
                    "سعر كيلو الطماطم < 20 جنيهاً & البصل دون تغيير <script>alert(1)</script>",
                    "<p>تراجعت أسعار الطماطم في أسواق الجملة هذا الأسبوع.</p>",
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty())));
    for (int i = 1; i <= FILLER; i++) {
      all.add(
          article(
              1000 + i,
              "wadi",
              "شبكة الوادي الإخبارية",
              "نشرة الوادي الموجزة رقم " + i,
              String.format(java.util.Locale.ROOT, "2026-11-%02dT08:00:00+03:00", 1 + i % 25),
              "موجز أخبار الصباح.",
              "<p>موجز أخبار الصباح.</p>",
              Optional.empty(),
              List.of(),
              List.of(BRIEF),
              Optional.empty(),
              Optional.empty()));
    }
    return List.copyOf(all);
  }

  private static StoredArticle article(
      long id,
      String source,
      String sourceName,
      String title,
      String published,
      String description,
      String html,
      Optional<String> lang,
      List<EmbedView> embeds,
      List<TagRef> tags,
      Optional<String> credit,
      Optional<Long> story) {
    Optional<OffsetDateTime> when = Optional.ofNullable(published).map(OffsetDateTime::parse);
    String url = "https://" + source + ".example/news/" + id;
    return new StoredArticle(
        id,
        url,
        url,
        source,
        sourceName,
        title,
        when,
        Optional.empty(),
        Instant.parse("2026-11-29T13:00:00Z"),
        List.of("مراسل " + sourceName),
        Optional.of(description),
        html.replace("</p><p>", "</p>\n<p>").replaceAll("<[^>]+>", ""),
        html,
        lang.or(() -> Optional.of("ar")),
        List.of(),
        embeds,
        tags,
        credit,
        story);
  }
}
