package org.marsad.cli.crawlbench;

import java.util.List;

/** The boilerplate around an article of the simulated web: what an extractor must see past. */
final class Markup {

  private Markup() {}

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static void head(StringBuilder h, String title, String site, String url, String iso) {
    h.append(
            "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(title))
        .append(" | ")
        .append(esc(site))
        .append("</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(
            "<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"")
        .append(esc(title))
        .append("\">\n<meta property=\"og:url\" content=\"")
        .append(url)
        .append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"")
        .append(esc(site))
        .append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"")
        .append(iso)
        .append("\">\n")
        .append("<link rel=\"canonical\" href=\"")
        .append(url)
        .append("\">\n")
        .append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n")
        .append(
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n")
        .append("</head>\n<body>\n");
  }

  static void siteHeader(StringBuilder h, String site) {
    h.append(
            "<header class=\"site-header\">\n<div class=\"top-bar\"><span class=\"today\">اليوم</span>")
        .append(
            " <a href=\"/subscribe\">اشترك في النشرة</a> <a href=\"/contact\">اتصل بنا</a></div>\n")
        .append("<div class=\"logo\"><a href=\"/\">")
        .append(esc(site))
        .append("</a></div>\n<nav class=\"main-menu\"><ul>\n");
    List<String> sections = BenchText.sections();
    for (int i = 0; i < sections.size(); i++) {
      h.append("<li><a href=\"/section/")
          .append(i)
          .append("\">")
          .append(esc(sections.get(i)))
          .append("</a></li>\n");
    }
    h.append(
            "</ul></nav>\n<form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"ابحث\"></form>\n")
        .append(
            "<div class=\"ticker\">عاجل: تابعوا آخر المستجدات على مدار الساعة</div>\n</header>\n");
  }

  static void tagsAndShare(StringBuilder h, String section, String url) {
    h.append("<div class=\"tags\">الوسوم: <a href=\"/tag/")
        .append(esc(section))
        .append("\">")
        .append(esc(section))
        .append("</a> <a href=\"/tag/news\">أخبار</a></div>\n<div class=\"share\">شارك: ")
        .append("<a href=\"https://www.facebook.com/sharer.php?u=")
        .append(url)
        .append("\">فيسبوك</a> ")
        .append("<a href=\"https://twitter.com/intent/tweet?url=")
        .append(url)
        .append("\">تويتر</a> ")
        .append("<a href=\"whatsapp://send?text=")
        .append(url)
        .append("\">واتساب</a></div>\n");
  }

  /** A titled sidebar of links; each entry is {url, headline}. */
  static void linkBox(StringBuilder h, String heading, List<String[]> links) {
    if (links.isEmpty()) {
      return;
    }
    h.append("<aside class=\"related\"><h4>").append(esc(heading)).append("</h4>\n<ul>\n");
    for (String[] l : links) {
      h.append("<li><a href=\"").append(l[0]).append("\">").append(esc(l[1])).append("</a></li>\n");
    }
    h.append("</ul></aside>\n");
  }

  static void footer(StringBuilder h, String site) {
    h.append(
            "<footer class=\"site-footer\">\n<ul class=\"footer-links\"><li><a href=\"/about\">من نحن</a></li>")
        .append(
            "<li><a href=\"/privacy\">سياسة الخصوصية</a></li><li><a href=\"/terms\">شروط الاستخدام</a></li>")
        .append(
            "<li><a href=\"/ads\">أعلن معنا</a></li></ul>\n<p class=\"copyright\">جميع الحقوق محفوظة © ")
        .append(esc(site))
        .append(". يمنع النسخ أو إعادة النشر دون إذن مسبق.</p>\n</footer>\n</body>\n</html>\n");
  }
}
