//! A `WordCache` shared across documents changes no result, whatever the order of the documents: one of the caller's
//! own, or those the extractor's calls borrow from its pool.

mod common;

use arabic_timeline::{Analysis, Document, Extractor, Reference, WordCache};

fn reference(s: &str) -> Option<Reference> {
    s.parse().ok()
}

/// The sample articles, some sentences of our own, a text of several chunks and one that fills the cache past its
/// bound (so it is emptied between chunks of one document).
fn documents() -> Vec<Document> {
    let samples = common::sample_texts();
    let mut docs: Vec<Document> = samples
        .iter()
        .enumerate()
        .map(|(i, t)| Document {
            id: format!("sample{i}"),
            text: t.clone(),
            reference: reference("2024-03-12"),
        })
        .collect();
    let own = [
        "قصفت الطائرات مواقع المسلحين أمس، وقال الجيش إن الغارات ستستمر حتى نهاية الشهر الجاري.",
        "وقّع الوزيران اتفاقا للتعاون في 3 فبراير 2022 بالعاصمة، على أن يدخل حيز التنفيذ مطلع العام المقبل.",
        "انسحبت القوات من المدينة خلال الأيام الثلاثة الماضية، بعد اشتباكات استمرت أسبوعين.",
        "لا تاريخ هنا ولا حدث.",
        "",
        "اجتمع الرئيس بوفد من الأمم المتحدة يوم الأحد الماضي لبحث وقف إطلاق النار.",
    ];
    for (i, t) in own.iter().enumerate() {
        docs.push(Document {
            id: format!("own{i}"),
            text: (*t).to_string(),
            reference: if i % 2 == 0 {
                reference("2023-10-05")
            } else {
                None
            },
        });
    }
    // Several chunks: the temporal and event passes each number the words of every chunk.
    let long: String = samples.join("\n").repeat(10);
    assert!(long.len() > 70_000);
    docs.push(Document::new("long", long).with_reference("2024-03-12".parse().unwrap()));
    // More distinct spellings than the cache keeps, with dates and events between them.
    let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
    let mut many = String::new();
    let mut k = 0usize;
    'outer: for a in &letters {
        for b in &letters {
            for c in &letters {
                for d in &letters {
                    many.extend([*a, *b, *c, *d, ' ']);
                    k += 1;
                    if k % 500 == 0 {
                        many.extend(samples[k / 500 % samples.len()].chars().take(300));
                        many.push('\n');
                    }
                    if k > 80_000 {
                        break 'outer;
                    }
                }
            }
        }
    }
    docs.push(Document::new("many", many).with_reference("2024-03-12".parse().unwrap()));
    docs
}

fn check(ex: &Extractor) {
    let docs = documents();
    let fresh: Vec<Analysis> = docs
        .iter()
        .map(|d| ex.analyze_with(d, &mut WordCache::new()))
        .collect();
    assert!(fresh.iter().any(|a| !a.temporals.is_empty()));
    assert!(fresh.iter().any(|a| !a.events.is_empty()));
    let mut cache = WordCache::new();
    for (d, want) in docs.iter().zip(&fresh) {
        assert_eq!(&ex.analyze_with(d, &mut cache), want, "{}", d.id);
        assert_eq!(
            ex.temporals_with(&d.text, d.reference, &mut cache),
            want.temporals,
            "{}",
            d.id
        );
    }
    // The last document has more distinct words than the cache keeps: it was emptied on the way.
    assert!(cache.len() < 80_000, "{}", cache.len());
    // The other order, and each document again with the cache full of the others' words.
    let mut cache = WordCache::new();
    for (d, want) in docs.iter().zip(&fresh).rev() {
        assert_eq!(&ex.analyze_with(d, &mut cache), want, "{}", d.id);
    }
    for (d, want) in docs.iter().zip(&fresh) {
        assert_eq!(&ex.analyze_with(d, &mut cache), want, "{}", d.id);
    }
    assert_eq!(ex.analyze_batch(&docs), fresh);
    // The calls without a cache of their own borrow the extractor's, warm from the calls above, in either order, and
    // from a clone (which shares them).
    for (d, want) in docs.iter().zip(&fresh).rev() {
        assert_eq!(&ex.analyze(d), want, "{}", d.id);
        assert_eq!(
            ex.temporals(&d.text, d.reference),
            want.temporals,
            "{}",
            d.id
        );
        assert_eq!(ex.events(&d.text, d.reference), want.events, "{}", d.id);
    }
    let twin = ex.clone();
    for (d, want) in docs.iter().zip(&fresh) {
        assert_eq!(&twin.analyze(d), want, "{}", d.id);
    }
}

#[test]
fn cached_analysis_equals_fresh_in_any_order() {
    check(&Extractor::new());
}

#[test]
fn cached_analysis_equals_fresh_when_inferring_the_reference() {
    check(&Extractor::builder().infer_reference(true).build());
}
