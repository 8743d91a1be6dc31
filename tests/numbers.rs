//! The number API on sentences written for these tests: values, kinds, exact spans, and what must not be read.

use arabic_timeline::{Extractor, NumberKind};

/// Every mention of `text` as (text, value, kind), checking each span points at its text.
fn numbers(text: &str) -> Vec<(String, f64, NumberKind)> {
    let ex = Extractor::new();
    ex.numbers(text)
        .into_iter()
        .map(|n| {
            assert_eq!(n.span.as_str(text), Some(n.text.as_str()), "{text}");
            (n.text, n.value, n.kind)
        })
        .collect()
}

fn one(text: &str, expected: &str, value: f64, kind: NumberKind) {
    let found = numbers(text);
    assert!(
        found
            .iter()
            .any(|(t, v, k)| t == expected && (v - value).abs() < 1e-9 && *k == kind),
        "{text}: expected «{expected}» = {value} {kind:?}; found {found:?}"
    );
}

use NumberKind::{Cardinal, Fraction, Ordinal};

#[test]
fn cardinal_words() {
    one(
        "وصل إلى الميناء ثلاثة عشر قاربا صباحا",
        "ثلاثة عشر",
        13.0,
        Cardinal,
    );
    one("شارك في السباق اثنا عشر عداءً", "اثنا عشر", 12.0, Cardinal);
    one(
        "أصيب إحدى عشرة ممرضة في الحادث",
        "إحدى عشرة",
        11.0,
        Cardinal,
    );
    one(
        "بلغ عدد المتطوعين مائة وخمسة وعشرين متطوعا",
        "مائة وخمسة وعشرين",
        125.0,
        Cardinal,
    );
    one(
        "نقلت الشاحنات ثلاث مئة وواحدا من الصناديق",
        "ثلاث مئة وواحدا",
        301.0,
        Cardinal,
    );
    one(
        "تأسست الجمعية عام ألف وتسعمائة وثمانية وسبعين",
        "ألف وتسعمائة وثمانية وسبعين",
        1978.0,
        Cardinal,
    );
    one(
        "افتتح المتحف في ألفين وثمانية عشر",
        "ألفين وثمانية عشر",
        2018.0,
        Cardinal,
    );
    one(
        "تبرع رجل أعمال بمئتي ألف دينار",
        "مئتي ألف",
        200_000.0,
        Cardinal,
    );
    one(
        "يعيش في المدينة ثلاثة ملايين نسمة",
        "ثلاثة ملايين",
        3_000_000.0,
        Cardinal,
    );
    one(
        "خصصت الحكومة مليارين للطرق",
        "مليارين",
        2_000_000_000.0,
        Cardinal,
    );
    one(
        "تكلف المشروع مليونا وخمسمائة ألف دولار",
        "مليونا وخمسمائة ألف",
        1_500_000.0,
        Cardinal,
    );
    one("زار المعرض نصف مليون شخص", "نصف مليون", 500_000.0, Cardinal);
    one(
        "شارك في المسيرة عشرون ألفاً",
        "عشرون ألفاً",
        20_000.0,
        Cardinal,
    );
    one(
        "رصدت البلدية مئتا ألف دينار",
        "مئتا ألف",
        200_000.0,
        Cardinal,
    );
    one(
        "بلغت الديون مليار ونصف",
        "مليار ونصف",
        1_500_000_000.0,
        Cardinal,
    );
}

#[test]
fn ordinal_words() {
    one("فاز الفريق بالمركز الثالث", "الثالث", 3.0, Ordinal);
    one(
        "احتفلت المدرسة بعيدها الحادي عشر",
        "الحادي عشر",
        11.0,
        Ordinal,
    );
    one(
        "انطلقت الدورة الحادية والعشرون للمهرجان",
        "الحادية والعشرون",
        21.0,
        Ordinal,
    );
    one(
        "دخلنا القرن الواحد والعشرين",
        "الواحد والعشرين",
        21.0,
        Ordinal,
    );
    one(
        "تحيي الجامعة الذكرى المئة لتأسيسها",
        "المئة",
        100.0,
        Ordinal,
    );
    one("هذه هي المرة الأولى", "الأولى", 1.0, Ordinal);
    one("صعد إلى الطابق الثاني عشر", "الثاني عشر", 12.0, Ordinal);
    one(
        "بلغ العداء الكيلومتر الخامس والثلاثين",
        "الخامس والثلاثين",
        35.0,
        Ordinal,
    );
}

#[test]
fn digits_scales_and_signs() {
    one(
        "ارتفعت الصادرات إلى 2.5 مليار دولار",
        "2.5 مليار",
        2_500_000_000.0,
        Cardinal,
    );
    one("نزح ٣ ملايين شخص", "٣ ملايين", 3_000_000.0, Cardinal);
    one(
        "سجل الميزان عجزا قدره -1200000 ريال",
        "-1200000",
        -1_200_000.0,
        Cardinal,
    );
    one(
        "بلغ الرصيد ١٬٢٥٠٬٠٠٠٫٥٠ درهم",
        "١٬٢٥٠٬٠٠٠٫٥٠",
        1_250_000.5,
        Cardinal,
    );
    one("نمت المبيعات بنسبة 0,75 نقطة", "0,75", 0.75, Cardinal);
    one("انخفضت الحرارة إلى سالب خمسة", "سالب خمسة", -5.0, Cardinal);
    one(
        "قطع المتسابق واحد فاصلة خمسة كيلومتر",
        "واحد فاصلة خمسة",
        1.5,
        Cardinal,
    );
    one("أنجز العمال ثلاثة أرباع الجسر", "ثلاثة أرباع", 0.75, Fraction);
    one(
        "بلغ الدعم ثلاثة أرباع مليار دولار",
        "ثلاثة أرباع مليار",
        750_000_000.0,
        Cardinal,
    );
    one(
        "قطع الحصان مائة وثلاثة أرباع الميل",
        "مائة وثلاثة أرباع",
        100.75,
        Fraction,
    );
    one(
        "انتظرنا ساعتين وجلسنا اثنين ونصف في القاعة",
        "اثنين ونصف",
        2.5,
        Fraction,
    );
    one("امتلأ 77/100 من الخزان", "77/100", 0.77, Fraction);
}

#[test]
fn spans_leave_proclitics_out() {
    let text = "اشترى سيارة بخمسة آلاف ومئتين دينار";
    let ex = Extractor::new();
    let found = ex.numbers(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "خمسة آلاف ومئتين");
    assert_eq!(found[0].value, 5200.0);
    assert_eq!(found[0].span.start, text.find("خمسة").unwrap_or(0));
}

#[test]
fn what_is_not_a_number() {
    // «أحد» alone is «anyone», «الاثنين» is Monday, «ثانية» after a count is a second, «في المائة» is per cent,
    // «صفر» beside a day number is the month, «أثنى» is a verb, digits glued to a word are a code.
    for (text, expected) in [
        ("لم يصب أحد في الحادث", vec![]),
        ("يعقد الاجتماع يوم الاثنين", vec![]),
        ("أثنى الوزير على الجهود", vec![]),
        ("استغرق الأمر ثلاثين ثانية", vec![("ثلاثين", 30.0)]),
        ("ارتفعت الأسعار 12 في المائة", vec![("12", 12.0)]),
        ("توفي في 15 صفر 1436", vec![("15", 15.0), ("1436", 1436.0)]),
        ("رقم الموديل 20X", vec![]),
        (
            "وصل العنوان 192.168.1.2",
            vec![("192", 192.0), ("168", 168.0), ("1", 1.0), ("2", 2.0)],
        ),
        ("أقيم الحفل في 22/4", vec![("22", 22.0), ("4", 4.0)]),
        ("صدر القرار رقم 104/47", vec![("104", 104.0), ("47", 47.0)]),
        (
            "في 17 -5 - 1436",
            vec![("17", 17.0), ("5", 5.0), ("1436", 1436.0)],
        ),
        ("قرأت نص البيان", vec![]),
        ("استقبل الأمير آل ثاني الوفد", vec![]),
        ("وقع الانفجار في تشرين الأول", vec![]),
        ("بدأ الصيام في جمادى الأولى", vec![]),
    ] {
        let found: Vec<(String, f64)> = numbers(text).into_iter().map(|(t, v, _)| (t, v)).collect();
        let expected: Vec<(String, f64)> = expected
            .into_iter()
            .map(|(t, v)| (t.to_string(), v))
            .collect();
        assert_eq!(found, expected, "{text}");
    }
}

#[test]
fn hostile_input_never_panics() {
    let ex = Extractor::new();
    for text in [
        "",
        "-",
        ".",
        "و",
        "99999999999999999999999999999 مليار",
        "1/0",
        "١٬",
        "٫",
        "مليار مليار مليار",
        "\u{200F}ألف\u{064E} و\u{0640}مئة",
        "- - -1 --2 .3. ,4,",
    ] {
        for n in ex.numbers(text) {
            assert_eq!(n.span.as_str(text), Some(n.text.as_str()));
            assert!(n.value.is_finite());
        }
    }
}

#[test]
fn mention_fields_and_json() {
    let ex = Extractor::new();
    let text = "سافر 2 من الوفد والأعضاء الخمسة والعشرون و3 ملايين";
    let found = ex.numbers(text);
    let got: Vec<(&str, bool, bool)> = found
        .iter()
        .map(|n| (n.text.as_str(), n.words, n.definite))
        .collect();
    assert_eq!(
        got,
        [
            ("2", false, false),
            ("الخمسة والعشرون", true, true),
            ("3 ملايين", true, false)
        ]
    );
    assert_eq!(found[1].kind, NumberKind::Ordinal);
    let json = serde_json::to_value(&found[2]).expect("serializable");
    assert_eq!(json["start"], text.find('3').unwrap_or(0));
    assert_eq!(json["kind"], "cardinal");
    assert_eq!(json["value"], 3_000_000.0);
    let back: arabic_timeline::NumberMention = serde_json::from_value(json).expect("round trip");
    assert_eq!(back, found[2]);
}
