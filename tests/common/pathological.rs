//! The pathological inputs: megabytes of what news never holds. `tests/hostile.rs` checks that extraction holds on
//! them, and `benches/hostile.rs` measures its cost per byte against real news text (bound: 20 times; the bench fails
//! above it).

/// The pathological inputs for temporal extraction, by name.
pub fn pathological() -> Vec<(&'static str, String)> {
    vec![
        (
            "«في 5 يناير 2020 و» x 60,000",
            "في 5 يناير 2020 و".repeat(60_000),
        ),
        ("a million-digit number", "9".repeat(1_000_000)),
        ("100,000 Arabic-Indic digits", "٣".repeat(100_000)),
        ("«قبل » x 300,000", "قبل ".repeat(300_000)),
        ("a 2-million-letter word", "ب".repeat(2_000_000)),
        (
            "2 MB of punctuation",
            ".,;:!؟،-/()«»\"'".repeat(2_000_000 / 19),
        ),
        ("1 MB of digit-dash runs", "7-8-".repeat(250_000)),
        (
            "bidi and zero-width marks",
            "\u{200F}\u{200D}\u{2066}".repeat(30_000),
        ),
        ("100,000 newlines", "\n".repeat(100_000)),
        (
            "a chain of clock-time ranges x 20,000",
            "الساعة 6 صباح الجمعة حتى ".repeat(20_000),
        ),
    ]
}

/// The pathological inputs for event detection: megabytes of one report, each of whose sentences looks back at the
/// events told before it (a time counted from an event, a definite noun naming the last event of its kind).
pub fn event_inputs() -> Vec<(&'static str, String)> {
    vec![
        (
            "a release counted from an abduction x 32,000",
            "اختطف مسلحون صحفيا. وأفرج الخاطفون عن الرهينة بعد ثلاثة أيام من اختطافه. "
                .repeat(32_000),
        ),
        (
            "an attack named again x 40,000",
            "وقع الهجوم أمس. وتبنى التنظيم الهجوم ونفذ الهجوم. ".repeat(40_000),
        ),
    ]
}

/// The pathological inputs for the number reader: the ones above and long compounds of number words.
pub fn number_inputs() -> Vec<(&'static str, String)> {
    let mut inputs = pathological();
    inputs.push((
        "«ألف ومائة وواحد و» x 100,000",
        "ألف ومائة وواحد و".repeat(100_000),
    ));
    inputs.push(("«1,000,» x 200,000", "1,000,".repeat(200_000)));
    inputs.push(("«مليار مليون» x 100,000", "مليار مليون ".repeat(100_000)));
    inputs
}
