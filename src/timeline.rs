//! The merged timeline: events from many documents, sorted by date, with mentions of one real event merged.
//!
//! ```
//! use arabic_timeline::{Document, Extractor, EventKind, Timeline};
//!
//! let ex = Extractor::new();
//! let a = ex.analyze(&Document::new("a", "وقّع الطرفان اتفاقاً في 26 يوليو 2021 بين بغداد وواشنطن.")
//!     .with_reference("2021-07-29".parse()?));
//! let b = ex.analyze(&Document::new("b", "أنهت الولايات المتحدة مهمة قواتها في العراق منذ يوليو 2021.")
//!     .with_reference("2023-08-10".parse()?));
//! let t = Timeline::from_analyses([&a, &b]);
//! let merged = t.entries().iter().find(|e| e.kinds.contains(&EventKind::Agreement)).unwrap();
//! assert_eq!(merged.sources, ["a", "b"]);
//! assert_eq!(merged.date.as_ref().map(|d| d.value.as_str()), Some("2021-07-26"));
//! # Ok::<(), arabic_timeline::Error>(())
//! ```
//!
//! ## Merging
//! Two mentions are one event when their kinds are in the same [`Family`] (an agreement ending a mission, the mission
//! change and the withdrawal are one story), their dates are compatible (one interval overlaps the other: `2020`
//! contains `2020-01-03`; a mention dated only by its document's publication date may lie up to a week before it), and
//! they share participants with the entry's founding (best-dated) mention (see [`Event::participant_keys`]): a named
//! person, group, organisation or base weighs three times a country (an office of no known country weighs like a
//! country), one shared country alone is not enough, statements need a named speaker or body in common, the speaker
//! (agent) of both (a party named in what is said is no speaker: two sources speaking of one party say two things; a
//! speaker the gazetteer does not know, named after a title on one side, is named on the other by the surname alone
//! right after the verb, «أعلن كنعاني», when the sentence texts are kept), and
//! two different named places keep events apart (a city and its own country do not differ, nor a region and a
//! city or base of its country: «مدينة صور» lies in «جنوب لبنان»; nor, across papers, a place the other mention
//! names too: «في قضاء الحويجة جنوب غرب كركوك» and «في الحويجة»). A person whose offices the gazetteer knows
//! (`people.tsv`) is also that office of their country when the other side names the office («البوسعيدي» is
//! `foreign_minister:oman`, as «وزير الخارجية العماني» is keyed), not when it names another holder of it. A person one mention
//! names with a title («العالم النووي الإيراني محسن فخري زاده») is shared with a mention whose sentence writes the last
//! two words of the name untitled («باغتيال محسن فخري زاده») within a few words of its trigger, when the timeline has
//! the sentence texts ([`Timeline::from_documents`], [`Mention::new`]), the mentions do not lie in different countries,
//! and they are no statements. Mentions of the same kind other than statements, meetings and visits also merge on the
//! same single day in places that do not differ, and, when one side names no participant, on the very same month or day
//! value or within one document; never when they lie in different countries and share no participant. Two elections
//! dated by their texts, with overlapping dates and no conflicting type, need only their country in common. An office
//! a country has one holder of, written without a country in a mention whose acting participants and place lie in one
//! country («أقال الرئيس الجزائري … وزير الطاقة»), is that country's; never the country of a participant acted on
//! («استقبل وزير الدفاع السفيرة الأمريكية»). Mentions of one kind that people define (meetings, visits, arrests,
//! killings, appointments …) whose acting people differ, neither naming the other's nor an office of the other's
//! person's country («التقى بلينكن الرئيس المصري», «استقبل السيسي وزير الخارجية الأمريكي»), are two events; so are
//! two arrests, abductions or killings whose people acted on differ («اعتقال الصحفي محمد عادل», «اعتقال الناشطة سناء
//! يوسف»). With
//! sentence texts, the words around the triggers (`data/timeline/marks.tsv`, see `Marks`) keep apart different rounds
//! («الجولة الأولى», «الجولة الحادية عشرة»; read in the event's own phrase, not after «بعد», «قبل», «على أن») and
//! election types (read right after «الانتخابات»; an election of a union or a primary is not one of no written type),
//! keep a phone call apart from a meeting in person (read in the whole sentence: «اتصالاً هاتفياً» against «استقبل»,
//! «قصر»; a sentence with words of both says neither), and count one round named alike as a shared participant when the two name no different countries or already share
//! one; a person of the gazetteer is also found
//! in a sentence that writes the name in a form the gazetteer does not know («عبد الحميد دبيبة»). Comparing with
//! the founder only keeps an entry from snowballing through the participants of its members. Among compatible entries a
//! mention joins the one it shares the most with. Mentions are bucketed by family and sorted by date precision, and
//! each one is compared only with entries whose dates overlap its own (at most [`MAX_CANDIDATES`] of them), so building
//! costs O(n log n) for n mentions. Inputs are sorted by a total key first, so the result does not depend on the order
//! in which documents were added.

use crate::event::lexicon::EVENT_LEXICON;
use crate::event::{
    Actor, DateSource, EntityType, Event, EventDate, EventKind, Family, Modality, Place, Polarity,
    Role, Trigger,
};
use crate::extractor::{Analysis, Reference};
use crate::normalize;
use crate::span::Span;
use crate::temporal::Grain;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, HashMap};

/// How many overlapping entries a mention is compared with at most, nearest first: keeps merging O(n log n) even
/// when thousands of mentions share one coarse date.
pub const MAX_CANDIDATES: usize = 64;

/// How many date conflicts an entry lists at most.
const MAX_CONFLICTS: usize = 8;

/// How many days before its publication date an event dated only by the document may have happened.
pub const DOCUMENT_WINDOW_DAYS: i64 = 7;

/// One mention of an event in one document: the provenance of a timeline entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The document's identifier.
    pub doc: String,
    /// The document's reference date, if any.
    pub reference: Option<Reference>,
    /// The kind this mention reports.
    pub kind: EventKind,
    /// The trigger words and their span in the document.
    pub trigger: Trigger,
    /// The sentence's span in the document.
    pub sentence: Span,
    /// The sentence's text.
    pub sentence_text: String,
    /// The date this mention gives.
    pub date: Option<EventDate>,
    /// Where that date came from.
    pub date_source: Option<DateSource>,
    /// Asserted or negated.
    pub polarity: Polarity,
    /// Actual, planned or hypothetical.
    pub modality: Modality,
    /// Participants named with this mention.
    pub actors: Vec<Actor>,
    /// Place named with this mention.
    pub place: Option<Place>,
}

impl Mention {
    /// A mention of `event` in the document `doc` with text `text` (for the sentence).
    pub fn new(doc: &str, reference: Option<Reference>, event: &Event, text: &str) -> Mention {
        Mention {
            doc: doc.to_string(),
            reference,
            kind: event.kind,
            trigger: event.trigger.clone(),
            sentence: event.sentence,
            sentence_text: event.sentence.as_str(text).unwrap_or("").trim().to_string(),
            date: event.date.clone(),
            date_source: event.date_source,
            polarity: event.polarity,
            modality: event.modality,
            actors: event.actors.clone(),
            place: event.place.clone(),
        }
    }

    /// Participant keys with a weight: a named person, group, organisation, city or base is strong evidence that two
    /// mentions report one event (3), a place 2, a country (named, or the country of a participant) only 1, and so is
    /// an office of no known country («رئيس الوزراء» alone: which one?).
    fn weighted_keys(&self) -> Vec<(Cow<'static, str>, u32)> {
        let mut keys: Vec<(Cow<'static, str>, u32)> = Vec::new();
        // The one country the mention's acting participants and place are in, if there is one: an office of no known
        // country is that country's («أقال الرئيس الجزائري … وزير الطاقة» is Algeria's minister, as «وزير الطاقة
        // الجزائري» says; see [`Mention::home_countries`]).
        let countries = OnceCell::new();
        for a in &self.actors {
            let generic_office = a.entity == EntityType::Office && a.country.is_none();
            if generic_office && MARK_WORDS.offices.iter().any(|o| o == a.key.as_ref()) {
                if let [c] = countries.get_or_init(|| self.home_countries()).as_slice() {
                    // Keyed as the detector keys an office with its country.
                    keys.push((Cow::Owned([a.key.as_ref(), ":", c.as_ref()].concat()), 3));
                    keys.push((c.clone(), 1));
                    // Still shared, weakly, with a mention that writes the office alone.
                    keys.push((a.key.clone(), 1));
                    continue;
                }
            }
            let w = if a.entity == EntityType::Country || generic_office {
                1
            } else {
                3
            };
            keys.push((a.key.clone(), w));
            // Everyone brings their country, weakly: «بايدن» and «واشنطن» both speak for `usa`.
            if let Some(c) = &a.country {
                keys.push((c.clone(), 1));
            }
        }
        if let Some(p) = &self.place {
            keys.push((
                p.key.clone(),
                if p.entity == EntityType::Country {
                    1
                } else {
                    2
                },
            ));
            if let Some(c) = &p.country {
                keys.push((c.clone(), 1));
            }
        }
        // One weight per key: the highest.
        keys.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(&a.1)));
        keys.dedup_by(|a, b| a.0 == b.0);
        keys
    }

    /// The countries the mention names or places its participants and place in, sorted, without repeats.
    fn countries(&self) -> Vec<Cow<'static, str>> {
        self.countries_of(|_| true)
    }

    /// The countries an office named without a country may belong to: those of the participants the sentence shows
    /// acting and of the place, sorted, without repeats. Not those of a participant acted on: a minister who receives
    /// an ambassador or envoy is not of the guest's country («استقبل وزير الدفاع السفيرة الأمريكية»).
    fn home_countries(&self) -> Vec<Cow<'static, str>> {
        self.countries_of(|a| a.role == Some(Role::Agent))
    }

    /// The countries the participants `keep` takes and the place name or lie in, sorted, without repeats.
    fn countries_of(&self, keep: impl Fn(&Actor) -> bool) -> Vec<Cow<'static, str>> {
        let mut out: Vec<Cow<'static, str>> = Vec::new();
        for a in self.actors.iter().filter(|a| keep(a)) {
            if a.entity == EntityType::Country {
                out.push(a.key.clone());
            }
            out.extend(a.country.iter().cloned());
        }
        if let Some(p) = &self.place {
            if p.entity == EntityType::Country {
                out.push(p.key.clone());
            }
            out.extend(p.country.iter().cloned());
        }
        out.sort();
        out.dedup();
        out
    }

    /// Keys of the participants the sentence shows acting.
    fn agent_keys(&self) -> Vec<String> {
        self.actors
            .iter()
            .filter(|a| a.role == Some(Role::Agent))
            .map(|a| a.key.to_string())
            .collect()
    }

    /// The offices of the people of known office it names, each with their country, keyed as the detector keys an
    /// office with its country (`foreign_minister:oman` for «بدر البوسعيدي»), and whether that person acts; sorted.
    fn role_keys(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for a in self
            .actors
            .iter()
            .filter(|a| a.entity == EntityType::Person)
        {
            let Some(c) = &a.country else { continue };
            for o in EVENT_LEXICON.offices_held(&a.key, self.days()) {
                out.push(([o, ":", c.as_ref()].concat(), a.role == Some(Role::Agent)));
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The days this mention's date allows (see [`Mention::window`]), for the terms of offices.
    fn days(&self) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        self.window().map(|(a, b)| (a.date(), b.date()))
    }

    /// The time this mention's date allows: its interval, or for a document date the week before publication.
    fn window(&self) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let d = self.date.as_ref()?;
        let iv = d.interval?;
        // Whole days: a clock time and a part of the same day are compatible.
        let start = iv.start.date().and_time(chrono::NaiveTime::MIN);
        let mut end = iv.end.date().and_time(chrono::NaiveTime::MIN);
        if end < iv.end || end <= start {
            end = end.checked_add_signed(Duration::days(1)).unwrap_or(end);
        }
        if self.date_source == Some(DateSource::Document) {
            let back = Duration::days(DOCUMENT_WINDOW_DAYS);
            Some((start.checked_sub_signed(back).unwrap_or(start), end))
        } else {
            Some((start, end))
        }
    }

    /// Rank of the date's quality: a date from the text (explicit or anaphoric) beats the document date, which
    /// beats none.
    fn date_rank(&self) -> u8 {
        match (self.date_source, &self.date) {
            (_, None) => 3,
            (Some(DateSource::Document), _) => 2,
            _ => 0,
        }
    }
}

/// A participant of a timeline entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Normalized key.
    pub key: String,
    /// The name as first written.
    pub name: String,
    /// How many mentions name it.
    pub mentions: usize,
}

/// One event on the timeline, merged from one or more mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The kind most mentions report (ties: the best-dated mention's kind).
    pub kind: EventKind,
    /// Every kind the mentions report, sorted.
    pub kinds: Vec<EventKind>,
    /// The most precise date of the mentions (a date from the text beats the document date).
    pub date: Option<EventDate>,
    /// Where that date came from.
    pub date_source: Option<DateSource>,
    /// Polarity of the best-dated mention.
    pub polarity: Polarity,
    /// `Actual` when a mention that asserts the event reports it as having happened (a summit announced and later
    /// held is one held summit, the plan kept in `conflicts`), else the best-dated mention's modality.
    pub modality: Modality,
    /// Document ids of the mentions, sorted, without repeats.
    pub sources: Vec<String>,
    /// Participants, most mentioned first.
    pub actors: Vec<Participant>,
    /// The place most mentions name.
    pub place: Option<Place>,
    /// A one-line summary: the trigger of the best mention of the entry's kind, the main participants, the place.
    pub summary: String,
    /// Disagreements between mentions that were merged anyway (polarity, modality, dates that overlap without one
    /// containing the other).
    pub conflicts: Vec<String>,
    /// Every mention, as provenance, best-dated first.
    pub mentions: Vec<Mention>,
}

impl Entry {
    fn from_mentions(mut mentions: Vec<Mention>) -> Option<Entry> {
        mentions.sort_by(mention_quality);
        let best = mentions.first()?.clone();
        let mut kinds: Vec<EventKind> = mentions.iter().map(|m| m.kind).collect();
        kinds.sort();
        kinds.dedup();
        let mut sources: Vec<String> = mentions.iter().map(|m| m.doc.clone()).collect();
        sources.sort();
        sources.dedup();
        let mut by_key: BTreeMap<String, Participant> = BTreeMap::new();
        for a in mentions.iter().flat_map(|m| m.actors.iter()) {
            by_key
                .entry(a.key.to_string())
                .or_insert_with(|| Participant {
                    key: a.key.to_string(),
                    name: a.name.clone(),
                    mentions: 0,
                })
                .mentions += 1;
        }
        let mut actors: Vec<Participant> = by_key.into_values().collect();
        actors.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.key.cmp(&b.key)));
        let mut places: BTreeMap<&str, (usize, &Place)> = BTreeMap::new();
        for p in mentions.iter().filter_map(|m| m.place.as_ref()) {
            places.entry(p.key.as_ref()).or_insert((0, p)).0 += 1;
        }
        let place = places
            .values()
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.key.cmp(&a.1.key)))
            .map(|(_, p)| (*p).clone());
        let mut conflicts = Vec::new();
        let pol: Vec<Polarity> = mentions.iter().map(|m| m.polarity).collect();
        if pol.contains(&Polarity::Positive) && pol.contains(&Polarity::Negative) {
            conflicts.push("polarity: some mentions assert it, some deny it".to_string());
        }
        let mut mods: Vec<&'static str> = mentions
            .iter()
            .map(|m| match m.modality {
                Modality::Actual => "actual",
                Modality::Planned => "planned",
                Modality::Hypothetical => "hypothetical",
            })
            .collect();
        mods.sort_unstable();
        mods.dedup();
        if mods.len() > 1 {
            conflicts.push(format!("modality: {}", mods.join(" vs ")));
        }
        // Text dates that overlap without one containing the other.
        let text_dates: Vec<(&str, (NaiveDateTime, NaiveDateTime))> = mentions
            .iter()
            .filter(|m| m.date_rank() <= 1)
            .filter_map(|m| Some((m.date.as_ref()?.value.as_str(), m.window()?)))
            .collect();
        if let Some((bv, bw)) = text_dates.first() {
            for (v, w) in text_dates.iter().skip(1) {
                let contains = |a: (NaiveDateTime, NaiveDateTime),
                                b: (NaiveDateTime, NaiveDateTime)| {
                    a.0 <= b.0 && b.1 <= a.1
                };
                if !contains(*w, *bw) && !contains(*bw, *w) {
                    let c = format!("date: {bv} vs {v}");
                    // A few examples say enough; the list stays short however many mentions disagree.
                    if conflicts.len() < MAX_CONFLICTS && !conflicts.contains(&c) {
                        conflicts.push(c);
                    }
                }
            }
        }
        // The kind most mentions report; ties go to the best-dated mention's kind.
        let mut counts: BTreeMap<EventKind, usize> = BTreeMap::new();
        for m in &mentions {
            *counts.entry(m.kind).or_insert(0) += 1;
        }
        let top = counts.values().copied().max().unwrap_or(0);
        let kind = if counts.get(&best.kind) == Some(&top) {
            best.kind
        } else {
            counts
                .iter()
                .find(|(_, &c)| c == top)
                .map_or(best.kind, |(k, _)| *k)
        };
        let shown = mentions.iter().find(|m| m.kind == kind).unwrap_or(&best);
        let mut summary = format!("«{}»", shown.trigger.text.trim());
        let names: Vec<&str> = actors.iter().take(3).map(|a| a.name.as_str()).collect();
        if !names.is_empty() {
            summary.push(' ');
            summary.push_str(&names.join("، "));
        }
        if let Some(p) = &place {
            summary.push_str(" — ");
            summary.push_str(&p.name);
        }
        let happened = mentions
            .iter()
            .any(|m| m.modality == Modality::Actual && m.polarity == Polarity::Positive);
        Some(Entry {
            kind,
            kinds,
            date: best.date.clone(),
            date_source: best.date_source,
            polarity: best.polarity,
            modality: if happened {
                Modality::Actual
            } else {
                best.modality
            },
            sources,
            actors,
            place,
            summary,
            conflicts,
            mentions,
        })
    }

    /// The entry's position in time: its date's interval, if it has one.
    pub fn interval(&self) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let iv = self.date.as_ref()?.interval?;
        Some((iv.start, iv.end))
    }

    /// True when a participant or the place has this normalized key or country.
    pub fn involves(&self, key: &str) -> bool {
        self.actors.iter().any(|a| a.key == key)
            || self
                .mentions
                .iter()
                .flat_map(|m| m.actors.iter())
                .any(|a| a.country.as_deref() == Some(key))
            || self
                .place
                .as_ref()
                .is_some_and(|p| p.key == key || p.country.as_deref() == Some(key))
    }
}

/// Best mention first: a date from the text, finer grain, shorter interval, then document and position.
fn mention_quality(a: &Mention, b: &Mention) -> Ordering {
    QualityKey::of(a)
        .cmp(&QualityKey::of(b))
        .then_with(|| total_mention_order(a, b))
}

/// The part of [`mention_quality`] computed from one mention alone (date rank, grain, window length), so that a sort
/// computes it once per mention rather than twice per comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct QualityKey {
    rank: u8,
    grain: Grain,
    len: Option<Duration>,
}

impl QualityKey {
    fn of(m: &Mention) -> QualityKey {
        QualityKey {
            rank: m.date_rank(),
            grain: m.date.as_ref().map_or(Grain::Century, |d| d.grain),
            len: m.window().map(|(s, e)| e - s),
        }
    }
}

/// The permutation that sorts `items` stably by `cmp`, applied by moving each item once: sorting the items themselves
/// moved every large struct O(log n) times, the largest cost of a merge of 100,000 mentions.
fn sort_moving_once<T>(items: Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&i, &j| match (items.get(i), items.get(j)) {
        (Some(a), Some(b)) => cmp(a, b),
        _ => i.cmp(&j),
    });
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// A total order on mentions, independent of insertion order.
fn total_mention_order(a: &Mention, b: &Mention) -> Ordering {
    a.doc
        .cmp(&b.doc)
        .then_with(|| a.trigger.span.cmp(&b.trigger.span))
        .then_with(|| a.kind.cmp(&b.kind))
        .then_with(|| a.trigger.text.cmp(&b.trigger.text))
        // Two documents may share an id: then everything else decides, so no tie is left to insertion order. The
        // sentence text comes last, so that a timeline built with texts groups exactly as one built without.
        .then_with(|| {
            if a == b {
                return Ordering::Equal;
            }
            let key = |m: &Mention| {
                format!(
                    "{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}",
                    m.reference,
                    m.sentence,
                    m.date,
                    m.date_source,
                    m.polarity,
                    m.modality,
                    m.actors,
                    m.place
                )
            };
            key(a)
                .cmp(&key(b))
                .then_with(|| a.sentence_text.cmp(&b.sentence_text))
        })
}

/// The sort key of an entry: dated entries by interval start (a container before what it contains, so `2021-07`
/// sorts just before `2021-07-01` and well before `2021-07-26`), then undated ones by value; ties by kind and first
/// mention.
fn entry_order(a: &Entry, b: &Entry) -> Ordering {
    let key = |e: &Entry| match e.interval() {
        Some((s, t)) => (0u8, Some(s), Some(Reverse(t))),
        None => (1u8, None, None),
    };
    key(a)
        .cmp(&key(b))
        .then_with(|| date_value(a).cmp(&date_value(b)))
        .then_with(|| a.kind.cmp(&b.kind))
        .then_with(|| match (a.mentions.first(), b.mentions.first()) {
            (Some(x), Some(y)) => total_mention_order(x, y),
            _ => Ordering::Equal,
        })
}

/// The entry's date value, if any (compared without copying it).
fn date_value(e: &Entry) -> Option<&str> {
    e.date.as_ref().map(|d| d.value.as_str())
}

/// Which entries [`Timeline::select`] keeps. Every condition set must hold.
///
/// ```
/// use arabic_timeline::{EventKind, Filter};
/// let f = Filter::new()
///     .from("2021-01-01".parse()?)
///     .to("2021-12-31".parse()?)
///     .kind(EventKind::Agreement)
///     .participant("usa");
/// # Ok::<(), chrono::ParseError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    kinds: Vec<EventKind>,
    participant: Option<String>,
}

impl Filter {
    /// A filter that keeps everything.
    pub const fn new() -> Filter {
        Filter {
            from: None,
            to: None,
            kinds: Vec::new(),
            participant: None,
        }
    }

    /// Keeps entries whose date ends on or after `day` (undated entries are dropped).
    pub fn from(mut self, day: NaiveDate) -> Filter {
        self.from = Some(day);
        self
    }

    /// Keeps entries whose date starts on or before `day` (undated entries are dropped).
    pub fn to(mut self, day: NaiveDate) -> Filter {
        self.to = Some(day);
        self
    }

    /// Keeps entries with this kind among their kinds; several calls keep any of the kinds.
    pub fn kind(mut self, kind: EventKind) -> Filter {
        self.kinds.push(kind);
        self
    }

    /// Keeps entries involving this normalized key (an actor, its country, the place or its country).
    pub fn participant(mut self, key: impl Into<String>) -> Filter {
        self.participant = Some(key.into());
        self
    }

    /// True when `entry` passes.
    pub fn matches(&self, entry: &Entry) -> bool {
        if self.from.is_some() || self.to.is_some() {
            let Some((s, e)) = entry.interval() else {
                return false;
            };
            if let Some(f) = self.from {
                if e <= f.and_time(chrono::NaiveTime::MIN) {
                    return false;
                }
            }
            if let Some(t) = self.to {
                let day_after = t.and_time(chrono::NaiveTime::MIN);
                let day_after = day_after
                    .checked_add_signed(Duration::days(1))
                    .unwrap_or(day_after);
                if s >= day_after {
                    return false;
                }
            }
        }
        if !self.kinds.is_empty() && !entry.kinds.iter().any(|k| self.kinds.contains(k)) {
            return false;
        }
        if let Some(p) = &self.participant {
            if !entry.involves(p) {
                return false;
            }
        }
        true
    }
}

/// Events from many documents, merged and sorted by date. Serializes as `{"entries": [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    entries: Vec<Entry>,
}

impl Timeline {
    /// An empty timeline.
    pub fn new() -> Timeline {
        Timeline::default()
    }

    /// A timeline of the events of `analyses`, built once. The document texts are not needed; mentions keep the
    /// trigger text and span, and the sentence span (use [`Timeline::from_documents`] to keep sentence texts too,
    /// which also lets a name written without a title in one document meet its titled mention in another).
    pub fn from_analyses<'a>(analyses: impl IntoIterator<Item = &'a Analysis>) -> Timeline {
        let mut mentions = Vec::new();
        for a in analyses {
            push_mentions(&mut mentions, a, "");
        }
        Timeline {
            entries: build(mentions),
        }
    }

    /// A timeline of the events of `(analysis, text)` pairs, keeping each mention's sentence text.
    pub fn from_documents<'a>(docs: impl IntoIterator<Item = (&'a Analysis, &'a str)>) -> Timeline {
        let mut mentions = Vec::new();
        for (a, text) in docs {
            push_mentions(&mut mentions, a, text);
        }
        Timeline {
            entries: build(mentions),
        }
    }

    /// A timeline of mentions made by the caller (with [`Mention::new`]): how a stream of documents is merged without
    /// keeping the documents, one batch of analyses at a time turned into mentions. Equal to
    /// [`Timeline::from_documents`] over the same analyses and texts, in any order.
    ///
    /// ```
    /// use arabic_timeline::{Document, Extractor, Mention, Timeline};
    /// let ex = Extractor::new();
    /// let doc = Document::new("a", "وقّع الطرفان اتفاقاً في 26 يوليو 2021 بين بغداد وواشنطن.");
    /// let a = ex.analyze(&doc);
    /// let mentions = a.events.iter().map(|e| Mention::new(&a.id, a.reference, e, &doc.text));
    /// let t = Timeline::from_mentions(mentions);
    /// assert_eq!(t, Timeline::from_documents([(&a, doc.text.as_str())]));
    /// assert_eq!(t.entries()[0].mentions[0].sentence_text, doc.text);
    /// ```
    pub fn from_mentions(mentions: impl IntoIterator<Item = Mention>) -> Timeline {
        Timeline {
            entries: build(mentions.into_iter().collect()),
        }
    }

    /// Adds the events of one more analysis and merges again (O(n log n) in all mentions so far: to add many
    /// documents, prefer [`Timeline::from_analyses`]).
    pub fn add(&mut self, analysis: &Analysis) {
        self.add_with_text(analysis, "");
    }

    /// Like [`Timeline::add`], keeping sentence texts from the document's `text`.
    pub fn add_with_text(&mut self, analysis: &Analysis, text: &str) {
        let mut mentions: Vec<Mention> = std::mem::take(&mut self.entries)
            .into_iter()
            .flat_map(|e| e.mentions)
            .collect();
        push_mentions(&mut mentions, analysis, text);
        self.entries = build(mentions);
    }

    /// Entries in date order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Entries in date order that pass `filter`.
    pub fn select<'a>(&'a self, filter: &Filter) -> impl Iterator<Item = &'a Entry> + 'a {
        let filter = filter.clone();
        self.entries.iter().filter(move |e| filter.matches(e))
    }

    /// A timeline of the entries that pass `filter`, in the same order.
    ///
    /// ```
    /// use arabic_timeline::{EventKind, Filter, Timeline};
    /// let t = Timeline::new().filtered(&Filter::new().kind(EventKind::Attack));
    /// assert!(t.is_empty());
    /// ```
    pub fn filtered(&self, filter: &Filter) -> Timeline {
        Timeline {
            entries: self.select(filter).cloned().collect(),
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn push_mentions(out: &mut Vec<Mention>, a: &Analysis, text: &str) {
    for e in &a.events {
        out.push(Mention::new(&a.id, a.reference, e, text));
    }
}

/// Groups mentions into entries and sorts them.
fn build(mentions: Vec<Mention>) -> Vec<Entry> {
    // One mention per (document id, trigger, kind), the best-dated one, whatever the order the documents came in (two
    // documents may share an id).
    let mut mentions = mentions;
    mentions.sort_by(|a, b| {
        (&a.doc, a.trigger.span, a.kind)
            .cmp(&(&b.doc, b.trigger.span, b.kind))
            .then_with(|| QualityKey::of(a).cmp(&QualityKey::of(b)))
            .then_with(|| total_mention_order(a, b))
    });
    mentions
        .dedup_by(|a, b| a.doc == b.doc && a.trigger.span == b.trigger.span && a.kind == b.kind);
    // A total order first: the result must not depend on insertion order. The per-mention part of the key is computed
    // once per mention.
    let keyed: Vec<((Family, QualityKey), Mention)> = mentions
        .into_iter()
        .map(|m| ((m.kind.family(), QualityKey::of(&m)), m))
        .collect();
    let mut mentions: Vec<Mention> = sort_moving_once(keyed, |(ka, a), (kb, b)| {
        ka.cmp(kb).then_with(|| total_mention_order(a, b))
    })
    .into_iter()
    .map(|(_, m)| m)
    .collect();
    mentions
        .dedup_by(|a, b| a.doc == b.doc && a.trigger.span == b.trigger.span && a.kind == b.kind);
    let mut groups: Vec<Group> = Vec::new();
    // Per family: entry windows by start, for overlap queries.
    let mut index: HashMap<Family, BTreeMap<(NaiveDateTime, usize), NaiveDateTime>> =
        HashMap::new();
    let mut longest: HashMap<Family, Duration> = HashMap::new();
    for m in mentions {
        let family = m.kind.family();
        let keys = m.weighted_keys();
        let countries = m.countries();
        let window = m.window();
        let m_text: OnceCell<String> = OnceCell::new();
        let m_names_cell: OnceCell<Vec<[String; 2]>> = OnceCell::new();
        let m_known: OnceCell<Vec<[String; 2]>> = OnceCell::new();
        // What the words around the trigger say (see [`Marks`]): read when first needed.
        let m_marks: OnceCell<Marks> = OnceCell::new();
        let marks_of_m = || *m_marks.get_or_init(|| Marks::read(&m, &near_trigger(&m)));
        // Read only for kinds that people define, when a candidate of the same kind is found.
        let m_persons: OnceCell<People> = OnceCell::new();
        // The keys of its agents (see [`Mention::agent_keys`]), for statements and for a new entry.
        let m_agents: OnceCell<Vec<String>> = OnceCell::new();
        // Its offices of people (see [`Mention::role_keys`]), for comparisons and for a new entry.
        let m_roles_cell: OnceCell<Vec<(String, bool)>> = OnceCell::new();
        // The word right after its trigger (see [`word_after_trigger`]), for statements, read when first needed.
        let m_surname: OnceCell<Option<String>> = OnceCell::new();
        let mut best: Option<(u32, usize)> = None; // (score, group)
        if let Some((s, e)) = window {
            let idx = index.entry(family).or_default();
            let span = longest.get(&family).copied().unwrap_or_else(Duration::zero);
            let lo = s.checked_sub_signed(span).unwrap_or(NaiveDateTime::MIN);
            for (&(gs, gi), &ge) in idx.range((lo, 0)..(e, 0)).rev().take(MAX_CANDIDATES) {
                if ge <= s || gs >= e {
                    continue;
                }
                let Some(g) = groups.get(gi) else { continue };
                // Compared with the founder's participants (and place) only, so an entry does not snowball by
                // collecting everybody's participants.
                // Keys in common, weighed by the lower weight: both lists are sorted by key, so one merge pass.
                let (mut shared, mut specific, mut speaker) = (0u32, false, false);
                let (mut x, mut y) = (keys.iter().peekable(), g.keys.iter().peekable());
                while let (Some((k, w)), Some((gk, gw))) = (x.peek(), y.peek()) {
                    match k.cmp(gk) {
                        Ordering::Less => {
                            x.next();
                        }
                        Ordering::Greater => {
                            y.next();
                        }
                        Ordering::Equal => {
                            let w = (*w).min(*gw);
                            shared += w;
                            specific |= w >= 3;
                            // For a statement, a named participant in common counts when it is the speaker of both:
                            // two sources speaking of one party say two things.
                            speaker |= w >= 3
                                && family == Family::Speech
                                && g.agents.iter().any(|a| a == k)
                                && m_agents
                                    .get_or_init(|| m.agent_keys())
                                    .iter()
                                    .any(|a| a == k);
                            x.next();
                            y.next();
                        }
                    }
                }
                // A person of known office on one side and that office named on the other, as strong as a named
                // participant: «بدر البوسعيدي» in one paper, «وزير الخارجية العماني» in another. Not the office of a
                // person on each side: «ظريف» and «عراقجي» have both been Iran's foreign minister.
                let m_roles = m_roles_cell.get_or_init(|| m.role_keys());
                for (r, acting) in m_roles {
                    if key_weight(&g.keys, r) >= 3 {
                        shared += 3;
                        specific = true;
                        speaker |=
                            family == Family::Speech && *acting && g.agents.iter().any(|a| a == r);
                    }
                }
                for (r, acting) in &g.roles {
                    if key_weight(&keys, r) >= 3 {
                        shared += 3;
                        specific = true;
                        speaker |= family == Family::Speech
                            && *acting
                            && m_agents
                                .get_or_init(|| m.agent_keys())
                                .iter()
                                .any(|a| a == r);
                    }
                }
                // A speaker one side names in full after a title and the other by the surname alone as its verb's
                // subject («قال المتحدث باسم الخارجية ناصر كنعاني» and «أعلن كنعاني»): the same speaker.
                if family == Family::Speech && !speaker && !m.sentence_text.is_empty() {
                    if let Some(f) = g.mentions.first() {
                        speaker = surname_speaks(f, &m, || {
                            m_surname.get_or_init(|| word_after_trigger(&m)).clone()
                        }) || surname_speaks(&m, f, || word_after_trigger(f));
                    }
                }
                let same_kind = g.kinds.contains(&m.kind);
                // What the words around the two triggers say (only when the sentence texts are kept): the first and
                // the third round of talks, or a presidential and a legislative election, are different events
                // however close in time and participants; one round named alike on both sides is shared evidence.
                let texts = family != Family::Speech && !m.sentence_text.is_empty();
                let (m_marks, g_marks) = if texts {
                    (marks_of_m(), g.marks())
                } else {
                    (Marks::default(), Marks::default())
                };
                if conflict(m_marks.round, g_marks.round)
                    || elections_conflict(m_marks.election, g_marks.election)
                    || conflict(m_marks.mode, g_marks.mode)
                {
                    continue;
                }
                // People are what some events are about (who met, who was arrested or killed, who left an office):
                // two mentions that each name people, none in common, tell two events, even in one place and day.
                let persons_differ = people_define(m.kind)
                    && g.kinds.first() == Some(&m.kind)
                    && m_persons
                        .get_or_init(|| People::of(&m))
                        .differ(g.persons(), acted_on(m.kind));
                // The same kind on the same single day, in places that do not differ, is one event even when the
                // mentions name different participants («الهجوم على القاعدة فجر الثلاثاء» and «هجوم بثلاث طائرات
                // مسيّرة فجر اليوم الثلاثاء»); not meetings and visits, of which a day holds many.
                let one_day = e - s <= Duration::days(1) && ge - gs <= Duration::days(1) && gs == s;
                // (A city is in its country: «الجزائر العاصمة» and «الجزائر» do not differ; nor do a part of a country
                // named by its compass point and a city of that country, which most often lies in it: «مدينة صور» and
                // «جنوب لبنان». A region with a name of its own is no container of every city of its country:
                // «الضفة الغربية» and «مدينة غزة», «دارفور» and «الخرطوم» differ. Nor does a place that the other
                // mention names too, as a participant: «في قضاء الحويجة جنوب غرب كركوك» names both towns, one of them
                // as its place, and another paper may give the other; in one paper, two places are two events.)
                // Not a country brought by a participant (weight 1): only a place named for itself.
                let names_key =
                    |list: &[(Cow<'static, str>, u32)], key: &str| key_weight(list, key) >= 2;
                let places_differ = match (&m.place, &g.place) {
                    (Some(a), Some((b, b_country, b_region))) => {
                        let a_region = compass_part(a);
                        a.key != *b
                            && a.country.as_ref() != Some(b)
                            && b_country.as_ref() != Some(&a.key)
                            && !((a_region || *b_region)
                                && a_region != *b_region
                                && a.country.is_some()
                                && a.country == *b_country)
                            && ((!names_key(&g.keys, &a.key) && !names_key(&keys, b))
                                || g.docs.contains(&m.doc))
                    }
                    _ => false,
                };
                // Evaluated only when needed (most candidates are decided without them).
                let same_doc = || g.docs.contains(&m.doc);
                // Two mentions in different countries that share no participant report different events, however
                // close in time: a day of news holds attacks in Yemen and in Kabul. (Sharing nothing is not enough
                // alone: one report of an attack names the base, another the coalition that held it.)
                let disjoint = shared == 0
                    && !countries.is_empty()
                    && !g.countries.is_empty()
                    && !countries.iter().any(|c| g.countries.contains(c));
                // The same round of one kind, in countries that do not differ, is as good as a named participant:
                // when the two share one already, or one names no country the other does not. (Every pair of
                // countries holds a first round of something: «الجولة الأولى» between Egypt and Ethiopia is not the
                // one between Egypt and Qatar.)
                let within = |a: &[Cow<'static, str>], b: &[Cow<'static, str>]| {
                    a.iter().all(|c| b.contains(c))
                };
                if m_marks.round.is_some()
                    && m_marks.round == g_marks.round
                    && !disjoint
                    && (specific
                        || within(&countries, &g.countries)
                        || within(&g.countries, &countries))
                {
                    shared += 3;
                    specific = true;
                }
                // A country holds one election of a type at a time: the country it is held in is enough, when both
                // texts date it (an election dated only by its paper is most often one spoken of, past or to come).
                let elections = m.kind == EventKind::Election
                    && g.kinds.contains(&EventKind::Election)
                    && m.date_rank() == 0
                    && g.mentions.first().is_some_and(|f| f.date_rank() == 0);
                // Whether the mention joins this entry, given what they share.
                let decide = |shared: u32, speaker: bool| -> bool {
                    // A lone shared country is too little: most news about a country names it. Statements merge only
                    // through a named speaker or body, not through countries.
                    let enough = if family == Family::Speech {
                        speaker
                    } else if elections {
                        shared >= 1
                    } else {
                        shared >= 2
                    };
                    // Different named places are different events, unless much else is shared.
                    let enough = enough && (!places_differ || shared >= 6);
                    // Without participants on one side: the same document, or the very same date to the month or finer
                    // («سبتمبر المقبل» and «أيلول المقبل»).
                    let same_value = || match (
                        m.date.as_ref(),
                        g.mentions.first().and_then(|f| f.date.as_ref()),
                    ) {
                        (Some(a), Some(b)) => {
                            m.date_rank() == 0 && a.value == b.value && a.grain <= Grain::Month
                        }
                        _ => false,
                    };
                    // A statement is one statement only through its speaker (`enough` above): many people speak each
                    // day.
                    enough
                        || (same_kind
                            && family != Family::Speech
                            && !disjoint
                            && ((one_day && !places_differ && family != Family::Diplomacy)
                                || ((keys.is_empty() || g.keys.is_empty())
                                    && (same_doc() || same_value()))))
                };
                let mut ok = !persons_differ && decide(shared, speaker);
                // A person one side names with a title and the other names, untitled, by the last two words of the
                // name near the trigger: shared, as strongly as a named participant. Only looked for when nothing else
                // decides, nothing specific is shared yet, the two do not lie in different countries, on the side that
                // names no such person itself, and not for statements (their speakers are named with a title).
                if !ok && !specific && !disjoint && family != Family::Speech {
                    let g_names = g.names.get_or_init(|| {
                        g.mentions
                            .first()
                            .map(|f| titled_names(f, false))
                            .unwrap_or_default()
                    });
                    let m_names = m_names_cell.get_or_init(|| titled_names(&m, false));
                    let m_folded = || {
                        m_text
                            .get_or_init(|| normalize::Folded::new(&m.sentence_text).text)
                            .as_str()
                    };
                    let found = if m_names.is_empty() {
                        !g_names.is_empty() && names_untitled(g_names, m_folded())
                    } else {
                        g_names.is_empty() && names_untitled(m_names, g.near())
                    };
                    // A person of the gazetteer on one side, written in a form it does not know on the other, which
                    // names nobody it recognizes.
                    let found = found
                        || (m_persons.get_or_init(|| People::of(&m)).all.is_empty()
                            && names_untitled(
                                g.known.get_or_init(|| {
                                    g.mentions
                                        .first()
                                        .map(|f| titled_names(f, true))
                                        .unwrap_or_default()
                                }),
                                m_folded(),
                            ))
                        || (g.persons().all.is_empty()
                            && names_untitled(
                                m_known.get_or_init(|| titled_names(&m, true)),
                                g.near(),
                            ));
                    if found {
                        shared += 3;
                        // Not vetoed by `persons_differ`: the name found is a person both sides write, which is what
                        // that veto found missing (one side's titled person, untitled in the other's sentence, where
                        // the detector did not take it as a participant).
                        ok = decide(shared, true);
                    }
                }
                if !ok {
                    continue;
                }
                let shared = shared * 2 + u32::from(same_kind) * 3;
                let better = match best {
                    None => true,
                    Some((bs, bi)) => shared > bs || (shared == bs && gi < bi),
                };
                if better {
                    best = Some((shared, gi));
                }
            }
        }
        match best {
            Some((_, gi)) => {
                if let Some(g) = groups.get_mut(gi) {
                    g.docs.insert(m.doc.clone());
                    // An entry whose founder names no place takes the place of the first mention dated to the day
                    // by its own text; other participants are not collected, so an entry cannot snowball.
                    let day_precise = m.date_rank() == 0
                        && window.is_some_and(|(s, e)| e - s <= Duration::days(1));
                    if g.place.is_none() && day_precise {
                        if let Some(p) = &m.place {
                            let w = if p.entity == EntityType::Country {
                                1
                            } else {
                                2
                            };
                            if let Err(i) = g.keys.binary_search_by(|(gk, _)| gk.cmp(&p.key)) {
                                g.keys.insert(i, (p.key.clone(), w));
                            }
                        }
                    }
                    if g.place.is_none() {
                        g.place = m.place.as_ref().map(group_place);
                    }
                    if !g.kinds.contains(&m.kind) {
                        g.kinds.push(m.kind);
                    }
                    g.mentions.push(m);
                }
            }
            None => {
                let gi = groups.len();
                if let Some((s, e)) = window {
                    index.entry(family).or_default().insert((s, gi), e);
                    let l = longest.entry(family).or_insert_with(Duration::zero);
                    if e - s > *l {
                        *l = e - s;
                    }
                }
                let mut docs = std::collections::BTreeSet::new();
                docs.insert(m.doc.clone());
                groups.push(Group {
                    persons: OnceCell::new(),
                    marks: OnceCell::new(),
                    place: m.place.as_ref().map(group_place),
                    agents: m_agents.into_inner().unwrap_or_else(|| m.agent_keys()),
                    roles: m_roles_cell.into_inner().unwrap_or_else(|| m.role_keys()),
                    countries,
                    keys,
                    docs,
                    kinds: vec![m.kind],
                    mentions: vec![m],
                    text: OnceCell::new(),
                    names: OnceCell::new(),
                    known: OnceCell::new(),
                });
            }
        }
    }
    let entries: Vec<Entry> = groups
        .into_iter()
        .filter_map(|g| Entry::from_mentions(g.mentions))
        .collect();
    sort_moving_once(entries, entry_order)
}

/// A group's place: key, country, and whether it is a part of its country named by a compass point.
fn group_place(p: &Place) -> (Cow<'static, str>, Option<Cow<'static, str>>, bool) {
    (p.key.clone(), p.country.clone(), compass_part(p))
}

/// Whether the place is a region named as a part of its country by a compass point («جنوب لبنان», «شمال مالي»).
fn compass_part(p: &Place) -> bool {
    p.entity == EntityType::Region
        && ["جنوب", "شمال", "شرق", "غرب", "وسط"]
            .iter()
            .any(|c| p.name.split_whitespace().next() == Some(*c))
}

struct Group {
    /// The first place named: its key, its country, and whether it is a compass part of its country.
    place: Option<(Cow<'static, str>, Option<Cow<'static, str>>, bool)>,
    /// Weighted participant keys of the founding mention (and the first place named to the day), sorted by key.
    keys: Vec<(Cow<'static, str>, u32)>,
    /// Keys of the founding mention's agents (its speakers, for a statement).
    agents: Vec<String>,
    /// The founding mention's offices of people (see [`Mention::role_keys`]).
    roles: Vec<(String, bool)>,
    /// Countries of the founding mention's participants and place.
    countries: Vec<Cow<'static, str>>,
    /// Documents of the mentions.
    docs: std::collections::BTreeSet<String>,
    kinds: Vec<EventKind>,
    mentions: Vec<Mention>,
    /// The founding mention's sentence, folded when first needed (see [`names_untitled`]).
    text: OnceCell<String>,
    /// The founding mention's titled names (see [`titled_names`]), read when first needed.
    names: OnceCell<Vec<[String; 2]>>,
    /// The founding mention's names of gazetteer people (see [`titled_names`]), read when first needed.
    known: OnceCell<Vec<[String; 2]>>,
    /// The people the founding mention names, read when first needed.
    persons: OnceCell<People>,
    /// The founding mention's marks (see [`Marks`]), read when first needed.
    marks: OnceCell<Marks>,
}

impl Group {
    /// The founding mention's sentence around its trigger, folded (see [`near_trigger`]).
    fn near(&self) -> &str {
        self.text
            .get_or_init(|| self.mentions.first().map(near_trigger).unwrap_or_default())
    }

    /// The people the founding mention names (see [`People`]).
    fn persons(&self) -> &People {
        self.persons
            .get_or_init(|| self.mentions.first().map(People::of).unwrap_or_default())
    }

    /// What the words around the founding mention's trigger say (see [`Marks`]).
    fn marks(&self) -> Marks {
        *self.marks.get_or_init(|| {
            self.mentions
                .first()
                .map(|f| Marks::read(f, self.near()))
                .unwrap_or_default()
        })
    }
}

/// Whether two readings of one mark are both there and differ.
fn conflict<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a != b)
}

/// Kinds whose named people are what the event is about: who met or visited, who was arrested, abducted, killed or
/// freed, who left or took an office, who was sentenced.
fn people_define(kind: EventKind) -> bool {
    matches!(
        kind.family(),
        Family::Diplomacy
            | Family::Resignation
            | Family::Appointment
            | Family::Verdict
            | Family::Release
    ) || matches!(
        kind,
        EventKind::Arrest | EventKind::Abduction | EventKind::Killing
    )
}

/// The weight of `key` in a list of keys sorted by key, 0 when it is not there.
fn key_weight(list: &[(Cow<'static, str>, u32)], key: &str) -> u32 {
    list.binary_search_by(|(k, _)| k.as_ref().cmp(key))
        .ok()
        .and_then(|i| list.get(i))
        .map_or(0, |(_, w)| *w)
}

/// Kinds whose people are those acted on: who was arrested, abducted, killed, freed or sentenced, most often named
/// with no agent at all («اعتُقل الصحفي محمد عادل»).
fn acted_on(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Arrest
            | EventKind::Abduction
            | EventKind::Killing
            | EventKind::Release
            | EventKind::Verdict
    )
}

/// How many bytes may stand between a title and its holder's name: a space, a nationality adjective and a space
/// («العماني» is 14 bytes).
const TITLE_GAP: usize = 24;

/// The people a mention names, each by its key and by the last word of its name, folded and without «ال» (a person of
/// the gazetteer and the same person named in full by another paper have different keys but one family name:
/// «بحاح» and «خالد محفوظ بحاح»): all of them, and those the sentence shows acting, each sorted.
/// Also what the acting people are: the offices they hold in their country when the gazetteer knows them
/// (`foreign_minister:oman`), else their countries; and the offices the mention names without a holder's name, with
/// their countries («الرئيس المصري»: `president:egypt`, `egypt`): such an office may be held by the other paper's
/// person. A person of known office named next to that office's title, which the sentence shows acting, acts
/// («التقى وزير الخارجية العماني بدر البوسعيدي …» when only the title is taken as the agent).
#[derive(Debug, Default)]
struct People {
    all: Vec<Cow<'static, str>>,
    agents: Vec<Cow<'static, str>>,
    /// The people named but not shown acting (those arrested, killed, freed …).
    others: Vec<Cow<'static, str>>,
    agent_roles: Vec<Cow<'static, str>>,
    office_roles: Vec<Cow<'static, str>>,
}

impl People {
    fn of(m: &Mention) -> People {
        let mut p = People::default();
        let lex = &*EVENT_LEXICON;
        // The offices the sentence shows acting (without their countries), and where they end.
        let acting_offices: Vec<(&str, usize)> = m
            .actors
            .iter()
            .filter(|a| a.entity == EntityType::Office && a.role == Some(Role::Agent))
            .map(|a| (a.key.split(':').next().unwrap_or_default(), a.span.end))
            .collect();
        for a in m.actors.iter().filter(|a| a.entity == EntityType::Person) {
            let offices: Vec<&str> = lex.offices_held(&a.key, m.days()).collect();
            // The holder right after the title, a word (a nationality) at most between them: «وزير الخارجية العماني
            // بدر البوسعيدي», not the guest named later in the sentence.
            let acting = a.role == Some(Role::Agent)
                || (a.role.is_none()
                    && acting_offices.iter().any(|(o, end)| {
                        offices.iter().any(|x| x == o)
                            && a.span.start >= *end
                            && a.span.start - end <= TITLE_GAP
                    }));
            let mut ids = vec![a.key.clone()];
            if let Some(last) = a.name.split_whitespace().next_back() {
                let last = normalize::fold_str(last);
                let last = last.strip_prefix("ال").unwrap_or(&last);
                ids.push(Cow::Owned(["name:", last].concat()));
            }
            if acting {
                p.agents.extend(ids.iter().cloned());
                match &a.country {
                    Some(c) if !offices.is_empty() => p.agent_roles.extend(
                        offices
                            .iter()
                            .map(|o| Cow::Owned([*o, ":", c.as_ref()].concat())),
                    ),
                    _ => p.agent_roles.extend(a.country.iter().cloned()),
                }
            } else {
                p.others.extend(ids.iter().cloned());
            }
            p.all.extend(ids);
        }
        for a in m.actors.iter().filter(|a| a.entity == EntityType::Office) {
            if let Some(c) = &a.country {
                p.office_roles.push(a.key.clone());
                p.office_roles.push(c.clone());
            }
        }
        for v in [
            &mut p.all,
            &mut p.agents,
            &mut p.others,
            &mut p.agent_roles,
            &mut p.office_roles,
        ] {
            v.sort();
            v.dedup();
        }
        p
    }

    /// Whether both name a person acting, and neither names the other's: two meetings, one held by «السوداني», the
    /// other by «المشهداني», in one city and on one day. Not when one side names, by the office alone, someone who may
    /// be a person acting on the other side (that office of that person's country, or any office of it when the
    /// person's office is not known): two reports of one meeting may each name only their own side's person
    /// («التقى بلينكن الرئيس المصري» and «استقبل السيسي وزير الخارجية الأمريكي»).
    /// With `acted_on` (see [`acted_on`]), also when both name people not shown acting and neither names the
    /// other's: two arrests in one city on one day, of «الصحفي محمد عادل» and of «الناشطة سناء يوسف».
    fn differ(&self, other: &People, acted_on: bool) -> bool {
        let none_in =
            |a: &[Cow<'static, str>], b: &[Cow<'static, str>]| !a.iter().any(|x| b.contains(x));
        // Those acted on, or when a side shows nobody acted on, everyone it names (a person after a verbal noun is
        // sometimes taken for its agent: «بخطف الناشط …»).
        fn acted(p: &People) -> &[Cow<'static, str>] {
            if p.others.is_empty() {
                &p.all
            } else {
                &p.others
            }
        }
        if acted_on && !self.all.is_empty() && !other.all.is_empty() {
            let (mine, theirs) = (acted(self), acted(other));
            if none_in(mine, &other.all) && none_in(theirs, &self.all) {
                return true;
            }
        }
        !self.agents.is_empty()
            && !other.agents.is_empty()
            && none_in(&self.agents, &other.all)
            && none_in(&other.agents, &self.all)
            && none_in(&self.agent_roles, &other.office_roles)
            && none_in(&other.agent_roles, &self.office_roles)
    }
}

/// The last two words, folded, of each person the mention names with a title and a name of two words or more
/// («العالم النووي الإيراني محسن فخري زاده» gives «فخري زاده»); people of the gazetteer are left out (every paper
/// names them alike), unless `known`: then only they, with the last word in the form the gazetteer does not know, with
/// «ال» if it had none and without it if it had it («عبد الحميد الدبيبة» gives «الحميد دبيبه»): another paper may
/// write it so, and then the gazetteer does not find the person.
fn titled_names(m: &Mention, known: bool) -> Vec<[String; 2]> {
    m.actors
        .iter()
        .filter(|a| a.entity == EntityType::Person && a.key.starts_with("person:") != known)
        .filter_map(|a| {
            let mut words = a.name.split_whitespace().rev();
            let last = normalize::fold_str(words.next()?);
            let before = normalize::fold_str(words.next()?);
            if known {
                // The other form of the last word: what the gazetteer, knowing this one, missed.
                let other = match last.strip_prefix("ال") {
                    Some(bare) if bare.chars().count() > 1 => bare.to_string(),
                    Some(_) => return None,
                    None => ["ال", last.as_str()].concat(),
                };
                return Some([before, other]);
            }
            // A word with the article is a title's or an office's («مساعد الرئيس للتعاون العسكري»), not a name's.
            let article = |w: &str| {
                let w = w.strip_prefix(['و', 'ب', 'ل', 'ف']).unwrap_or(w);
                w.starts_with("ال") || w.starts_with("لل")
            };
            (!article(&last) && !article(&before)).then_some([before, last])
        })
        .collect()
}

/// Whether `titled` has a speaker of no gazetteer entry (keyed `person:` and the folded surname) that `bare`, which
/// names no person acting, writes right after its trigger (`word`: see [`word_after_trigger`], read only then).
fn surname_speaks(titled: &Mention, bare: &Mention, word: impl FnOnce() -> Option<String>) -> bool {
    let mut surnames = titled
        .actors
        .iter()
        .filter(|a| a.entity == EntityType::Person && a.role == Some(Role::Agent))
        .filter_map(|a| a.key.strip_prefix("person:"))
        .peekable();
    if surnames.peek().is_none()
        || bare
            .actors
            .iter()
            .any(|a| a.entity == EntityType::Person && a.role == Some(Role::Agent))
    {
        return false;
    }
    let Some(w) = word() else { return false };
    surnames.any(|s| s == w)
}

/// The word right after the mention's trigger in its sentence, folded and without «ال»: the subject of a verb
/// («أعلن كنعاني»). None when the sentence text is not kept.
fn word_after_trigger(m: &Mention) -> Option<String> {
    let text = m.sentence_text.as_str();
    let at = trigger_offset(m)?;
    let rest = text.get(at + m.trigger.text.len()..)?.trim_start();
    let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let w = normalize::fold_str(&w);
    let w = w.strip_prefix("ال").unwrap_or(&w);
    (!w.is_empty()).then(|| w.to_string())
}

/// Where the mention's trigger stands in its sentence text, in bytes (the sentence text is its span trimmed: the
/// trigger lies at its offset in the span, less the leading blanks); None when the text is not kept.
fn trigger_offset(m: &Mention) -> Option<usize> {
    let text = m.sentence_text.as_str();
    if text.is_empty() {
        return None;
    }
    let in_span = m.trigger.span.start.saturating_sub(m.sentence.start);
    let trimmed = m.sentence.len().saturating_sub(text.len());
    let mut from = in_span.saturating_sub(trimmed).min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    Some(
        text.get(from..)
            .and_then(|rest| rest.find(m.trigger.text.as_str()))
            .map_or(from, |k| from + k),
    )
}

/// How far before and after its trigger, in bytes of its sentence, a mention's names are looked for (about six and
/// twelve words of Arabic): a name mentioned in passing elsewhere in a long sentence is not what the event is about.
const NAME_REACH: (usize, usize) = (60, 120);

/// The part of `m`'s sentence around its trigger (see [`NAME_REACH`]), folded; empty when the sentence text is not
/// kept.
fn near_trigger(m: &Mention) -> String {
    let text = m.sentence_text.as_str();
    let Some(at) = trigger_offset(m) else {
        return String::new();
    };
    let mut lo = at.saturating_sub(NAME_REACH.0);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + m.trigger.text.len() + NAME_REACH.1).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    text.get(lo..hi)
        .map(|t| normalize::Folded::new(t).text)
        .unwrap_or_default()
}

/// Whether one of `names` is written in `folded` (a sentence folded with [`normalize::fold_str`]): its last word as a
/// whole word, right after its first one, which may carry «و», «ب», «ل» or «ف» («باغتيال محسن فخري زاده» in one paper,
/// «اغتيل العالم النووي الإيراني محسن فخري زاده» in another).
fn names_untitled(names: &[[String; 2]], folded: &str) -> bool {
    let word_char = |c: char| c.is_alphanumeric();
    names.iter().any(|[a, b]| {
        folded.match_indices(b.as_str()).any(|(at, _)| {
            let after = folded.get(at + b.len()..).unwrap_or_default();
            if after.chars().next().is_some_and(word_char) {
                return false;
            }
            let before = folded.get(..at).unwrap_or_default();
            // One separator at least, then the word before.
            let trimmed = before.trim_end_matches(|c: char| !word_char(c));
            if trimmed.len() == before.len() {
                return false;
            }
            let prev = trimmed
                .rsplit(|c: char| !word_char(c))
                .next()
                .unwrap_or_default();
            prev == a || prev.strip_prefix(['و', 'ب', 'ل', 'ف']) == Some(a.as_str())
        })
    })
}

/// The words of `data/timeline/marks.tsv`, folded, by category.
struct MarkWords {
    /// Nouns of a round or stage («جوله», «دور»), without «ال».
    rounds: Vec<String>,
    /// Words before which a round noun names another round than the event's own («بعد جولة أولى»), each split
    /// into its folded words («علي ان»).
    round_skips: Vec<Vec<String>>,
    /// Nouns an election type follows («انتخابات»), without «ال».
    ballots: Vec<String>,
    /// Election types: (type, folded words of the form, the first without «ال»).
    elections: Vec<(&'static str, Vec<String>)>,
    /// Keys of offices a country has one holder of.
    offices: Vec<String>,
    /// Words that say how a meeting was held: (`call` or `person`, the folded word without «ال»).
    modes: Vec<(&'static str, String)>,
}

const MARKS_TSV: &str = include_str!("../data/timeline/marks.tsv");

/// Election types of a body or a party rather than of the country (see `data/timeline/marks.tsv`).
const SECTIONAL_ELECTIONS: [&str; 2] = ["union", "primary"];

/// The marks lexicon, parsed on first use (an unknown category or type is a data defect the unit test catches; it is
/// skipped).
static MARK_WORDS: Lazy<MarkWords> = Lazy::new(|| {
    let mut w = MarkWords {
        rounds: Vec::new(),
        round_skips: Vec::new(),
        ballots: Vec::new(),
        elections: Vec::new(),
        offices: Vec::new(),
        modes: Vec::new(),
    };
    for (_, cols) in crate::lexicon::tsv_rows(MARKS_TSV) {
        let (Some(cat), Some(value), Some(forms)) = (cols.first(), cols.get(1), cols.get(2)) else {
            continue;
        };
        for form in forms.split('|').map(str::trim).filter(|f| !f.is_empty()) {
            let folded = normalize::fold_str(form);
            let bare = folded.strip_prefix("ال").unwrap_or(&folded).to_string();
            match *cat {
                "round" => w.rounds.push(bare),
                "round_skip" => w
                    .round_skips
                    .push(folded.split_whitespace().map(str::to_string).collect()),
                "ballot" => w.ballots.push(bare),
                // A key, not Arabic: kept as written.
                "office" => w.offices.push(form.to_string()),
                "mode" => {
                    let label = match *value {
                        "call" => "call",
                        "person" => "person",
                        _ => continue,
                    };
                    w.modes.push((label, bare));
                }
                "election" => {
                    // Types are few: the value names one of them, as a `'static` label.
                    let label = match *value {
                        "presidential" => "presidential",
                        "legislative" => "legislative",
                        "local" => "local",
                        "senate" => "senate",
                        "union" => "union",
                        "primary" => "primary",
                        _ => continue,
                    };
                    w.elections
                        .push((label, bare.split_whitespace().map(str::to_string).collect()));
                }
                _ => {}
            }
        }
    }
    w
});

/// What the words around a mention's trigger say about which one of its kind it is (see `data/timeline/marks.tsv`).
/// Read from the sentence text only: a timeline built without texts has no marks.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Marks {
    /// The ordinal of the round or stage («الجولة الثالثة» → 3), when one alone is written.
    round: Option<u32>,
    /// The type of an election, when one alone is written.
    election: Option<&'static str>,
    /// How a meeting was held, by telephone (`call`) or face to face (`person`), when its sentence says one only.
    mode: Option<&'static str>,
}

/// Pronoun suffixes a noun of meeting may carry («لقائه», «اتصالهما»), longest first.
const PRONOUNS: [&str; 4] = ["هما", "ها", "هم", "ه"];

/// A word without the prefixes «و», «ب», «ل», «ف» and the article.
fn bare_word(w: &str) -> &str {
    let w = match w.strip_prefix(['و', 'ف']) {
        Some(rest) if rest.starts_with("ال") || rest.starts_with('ب') || rest.starts_with('ل') => {
            rest
        }
        _ => w,
    };
    let w = match w.strip_prefix(['ب', 'ل']) {
        Some(rest) if rest.starts_with("ال") => rest,
        _ => w,
    };
    if let Some(rest) = w.strip_prefix("لل") {
        return rest;
    }
    w.strip_prefix("ال").unwrap_or(w)
}

/// The ordinal written from `words[0]` on: «الثالثة» → 3, with a teen marker «الحادية عشرة» → 11, with «و» and tens
/// «الثانية والعشرون» → 22 (read from the number lexicon, `data/lexicon/numbers.tsv`).
fn ordinal_at(words: &[&str]) -> Option<u32> {
    use crate::lexicon::{Reading, LEXICON};
    let readings = |w: &str| {
        let w = w.strip_prefix("ال").unwrap_or(w);
        LEXICON.get(w).unwrap_or_default()
    };
    let n = readings(words.first()?)
        .iter()
        .find_map(|e| match e.reading {
            Reading::Ordinal(n) if e.rest.is_empty() => Some(n),
            _ => None,
        })?;
    let Some(next) = words.get(1) else {
        return Some(n);
    };
    if n < 10
        && readings(next)
            .iter()
            .any(|e| e.rest.is_empty() && e.reading == Reading::Teen)
    {
        return Some(n + 10);
    }
    if let Some(tens) = next.strip_prefix('و') {
        let tens = readings(tens).iter().find_map(|e| match e.reading {
            Reading::Cardinal(t) if e.rest.is_empty() && (20..=90).contains(&t) && t % 10 == 0 => {
                Some(t)
            }
            _ => None,
        });
        if let Some(t) = tens.filter(|_| n < 10) {
            return Some(n + t);
        }
    }
    Some(n)
}

impl Marks {
    /// The marks of `m`, read in `near` (its folded sentence around the trigger, see [`near_trigger`]).
    fn read(m: &Mention, near: &str) -> Marks {
        if near.is_empty() {
            return Marks::default();
        }
        let lex = &*MARK_WORDS;
        let words: Vec<&str> = near
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut marks = Marks::default();
        // Whether `form` (folded words) ends right before word `i`, or one or two words before it («بعد جولة أولى»,
        // «على أن تبدأ مفاوضات المرحلة الثانية»), a conjunction glued to its first word allowed.
        let skipped = |i: usize| {
            lex.round_skips.iter().any(|form| {
                (1..=3).any(|back| {
                    let Some(start) = i.checked_sub(back + form.len() - 1) else {
                        return false;
                    };
                    form.iter().enumerate().all(|(k, f)| {
                        words.get(start + k).is_some_and(|w| {
                            *w == f || (k == 0 && w.strip_prefix(['و', 'ف']) == Some(f.as_str()))
                        })
                    })
                })
            })
        };
        // A round: its noun, then an ordinal («الجولة الثالثة», «جولة أولى», «الجولة الحادية عشرة»), unless it
        // names an earlier or a later round than the event's own; two different ones say nothing.
        let mut rounds = (0..words.len()).filter_map(|i| {
            let a = words.get(i)?;
            if !lex.rounds.iter().any(|r| r == bare_word(a)) || skipped(i) {
                return None;
            }
            ordinal_at(words.get(i + 1..)?)
        });
        if let Some(first) = rounds.next() {
            if rounds.all(|n| n == first) {
                marks.round = Some(first);
            }
        }
        if m.kind.family() == Family::Diplomacy && !lex.modes.is_empty() {
            // Read in the whole sentence: «استقبل الرئيس … في قصر بعبدا …، وبحث معه …» is face to face, though its
            // trigger is «بحث».
            let folded = normalize::Folded::new(&m.sentence_text).text;
            let (mut call, mut person) = (false, false);
            for w in folded.split(|c: char| !c.is_alphanumeric()) {
                let b = bare_word(w);
                // A verb with the conjunction («واستقبل»), a noun with a pronoun («لقائه», «اتصالها»).
                let conj = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                // (The hamza before a suffix sits on a seat the bare noun has not: «لقائه» is «لقاء».)
                let owned = PRONOUNS
                    .iter()
                    .find_map(|p| b.strip_suffix(p))
                    .filter(|x| x.chars().count() >= 3)
                    .map(|x| match x.strip_suffix(['ئ', 'ؤ']) {
                        Some(stem) => format!("{stem}ء"),
                        None => x.to_string(),
                    });
                for (label, form) in &lex.modes {
                    if form == b
                        || form == w
                        || form == conj
                        || owned.as_deref() == Some(form.as_str())
                    {
                        if *label == "call" {
                            call = true;
                        } else {
                            person = true;
                        }
                    }
                }
            }
            marks.mode = match (call, person) {
                (true, false) => Some("call"),
                (false, true) => Some("person"),
                _ => None,
            };
        }
        if m.kind == EventKind::Election {
            // A type: the adjective or noun right after «انتخابات», or after one word more («الانتخابات المقبلة
            // لمجلس النواب»); words elsewhere in the sentence are about something else («مصادر برلمانية»).
            let at = |j: usize, form: &[String]| {
                form.iter().enumerate().all(|(k, f)| {
                    words.get(j + k).is_some_and(|w| {
                        if k == 0 {
                            // «لمجلس النواب»: «ل» before a noun without the article too.
                            bare_word(w) == f || w.strip_prefix('ل') == Some(f.as_str())
                        } else {
                            w == f
                        }
                    })
                })
            };
            let mut types = (0..words.len())
                .filter(|&i| {
                    words
                        .get(i)
                        .is_some_and(|w| lex.ballots.iter().any(|b| b == bare_word(w)))
                })
                .flat_map(|i| [i + 1, i + 2])
                .flat_map(|j| {
                    lex.elections
                        .iter()
                        .filter(move |(_, form)| at(j, form))
                        .map(|(t, _)| *t)
                });
            if let Some(first) = types.next() {
                if types.all(|t| t == first) {
                    marks.election = Some(first);
                }
            }
        }
        marks
    }
}

/// Whether two election types keep two elections apart: both known and different, or one of a body or a party
/// («انتخابات نقابة المحامين», «الانتخابات التمهيدية») and the other not the same (an election of no written type is
/// most often the country's).
fn elections_conflict(a: Option<&'static str>, b: Option<&'static str>) -> bool {
    let sectional = |t: Option<&str>| t.is_some_and(|t| SECTIONAL_ELECTIONS.contains(&t));
    conflict(a, b) || ((sectional(a) || sectional(b)) && a != b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_data_rows_are_all_read() {
        let rows = crate::lexicon::tsv_rows(MARKS_TSV).count();
        assert!(rows > 0);
        for (line, cols) in crate::lexicon::tsv_rows(MARKS_TSV) {
            assert_eq!(cols.len(), 3, "marks.tsv:{line}: three columns");
            let cat = cols.first().copied().unwrap_or("");
            assert!(
                [
                    "round",
                    "round_skip",
                    "ballot",
                    "election",
                    "office",
                    "mode"
                ]
                .contains(&cat),
                "marks.tsv:{line}: unknown category {cat}"
            );
            if cat == "election" {
                let t = cols.get(1).copied().unwrap_or("");
                assert!(
                    MARK_WORDS.elections.iter().any(|(l, _)| *l == t),
                    "marks.tsv:{line}: unknown election type {t}"
                );
            }
        }
        let w = &*MARK_WORDS;
        assert!(w.rounds.iter().any(|r| r == "جوله"));
        assert!(w.offices.iter().any(|o| o == "energy_minister"));
    }

    fn mention(kind: EventKind, text: &str) -> Mention {
        Mention {
            doc: "a".into(),
            reference: None,
            kind,
            trigger: Trigger {
                span: Span::new(0, 0),
                text: String::new(),
            },
            sentence: Span::new(0, text.len()),
            sentence_text: text.into(),
            date: None,
            date_source: None,
            polarity: Polarity::Positive,
            modality: Modality::Actual,
            actors: Vec::new(),
            place: None,
        }
    }

    #[test]
    fn marks_read_rounds_and_election_types() {
        let read = |kind, text: &str| {
            let folded = normalize::Folded::new(text).text;
            Marks::read(&mention(kind, text), &folded)
        };
        let talks = |t| read(EventKind::Meeting, t).round;
        assert_eq!(talks("انتهت الجولة الثالثة من المحادثات"), Some(3));
        assert_eq!(talks("عقد الطرفان جولة أولى من المحادثات"), Some(1));
        assert_eq!(talks("في الدورة الثانية من الانتخابات"), Some(2));
        assert_eq!(talks("بدأت المرحلة الأولى وتليها المرحلة الثانية"), None);
        assert_eq!(talks("للمرة الثانية خلال شهر"), None);
        // Compound ordinals, from the number lexicon.
        assert_eq!(talks("انطلقت الجولة الحادية عشرة من المفاوضات"), Some(11));
        assert_eq!(talks("في الدور الثاني عشر"), Some(12));
        assert_eq!(talks("الجولة الثالثة والعشرين من الحوار"), Some(23));
        // A round before or after the event's own.
        assert_eq!(talks("استؤنف الحوار بعد جولة أولى قبل أسبوع"), None);
        assert_eq!(
            talks("بدأت الهدنة على أن تنطلق مفاوضات المرحلة الثانية لاحقا"),
            None
        );
        assert_eq!(talks("وعقب انتهاء الجولة الأولى"), None);
        // How a meeting was held: a verb after «و», a noun with a pronoun.
        let mode = |t| read(EventKind::Meeting, t).mode;
        assert_eq!(mode("واستقبل الرئيس وزير الخارجية"), Some("person"));
        assert_eq!(mode("أكد الوزير خلال لقائه نظيره السوري"), Some("person"));
        assert_eq!(mode("بحث الوزير في اتصال هاتفي مع نظيره"), Some("call"));
        assert_eq!(mode("خلال اتصالهما بحث الرئيسان الأوضاع"), Some("call"));
        assert_eq!(mode("بحث الوزير مع نظيره الأوضاع"), None);
        let kind = |t| read(EventKind::Election, t).election;
        assert_eq!(kind("جرت الانتخابات الرئاسية"), Some("presidential"));
        assert_eq!(kind("انتخابات مجلس النواب المقبلة"), Some("legislative"));
        assert_eq!(kind("وللانتخابات البلدية"), Some("local"));
        assert_eq!(kind("الانتخابات التشريعية والرئاسية"), None);
        assert_eq!(kind("الانتخابات المحليّة"), Some("local"));
        assert_eq!(kind("الانتخابات المقبلة لمجلس النواب"), Some("legislative"));
        // Words elsewhere in the sentence are about something else.
        assert_eq!(kind("قالت مصادر برلمانية إن الانتخابات جرت"), None);
        assert_eq!(kind("جرت الانتخابات بحسب وسائل إعلام محلية"), None);
        assert_eq!(kind("دعا شيوخ القبائل إلى المشاركة في الانتخابات"), None);
        assert_eq!(kind("انتخابات نقابة المحامين"), Some("union"));
        assert_eq!(kind("الانتخابات التمهيدية للحزب الجمهوري"), Some("primary"));
        assert!(elections_conflict(Some("union"), None));
        assert!(!elections_conflict(Some("presidential"), None));
        assert!(!elections_conflict(Some("primary"), Some("primary")));
        // Only an election's words are read as its type.
        assert_eq!(
            read(EventKind::Meeting, "الانتخابات الرئاسية").election,
            None
        );
    }

    #[test]
    fn a_surname_after_the_verb_names_the_titled_speaker() {
        let text = "وأعلن كنعاني أمس أن بلاده ترفض الشروط";
        let mut bare = mention(EventKind::Statement, text);
        bare.trigger = Trigger {
            span: Span::new(0, "وأعلن".len()),
            text: "وأعلن".into(),
        };
        assert_eq!(word_after_trigger(&bare).as_deref(), Some("كنعاني"));
        let mut titled = mention(EventKind::Statement, "قال المتحدث ناصر كنعاني");
        titled.actors.push(Actor {
            name: "المتحدث ناصر كنعاني".into(),
            entity: EntityType::Person,
            key: Cow::Borrowed("person:كنعاني"),
            country: None,
            role: Some(Role::Agent),
            span: Span::new(0, 0),
        });
        assert!(surname_speaks(&titled, &bare, || word_after_trigger(&bare)));
        // Not a speaker the other side names acting itself, nor another word after the verb.
        assert!(!surname_speaks(&bare, &titled, || word_after_trigger(
            &titled
        )));
        bare.sentence_text = "وأعلن الجيش أمس".into();
        assert!(!surname_speaks(&titled, &bare, || word_after_trigger(
            &bare
        )));
        // No sentence text, no word.
        bare.sentence_text.clear();
        assert_eq!(word_after_trigger(&bare), None);
    }

    #[test]
    fn sort_moving_once_equals_a_stable_sort() {
        // Pairs sorted by their first field only: ties must keep their input order, as `sort_by` does.
        let items: Vec<(u8, String)> = (0..200u32)
            .map(|i| (((i * 37) % 11) as u8, format!("item {i}")))
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|a| a.0);
        let got = sort_moving_once(items, |a, b| a.0.cmp(&b.0));
        assert_eq!(got, expected);
        assert_eq!(got.first().map(|x| x.1.as_str()), Some("item 0"));
        assert!(sort_moving_once(Vec::<u8>::new(), |a, b| a.cmp(b)).is_empty());
    }
}
