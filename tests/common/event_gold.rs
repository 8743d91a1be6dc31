//! Article-level event quality: the events a careful reader listed for whole articles (`seed_events.jsonl` for the
//! seed articles, `articles/gold.jsonl` for the blind articles) against what the crate finds, with recall, precision
//! and a per-event diff. The format and the matching rules are in `tests/data/README.md`.

use arabic_timeline::{
    Analysis, DateSource, Document, Event, EventKind, Extractor, Modality, Polarity,
};
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::Path;

/// One event a reader listed for an article.
#[derive(Deserialize, Debug, Clone)]
pub struct GoldEvent {
    /// The article's id: the part of its file name before the first «_» («000», «01»).
    pub doc: String,
    pub kind: EventKind,
    /// A TIMEX3 value (`2024-03-12`, `2024-03`, `2024`, `2024-W10`, `2024-03-01/2024-03-05`), "doc" (the text gives
    /// no date: the week before publication), or null (undated: any date is accepted).
    pub date: Option<String>,
    /// One word or phrase of the article that reports the event.
    pub trigger: String,
    /// A longer fragment of the article, found once in it, that holds `trigger`: where the trigger stands when its
    /// words occur more than once.
    #[serde(default)]
    pub at: Option<String>,
    pub modality: Modality,
    #[serde(default)]
    pub polarity: Polarity,
    pub note: String,
}

/// One analyzed article.
pub struct Article {
    /// The part of the file name before the first «_».
    pub id: String,
    pub analysis: Analysis,
    pub text: String,
    /// The set the article belongs to (`"a"` unless its manifest line says otherwise): each set of blind articles is
    /// scored on its own, so a set written later does not move the ratchets of an earlier one.
    pub set: String,
}

#[derive(Deserialize)]
struct ManifestLine {
    file: String,
    published: String,
    #[serde(default)]
    set: Option<String>,
}

/// Reads the gold events of a JSON-lines file.
pub fn read_gold(path: &Path) -> Vec<GoldEvent> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("gold line {l}: {e}")))
        .collect()
}

/// Analyzes every article of `dir`'s `manifest.jsonl` (`{"file", "published"}` a line, optionally `"set"`), the
/// publication date as the reference; sorted by id.
pub fn read_articles(dir: &Path) -> Vec<Article> {
    let manifest = std::fs::read_to_string(dir.join("manifest.jsonl")).expect("manifest");
    let ex = Extractor::new();
    let mut out = Vec::new();
    for line in manifest.lines().filter(|l| !l.trim().is_empty()) {
        let m: ManifestLine = serde_json::from_str(line).expect("manifest line");
        let text = std::fs::read_to_string(dir.join(&m.file)).expect("article text");
        let id = m.file.split('_').next().unwrap_or(&m.file).to_string();
        let doc = Document::new(m.file.trim_end_matches(".txt"), text.clone())
            .with_reference(m.published.parse().expect("published"));
        out.push(Article {
            id,
            analysis: ex.analyze(&doc),
            text,
            set: m.set.unwrap_or_else(|| "a".to_string()),
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// How strictly a gold event is tied to a found one.
#[derive(Clone, Copy, Default)]
pub struct Options {
    /// The gold trigger is a place in the text (its `at`, else its only occurrence), and a found trigger must overlap
    /// it; otherwise the two trigger texts need only contain one another, wherever they stand.
    pub positional: bool,
    /// A found event stands for one gold event only; otherwise several gold events of one kind and date may all be
    /// found through one event.
    pub one_to_one: bool,
}

/// The figures of one comparison and its readable diff.
#[derive(Default)]
pub struct Score {
    pub gold: usize,
    /// Gold events found: an event of the kind family with a compatible date has the kind or the trigger.
    pub hit: usize,
    /// Gold events found when the date is not checked.
    pub hit_any_date: usize,
    /// Gold events found through an event at another place than the gold trigger (positional gold only): another
    /// mention of the event (a headline), or another event of its kind and date that stands in for it.
    pub hit_elsewhere: usize,
    /// Found gold events whose event has the exact kind.
    pub kind_ok: usize,
    pub modality_ok: usize,
    pub polarity_ok: usize,
    /// Found gold events whose event has the exact kind, modality and polarity.
    pub all_ok: usize,
    pub system: usize,
    /// Found events that some gold event of the article has the family and a compatible date of.
    pub system_ok: usize,
    /// The same with the exact kind.
    pub system_kind_ok: usize,
    pub diff: String,
}

fn ratio(a: usize, b: usize) -> f64 {
    a as f64 / b.max(1) as f64
}

impl Score {
    pub fn recall(&self) -> f64 {
        ratio(self.hit, self.gold)
    }

    pub fn precision(&self) -> f64 {
        ratio(self.system_ok, self.system)
    }

    /// The figures on a few lines, then the diff.
    pub fn report(&self, label: &str) -> String {
        let (r, p) = (self.recall(), self.precision());
        let f1 = if r + p > 0.0 {
            2.0 * r * p / (r + p)
        } else {
            0.0
        };
        format!(
            "{label}: recall {}/{} = {r:.3}, precision {}/{} = {p:.3}, F1 {f1:.3}\n  \
             recall with any date {}/{} = {:.3}; found elsewhere than at the gold trigger {}/{}; found with the exact kind {}/{}, modality {}/{}, polarity {}/{}, \
             all three {}/{}\n  precision with the exact kind {}/{} = {:.3}\n{}",
            self.hit,
            self.gold,
            self.system_ok,
            self.system,
            self.hit_any_date,
            self.gold,
            ratio(self.hit_any_date, self.gold),
            self.hit_elsewhere,
            self.hit,
            self.kind_ok,
            self.hit,
            self.modality_ok,
            self.hit,
            self.polarity_ok,
            self.hit,
            self.all_ok,
            self.hit,
            self.system_kind_ok,
            self.system,
            ratio(self.system_kind_ok, self.system),
            self.diff
        )
    }
}

fn day_start(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

/// The interval a gold date allows.
pub fn gold_window(
    value: &str,
    published: NaiveDateTime,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    if value == "doc" {
        return Some((published - Duration::days(7), published + Duration::days(1)));
    }
    let one = |v: &str| -> Option<(NaiveDate, NaiveDate)> {
        // An ISO week: Monday to Sunday.
        if let Some((y, w)) = v.split_once("-W") {
            let start = NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, Weekday::Mon)?;
            return Some((start, start + Duration::days(7)));
        }
        let parts: Vec<i32> = v.split('-').filter_map(|p| p.parse().ok()).collect();
        let (y, m, d) = match parts.as_slice() {
            [y] => (*y, None, None),
            [y, m] => (*y, Some(*m as u32), None),
            [y, m, d] => (*y, Some(*m as u32), Some(*d as u32)),
            _ => return None,
        };
        let start = NaiveDate::from_ymd_opt(y, m.unwrap_or(1), d.unwrap_or(1))?;
        let end = match (m, d) {
            (_, Some(_)) => start + Duration::days(1),
            (Some(12), None) => NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
            (Some(m), None) => NaiveDate::from_ymd_opt(y, m + 1, 1)?,
            (None, None) => NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
        };
        Some((start, end))
    };
    let (s, e) = match value.split_once('/') {
        Some((a, b)) => (one(a)?.0, one(b)?.1),
        None => one(value)?,
    };
    Some((day_start(s), day_start(e)))
}

/// The interval an event's date allows: a date taken from the publication reaches back a week.
pub fn event_window(e: &Event) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let iv = e.date.as_ref()?.interval?;
    let (s, t) = (day_start(iv.start.date()), iv.end);
    if e.date_source == Some(DateSource::Document) {
        Some((s - Duration::days(7), t))
    } else {
        Some((s, t))
    }
}

/// Two windows overlap; a missing one (undated) fits any.
pub fn compatible(
    a: Option<(NaiveDateTime, NaiveDateTime)>,
    b: Option<(NaiveDateTime, NaiveDateTime)>,
) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.0 < b.1 && b.0 < a.1,
        _ => true,
    }
}

/// The letters the engine folds, folded: hamza seats of alif, tāʾ marbūṭa, alif maqṣūra, diacritics, tatweel.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{064B}'..='\u{065F}').contains(c) && *c != 'ـ')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            _ => c,
        })
        .collect()
}

/// Where the gold trigger stands: in its `at` fragment, else at its only occurrence. Panics on gold data that does
/// not say where (a fragment absent or repeated, a trigger repeated with no fragment).
fn locate(g: &GoldEvent, text: &str) -> (usize, usize) {
    let frag = g.at.as_deref().unwrap_or(&g.trigger);
    let mut found = text.match_indices(frag).map(|(i, _)| i);
    let (Some(start), None) = (found.next(), found.next()) else {
        panic!(
            "gold {} «{}»: «{frag}» must occur exactly once in the article (add or lengthen \"at\")",
            g.doc, g.trigger
        );
    };
    let inner = frag
        .find(g.trigger.as_str())
        .unwrap_or_else(|| panic!("gold {}: «{}» is not in «{frag}»", g.doc, g.trigger));
    (start + inner, start + inner + g.trigger.len())
}

/// Up to `n` chars of `text` either side of `start..end`, on one line, the trigger in brackets.
pub fn excerpt(text: &str, start: usize, end: usize, n: usize) -> String {
    let before: String = {
        let v: Vec<char> = text[..start].chars().rev().take(n).collect();
        v.into_iter().rev().collect()
    };
    let after: String = text[end..].chars().take(n).collect();
    format!("…{before}[{}]{after}…", &text[start..end]).replace(['\n', '\r'], " ")
}

fn date_of(e: &Event) -> String {
    let v = e.date.as_ref().map_or("-", |d| d.value.as_str());
    match e.date_source {
        Some(DateSource::Document) => format!("{v} (doc)"),
        Some(DateSource::Anaphoric) => format!("{v} (anaph.)"),
        _ => v.to_string(),
    }
}

/// Counts a found value equal to the gold one in `ok`, else notes the difference in `bad`.
fn tally<T: PartialEq + serde::Serialize + Copy>(
    what: &str,
    found: T,
    want: T,
    ok: &mut usize,
    bad: &mut Vec<String>,
) {
    if found == want {
        *ok += 1;
    } else {
        bad.push(format!(
            "{what} {} (expected {})",
            lower(found),
            lower(want)
        ));
    }
}

fn lower<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Compares the events found in `articles` with the gold events (those whose `doc` is an article's id).
///
/// Recall: a gold event is found when an event of its kind family with a compatible date has its kind or its
/// trigger (the mention with the gold trigger is preferred, else the first of the kind). Precision: a found event is
/// right when some gold event of its article has its family and a compatible date, so several mentions of one event
/// all count. The diff lists each miss (with what the crate made of the trigger, if anything), each found event whose
/// kind, modality or polarity differs from the reader's, and each extra event with its context.
pub fn score(articles: &[Article], gold: &[GoldEvent], opts: Options) -> Score {
    let mut s = Score {
        gold: gold.len(),
        ..Score::default()
    };
    let mut d = String::new();
    for a in articles {
        let published = a.analysis.reference.map(|r| r.0).expect("reference");
        let events = &a.analysis.events;
        let golds: Vec<&GoldEvent> = gold.iter().filter(|g| g.doc == a.id).collect();
        let gw: Vec<_> = golds
            .iter()
            .map(|g| g.date.as_deref().and_then(|v| gold_window(v, published)))
            .collect();
        let places: Vec<Option<(usize, usize)>> = golds
            .iter()
            .map(|g| opts.positional.then(|| locate(g, &a.text)))
            .collect();
        let overlap = |i: usize, e: &Event| match places[i] {
            Some((gs, ge)) => e.trigger.span.start < ge && gs < e.trigger.span.end,
            None => {
                let (t, et) = (fold(&golds[i].trigger), fold(&e.trigger.text));
                et.contains(&t) || t.contains(&et)
            }
        };
        let candidate = |i: usize, e: &Event, dated: bool| {
            e.kind.family() == golds[i].kind.family()
                && (!dated || compatible(gw[i], event_window(e)))
                && (e.kind == golds[i].kind || overlap(i, e))
        };
        // Two passes when a found event may stand for one gold event only: gold events whose trigger was found
        // take it first, then the others take what is left of their kind.
        let mut chosen: Vec<Option<usize>> = vec![None; golds.len()];
        let mut used = vec![false; events.len()];
        for pass in 0..2 {
            for (i, slot) in chosen.iter_mut().enumerate() {
                if slot.is_some() {
                    continue;
                }
                let free =
                    |j: &usize| !(opts.one_to_one && used[*j]) && candidate(i, &events[*j], true);
                let by_trigger = (0..events.len())
                    .filter(free)
                    .find(|&j| overlap(i, &events[j]));
                let pick = match (pass, by_trigger) {
                    (_, Some(j)) => Some(j),
                    (0, None) if opts.one_to_one => None,
                    _ => (0..events.len()).find(free),
                };
                if let Some(j) = pick {
                    *slot = Some(j);
                    used[j] = true;
                }
            }
        }
        for (i, g) in golds.iter().enumerate() {
            let date = g.date.as_deref().unwrap_or("undated");
            let head = format!(
                "{} {:<12} {:<22} «{}»",
                a.id,
                g.kind.as_str(),
                date,
                g.trigger
            );
            if events.iter().any(|e| candidate(i, e, false)) {
                s.hit_any_date += 1;
            }
            let Some(j) = chosen[i] else {
                // What the crate made of the trigger, if anything.
                let at: Vec<String> = events
                    .iter()
                    .filter(|e| overlap(i, e))
                    .map(|e| format!("{} {} «{}»", e.kind.as_str(), date_of(e), e.trigger.text))
                    .collect();
                let (tag, found) = if at.is_empty() {
                    ("missed", String::new())
                } else if events
                    .iter()
                    .any(|e| overlap(i, e) && e.kind.family() == g.kind.family())
                {
                    ("date", format!(" (found {})", at.join("; ")))
                } else {
                    ("kind", format!(" (found {})", at.join("; ")))
                };
                let _ = writeln!(d, "  {tag:<8} {head}{found} — {}", g.note);
                continue;
            };
            let e = &events[j];
            s.hit += 1;
            let mut bad = Vec::new();
            if e.kind == g.kind {
                s.kind_ok += 1;
            } else {
                bad.push(format!("kind {}", e.kind.as_str()));
            }
            tally(
                "modality",
                e.modality,
                g.modality,
                &mut s.modality_ok,
                &mut bad,
            );
            tally(
                "polarity",
                e.polarity,
                g.polarity,
                &mut s.polarity_ok,
                &mut bad,
            );
            if opts.positional && !overlap(i, e) {
                s.hit_elsewhere += 1;
                let _ = writeln!(
                    d,
                    "  elsewh.  {head} found as {} {} {}",
                    e.kind.as_str(),
                    date_of(e),
                    excerpt(&a.text, e.trigger.span.start, e.trigger.span.end, 25)
                );
            }
            if bad.is_empty() {
                s.all_ok += 1;
            } else {
                let _ = writeln!(
                    d,
                    "  {:<8} {head} found «{}» {}: {}",
                    if e.kind != g.kind { "kind~" } else { "field" },
                    e.trigger.text,
                    date_of(e),
                    bad.join(", ")
                );
            }
        }
        for e in events {
            s.system += 1;
            let family_ok = golds.iter().zip(&gw).any(|(g, w)| {
                g.kind.family() == e.kind.family() && compatible(*w, event_window(e))
            });
            if golds
                .iter()
                .zip(&gw)
                .any(|(g, w)| g.kind == e.kind && compatible(*w, event_window(e)))
            {
                s.system_kind_ok += 1;
            }
            if family_ok {
                s.system_ok += 1;
            } else {
                let _ = writeln!(
                    d,
                    "  extra    {} {:<12} {:<22} «{}» {} {}",
                    a.id,
                    e.kind.as_str(),
                    date_of(e),
                    e.trigger.text,
                    [lower(e.polarity), lower(e.modality)].join("/"),
                    excerpt(&a.text, e.trigger.span.start, e.trigger.span.end, 30)
                );
            }
        }
    }
    s.diff = d;
    s
}
