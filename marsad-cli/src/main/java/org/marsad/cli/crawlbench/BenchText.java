package org.marsad.cli.crawlbench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Varied Arabic news prose from a small vocabulary and sentence templates written for the bench:
 * every page of the simulated web differs, so dedupe and story clustering do real work. A table of
 * words, hence longer than a class usually is here. Deterministic for a given seed.
 */
final class BenchText {

  private static final List<String> ACTORS =
      List.of(
          "وزير الاقتصاد",
          "رئيس البلدية",
          "المجلس البلدي",
          "نقابة المعلمين",
          "وزارة الصحة",
          "هيئة الطيران المدني",
          "اتحاد المزارعين",
          "البنك المركزي",
          "لجنة الانتخابات",
          "إدارة الميناء",
          "جمعية حماية المستهلك",
          "مديرية التربية",
          "شركة الكهرباء الوطنية",
          "الغرفة التجارية",
          "مجلس النواب",
          "وزارة النقل",
          "الهلال الأحمر",
          "جامعة العاصمة",
          "هيئة الأرصاد الجوية",
          "اتحاد الكرة",
          "وزارة الثقافة",
          "مصلحة المياه",
          "المرصد الوطني للبيئة",
          "نادي الصيادين",
          "مركز الدراسات الاستراتيجية");
  private static final List<String> ACTIONS =
      List.of(
          "أعلن عن",
          "كشف عن",
          "أطلق",
          "ناقش",
          "وافق على",
          "رفض",
          "أجّل",
          "دعا إلى",
          "حذّر من",
          "باشر تنفيذ",
          "استعرض",
          "طالب بـ",
          "وقّع اتفاقية بشأن",
          "أقرّ",
          "راجع",
          "انتقد",
          "رحّب بـ",
          "أوصى بـ");
  private static final List<String> TOPICS =
      List.of(
          "خطة لتوسيع شبكة النقل العام",
          "برنامج لدعم صغار المزارعين",
          "مشروع لتحلية مياه البحر",
          "إصلاح نظام التقاعد",
          "حملة لتطعيم الأطفال",
          "ميزانية العام المقبل",
          "قانون جديد للاستثمار",
          "ترميم المدينة القديمة",
          "رفع أسعار الوقود",
          "إنشاء منطقة صناعية حرة",
          "مهرجان للكتاب والفنون",
          "تحديث المناهج الدراسية",
          "مراقبة أسعار المواد الغذائية",
          "بناء سد على الوادي الكبير",
          "توسيع المطار الدولي",
          "تنظيم سوق العقارات",
          "دعم الطاقة الشمسية في القرى",
          "مكافحة التصحر",
          "تأهيل الطرق الريفية",
          "رقمنة الخدمات الإدارية",
          "إعادة تدوير النفايات",
          "تشغيل خريجي الجامعات");
  private static final List<String> PLACES =
      List.of(
          "في العاصمة",
          "في المنطقة الشمالية",
          "في المدن الساحلية",
          "في الجنوب",
          "في الأرياف",
          "على الحدود الشرقية",
          "في الضواحي",
          "في الواحات",
          "في المحافظات الوسطى",
          "في الموانئ",
          "في الأحياء الشعبية",
          "في المناطق الجبلية");
  private static final List<String> TIMES =
      List.of(
          "صباح اليوم",
          "مساء أمس",
          "خلال الأسبوع الجاري",
          "في اجتماع طارئ",
          "في مؤتمر صحفي",
          "بعد أشهر من التأجيل",
          "في ختام جولة ميدانية",
          "عقب جلسة مطوّلة",
          "في بيان رسمي",
          "قبيل نهاية الشهر");
  private static final List<String> REACTIONS =
      List.of(
          "وقال مصدر مطّلع إن",
          "وأكد خبراء أن",
          "ويرى مراقبون أن",
          "وأوضح بيان صادر عن الجهة المعنية أن",
          "وأشار مواطنون تحدثوا إلينا إلى أن",
          "واعتبرت المعارضة أن",
          "وتوقّع محللون اقتصاديون أن",
          "وذكرت مصادر محلية أن",
          "ولفت ناشطون في المجتمع المدني إلى أن");
  private static final List<String> CLAIMS =
      List.of(
          "الخطوة ستنعكس على حياة آلاف الأسر",
          "التنفيذ يحتاج إلى تمويل إضافي",
          "الموعد المعلن قد يتغير",
          "المشروع تأخر أكثر مما ينبغي",
          "النتائج الأولى ستظهر قبل الصيف",
          "الكلفة تفوق التقديرات السابقة",
          "التشاور مع السكان لم يكن كافيا",
          "القرار جاء استجابة لمطالب قديمة",
          "الأرقام الرسمية تحتاج إلى مراجعة",
          "القطاع الخاص سيشارك في التمويل",
          "المرحلة الثانية ستشمل مناطق أخرى",
          "الإقبال فاق كل التوقعات");
  private static final List<String> FIGURES =
      List.of(
          "مليون دينار",
          "ألف مستفيد",
          "كيلومترا",
          "مدرسة",
          "قرية",
          "في المئة",
          "وظيفة جديدة",
          "هكتارا");
  private static final List<String> SECTIONS =
      List.of("محليات", "اقتصاد", "سياسة", "رياضة", "ثقافة", "صحة", "تعليم", "بيئة");
  private static final List<String> NAME_PARTS =
      List.of(
          "الفجر", "النهار", "الصباح", "المساء", "الشروق", "الأفق", "الرصيف", "المنارة", "البوصلة",
          "الضفة", "الوادي", "الجسر", "القلعة", "النخلة", "الميناء", "السهل", "الهضبة", "الرابية",
          "المدار", "الساحل");
  private static final List<String> NAME_KINDS =
      List.of("صحيفة", "جريدة", "بوابة", "موقع", "يومية", "أخبار");
  private static final List<String> WRITERS =
      List.of(
          "سلمى العاملي",
          "كريم بن ناصر",
          "هدى الزين",
          "يوسف الحداد",
          "ليلى منصور",
          "عمر الخطيب",
          "نادية سعيد",
          "طارق الفاسي",
          "رانيا عبد الله",
          "مراد الشامي");

  private BenchText() {}

  /** The Arabic name of outlet {@code index}, e.g. "صحيفة المنارة ٣٧". */
  static String outletName(int index) {
    String kind = NAME_KINDS.get(index % NAME_KINDS.size());
    String part = NAME_PARTS.get((index / NAME_KINDS.size()) % NAME_PARTS.size());
    return kind + " " + part + " " + arabicDigits(index + 1);
  }

  static String section(long seed) {
    return SECTIONS.get((int) Math.floorMod(seed, (long) SECTIONS.size()));
  }

  static List<String> sections() {
    return SECTIONS;
  }

  static String writer(long seed) {
    return WRITERS.get((int) Math.floorMod(seed, (long) WRITERS.size()));
  }

  /** A headline: actor, action and topic, with a place. */
  static String title(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return pick(r, ACTORS) + " " + pick(r, ACTIONS) + " " + pick(r, TOPICS) + " " + pick(r, PLACES);
  }

  /** Four to seven paragraphs of two to four sentences each, opened by a lead sentence. */
  static List<String> paragraphs(long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int count = 4 + r.nextInt(4);
    List<String> out = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      StringBuilder b = new StringBuilder();
      int sentences = 2 + r.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        b.append(s > 0 ? " " : "").append(sentence(r));
      }
      out.add(b.toString());
    }
    return out;
  }

  private static String sentence(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 ->
          pick(r, ACTORS)
              + " "
              + pick(r, ACTIONS)
              + " "
              + pick(r, TOPICS)
              + " "
              + pick(r, PLACES)
              + " "
              + pick(r, TIMES)
              + ".";
      case 1 -> pick(r, REACTIONS) + " " + pick(r, CLAIMS) + "، " + "خاصة " + pick(r, PLACES) + ".";
      case 2 ->
          "وتبلغ قيمة "
              + pick(r, TOPICS)
              + " نحو "
              + arabicDigits(10 + r.nextInt(990))
              + " "
              + pick(r, FIGURES)
              + " بحسب "
              + pick(r, ACTORS)
              + ".";
      default ->
          "ومن المنتظر أن "
              + "يعود "
              + pick(r, ACTORS)
              + " إلى ملف "
              + pick(r, TOPICS)
              + " "
              + pick(r, TIMES)
              + "، إذ "
              + pick(r, CLAIMS)
              + ".";
    };
  }

  private static String pick(SplittableRandom r, List<String> words) {
    return words.get(r.nextInt(words.size()));
  }

  /** Eastern Arabic digits, as many outlets print them. */
  static String arabicDigits(int n) {
    String ascii = Integer.toString(n);
    StringBuilder b = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      b.append((char) ('٠' + (ascii.charAt(i) - '0')));
    }
    return b.toString();
  }
}
