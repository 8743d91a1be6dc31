//! Random texts built from the words that polarity, speaker and dating rules read (negation and how far it reaches,
//! carriers and verbs of outcome, refusal and foiling, a turn to another matter, what a speaker says after «أن» or a
//! quoted name, «منذ … حتى اليوم», Hijri months, quoted names of the press, Maghrebi and Levantine words): no panic,
//! every span on char boundaries and matching its text, one result per document whatever cache it is read with and
//! whatever order documents come in, and a timeline independent of that order. `CUE_WORDS_CASES` sets the number of
//! texts (300 when unset), `CUE_WORDS_SEED` the generator's seed.

mod invariants;

use arabic_timeline::{Analysis, Document, Extractor, Reference, WordCache};

const WORDS: &[&str] = &[
    "لم",
    "لن",
    "لا",
    "ولم",
    "عدم",
    "رفض",
    "رفضت",
    "أحبط",
    "أحبطت",
    "إحباط",
    "نفى",
    "أي",
    "لأي",
    "قال",
    "قالت",
    "أعلن",
    "أكد",
    "إن",
    "أن",
    "أنه",
    "وأنها",
    "إجراء",
    "بإجراء",
    "محاولة",
    "محاولةً",
    "مخططا",
    "يقم",
    "بالانسحاب",
    "يسفر",
    "تسفر",
    "يؤد",
    "عن",
    "إلى",
    "في",
    "قتلى",
    "الهجوم",
    "هجوم",
    "هجوماً",
    "الانتخابات",
    "انتخابات",
    "اغتيال",
    "لاغتيال",
    "الاتفاق",
    "اتفاق",
    "توقيع",
    "التوصل",
    "هذا",
    "بهذا",
    "هذه",
    "الجيش",
    "قوات",
    "الأمن",
    "الأردنية",
    "المحكمة",
    "نتائج",
    "ألغت",
    "وفي",
    "سياق",
    "آخر",
    "ومن",
    "جهة",
    "أخرى",
    "صعيد",
    "منذ",
    "حتى",
    "اليوم",
    "الغد",
    "الآن",
    "صحيفة",
    "قناة",
    "حزب",
    "بحسب",
    "رصدت",
    "رمضان",
    "شوال",
    "محرم",
    "ذي",
    "الحجة",
    "هجري",
    "هـ",
    "1445",
    "2023",
    "15",
    "٣",
    "من",
    "الأسبوع",
    "الأول",
    "الثاني",
    "كل",
    "عام",
    "وأنتم",
    "بخير",
    "المبارك",
    "مبارح",
    "أول",
    "قبل",
    "إلى",
    "غاية",
    "لغاية",
    "ماي",
    "أوت",
    "منه",
    "20",
    "طوال",
    "شهر",
    "الظهر",
    "الموالي",
    "الموالية",
    "يوافق",
    "الأحد",
    "الجمعة",
    "أيام",
    "الساعة",
    "10",
    "صباحا",
    "مساء",
    "التروية",
    "الجولة",
    "المقبلة",
    "الحوار",
    "قصف",
    "قصفت",
    "غارة",
    "الغارات",
    "اعتقال",
    "اعتقلت",
    "الشرطة",
    "مصادر",
    "محلية",
    "الدعم",
    "السريع",
    "والعراق",
    "إيران",
    "لإيران",
    "بغداد",
    "ببغداد",
    "المتحدث",
    "باسم",
    "و",
    "أو",
    "ولا",
    "عملية",
    "بين",
    "عامين",
    "ساعتين",
    "وثلاث",
    "وأربع",
    "و4",
    "سنتين",
    "دينار",
    "يوم",
    "الأخير",
    "عند",
    "صباح",
    "الثامنة",
    "طيلة",
    "أواخر",
    "مطلع",
    "صفر",
    "جوان",
    "عاشوراء",
    "عامي",
    "1440",
    "و1443هـ",
    "فجر",
    "غرة",
    "الليلة",
    "اللي",
    "فات",
    "جاي",
    "عمليات",
    "وقوع",
    "شن",
    "الإعلامي",
    "قمة",
    "القمة",
    "انسحاب",
    "الماضي",
    "المقبل",
    "أمس",
];
const MARKS: &[&str] = &[
    " ", " ", " ", " ", " ", "، ", ". ", ": ", " \"", "\" ", " «", "» ", "\n", "؟ ", " - ", "ـ",
    "\u{200f}", "\u{64b}", "\u{651}", " (", ") ",
];

/// A small deterministic generator (xorshift), so that a failure replays.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn text(rng: &mut Rng) -> String {
    let n = 1 + rng.next() % 60;
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(rng.pick(WORDS));
        s.push_str(rng.pick(MARKS));
    }
    s
}

fn check_events(text: &str, a: &Analysis) {
    invariants::check(text, &a.temporals);
    for e in &a.events {
        assert_eq!(
            text.get(e.trigger.span.range()),
            Some(e.trigger.text.as_str()),
            "trigger {e:?}"
        );
        assert!(text.get(e.sentence.range()).is_some(), "sentence {e:?}");
    }
}

#[test]
fn random_texts_of_cue_words() {
    let ex = Extractor::new();
    let cases: usize = std::env::var("CUE_WORDS_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let seed: u64 = std::env::var("CUE_WORDS_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x9e37_79b9_7f4a_7c15);
    // Xorshift never leaves zero.
    let mut rng = Rng(seed.max(1));
    let mut docs = Vec::new();
    for k in 0..cases {
        let reference: Option<Reference> = if k % 3 == 0 {
            None
        } else {
            "2024-03-12".parse().ok()
        };
        let t = text(&mut rng);
        let mut d = Document::new(format!("d{k}"), t);
        d.reference = reference;
        docs.push(d);
    }
    let fresh: Vec<Analysis> = docs.iter().map(|d| ex.analyze(d)).collect();
    for (d, a) in docs.iter().zip(&fresh) {
        check_events(&d.text, a);
    }
    // One cache for all, forwards and then backwards.
    let mut cache = WordCache::new();
    for (d, want) in docs.iter().zip(&fresh) {
        assert_eq!(&ex.analyze_with(d, &mut cache), want, "{:?}", d.text);
    }
    let mut cache = WordCache::new();
    for (d, want) in docs.iter().zip(&fresh).rev() {
        assert_eq!(&ex.analyze_with(d, &mut cache), want, "{:?}", d.text);
    }
    // The extractor's pool lends each thread the cache it gave back: from several threads at once, in other orders.
    std::thread::scope(|s| {
        for t in 0..3usize {
            let (ex, docs, fresh) = (&ex, &docs, &fresh);
            s.spawn(move || {
                for k in 0..docs.len() {
                    let k = (k * (2 * t + 1) + t) % docs.len();
                    assert_eq!(&ex.analyze(&docs[k]), &fresh[k], "{:?}", docs[k].text);
                }
            });
        }
    });
    // Statements merge through the speaker of both, whatever the order the documents come in.
    for (k, (d, a)) in docs.chunks(40).zip(fresh.chunks(40)).enumerate() {
        invariants::check_timeline(d, a, k as u64 + 1);
    }
}
