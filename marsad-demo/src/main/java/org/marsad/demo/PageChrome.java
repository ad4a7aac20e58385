package org.marsad.demo;

import static org.marsad.demo.Markup.esc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The furniture around every page: head, cookie banner, menu, newsletter, follow box, footer. A
 * correct extractor must drop all of it, so its sentences are exposed as {@link #furniture}.
 */
final class PageChrome {

  private static final List<String> MENU =
      List.of(
          "الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "مجتمع", "دولي", "من نحن", "اتصل بنا");
  static final String NEWSLETTER = "اشترك في النشرة البريدية لتصلك أبرز العناوين كل صباح";
  static final String FOLLOW = "تابعونا على منصات التواصل الاجتماعي";
  static final String RIGHTS = "جميع الحقوق محفوظة";
  static final String READ_ALSO = "اقرأ أيضاً";

  /** Without the tanween, so it also matches the Egyptian inline spelling "اقرأ أيضا:". */
  private static final String READ_ALSO_STEM = "اقرأ أيضا";

  static final String TAGS = "كلمات دلالية";
  static final String SHARE = "شارك الخبر";

  private PageChrome() {}

  static String cookieSentence(OutletProfile o) {
    return "يستخدم موقع " + o.nameAr() + " ملفات تعريف الارتباط لتحسين تجربة التصفح";
  }

  /** Sentences of the page furniture; none of them may end up in an extracted body. */
  static List<String> furniture(OutletProfile o) {
    return List.of(
        cookieSentence(o), NEWSLETTER, FOLLOW, RIGHTS, READ_ALSO_STEM, TAGS, SHARE, o.slogan());
  }

  /** Everything up to and including the opening of the main content area. */
  static String open(OutletProfile o, String title, String headExtra) {
    return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\""
        + o.charset().name()
        + "\">\n<meta name=\"viewport\" content=\"width=device-width\">\n"
        + "<title>"
        + esc(title)
        + " - "
        + esc(o.nameAr())
        + "</title>\n"
        + headExtra
        + "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n"
        + "<div class=\"cookie-banner\" id=\"cookie-consent\"><p>"
        + esc(cookieSentence(o))
        + ". <a href=\"/privacy\">سياسة الخصوصية</a></p><button type=\"button\">موافق</button>"
        + "</div>\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">"
        + esc(o.nameAr())
        + "</a><p class=\"slogan\">"
        + esc(o.slogan())
        + "</p>\n"
        + menu()
        + "</header>\n"
        + "<div class=\"breaking-ticker\"><span>عاجل</span> <a href=\"/\">تابع آخر المستجدات على "
        + esc(o.nameAr())
        + "</a></div>\n<main id=\"main\">\n";
  }

  /** Closes the main area and adds the sidebar boxes and the footer. */
  static String close(OutletProfile o) {
    return "</main>\n<aside class=\"sidebar\">\n<div class=\"follow-us\"><h4>"
        + FOLLOW
        + "</h4><a href=\"https://www.facebook.com/\">فيسبوك</a> <a href=\"https://x.com/\">إكس</a>"
        + " <a href=\"https://www.instagram.com/\">إنستغرام</a> <a href=\"https://t.me/\">تيليغرام"
        + "</a></div>\n<form class=\"newsletter\" action=\"/newsletter\" method=\"post\">"
        + "<h4>النشرة البريدية</h4><p>"
        + NEWSLETTER
        + "</p><input type=\"email\" name=\"email\""
        + " placeholder=\"بريدك الإلكتروني\"><button>اشترك</button></form>\n</aside>\n"
        + "<footer class=\"site-footer\">"
        + menu()
        + "<p>© 2026 "
        + esc(o.nameAr())
        + ". "
        + RIGHTS
        + ". موقع تجريبي خيالي لأغراض العرض.</p></footer>\n"
        + "<script src=\"/assets/site.js\"></script>\n</body>\n</html>\n";
  }

  static String shareBox(String url) {
    String u = esc(url);
    return "<div class=\"share-buttons\"><span>"
        + SHARE
        + ":</span> "
        + "<a href=\"https://www.facebook.com/sharer/sharer.php?u="
        + u
        + "\">فيسبوك</a> "
        + "<a href=\"https://twitter.com/intent/tweet?url="
        + u
        + "\">تويتر</a> "
        + "<a href=\"https://wa.me/?text="
        + u
        + "\">واتساب</a> "
        + "<a href=\"https://t.me/share/url?url="
        + u
        + "\">تيليغرام</a></div>\n";
  }

  static String tagBox(List<String> tags) {
    return "<div class=\"tags\"><span>"
        + TAGS
        + ":</span> "
        + tags.stream()
            .map(
                t ->
                    "<a href=\"/tag/"
                        + esc(t.replace(' ', '-'))
                        + "\" rel=\"tag\">"
                        + esc(t)
                        + "</a>")
            .collect(Collectors.joining(" "))
        + "</div>\n";
  }

  static String readAlsoBox(List<PlacedArticle> related) {
    return "<aside class=\"read-also\"><h3>"
        + READ_ALSO
        + "</h3><ul>"
        + related.stream()
            .map(r -> "<li><a href=\"" + esc(r.path()) + "\">" + esc(r.title()) + "</a></li>")
            .collect(Collectors.joining())
        + "</ul></aside>\n";
  }

  private static String menu() {
    return "<nav class=\"main-menu\"><ul>"
        + MENU.stream()
            .map(m -> "<li><a href=\"/\">" + m + "</a></li>")
            .collect(Collectors.joining())
        + "</ul></nav>\n";
  }
}
