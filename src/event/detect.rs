//! Event detection: one scan of a text's tokens, then date attachment by a moving index over its temporals.
//!
//! Cost is linear in the text length: every word is stemmed once into a bounded number of readings, each looked up
//! in a hash table; phrase and grammar-word checks look a bounded number of tokens ahead or back within a clause;
//! temporal expressions are walked once in step with the triggers.

use super::lexicon::{
    rest_key, Cue, CueKind, Name, Rest, TriggerEntry, WordList, EVENT_LEXICON, GAP, LONG_GAP,
};
use super::morph::{
    for_each_bare_form, for_each_reading_where, looks_feminine_perfect, looks_imperfect,
    looks_only_imperfect,
};
use super::{
    Actor, DateSource, EntityType, Event, EventDate, EventKind, Modality, Place, Polarity, Role,
    Trigger,
};
use crate::extractor::{Part, Reference};
use crate::lexicon::FxHasher;
use crate::normalize::Folded;
use crate::span::Span;
use crate::temporal::token;
// The temporal engine's tokens, read in place: both read the same folded text, split the same way.
use crate::temporal::token::Tok;
// The temporal engine's token kinds, which the detector reads as they are.
use crate::temporal::token::Kind as Tk;
use crate::temporal::{Anchor, Grain, Interval, Temporal, TimexType};
use crate::word_cache::WordCache;
use chrono::Duration;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// A grammar word found at a token.
#[derive(Debug, Clone, Copy)]
struct CueHit<'l> {
    cue: &'l Cue,
    /// One past the last token of the cue.
    end: usize,
}

/// A named entity found in the text.
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    /// The gazetteer's key, or one made for a title or an unknown person (copied only into the actors kept).
    key: Cow<'static, str>,
    ty: EntityType,
    country: Option<&'static str>,
    /// Written with the locative preposition «ب» attached.
    prefixed: bool,
    /// A nationality adjective («إسرائيلية», «الأمريكي»), not a name.
    adjective: bool,
    /// Bytes of the first word's proclitics (و ف ب ك ل) before the name, left out of the span: «والعراق» is named
    /// «العراق». Through «لل» only a conjunction is cut: the article's alef is not written («للحوثيين»).
    skip: usize,
    /// A place where something happens: a base, or a place written with «ب» or after a locative preposition (set
    /// once the grammar words are known, see [`set_locative`]).
    locative: bool,
    /// A place right after a word of a body's seat: where the body sits, neither an event's place nor an actor (set
    /// once with `locative`, see [`set_locative`]).
    seat: bool,
    /// The title (an `offices.tsv` key) that introduced the mention, for a title and for a holder named after it
    /// («وزير الخارجية الجزائري أحمد عطاف»: `foreign_minister`): a counterpart after it holds that office.
    office: Option<&'static str>,
    /// The span in the original text, once read (a mention is a participant of every trigger around it).
    span: OnceCell<Span>,
}

/// Marks the mentions that name where something happens (read for every trigger around them, so worked out once).
fn set_locative(ments: &mut [Mention], cues: &Cues<'_>, doc: &Doc<'_>) {
    // The end of the participant before, when it is no place, and where it starts.
    let mut prev = (usize::MAX, 0);
    // Where the last place of an event ends: a place joined to it by «و» is one more («في العراق وسوريا»).
    let mut last_place = usize::MAX;
    // Where the first place of that list starts.
    let mut chain_start: usize = 0;
    // Where a nationality adjective after a locative cue ends: the place named right after it is the locative one
    // («في العاصمة الأفغانية كابل»), not the adjective.
    let mut carried = usize::MAX;
    for m in ments {
        // A place right after a word of a body's seat is where the body sits: neither the event's place nor an actor
        // («وقال المرصد ومقره بريطانيا», «البرلمان الذي مقره طبرق»); so past «في» after the seat set off by «و»
        // («منظمة ومقرها في جنيف»; not «هاجموا مقرها في إدلب», where the seat is what is hit).
        m.seat = m.skip == 0
            && m.start.checked_sub(1).is_some_and(|p| {
                let (p, waw) = if doc.word(p) == Some("في") {
                    (p.checked_sub(1), true)
                } else {
                    (Some(p), false)
                };
                p.and_then(|p| doc.word(p)).is_some_and(|w| {
                    (!waw || w.starts_with('و')) && EVENT_LEXICON.in_list(WordList::Seat, w)
                })
            });
        let place = matches!(
            m.ty,
            EntityType::Country | EntityType::City | EntityType::Region | EntityType::Base
        );
        m.locative = m.ty == EntityType::Base
            || (place
                && (m.prefixed
                    || m.start == carried
                    || (m.start.saturating_sub(2)..m.start).any(|j| {
                        cues.of(j, bit(CueKind::Locative))
                            .iter()
                            .any(|c| c.cue.kind == CueKind::Locative && c.end == m.start)
                    })
                    || prev.0 == m.start && visit_subject(cues, prev.1)
                    || last_place == m.start
                        && m.skip > 0
                        && doc.word(m.start).is_some_and(|w| w.starts_with('و'))
                        // (Not after a noun of people: «وزراء الطاقة في الأردن والعراق ومصر» are the three
                        // states' ministers.) Looked up only for a place so joined, which is rare.
                        && !(chain_start.saturating_sub(4)..chain_start).any(|k| {
                            doc.word(k)
                                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::PeopleHead, w))
                        })));
        if m.adjective && m.locative {
            m.locative = false;
            carried = m.end;
        }
        if m.locative && last_place != m.start {
            chain_start = m.start;
        }
        last_place = if m.locative { m.end } else { usize::MAX };
        prev = if m.locative {
            (usize::MAX, 0)
        } else {
            (m.end, m.start)
        };
    }
}

/// Whether a participant starting at token `s` is the subject of a verb of visiting that opens its clause, whose
/// @locative cue has a scope: how many words after the verb its subject may begin. The place right after that subject
/// is the place visited («زار الرئيس الفرنسي لبنان», «يزور العاهل الإسباني المغرب»). Out of line: it runs only for a
/// place right after another participant.
#[inline(never)]
fn visit_subject(cues: &Cues<'_>, s: usize) -> bool {
    (s.saturating_sub(4)..s).any(|j| {
        cues.of(j, bit(CueKind::Locative)).iter().any(|c| {
            c.cue.kind == CueKind::Locative
                && c.cue.scope > 0
                && c.end <= s
                && s - c.end <= c.cue.scope
        })
    })
}

/// Whether the words around a trigger that needs a participant name one without the gazetteer: an institution as the
/// verb's subject («رفض البرلمان», «سيطرت قوات المعارضة على …») or a place noun right after the phrase («سيطرت …
/// على مطار المدينة»).
fn head_in_words(doc: &Doc<'_>, cues: &Cues<'_>, h: &Hit) -> bool {
    // «بوصفها دولة» is "as a state": a verb with a preposition has no subject. A verbal noun in construct takes its
    // subject as its genitive («نتيجة سيطرة الميليشيات على الطريق»).
    let verb = (!h.nominal || !h.definite)
        && doc
            .word_bytes(h.first)
            .is_some_and(|w| !w.starts_with("ب".as_bytes()) && !w.starts_with("ل".as_bytes()));
    let subject = verb
        .then(|| doc.word(h.first + 1))
        .flatten()
        .is_some_and(|w| {
            let bare = w.strip_prefix("ال").unwrap_or(w);
            EVENT_LEXICON.in_list(WordList::Institution, bare)
        });
    let j = h.last + 1;
    subject
        || doc
            .word(j)
            .is_some_and(|w| !EVENT_LEXICON.in_list(WordList::PlainPreposition, w))
            && cues
                .of(j, bit(CueKind::Locative))
                .iter()
                .any(|c| c.cue.kind == CueKind::Locative)
        // The place already named, with the article («السيطرة على المدينة», «سيطروا على البلدة»); not «الوضع».
        || doc
            .word(j)
            .and_then(|w| w.strip_prefix("ال"))
            .is_some_and(|w| EVENT_LEXICON.in_list(WordList::PlaceNoun, w))
}

/// Whether a noun of a commission or office (`@body`) stands before token `i`, with at most three definite
/// adjectives between («الهيئة العليا المستقلة» before «للانتخابات»).
fn body_named(doc: &Doc<'_>, i: usize) -> bool {
    for k in (i.saturating_sub(4)..i).rev() {
        let Some(w) = doc.word(k) else { return false };
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if EVENT_LEXICON.in_list(WordList::Body, w.strip_prefix("ال").unwrap_or(w)) {
            return true;
        }
        if !w.starts_with("ال") {
            return false;
        }
    }
    false
}

/// Whether «على أن» follows the verb at `last` within a few words and what follows it is no imperfect verb (a view:
/// «على أن الحل سياسي», «على أنه …»).
fn agreed_that_view(doc: &Doc<'_>, last: usize) -> bool {
    (last + 1..last + 1 + GAP).any(|j| {
        doc.word(j) == Some("علي")
            && doc
                .word(j + 1)
                .is_some_and(|w| w == "ان" || w == "انه" || w == "انها")
            && (doc.word(j + 1) != Some("ان") || !doc.word(j + 2).is_some_and(looks_imperfect))
    })
}

/// «اتفاق بشأن تبادل الأسرى», «اتفقت روسيا وأوكرانيا على تبادل الأسرى»: an event told right after an accord, at
/// most four words on and after «بشأن», «حول» or «على», is what the accord is about: still to be done when the accord
/// was made, not done when none was reached. Runs over the events found in a chunk, in text order.
#[inline(never)]
fn accord_topics(text: &str, events: &mut [Event]) {
    for k in 1..events.len() {
        let Some((a, b)) = events.get(k - 1).zip(events.get(k)) else {
            continue;
        };
        // Four words take less than a hundred bytes; most events stand farther apart.
        if a.kind != EventKind::Agreement
            || b.trigger.span.start < a.trigger.span.end
            || b.trigger.span.start - a.trigger.span.end > 100
        {
            continue;
        }
        let between = text
            .get(a.trigger.span.end..b.trigger.span.start)
            .unwrap_or("");
        let words: Vec<&str> = between.split_whitespace().collect();
        let topic = (1..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.chars()
                    .all(|c| matches!(c, '\u{0621}'..='\u{065F}' | '\u{0670}'..='\u{06D3}'))
            })
            && words.last().is_some_and(|w| {
                matches!(
                    crate::normalize::fold_str(w).as_str(),
                    "بشان" | "حول" | "علي"
                )
            });
        if !topic {
            continue;
        }
        let negated = a.polarity == Polarity::Negative;
        if let Some(b) = events.get_mut(k) {
            if negated {
                b.polarity = Polarity::Negative;
            } else if b.modality == Modality::Actual {
                b.modality = Modality::Planned;
            }
        }
    }
}

/// A trigger found in the text, before filtering.
#[derive(Debug, Clone)]
struct Hit {
    first: usize,
    last: usize,
    entry: &'static TriggerEntry,
    future: bool,
    imperfect: bool,
    nominal: bool,
    definite: bool,
    /// Written with the plural ending «ات».
    plural: bool,
}

struct Doc<'t> {
    text: &'t str,
    toks: &'t [Tok],
    /// Token ranges of sentences and clauses: each list covers all tokens, in order.
    sents: Vec<(usize, usize)>,
    clauses: Vec<(usize, usize)>,
    /// Clauses opened by a relative pronoun: their dates belong to them alone.
    islands: Vec<bool>,
}

impl<'t> Doc<'t> {
    fn word(&self, i: usize) -> Option<&'t str> {
        let t = self.toks.get(i)?;
        if t.kind != Tk::Word {
            return None;
        }
        self.text.get(t.start..t.end)
    }

    /// True when the words of the tokens right after token `i` are those of `rest`, in order.
    fn followed_by(&self, i: usize, rest: &[String], after: &mut Following<'t>) -> bool {
        rest.iter()
            .enumerate()
            .all(|(k, rw)| after.word(self, i + 1 + k, k) == Some(rw.as_bytes()))
    }

    /// [`Doc::followed_by`] for a phrase whose first word is token `i`, given `next`, the bytes of the word after it:
    /// the callers read it once for many phrases, and it is compared first since most phrases end there. Always
    /// inlined: it runs once for every phrase tried, inside the callers' loops.
    #[inline(always)]
    fn rest_follows(
        &self,
        i: usize,
        next: Option<&[u8]>,
        rest: &[String],
        after: &mut Following<'t>,
    ) -> bool {
        match rest.first() {
            None => true,
            Some(w) => same_word(next, w) && self.followed_by(i, rest, after),
        }
    }

    /// The bytes of token `i` when it is a word ([`Doc::word`] without checking char boundaries, which a token's
    /// ends are: what a comparison of words needs).
    #[inline]
    fn word_bytes(&self, i: usize) -> Option<&'t [u8]> {
        let t = self.toks.get(i)?;
        if t.kind != Tk::Word {
            return None;
        }
        self.text.as_bytes().get(t.start..t.end)
    }

    /// Whether token `i` is a comma.
    #[inline]
    fn comma(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Tk::Punct(','))
    }
}

/// The words of the first tokens after one, each read once however many phrases starting there are compared with
/// them.
#[derive(Default)]
struct Following<'t> {
    words: [Option<Option<&'t [u8]>>; 4],
}

impl<'t> Following<'t> {
    /// The word of token `j`, the `k`-th after the one this was made for, as bytes.
    #[inline]
    fn word(&mut self, doc: &Doc<'t>, j: usize, k: usize) -> Option<&'t [u8]> {
        match self.words.get_mut(k) {
            Some(slot) => *slot.get_or_insert_with(|| doc.word_bytes(j)),
            None => doc.word_bytes(j),
        }
    }
}

/// The grammar words found at each token, in one flat list (most tokens have none, and a list per token cost an
/// allocation for each one that has some).
struct Cues<'l> {
    hits: Vec<CueHit<'l>>,
    /// The tokens that have grammar words, in order: (token, start of its words in `hits`, their kinds as a set of
    /// [`bit`]s). The window scans around every trigger walk these instead of every token of the window.
    toks: Vec<(usize, usize, u32)>,
    /// For each token, the kinds of its grammar words.
    kinds: Vec<u32>,
}

/// The lists [`Cues::hits`] and [`Cues::toks`] are made in.
type CueLists<'l> = (Vec<CueHit<'l>>, Vec<(usize, usize, u32)>);

/// The bit of a grammar-word kind in [`Cues::kinds`].
const fn bit(k: CueKind) -> u32 {
    1 << k as u32
}

/// The cue kinds of words that qualify the trigger right before them (figurative, habitual, generic, planned or
/// possible after it): no function words, so they may be a word of a name.
const AFTER_TRIGGER: u32 = bit(CueKind::PlannedAfter)
    | bit(CueKind::HypoAfter)
    | bit(CueKind::Figurative)
    | bit(CueKind::FigurativeDefinite)
    | bit(CueKind::Habitual)
    | bit(CueKind::Generic);

impl<'l> Cues<'l> {
    /// The grammar words of every token of `doc`; `kinds` is a list of zeros to make [`Cues::kinds`] in (of any
    /// length: it is lengthened to one entry per token if need be).
    /// `lists` holds empty lists to make [`Cues::hits`] and [`Cues::toks`] in, kept from an earlier chunk.
    fn new(doc: &Doc<'_>, vocab: &Words<'_>, mut kinds: Vec<u32>, lists: CueLists<'l>) -> Cues<'l> {
        if kinds.len() < doc.toks.len() {
            kinds.resize(doc.toks.len(), 0);
        }
        let mut cues = Cues {
            hits: lists.0,
            toks: lists.1,
            kinds,
        };
        cues.hits.reserve(vocab.with_cues.len());
        cues.toks.reserve(vocab.with_cues.len());
        for &i in &vocab.with_cues {
            let a = cues.hits.len();
            // The word's record, read once for its lists and its kinds.
            let Some(info) = vocab.info(i) else { continue };
            let lists = vocab.cue_lists_of(info);
            let mut kinds = info.cue_kinds;
            match lists.first() {
                // Most grammar words are one word: the whole first list matches, whatever follows.
                Some(list) if kinds != 0 => cues
                    .hits
                    .extend(list.iter().map(|cue| CueHit { cue, end: i + 1 })),
                _ => {
                    cues_at(doc, i, lists, &mut cues.hits);
                    kinds = 0;
                    for h in cues.hits.get(a..).unwrap_or(&[]) {
                        kinds |= bit(h.cue.kind);
                    }
                }
            }
            if kinds != 0 {
                cues.toks.push((i, a, kinds));
                if let Some(k) = cues.kinds.get_mut(i) {
                    *k = kinds;
                }
            }
        }
        cues
    }

    /// [`Cues::kinds`] made all zero again, for the next chunk (see [`EventWords::kinds`]): only the tokens listed
    /// in `toks` have kinds (an empty list when it is too long to keep); and the other lists, emptied.
    fn into_lists(self) -> (Vec<u32>, CueLists<'l>) {
        let mut kinds = self.kinds;
        if kinds.len() > MAX_KEPT_KINDS {
            kinds = Vec::new();
        }
        for &(t, _, _) in &self.toks {
            if let Some(k) = kinds.get_mut(t) {
                *k = 0;
            }
        }
        (kinds, (emptied(self.hits), emptied(self.toks)))
    }

    /// The grammar words of entry `k` of `toks`.
    #[inline]
    fn words_of(&self, k: usize) -> &[CueHit<'l>] {
        let Some(&(_, a, _)) = self.toks.get(k) else {
            return &[];
        };
        let b = self.toks.get(k + 1).map_or(self.hits.len(), |x| x.1);
        self.hits.get(a..b).unwrap_or(&[])
    }

    /// True when token `i` has a grammar word of one of the kinds in `bits`.
    #[inline]
    fn has(&self, i: usize, bits: u32) -> bool {
        self.kinds.get(i).is_some_and(|&k| k & bits != 0)
    }

    /// The grammar words at token `i` of a kind in `bits` (an empty list when it has none, without looking).
    #[inline]
    fn of(&self, i: usize, bits: u32) -> &[CueHit<'l>] {
        if !self.has(i, bits) {
            return &[];
        }
        self.words_of(self.toks.partition_point(|&(t, _, _)| t < i))
    }

    /// The index in `toks` of the first token at or after token `lo`, walked to from `near`, an index close to it:
    /// the scans around a trigger start a few tokens from it, and triggers come in text order, so a walk of a few
    /// steps replaces a binary search.
    #[inline]
    fn seek(&self, near: usize, lo: usize) -> usize {
        let mut k = near.min(self.toks.len());
        while k > 0 && self.toks.get(k - 1).is_some_and(|&(t, _, _)| t >= lo) {
            k -= 1;
        }
        while self.toks.get(k).is_some_and(|&(t, _, _)| t < lo) {
            k += 1;
        }
        k
    }
}

/// Appends the grammar words at token `i` to `out`: those of the first of its cue lists (one per bare form that has
/// one, see [`Words`]) whose entries match the words that follow.
fn cues_at<'l>(doc: &Doc<'_>, i: usize, lists: &[&'l [Cue]], out: &mut Vec<CueHit<'l>>) {
    let start = out.len();
    let mut after = Following::default();
    // The next word, which every phrase compares first: most phrases end there.
    let next = doc.word_bytes(i + 1);
    for &list in lists {
        for cue in list {
            if doc.rest_follows(i, next, &cue.rest, &mut after) {
                out.push(CueHit {
                    cue,
                    end: i + 1 + cue.rest.len(),
                });
            }
        }
        if out.len() > start {
            break;
        }
    }
}

/// A trigger that is the predicate of a verb of amounting («يشكل تهديداً», «تمثل ضربة للحوثيين»), not its subject
/// («يشكل مقتل القائد ضربة», «تشكل الضربات منعطفاً»): one indefinite word in the accusative, or before «لـ».
fn predicate(doc: &Doc<'_>, h: &Hit) -> bool {
    !h.definite
        && h.first == h.last
        && (doc
            .word(h.first)
            .is_some_and(|w| w.ends_with('ا') && !w.ends_with("ها"))
            || doc.word(h.last + 1).is_some_and(|w| w.starts_with('ل')))
}

/// Whether date `t`, chosen for the noun trigger `h` (number `hk`), stands before it while the nearest verb of threat
/// or demand before it is in its clause (`asks`: such verbs' trigger numbers and ends), and so is that verb's: after
/// the verb («هدد التنظيم الأربعاء بإعدام رهينة») or fronted before it («في 5 مايو، هدد … بشن هجمات»); a date after
/// the noun is the noun's («هدد بشن هجوم على المدينة في 25 أبريل»). Kept out of
/// line: few texts have such verbs.
#[inline(never)]
fn asked(
    asks: &[(usize, usize)],
    hk: usize,
    h: &Hit,
    t: &Temporal,
    tspan: Span,
    clause_start: usize,
) -> bool {
    h.nominal
        && h.entry.kind.family() != super::Family::Speech
        && t.span.end <= tspan.start
        && asks
            .iter()
            .rev()
            .find(|&&(j, _)| j < hk)
            .is_some_and(|&(j, end)| hk - j <= LOOK && end >= clause_start)
}

/// Whether token `k`, right after a killing trigger, begins a count of the dead: a number («مقتل 12 مسلحاً», «قتل
/// خمسة») or a noun of the «ـي» pattern in the dual («مقتل جنديين», «قُتل شرطيان»). Read only for a killing.
fn toll_after(doc: &Doc<'_>, k: usize) -> bool {
    doc.toks.get(k).is_some_and(|t| {
        t.kind == Tk::Num
            || t.bits & (crate::lexicon::bits::NUM | crate::lexicon::bits::CARDINAL) != 0
            || t.kind == Tk::Word
                && doc.word(k).is_some_and(|w| {
                    !w.starts_with("ال")
                        && (w.ends_with("يين") || w.ends_with("يان"))
                        && w.chars().nth(4).is_some()
                })
    })
}

/// True when the word `a` is `b`. Words of one length are common, and so are words of one first letter (the
/// article): their last bytes are compared before the whole.
#[inline]
fn same_word(a: Option<&[u8]>, b: &str) -> bool {
    let b = b.as_bytes();
    a.is_some_and(|a| a.len() == b.len() && a.last() == b.last() && a == b)
}

/// A reading of a word whose key is a trigger: what the trigger scan needs of it.
#[derive(Debug, Clone, Copy)]
struct TriggerReading {
    entries: &'static [TriggerEntry],
    future: bool,
    imperfect: bool,
    definite: bool,
    /// A preposition was stripped: only a noun reads so.
    prep: bool,
    /// The suffix starts with ت or is وا, the only ones a defective verb key takes.
    defective_ok: bool,
    /// An imperfect with no suffix and no future «س»: after «لم» it is a jussive, which drops a defective verb's
    /// last letter («لم يلتقِ», «لم ينتهِ»).
    jussive: bool,
    /// The suffix can follow a noun's ـة: the ـة itself (folded ه), the plural ات, or one that starts with ت
    /// (the dual تين, «مظاهرتهم»), so «مظاهرة» reaches the key «مظاهر» and the plural «مظاهر» does not.
    marbuta_ok: bool,
    /// A preposition «ب» or «ك» was stripped: a verbal noun at most, no verb.
    nominal_only: bool,
    /// The suffix is a verb's subject («ا», «وا», «نا», «ت» …), which no verbal noun takes.
    subject: bool,
    /// A hollow verb of the shape أفال with «ه» after it («أضافه», «أشاره»): as written, the verbal noun in ـة
    /// («إضافة إلى», «في إشارة إلى», «إفادة»), read as the verb only where the lexicon derives that noun.
    masdar_ha: bool,
    /// An imperfect of a hollow verb that keeps its long «ا» («يُقال», «يُشار», «تُضاف»): the passive, which reports
    /// no one's act (the active has «و» or «ي»: «يقول», «يشير»).
    hollow_passive: bool,
}

/// Whether the key has the shape فال of a hollow verb of form I («قال», «زار», «عاد»).
fn hollow_form_i(key: &str) -> bool {
    let mut cs = key.chars();
    matches!(
        (cs.next(), cs.next(), cs.next(), cs.next()),
        (Some(_), Some('ا'), Some(_), None)
    )
}

/// Whether `w`, ending in the dual `suffix` («ـتا», «ـتان», «ـتين»), is the dual of a noun in «ـة» that the lexicon
/// knows as a word of its own (an institution, a state's organ: «وزارتا» is the dual of «وزارة»). Read only for a
/// trigger reading with such an ending.
fn dual_of_known_noun(lex: &super::lexicon::EventLexicon, w: &str, suffix: &str) -> bool {
    let Some(base) = w.strip_suffix(suffix) else {
        return false;
    };
    let mut noun = String::with_capacity(base.len() + 2);
    noun.push_str(base);
    noun.push('ه');
    let mut found = false;
    for_each_bare_form(&noun, &mut String::new(), |form| {
        found |= lex.forms.get(form).is_some_and(|f| !f.cues.is_empty());
    });
    found
}

/// Whether the key has the shape أفال of a hollow verb of form IV («أضاف», «أشار», «أفاد»; folded, so «اضاف»).
fn hollow_form_iv(key: &str) -> bool {
    let mut cs = key.chars();
    matches!(
        (cs.next(), cs.next(), cs.next(), cs.next(), cs.next()),
        (Some('ا'), Some(_), Some('ا'), Some(_), None)
    )
}

/// Gazetteer candidates of one bare form of a word, in the order `mentions` tries them.
#[derive(Debug, Clone, Copy)]
struct NameStep {
    /// Names whose first word is the form (empty when none).
    names: &'static [Name],
    /// The nationality adjective the form reads as.
    nationality: Option<usize>,
    /// The locative «ب» was stripped to reach the form.
    prefixed: bool,
    /// Bytes of the word before the form, when the form is the word's end (see [`Mention::skip`]).
    skip: usize,
}

/// What the lexicons say of one word spelling, as ranges into the lists of [`EventWords`] (kept small: one is read
/// for every word token).
#[derive(Debug, Clone, Copy)]
struct WordInfo {
    triggers: (u32, u32),
    cues: (u32, u32),
    names: (u32, u32),
    /// The kinds of the word's grammar words (as [`bit`]s) when they do not depend on the words after it: its first
    /// cue list has only one-word entries, which all match (see [`cues_at`]); 0 otherwise.
    cue_kinds: u32,
    /// Which of the lists are not empty ([`WordInfo::TRIGGERS`], [`WordInfo::CUES`], [`WordInfo::NAMES`]), and
    /// [`WordInfo::THAT`], [`WordInfo::SAYS_THAT`], [`WordInfo::IS_TRIGGER`], [`WordInfo::ONE_NAME`];
    /// [`WordInfo::UNREAD`] until the word
    /// is read.
    has: u8,
}

impl WordInfo {
    const TRIGGERS: u8 = 1;
    const CUES: u8 = 2;
    const NAMES: u8 = 4;
    /// The word is «أن» (ends a relative clause, see [`segment`]).
    const THAT: u8 = 8;
    /// The word is «أن» or «إن» with a pronoun or not: what a speaker says follows it.
    const SAYS_THAT: u8 = 16;
    /// The word or one of its readings is a trigger key.
    const IS_TRIGGER: u8 = 32;
    /// The name the word starts does not depend on the words after it: its first gazetteer candidate is a one-word
    /// name, or a nationality with no name before it (see [`mentions`]).
    const ONE_NAME: u8 = 64;
    /// The word has not been read yet.
    const UNREAD: u8 = 128;
    /// The bits [`WordTables::fill`] lists tokens by.
    const VISITED: u8 = Self::TRIGGERS | Self::CUES | Self::NAMES | Self::THAT;

    const UNREAD_INFO: WordInfo = WordInfo {
        triggers: (0, 0),
        cues: (0, 0),
        names: (0, 0),
        cue_kinds: 0,
        has: Self::UNREAD,
    };
}

/// The tokens of a chunk the scans visit.
#[derive(Debug, Default)]
struct Visits {
    /// The tokens with trigger readings, with grammar-word lists and with gazetteer candidates, in order: each scan
    /// visits only its own (most words are none of these).
    with_triggers: Vec<usize>,
    with_cues: Vec<usize>,
    with_names: Vec<usize>,
    /// The tokens where a clause may begin or end besides grammar words: punctuation, breaks and «أن».
    marks: Vec<usize>,
}

/// Every lexicon lookup that depends on a word alone, made once per word spelling of a
/// [`WordCache`](crate::WordCache) (by its word index): news repeats its words within an article and across
/// articles, and stemming a word into its readings and probing the tables was most of the detector's cost. Answers
/// are those of the lookups made token by token.
#[derive(Debug, Default)]
pub(crate) struct EventWords {
    tables: WordTables,
    /// Whether a word (by index) has a reading with a trigger phrase's word (by [`Rest::Word`] number), as
    /// [`word_has_key`] answers: phrases are tried at every occurrence of their first word, and the same few words
    /// follow it.
    has_key: HashMap<(u32, u32), bool, BuildHasherDefault<FxHasher>>,
    /// The list [`Cues::kinds`] is made in, all zero between chunks: a chunk clears the few entries it set rather
    /// than zeroing one for each of its tokens.
    kinds: Vec<u32>,
    /// The other per-chunk lists, empty between chunks.
    scratch: Scratch,
}

/// The longest [`EventWords::kinds`] kept for the next chunk, so that its memory stays bounded.
const MAX_KEPT_KINDS: usize = 1 << 18;

/// The per-chunk lists of the detector, kept empty between chunks with their memory, so that a chunk does not
/// allocate each of them anew.
#[derive(Debug, Default)]
struct Scratch {
    visits: Visits,
    sents: Vec<(usize, usize)>,
    clauses: Vec<(usize, usize)>,
    islands: Vec<bool>,
    consumed: Vec<bool>,
    matched: Vec<usize>,
    best_matched: Vec<usize>,
    tspans: Vec<Span>,
    next_other: Vec<Option<usize>>,
    clause_fams: Vec<u16>,
    clause_spans: Vec<OnceCell<Span>>,
    cue_hits: Vec<CueHit<'static>>,
    cue_toks: Vec<(usize, usize, u32)>,
    ments: Vec<Mention>,
    hits: Vec<Hit>,
}

/// The most memory a list kept for the next chunk may hold, in bytes (a news article's lists need far less).
const MAX_KEPT_BYTES: usize = 1 << 20;

/// `list` emptied for the next chunk, or dropped when it holds too much memory to keep (so that memory stays
/// bounded).
fn emptied<T>(mut list: Vec<T>) -> Vec<T> {
    if list.capacity().saturating_mul(std::mem::size_of::<T>()) > MAX_KEPT_BYTES {
        return Vec::new();
    }
    list.clear();
    list
}

/// [`EventWords::has_key`] is emptied when it grows past this many answers, so that its memory stays bounded.
const MAX_KEY_ANSWERS: usize = 1 << 16;

impl EventWords {
    pub(crate) fn clear(&mut self) {
        self.tables.clear();
        self.has_key.clear();
        self.kinds = Vec::new();
        self.scratch = Scratch::default();
    }
}

/// The lookups of [`EventWords`] made when a word is first read.
#[derive(Debug, Default)]
struct WordTables {
    /// By word index ([`WordInfo::UNREAD`] until the word is read).
    info: Vec<WordInfo>,
    /// [`WordInfo::has`] of each word of `info`, apart: the scan of every token reads only this, and a byte a word
    /// stays in cache where the whole records do not.
    has: Vec<u8>,
    /// [`byte_sig`] of each word of `info` (all bits until the word is read): what [`match_rest`] tests the words of a
    /// gap by before comparing them.
    sigs: Vec<u64>,
    triggers: Vec<TriggerReading>,
    cues: Vec<&'static [Cue]>,
    names: Vec<NameStep>,
}

impl WordTables {
    fn clear(&mut self) {
        self.info.clear();
        self.has.clear();
        self.sigs.clear();
        self.triggers.clear();
        self.cues.clear();
        self.names.clear();
    }

    /// Reads every word of `doc` not read yet, and lists the tokens each scan visits. `words` is the number of word
    /// spellings of the cache (one more than the largest index a token of `doc` has).
    /// `v` holds empty lists to fill, kept from an earlier chunk.
    fn fill(&mut self, doc: &Doc<'_>, words: usize, mut v: Visits) -> Visits {
        let lex: &'static super::lexicon::EventLexicon = &EVENT_LEXICON;
        let mut buf = String::new();
        // A quarter of the tokens bounds each list in news text (they grow past it if need be): they are sized once
        // rather than grown step by step.
        let quarter = doc.toks.len() / 4;
        v.with_triggers.reserve(quarter);
        v.with_cues.reserve(quarter);
        v.with_names.reserve(quarter);
        v.marks.reserve(quarter);
        // Room for every index at once, rather than a step for each new word.
        if self.info.len() < words {
            crate::word_cache::reserve_words(&mut self.info, words);
            crate::word_cache::reserve_words(&mut self.has, words);
            crate::word_cache::reserve_words(&mut self.sigs, words);
            self.info.resize(words, WordInfo::UNREAD_INFO);
            self.has.resize(words, WordInfo::UNREAD);
            self.sigs.resize(words, u64::MAX);
        }
        for (i, t) in doc.toks.iter().enumerate() {
            // Only words have an index: testing it spares a test of the kind for every word.
            debug_assert!(t.word == token::NO_WORD || t.kind == Tk::Word);
            if t.word == token::NO_WORD {
                if !matches!(t.kind, Tk::Word | Tk::Num) {
                    v.marks.push(i);
                }
                continue;
            }
            let has = self
                .has
                .get(t.word as usize)
                .copied()
                .unwrap_or(WordInfo::UNREAD);
            // One test for the common case, a word read before that no scan visits.
            if has & (WordInfo::VISITED | WordInfo::UNREAD) == 0 {
                continue;
            }
            let has = if has & WordInfo::UNREAD != 0 {
                self.read_new(lex, doc, t, &mut buf)
            } else {
                has
            };
            if has & WordInfo::VISITED == 0 {
                continue;
            }
            if has & WordInfo::TRIGGERS != 0 {
                v.with_triggers.push(i);
            }
            if has & WordInfo::CUES != 0 {
                v.with_cues.push(i);
            }
            if has & WordInfo::NAMES != 0 {
                v.with_names.push(i);
            }
            if has & WordInfo::THAT != 0 {
                v.marks.push(i);
            }
        }
        v
    }

    /// Reads the word of token `t`, seen for the first time, and returns its [`WordInfo::has`] bits (none when its
    /// text cannot be read). Out of line and marked cold: most tokens are words already read, and keeping this large
    /// body out of the per-token loop keeps that loop small.
    #[cold]
    #[inline(never)]
    fn read_new(
        &mut self,
        lex: &'static super::lexicon::EventLexicon,
        doc: &Doc<'_>,
        t: &Tok,
        buf: &mut String,
    ) -> u8 {
        let id = t.word as usize;
        if t.word == token::NO_WORD {
            return 0;
        }
        if id >= self.info.len() {
            self.info.resize(id + 1, WordInfo::UNREAD_INFO);
            self.has.resize(id + 1, WordInfo::UNREAD);
            self.sigs.resize(id + 1, u64::MAX);
        }
        let Some(w) = doc.text.get(t.start..t.end) else {
            return 0;
        };
        if let Some(x) = self.sigs.get_mut(id) {
            *x = byte_sig(w.as_bytes());
        }
        let info = self.read(lex, w, buf);
        if let Some(x) = self.info.get_mut(id) {
            *x = info;
        }
        if let Some(x) = self.has.get_mut(id) {
            *x = info.has;
        }
        info.has
    }

    /// Looks `w` up in every table.
    fn read(
        &mut self,
        lex: &'static super::lexicon::EventLexicon,
        w: &str,
        buf: &mut String,
    ) -> WordInfo {
        let t0 = self.triggers.len();
        let may = |stem: &str, alef: bool| lex.trigger_starts.may_start(stem, alef);
        for_each_reading_where(w, may, |r| {
            let key = r.key(buf);
            if let Some(list) = lex.triggers.get(key) {
                // A dual in construct of a known noun is no verb with its subject ending: «وزارتا الخارجية
                // والدفاع» is not «و» + «زار» + «تا».
                if matches!(r.suffix, "تا" | "تان" | "تين")
                    && list.iter().all(|e| !e.nominal)
                    && dual_of_known_noun(lex, w, r.suffix)
                {
                    return;
                }
                self.triggers.push(TriggerReading {
                    entries: list,
                    future: r.future,
                    imperfect: r.imperfect,
                    definite: r.definite,
                    prep: r.prep,
                    defective_ok: r.suffix.starts_with('ت') || r.suffix.starts_with("وا"),
                    jussive: r.imperfect && !r.future && r.suffix.is_empty(),
                    marbuta_ok: r.suffix == "ه"
                        || r.suffix.starts_with('ت')
                        || r.suffix.starts_with("ات"),
                    masdar_ha: r.suffix == "ه" && hollow_form_iv(key),
                    nominal_only: r.nominal_only,
                    subject: matches!(r.suffix, "ا" | "وا" | "نا" | "ت" | "تا" | "تم" | "تن"),
                    hollow_passive: r.imperfect && (hollow_form_i(key) || hollow_form_iv(key)),
                });
            }
        });
        // A word of two letters or more that is a key has been found as its own first reading (`may` passes every
        // key's start): only a one-letter word is looked up as it is.
        let is_trigger = self.triggers.len() > t0
            || (w.chars().nth(1).is_none() && lex.triggers.contains_key(w));
        let (c0, n0) = (self.cues.len(), self.names.len());
        for_each_bare_form(w, buf, |form| {
            let Some(f) = lex.forms.get(form) else {
                return;
            };
            if !f.cues.is_empty() {
                self.cues.push(&f.cues);
            }
            if !f.names.is_empty() || f.nationality.is_some() {
                // The locative «ب» («ببغداد»); «ل» is a dative, not a place («لإيران»).
                let b = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                self.names.push(NameStep {
                    names: &f.names,
                    nationality: f.nationality,
                    prefixed: form.len() < b.len() && b.starts_with('ب'),
                    // A form built from «لل» is not a slice of the word: only a conjunction before it is cut
                    // («وللحوثيين» is named «للحوثيين»).
                    skip: if w.ends_with(form) {
                        w.len() - form.len()
                    } else {
                        w.len() - b.len()
                    },
                });
            }
        });
        let (t1, c1, n1) = (self.triggers.len(), self.cues.len(), self.names.len());
        // The first candidate is tried first, and always matches when it needs no following word.
        let one_name = n1 > n0
            && self
                .names
                .get(n0)
                .is_some_and(|s| s.names.first().is_none_or(|name| name.rest.is_empty()));
        let flag = |a: usize, b: usize, f: u8| if a < b { f } else { 0 };
        // The lists stay far below 2^32 entries: they are emptied with the word cache.
        let range = |a: usize, b: usize| (a as u32, b as u32);
        // «أن» and its forms start with «ان», after one proclitic letter (two bytes) at most: other words are told
        // apart without stripping one.
        let may_be_that = w.starts_with("ان") || w.get(2..).is_some_and(|r| r.starts_with("ان"));
        let cue_kinds = match self.cues.get(c0) {
            Some(list) if c0 < c1 && list.iter().all(|c| c.rest.is_empty()) => {
                list.iter().fold(0, |k, c| k | bit(c.kind))
            }
            _ => 0,
        };
        WordInfo {
            triggers: range(t0, t1),
            cues: range(c0, c1),
            names: range(n0, n1),
            cue_kinds,
            has: flag(t0, t1, WordInfo::TRIGGERS)
                | if is_trigger { WordInfo::IS_TRIGGER } else { 0 }
                | if one_name { WordInfo::ONE_NAME } else { 0 }
                | flag(c0, c1, WordInfo::CUES)
                | flag(n0, n1, WordInfo::NAMES)
                | if may_be_that
                    && matches!(
                        w.strip_prefix(['و', 'ب']).unwrap_or(w),
                        "ان" | "انه" | "انها"
                    )
                {
                    WordInfo::THAT
                } else {
                    0
                }
                | if may_be_that
                    && matches!(
                        w.strip_prefix(['و', 'ف', 'ب']).unwrap_or(w),
                        "ان" | "انه" | "انها" | "انهم" | "انهما" | "انا" | "اننا"
                    )
                {
                    WordInfo::SAYS_THAT
                } else {
                    0
                },
        }
    }
}

/// The word records of a chunk's tokens.
struct Words<'w> {
    /// The chunk's tokens, which hold their words' indices ([`token::NO_WORD`] for other tokens).
    toks: &'w [Tok],
    with_triggers: Vec<usize>,
    with_cues: Vec<usize>,
    with_names: Vec<usize>,
    marks: Vec<usize>,
    table: &'w WordTables,
}

impl<'w> Words<'w> {
    /// The records of `doc`'s words, read into `table` where they are not yet.
    fn new(doc: &Doc<'w>, table: &'w mut WordTables, words: usize, lists: Visits) -> Words<'w> {
        let v = table.fill(doc, words, lists);
        Words {
            toks: doc.toks,
            with_triggers: v.with_triggers,
            with_cues: v.with_cues,
            with_names: v.with_names,
            marks: v.marks,
            table,
        }
    }

    /// The lists of tokens to visit, emptied for the next chunk.
    fn into_visits(self) -> Visits {
        Visits {
            with_triggers: emptied(self.with_triggers),
            with_cues: emptied(self.with_cues),
            with_names: emptied(self.with_names),
            marks: emptied(self.marks),
        }
    }

    /// The word record of token `i`.
    #[inline]
    fn info(&self, i: usize) -> Option<&'w WordInfo> {
        let id = self.toks.get(i)?.word;
        self.table
            .info
            .get(id as usize)
            .filter(|x| x.has & WordInfo::UNREAD == 0)
    }

    /// The slice `r` of `list`.
    fn range<T>(list: &[T], r: (u32, u32)) -> Option<&[T]> {
        list.get(r.0 as usize..r.1 as usize)
    }

    /// The trigger readings of token `i`, in reading order.
    fn triggers(&self, i: usize) -> &[TriggerReading] {
        self.info(i)
            .and_then(|x| Self::range(&self.table.triggers, x.triggers))
            .unwrap_or(&[])
    }

    /// The cue lists of the bare forms of a word, by its record, longest form first.
    #[inline]
    fn cue_lists_of(&self, info: &WordInfo) -> &'w [&'static [Cue]] {
        Self::range(&self.table.cues, info.cues).unwrap_or(&[])
    }

    /// The gazetteer candidates of token `i`'s bare forms, longest form first, and whether the first of them
    /// decides alone ([`WordInfo::ONE_NAME`]).
    #[inline]
    fn name_steps(&self, i: usize) -> (&[NameStep], bool) {
        match self.info(i) {
            Some(x) => (
                Self::range(&self.table.names, x.names).unwrap_or(&[]),
                x.has & WordInfo::ONE_NAME != 0,
            ),
            None => (&[], false),
        }
    }

    /// True when token `i` is a word that reads as a trigger.
    fn is_trigger(&self, i: usize) -> bool {
        self.info(i)
            .is_some_and(|x| x.has & WordInfo::IS_TRIGGER != 0)
    }
}

/// Sentences end at . ! ? and line breaks (a period between digits is a decimal point). Clauses also end at ; : and
/// brackets, at a comma followed by a word with a conjunction و ف or by a connective, and before a connective
/// («بينما», «حيث», «كما», …, listed as `@clause` in the data). A comma before anything else does not end a clause:
/// «… في 26 يوليو 2021، اتفاقاً يُنهي …» keeps the date with its object.
///
/// Only the tokens that can open or close a clause are visited: punctuation and breaks, grammar words that open one,
/// and «أن» (listed in `marks` with the punctuation, see [`Visits::marks`]).
fn segment<'t>(
    text: &'t str,
    toks: &'t [Tok],
    cues: &Cues<'_>,
    marks: &[usize],
    lists: &mut Scratch,
) -> Doc<'t> {
    let n = toks.len();
    // Every visited token closes at most one clause and one sentence.
    let most = marks.len() + cues.toks.len() + 1;
    let mut doc = Doc {
        text,
        toks,
        sents: std::mem::take(&mut lists.sents),
        clauses: std::mem::take(&mut lists.clauses),
        islands: std::mem::take(&mut lists.islands),
    };
    doc.sents.reserve(marks.len() + 1);
    doc.clauses.reserve(most);
    doc.islands.reserve(most);
    let is_relative = |i: usize| cues.has(i, bit(CueKind::Relative));
    let is_clause_cue = |i: usize| cues.has(i, bit(CueKind::Clause));
    let mut s0 = 0;
    let mut c0 = 0;
    let mut c0_island = false;
    // The clause was opened by a connective of `@fronted` at the head of its sentence: it ends at its first comma.
    let mut c0_fronted = false;
    // The marks and the clause-opening grammar words, merged in text order: `m` and `o` are the next of each.
    const OPENS: u32 = bit(CueKind::Clause) | bit(CueKind::Relative);
    let (mut m, mut o) = (0, 0);
    loop {
        while cues.toks.get(o).is_some_and(|&(_, _, k)| k & OPENS == 0) {
            o += 1;
        }
        let (a, b) = (marks.get(m).copied(), cues.toks.get(o).map(|&(t, _, _)| t));
        let i = match (a, b) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => break,
        };
        if a == Some(i) {
            m += 1;
        }
        if b == Some(i) {
            o += 1;
        }
        let Some(t) = doc.toks.get(i) else {
            break;
        };
        match t.kind {
            Tk::Word => {
                // A connective or a relative pronoun opens a clause of its own; a relative clause ends at «أن»
                // («الوزير الذي وصل قبل أيام أن المحادثات ستفضي …»: the date is the arrival's only).
                let ends_island = c0_island
                    && doc.word(i).is_some_and(|w| {
                        matches!(
                            w.strip_prefix(['و', 'ب']).unwrap_or(w),
                            "ان" | "انه" | "انها"
                        )
                    });
                if is_clause_cue(i) || is_relative(i) || ends_island {
                    if i > c0 {
                        doc.clauses.push((c0, i));
                        doc.islands.push(c0_island);
                        c0 = i;
                    }
                    c0_island = is_relative(i);
                    c0_fronted = i == s0
                        && doc.word(i).is_some_and(|w| {
                            EVENT_LEXICON
                                .in_list(WordList::Fronted, w.strip_prefix(['و', 'ف']).unwrap_or(w))
                        });
                }
                // A word ends neither a clause nor a sentence.
                continue;
            }
            Tk::Num => continue,
            Tk::Punct(_) | Tk::Break => {}
        }
        let next = doc.toks.get(i + 1);
        let prev = i.checked_sub(1).and_then(|p| doc.toks.get(p));
        let end_sentence = match t.kind {
            Tk::Break | Tk::Punct('!' | '?') => true,
            Tk::Punct('.') => {
                !(prev.is_some_and(|p| p.kind == Tk::Num && p.end == t.start)
                    && next.is_some_and(|x| x.kind == Tk::Num && x.start == t.end))
            }
            _ => false,
        };
        let end_clause = end_sentence
            || match t.kind {
                Tk::Punct(';' | ':' | '(' | ')') => true,
                Tk::Punct(',') => {
                    next.is_some_and(|x| x.kind == Tk::Word)
                        && (doc.word(i + 1).is_some_and(|w| {
                            // A third char: after the conjunction's two bytes, more than four bytes hold two chars
                            // (chars are counted only in a short word).
                            w.starts_with(['و', 'ف']) && (w.len() > 6 || w.chars().nth(2).is_some())
                        }) || is_clause_cue(i + 1)
                            || c0_fronted && doc.word(i + 1).is_some_and(opens_main_clause))
                }
                _ => false,
            };
        if end_clause {
            doc.clauses.push((c0, i + 1));
            doc.islands.push(c0_island);
            c0 = i + 1;
            c0_island = false;
            c0_fronted = false;
        }
        if end_sentence {
            doc.sents.push((s0, i + 1));
            s0 = i + 1;
        }
    }
    if c0 < n {
        doc.clauses.push((c0, n));
        doc.islands.push(c0_island);
    }
    if s0 < n {
        doc.sents.push((s0, n));
    }
    doc
}

/// Whether the mention's first word carries the dative «لـ» («لتنظيم داعش», «للحوثيين»; not «لبنان», whose «ل» is
/// the name's own: its form is the whole word).
fn dative(doc: &Doc<'_>, m: &Mention) -> bool {
    doc.word(m.start).is_some_and(|w| {
        let b = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        b.starts_with("لل") || (b.starts_with('ل') && m.skip > w.len() - b.len())
    })
}

/// Whether the mention names the force an attack noun ending at `last` is of: a group, an organisation or a country
/// with «لـ» right after it («هجوم لحركة الشباب»), or after one noun of its men or machines with «لـ» (listed as
/// `@force_member`: «هجوم لمسلحي داعش», «غارات للطيران الإسرائيلي»).
fn attack_force(doc: &Doc<'_>, m: &Mention, last: usize) -> bool {
    if m.start == last + 1 {
        return !m.adjective
            && matches!(
                m.ty,
                EntityType::Group | EntityType::Org | EntityType::Country
            )
            && dative(doc, m);
    }
    m.start == last + 2
        && m.skip == 0
        && doc.word(last + 1).is_some_and(|w| {
            w.strip_prefix("لل")
                .or_else(|| w.strip_prefix('ل'))
                .is_some_and(|b| EVENT_LEXICON.in_list(WordList::ForceMember, b))
                // The men in construct with the force's name, without «لـ» («هجمات مقاتلي حزب العمال»).
                || !m.adjective
                    && matches!(m.ty, EntityType::Group | EntityType::Org)
                    && EVENT_LEXICON.in_list(WordList::ForceMember, w)
        })
}

/// True when the token's word has a reading whose key is `key`, or is `key` itself.
fn word_has_key(w: &str, key: &str) -> bool {
    if w == key {
        return true;
    }
    if !may_have_key(w, key) {
        return false;
    }
    // A reading's key starts with its stem's first letter (after the alef of a reading with one): other splits are
    // skipped.
    let first = key.chars().next();
    let after_alef = key.strip_prefix('ا').and_then(|k| k.chars().next());
    let may = |stem: &str, alef: bool| {
        let c = stem.chars().next();
        c.is_some() && c == if alef { after_alef } else { first }
    };
    let mut buf = String::new();
    let mut found = false;
    for_each_reading_where(w, may, |r| found = found || r.key(&mut buf) == key);
    found
}

/// False when the word has no reading whose key is `key`: a reading's stem is a slice of the word, and its key is the
/// stem, with an alef before it or a final hamza seat written ء, so the key without those is in the word.
fn may_have_key(w: &str, key: &str) -> bool {
    has_core(w.as_bytes(), key_core(key))
}

/// The part of `key` that a word with a reading whose key is `key` contains (see [`may_have_key`]).
fn key_core(key: &str) -> &[u8] {
    let core = key.strip_prefix('ا').unwrap_or(key);
    core.strip_suffix('ء').unwrap_or(core).as_bytes()
}

/// True when the word `w` contains `core`.
fn has_core(w: &[u8], core: &[u8]) -> bool {
    // A plain search: words are short, and an Arabic letter's second byte tells most letters apart.
    core.is_empty()
        || w.windows(core.len())
            .any(|win| win.get(1) == core.get(1) && win == core)
}

/// One bit for the low six bits of each byte of `w`: a word that contains `core` has every bit of `core`'s (so a
/// word missing one of them is told apart without a search).
fn byte_sig(w: &[u8]) -> u64 {
    w.iter().fold(0, |s, &b| s | 1 << (b & 63))
}

/// Matches the rest of a trigger phrase after token `i`; puts the matched token indices in `matched` and returns
/// true when it matches. `has_key` keeps the answers of [`word_has_key`]; `sigs` holds [`byte_sig`] of each word
/// (by index, see [`WordTables::sigs`]).
fn match_rest(
    doc: &Doc<'_>,
    cues: &Cues<'_>,
    i: usize,
    rest: &[Rest],
    has_key: &mut HashMap<(u32, u32), bool, BuildHasherDefault<FxHasher>>,
    sigs: &[u64],
    matched: &mut Vec<usize>,
) -> bool {
    matched.clear();
    matched.push(i);
    let mut pos = i + 1;
    let mut gap = 0;
    for r in rest {
        match r {
            Rest::Gap => gap = GAP,
            Rest::LongGap => gap = LONG_GAP,
            Rest::Word(ks) => {
                // The cores of the words sought, found once (most phrase words have no alternative).
                let mut cores: [&[u8]; 16] = [&[]; 16];
                for (c, (k, _)) in cores.iter_mut().zip(ks.iter()) {
                    *c = key_core(k);
                }
                // In a gap, the bits of the cores: most words passed lack one of each core's, and are passed without
                // a search (an empty core has none, and is searched for).
                let sift = gap > 0 && ks.len() <= cores.len();
                let mut need = [0u64; 16];
                if sift {
                    for (s, c) in need.iter_mut().zip(cores.iter().take(ks.len())) {
                        *s = byte_sig(c);
                    }
                }
                let mut found = None;
                // The tokens passed in a gap, and the number tokens since the last other one: a count right before
                // the word sought is its own («سحبت القوة ألفاً وخمسمئة جندي», «أرسلت بريطانيا 300 جندي») and does
                // not count towards the gap; one with other words after it does («… 12 ترخيصاً لشركات …»).
                let (mut passed, mut count) = (0, 0);
                let mut j = pos;
                while passed <= gap {
                    let Some(t) = doc.toks.get(j) else {
                        return false;
                    };
                    j += 1;
                    let j = j - 1;
                    // (An ordinal day of a month counts as a number: «دعت في الخامس عشر من رمضان 1446هـ طرفي النزاع
                    // إلى هدنة»; not «لليوم السابع على التوالي».)
                    let number = || {
                        gap > 0
                            && (t.kind == Tk::Num
                                || t.bits & crate::lexicon::bits::CARDINAL != 0
                                || t.bits
                                    & (crate::lexicon::bits::ORDINAL | crate::lexicon::bits::TEEN)
                                    != 0
                                    && (j + 1..j + 3)
                                        .any(|x| doc.word_bytes(x) == Some("من".as_bytes())))
                    };
                    // (A test of the kind's tag alone.)
                    if !matches!(t.kind, Tk::Word) {
                        if number() {
                            count += 1;
                            continue;
                        }
                        // Quotes and dashes may stand inside a phrase, and an aside between commas inside a gap;
                        // other punctuation ends it.
                        // (A long gap passes any comma: a title's aside may be long.)
                        if matches!(t.kind, Tk::Punct('"' | '“' | '”' | '«' | '»' | '-'))
                            || gap > 0 && parenthetical_comma(doc, j)
                            || gap > GAP && t.kind == Tk::Punct(',')
                        {
                            // The commas around a time between them count no more than it does («وأوقفت الشرطة
                            // في المدينة، الخميس، شاباً»).
                            let timed =
                                |k: usize| doc.toks.get(k).is_some_and(|t| t.bits & TIME_WORD != 0);
                            if !(gap > 0 && (timed(j + 1) || j > 0 && timed(j - 1))) {
                                passed += count + 1;
                            }
                            count = 0;
                            continue;
                        }
                        return false;
                    }
                    // (The token is a word: its bytes, as [`Doc::word_bytes`] reads them.)
                    let Some(w) = doc.text.as_bytes().get(t.start..t.end) else {
                        continue;
                    };
                    // Most words after a phrase's first are not its next word: they are told apart without a
                    // lookup. (A word that is `k` contains its core.)
                    let may = !sift || {
                        let have = sigs.get(t.word as usize).copied().unwrap_or(u64::MAX);
                        need.get(..ks.len())
                            .is_some_and(|need| need.iter().any(|&s| s & !have == 0))
                    };
                    let ok = may
                        && ks.iter().enumerate().any(|(n, (k, id))| {
                            has_core(w, cores.get(n).copied().unwrap_or_else(|| key_core(k)))
                                && (w == k.as_bytes()
                                    || match has_key.get(&(t.word, *id)) {
                                        Some(&ok) => ok,
                                        None => {
                                            let ok =
                                                doc.word(j).is_some_and(|w| word_has_key(w, k));
                                            if has_key.len() >= MAX_KEY_ANSWERS {
                                                has_key.clear();
                                            }
                                            has_key.insert((t.word, *id), ok);
                                            ok
                                        }
                                    })
                        });
                    if ok {
                        found = Some(j);
                        break;
                    }
                    // A word of time inside a gap and the count before it do not count («ونفذت مقاتلات تركية ليل
                    // الأحد الاثنين مزيداً من الضربات», «خلال 24 الساعة الماضية»); nor does «من» after a count,
                    // which counts what the phrase's word tells of («سقوط أكثر من 145 من ميليشيات الحوثي بين قتيل»).
                    if gap > 0 && (t.bits & TIME_WORD != 0 || count > 0 && w == "من".as_bytes()) {
                        count = 0;
                        continue;
                    }
                    if number() {
                        count += 1;
                        continue;
                    }
                    passed += count + 1;
                    count = 0;
                }
                let Some(j) = found else {
                    return false;
                };
                // A gap ends where a new clause begins: a connective («ثم», «بينما») or «و» before a verb («لوّح
                // الرئيس بيده ثم أعلن وقف …», «سحبت الحكومة المشروع وأرسلت ألف جندي»), which is no phrase's word
                // either («لوّح القائد بيده وفرضت قواته …»). (Looked at once the word is found: most gaps find none.)
                if gap > 0
                    && (pos..=j).any(|x| {
                        ends_gap(cues, x)
                            || doc.word_bytes(x).is_some_and(conjoined_verb) && !listed_name(doc, x)
                    })
                {
                    return false;
                }
                matched.push(j);
                pos = j + 1;
                gap = 0;
            }
        }
    }
    true
}

/// The readings of a word of time: a month, a weekday, a unit, a day named from today, a part of the day, «الماضي»,
/// an era («هـ», «م»).
const TIME_WORD: u64 = {
    use crate::lexicon::bits::*;
    MONTH | WEEKDAY | UNIT | REL_DAY | DAY_PART | LAST | SHIFT | ERA
};

/// Whether a word of `@charge` stands among the [`NEAR`](super::lexicon::NEAR) words after the object at `k`
/// («أوقفت مديرية الأمن العام مسؤولاً سابقاً بتهمة الاختلاس»): the person stopped is arrested, whoever stops him.
fn charged(doc: &Doc<'_>, k: usize) -> bool {
    (k + 1..k + 1 + super::lexicon::NEAR).any(|j| {
        doc.word(j)
            .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Charge, w))
    })
}

/// Whether the word at `k`, read as «و» and a verb, is rather a given name of `@not_verb` in a list of names: right
/// after a word («المحاميان سامح فهمي وعزت النجار»; after a comma a clause may open).
fn listed_name(doc: &Doc<'_>, k: usize) -> bool {
    k.checked_sub(1)
        .is_some_and(|p| doc.toks.get(p).is_some_and(|t| t.kind == Tk::Word))
        && doc.word(k).is_some_and(|w| {
            w.strip_prefix('و')
                .is_some_and(|v| EVENT_LEXICON.in_list(WordList::NotVerb, v))
        })
}

/// Whether a connective at token `j` opens a new clause inside a phrase's gap: an `@clause` word of scope 0 («ثم»,
/// «بينما»); not one that is also a preposition, of scope 1 («على إثر ذلك», «عشية الانتخابات»).
fn ends_gap(cues: &Cues<'_>, j: usize) -> bool {
    cues.has(j, bit(CueKind::Clause))
        && cues
            .of(j, bit(CueKind::Clause))
            .iter()
            .any(|c| c.cue.kind == CueKind::Clause && c.cue.scope == 0)
}

/// Whether word `w` carries a possessive pronoun and no article («زميله», «سفيرها», «قادتهم»).
fn possessed(w: &str) -> bool {
    !w.starts_with("ال") && ["ه", "ها", "هم", "هما"].iter().any(|p| w.ends_with(p))
}

/// Whether the folded word is «و» before a perfect verb with a subject ending no noun here has: the feminine «ت»
/// («وأرسلت», «وشنت»; not the plural «ات», nor «وبيروت», «وبيت») or the plural «وا» («وقالوا»), after at least three
/// letters. (A masculine singular «وأعلن» has no ending to tell it from a noun.)
fn conjoined_verb(w: &[u8]) -> bool {
    let Some(v) = w.strip_prefix("و".as_bytes()) else {
        return false;
    };
    // Three letters or more: six bytes (the letters are two bytes each).
    v.len() >= 6
        && !v.starts_with("ال".as_bytes())
        && (v.ends_with("ت".as_bytes())
            && !["ات", "وت", "يت"].iter().any(|e| v.ends_with(e.as_bytes()))
            || v.ends_with("وا".as_bytes()))
}

/// The word of the men a force is named after, when mention `m` follows it with «من» or «تابعين لـ» («مسلحين من
/// تنظيم الدولة», «عناصر تابعة لحركة …»; list `@force_member`).
fn members_before(doc: &Doc<'_>, m: &Mention) -> Option<usize> {
    let k = m.start.checked_sub(1)?;
    let w = doc.word(k)?;
    let linked = w == "من" || dative(doc, m) && (w.starts_with("تابع") || w.starts_with("التابع"));
    if !linked {
        return None;
    }
    let f = k.checked_sub(1)?;
    let fw = doc.word(f)?;
    EVENT_LEXICON
        .in_list(WordList::ForceMember, fw.strip_prefix("ال").unwrap_or(fw))
        .then_some(f)
}

/// Whether the words from `a` to `b` (excluded) are a body's noun, with one definite word of its own at most
/// («الشرطة», «السلطات», «قوات الأمن»), so that a nationality adjective at `b` is that body's. (Not a noun that may be
/// the people acted on, «الشعب», nor a body followed by its name and the object, «منظمة القاعدة الأبراج».)
fn subject_nationality(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let lex = &*EVENT_LEXICON;
    let body = |x: &str| lex.in_list(WordList::Institution, x) || lex.in_list(WordList::Body, x);
    (1..=2).contains(&b.saturating_sub(a))
        && doc
            .word(a)
            .is_some_and(|w| body(w.strip_prefix("ال").unwrap_or(w)))
        && (a + 1..b).all(|k| doc.word(k).is_some_and(|w| w.starts_with("ال")))
}

/// Whether the verb's subject, the first word after it (its last token is before `a`; a day between commas may stand
/// first: «اعتقلت، الأحد، قوات الأمن …»), is unnamed and the name at `b` its object: a body, an institution or a noun
/// that speaks for one («قوات الأمن», «السلطات», «التلفزيون الرسمي»), or a sound masculine plural in the nominative («مسلحون», «مجهولون»; not a singular noun in «ون»
/// of `@singular_un`: «التلفزيون»). An institution noun is the subject when it has the article or its own complement
/// before the name; in construct with the name itself it is the name's head («قصف تنظيم "داعش"», «جماعة حزب الله»).
fn unnamed_subject(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let mut k = a;
    if parenthetical_comma(doc, k) {
        k = (k + 1..b).find(|&j| doc.comma(j)).map_or(b, |j| j + 1);
    }
    k < b
        && doc.word(k).is_some_and(|w| {
            let bare = w.strip_prefix("ال");
            let body = |x: &str| {
                EVENT_LEXICON.in_list(WordList::Institution, x)
                    || EVENT_LEXICON.in_list(WordList::Body, x)
            };
            bare.is_some_and(|x| body(x) || EVENT_LEXICON.in_list(WordList::SpeakerNoun, x))
                || body(w) && k + 1 < b && doc.word(k + 1).is_some()
                || w.ends_with("ون")
                    && w.chars().count() >= 5
                    && !EVENT_LEXICON.in_list(WordList::SingularUn, bare.unwrap_or(w))
        })
}

/// Whether the trigger at `i` is what a reply or revenge answers: right after a word of `@answer`, or after one and
/// «على» («بالانتقام لمقتل قائدها», «بالرد على اغتيال قائده»): told as done, whatever a threat before asks for.
fn answered(doc: &Doc<'_>, i: usize) -> bool {
    let answer = |k: usize| {
        doc.word(k).is_some_and(|w| {
            let w = w.strip_prefix('و').unwrap_or(w);
            EVENT_LEXICON.in_list(WordList::Answer, w.strip_prefix('ب').unwrap_or(w))
        })
    };
    i.checked_sub(1).is_some_and(|p| {
        answer(p) || doc.word(p) == Some("علي") && p.checked_sub(1).is_some_and(answer)
    })
}

/// How many tokens after a verb of threat or warning its object with «ب» may stand: past a subject, a name and a
/// phrase of saying («هددت الفصائل العراقية المسلحة، في بيان يوم الأحد، بشن هجمات»).
const THREAT_REACH: usize = 12;

/// Whether the trigger at `i` is the object of a verb with «ب», on itself or on a carrier of the event before it
/// (`@carrier`: «بإعدام رهينة», «بشن هجمات», «بتنفيذ هجوم»). (What is threatened is done, not said: a word of speech
/// that begins with «ب», «بيان», is none.)
fn threat_object(doc: &Doc<'_>, i: usize) -> bool {
    doc.word(i)
        .is_some_and(|w| strip_prep(w).0 == Some('ب') && w.chars().count() >= 4)
        || i.checked_sub(1)
            .and_then(|p| doc.word(p))
            .is_some_and(|w| match strip_prep(w) {
                (Some('ب'), rest) => EVENT_LEXICON.in_list(WordList::Carrier, rest),
                _ => false,
            })
}

/// Whether the trigger at `i` stands right after a word of `@past_frame` («عقب اغتيال القيادي»): the past time of
/// the act it frames.
fn past_framed(doc: &Doc<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| doc.word(p))
        .is_some_and(|p| EVENT_LEXICON.in_list(WordList::PastFrame, p))
}

/// Whether a word of `@order` stands before the trigger at `i` (in its clause from `c0`), at once or past its subject
/// of up to four words and a word of haste, with no punctuation between («أمر القاضي بالقبض», «أصدر الرئيس أوامر بشن
/// هجوم», «أمر وزير الداخلية فوراً باعتقال …»).
fn ordered(doc: &Doc<'_>, c0: usize, i: usize) -> bool {
    let mut subject = 0;
    for k in (c0..i).rev() {
        let Some(w) = doc.word(k) else {
            return false;
        };
        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if EVENT_LEXICON.in_list(WordList::Order, bare) {
            return true;
        }
        if matches!(bare, "فورا" | "الفور" | "علي") {
            continue;
        }
        subject += 1;
        if subject > 4 {
            return false;
        }
    }
    false
}

/// Whether the act at `i` is only what an attempt or another act aims at: its verbal noun with «ل» after a noun of
/// `@attempt`, at once or past one word («في محاولة للسيطرة على المطار», «بمحاولة يائسة لاقتحام السجن»), or the
/// object of «استهدف» past its subject of one to four words («استهدف الهجوم السيطرة على المطار»), or the aim after
/// the «إلى» of «هدف» past its subject («هدف الهجوم إلى اغتيال القائد»), in its clause from `c0` (lists `@attempt`,
/// `@aim_object`, `@aim_to`).
fn aimed(doc: &Doc<'_>, c0: usize, i: usize) -> bool {
    let lex = &*EVENT_LEXICON;
    let Some(w) = doc.word(i) else {
        return false;
    };
    if strip_prep(w).0 == Some('ل') {
        return (c0.max(i.saturating_sub(2))..i).any(|k| {
            doc.word(k).is_some_and(|x| {
                let x = x.strip_prefix(['و', 'ف']).unwrap_or(x);
                let x = x.strip_prefix('ب').unwrap_or(x);
                lex.in_list(WordList::Attempt, x.strip_prefix("ال").unwrap_or(x))
            })
        });
    }
    if w.starts_with(['و', 'ف', 'ب', 'ل', 'ك']) {
        return false;
    }
    // With «إلى» right before it the aim of «هدف», else the object of «استهدف» (after one subject word at least). A
    // subject of up to four words: `least..=5` tokens back from `end` («استهدف هجوم المسلحين الواسع أمس السيطرة»).
    let to = i > c0 && doc.word(i - 1) == Some("الي");
    let (end, least) = if to { (i - 1, 1) } else { (i, 2) };
    for n in least..=5 {
        let Some(p) = end.checked_sub(n).filter(|&p| p >= c0) else {
            return false;
        };
        let Some(v) = doc.word(p) else {
            return false;
        };
        let v = v.strip_prefix(['و', 'ف']).unwrap_or(v);
        if lex.in_list(
            if to {
                WordList::AimTo
            } else {
                WordList::AimObject
            },
            v,
        ) {
            return true;
        }
    }
    false
}

/// How many tokens after a verb of foiling the attempt it foiled may end in its aim (past a subject and an adjective).
const FOILED_REACH: usize = 9;

/// Whether the cue at `j` foils («أحبط», «أفشل») an attempt or a plot whose aim with «لـ» is the trigger at `i`
/// («أحبطت الأجهزة الأمنية محاولة إرهابية لاستهداف دورية»): the attack did not take place.
fn foiled_attempt(doc: &Doc<'_>, j: usize, i: usize) -> bool {
    let lex = &*EVENT_LEXICON;
    let foil = doc.word(j).is_some_and(|w| {
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        lex.starts_with_listed(WordList::Foil, w)
    });
    foil && doc.word(i).is_some_and(|w| w.starts_with('ل'))
        && (i.saturating_sub(3).max(j + 1)..i).any(|k| {
            doc.word(k)
                .is_some_and(|w| lex.in_list(WordList::Attempt, w.strip_prefix("ال").unwrap_or(w)))
        })
}

/// Whether a word of `@past_frame` («بعد», «إثر», «في أعقاب») stands between a cue ending at `from` and the trigger
/// at `i`: the trigger is in what framed the cue's clause, before it. (Not «خلال»: «من المنتظر أن يوقع البلدان اتفاقية
/// خلال الزيارة» plans the visit too.)
fn framed_between(doc: &Doc<'_>, from: usize, i: usize) -> bool {
    (from..i).any(|k| {
        doc.word(k)
            .is_some_and(|w| EVENT_LEXICON.in_list(WordList::PastFrame, w))
    })
}

/// Whether «عدم» at `j` (ending at `end`) negates another verbal noun between it and the trigger `h`, not the trigger:
/// «عدم تأثر اتفاق الشراكة», «عدم تنفيذ اتفاق الرياض» tell an accord that stands. A carrier of the event («عدم إجراء
/// الانتخابات») or a signing («عدم توقيع الاتفاق») carries the negation to it; for an accord only a signing does.
fn lack_of_other(doc: &Doc<'_>, h: &Hit, j: usize, end: usize) -> bool {
    if end + 1 != h.first || h.first != h.last {
        return false;
    }
    let lack = doc
        .word(j)
        .is_some_and(|w| matches!(w, "عدم" | "بعدم" | "لعدم" | "وعدم"));
    let Some(w) = doc.word(end) else {
        return false;
    };
    let w = w.strip_prefix("ال").unwrap_or(w);
    let accord = matches!(h.entry.kind, EventKind::Agreement | EventKind::Ceasefire);
    lack && !EVENT_LEXICON.contains_listed(WordList::Signing, w)
        && (accord || !EVENT_LEXICON.in_list(WordList::Carrier, w))
}

/// Whether the trigger `h` names a term of another noun after a condition, not what the condition is on: the
/// genitive of a noun that carries «ب» or «ل» («إذا ثبت عدم التزام طهران ببنود الاتفاق», «لبنود اتفاق السلام»): the
/// accord exists whatever the condition. The trigger is definite or in construct with a definite noun.
fn term_of_other(doc: &Doc<'_>, h: &Hit) -> bool {
    let definite = h.definite || doc.word(h.last + 1).is_some_and(|w| w.starts_with("ال"));
    let Some(p) = h.first.checked_sub(1) else {
        return false;
    };
    definite
        && doc.word(p).is_some_and(|w| {
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            w.strip_prefix(['ب', 'ل']).is_some_and(|rest| {
                !rest.starts_with("ال") && !rest.starts_with('ل') && rest.chars().count() >= 3
            })
        })
        && !carrier(doc, p)
        // After a free-standing preposition the «ب» or «ل» is the noun's own letter: two prepositions do not meet
        // («في بداية المعركة»).
        && !p.checked_sub(1).and_then(|q| doc.word(q)).is_some_and(|w| {
            matches!(
                w.strip_prefix(['و', 'ف']).unwrap_or(w),
                "في" | "من" | "علي" | "الي" | "عن" | "مع" | "منذ" | "حتي"
            )
        })
}

/// Whether a habit frames the trigger: its sentence opens with «عندما», «حينما» before an imperfect, or «كلما»
/// («عندما تواجه الحكومة مظاهرات واسعة، تقطع الإنترنت وتعتقل الناشطين»). What that clause names and the bare
/// imperfects of the sentence are what is done each time, no event; not when the sentence tells something to come
/// («عندما تصل القوات الدولية، ستنسحب الميليشيات»), nor for an event the text dates («وعندما يزور الوزير روسيا اليوم»:
/// the caller asks only for those). Read only when the sentence's first word is one of these.
fn habit_framed(doc: &Doc<'_>, h: &Hit, s0: usize, c0: usize, s1: usize) -> bool {
    let first = doc
        .word(s0)
        .map(|w| w.strip_prefix(['و', 'ف']).unwrap_or(w));
    let opens = first.is_some_and(|w| matches!(w, "عندما" | "حينما" | "كلما"));
    // «كلما» tells a habit before a perfect too («كلما اشتدت المعارك، نزح الآلاف»).
    let every_time = first == Some("كلما");
    // «وعندما تحررت عدن»: a perfect of form V, or of form V or VI in «وا», is no imperfect.
    let impf = doc
        .word(s0 + 1)
        .is_some_and(|w| looks_only_imperfect(w) && !w.ends_with("وا"));
    if !opens || !impf && !every_time {
        return false;
    }
    let own = if h.nominal {
        c0 == s0
    } else {
        h.imperfect && !h.future
    };
    own && !(s0..s1).any(|k| doc.word(k).is_some_and(has_future_prefix))
}

/// How many tokens before «أدان» a court may stand and make it its conviction.
const COURT_REACH: usize = 20;

/// How many tokens after an imperfect told as possible a verb joined to it by «و» may begin and share that.
const CONJOINED_REACH: usize = 8;

/// How many words after an imperfect trigger «كل من» may stand and still be its object, past verbs joined to it
/// («لتقتل وتنهب وتعتدي على كل من يخالفها»).
const EVERY_ONE_REACH: usize = 6;

/// Whether the object of an imperfect trigger is «كل من» + an imperfect («ليخطفوا ويقتلوا كل من يرفض دفع الإتاوات»):
/// whoever does so, a habit or a charge, no one act. Not after a perfect («قتلوا كل من كان في المنزل»), nor a threat
/// or a saying.
fn every_one_object(doc: &Doc<'_>, h: &Hit) -> bool {
    // A threat or a saying to whoever does so is still made («ويهدد بالقتل كل من يحاول الخروج»).
    if h.entry.kind.family() == super::Family::Speech || h.entry.kind == EventKind::Threat {
        return false;
    }
    let imperfect = h.imperfect
        || doc.word(h.first).is_some_and(|w| {
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            w.strip_prefix('ل').is_some_and(looks_imperfect)
        });
    imperfect
        && !h.future
        && (h.last + 1..h.last + 1 + EVERY_ONE_REACH)
            .take_while(|&k| matches!(doc.toks.get(k).map(|t| t.kind), Some(Tk::Word)))
            .any(|k| {
                doc.word(k) == Some("كل")
                    && doc.word(k + 1) == Some("من")
                    && doc.word(k + 2).is_some_and(looks_imperfect)
            })
}

/// How many words after a definite event noun its relative pronoun may stand (past an adjective and a comma).
const HABIT_RELATIVE_REACH: usize = 4;

/// Whether a relative clause right after a definite event noun tells it as a habit: an imperfect and a word of
/// `@habitual` («الاعتقال الإداري، الذي يُنفَّذ عادةً دون توجيه تهم»): the practice, no one event.
fn habit_relative(doc: &Doc<'_>, cues: &Cues<'_>, h: &Hit) -> bool {
    h.nominal
        && h.definite
        && (h.last + 1..h.last + 1 + HABIT_RELATIVE_REACH)
            .find(|&k| {
                doc.word(k)
                    .is_some_and(|w| matches!(w, "الذي" | "التي" | "الذين"))
            })
            .is_some_and(|k| {
                doc.word(k + 1).is_some_and(looks_imperfect)
                    // Right after its verb: further on it may qualify another noun («القصف، التي تسبب التدمير
                    // والقتل اليومي»).
                    && (k + 2..k + 4).any(|j| cues.has(j, bit(CueKind::Habitual)))
            })
}

/// Whether the trigger at `i` is the cause or the prompt of another act: right after a word of `@past_frame` («إثر
/// اشتباكات», «في أعقاب هجوم», «جراء القصف»), or after «على» that follows a noun of `@answer` («رداً على احتجاجات»).
/// That act came after it, so a day told before the trigger for the act is not its day.
fn cause_framed(doc: &Doc<'_>, i: usize) -> bool {
    past_framed(doc, i) || answer_framed(doc, i)
}

/// Whether the trigger at `i` is what an act answers: after «على» that follows a noun of `@answer` («رداً على
/// غارة», «انتقاماً على …»). Any act so told came after it, a strike as much as a statement.
fn answer_framed(doc: &Doc<'_>, i: usize) -> bool {
    i.checked_sub(1).and_then(|p| doc.word(p)) == Some("علي")
        && i.checked_sub(2)
            .and_then(|p| doc.word(p))
            .is_some_and(|p| EVENT_LEXICON.in_list(WordList::Answer, p))
}

/// Whether an act of `kind` answers what prompted it, and so comes on a later day than its cause: a response
/// (speech, sanction, closure, arrest, resignation, vote, demand, protest …), not a violent act, a seizure or an
/// outcome, which may follow its cause the same day.
fn answers_cause(kind: EventKind) -> bool {
    use EventKind as K;
    matches!(
        kind,
        K::Statement
            | K::Demand
            | K::Threat
            | K::Accusation
            | K::Rejection
            | K::Suspension
            | K::Sanction
            | K::Protest
            | K::Vote
            | K::Resignation
            | K::Arrest
            | K::Dismissal
            | K::Restriction
            | K::Meeting
    )
}

/// Whether the word before the trigger at `i` is a bare «after» («بعد», «عقب», with or without «و»), which tells
/// only the order of two acts, not that one caused the other.
fn after_word(doc: &Doc<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| doc.word(p))
        .is_some_and(|w| matches!(w.strip_prefix('و').unwrap_or(w), "بعد" | "عقب"))
}

/// Whether the trigger at `i` is one of the alternatives «إما … أو …» that open at token `a`, right after «إما»: it
/// heads one (is the first or second word after «إما» or an «أو»), and an «أو» follows «إما» before `b`. Folded, «إما» is
/// also «أما» (as for), which «أو» does not follow; an event told further on is what an alternative is about, not
/// one («إما غير قادر أو غير مستعد لوقف هذه التهديدات», «إما التشوه جراء القصف أو …»).
fn alternative(doc: &Doc<'_>, a: usize, i: usize, b: usize) -> bool {
    // «أو أكثر», «أو أقل» after a count only make it approximate («مقتل ستة مدنيين او اكثر»): no alternative.
    let or = |k: usize| {
        matches!(doc.word(k), Some("او" | "واما"))
            && !matches!(
                doc.word(k + 1),
                Some("اكثر" | "اقل" | "ازيد" | "يزيد" | "يقل")
            )
    };
    (i <= a + 1 && (i + 1..b).any(or)) || (a..b.min(i)).any(|k| or(k) && i <= k + 2)
}

/// Whether expression `t` is a deadline: right after the word «قبل» or «بحلول» («قبل نهاية شهر غشت», «بحلول
/// نهاية العام»), the word before it read in the original text and folded.
fn deadline(text: &str, t: &Temporal) -> bool {
    let Some(last) = text
        .get(..t.span.start)
        .and_then(|b| b.split_whitespace().next_back())
    else {
        return false;
    };
    // Folded, so that a vowel mark or a tatweel («قبلَ») does not hide the word.
    let w = crate::normalize::fold_str(last);
    matches!(w.strip_prefix(['و', 'ف']).unwrap_or(&w), "قبل" | "بحلول")
}

/// A preposition standing alone between a trigger's last token `last` and an adjective of schedule at `j`: the word
/// qualifies the preposition's object, not the trigger («أغلقت مجالها الجوي أمام الرحلات القادمة»: the flights
/// are to come, not the closure). Read only where such a word follows a trigger.
fn prep_between(doc: &Doc<'_>, last: usize, j: usize) -> bool {
    (last + 1..j).any(|k| {
        doc.word(k).is_some_and(|w| {
            matches!(
                w,
                "امام"
                    | "من"
                    | "الي"
                    | "علي"
                    | "عن"
                    | "مع"
                    | "ضد"
                    | "حول"
                    | "بين"
                    | "تجاه"
                    | "نحو"
                    | "لدي"
            )
        })
    })
}

/// Whether a cue of schedule at `j` (ending before `end`) after a trigger whose first token is `i` tells the event's
/// own time. An adjective does («القمة المقبلة»); a future verb («ستعقد», «سيبدأ») only when the event is its subject
/// standing before it («القمة ستعقد في الرياض»): not when the event is the frame of another act («وعقب الاجتماع سيعقد
/// الوزيران مؤتمراً»: a word of `@frame` before it) or the verb has its own subject after it (a name, a body, a
/// definite dual: «سيعقد الوزيران»).
fn future_of_event(doc: &Doc<'_>, ments: &[Mention], i: usize, j: usize, end: usize) -> bool {
    if !doc.word(j).is_some_and(has_future_prefix) {
        return true;
    }
    let framed = i
        .checked_sub(1)
        .and_then(|p| doc.word(p))
        .is_some_and(|p| EVENT_LEXICON.in_list(WordList::Frame, p));
    let n = ments.partition_point(|m| m.start < end);
    let named = ments.get(n).is_some_and(|m| {
        m.start == end
            && matches!(
                m.ty,
                EntityType::Person
                    | EntityType::Org
                    | EntityType::Group
                    | EntityType::Country
                    | EntityType::Office
            )
    });
    let subject = named
        || doc.word(end).is_some_and(|w| {
            w.strip_prefix("ال").is_some_and(|b| {
                EVENT_LEXICON.in_list(WordList::Institution, b)
                    || EVENT_LEXICON.in_list(WordList::SpeakerNoun, b)
                    // A definite dual in the nominative («الوزيران», «الجانبان»; not «الآن»).
                    || b.ends_with("ان") && b.chars().count() >= 4
            })
        });
    !(framed || subject)
}

/// Whether token `k` starts a state as a verb's subject: a named country, capital or office, or a word of `@state`
/// with the article («الخارجية», «السفير») or in construct («وزارة الخارجية»).
fn state_subject(doc: &Doc<'_>, ments: &[Mention], k: usize) -> bool {
    let n = ments.partition_point(|m| m.start < k);
    ments.get(n).is_some_and(|m| {
        m.start == k
            && matches!(
                m.ty,
                EntityType::Country | EntityType::City | EntityType::Office
            )
    }) || doc.word(k).is_some_and(|w| {
        let bare = w.strip_prefix("ال").unwrap_or(w);
        EVENT_LEXICON.in_list(WordList::State, bare)
    })
}

/// How far before a killing trigger an accident may stand and still be what caused the deaths.
const ACCIDENT_BEFORE: usize = 8;

/// The accident before a killing trigger is its cause, not an earlier event: the trigger follows «الذي», «التي» (the
/// accident's relative clause: «حادث القطار الذي أودى بحياة 32 شخصاً») or «عن» (after «أسفر»: «أسفر تحطم الطائرة عن
/// مقتل ركابها»). After «بعد» it is not («ويأتي تحطم المروحية بعد مقتل ستة في هجوم»).
fn accident_caused(doc: &Doc<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|k| doc.word(k))
        .is_some_and(|w| matches!(w, "الذي" | "التي" | "عن"))
}

/// How many tokens before an accident's anaphor («في الحادث») the accident it names may be told.
const ACCIDENT_ANAPHOR_BACK: usize = 80;

/// Whether the sorted `tokens` hold one in `lo..hi`.
fn any_within(tokens: &[usize], lo: usize, hi: usize) -> bool {
    let p = tokens.partition_point(|&t| t < lo);
    tokens.get(p).is_some_and(|&t| t < hi)
}

/// Whether token `j` tells an accident or a disaster: a word of `@accident` or `@disaster` (also with a pronoun
/// suffix «ها», «هم», «هما»: «غرقهما», «تحطمها»), an accident's verb (`@accident_verb`: «اصطدمت»), or an anaphor («الحادث») of one told
/// before with no attack or clash since (`violent`: the first tokens of those triggers).
fn accident_at(doc: &Doc<'_>, cues: &Cues<'_>, violent: &[usize], j: usize) -> bool {
    let lex = &*EVENT_LEXICON;
    let bits = bit(CueKind::Accident) | bit(CueKind::Disaster);
    if cues.has(j, bits) {
        return true;
    }
    let Some(w) = doc.word(j) else { return false };
    if lex.in_list(WordList::AccidentVerb, w) {
        return true;
    }
    // «غرقهما», «تحطمها»: the noun of the accident with its owner's pronoun (not a bare «ه», the ending of every
    // folded «ة»: a look up for most nouns).
    let told = |stem: &str| {
        lex.cues_of(stem).is_some_and(|cs| {
            cs.iter()
                .any(|c| c.rest.is_empty() && bit(c.kind) & bits != 0)
        })
    };
    if ["هما", "هم", "ها"].iter().any(|suf| {
        w.strip_suffix(suf)
            .is_some_and(|stem| stem.chars().count() >= 3 && told(stem))
    }) {
        return true;
    }
    // «في الحادث»: the last accident or attack told before it decides what it names.
    lex.in_list(WordList::AccidentAnaphor, w)
        && (j.saturating_sub(ACCIDENT_ANAPHOR_BACK)..j)
            .rev()
            .find(|&k| {
                cues.has(k, bits)
                    || doc
                        .word(k)
                        .is_some_and(|x| lex.in_list(WordList::AccidentVerb, x))
            })
            .is_some_and(|k| !any_within(violent, k, j))
}

/// Whether an accident is told after a killing trigger that ends at token `last`, in its sentence (ending at `s1`):
/// in the two words after a word of `@death_cause` («عندما اصطدمت حافلة», «إثر انقلاب مركب», «في حادثة تصادم»).
fn accident_told_after(
    doc: &Doc<'_>,
    cues: &Cues<'_>,
    violent: &[usize],
    last: usize,
    s1: usize,
) -> bool {
    let end = s1.min(last + 1 + DYING_CAUSE_REACH);
    (last + 1..end).any(|k| {
        doc.word(k).is_some_and(|w| {
            let w = w
                .strip_prefix('و')
                .filter(|x| x.chars().count() >= 2)
                .unwrap_or(w);
            EVENT_LEXICON.in_list(WordList::DeathCause, w)
        }) && (k + 1..(k + 3).min(s1)).any(|j| accident_at(doc, cues, violent, j))
    })
}

/// Whether the deaths of a killing trigger at `i` (ending at `last`) are the toll of an accident told before them:
/// in its sentence (from `s0`), an anaphor of an accident («وارتفعت حصيلة ضحايا الحادث إلى ثمانية قتلى»);
/// for the words of dying (`@dying`: «لقي سبعة منهم حتفهم») also in the sentence before (from `prev_s0`: «انقلبت حافلة
/// … . ولقي سبعة منهم حتفهم»). Not when an attack or a clash is told from there to the end of the sentence (`s1`).
fn accident_story(
    doc: &Doc<'_>,
    cues: &Cues<'_>,
    violent: &[usize],
    (i, last): (usize, usize),
    (prev_s0, s0, s1): (usize, usize, usize),
) -> bool {
    // The look for violence first: it is cheap, and most deaths in the news are told with it.
    if any_within(violent, s0, s1) {
        return false;
    }
    let dying = [i, last].iter().any(|&k| {
        doc.word(k)
            .is_some_and(|w| EVENT_LEXICON.contains_listed(WordList::Dying, w))
    });
    if !dying {
        // In the sentence of the deaths, only an anaphor: an accident's word there is read by the rule before, and
        // a verb of collapse may be a state's («انهارت يوغوسلافيا … حيث قتل 8000»).
        return (s0.max(i.saturating_sub(ACCIDENT_ANAPHOR_BACK))..i).any(|k| {
            doc.word(k)
                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::AccidentAnaphor, w))
                && accident_at(doc, cues, violent, k)
        });
    }
    let lo = prev_s0.max(i.saturating_sub(ACCIDENT_ANAPHOR_BACK));
    !any_within(violent, lo, s0) && (lo..i).any(|k| accident_at(doc, cues, violent, k))
}

/// A comma that opens or closes a short aside inside a phrase's gap, a day between two commas («قضت المحكمة، السبت،
/// بسجن …»): the comma that pairs with it stands at most three tokens away.
fn parenthetical_comma(doc: &Doc<'_>, j: usize) -> bool {
    doc.comma(j)
        && (j + 2..=j + 4)
            .chain(j.saturating_sub(4)..j.saturating_sub(1))
            .any(|k| doc.comma(k))
}

/// Finds named entities: gazetteer names (longest first), nationality adjectives, and titled names («وزير الدفاع
/// ثابت العباسي»). A titled name not in the gazetteer is taken as the two or three words after the title and its
/// modifiers, stopping at function words, punctuation and a word with the article (which ends the name, «العباسي»).
/// Where it misfires: an unknown one-word name after a title is not taken (it may be a verb: «الوزير قال»).
/// `out` is an empty list to put them in.
fn mentions(
    doc: &Doc<'_>,
    cues: &Cues<'_>,
    vocab: &Words<'_>,
    mut out: Vec<Mention>,
) -> Vec<Mention> {
    let lex = &*EVENT_LEXICON;
    out.reserve(vocab.with_names.len());
    let n = doc.toks.len();
    let mut i = 0;
    // Name at token i: (entity index, end token, prefixed, proclitic bytes, a nationality adjective).
    // «الكاتب السوداني», «رئيس الوزراء السوداني»: a one-word family name that is also a nationality adjective is the
    // adjective right after a definite word (a noun it qualifies); elsewhere the person («قال السوداني»). Read only
    // for a person's one-word name.
    let adjective_reading = |i: usize, steps: &[NameStep], e: usize| -> Option<usize> {
        lex.entities.get(e).filter(|x| x.ty == EntityType::Person)?;
        let nat = steps.iter().find_map(|st| st.nationality)?;
        let p = i.checked_sub(1)?;
        let prev = doc.word(p)?;
        // A verb that begins with «ال» («التقى السوداني», «ألقى السوداني») is no definite noun.
        let verb = || {
            lex.in_list(WordList::AlVerb, prev.strip_prefix('و').unwrap_or(prev))
                || vocab
                    .triggers(p)
                    .iter()
                    .any(|r| !r.definite && r.entries.iter().any(|e| e.verbal && !e.nominal))
        };
        ((prev.starts_with("ال") || prev.starts_with("وال")) && !verb()).then_some(nat)
    };
    let name_at = |i: usize| -> Option<(usize, usize, bool, usize, bool)> {
        let (steps, one) = vocab.name_steps(i);
        if one {
            // A one-word name or a nationality, without reading the words after it.
            let step = steps.first()?;
            let (e, adjective) = match step.names.first() {
                Some(name) => match adjective_reading(i, steps, name.entity) {
                    Some(nat) => (nat, true),
                    None => (name.entity, false),
                },
                None => (step.nationality?, true),
            };
            return Some((e, i + 1, step.prefixed, step.skip, adjective));
        }
        let mut after = Following::default();
        // The next word, which every name of more than one word compares first (see [`cues_at`]).
        let next = doc.word_bytes(i + 1);
        for step in steps {
            for name in step.names {
                if doc.rest_follows(i, next, &name.rest, &mut after) {
                    if let Some(nat) = name
                        .rest
                        .is_empty()
                        .then(|| adjective_reading(i, steps, name.entity))
                        .flatten()
                    {
                        return Some((nat, i + 1, step.prefixed, step.skip, true));
                    }
                    return Some((
                        name.entity,
                        i + 1 + name.rest.len(),
                        step.prefixed,
                        step.skip,
                        false,
                    ));
                }
            }
            if let Some(e) = step.nationality {
                return Some((e, i + 1, step.prefixed, step.skip, true));
            }
        }
        None
    };
    // Most words start no name: the scan goes from one candidate to the next.
    let mut candidates = vocab.with_names.iter().copied().peekable();
    // The mentions of a listed person by a family name of origin alone («السوداني»), checked once all are found.
    let mut nisba_at: Vec<usize> = Vec::new();
    while i < n {
        while candidates.next_if(|&c| c < i).is_some() {}
        match candidates.peek() {
            Some(&c) => i = c,
            None => break,
        }
        let Some((e, end, prefixed, skip, adjective)) = name_at(i) else {
            i += 1;
            continue;
        };
        let Some(ent) = lex.entities.get(e) else {
            i += 1;
            continue;
        };
        // A dateline: the place a report is filed from, at the head of a line before a dash, a colon or the agency's
        // name («بغداد - قتل …», «القاهرة (رويترز) -», «بيروت: …»), is no participant of what the line reports.
        // So is a place after the outlet's name and a dash that ends its line («عين اليوم – القاهرة», «– بنغازي
        // (ليبيا)»).
        let kind_at = |k: Option<usize>| k.and_then(|k| doc.toks.get(k)).map(|t| t.kind);
        let dash = |k: Option<Tk>| matches!(k, Some(Tk::Punct('-' | '–' | '—')));
        // (A city or a region: a country's name there is mostly its adjective, «لقاء أمريكي - روسي».)
        let dateline = matches!(ent.ty, EntityType::City | EntityType::Region)
            && ((matches!(kind_at(i.checked_sub(1)), None | Some(Tk::Break))
                && matches!(
                    kind_at(Some(end)),
                    Some(Tk::Punct('-' | '–' | '—' | '(' | ':'))
                ))
                || (dash(kind_at(i.checked_sub(1)))
                    && matches!(kind_at(Some(end)), None | Some(Tk::Break | Tk::Punct('(')))));
        if dateline {
            i = end;
            continue;
        }
        // A place a street, a square or a roundabout is named after («شارع بغداد» in Damascus, «عند دوار الكويت»)
        // is the street's name: neither where the event happened nor a participant.
        if matches!(
            ent.ty,
            EntityType::Country | EntityType::City | EntityType::Region
        ) && street_named(doc, i)
        {
            i = end;
            continue;
        }
        // «وزير الخارجية الإيراني مع نظيره العماني»: a counterpart's nationality names the office of the title just
        // before (within a short clause) in that country: `foreign_minister:oman`.
        if adjective && ent.ty == EntityType::Country {
            let office = i
                .checked_sub(1)
                .filter(|&k| {
                    doc.word(k)
                        .is_some_and(|w| lex.in_list(WordList::Counterpart, w))
                })
                // A counterpart named after it is that person («نظيره العماني يوسف بن علوي»).
                .filter(|_| {
                    name_at(end)
                        .and_then(|(e2, ..)| lex.entities.get(e2))
                        .is_none_or(|p| p.ty != EntityType::Person)
                })
                // The title's holder named after it holds that office too («أجرى وزير الخارجية الجزائري أحمد عطاف
                // اتصالاً هاتفياً بنظيره التونسي»), but not a holder the counterpart is joined to by «و» after another
                // participant: «التقى كارتر رئيس الوزراء حيدر العبادي ونظيره العراقي» is the counterpart of the
                // subject. A holder right after the verb is the subject («التقى وزير الخارجية المصري بدر عبد العاطي
                // ونظيره القطري»).
                .and_then(|k| {
                    let m = out.last().filter(|m| {
                        m.end + 8 >= k
                            && (m.ty == EntityType::Office
                                || !doc.word(k).is_some_and(|w| w.starts_with('و'))
                                || m.start.checked_sub(1).is_some_and(|v| vocab.is_trigger(v)))
                    })?;
                    Some((k, m.office?))
                });
            if let Some((k, office)) = office {
                let key = Cow::Owned([office, ":", ent.key.as_str()].concat());
                out.push(Mention {
                    start: k,
                    end,
                    key,
                    ty: EntityType::Office,
                    country: Some(ent.key.as_str()),
                    prefixed: false,
                    skip: 0,
                    adjective: false,
                    locative: false,
                    seat: false,
                    office: None,
                    span: OnceCell::new(),
                });
                i = end;
                continue;
            }
        }
        if ent.ty != EntityType::Office {
            // A family name of origin that many bear, also a nationality adjective («السوداني»), written alone: after
            // a kunya or a compound given name («أبو عبيدة السوداني») it ends another man's name; elsewhere it is the
            // listed person unless its sentence places it abroad (see below).
            let nisba = ent.ty == EntityType::Person
                && !adjective
                && end == i + 1
                && vocab
                    .name_steps(i)
                    .0
                    .iter()
                    .any(|st| st.nationality.is_some());
            let mut key = Cow::Borrowed(ent.key.as_str());
            let mut country = ent.country.as_deref();
            if nisba {
                let linked = i
                    .checked_sub(2)
                    .and_then(|p| doc.word(p))
                    .is_some_and(|w| lex.in_list(WordList::NameLink, w))
                    && doc.toks.get(i - 1).is_some_and(|t| t.kind == Tk::Word);
                if linked {
                    key = other_bearer(doc.word(i).unwrap_or(""), skip);
                    country = None;
                } else {
                    nisba_at.push(out.len());
                }
            }
            out.push(Mention {
                start: i,
                end,
                key,
                ty: ent.ty,
                country,
                prefixed,
                skip,
                adjective,
                locative: false,
                seat: false,
                office: None,
                span: OnceCell::new(),
            });
            i = end;
            continue;
        }
        // «اللواء 15», «الفرقة 4»: a unit's number after the word names a brigade, not a general.
        if doc.toks.get(end).is_some_and(|t| t.kind == Tk::Num) {
            i = end;
            continue;
        }
        // A title: modifiers, then the holder's name.
        let mut j = end;
        // A title whose body comes first («المتحدث باسم وزارة …», «مدير مصرف …»): no adjective of its own.
        let body_first = lex.in_list(WordList::BodyFirst, &ent.key);
        let mut country: Option<&'static str> = None;
        let mut affiliation: Option<&'static str> = None;
        let is_quote = |k: usize| {
            matches!(
                doc.toks.get(k).map(|t| t.kind),
                Some(Tk::Punct('"' | '“' | '”' | '«' | '»'))
            )
        };
        // Where a quotation mark opened after the title: a name in quotation marks is the title's («رئيس "حماس"»), a
        // quotation that begins is not («قال الوزير "إسرائيل تقصف …"»).
        let mut opened: Option<usize> = None;
        loop {
            match doc.toks.get(j).map(|t| t.kind) {
                Some(Tk::Punct('"' | '“' | '”' | '«' | '»')) => {
                    if opened.is_some() {
                        break;
                    }
                    opened = Some(j);
                    j += 1;
                    continue;
                }
                Some(Tk::Word) => {}
                _ => break,
            }
            let w = doc.word(j).unwrap_or("");
            if lex.in_list(WordList::TitleModifier, w) {
                j += 1;
                continue;
            }
            // «رئيس الوزراء الإيطالي الجزائر»: a second country is the verb's object, and «والولايات المتحدة» a
            // coordinated participant, not the title's.
            if w.starts_with("وال") {
                break;
            }
            // «المبعوث الأممي إلى ليبيا», «السفير الأمريكي لدى اليمن»: the country or city of the title's post ends
            // it, neither the event's place nor a participant. After a verb of going it is where the holder went
            // («وصل المبعوث الأممي إلى ليبيا»).
            if opened.is_none() && lex.in_list(WordList::TitlePost, w) {
                let post = name_at(j + 1).filter(|&(e2, ..)| {
                    lex.entities.get(e2).is_some_and(|x| {
                        matches!(
                            x.ty,
                            EntityType::Country | EntityType::City | EntityType::Region
                        )
                    })
                });
                if let Some((_, end2, ..)) = post.filter(|_| !after_going(vocab, i)) {
                    j = end2;
                }
                break;
            }
            match name_at(j).and_then(|(e2, end2, _, _, _)| Some((lex.entities.get(e2)?, end2))) {
                Some((ent2, end2))
                    if matches!(
                        ent2.ty,
                        EntityType::Country | EntityType::Org | EntityType::Group
                    ) && end2 > j
                        && !(ent2.ty == EntityType::Country
                            && country.is_some_and(|c| c != ent2.key.as_str())) =>
                {
                    if opened.is_some() && !is_quote(end2) {
                        break;
                    }
                    if ent2.ty == EntityType::Country {
                        country = Some(ent2.key.as_str());
                    } else {
                        affiliation = Some(ent2.key.as_str());
                        country = country.or(ent2.country.as_deref());
                    }
                    // Past the closing mark of a quoted name.
                    j = if opened.take().is_some() {
                        end2 + 1
                    } else {
                        end2
                    };
                }
                // A definite relational adjective qualifies the title, not its holder («الناشط المدني حسن
                // الربيعي», «الصحفي الاستقصائي», «الرئيس التنفيذي»): a name never opens with the article. (Not after
                // a title whose body comes first, «مدير المصرف الليبي …», nor on a known name, «الرئيس السيسي».)
                _ if opened.is_none()
                    && !body_first
                    && is_relational_adjective(w)
                    && name_at(j).is_none() =>
                {
                    j += 1;
                }
                _ => break,
            }
        }
        // A mark that opened nothing the title takes is not the title's.
        if let Some(q) = opened {
            j = q;
        }
        // The holder: a known person, or two or three name words.
        let mut holder: Option<(Cow<'static, str>, Option<&'static str>, usize)> = None;
        let mut k = j;
        // «المتحدث باسم الشرطة العراقية سعد معن», «المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري», «مدير مصرف
        // ليبيا المركزي مصعب مسلم»: the body comes first, in up to four definite words, institution nouns or
        // countries.
        if body_first && j == end {
            let mut skipped = 0;
            while skipped < 4 {
                let Some(w) = doc.word(k) else { break };
                if w.starts_with("ال") && !lex.in_list(WordList::NameStop, w)
                    || lex.in_list(WordList::Institution, w)
                {
                    k += 1;
                } else if let Some((_, end2, _, _, _)) = name_at(k).filter(|&(e2, _, _, _, _)| {
                    lex.entities
                        .get(e2)
                        .is_some_and(|x| matches!(x.ty, EntityType::Country | EntityType::Org))
                }) {
                    k = end2;
                } else {
                    break;
                }
                skipped += 1;
            }
            if doc.word(k).is_none_or(|w| w.starts_with("ال")) {
                k = j;
            }
        }
        while matches!(
            doc.toks.get(k).map(|t| t.kind),
            Some(Tk::Punct('"' | '“' | '”' | '«' | '»'))
        ) {
            k += 1;
        }
        if let Some((e2, end2, _, _, _)) = name_at(k) {
            if let Some(p) = lex.entities.get(e2).filter(|p| p.ty == EntityType::Person) {
                holder = Some((Cow::Borrowed(p.key.as_str()), p.country.as_deref(), end2));
            }
        } else {
            let mut words: Vec<&str> = Vec::new();
            let mut known: Option<(Cow<'static, str>, Option<&'static str>, usize)> = None;
            let mut m = k;
            // Three words, or four when the name has a link word («عبد», «أبو», «بن»).
            let is_link = |w: &&str| lex.in_list(WordList::NameLink, w);
            while words.iter().filter(|w| !is_link(w)).count() < 3 && words.len() < 6 {
                let Some(w) = doc.word(m) else { break };
                // Past the first word, a word that only qualifies a trigger right before it («هجمات متكررة», «سريعة
                // الانفجار») is a name's («يحيى سريع»).
                let is_cue = cues
                    .kinds
                    .get(m)
                    .is_some_and(|&k| k != 0 && (words.is_empty() || k & !AFTER_TRIGGER != 0));
                // Fewer than two chars: no second one (rather than a count of them all). A count or a unit of time
                // is no name («حكمت بسجن الناشط خمس سنوات»).
                // «المحامي علي الكناني»: a given name that is also a function word, before a definite family name
                // («صادق الرئيس على القانون» has a preposition: «القانون» has no name's shape).
                let given = words.is_empty()
                    && lex.in_list(WordList::GivenNameStop, w)
                    && doc.word(m + 1).is_some_and(is_relational_adjective)
                    && name_at(m + 1).is_none();
                if (!given && (lex.in_list(WordList::NameStop, w) || is_cue))
                    || w.chars().nth(1).is_none()
                    || doc.toks.get(m).is_some_and(|t| {
                        t.bits
                            & (crate::lexicon::bits::NUM
                                | crate::lexicon::bits::CARDINAL
                                | crate::lexicon::bits::UNIT)
                            != 0
                    })
                {
                    break;
                }
                // «و» opens the next participant, not a name, unless the word is a given name that begins with it
                // («الصحفي وليد البطاوي», «وائل»).
                let conjunction = w.starts_with('و') && !lex.in_list(WordList::WawGivenName, w);
                // Nor does a preposition with the article («الناشط الإعلامي بالحراك التهامي»).
                if words.is_empty()
                    && (w.starts_with("ال")
                        || conjunction
                        || w.starts_with("بال")
                        || w.starts_with("لل"))
                {
                    break;
                }
                // «عبد الرحمن», «عبد الله»: the article after a link word belongs to the name.
                let after_link = words.last().is_some_and(is_link);
                // A counterpart («كارين كنايسل بنظيرها»), the first word of another title («روبرت هابيك نائب
                // المستشار») and a preposition with the article («عبد الوكيل بلام بالعاصمة») end the name too.
                if !words.is_empty()
                    && (conjunction
                        || !after_link && (w.starts_with("بال") || w.starts_with("لل"))
                        || lex.in_list(WordList::Counterpart, w)
                        || vocab.name_steps(m).0.iter().any(|st| {
                            st.names.iter().any(|x| {
                                lex.entities
                                    .get(x.entity)
                                    .is_some_and(|x| x.ty == EntityType::Office)
                            })
                        }))
                {
                    break;
                }
                // A known person ends the name and gives it its key («عادل بن أحمد الجبير» is `jubeir`), unless a
                // given name not the person's comes before a family name of origin, also a nationality, that many
                // bear («الناشط أحمد السوداني» is not «محمد شياع السوداني»): then it ends someone else's name. (Not
                // for other family names: another spelling of the given name, «أنطوني بلينكن», is the same person.)
                if let Some((e2, end2, _, _, _)) = name_at(m) {
                    if let Some(p) = lex.entities.get(e2).filter(|p| p.ty == EntityType::Person) {
                        let other = end2 == m + 1
                            && vocab
                                .name_steps(m)
                                .0
                                .iter()
                                .any(|st| st.nationality.is_some())
                            && words.first().is_some_and(|g| {
                                !p.given.is_empty() && !p.given.iter().any(|x| x == g)
                            });
                        if !other {
                            known =
                                Some((Cow::Borrowed(p.key.as_str()), p.country.as_deref(), end2));
                            break;
                        }
                    } else {
                        break;
                    }
                }
                // A word that reads as a trigger is not a name («كارتر بزيارة», «هادي التأكيد»).
                if vocab.is_trigger(m) {
                    break;
                }
                // An institution after a title is not its holder's name («الأمين العام لمجلس التعاون»).
                let bare = match w.strip_prefix("لل") {
                    Some(b) => b,
                    None => {
                        let b = w.strip_prefix(['ل', 'ب']).unwrap_or(w);
                        b.strip_prefix("ال").unwrap_or(b)
                    }
                };
                if lex.in_list(WordList::Institution, bare) || lex.in_list(WordList::Institution, w)
                {
                    break;
                }
                words.push(w);
                m += 1;
                // «آل» (folded «ال») links the family name after it: «خالد بن أحمد آل خليفة» ends in «خليفة».
                if w.starts_with("ال") && !after_link && !is_link(&w) {
                    break;
                }
            }
            if known.is_some() {
                holder = known;
            } else if words.len() >= 2 {
                let last = words.last().copied().unwrap_or("");
                // «عبد الله», «ذبيح الله» end in the name of God, not an article.
                let last = if last == "الله" {
                    last
                } else {
                    last.strip_prefix("ال").unwrap_or(last)
                };
                // A name of a family («خالد بن أحمد آل خليفة») is shared by many of its members: its first word
                // goes with the last.
                let family = words.contains(&"ال");
                let first = words.first().copied().filter(|_| family).unwrap_or("");
                let sep = if first.is_empty() { "" } else { "_" };
                // Joined in one allocation of the right size, without the formatting machinery.
                holder = Some((Cow::Owned(["person:", first, sep, last].concat()), None, m));
            }
        }
        let (key, ty, country, end) = match holder {
            Some((key, pc, end)) => (key, EntityType::Person, pc.or(country), end),
            // A profession is a title only before its holder's name («الصحفي محمد عادل»); alone it is no
            // participant («اعتقال الصحفيين»).
            None if lex.in_list(WordList::Profession, &ent.key) => {
                i = end.max(i + 1);
                continue;
            }
            None => {
                let mut key = Cow::Borrowed(ent.key.as_str());
                if let Some(a) = affiliation.or(country) {
                    key = Cow::Owned([&key, ":", a].concat());
                }
                (key, EntityType::Office, country, j)
            }
        };
        out.push(Mention {
            start: i,
            end,
            key,
            ty,
            country,
            prefixed,
            skip,
            adjective: false,
            locative: false,
            seat: false,
            office: Some(ent.key.as_str()),
            span: OnceCell::new(),
        });
        i = end.max(i + 1);
    }
    // «أكد مصدر في تنظيم القاعدة مقتل السوداني قرب مأرب»: a family name of origin alone, in a sentence whose places
    // all lie in other countries than the listed person's and that names nothing of his own, is another bearer of
    // it. (The name alone is the listed person elsewhere: «التقى السوداني السفيرة الأمريكية في بغداد».)
    for c in nisba_at {
        let Some(m) = out.get(c) else { continue };
        let Some(home) = m.country else { continue };
        let (a, b) = doc
            .sents
            .partition_point(|&(a, _)| a <= m.start)
            .checked_sub(1)
            .and_then(|s| doc.sents.get(s))
            .copied()
            .unwrap_or((0, n));
        let (mut abroad, mut own) = (false, false);
        for x in out
            .iter()
            .filter(|x| x.start >= a && x.end <= b && x.start != m.start)
        {
            if x.key == home || x.country == Some(home) {
                own = true;
            } else if matches!(
                x.ty,
                EntityType::City | EntityType::Region | EntityType::Base
            ) && x.country.is_some()
            {
                abroad = true;
            }
        }
        if abroad && !own {
            let key = other_bearer(doc.word(m.start).unwrap_or(""), m.skip);
            if let Some(m) = out.get_mut(c) {
                m.key = key;
                m.country = None;
            }
        }
    }
    taken_up_surnames(doc, vocab, &mut out);
    out
}

/// Whether token `k` lies in a relative clause (an island) other than clause `own`, and, after an event noun (`nominal`),
/// other than the one right after its clause: that one tells of the event itself («حادث التفجير الذي استهدف مسجداً
/// بمنطقة عسير»).
fn in_island(doc: &Doc<'_>, k: usize, own: usize, nominal: bool) -> bool {
    let c = doc
        .clauses
        .partition_point(|&(a, _)| a <= k)
        .saturating_sub(1);
    c != own && !(nominal && c == own + 1) && doc.islands.get(c).copied().unwrap_or(false)
}

/// The participant that is the subject of the relative clause right after an event noun ending at token `last`: a
/// relative pronoun, a verb with the object pronoun that stands for the noun, and a named body, person, office or
/// country right after it («العقوبات التي فرضتها وزارة الخزانة الأمريكية»). Looked for after noun triggers only.
fn relative_subject<'m>(doc: &Doc<'_>, ments: &'m [Mention], last: usize) -> Option<&'m Mention> {
    if !doc
        .word(last + 1)
        .is_some_and(|w| matches!(w, "الذي" | "التي" | "الذين"))
    {
        return None;
    }
    let verb = doc.word(last + 2)?;
    if verb.starts_with("ال") || !["ه", "ها", "هم"].iter().any(|p| verb.ends_with(p)) {
        return None;
    }
    let k = ments.partition_point(|m| m.start < last + 3);
    ments.get(k).filter(|m| {
        m.start == last + 3
            && !m.adjective
            && !m.locative
            && matches!(
                m.ty,
                EntityType::Org
                    | EntityType::Group
                    | EntityType::Person
                    | EntityType::Office
                    | EntityType::Country
            )
    })
}

/// Whether tokens `a..b` hold an odd number of quotation marks: one end is inside a quotation, the other outside.
fn quote_between(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    doc.toks
        .get(a..b)
        .unwrap_or(&[])
        .iter()
        .filter(|t| matches!(t.kind, Tk::Punct('"' | '“' | '”' | '«' | '»')))
        .count()
        % 2
        == 1
}

/// Whether the name at token `i` follows a noun of a street or a square (`@street`), or is the second of two names
/// after such a noun's dual («على شارعي الثورة وبغداد»).
fn street_named(doc: &Doc<'_>, i: usize) -> bool {
    let listed = |k: usize| {
        doc.word(k).is_some_and(|w| {
            EVENT_LEXICON.in_list(WordList::Street, w)
                || EVENT_LEXICON.in_list(
                    WordList::Street,
                    w.strip_prefix(['و', 'ف', 'ب']).unwrap_or(w),
                )
        })
    };
    i.checked_sub(1).is_some_and(listed)
        || doc.word(i).is_some_and(|w| w.starts_with('و'))
            && i.checked_sub(2)
                .is_some_and(|k| listed(k) && doc.word(k).is_some_and(|w| w.ends_with('ي')))
}

/// Whether the word before token `i` is a verb of going or sending (a trigger of a visit, a deployment or a
/// withdrawal): a place after the title that follows it is where the holder went.
fn after_going(vocab: &Words<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        vocab.triggers(p).iter().any(|r| {
            r.entries.iter().any(|e| {
                matches!(
                    e.kind,
                    EventKind::Visit | EventKind::Deployment | EventKind::Withdrawal
                )
            })
        })
    })
}

/// The fewest bytes of a surname taken up alone (three Arabic letters and more: not «علي», which is also «على»).
const SURNAME_MIN_BYTES: usize = 8;

/// Adds the later mentions of an unlisted person by the surname alone («اعتقلت الشرطة الصحفي أحمد أوزتورك … وقال
/// أوزتورك …»): a word that is the last word of a `person:` key named before, right after a trigger word (the verb
/// it is the subject of), in no mention and no trigger itself. Read only when such a person was named; `out` stays
/// in text order.
fn taken_up_surnames(doc: &Doc<'_>, vocab: &Words<'_>, out: &mut Vec<Mention>) {
    let named: Vec<(usize, Cow<'static, str>)> = out
        .iter()
        .filter(|m| {
            m.ty == EntityType::Person
                && m.key
                    .strip_prefix("person:")
                    .is_some_and(|w| !w.contains('_') && w.len() >= SURNAME_MIN_BYTES)
        })
        .map(|m| (m.end, m.key.clone()))
        .collect();
    let Some(&(from, _)) = named.first() else {
        return;
    };
    let mut added = Vec::new();
    // Only a word after one with trigger readings can follow a verb: the tokens visited are those after the
    // trigger tokens, in text order.
    let after_triggers = vocab.with_triggers.iter().map(|&p| p + 1);
    for k in after_triggers.filter(|&k| k >= from && k < doc.toks.len()) {
        let Some(w) = doc.word(k) else { continue };
        // (A verb before it: «وقال», «وأضاف»; not a noun, «فيلق الرحمن».)
        let after_verb = k.checked_sub(1).is_some_and(|p| {
            vocab
                .triggers(p)
                .iter()
                .any(|r| !r.definite && r.entries.iter().any(|e| e.verbal && !e.nominal))
        });
        if w.len() < SURNAME_MIN_BYTES || !after_verb {
            continue;
        }
        let bare = w.strip_prefix("ال").unwrap_or(w);
        let Some((_, key)) = named
            .iter()
            .find(|(end, key)| *end <= k && key.strip_prefix("person:") == Some(bare))
        else {
            continue;
        };
        if in_mention(out, k) || vocab.is_trigger(k) {
            continue;
        }
        added.push(Mention {
            start: k,
            end: k + 1,
            key: key.clone(),
            ty: EntityType::Person,
            country: None,
            prefixed: false,
            adjective: false,
            skip: 0,
            locative: false,
            seat: false,
            office: None,
            span: OnceCell::new(),
        });
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.start);
    }
}

/// The key of an unlisted bearer of a family name (`person:` and the folded word without its proclitics, `skip`
/// bytes, and «ال»), as a titled name is keyed by its last word.
fn other_bearer(word: &str, skip: usize) -> Cow<'static, str> {
    let w = word.get(skip..).unwrap_or(word);
    let w = w.strip_prefix("ال").unwrap_or(w);
    Cow::Owned(["person:", w].concat())
}

/// Whether a folded word reads as a definite relational adjective, «ال» + a stem of at least three letters + «ي» or
/// «يه» (folded «ية»): «المدني», «الحقوقية», «الاستقصائي»; not an elative.
fn is_relational_adjective(w: &str) -> bool {
    let Some(stem) = w.strip_prefix("ال") else {
        return false;
    };
    let stem = stem
        .strip_suffix("يه")
        .or_else(|| stem.strip_suffix('ي'))
        .unwrap_or("");
    // An elative, «ا» and three letters, is no relation («الأعلى», «الأولى»): «المرشد الأعلى آية الله».
    stem.chars().nth(2).is_some() && !(stem.starts_with('ا') && stem.chars().nth(3).is_none())
}

/// Whether word `w` has the key `key` only once the future «س» is taken off («ستسحب» for «سحب»): a word that has it
/// without doing so («سيارة» for «سيارة») does not carry the future.
fn future_with_key(w: &str, key: &str) -> bool {
    if !has_future_prefix(w) {
        return false;
    }
    let (mut plain, mut future) = (false, false);
    let mut buf = String::new();
    for_each_reading_where(
        w,
        |_, _| true,
        |r| {
            if r.key(&mut buf) == key {
                if r.future {
                    future = true;
                } else {
                    plain = true;
                }
            }
        },
    );
    future && !plain
}

/// True when a folded word carries the future «س» on an imperfect verb («ستسحب», «وسينتقل»).
fn has_future_prefix(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    w.strip_prefix('س')
        .is_some_and(|v| v.starts_with(['ي', 'ت', 'ن']) && v.chars().count() >= 4)
}

/// Everything the detector needs besides the text.
pub(crate) struct Context<'a> {
    pub reference: Option<Reference>,
    /// The chunk folded and split into tokens, when the caller has them (the temporal engine's: see [`detect_part`]);
    /// without them the detector folds and splits the chunk itself.
    pub folded: Option<(&'a Folded, &'a [token::Tok])>,
}

/// How many temporal expressions on each side of a trigger are considered (bounded work per trigger).
const LOOK: usize = 8;

/// How many tokens around a trigger grammar words and participants are looked for: a clause longer than this (a
/// text with no punctuation) is read as if it were cut, so the work per trigger stays bounded.
const WINDOW: usize = 40;

/// How many words after «منذ» the date it governs may begin («منذ انطلاق العملية العسكرية في 20 تموز»).
const SINCE_REACH: usize = 6;

/// Marks that part two triggers into different phrases, or a speaker's words from the act told before them («وتابع
/// بالقول: "ناقشنا خلال الاجتماع …"»): an event next to the other shares its day only across none of them.
const GAP_STOPS: [char; 14] = [
    '،', ',', '.', '؛', ';', ':', '«', '»', '"', '“', '”', '(', ')', '-',
];

/// How many tokens after a word of dying its cause after «إثر» may stand, in later clauses of its sentence.
const DYING_CAUSE_REACH: usize = 20;

/// Whether an expression can date an event: a date or a time, but not the present («الآن», «حالياً»: an event
/// lasting «حتى الآن» began earlier).
fn dateable(t: &Temporal) -> bool {
    matches!(t.kind, TimexType::Date | TimexType::Time) && !t.value.ends_with("_REF")
}

/// Whether `t` is a part of the day or a clock time with no day of its own right after «حتى» («المواجهات التي
/// استمرت حتى منتصف الليل», «حتى ساعة متأخرة من الليل», «حتى الساعة الثانية فجراً»): where the day's event ended,
/// not a date of its own, so it dates no event (the event keeps the day it is told on). One that names its day
/// («حتى مساء أمس», «حتى فجر السبت», «حتى منتصف ليل 5 أيار») is a date, and «حتى الآن» (`REF`) is the present.
fn day_part_end(text: &str, t: &Temporal) -> bool {
    const DAY_WORDS: [&str; 16] = [
        "أمس",
        "امس",
        "اليوم",
        "غد",
        "الليلة",
        "السبت",
        "الأحد",
        "الاحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
        "الماضي",
    ];
    t.kind == TimexType::Time
        && t.grain <= Grain::PartOfDay
        && t.value.contains('T')
        && text.get(..t.span.start).is_some_and(|b| {
            b.split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "حتى" | "وحتى" | "حتي" | "وحتي"))
        })
        && !DAY_WORDS.iter().any(|d| t.text.contains(d))
        && (!t
            .text
            .contains(|c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
            || t.text.contains("الساعة"))
}

/// A moving index over the dateable temporal expressions of a document.
struct DateIndex<'a> {
    dated: Vec<&'a Temporal>,
    next: usize,
}

impl<'a> DateIndex<'a> {
    fn new(all: &'a [Temporal], text: &str) -> DateIndex<'a> {
        let mut dated: Vec<&Temporal> = all
            .iter()
            .filter(|t| dateable(t) && !day_part_end(text, t))
            .collect();
        dated.sort_by_key(|t| (t.span.start, t.span.end));
        DateIndex { dated, next: 0 }
    }

    /// Up to [`LOOK`] expressions before `pos`, in text order (the nearest last), then up to [`LOOK`] from `pos`
    /// on, nearest first; positions only grow.
    fn around_many(&mut self, pos: usize) -> (&[&'a Temporal], &[&'a Temporal]) {
        self.around(pos);
        let before = self
            .dated
            .get(self.next.saturating_sub(LOOK)..self.next)
            .unwrap_or(&[]);
        let after = self
            .dated
            .get(self.next..)
            .map_or(&[][..], |a| a.get(..LOOK).unwrap_or(a));
        (before, after)
    }

    /// The dateable expressions just before and just after `pos` (original offsets); positions only grow.
    fn around(&mut self, pos: usize) -> (Option<&'a Temporal>, Option<&'a Temporal>) {
        while self
            .dated
            .get(self.next)
            .is_some_and(|t| t.span.start < pos)
        {
            self.next += 1;
        }
        let prev = self
            .next
            .checked_sub(1)
            .and_then(|p| self.dated.get(p))
            .copied();
        (prev, self.dated.get(self.next).copied())
    }
}

fn slim(t: &Temporal) -> EventDate {
    EventDate {
        value: t.value.clone(),
        modifier: t.modifier,
        grain: t.grain,
        interval: t.interval,
        span: Some(t.span),
    }
}

fn document_date(r: Reference) -> EventDate {
    let start = r.date().and_time(chrono::NaiveTime::MIN);
    EventDate {
        value: r.date().format("%Y-%m-%d").to_string(),
        modifier: None,
        grain: Grain::Day,
        interval: Some(Interval {
            start,
            end: start.checked_add_signed(Duration::days(1)).unwrap_or(start),
        }),
        span: None,
    }
}

/// Maps token ranges of a chunk back to the caller's text.
#[derive(Clone, Copy)]
struct Orig<'a> {
    toks: &'a [Tok],
    folded: &'a Folded,
    chunk: &'a str,
    /// Offset of the chunk in the text.
    base: usize,
}

impl Orig<'_> {
    /// The original span of tokens `a..b`.
    fn span(&self, a: usize, b: usize) -> Span {
        self.span_from(a, 0, b)
    }

    /// The original span of tokens `a..b`, leaving out the first `skip` bytes of token `a` (its proclitics).
    fn span_from(&self, a: usize, skip: usize, b: usize) -> Span {
        let fa = self.toks.get(a).map_or(0, |t| {
            let s = t.start + skip;
            if s < t.end {
                s
            } else {
                t.start
            }
        });
        let fb = b
            .checked_sub(1)
            .and_then(|x| self.toks.get(x))
            .map_or(fa, |t| t.end);
        let (s, e) = self.folded.to_original(fa, fb, self.chunk);
        Span::new(self.base + s, self.base + e)
    }
}

/// The original spans of a chunk's clauses, each mapped back the first time it is read: only clauses around triggers
/// and dates are, and mapping an offset back costs a search in the folding's offset map.
struct ClauseSpans<'s> {
    clauses: &'s [(usize, usize)],
    spans: Vec<OnceCell<Span>>,
    orig: Orig<'s>,
}

impl<'s> ClauseSpans<'s> {
    /// `spans` is an empty list to keep the spans in.
    fn new(clauses: &'s [(usize, usize)], orig: Orig<'s>, mut spans: Vec<OnceCell<Span>>) -> Self {
        spans.resize(clauses.len(), OnceCell::new());
        ClauseSpans {
            clauses,
            spans,
            orig,
        }
    }

    /// The original span of clause `k`.
    fn get(&self, k: usize) -> Option<Span> {
        let &(a, b) = self.clauses.get(k)?;
        let cell = self.spans.get(k)?;
        Some(*cell.get_or_init(|| self.orig.span(a, b)))
    }

    /// The number of clauses whose span starts at or before `pos` (spans are in text order), walked to from
    /// `near`, a count close to it: the dates sought are those of a trigger's sentence, a few clauses from its own,
    /// and a binary search mapped back clauses all over the chunk.
    fn starting_by(&self, pos: usize, near: usize) -> usize {
        let mut k = near.min(self.clauses.len());
        while k > 0 && self.get(k - 1).is_some_and(|c| c.start > pos) {
            k -= 1;
        }
        while self.get(k).is_some_and(|c| c.start <= pos) {
            k += 1;
        }
        k
    }
}

/// Where a trigger stands, for date attachment.
#[derive(Clone, Copy)]
struct Site<'s> {
    trigger: Span,
    clause: Span,
    sentence: Span,
    /// Start of the next trigger: a date after it belongs to that one.
    next_trigger: Option<usize>,
    /// The index of the trigger's clause.
    clause_id: usize,
    /// Clause spans of the chunk, in order, and whether each is a relative clause.
    clauses: &'s ClauseSpans<'s>,
    islands: &'s [bool],
    /// The families of the triggers of each clause opened by a comma, one bit each, and the bit of the trigger's own.
    clause_fams: &'s [u16],
    family: u16,
    /// Where the words after the nearest «أن», «إن» before the trigger in its clause begin, when a date stands on
    /// each side of the trigger: the trigger is in what someone says.
    reported_from: Option<usize>,
    /// The trigger is in a pluperfect clause (see [`pluperfect_from`]): no date of its sentence before the clause is
    /// its own («في 10 يونيو 2014 سيطر التنظيم على الموصل، وكانت القوات قد انسحبت»), where one of the clause is
    /// («وبحلول أمس السبت كانت القوات قد استعادت السيطرة»).
    background: bool,
    /// Where the relative clause right after a noun trigger begins, when there is one and a trigger of another family
    /// stands before the noun in its clause: the relative clause tells when the noun's event happened, a date before
    /// the noun is that trigger's.
    relative_from: Option<usize>,
    /// The trigger is a verb of the future («سيزور»).
    future: bool,
    /// The document has a reference date: a day and month with no year then name a well-known event (see
    /// [`Site::names_other`]).
    referenced: bool,
    /// The caller's text (the spans are offsets in it).
    text: &'s str,
}

impl Site<'_> {
    /// The index of the clause expression `t` begins in, at most the one after the trigger's.
    fn clause_of(&self, t: &Temporal) -> Option<usize> {
        self.clauses
            .starting_by(t.span.start, self.clause_id + 1)
            .checked_sub(1)
    }

    /// Whether expression `t`, read at sentence level, belongs to another clause: a relative clause (it dates that
    /// clause or the noun before it), or, when `later`, a clause after the trigger's, opened by a comma, whose
    /// triggers are all of other families (it dates them: in «أعلنت الحكومة …، وفي 5 أغسطس 1990 التقى …» the date is the meeting's, not the
    /// announcement's).
    fn elsewhere(&self, t: &Temporal, later: bool) -> bool {
        let Some(k) = self.clause_of(t) else {
            return false;
        };
        let Some(c) = self.clauses.get(k) else {
            return false;
        };
        let island = self.islands.get(k).copied().unwrap_or(false);
        if island {
            return c != self.clause && c.contains(t.span);
        }
        later
            && k > self.clause_id
            && (self
                .clause_fams
                .get(k)
                .is_some_and(|&m| m != 0 && m & self.family == 0)
                // A clause opened by «بعدما» after a verb of the future tells an earlier act, and its date is
                // that act's («سيزور الوزير القاهرة، بعدما التقى أمس …»).
                || self.future && self.text.get(c.start..).is_some_and(|g| {
                    g.trim_start_matches(|ch: char| !ch.is_alphabetic())
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "بعدما" | "وبعدما"))
                }))
    }

    /// Whether expression `t`, read at sentence level, is the start of a span after «منذ» in another clause than the
    /// trigger's, past a comma: it tells since when its own clause's act goes on, not when a later or earlier act
    /// happened («تلتزم الأطراف بالهدنة منذ نوفمبر 2022، غير أن اشتباكات اندلعت …»: the clashes are not of 2022). A
    /// fronted «منذ» phrase scopes over what follows up to the next comma («منذ الأول من أكتوبر، تشن القوات عمليات
    /// …، وأعلن حزب الله …»: the operations only). Read only for a date outside the trigger's clause.
    fn since_elsewhere(&self, t: &Temporal) -> bool {
        let Some(k) = self.clause_of(t) else {
            return false;
        };
        let Some(c) = self.clauses.get(k).filter(|_| k != self.clause_id) else {
            return false;
        };
        let Some(lead) = self.text.get(c.start..t.span.start) else {
            return false;
        };
        // The «منذ» that governs it: the last one before it, at most [`SINCE_REACH`] words back («منذ اندلاع النزاع
        // في ذلك البلد في 2011»; not «منذ ذلك التاريخ بتفجير السفارة الأميركية في بيروت في 18 أبريل 1983»).
        let Some(at) = lead.rfind("منذ") else {
            return false;
        };
        if lead
            .get(at..)
            .is_none_or(|g| g.split_whitespace().count() > SINCE_REACH + 1)
        {
            return false;
        }
        // How many commas stand between the expression and the trigger: none in its own clause, one past a fronted
        // phrase (the clause begins with «منذ») before the trigger.
        let (a, b) = if t.span.end <= self.trigger.start {
            (t.span.end, self.trigger.start)
        } else {
            (self.trigger.end, t.span.start)
        };
        let commas = self
            .text
            .get(a..b)
            .map_or(0, |g| g.matches(['،', ',']).count());
        let fronted = t.span.end <= self.trigger.start
            && lead
                .trim_start_matches(|ch: char| !ch.is_alphabetic())
                .trim_start_matches('و')
                .starts_with("منذ");
        // (A comma right before the trigger parts nothing: «التي تشهد منذ 25 يونيو الماضي، اشتباكات».)
        let bare_comma = t.span.end <= self.trigger.start
            && self.text.get(a..b).is_some_and(|g| {
                g.trim_matches(|ch: char| ch.is_whitespace() || ch == '،' || ch == ',')
                    .is_empty()
            });
        // A clause that opens with «حين», «عندما» after the span tells the act it began with («منذ عام 1990، حين
        // اجتاحت القوات …»): the span's start is its date.
        let when = t.span.end <= self.trigger.start
            && commas == 1
            && self.text.get(a..b).is_some_and(|g| {
                g.rsplit(['،', ',']).next().is_some_and(|after| {
                    after
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "حين" | "حينما" | "عندما" | "وحين" | "وعندما"))
                })
            });
        !(commas == 0 || (fronted || bare_comma || when) && commas == 1)
    }

    /// Whether `t` is a day and month with no year that names a well-known event («ثورة 30 يونيو», «أحداث 11
    /// سبتمبر»: the temporal engine leaves its year unknown though the document has a reference date), standing
    /// anywhere but right after the trigger: it dates that event only («هجمات 11 سبتمبر»), not the others of its
    /// sentence («وتشتتت قيادات الجماعة في أعقاب ثورة 30 يونيو، لكن مصادر أكدت …»).
    fn names_other(&self, t: &Temporal) -> bool {
        self.referenced && self.names_other_here(t)
    }

    /// [`Site::names_other`] once the document has a reference date. Kept out of line: inlined, it makes the
    /// closure of [`Site::choose`] too large to inline in turn, which costs more than the check (0.7% of the
    /// instructions over the corpus).
    #[inline(never)]
    fn names_other_here(&self, t: &Temporal) -> bool {
        t.value.starts_with("XXXX-")
            && t.value.as_bytes().get(5).is_some_and(u8::is_ascii_digit)
            && !(t.span.start >= self.trigger.end
                && self
                    .text
                    .get(self.trigger.end..t.span.start)
                    .is_some_and(|g| g.trim().is_empty()))
    }

    /// The date of the trigger's clause, else of its sentence: the nearest expression inside the bounds, where an
    /// expression after the trigger counts only if no other trigger stands in between («ويأتي الهجوم قبل … من الجولة
    /// الثانية … المقررة يوم 20 مارس» dates the round, not the attack), and at sentence level an expression inside
    /// a relative clause counts only for that clause or the noun right before it («… كما اجتمع الوفد» is not dated by
    /// «الحوار … الذي بدأ في يونيو 2020» earlier in the sentence). A date before the
    /// trigger is never blocked: a fronted date scopes over its clause («في 26 يوليو 2021، اتفاقاً يُنهي …»). At
    /// sentence level, an expression in a later clause that has triggers of other families only is theirs (see
    /// [`Site::elsewhere`]).
    /// In a pluperfect clause (`background`) no date of the sentence before the clause counts.
    /// A day and month that names a well-known event counts only for that event (see [`Site::names_other`]); a day
    /// after the trigger beats a month or year before it while it stands at most three times as far.
    /// `before` is in text order (the nearest last), `after` nearest first (see [`DateIndex::around_many`]).
    fn choose<'a>(&self, before: &[&'a Temporal], after: &[&'a Temporal]) -> Option<&'a Temporal> {
        let pick = |bounds: Span, sentence: bool| {
            let p = before
                .iter()
                .rev()
                .copied()
                .take_while(|t| t.span.start >= bounds.start)
                .find(|t| {
                    bounds.contains(t.span)
                        && !self.names_other(t)
                        && !(sentence && (self.elsewhere(t, false) || self.since_elsewhere(t)))
                });
            let n = after
                .iter()
                .copied()
                .take_while(|t| t.span.end <= bounds.end)
                .take_while(|t| self.next_trigger.is_none_or(|h| t.span.start < h))
                .find(|t| {
                    !self.names_other(t)
                        && !(sentence && (self.elsewhere(t, true) || self.since_elsewhere(t)))
                });
            match (p, n) {
                // A date before «إن» is the speaker's: «قال أمس إن الطائرات قصفت … يوم السبت».
                (Some(p), Some(n)) if self.reported_from.is_some_and(|x| p.span.end <= x) => {
                    Some(n)
                }
                // A date in the relative clause after the noun is its own; one before the noun is the verb's that
                // governs it: «اعتقلت الأحد إرهابياً شارك في التفجير الذي استهدف سوقاً … في 19 تموز».
                (Some(_), Some(n)) if self.relative_from.is_some_and(|r| n.span.start >= r) => {
                    Some(n)
                }
                (Some(p), Some(n)) => {
                    let dp = self.trigger.start.saturating_sub(p.span.end);
                    let dn = n.span.start.saturating_sub(self.trigger.end);
                    // A day after the trigger's object is its own over a month or year told further back, which
                    // is a verb's before it: «طردوا الحوثيين من عدن الشهر الماضي واتجهوا شمالاً واستعادوا السيطرة
                    // على قاعدة العند أمس».
                    let finer = n.grain <= Grain::Day && p.grain >= Grain::Month;
                    Some(if dn < dp || finer && dn <= 3 * dp {
                        n
                    } else {
                        p
                    })
                }
                (p, n) => p.or(n),
            }
        };
        let sentence = if self.background {
            Span::new(
                self.clause.start.max(self.sentence.start),
                self.sentence.end,
            )
        } else {
            self.sentence
        };
        pick(self.clause, false).or_else(|| pick(sentence, true))
    }
}

/// Whether clause `c0` opens with a connective of contrast, «في حين», «بينما», «فيما», right before an imperfect verb
/// (the trigger at `i`, or a verb in «ي»): what it tells goes on now, whatever the clause before it dates or plans
/// («قررت الحكومة رفع الأسعار الشهر المقبل، في حين يطالب العمال بزيادة الأجور»: the demand is today's, and actual).
/// A perfect after it is of the time told before («اعتقلت الشرطة عشرة أشخاص أمس، في حين تظاهر المئات»), and a
/// future of the plan told before («… غداً، في حين سيصوت النواب»).
fn present_contrast(doc: &Doc<'_>, h: &Hit, c0: usize, i: usize) -> bool {
    let bare = |k: usize| doc.word(k).map(|w| w.strip_prefix('و').unwrap_or(w));
    let verb = match bare(c0) {
        Some("فيما" | "بينما") => c0 + 1,
        Some("حين") if c0.checked_sub(1).and_then(bare) == Some("في") => c0 + 1,
        Some("في") if bare(c0 + 1) == Some("حين") => c0 + 2,
        _ => return false,
    };
    if verb == i {
        h.imperfect && !h.future
    } else {
        // («فيما يتعلق بـ», «فيما يخص»: «as regards», no clause of its own.)
        verb < i
            && doc.word(verb).is_some_and(|w| {
                w.starts_with('ي') && looks_only_imperfect(w) && !matches!(w, "يتعلق" | "يخص")
            })
    }
}

/// The token of the «كان» (a word of `@pluperfect`) that opens the pluperfect around trigger token `i` in clause
/// `c0..c1`: «قد» stands within six words of the trigger and within six after the «كان» («وكانت القوات قد انسحبت»,
/// «وكان هجوم مماثل قد وقع»). Looked for only where «قد» stands (few clauses have one).
fn pluperfect_from(
    doc: &Doc<'_>,
    cues: &Cues<'_>,
    c0: usize,
    c1: usize,
    i: usize,
) -> Option<usize> {
    // («قد» is a grammar word of `@hypo_impf`: its bit is tested first, so most tokens cost one test.)
    let k = (c0.max(i.saturating_sub(6))..c1.min(i + 7)).find(|&k| {
        cues.has(k, bit(CueKind::HypoImpf)) && doc.word_bytes(k) == Some("قد".as_bytes())
    })?;
    (c0.max(k.saturating_sub(6))..k.min(i + 1))
        .rev()
        .find(|&m| {
            doc.word(m)
                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Pluperfect, w))
        })
}

/// The last token of `lo..hi` that is «أن» or «إن», after which what a speaker says follows (kept out of line: the
/// detector's main loop seldom calls it).
#[inline(never)]
fn last_says_that(doc: &Doc<'_>, vocab: &Words<'_>, lo: usize, hi: usize) -> Option<usize> {
    (lo..hi).rev().find(|&j| {
        doc.toks.get(j).map(|t| t.kind) == Some(Tk::Word)
            && vocab
                .info(j)
                .is_some_and(|x| x.has & WordInfo::SAYS_THAT != 0)
    })
}

/// Whether a denial ending at token `from` («نفى الجيش …») leaves the trigger at `i` asserted: another trigger stands
/// in between, and the denial is of that one («نفى مقتل أي من جنوده في الاشتباكات»: the clashes took place), or what is
/// denied is a responsibility («نفت إسرائيل مسؤوليتها عن الغارة»: the strike took place).
fn denies_other(doc: &Doc<'_>, from: usize, i: usize, prev_trigger: Option<usize>) -> bool {
    // (Not the statement the denial is made in, before an «أن» that opens what is denied: «نفت القوات، في بيان
    // أصدرته أمس، أن تكون قد استهدفت …» denies the strike.)
    prev_trigger.is_some_and(|p| {
        p >= from
            && p < i
            && !(p
                .checked_sub(1)
                .and_then(|q| doc.word(q))
                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Medium, w))
                && (p + 1..i).any(|k| doc.word_bytes(k) == Some("ان".as_bytes())))
    }) || (from..i).any(|k| {
        doc.word(k).is_some_and(|w| {
            let w = w.strip_prefix('و').unwrap_or(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            EVENT_LEXICON.starts_with_listed(WordList::Responsibility, w)
        })
    })
}

/// True when the tokens from `from` to `to` are a verb's named subject and a carrier of the event («أحبطت قوات الأمن
/// الأردنية محاولة لاغتيال …»): names, institutions with their genitive, the definite adjectives after them, and
/// carriers.
fn subject_between(doc: &Doc<'_>, ments: &[Mention], from: usize, to: usize) -> bool {
    let institution = |k: usize| {
        doc.word(k).is_some_and(|w| {
            EVENT_LEXICON.in_list(WordList::Institution, w.strip_prefix("ال").unwrap_or(w))
        })
    };
    let mut last_ok = false;
    // An indefinite adjective in the accusative right after a carrier in it is still the carrier's («أحبطت السلطات
    // مخططاً إرهابياً لاستهداف …»).
    let mut after_carrier = false;
    for k in from..to {
        let is_carrier = carrier(doc, k);
        let ok = in_mention(ments, k)
            || is_carrier
            || institution(k)
            || last_ok && doc.word(k).is_some_and(|w| w.starts_with("ال"))
            || after_carrier
                && doc
                    .word(k)
                    .is_some_and(|w| w.ends_with('ا') && !w.starts_with("ال"));
        if !ok {
            return false;
        }
        last_ok = !is_carrier;
        after_carrier = is_carrier && doc.word(k).is_some_and(|w| w.ends_with('ا'));
    }
    true
}

/// How many words a verb negated by «لم» or «لن» may stand before its definite object past its subject.
const NEGATED_OBJECT_REACH: usize = 9;

/// Whether the definite trigger at `i` is the object of the verb at `verb`, which the particle «لم» or «لن» right
/// before it negates, past that verb's subject: «لن تجري السلطات المحلية في المدينة الانتخابات البلدية» (the election
/// will not be held). Between the verb and the trigger stands only a noun phrase: definite words, names, a construct
/// head right after the verb («فرق الإسعاف»), and phrases of «في», «من», «لل…», «بال…» on a definite word or a name;
/// the trigger itself has the article and no preposition (with one it is the object of another word: «لم تشارك
/// الأحزاب الكبرى في الانتخابات»).
fn negated_object(doc: &Doc<'_>, ments: &[Mention], verb: usize, i: usize) -> bool {
    if i <= verb + 1 || i - verb > NEGATED_OBJECT_REACH {
        return false;
    }
    let negator = verb
        .checked_sub(1)
        .and_then(|p| doc.word(p))
        .is_some_and(|w| {
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            matches!(w, "لم" | "لن")
        });
    if !negator || !doc.word(i).is_some_and(|w| w.starts_with("ال")) {
        return false;
    }
    let definite = |k: usize| {
        in_mention(ments, k)
            || doc.word(k).is_some_and(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                w.starts_with("ال")
                    || w.starts_with("لل")
                    || w.strip_prefix('ب').is_some_and(|r| r.starts_with("ال"))
            })
    };
    (verb + 1..i).all(|k| {
        definite(k)
            || k + 1 < i
                && definite(k + 1)
                && (k == verb + 1 && doc.word(k).is_some()
                    || matches!(doc.word(k), Some("في" | "من")))
    })
}

/// How many words before a verbal noun a verb of claiming is looked for («أعلنت حركة طالبان الباكستانية في بيان
/// مسؤوليتها عن تفجير …»).
const CLAIM_REACH: usize = 9;

/// How many words before a verbal noun «قام» or «تبنى» is looked for, past their subject («قامت قوات الدعم السريع
/// بقصف …»).
const SUBJECT_REACH: usize = 5;

/// The start of the mention that is the agent of the verbal noun at `first` by the verb before it: the subject of
/// «قام بـ» («الحوثيون قاموا بقصف …», «قامت القوات بقصف …»), of a verb of claiming with the noun as object («تبنت
/// حركة الشباب الهجوم») or of one with «المسؤولية عن» before the noun («أعلنت طالبان المسؤولية عن تفجير …»). The
/// subject after the verb comes first, else the one right before it. Read only for a nominal trigger, a few words back.
fn claimant(doc: &Doc<'_>, cues: &Cues<'_>, pool: &[Mention], first: usize) -> Option<usize> {
    // (Two plain prefix tests: cheaper than a char set, on every word looked at.)
    let bare = |k: usize| {
        doc.word(k).map(|w| {
            w.strip_prefix('و')
                .or_else(|| w.strip_prefix('ف'))
                .unwrap_or(w)
        })
    };
    // (Most triggers have no verb of claiming before them: the cue bits are tested before any word is looked up.)
    if !(first.saturating_sub(CLAIM_REACH + 1)..first).any(|k| cues.has(k, bit(CueKind::Claim))) {
        return None;
    }
    // A carrier may stand before the trigger, and the verb's object is then the carrier («قاموا بإرسال تعزيزات»,
    // «مسؤوليتها عن عملية إطلاق النار»).
    // (Not when the trigger has «بـ» itself: «يقوم بزيارة».)
    let first = match first.checked_sub(1) {
        Some(p) if !doc.word(first).is_some_and(|w| w.starts_with('ب')) && carrier(doc, p) => p,
        _ => first,
    };
    let by_ba = doc.word(first).is_some_and(|w| w.starts_with('ب'));
    // «… مسؤوليتها عن هجوم»: the noun of responsibility right before «عن» and the noun.
    let responsibility = first >= 2
        && doc.word(first - 1) == Some("عن")
        && bare(first - 2).is_some_and(|w| {
            EVENT_LEXICON
                .starts_with_listed(WordList::Responsibility, w.strip_prefix("ال").unwrap_or(w))
        });
    // (Only the subject's words stand between «قام» or «تبنى» and the noun: «تبنى البرلمان قانوناً لمكافحة
    // الهجمات» claims no attack.)
    let lo = first.saturating_sub(if responsibility {
        CLAIM_REACH
    } else {
        SUBJECT_REACH
    });
    // (The grammar word's kind is a bit test; the lists are read only where one stands.)
    let v = (lo..first).rev().find(|&k| {
        cues.has(k, bit(CueKind::Claim))
            && bare(k).is_some_and(|w| {
                responsibility && EVENT_LEXICON.in_list(WordList::ClaimAnnounce, w)
                    || (by_ba && EVENT_LEXICON.in_list(WordList::LightVerb, w)
                        || !by_ba && EVENT_LEXICON.in_list(WordList::ClaimVerb, w))
                        && subject_between(doc, pool, k + 1, first)
            })
    })?;
    // A nationality names the subject only after the noun of a body («قامت القوات الإسرائيلية بقصف …»), not alone
    // («الشأن العراقي»).
    let subject = |m: &&Mention| !m.locative && (!m.adjective || headed_nationality(doc, m));
    if let Some(m) = pool
        .iter()
        .filter(subject)
        .find(|m| m.start > v && m.end <= first)
    {
        return Some(m.start);
    }
    // Before the verb, the name its nationality follows is the subject («حزب العمال الكردستاني التركي يعلن
    // مسؤوليته عن …»: the party, not Turkey).
    let mut end = v;
    let mut found = None;
    while let Some(m) = pool.iter().rfind(|m| m.end == end && !m.locative) {
        found = Some(m);
        if !m.adjective || m.start == end {
            break;
        }
        end = m.start;
    }
    found.filter(subject).map(|m| m.start)
}

/// Whether a mention is a place that cannot act (a city, region or base that stands for no government): it is never
/// the subject of a visit's verb or the antecedent of a relative clause that acts.
fn inert_place(m: &Mention) -> bool {
    matches!(
        m.ty,
        EntityType::City | EntityType::Region | EntityType::Base
    ) && !EVENT_LEXICON.in_list(WordList::ActingPlace, &m.key)
}

/// The start of the mention that visits, for the visit noun from `first` to `last` in the clause from `c0`: after
/// «في» («وصل وزير الخارجية البريطاني ديفيد لامي إلى طرابلس … في زيارة»), the first name in the clause that may act
/// (not a place, a bare nationality or a name with «لـ», and not past a bare «أن» of reported words); after the noun
/// and «لـ» with a noun of a delegation (`@delegation`), the name or nationality after it, one adjective between at
/// most («بعد زيارة لوفد أمني مصري»).
fn visitor(doc: &Doc<'_>, pool: &[Mention], c0: usize, first: usize, last: usize) -> Option<usize> {
    let delegation = doc.word(last + 1).is_some_and(|w| {
        w.strip_prefix("لل")
            .or_else(|| w.strip_prefix('ل'))
            .is_some_and(|b| EVENT_LEXICON.in_list(WordList::Delegation, b))
    });
    if delegation {
        return pool
            .iter()
            .find(|m| !m.locative && (last + 2..=last + 3).contains(&m.start))
            .map(|m| m.start);
    }
    if first == 0 || doc.word(first - 1) != Some("في") {
        return None;
    }
    let m = pool.iter().find(|m| {
        !m.locative
            && !m.prefixed
            && m.start >= c0
            && m.end < first
            && !inert_place(m)
            && (!m.adjective || headed_nationality(doc, m))
            && !dative(doc, m)
            // (Not a name after a preposition: «وصل للقاهرة قادماً من السعودية في زيارة».)
            && !m.start.checked_sub(1).and_then(|p| doc.word(p)).is_some_and(|w| {
                matches!(w, "من" | "الي" | "علي" | "في" | "عن" | "مع" | "بين" | "نحو")
            })
    })?;
    // (Not the speaker of «قال الوزير إن الرئيس سيصل … في زيارة», nor the host of «يستقبل … الرئيس، في زيارة».)
    let other = (c0..first).any(|k| {
        doc.word(k).is_some_and(|w| {
            k >= m.end && matches!(w, "ان" | "بان" | "وان" | "انه" | "انها") || w.contains("ستقبل")
        })
    });
    (!other).then_some(m.start)
}

/// Whether `m` names the body an unnamed subject right after the verb (from token `a`) belongs to: the subject's noun,
/// its definite adjectives of relation, then «التابع/التابعة لـ» and the name («قصف الطيران الحربي التابع للجيش
/// السوداني …»). (A definite object between, «المواقع التابعة لحزب الله», is no adjective: it names the target's owner.)
fn subject_owner(doc: &Doc<'_>, a: usize, m: &Mention) -> bool {
    let Some(t) = m.start.checked_sub(1) else {
        return false;
    };
    t > a
        && dative(doc, m)
        && doc
            .word(t)
            .is_some_and(|w| matches!(w, "التابع" | "التابعه" | "التابعين" | "التابعون"))
        && (a + 1..t).all(|k| {
            doc.word(k)
                .is_some_and(|w| w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه")))
        })
}

/// Whether a nationality adjective has a head noun that may act or speak: a noun of a body («القوات الإسرائيلية»,
/// «الخارجية الأمريكية», «الطائرات التركية») or any definite word but a noun of a topic («سلاح الجو التركي», «القوات
/// الجوية السورية»; not «الملف الليبي», «الثورة السورية»), not a word with a preposition («بالشأن العراقي») or an
/// indefinite one («طائرة سعودية»).
fn headed_nationality(doc: &Doc<'_>, m: &Mention) -> bool {
    m.start
        .checked_sub(1)
        .and_then(|p| doc.word(p))
        .is_some_and(|w| {
            let w = w
                .strip_prefix('و')
                .or_else(|| w.strip_prefix('ف'))
                .unwrap_or(w);
            let listed = |b: &str| {
                EVENT_LEXICON.in_list(WordList::Institution, b)
                    || EVENT_LEXICON.in_list(WordList::SpeakerNoun, b)
                    || EVENT_LEXICON.in_list(WordList::Body, b)
                    || EVENT_LEXICON.in_list(WordList::ForceMember, b)
            };
            match w.strip_prefix("ال") {
                Some(b) => listed(b) || !EVENT_LEXICON.in_list(WordList::TopicNoun, b),
                // An indefinite head acts when it names people: a sound masculine plural («متشددون أكراد»).
                None => listed(w) || w.ends_with("ون") || w.ends_with("ين"),
            }
        })
}

/// True when the word before token `end` is a particle of negation, which a verb follows («لم يتم»).
fn particle(doc: &Doc<'_>, end: usize) -> bool {
    end.checked_sub(1)
        .and_then(|k| doc.word(k))
        .is_some_and(|w| {
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            matches!(w, "لم" | "لن" | "لا" | "لما")
        })
}

/// How far a negation, a refusal or a foiling reaches (not a denial of the whole clause, see [`denies_other`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Not to the trigger.
    Out,
    /// To the trigger, however far it stands.
    In,
    /// To the trigger if it stands within the cue's scope.
    Scope,
}

/// How far a polarity cue ending before token `end` reaches toward the trigger `h`: to the first event after it and no
/// further («بعد إحباط الهجوم اعتقلت الشرطة المنفذين»: the arrest took place), save to an event joined to that one by
/// «و», «أو» that shares its polarity («لم تسجل هجمات أو اشتباكات»); not into the genitive of another noun («ألغت
/// المحكمة نتائج الانتخابات», «استبعدت اللجنة المرشح من الانتخابات»: the election took place) unless that noun carries
/// the event («عدم إجراء الانتخابات»), nor through a cue of several words that governs a preposition itself («لم
/// يتمكن المسلحون من السيطرة»); over the subject of a verb of outcome to the outcome («لم يسفر الهجوم عن قتلى»: the
/// attack took place, the killing did not). `prev` is the trigger before this one (first and last token, negated),
/// `any` says «أي» stands right before the trigger, which takes a negation from anywhere earlier in the clause.
#[allow(clippy::too_many_arguments)]
fn reach(
    doc: &Doc<'_>,
    ments: &[Mention],
    h: &Hit,
    end: usize,
    multi: bool,
    lam: bool,
    prev: Option<(usize, usize, bool)>,
    any: bool,
) -> Reach {
    let i = h.first;
    if end > i {
        return Reach::Scope;
    }
    // The trigger before this one, when it stands after `from`.
    let between = |from: usize| prev.filter(|&(p, _, _)| p >= from && p < i);
    if end < i && result_verb(doc, end) {
        // The outcome's preposition, a few words on; what stands before it is the cause.
        let q = (end + 1..end + 1 + RESULT_SPAN)
            .find(|&k| matches!(doc.word(k), Some("عن" | "الي" | "في")));
        let Some(q) = q.filter(|&q| q < i && i - q <= 3 && between(q + 1).is_none()) else {
            return Reach::Out;
        };
        // «لم يؤد إلى حسم المعركة»: the outcome is the genitive's head, not the battle.
        return if genitive_of_other(doc, ments, h, q + 1, false, true) {
            Reach::Out
        } else {
            Reach::In
        };
    }
    if let Some((_, last, neg)) = between(end).filter(|_| !any) {
        let w = doc.word(i).unwrap_or("");
        let joined = last + 4 >= i
            && (matches!(
                i.checked_sub(1).and_then(|p| doc.word(p)),
                Some("او" | "و" | "ولا")
            ) || h.nominal && w.strip_prefix('و').is_some_and(|r| r.chars().count() >= 4));
        return if joined && neg { Reach::In } else { Reach::Out };
    }
    if !multi && genitive_of_other(doc, ments, h, end, particle(doc, end), lam) {
        return Reach::Out;
    }
    Reach::Scope
}

/// A definite trigger after a word without the article from token `end` on is the genitive of that word, which is
/// what a cue before `end` is about; not when that word is the verb a particle negates (`verb_next`: the word at
/// `end`), a carrier of the event, a name or a number. A preposition on the trigger makes it the object of what stands
/// before it («لم تلتزم الميليشيا بالهدنة»: the truce was made), unless that is a carrier («لم يقم بالانسحاب»); an
/// attached «ل» counts only when `lam`, since it also marks the object of a verbal noun («رفض المتمردين للهدنة») and
/// the aim of a plan («تمهيداً للاجتماع»).
fn genitive_of_other(
    doc: &Doc<'_>,
    ments: &[Mention],
    h: &Hit,
    end: usize,
    verb_next: bool,
    lam: bool,
) -> bool {
    let i = h.first;
    if !h.definite || i <= end {
        return false;
    }
    let mut p = i - 1;
    // The word that may carry the preposition: the trigger, or a demonstrative before it («بهذا الاتفاق»).
    let mut own = doc.word(i).unwrap_or("");
    if let Some(w) = doc.word(p).filter(|w| demonstrative(strip_prep(w).1)) {
        own = w;
        p = match p.checked_sub(1) {
            Some(p) => p,
            None => return false,
        };
    }
    let own = own.strip_prefix(['و', 'ف']).unwrap_or(own);
    let (prep, rest) = strip_prep(own);
    let prep = match prep {
        Some('ل') => lam,
        Some(_) => true,
        None => false,
    };
    if prep && (rest.starts_with("ال") || demonstrative(rest) || own.starts_with("لل")) {
        return !(carrier(doc, p) || p >= end && verb_next && carrier(doc, end));
    }
    if p < end {
        return false;
    }
    doc.word(p).is_some_and(|w| {
        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        let bare = bare.strip_prefix(['ب', 'ك']).unwrap_or(bare);
        !(bare.starts_with("ال")
            || bare.starts_with("لل")
            || matches!(bare, "اي" | "لاي")
            || p == end && (looks_imperfect(w) || verb_next))
    }) && !carrier(doc, p)
        && !in_mention(ments, p)
}

/// How many words after a cause kept apart from an act's day what it tells of may stand («رداً على مقتل ضابطين في
/// كمين»): past them, in a text with few commas, the words are the act's again.
const CAUSE_SPAN: usize = 8;

/// How many words after a verb of outcome its preposition may stand («لم تسفر الغارات على البلدة يوم الأحد عن قتلى»).
const RESULT_SPAN: usize = 8;

/// True when token `k` is a verb of outcome (`@result` in `data/events/triggers.tsv`).
fn result_verb(doc: &Doc<'_>, k: usize) -> bool {
    doc.word(k).is_some_and(|w| {
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        EVENT_LEXICON.in_list(WordList::Result, w)
    })
}

/// True when token `k` is a carrier of an event (`@carrier`): with a conjunction, an attached preposition or a
/// tanween alef («بإجراء», «مخططاً»).
fn carrier(doc: &Doc<'_>, k: usize) -> bool {
    doc.word(k).is_some_and(|w| {
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        let listed = |w: &str| EVENT_LEXICON.in_list(WordList::Carrier, w);
        let bare = |w: &str| listed(w) || w.strip_suffix('ا').is_some_and(listed);
        bare(w) || w.strip_prefix(['ب', 'ل', 'ك']).is_some_and(bare)
    })
}

/// True when token `k` is inside a mention (mentions come in text order and do not overlap).
fn in_mention(ments: &[Mention], k: usize) -> bool {
    let n = ments.partition_point(|m| m.start <= k);
    n.checked_sub(1)
        .and_then(|n| ments.get(n))
        .is_some_and(|m| k < m.end)
}

/// A word without its conjunction, split into an attached preposition (ب ك ل) and the rest.
fn strip_prep(w: &str) -> (Option<char>, &str) {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    match w.chars().next() {
        Some(c @ ('ب' | 'ك' | 'ل')) => (Some(c), &w[c.len_utf8()..]),
        _ => (None, w),
    }
}

/// A demonstrative, which stands before the noun it points at («هذا الاتفاق»).
fn demonstrative(w: &str) -> bool {
    matches!(
        w,
        "هذا" | "هذه" | "ذلك" | "تلك" | "هذين" | "هاتين" | "هولاء" | "هؤلاء" | "اولئك"
    )
}

/// True when token `j` is a quotation mark.
fn quote_at(doc: &Doc<'_>, j: usize) -> bool {
    matches!(
        doc.toks.get(j).map(|t| t.kind),
        Some(Tk::Punct('"' | '“' | '”' | '«' | '»'))
    )
}

/// The token where what a statement's trigger `h` says begins, walking from token `j` to `end`: the first colon,
/// quotation mark or «أن». A few words in quotation marks that name a party are passed over: named as the subject
/// right after a verb («أعلنت "المقاومة الشعبية" أنها»), or after the noun of its kind («قالت حركة "حماس"»). When
/// `far`, for the dates of what is said, so is any name in quotation marks after a word («قالت مصادر لـ"الرياض" أمس
/// إن»: the statement's day); not for the speaker, since a name there is mostly whom it speaks to or what it speaks of
/// («أعلنت ولاءها لتنظيم "داعش"»). A trigger of several words ends with its preposition («أشار إلى»): what follows is
/// what is said. Out of line: it runs once or twice a statement, and kept apart it leaves the loop over triggers as it
/// was.
#[inline(never)]
fn said_start(
    doc: &Doc<'_>,
    vocab: &Words<'_>,
    ments: &[Mention],
    h: &Hit,
    mut j: usize,
    end: usize,
    far: bool,
) -> Option<usize> {
    let kind = |j: usize| doc.toks.get(j).map(|t| t.kind);
    let says_that = |k: usize| {
        vocab
            .info(k)
            .is_some_and(|x| x.has & WordInfo::SAYS_THAT != 0)
    };
    let institution = |k: usize| {
        doc.word(k).is_some_and(|w| {
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            EVENT_LEXICON.in_list(WordList::Institution, w)
        })
    };
    let name = |j: usize, k: usize| {
        h.first == h.last
            && if far {
                j > h.last && kind(j - 1) == Some(Tk::Word) || says_that(k + 1)
            } else {
                in_mention(ments, j + 1)
                    && (j == h.last + 1 && says_that(k + 1)
                        || j == h.last + 2 && institution(j - 1))
            }
    };
    while j < end {
        match kind(j) {
            Some(Tk::Punct(':')) => return Some(j),
            Some(Tk::Punct(_)) if quote_at(doc, j) => {
                let name_end = (j + 2..(j + 6).min(end))
                    .find(|&k| kind(k) != Some(Tk::Word))
                    .filter(|&k| quote_at(doc, k) && name(j, k));
                match name_end {
                    Some(k) => j = k + 1,
                    None => return Some(j),
                }
            }
            Some(Tk::Word) if says_that(j) => return Some(j),
            _ => j += 1,
        }
    }
    None
}

/// Whether expression `t`, found past `at` (the start of the noun a verb of announcing makes known), is no day of
/// the announcement: outside its clause, a range or a date after «منذ», «خلال», «طوال» (the time of what is told:
/// «أعلن … مقتل 88 مسلحاً خلال الفترة من 20 إلى 31 يوليو»), or a day after the publication's. Out of line: few
/// triggers need it.
#[inline(never)]
fn not_of_announcement(
    t: &Temporal,
    at: usize,
    clause: Span,
    text: &str,
    reference: Option<Reference>,
) -> bool {
    let since = || {
        t.value.contains('/')
            || text.get(..t.span.start).is_some_and(|b| {
                let b = b.trim_end();
                ["منذ", "خلال", "طوال", "طيلة"]
                    .iter()
                    .any(|w| b.ends_with(w))
            })
    };
    t.span.start >= at
        && (!clause.contains(t.span)
            || since()
            || t.interval.is_some_and(|iv| {
                reference
                    .and_then(|r| r.date().succ_opt())
                    .is_some_and(|d| iv.start >= d.and_time(chrono::NaiveTime::MIN))
            }))
}

/// Whether the year `t` (in `text`) is written with «ل» («لسنة 2025», «للعام 2024») and stands after the trigger
/// `tspan` past more than two words (or after a verb at all): what the noun before it is for («صوّت البرلمان على
/// قانون المالية لسنة 2025»), not when the event is («الانتخابات الرئاسية لعام 2024» is dated by it). Out of line:
/// called only for a year near a trigger.
#[inline(never)]
fn year_of_other(t: &Temporal, text: &str, tspan: Span, nominal: bool) -> bool {
    if t.span.start < tspan.end {
        return false;
    }
    // «ل» is in the expression's text («لعام 2024») or just before it («ل» + «سنة 2025»).
    let word = t.text.split(' ').next().unwrap_or("");
    let lam = matches!(word, "لسنة" | "للسنة" | "لعام" | "للعام" | "لسنه" | "للسنه")
        || matches!(word, "سنة" | "عام" | "السنة" | "العام" | "سنه" | "السنه")
            && text.get(..t.span.start).is_some_and(|b| b.ends_with('ل'));
    // A verb's year is never one of a noun after it; a noun's is when at most two words (its adjectives) stand
    // between (counted no further than three).
    lam && (!nominal
        || text
            .get(tspan.end..t.span.start)
            .is_some_and(|b| b.split(' ').filter(|w| !w.is_empty()).take(3).count() > 2))
}

/// The date [`Site::choose`] finds when no expression at or after token start `at` may be taken. Out of line: few
/// triggers need it.
#[inline(never)]
fn choose_before<'a>(
    site: &Site<'_>,
    at: usize,
    before: &[&'a Temporal],
    after: &[&'a Temporal],
) -> Option<&'a Temporal> {
    let mut s = *site;
    s.next_trigger = Some(s.next_trigger.map_or(at, |x| x.min(at)));
    s.choose(before, after)
}

/// The bit of a kind's family in a set of families.
fn family_bit(kind: EventKind) -> u16 {
    1 << (kind.family() as u16)
}

/// The mentions of `ments` from index `from` on that end by token `b`, at most [`WINDOW`] of them. Mentions come in
/// text order and do not overlap (each begins where the one before it ended or later), so they are the first ones.
fn ending_by(ments: &[Mention], from: usize, b: usize) -> &[Mention] {
    let rest = ments.get(from..).unwrap_or(&[]);
    let k = rest.iter().take(WINDOW).take_while(|m| m.end <= b).count();
    rest.get(..k).unwrap_or(&[])
}

/// Whether a folded verb carries its subject as a plural suffix: a perfect in «ـوا» («هاجموا») or an imperfect in
/// «ـون» («يهاجمون»). A name after such a verb is never its subject.
fn subject_suffixed(w: &str) -> bool {
    let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    bare.ends_with("وا")
        || bare.ends_with("ون")
            && bare
                .strip_prefix('س')
                .unwrap_or(bare)
                .starts_with(['ي', 'ت'])
}

/// Whether a word after the comma that closes a fronted clause («وفيما …،», «بينما …،») can open the main clause:
/// not a definite noun or a title in apposition («وبينما رفض المتحدث العسكري، العقيد …، الإفصاح»), nor a phrase of
/// place or manner set off by commas («بوسط البلاد»، «في مؤتمر صحفي»).
fn opens_main_clause(w: &str) -> bool {
    !w.starts_with("ال")
        && !w.starts_with('ب')
        && !matches!(
            w,
            "في" | "من"
                | "علي"
                | "عن"
                | "خلال"
                | "عبر"
                | "مع"
                | "الي"
                | "وفق"
                | "وفقا"
                | "حسب"
        )
}

/// Whether token `k` is a preposition of topic (`@topic_prep`: «بشأن», «حول», also with «و»).
fn topic_prep(doc: &Doc<'_>, k: usize) -> bool {
    doc.word(k).is_some_and(|w| {
        EVENT_LEXICON.in_list(WordList::TopicPrep, w.strip_prefix('و').unwrap_or(w))
    })
}

/// Whether the clause at `c0` opens with a phrase of topic or frame: a preposition of topic («وحول», «بشأن»), or a
/// noun of `@topic_opener` after «في/على» («وفي سياق», «وعلى صعيد»).
fn topic_opener(doc: &Doc<'_>, c0: usize) -> bool {
    topic_prep(doc, c0)
        || doc
            .word(c0)
            .is_some_and(|w| matches!(w.strip_prefix('و').unwrap_or(w), "في" | "علي"))
            && doc
                .word(c0 + 1)
                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::TopicOpener, w))
}

/// Whether mention `m` follows a count with «من», the count at token `a` or later, past at most one noun of a
/// force's men («قتل نحو 15 من ميليشيا الحوثي», «اعتقل عشرات من عناصر التنظيم»): the side of those counted. Up to
/// two words may stand between the count and «من» («260 مقاتلاً كردياً من حزب العمال»).
fn partitive_count(doc: &Doc<'_>, a: usize, m: &Mention) -> bool {
    let Some(k) = (m.start.saturating_sub(2)..m.start)
        .rev()
        .find(|&k| k > a && doc.word(k) == Some("من"))
    else {
        return false;
    };
    let count_at = |c: usize| {
        doc.toks.get(c).is_some_and(|t| t.kind == Tk::Num)
            || doc.word(c).is_some_and(|w| {
                matches!(
                    w,
                    "عشرات" | "العشرات" | "مئات" | "المئات" | "الاف" | "عدد" | "العديد"
                )
            })
    };
    let count = (k.saturating_sub(3).max(a)..k)
        .any(|c| count_at(c) && (c + 1..k).all(|j| doc.word(j).is_some()));
    count
        && (k + 1..m.start).all(|j| {
            doc.word(j)
                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::ForceMember, w))
        })
}

/// A folded word without its conjunction, preposition and article ([`strip_prep`], then «ال»; «لل» is «ل» + «ال»):
/// «لهجمات» → «هجمات», «والهجوم» → «هجوم», «للهجوم» → «هجوم».
fn strip_article(w: &str) -> &str {
    match strip_prep(w) {
        (Some('ل'), rest) if rest.starts_with('ل') => rest.get('ل'.len_utf8()..).unwrap_or(rest),
        (_, rest) => rest.strip_prefix("ال").unwrap_or(rest),
    }
}

/// Whether a clause of condition opens at token `k`: «إذا», «لو» (with «و/ف») or «في حال(ة)» («في» is no «ف» + «ي»).
fn opens_condition(doc: &Doc<'_>, k: usize) -> bool {
    doc.word(k).is_some_and(|w| {
        w == "في" && matches!(doc.word(k + 1), Some("حال" | "حاله"))
            || matches!(w.strip_prefix(['و', 'ف']).unwrap_or(w), "اذا" | "لو")
    })
}

/// Kinds done together, whose participants after the verb act as much as its subject («التقى الجبير لافروف»,
/// «اتفق الطرفان مع …»).
fn mutual(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Meeting
            | EventKind::Agreement
            | EventKind::Clash
            | EventKind::Ceasefire
            | EventKind::Cooperation
    )
}

/// Whether mention `m` (before the verb) stands where a subject does: at the head of clause `c0`, or after «أن/إن»
/// or «كان», past at most three words of its own phrase («إن طيران التحالف الدولي قصف», «وكانت مقاتلات تركية
/// شنت»), with no preposition on the way: not a name inside a phrase of place, topic or company («وعن مشاركة
/// الحوثيين قال الجبير», «بعد قطع الهدنة مع حزب العمال اكد الرئيس»).
fn bare_subject(doc: &Doc<'_>, c0: usize, m: &Mention) -> bool {
    let mut k = m.start;
    for _ in 0..4 {
        if k <= c0 {
            return true;
        }
        k -= 1;
        let Some(w) = doc.word(k) else {
            return false;
        };
        if matches!(
            w,
            "ان" | "بان" | "وان" | "لان" | "فان" | "كان" | "وكان" | "كانت" | "وكانت"
        ) {
            return true;
        }
        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if strip_prep(w).0.is_some() || EVENT_LEXICON.in_list(WordList::PhraseOpen, bare) {
            return false;
        }
    }
    false
}

/// Kinds whose plural verbs are seldom passive in news: «هاجموا», «استهدفوا», «اتهموا» (unlike «قتلوا», «اعتقلوا»,
/// «أعدموا»: were killed, arrested, executed).
fn seldom_passive(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Attack | EventKind::Threat | EventKind::Accusation
    )
}

/// Kinds whose verb, right before an indefinite noun of a person, is passive in news («قتل جندي», «اعتقل شخصان»).
fn person_act(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Killing | EventKind::Abduction | EventKind::Arrest
    )
}

/// Kinds whose noun trigger takes its patient as the genitive right after it («اغتيال سليماني»).
fn patient_first(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Attack
            | EventKind::Killing
            | EventKind::Abduction
            | EventKind::Arrest
            | EventKind::Threat
            | EventKind::Accusation
            | EventKind::Sanction
            | EventKind::Dismissal
            | EventKind::Appointment
    )
}

/// Appends to `out` the events of one chunk of `text`, read from the temporal engine's folding and tokens of it.
/// `temporals` are the expressions found so far, those of the chunk last. Sentences end at the chunk's end (chunks
/// are cut at line breaks and sentence ends), so a date beyond it never dates an event in it: the expressions after
/// the chunk are not needed, and of those before it only the last [`LOOK`] dated ones. Word lookups are kept in `cache`.
pub(crate) fn detect_part(
    text: &str,
    part: &Part<'_>,
    temporals: &[Temporal],
    reference: Option<Reference>,
    out: &mut Vec<Event>,
    cache: &mut WordCache,
) {
    let mut from = temporals.partition_point(|t| t.span.start < part.base);
    let mut seen = 0;
    while seen < LOOK && from > 0 {
        from -= 1;
        if temporals.get(from).is_some_and(dateable) {
            seen += 1;
        }
    }
    let recent = temporals.get(from..).unwrap_or(&[]);
    let own = temporals
        .get(temporals.partition_point(|t| t.span.start < part.base)..)
        .unwrap_or(&[]);
    let mut dates = Dating {
        index: DateIndex::new(recent, text),
        present: own
            .iter()
            .take_while(|t| t.span.start < part.end)
            .filter(|t| t.value == "PRESENT_REF")
            .map(|t| t.span)
            .collect(),
        document: OnceCell::new(),
        // (Only the chunk's own: a count is read in the clause it stands in.)
        counts: own
            .iter()
            .take_while(|t| t.span.start < part.end)
            .filter(|t| {
                t.kind == TimexType::Duration
                    && (day_count(&t.value).is_some() || vague_count(&t.value))
            })
            .collect(),
    };
    // The text read runs past the chunk's end: its tokens from there on belong to the next chunk.
    let len = part.end.saturating_sub(part.base);
    let n = part
        .toks
        .partition_point(|t| part.folded.to_original(t.start, t.start, "").0 < len);
    let ctx = Context {
        reference,
        folded: Some((part.folded, part.toks.get(..n).unwrap_or(&[]))),
    };
    let chunk = text.get(part.base..part.end).unwrap_or("");
    let first = out.len();
    detect_chunk(text, part.base, chunk, &ctx, &mut dates, out, cache);
    if let Some(found) = out.get_mut(first..) {
        accord_topics(text, found);
    }
}

/// What dates a document's events: its temporal expressions, and its reference date.
struct Dating<'a> {
    index: DateIndex<'a>,
    /// The spans of the present («حتى الآن»): a clause that has one and no date of its own is told of now.
    present: Vec<Span>,
    /// The reference date as an event date, formatted once for all the events it dates.
    document: OnceCell<EventDate>,
    /// Durations in whole days, weeks, months or years, or in an unknown number of them («بعد أيام»), by position:
    /// what «بعد ثلاثة أيام من اختطافه» counts.
    counts: Vec<&'a Temporal>,
}

/// A duration in whole days (`P3D`, `P2W`, `PT48H`) or months (`P3M`, `P1Y`): `(days, months)`.
fn day_count(value: &str) -> Option<(i64, u32)> {
    let (num, unit, hours) = match value.strip_prefix("PT") {
        Some(v) => (v.get(..v.len().checked_sub(1)?)?, v.chars().last()?, true),
        None => {
            let v = value.strip_prefix('P')?;
            (v.get(..v.len().checked_sub(1)?)?, v.chars().last()?, false)
        }
    };
    let n: u32 = num.parse().ok().filter(|&n| n > 0 && n <= 1200)?;
    match (unit, hours) {
        ('H', true) if n % 24 == 0 => Some((i64::from(n / 24), 0)),
        ('D', false) => Some((i64::from(n), 0)),
        ('W', false) => Some((i64::from(n) * 7, 0)),
        ('M', false) => Some((0, n)),
        ('Y', false) => Some((0, n.checked_mul(12)?)),
        _ => None,
    }
}

/// A duration of an unknown number of days, weeks, months or years («أيام», «أسابيع»: `PXD`, `PXW`, …).
fn vague_count(value: &str) -> bool {
    matches!(value, "PXD" | "PXW" | "PXM" | "PXY")
}

/// Whether an event was told positive, dated by the text to its day or finer: one a later mention can name again
/// («وتبنى التنظيم الهجوم») or count from («بعد ثلاثة أيام من اختطافه»).
fn told_with_its_day(e: &Event) -> bool {
    matches!(
        e.date_source,
        Some(DateSource::Explicit | DateSource::Anaphoric)
    ) && e.polarity == Polarity::Positive
        && e.date.as_ref().is_some_and(|d| {
            matches!(
                d.grain,
                Grain::Day | Grain::PartOfDay | Grain::Hour | Grain::Minute | Grain::Second
            ) && !d.value.starts_with('X')
        })
}

/// How many events back a time counted from an event («بعد ثلاثة أيام من اختطافه») looks for the one it counts from.
const MAX_TOLD: usize = 64;

/// Where to look for a time counted from an event («بعد ثلاثة أيام من اختطافه»): the clause of one trigger.
struct Counted<'a, 't, 'w> {
    text: &'a str,
    doc: &'a Doc<'t>,
    vocab: &'a Words<'w>,
    orig: &'a Orig<'a>,
    /// First and end token of the clause, and its original span.
    clause: (usize, usize, Span),
    /// Where the matter of the trigger began (see `topic_starts`).
    topic_from: usize,
    /// The publication day when the trigger's clause is told in the past: no day counted past it is its.
    past_until: Option<chrono::NaiveDate>,
}

impl Counted<'_, '_, '_> {
    /// The date of trigger `h` (span `tspan`) from a duration of `counts` (those from its clause on) counted from
    /// an event told before, in `out`: «أفرج الخاطفون عن الرهينة بعد ثلاثة أيام من اختطافه» is dated three days
    /// after the abduction told before, and the noun counted from («اختطافه») is that abduction, on its day. The
    /// flag is true for the first case (the trigger is governed by the count, not counted from). `own` is the date the
    /// trigger's clause gives it, which a noun counted from and told nowhere before is counted back from (and has no
    /// date at all when the count is no number: `None` in the pair).
    #[inline(never)]
    fn date(
        &self,
        counts: &[&Temporal],
        h: &Hit,
        tspan: Span,
        out: &[Event],
        similar: &[usize],
        own: Option<&EventDate>,
    ) -> Option<(Option<EventDate>, bool)> {
        let (doc, vocab, text) = (self.doc, self.vocab, self.text);
        let (c0, c1, clause_span) = self.clause;
        let orig = |a: usize, b: usize| self.orig.span(a, b);
        // The first token that starts at or after byte `b` (tokens run in text order).
        let tok_from = |b: usize| {
            let (mut a, mut z) = (c0, c1.min(doc.toks.len()));
            while a < z {
                let mid = a + (z - a) / 2;
                if orig(mid, mid + 1).start < b {
                    a = mid + 1;
                } else {
                    z = mid;
                }
            }
            a
        };
        for &d in counts.iter().take_while(|t| t.span.start < clause_span.end) {
            // Read on the original text first, so that most durations cost no mapping of tokens.
            let before = text.get(..d.span.start).unwrap_or("").trim_end();
            let after = if before.ends_with("بعد") {
                true
            } else if before.ends_with("قبل") {
                false
            } else {
                continue;
            };
            let next = text.get(d.span.end..).unwrap_or("").trim_start();
            if !(next.starts_with("من ") || next.starts_with("على ")) {
                continue;
            }
            let t0 = tok_from(d.span.start);
            if t0
                .checked_sub(1)
                .and_then(|p| doc.word(p))
                .is_none_or(|w| !matches!(w.strip_prefix(['و', 'ف']).unwrap_or(w), "بعد" | "قبل"))
            {
                continue;
            }
            let t1 = tok_from(d.span.end);
            if !doc.word(t1).is_some_and(|w| matches!(w, "من" | "علي")) {
                continue;
            }
            // Counted from the outbreak or start of an event («بعد يومين من اندلاع الاشتباكات»), the event is the
            // noun after that word, and the count is from its first day even for a process.
            let onset = doc
                .word(t1 + 1)
                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Onset, w));
            let x = if onset { t1 + 2 } else { t1 + 1 };
            let Some((kind, weak)) = vocab
                .triggers(x)
                .iter()
                .flat_map(|r| r.entries.iter())
                .map(|e| (e.kind, e.weak))
                .next()
            else {
                continue;
            };
            // A process counts its own length («بعد 12 عاماً من المفاوضات», «بعد يومين من معارك», «بعد أسبوعين من
            // الغارات»): no day of an event to count from. One meeting is no process («بعد يومين من لقائه»).
            if !onset
                && (matches!(
                    kind,
                    EventKind::Clash | EventKind::Protest | EventKind::Ceasefire
                ) || kind == EventKind::Meeting && weak
                    || doc.word(x).is_some_and(|w| w.ends_with("ات")))
            {
                continue;
            }
            // The event of someone named after the noun with a pronoun of his own («قبل يوم من اختطاف زميله») is
            // another one than the event told before.
            if doc.toks.get(x + 1).is_some_and(|t| t.kind == Tk::Word)
                && text.get(orig(x + 1, x + 2).range()).is_some_and(possessed)
            {
                continue;
            }
            let x_start = orig(x, x + 1).start;
            // (The noun may begin the trigger's span without being its first token: «توقيع الاتفاق».)
            let governed = x != h.first && !(tspan.start..tspan.end).contains(&x_start);
            // Nor does a speaker speak at a time counted in what he says («قال إنه انضم قبل يوم من العملية»).
            if governed
                && ((h.first..=h.last).contains(&x)
                    || h.entry.kind.family() == super::Family::Speech && x > h.last)
            {
                continue;
            }
            // Events are in text order: the walk back stops at the start of the trigger's matter, and looks at a
            // bounded number of events (a long text of such counts costs no more per trigger).
            let told = out
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, e)| e.sentence.start >= self.topic_from)
                .take(MAX_TOLD)
                .filter(|(k, e)| e.kind == kind && !similar.contains(k))
                .map(|(_, e)| e)
                .find(|e| {
                    e.trigger.span.end <= x_start
                        && e.sentence.start >= self.topic_from
                        && e.modality == Modality::Actual
                        && told_with_its_day(e)
                })
                .and_then(|e| e.date.as_ref());
            // Told nowhere before, the noun counted from is dated from the day of the event that counts from it,
            // told before the count in the sentence («زار طهران في 6 نوفمبر، بعد يومين من لقائه الوزير»: the
            // meeting is on 4 November).
            if told.is_none() && !governed {
                let before_count = own.filter(|o| o.span.is_some_and(|sp| sp.end <= d.span.start));
                if let Some(day) = before_count
                    .filter(|o| {
                        matches!(o.grain, Grain::Day | Grain::PartOfDay)
                            && !o.value.starts_with('X')
                    })
                    .and_then(|o| counted_day(o, d, !after))
                {
                    return Some((Some(day), false));
                }
                // Counted by an unknown number («بعد أيام من القصف»), it has no day: the date before the count is
                // the other event's («ستستضيف شرم الشيخ قمة يوم السبت 21 أكتوبر، بعد أيام من القصف …»).
                if before_count.is_some() && day_count(&d.value).is_none() {
                    return Some((None, false));
                }
            }
            let Some(told) = told else { continue };
            // «وبدأت المفاوضات بعد 15 يوماً على انطلاق الهجوم»: told in the past, a count that ends past the
            // publication day is not from the event told before (a later stage of it, «تجددت الهجمات مساء السبت»).
            if let Some(r) = self.past_until {
                if counted_day(told, d, after)
                    .and_then(|c| c.interval)
                    .is_some_and(|iv| iv.start.date() > r)
                {
                    continue;
                }
            }
            if !governed {
                return Some((Some(told.clone()), false));
            }
            if let Some(day) = counted_day(told, d, after) {
                return Some((Some(day), true));
            }
        }
        None
    }
}

/// How many days before its announcement an act told in the next sentence may have happened.
const ANNOUNCED_WITHIN: i64 = 7;

/// «أعلنت الوزارة أمس السبت القبض على سبعة أشخاص. وقال بيان للوزارة إن قوات الأمن ضبطت فجر الجمعة …»: an act
/// announced (event `k` of `out`, dated by the announcement's day) that the next sentence, opened by a verb of saying,
/// tells again with an earlier day, an act of its family, positive and actual, dated there, happened on that day.
fn redate_announced(text: &str, out: &mut [Event], k: usize) {
    let Some(e) = out.get(k) else { return };
    let Some(day) = e.date.as_ref().and_then(|d| d.interval).map(|iv| iv.start) else {
        return;
    };
    let (family, end) = (e.kind.family(), e.sentence.end);
    let mut later = out.iter().skip(k + 1).skip_while(|x| x.sentence.end <= end);
    // The next sentence's first event: its saying verb, at its start.
    let Some(said) = later.next() else { return };
    if said.kind.family() != super::Family::Speech
        || !text
            .get(said.sentence.start..said.trigger.span.start)
            .is_some_and(|w| w.trim().is_empty())
    {
        return;
    }
    let sentence = said.sentence;
    let told = later
        .take_while(|x| x.sentence == sentence)
        .find(|x| {
            x.kind.family() == family
                && x.date_source == Some(DateSource::Explicit)
                && x.polarity == Polarity::Positive
                && x.modality == Modality::Actual
        })
        .and_then(|x| x.date.clone())
        .filter(|d| {
            // (A day before the announcement's: the same day told coarser is no earlier act.)
            d.interval.is_some_and(|iv| {
                iv.start.date() < day.date() && day - iv.start <= Duration::days(ANNOUNCED_WITHIN)
            })
        });
    if let (Some(d), Some(e)) = (told, out.get_mut(k)) {
        e.date = Some(d);
        e.date_source = Some(DateSource::Anaphoric);
    }
}

/// «أعلنت القوات، اليوم الخميس، مقتل أربعة مهربين في اشتباك فجر أمس الأربعاء»: a death announced (event `k` of
/// `out`, dated by the announcement's day) in an act of violence named right after it with «في», «خلال», «إثر»,
/// «جراء» and dated there to an earlier day happened on that day.
fn redate_announced_in(text: &str, out: &mut [Event], k: usize) {
    let Some(e) = out.get(k) else { return };
    if e.kind != EventKind::Killing {
        return;
    }
    let Some(day) = e.date.as_ref().and_then(|d| d.interval).map(|iv| iv.start) else {
        return;
    };
    let Some(x) = out.get(k + 1).filter(|x| x.sentence == e.sentence) else {
        return;
    };
    // Between them the victims and the preposition only, in one clause.
    let Some(between) = text.get(e.trigger.span.end..x.trigger.span.start) else {
        return;
    };
    let mut words = between.split_whitespace();
    let by = words
        .next_back()
        .is_some_and(|w| matches!(w, "في" | "خلال" | "إثر" | "اثر" | "جراء" | "جرّاء"));
    if !by || words.count() > 5 || between.contains(['،', ',', '؛', ':']) {
        return;
    }
    let own = x.kind.family() == super::Family::Violence
        && x.kind != EventKind::Killing
        && x.date_source == Some(DateSource::Explicit)
        && x.polarity == Polarity::Positive
        && x.modality == Modality::Actual
        && x.date
            .as_ref()
            .and_then(|d| d.span)
            .is_some_and(|sp| sp.start >= x.trigger.span.end);
    let earlier = x.date.as_ref().and_then(|d| d.interval).is_some_and(|iv| {
        iv.start.date() < day.date() && day - iv.start <= Duration::days(ANNOUNCED_WITHIN)
    });
    if !(own && earlier) {
        return;
    }
    let d = x.date.clone();
    if let Some(e) = out.get_mut(k) {
        e.date = d;
    }
}

/// The day `days` before or after the day of `t` (a day or a part of one), as an event date; `None` for a coarser
/// expression, which a day's shift does not move.
fn shifted_day(t: &Temporal, days: i64) -> Option<EventDate> {
    if !matches!(t.grain, Grain::Day | Grain::PartOfDay) {
        return None;
    }
    let day = t
        .interval?
        .start
        .date()
        .checked_add_signed(Duration::days(days))?;
    let start = day.and_time(chrono::NaiveTime::MIN);
    Some(EventDate {
        value: day.format("%Y-%m-%d").to_string(),
        modifier: None,
        grain: Grain::Day,
        interval: Some(Interval {
            start,
            end: start.checked_add_signed(Duration::days(1))?,
        }),
        span: Some(t.span),
    })
}

/// The day `count` (a [`day_count`] duration) after or before the day `date` begins on, as an event date.
fn counted_day(date: &EventDate, count: &Temporal, after: bool) -> Option<EventDate> {
    let day = date.interval?.start.date();
    let (days, months) = day_count(&count.value)?;
    let months = chrono::Months::new(months);
    let day = if after {
        day.checked_add_months(months)?
            .checked_add_signed(Duration::days(days))?
    } else {
        day.checked_sub_months(months)?
            .checked_sub_signed(Duration::days(days))?
    };
    let start = day.and_time(chrono::NaiveTime::MIN);
    Some(EventDate {
        value: day.format("%Y-%m-%d").to_string(),
        modifier: count.modifier,
        grain: Grain::Day,
        interval: Some(Interval {
            start,
            end: start.checked_add_signed(Duration::days(1))?,
        }),
        span: Some(count.span),
    })
}

fn detect_chunk(
    text: &str,
    base: usize,
    chunk: &str,
    ctx: &Context<'_>,
    dating: &mut Dating<'_>,
    out: &mut Vec<Event>,
    cache: &mut WordCache,
) {
    let Dating {
        index: dates,
        present,
        document: doc_date,
        counts,
    } = dating;
    let own;
    let own_toks;
    let (folded, toks): (&Folded, &[Tok]) = match ctx.folded {
        // The caller's folding and tokens of the whole text, when this chunk is the whole text.
        Some((f, toks)) => (f, toks),
        _ => {
            own = Folded::new(chunk);
            own_toks = token::split(&own.text, cache);
            (&own, &own_toks)
        }
    };
    let pre = Doc {
        text: &folded.text,
        toks,
        sents: Vec::new(),
        clauses: Vec::new(),
        islands: Vec::new(),
    };
    let words = cache.len();
    let EventWords {
        tables,
        has_key,
        kinds,
        scratch,
    } = &mut cache.events;
    let vocab = Words::new(&pre, tables, words, std::mem::take(&mut scratch.visits));
    let cues = Cues::new(
        &pre,
        &vocab,
        std::mem::take(kinds),
        (
            std::mem::take(&mut scratch.cue_hits),
            std::mem::take(&mut scratch.cue_toks),
        ),
    );
    let doc = segment(&folded.text, pre.toks, &cues, &vocab.marks, scratch);
    let mut ments = mentions(&doc, &cues, &vocab, std::mem::take(&mut scratch.ments));
    set_locative(&mut ments, &cues, &doc);
    let mapper = Orig {
        toks: doc.toks,
        folded,
        chunk,
        base,
    };
    let orig = |a: usize, b: usize| mapper.span(a, b);
    let text_of = |sp: Span| text.get(sp.range()).unwrap_or("").to_string();
    let orig_word = |fa: usize, fb: usize| -> &str {
        let (s, e) = folded.to_original(fa, fb, chunk);
        chunk.get(s..e).unwrap_or("")
    };

    // 1. Triggers, longest match at each token, left to right.
    let n = doc.toks.len();
    let mut consumed = std::mem::take(&mut scratch.consumed);
    consumed.resize(n, false);
    let mut hits = std::mem::take(&mut scratch.hits);
    hits.reserve(vocab.with_triggers.len());
    // The tokens of the phrase being tried and of the longest one so far at a token.
    let mut matched = std::mem::take(&mut scratch.matched);
    let mut best_matched = std::mem::take(&mut scratch.best_matched);
    // Most words read as no trigger: only those that do are visited.
    // The number of mentions that start at or before the trigger's token: the tokens come in text order, and so do
    // the mentions, so it only moves on.
    let mut ments_upto = 0;
    debug_assert!(ments.is_sorted_by_key(|m| m.start));
    for &i in &vocab.with_triggers {
        let readings = vocab.triggers(i);
        if readings.is_empty() || consumed.get(i).copied().unwrap_or(true) {
            continue;
        }
        // Read as bytes: only its ending is looked at.
        let Some(w) = doc.word_bytes(i) else { continue };
        if cues.has(i, bit(CueKind::Block)) {
            continue;
        }
        // A final «ة» is no verb's object pronoun «ه»: «طالبة» is a student, not «طالبه» (asked him).
        let taa_written = w.ends_with("ه".as_bytes())
            && doc
                .toks
                .get(i)
                .is_some_and(|t| orig_word(t.start, t.end).ends_with('ة'));
        // A word of a place's or an organisation's name is no trigger on its own («قوات الدعم السريع», «بلدة
        // حوارة»): only a phrase may start there («القوات الأمريكية … سحب»).
        while ments.get(ments_upto).is_some_and(|m| m.start <= i) {
            ments_upto += 1;
        }
        let in_name = {
            let k = ments_upto;
            k.checked_sub(1)
                .and_then(|k| ments.get(k))
                .is_some_and(|m| {
                    i < m.end && !matches!(m.ty, EntityType::Person | EntityType::Office)
                })
        };
        let mut best: Option<Hit> = None;
        for r in readings {
            for e in r.entries {
                if (r.imperfect || r.future) && !e.verbal {
                    continue;
                }
                if (r.definite || r.prep && e.no_vn) && !e.nominal {
                    continue;
                }
                // After «ب» or «ك» a verb's stem is its verbal noun («بخطف», «بقتلها»), never a verb with its
                // subject («بدأنا» is no «دانا»).
                if r.nominal_only && r.subject && !e.nominal {
                    continue;
                }
                if r.imperfect && e.no_impf {
                    continue;
                }
                // A bare imperfect whose subject right after it is a person or an office tells what they do
                // («يصل الرئيس الجزائري إلى روما»), not where goods or numbers reach («تصل الشحنة إلى»).
                if e.impf_only
                    && !(r.future
                        || r.imperfect
                            && (e.impf_waw
                                || i.checked_sub(1)
                                    .and_then(|p| doc.word(p))
                                    .is_some_and(|p| matches!(p, "ان" | "وان" | "بان"))
                                || ments.get(ments_upto).is_some_and(|m| {
                                    m.start == i + 1
                                        && matches!(m.ty, EntityType::Person | EntityType::Office)
                                })))
                {
                    continue;
                }
                if e.marbuta && !r.marbuta_ok {
                    continue;
                }
                if taa_written && r.marbuta_ok && !e.nominal {
                    continue;
                }
                if (r.masdar_ha && !e.nominal) || (r.hollow_passive && !e.impf_alef) {
                    continue;
                }
                // «سيسيطر» is planned, «لم يستهدف» a past, «قبل أن تسيطر», «لن تستهدف» one event, «قد تستهدف» a
                // possible one: only the bare imperfect states a view, a state or a habit.
                if r.imperfect
                    && e.state_impf
                    && !r.future
                    && !i.checked_sub(1).and_then(|p| doc.word(p)).is_some_and(|p| {
                        matches!(
                            p,
                            "لم" | "ولم" | "فلم" | "ان" | "وان" | "لن" | "ولن" | "قد" | "وقد"
                        )
                    })
                {
                    continue;
                }
                if e.defective
                    && !r.defective_ok
                    && !(r.jussive
                        && i.checked_sub(1)
                            .and_then(|p| doc.word(p))
                            .is_some_and(|p| matches!(p, "لم" | "ولم" | "فلم")))
                {
                    continue;
                }
                if in_name && e.rest.is_empty() {
                    continue;
                }
                // «بحسب وصفهم»: the word before says whose words these are; «طائرة مسيرة» is a drone. Past «في» too:
                // «الحق في الإضراب» is «حق الإضراب»; and with a conjunction or a preposition on it («وجبهة تحرير تيغراي»,
                // «بساحة التحرير»). Read here, so that the word neither is a trigger nor takes a date from the one before
                // it.
                if !e.not_after.is_empty()
                    && i.checked_sub(1).is_some_and(|p| {
                        let p = match doc.word(p) {
                            Some("في") => p.checked_sub(1),
                            _ => Some(p),
                        };
                        p.and_then(|p| doc.word(p)).is_some_and(|w| {
                            let listed = |v: &str| e.not_after.contains(&rest_key(v));
                            let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                            listed(w)
                                || listed(bare)
                                || bare.strip_prefix(['ب', 'ل', 'ك']).is_some_and(listed)
                        })
                    })
                {
                    continue;
                }
                // «ما يؤكد أهمية الحوار», «رسالة تؤكد حرص الدوحة»: a bare imperfect after a thing or «ما» says what it
                // shows; «أن» or a named speaker after it keeps a statement («ما يؤكد أن …», «ما يؤكده الوزير»).
                if r.imperfect
                    && !r.future
                    && !e.impf_not_after.is_empty()
                    && i.checked_sub(1).and_then(|p| doc.word(p)).is_some_and(|w| {
                        // As written and without a conjunction («وقائع» is listed, «و» is no prefix of it).
                        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                        e.impf_not_after.contains(&rest_key(w))
                            || e.impf_not_after.contains(&rest_key(bare))
                    })
                    && !doc.word(i + 1).is_some_and(|w| matches!(w, "ان" | "بان"))
                    && !ments.get(ments_upto).is_some_and(|m| {
                        m.start == i + 1 && matches!(m.ty, EntityType::Person | EntityType::Office)
                    })
                {
                    continue;
                }
                if !match_rest(
                    &doc,
                    &cues,
                    i,
                    &e.rest,
                    has_key,
                    &vocab.table.sigs,
                    &mut matched,
                ) {
                    continue;
                }
                // Options `mine`, `notmine`: «سفيرها» (its own envoy) or «السفير الفرنسي» (another state's).
                if let Some(want) = e.mine {
                    // (Read on the folded word, but a «ة» written is no pronoun: «سفيرة فرنسا».)
                    let owned = matched.last().is_some_and(|&k| {
                        doc.word(k).is_some_and(possessed)
                            && !text
                                .get(orig(k, k + 1).range())
                                .is_some_and(|o| o.ends_with('ة'))
                    });
                    if owned != want {
                        continue;
                    }
                }
                // A verb's object stands after its subject; a word of `notnear` near it shows the post is another
                // object's genitive («أوقفت المحكمة تنفيذ قرار رئيس البلدية») or its holder stopped from his work
                // («أوقفت الوزارة المدير عن العمل»): a shorter reading stands.
                // So does a subject of `notby` right after it: a ministry or a board suspends («أوقفت وزارة التربية
                // مدير مدرسة»), the police arrest.
                if e.object
                    && (matched.get(1).is_none_or(|&k| {
                        k == i + 1
                            || (i + 1..i + 1 + super::lexicon::NEAR)
                                .any(|j| doc.word(j).is_some_and(|w| e.near_blocks(w)))
                    }) || !e.not_by.is_empty()
                        && doc
                            .word(i + 1)
                            .is_some_and(|w| e.not_by.contains(&rest_key(w)))
                        // A charge after the person stopped makes it an arrest, whoever makes it («أوقفت مديرية
                        // الأمن العام مسؤولاً بتهمة الاختلاس»).
                        && !matched.last().is_some_and(|&k| charged(&doc, k)))
                {
                    continue;
                }
                if matched
                    .iter()
                    .any(|&j| consumed.get(j).copied().unwrap_or(true))
                {
                    continue;
                }
                let better = best.is_none() || matched.len() > best_matched.len();
                if better {
                    let last = matched.last().copied().unwrap_or(i);
                    std::mem::swap(&mut matched, &mut best_matched);
                    best = Some(Hit {
                        first: i,
                        last,
                        entry: e,
                        future: r.future,
                        nominal: e.nominal
                            && !(r.imperfect || r.future)
                            && (!e.verbal || r.definite),
                        definite: r.definite,
                        imperfect: r.imperfect,
                        plural: w.ends_with("ات".as_bytes()),
                    });
                }
            }
        }
        // The destination is named right after the phrase, or after one word («إلى مدينة عدن»): «وصلت إلى المنطقة
        // الحدودية مع سوريا», «الاتفاق الذي توصلت إليه القوى … مع إيران» name none. Dropped here, so that it neither
        // takes a date nor keeps one from the trigger before it.
        if let Some(h) = best.as_ref().filter(|h| h.entry.place) {
            let k = ments.partition_point(|m| m.start <= h.last);
            if ments.get(k).is_none_or(|m| m.start > h.last + 2) {
                continue;
            }
        }
        // Two named subjects joined by «و» right after the verb («بحث الصفدي وفيدان»): see option `pair`.
        if let Some(h) = best.as_ref().filter(|h| h.entry.pair) {
            let named = |m: &Mention| {
                !m.adjective
                    && matches!(
                        m.ty,
                        EntityType::Person | EntityType::Office | EntityType::Country
                    )
            };
            let k = ments.partition_point(|m| m.start <= h.last);
            let paired = ments.get(k).is_some_and(|a| {
                a.start == h.last + 1
                    && named(a)
                    && ments.get(k + 1).is_some_and(|b| {
                        b.start == a.end
                            && named(b)
                            && doc.word(b.start).is_some_and(|w| w.starts_with('و'))
                    })
            });
            if !paired {
                continue;
            }
        }
        // A trigger inside a longer name of an organisation or armed group names it and reports nothing: «قوات
        // الدعم السريع», «الدعم السريع», «مجلس التعاون الخليجي», «هيئة تحرير الشام». A phrase that goes on past the
        // name is one («القوات الأميركية المرسلة»).
        if let Some(h) = best.as_ref() {
            debug_assert_eq!(h.first, i);
            let k = ments_upto;
            if k > 0
                && ments.get(k - 1).is_some_and(|m| {
                    m.end > h.last
                        && m.end - m.start > 1
                        && matches!(m.ty, EntityType::Org | EntityType::Group)
                })
            {
                continue;
            }
        }
        // A verbal noun with «لل» after a commission and its adjectives names the body, not an event («الهيئة
        // العليا المستقلة للانتخابات», «اللجنة العليا للانتخابات»; not «لجنة التحقيق في اغتيال …»).
        if best.as_ref().is_some_and(|h| {
            h.first == h.last
                && doc
                    .word_bytes(h.first)
                    .is_some_and(|w| w.starts_with("لل".as_bytes()))
                && body_named(&doc, h.first)
        }) {
            continue;
        }
        // «في زيارة لم يُعلن عنها مسبقاً», «اجتماعاً لم يُكشف عن تفاصيله»: a negated verb of saying right after an
        // indefinite event noun describes that event (an unannounced visit); it reports no saying of its own.
        if best.as_ref().is_some_and(|h| {
            h.entry.kind == EventKind::Statement
                && !h.nominal
                && i.checked_sub(1).and_then(|p| doc.word(p)) == Some("لم")
                && hits.last().is_some_and(|p| {
                    p.last + 2 == i
                        && if p.last > p.first {
                            // A phrase's last word: its noun, indefinite («عقد الوزيران اجتماعاً لم يُكشف …»).
                            doc.word(p.last).is_some_and(|w| {
                                !w.starts_with("ال")
                                    && !matches!(w, "علي" | "عن" | "مع" | "في" | "من")
                            })
                        } else {
                            p.nominal && !p.definite
                        }
                })
        }) {
            continue;
        }
        if let Some(mut h) = best {
            // A participle of circumstance stands right after a comma, bare (option `comma`): read here, so that one
            // that is no event («اعتقلت الشرطة متهماً بالسرقة يوم الأحد») parts no date from the trigger before it.
            if h.entry.comma
                && !(h.first.checked_sub(1).is_some_and(|p| doc.comma(p))
                    && doc.word(h.first).is_some_and(|w| {
                        !w.starts_with("ال") && !w.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
                    }))
            {
                continue;
            }
            // A state as the subject right after the verb gives the entry's reading for a state («احتجت الجزائر»).
            if let Some(alt) = h.entry.by_state.as_deref() {
                if state_subject(&doc, &ments, h.last + 1) {
                    h.entry = alt;
                }
            }
            // A future «س» on a later word of a phrase («قواته القتالية ستسحب») makes it planned. The first word's
            // reading already says whether it carries one: «سيطرت» and «سيارة» begin with «سي», not with the future.
            let rest_keys = h.entry.rest.iter().filter_map(|r| match r {
                Rest::Word(ks) => Some(ks),
                Rest::Gap | Rest::LongGap => None,
            });
            h.future |= best_matched.iter().skip(1).zip(rest_keys).any(|(&j, ks)| {
                doc.word(j)
                    .is_some_and(|w| ks.iter().any(|(k, _)| future_with_key(w, k)))
            });
            // A phrase that only peeks at its last word leaves it to be read on its own, and ends before it.
            let taken = if h.entry.peek {
                best_matched.len().saturating_sub(1).max(1)
            } else {
                best_matched.len()
            };
            if taken < best_matched.len() {
                h.last = best_matched.get(taken - 1).copied().unwrap_or(i);
            }
            for &j in best_matched.iter().take(taken) {
                if let Some(c) = consumed.get_mut(j) {
                    *c = true;
                }
            }
            hits.push(h);
        }
    }

    // What a suspension stops is no event of its own: in «علّقت واشنطن مساعداتها لمصر في أكتوبر 2013», «جمّد الاتحاد
    // مفاوضات الانضمام» the aid and the talks only name what was suspended, and the date is the suspension's. Only the
    // triggers that need a date (aid, talks, training) are so read: «أوقف القصف» still reports a shelling.
    // A sitting after «في» (option `setting`) where an act told before it in its clause took place is that act's
    // setting («أقر المجلس في جلسته العامة أمس مشروع القانون»): no event, and no date parted from the act. Not where
    // words are said: «وقال الوزير في جلسة عقدت أمس» reports the sitting too.
    {
        let mut clause = 0;
        let mut suspended_in: Option<usize> = None;
        let mut acted_in: Option<usize> = None;
        hits.retain(|h| {
            while doc
                .clauses
                .get(clause + 1)
                .is_some_and(|&(a, _)| a <= h.first)
            {
                clause += 1;
            }
            if h.entry.setting
                && h.nominal
                && acted_in == Some(clause)
                && h.first
                    .checked_sub(1)
                    .and_then(|p| doc.word(p))
                    .is_some_and(|w| matches!(w, "في" | "وفي"))
            {
                return false;
            }
            // (Only a statement: a sitting after a demand would be read as demanded, planned.)
            if h.entry.kind != EventKind::Statement {
                acted_in = Some(clause);
            }
            if h.entry.kind == EventKind::Suspension && !h.nominal {
                suspended_in = Some(clause);
                return true;
            }
            !(h.entry.weak && h.nominal && suspended_in == Some(clause))
        });
    }

    // 2. Filters, polarity, modality, date, participants.
    // The last event of each kind, as (its clause, its index in `out`): hits come in text order, so clause ids never
    // decrease, and one event per kind and clause is found without scanning the clause's events (nor clearing a
    // list for each clause).
    // (With the token of the count of victims after its trigger, if any: see `toll_after`.)
    // (And the first token of its trigger: see `discussed` below.)
    let mut clause_kinds: [(usize, usize, Option<usize>, usize); super::KINDS.len()] =
        [(usize::MAX, 0, None, 0); super::KINDS.len()];
    // For each trigger, the start of the next trigger of another family (within a bounded look-ahead): a date after
    // that one is its date. Triggers of one family («قتل … في هجوم يوم 3 مايو») report one event and share it.
    let mut tspans = std::mem::take(&mut scratch.tspans);
    tspans.extend(hits.iter().map(|h| orig(h.first, h.last + 1)));
    let mut next_other = std::mem::take(&mut scratch.next_other);
    // A trigger after «خلال», «أثناء» is when the event before it happened («اعتقال متظاهرين خلال احتجاجات الأحد»):
    // its date is theirs too.
    // So is a sitting after «في» (option `setting`): «وقال الوزير في جلسة عقدت أمس» spoke then.
    let during = |h: &Hit| {
        h.first
            .checked_sub(1)
            .and_then(|p| doc.word(p))
            .is_some_and(|w| {
                EVENT_LEXICON.in_list(WordList::During, w)
                    || h.entry.setting && matches!(w, "في" | "وفي")
            })
    };
    // «هدد الحرس يوم الأحد برد على اغتيال قائده», «هدد التنظيم الأربعاء بإعدام رهينة»: a date right after a verb
    // of threat or demand is that verb's, not a later noun's: what it answers was told before, what it asks for has
    // no day yet. (After a verb of announcing the announced noun shares its date: «أعلنت الوزارة أمس مقتل قيادي»;
    // after an accusation the act may be dated with it: «اتهموا في 20 حزيران 1980 بمحاولة اغتيال».) The ends of such
    // verbs, by trigger index: few texts have any, and the list then allocates nothing.
    let mut asks: Vec<(usize, usize)> = Vec::new();
    // «أعلن الجيش هدنة إنسانية … مساء الثلاثاء», «أعلنت الحركة موافقتها على وقف إطلاق النار مساء الاثنين»: a verb of
    // announcing whose object is the next trigger, a noun after at most its subject, shares a later date of its
    // clause with that noun, as it does one before it. By trigger index, the start of the object.
    let mut objects: Vec<(usize, usize)> = Vec::new();
    next_other.extend((0..hits.len()).map(|k| {
        let this = hits.get(k);
        if this.is_some_and(|h| {
            !h.nominal && matches!(h.entry.kind, EventKind::Threat | EventKind::Demand)
        }) {
            if let Some(sp) = tspans.get(k) {
                asks.push((k, sp.end));
            }
        }
        let mut from = k + 1;
        if let (Some(h), Some(o)) = (this, hits.get(k + 1)) {
            // Not a plural object: several events announced together keep their own days («أعلن عن ثلاث غارات
            // … في 25 يوليو»).
            if h.entry.announces
                && !h.nominal
                && o.nominal
                && !o.plural
                && o.entry.kind.family() != super::Family::Speech
                && o.first > h.last
                && o.first <= h.last + 7
                && (h.last + 1..o.first)
                    .all(|j| doc.toks.get(j).is_some_and(|t| t.kind == Tk::Word))
                // A relative clause or a verb of happening after the object tells when the object happened («كشف
                // الجيش عن هجوم وقع مساء الأحد»).
                // (The word is tried as written too: stripping a conjunction «و» from «وقع» leaves no word.)
                && !doc.word(o.last + 1).is_some_and(|w| {
                    let tells = |w: &str| {
                        matches!(
                            w,
                            "الذي" | "التي" | "الذين" | "وقع" | "وقعت" | "جري" | "جرت" | "حدث" | "حدثت"
                        )
                    };
                    tells(w) || w.strip_prefix('و').is_some_and(tells)
                })
            {
                if let Some(sp) = tspans.get(k + 1) {
                    objects.push((k, sp.start));
                    from = k + 2;
                }
            }
        }
        let fam = this.map(|h| h.entry.kind.family());
        // A demand that is the aim of the act before it («خرج المتظاهرون للمطالبة بعودة الحكم المدني يوم 30 يونيو»)
        // is made when the act is: a date after it is the act's too.
        let aim = |h: &Hit| {
            h.nominal
                && h.entry.kind == EventKind::Demand
                && doc.word(h.first).is_some_and(|w| w.starts_with("لل"))
        };
        // A noun in construct after a word that makes it generic («أمام شاحنات المساعدات», «قصر بيان») is no event,
        // and no other trigger. (Not one a verb of avoiding governs further on: «تفادي العودة إلى الاشتباكات في
        // التسعينيات» keeps its date.)
        let generic = |h: &Hit| {
            h.nominal
                && h.first.checked_sub(1).is_some_and(|j| {
                    cues.of(j, bit(CueKind::Generic))
                        .iter()
                        .any(|c| c.end == h.first && c.cue.scope <= 1)
                })
                // («لأي هجوم مساء الثلاثاء» may be the event a denial speaks of, and keeps its date.)
                && !doc.word(h.first - 1).is_some_and(|w| w.ends_with("اي"))
        };
        // «أي اشتباكات أو مداهمات خلال الليل»: two nouns joined by «و» or «أو» share the date after the second.
        let joined = |j: usize| {
            j == k + 1
                && matches!((this, hits.get(j)), (Some(a), Some(b)) if a.nominal && b.nominal
                    && (b.first == a.last + 1
                        && doc.word(b.first).is_some_and(|w| w.starts_with('و'))
                        || b.first == a.last + 2 && doc.word(a.last + 1) == Some("او")))
        };
        (from..hits.len().min(k + 1 + LOOK))
            .find(|&j| {
                hits.get(j).is_some_and(|h| {
                    // (Not what an act answers, which came before it: «شنت ضربات رداً على هجوم الأسبوع الماضي».)
                    !(Some(h.entry.kind.family()) == fam && !answer_framed(&doc, h.first)
                        || during(h)
                        || generic(h)
                        || j == k + 1 && aim(h)
                        || joined(j))
                })
            })
            .and_then(|j| tspans.get(j).map(|sp| sp.start))
    }));
    // The families of the triggers of each clause that a comma opens («، وفي 5 أغسطس 1990 التقى»); none for the
    // others: a bracket or «أن» opens no clause of its own event («أعلنت وزارة الدفاع (البنتاغون) أمس أن …»).
    let mut clause_fams = std::mem::take(&mut scratch.clause_fams);
    clause_fams.resize(doc.clauses.len(), 0);
    let mut c = 0;
    for h in &hits {
        while doc.clauses.get(c + 1).is_some_and(|&(a, _)| a <= h.first) {
            c += 1;
        }
        let after_comma = doc
            .clauses
            .get(c)
            .is_some_and(|&(a, _)| a.checked_sub(1).is_some_and(|p| doc.comma(p)));
        if let (true, Some(m)) = (after_comma, clause_fams.get_mut(c)) {
            *m |= family_bit(h.entry.kind);
        }
    }
    // «وفق ما أعلنه الجيش صباح الجمعة، قُتل …»: a source named with «وفق», «بحسب», «على ما» speaks from its word to the
    // next comma, and a date there is when it spoke, not when what it tells happened (spans in the original text, few
    // texts have any).
    let mut sources: Vec<Span> = Vec::new();
    for h in hits
        .iter()
        .filter(|h| h.entry.kind.family() == super::Family::Speech)
    {
        let listed = |k: usize| {
            doc.word(k)
                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Attribution, w))
        };
        let Some(mut a) = h.first.checked_sub(1).filter(|&k| listed(k)) else {
            continue;
        };
        // A bare «ما» is a source only after «وفق», «بحسب» or «على» («وفق ما أعلنه»): «وهو ما كشفت عنه زيارة …»
        // tells what the visit showed.
        if matches!(doc.word(a), Some("ما" | "لما" | "بما")) {
            match a.checked_sub(1) {
                Some(p) if listed(p) || doc.word(p) == Some("علي") => a = p,
                _ => continue,
            }
        }
        let s = doc
            .sents
            .partition_point(|&(x, _)| x <= h.first)
            .saturating_sub(1);
        let s_end = doc.sents.get(s).map_or(n, |&(_, b)| b);
        let b = (h.last + 1..s_end.min(h.last + 1 + WINDOW))
            .find(|&j| doc.comma(j))
            .unwrap_or(s_end);
        sources.push(orig(a, b));
    }
    // «الصحفي المولود في البصرة عام 1978», «الذكرى الثالثة عشرة لثورة 11 فبراير 2011»: a date within the scope after a
    // word of birth or remembrance (`@no_event_date`), with no punctuation between, is no event's, unless the event's
    // trigger stands between (see `foreign` below). The start of each such date and of its word (original offsets),
    // looked for only where such a word stands.
    let mut marked: Vec<(usize, usize)> = Vec::new();
    for &(k, _, kinds) in &cues.toks {
        if kinds & bit(CueKind::NoEventDate) == 0 {
            continue;
        }
        let scope = cues
            .of(k, bit(CueKind::NoEventDate))
            .iter()
            .filter(|h| h.cue.kind == CueKind::NoEventDate)
            .map(|h| h.cue.scope)
            .max()
            .unwrap_or(0);
        for j in k + 1..=k + scope {
            if !matches!(doc.toks.get(j).map(|t| t.kind), Some(Tk::Word | Tk::Num)) {
                break;
            }
            let sp = orig(j, j + 1);
            let at = dates.dated.partition_point(|t| t.span.start < sp.start);
            if let Some(t) = dates.dated.get(at).filter(|t| t.span.start < sp.end) {
                marked.push((t.span.start, orig(k, k + 1).start));
                break;
            }
        }
    }
    let clause_spans = ClauseSpans::new(
        &doc.clauses,
        mapper,
        std::mem::take(&mut scratch.clause_spans),
    );
    // The starts (original offsets) of the sentences that turn to another matter, in text order: no event from one
    // on is dated by what was told before it (see `CueKind::Topic`).
    let topic_starts: Vec<usize> = cues
        .toks
        .iter()
        .filter(|&&(_, _, kinds)| kinds & bit(CueKind::Topic) != 0)
        .filter_map(|&(t, _, _)| {
            let s = doc.sents.partition_point(|&(a, _)| a <= t).checked_sub(1)?;
            let &(a, b) = doc.sents.get(s)?;
            let scope = cues
                .of(t, bit(CueKind::Topic))
                .iter()
                .filter(|h| h.cue.kind == CueKind::Topic)
                .map(|h| h.cue.scope)
                .max()?;
            (t - a <= scope).then(|| orig(a, b).start)
        })
        .collect();
    // The span of the sentence of the last trigger.
    let mut sent_spans: (usize, Option<Span>) = (usize::MAX, None);
    // At most one event per trigger.
    out.reserve(hits.len());
    let (mut clause_id, mut sent_id) = (0, 0);
    // Where the trigger's tokens stand among those with grammar words (see [`Cues::seek`]).
    let mut near = 0;
    // The first mentions of the last trigger's clause and sentence windows.
    let mut ments_from = (0, 0);
    // The first token of the trigger before this one.
    let mut prev_first: Option<usize> = None;
    // The trigger before this one: first and last token, negated (see [`reach`]).
    let mut prev_hit: Option<(usize, usize, bool)> = None;
    // The last token of the last call («دعا … إلى»).
    let mut demand_end: Option<usize> = None;
    // The last token of the last threat («هدد», «توعد الجيش»).
    let mut threat_end: Option<usize> = None;
    // The last token of the last verb trigger, when it is an imperfect told as possible («قد تعلق»).
    let mut maybe_verb: Option<usize> = None;
    // The last token of the last verb told as to come with «س» or joined to one («ستعقد اللجنة اجتماعاً»).
    let mut future_verb: Option<usize> = None;
    // The first token of the last trigger that is no saying: the object of a threat before it, if it has «ب» (see
    // [`threat_object`]), is that one.
    let mut prev_act: Option<usize> = None;
    // The first token and family of the last trigger.
    let mut prev_act_fam: Option<(usize, super::Family)> = None;
    // The events (indices in `out`) told as similar to another: no antecedent of a later definite noun. Few texts
    // have any.
    let mut similar: Vec<usize> = Vec::new();
    // The events (indices in `out`) whose trigger gives way to a later one of their kind in their clause (option
    // `yields`). Few texts have any.
    let mut yielding: Vec<usize> = Vec::new();
    // The first tokens of the attacks and clashes, in text order: a sentence without any tells deaths after an
    // accident as its toll.
    // A disaster next to a verb of striking is its subject, not an attack («ضرب زلزال المنطقة», «الكوليرا التي ضربت
    // ست ولايات»).
    let violent: Vec<usize> = hits
        .iter()
        .filter(|h| {
            matches!(h.entry.kind, EventKind::Attack | EventKind::Clash)
                && !(h.first.saturating_sub(2)..h.last + 3)
                    .any(|k| (k < h.first || k > h.last) && cues.has(k, bit(CueKind::Disaster)))
        })
        .map(|h| h.first)
        .collect();
    // Sorted, so that each look for one in a span is a binary search, not a scan (one per killing).
    let mut violent = violent;
    violent.sort_unstable();
    // The last tokens of the event nouns that are no saying, sorted: a name right after one is in its genitive
    // («طالب المحتجون بإقالة وزير الكهرباء», «أشار إلى زيارة وزير الخارجية»), not the one who speaks.
    let mut act_noun_ends: Vec<usize> = hits
        .iter()
        .filter(|h| h.nominal && h.entry.kind.family() != super::Family::Speech)
        .map(|h| h.last)
        .collect();
    act_noun_ends.sort_unstable();
    let mut obj_k = 0;
    // Where the last trigger kept apart from a day as the cause of an act starts: what it tells of («إثر اشتباكات
    // أوقعت قتلى») is part of that cause, not the act a later cause answers.
    let mut kept_apart: Option<usize> = None;
    // The last token of that trigger: what it tells of follows within a few words (see `in_cause`).
    let mut cause_end = 0;
    // The events (indices in `out`) announced on the day written between the verb and them (few texts have any).
    let mut announced: Vec<usize> = Vec::new();
    // The index of the last trigger that is a verb of announcing.
    let mut announcer: Option<usize> = None;
    for (hk, h) in hits.drain(..).enumerate() {
        let announcer = if h.entry.announces && !h.nominal {
            announcer.replace(hk)
        } else {
            announcer
        };
        let i = h.first;
        let prev_trigger = prev_first.replace(i);
        // Triggers come in text order: the clause and sentence indices only grow.
        while doc.clauses.get(clause_id + 1).is_some_and(|&(a, _)| a <= i) {
            clause_id += 1;
        }
        while doc.sents.get(sent_id + 1).is_some_and(|&(a, _)| a <= i) {
            sent_id += 1;
        }
        let (c0, c1) = doc.clauses.get(clause_id).copied().unwrap_or((0, n));
        let (s0, s1) = doc.sents.get(sent_id).copied().unwrap_or((0, n));
        // Where the sentence before begins (the accident a later sentence's deaths tell of).
        let prev_s0 = sent_id
            .checked_sub(1)
            .and_then(|p| doc.sents.get(p))
            .map_or(s0, |&(a, _)| a);

        // The grammar words around the trigger, read in one walk over those from the start of its sentence's window
        // to the end of its clause's: each check takes the words of its kinds in its own part of that range.
        let lo_c = c0.max(i.saturating_sub(WINDOW));
        let lo_s = s0.max(i.saturating_sub(WINDOW));
        let hi = c1.min(h.last + 1 + WINDOW);
        near = cues.seek(near, lo_s);
        // «ما انسحبنا من أي موقع»: «ما» right before a perfect in «نا» is a negation, in quoted speech; before any
        // other verb it is mostly «what» («ما جرى»), and so it is when a pronoun after the verb refers back to it
        // («ما اتفقنا عليه»).
        let mut negative = h.entry.negated
            || !h.nominal
                && !h.imperfect
                && !h.future
                && h.first == h.last
                && i.checked_sub(1).and_then(|p| doc.word(p)) == Some("ما")
                // «بعد ما انسحبنا», «زي ما اتفقنا»: «ما» after these is «what» or «as».
                && !i
                    .checked_sub(2)
                    .and_then(|p| doc.word(p))
                    .is_some_and(|w| EVENT_LEXICON.in_list(WordList::MaRelative, w))
                && doc.word(i).is_some_and(|w| w.ends_with("نا"))
                && !doc.word(i + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "عليه"
                            | "عليها"
                            | "به"
                            | "بها"
                            | "فيه"
                            | "فيها"
                            | "منه"
                            | "منها"
                            | "له"
                            | "لها"
                            | "عنه"
                            | "عنها"
                            | "اليه"
                            | "اليها"
                    )
                });
        let mut planned = h.future || h.entry.planned;
        let mut hypothetical = false;
        // A word right after the trigger says it is scheduled («القمة المقبلة», «الجولة المرتقبة»).
        let mut scheduled = false;
        // Figurative and habitual words right after the trigger, generic and work-title words before it.
        // (After the trigger: the first such word's token.)
        let (mut after_bad, mut before_bad) = (None, false);
        // A word that points back to a date told before, in the clause's window.
        let mut anaphor = false;
        // The token of a word that puts the trigger in a past of no known day (see [`CueKind::Background`]).
        let mut background_at: Option<usize> = None;
        // The attack mode of the first mode word in the clause's window that gives one.
        let mut mode_word: Option<&String> = None;
        const POLAR: u32 = bit(CueKind::Negation)
            | bit(CueKind::Refusal)
            | bit(CueKind::NegationImpf)
            | bit(CueKind::Planned)
            | bit(CueKind::Hypothetical)
            | bit(CueKind::HypoImpf)
            | bit(CueKind::Either);
        let prev_word = i.checked_sub(1).and_then(|p| doc.word(p));
        // «لم تشهد المدينة أي اشتباكات»: «أي» carries a negation from anywhere earlier in the clause; so does «لأي»,
        // «بأي» («نفى الجيش تعرض القاعدة لأي هجوم»), which without one speaks of any such event, none in particular.
        // A preposition written apart does the same: «توعد بالرد على أي هجوم».
        let any_with_prep = matches!(prev_word, Some("لاي" | "باي"))
            || prev_word == Some("اي")
                && i.checked_sub(2)
                    .and_then(|p| doc.word(p))
                    .is_some_and(|p| matches!(p, "علي" | "ضد" | "عن" | "الي" | "من"));
        // Set by a denial («نفى», a negation of the whole clause): «لن نقبل بأي اعتداء» speaks of none in particular.
        let mut denied = false;
        // Set by «لم تستبعد»: the verb of ruling out that follows negates nothing.
        let mut ruled_out = false;
        // «وأي لقاءات تتم …»: a conjunction does not change it.
        let any_word = matches!(prev_word, Some("اي" | "واي" | "فاي")) && !any_with_prep;
        let any_before = any_word || any_with_prep;
        // «طالب المحتجون … في بيان»: a statement noun after «في» is how the clause's words were said, not what they
        // ask for or fear.
        let medium = h.entry.kind.family() == super::Family::Speech
            && h.nominal
            && prev_word.is_some_and(|w| EVENT_LEXICON.in_list(WordList::Medium, w));
        let mut k = near;
        while let Some(&(j, _, kinds)) = cues.toks.get(k) {
            if j >= hi {
                break;
            }
            let words = cues.words_of(k);
            k += 1;
            // A yes/no question anywhere before the trigger in the sentence.
            // A statement is asked about only in its own clause («تساءل: هل …، وأكد أن …» is said).
            if j < i
                && kinds & bit(CueKind::Hypothetical) != 0
                && doc.word(j) == Some("هل")
                && (j >= lo_c || h.entry.kind.family() != super::Family::Speech)
            {
                hypothetical = true;
            }
            // A disaster shortly before a verb of striking is its subject, also across «الذي» and a magnitude («الزلزال
            // الذي ضرب ملاطية», «هزة أرضية بقوة 4.8 درجات تضرب إربد»): no attack.
            if j < i
                && kinds & bit(CueKind::Disaster) != 0
                && h.entry.kind == EventKind::Attack
                && h.entry.head
                && !h.nominal
                && i - j <= 10
            {
                before_bad |= words
                    .iter()
                    .any(|c| c.cue.kind == CueKind::Disaster && c.end <= i);
            }
            if j < lo_c {
                continue;
            }
            anaphor |= kinds & bit(CueKind::Anaphor) != 0;
            // «وسبق أن صرّح …», «منذ سيطروا», «خطف مدنيين إبان سيطرة داعش»: a past of no known day (the nearest
            // such word before the trigger, else the one after it).
            if kinds
                & (bit(CueKind::Background)
                    | bit(CueKind::BackgroundAfter)
                    | bit(CueKind::BackgroundVerb))
                != 0
            {
                for c in words {
                    // (Over the clause, up to a word of time or frame that opens another act: «وسبق أن سيطرت
                    // المقاومة عليه في أبريل قبل تمكن الحوثيين من استعادة السيطرة عليه مؤخراً».)
                    let before = (c.cue.kind == CueKind::Background
                        || c.cue.kind == CueKind::BackgroundVerb && !h.nominal)
                        && c.end <= i
                        && (c.cue.scope == 0 || i - j <= c.cue.scope)
                        && !(c.cue.scope == 0
                            && (c.end..i).any(|k| {
                                doc.word(k)
                                    .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Frame, w))
                            }));
                    let after = c.cue.kind == CueKind::BackgroundAfter
                        && j > h.last
                        && j - h.last <= c.cue.scope
                        && background_at.is_none();
                    if before || after {
                        background_at = Some(j);
                    }
                }
            }
            if mode_word.is_none() && kinds & bit(CueKind::Mode) != 0 {
                mode_word = words
                    .iter()
                    .find(|c| c.cue.kind == CueKind::Mode)
                    .and_then(|c| c.cue.mode.as_ref());
            }
            if j < i {
                if kinds
                    & (bit(CueKind::Generic)
                        | bit(CueKind::Work)
                        | bit(CueKind::Copula)
                        | bit(CueKind::Disaster)
                        | bit(CueKind::Serve))
                    != 0
                {
                    before_bad |= words.iter().any(|c| {
                        (matches!(c.cue.kind, CueKind::Generic | CueKind::Work)
                            || c.cue.kind == CueKind::Copula && predicate(&doc, &h)
                            || c.cue.kind == CueKind::Disaster
                                && h.entry.kind == EventKind::Killing
                            || c.cue.kind == CueKind::Serve && h.entry.kind == EventKind::Verdict)
                            && c.end <= i
                            && i - j <= c.cue.scope.max(1)
                    });
                }
                // Polarity: a negation word shortly before, in the clause.
                if kinds & POLAR != 0 {
                    for c in words {
                        if c.end > i {
                            continue;
                        }
                        let dist = i - j;
                        let in_scope = c.cue.scope == 0 || dist <= c.cue.scope;
                        // «لن تجري السلطات المحلية في المدينة الانتخابات»: the negated verb's object, past its
                        // subject.
                        let object_of_negated = !in_scope
                            && c.cue.scope > 0
                            && matches!(c.cue.kind, CueKind::Negation | CueKind::Planned)
                            && h.definite
                            && negated_object(&doc, &ments, c.end, i);
                        // Only a cue that would reach the trigger, or might beyond its scope (through a verb of
                        // outcome, a joined event, a named subject), has its reach read.
                        let may_reach = in_scope
                            || object_of_negated
                            || any_before
                            || prev_hit.is_some_and(|p| p.2 && p.1 + 4 >= i)
                            || c.cue.kind == CueKind::Refusal && dist <= 5
                            || result_verb(&doc, c.end);
                        let r = match c.cue.kind {
                            CueKind::Negation | CueKind::Refusal | CueKind::NegationImpf
                                if c.cue.scope > 0 && may_reach =>
                            {
                                reach(
                                    &doc,
                                    &ments,
                                    &h,
                                    c.end,
                                    !c.cue.rest.is_empty(),
                                    c.cue.kind != CueKind::Refusal,
                                    prev_hit,
                                    any_before,
                                )
                            }
                            // «لن تلتزم بالاتفاق»: what is to come is the commitment, not the accord (in the
                            // cue's scope, or as the object of the verb it negates).
                            CueKind::Planned
                                if (c.cue.scope > 0 && in_scope || object_of_negated)
                                    && genitive_of_other(
                                        &doc,
                                        &ments,
                                        &h,
                                        c.end,
                                        particle(&doc, c.end),
                                        false,
                                    ) =>
                            {
                                Reach::Out
                            }
                            _ => Reach::Scope,
                        };
                        let r = if r == Reach::Scope && object_of_negated {
                            Reach::In
                        } else {
                            r
                        };
                        let within = r == Reach::In || r == Reach::Scope && in_scope;
                        let out = r == Reach::Out;
                        let next_w = doc.word(c.end).unwrap_or("");
                        match c.cue.kind {
                            CueKind::Negation
                                if EVENT_LEXICON.in_list(WordList::RuleOut, next_w)
                                    && c.end < i
                                    && dist <= 6 =>
                            {
                                hypothetical = true;
                                ruled_out = true;
                            }
                            // «لا يمكن تأكيد أو نفي زيارة …»: a denial as one of two answers gives neither.
                            CueKind::Negation
                                if c.cue.scope == 0
                                    && j.checked_sub(1).and_then(|p| doc.word(p)) == Some("او")
                                    && (within || any_before && !out) =>
                            {
                                hypothetical = true;
                            }
                            CueKind::Negation
                                if (within || any_before && !out)
                                    && !ruled_out
                                    // The statement a denial is made in («نفت الوزارة، في بيان، أن …») was made.
                                    && !(c.cue.scope == 0 && medium)
                                    // A denial of accusations denies what they say, not that they were made.
                                    && !(c.cue.scope == 0 && h.entry.kind == EventKind::Accusation)
                                    // Nor is the participle of saying after a comma denied: it is what the one
                                    // who denies says besides («نفى المتحدث ما تردد، مؤكداً أن …»).
                                    && !(c.cue.scope == 0 && h.entry.comma)
                                    && !EVENT_LEXICON.in_list(WordList::Still, next_w)
                                    && !(EVENT_LEXICON.in_list(WordList::Absent, next_w)
                                        && c.end < i)
                                    && !(c.cue.scope == 0
                                        && denies_other(&doc, c.end, i, prev_trigger))
                                    // «لم يحل دون أن تعلن المنظمة …», «لم يمر يوم دون أن …»: a negation before
                                    // «دون» undoes it.
                                    && !(matches!(doc.word(j), Some("دون" | "بدون"))
                                        && (lo_c.max(j.saturating_sub(4))..j).any(|m| {
                                            matches!(doc.word(m), Some("لم" | "ولم" | "لا" | "ولا" | "لن"))
                                        }))
                                    && (any_before || !lack_of_other(&doc, &h, j, c.end)) =>
                            {
                                negative = true;
                                denied |= c.cue.scope == 0;
                            }
                            // Refusing to sign is a signing that did not happen («رفض التوقيع على الاتفاق»). A named
                            // subject may stand between («رفض قائد الجيش التوقيع»).
                            CueKind::Refusal
                                if (within
                                    || !out
                                        && dist <= 5
                                        && subject_between(&doc, &ments, c.end, i)
                                    || !out && dist <= FOILED_REACH && foiled_attempt(&doc, j, i))
                                    // An accord named as a thing is not undone; reaching or signing one is
                                    // an act that can be refused («رفض التوصل إلى اتفاق»).
                                    // Accusations rejected were made («رفض الرئيس الاتهامات الإسرائيلية»).
                                    && !(h.nominal && h.entry.kind == EventKind::Accusation)
                                    && (h.entry.kind != EventKind::Agreement
                                        || h.last > h.first
                                        || doc.word(i).is_some_and(|w| {
                                            EVENT_LEXICON.contains_listed(WordList::Signing, w)
                                        })) =>
                            {
                                negative = true
                            }
                            CueKind::NegationImpf if within && looks_imperfect(next_w) => {
                                negative = true
                            }
                            // A plan does not reach past a word of past frame between it and the trigger: what
                            // came before it is told as done («تعتزم السلطات فرض حظر التجول بعد أن قتل مسلحون …»).
                            // Nor to what the planned act answers («ينوي التوجه إلى المحكمة رداً على مقتل الطفل»).
                            // Nor does a call reach past a comma to a saying or a threat: that is another act of
                            // the caller («طالبت بفدية، مهددة بنشر البيانات»).
                            // Nor does a cue of some scope reach a perfect verb joined by «و»: that is an act of
                            // its own, told as done («ويهدد كل من يحاول الخروج منها وقال الشيخ …»).
                            CueKind::Planned
                                if within
                                    && !(medium && c.cue.scope == 0)
                                    && !(c.cue.scope > 0
                                        && !h.nominal
                                        && !h.imperfect
                                        && j + 1 < i
                                        && doc.word(i).is_some_and(|w| {
                                            // (A verb of a root in «و» is not cut: «وصف», «وقع» have three
                                            // letters; an alef after «و» may be the verb's hamza, «وأكد».)
                                            w.starts_with('و')
                                                && w.chars().nth(3).is_some()
                                                && !w.starts_with("وا")
                                                || conjoined_verb(w.as_bytes())
                                        }))
                                    && !(framed_between(&doc, c.end, i) || answered(&doc, i))
                                    // A known noun right after «على أن» is what a view is about, not a
                                    // stipulated act, which puts its verb first («أجمعت الصحف على أن الزيارة
                                    // ركزت …»; «على أن تبدأ المفاوضات»). An indefinite one («على أن اتفاقاً
                                    // شاملاً سيخدم …») is one that may come.
                                    && !(h.nominal
                                        && c.end == i
                                        && doc.word(j) == Some("علي")
                                        && doc.word(j + 1) == Some("ان")
                                        && doc
                                            .word(i)
                                            .is_some_and(|w| w.starts_with("ال") || !w.ends_with('ا')))
                                    && !(c.cue.scope == 0
                                        && (h.entry.kind.family() == super::Family::Speech
                                            || h.entry.kind == EventKind::Threat)
                                        && (c.end..i).any(|p| doc.comma(p))) =>
                            {
                                planned = true
                            }
                            // A threat or a warning (a cue of some scope) is not of an event right after a
                            // word of past frame: that is when it was made («توعدت الفصائل عقب اغتيال القيادي
                            // بالرد»); a condition is («إذا وقع هجوم بعد انسحاب القوات»).
                            // A condition is not on a term of another noun («إذا ثبت عدم احترام الخرطوم لبنود اتفاق
                            // السلام»: the accord exists).
                            CueKind::Hypothetical
                                if within
                                    && !(c.cue.scope == 0
                                        && (medium || term_of_other(&doc, &h)))
                                    && !answered(&doc, i)
                                    && (c.cue.scope == 0 || !past_framed(&doc, i)) =>
                            {
                                hypothetical = true
                            }
                            // Past its scope, a threat or a warning still reaches its object with «ب», the first
                            // such event after it («هدد زعيم الجماعة بشن هجمات»; see [`threat_object`]).
                            CueKind::Hypothetical
                                if c.cue.scope > 0
                                    && i - c.end <= THREAT_REACH
                                    && h.entry.kind.family() != super::Family::Speech
                                    && threat_object(&doc, i)
                                    && prev_act
                                        .is_none_or(|p| p < c.end || !threat_object(&doc, p))
                                    && !answered(&doc, i)
                                    && !past_framed(&doc, i) =>
                            {
                                hypothetical = true
                            }
                            // «إما … أو»: one of two, neither told as done (not «أما … ف», as for).
                            // Written with «أ» it is «أما» (as for), never «إما»: «أما الغارات فأسفرت عن
                            // مقتل عشرين مدنياً أو أكثر» is told as done.
                            CueKind::Either
                                if within
                                    && alternative(&doc, c.end, i, c1.min(c.end + c.cue.scope))
                                    && !doc.toks.get(c.end - 1).is_some_and(|t| {
                                        orig_word(t.start, t.end).contains('\u{623}')
                                    }) =>
                            {
                                hypothetical = true
                            }
                            // «قد تشن»: the trigger's own reading knows a short imperfect. After «قد» the
                            // imperfect is indicative, so a plural in «وا» is a perfect of form V or VI
                            // («وكان المعلمون قد تظاهروا»: a pluperfect, actual).
                            // After a «كان» the «قد» opens a pluperfect, and its verb is a perfect even when it
                            // begins like an imperfect (form V: «وكان الوزير قد ترأس اجتماعاً», «قد نظمت مسيرة»).
                            // A feminine perfect in «ت» is no imperfect either («فقد توصلت», «قد سيطرت», «قد نفذت»).
                            // «ما قد يؤخر تسلم المحافظ مهامه»: what may be delayed is still to come.
                            CueKind::HypoImpf
                                if within
                                    && c.end < i
                                    && EVENT_LEXICON.in_list(WordList::Delay, next_w) =>
                            {
                                planned = true
                            }
                            CueKind::HypoImpf
                                if within
                                    && !next_w.ends_with("وا")
                                    && !looks_feminine_perfect(next_w)
                                    && (c.end == i && h.imperfect || looks_imperfect(next_w))
                                    && !(lo_c.max(j.saturating_sub(6))..j).any(|m| {
                                        doc.word(m).is_some_and(|w| {
                                            EVENT_LEXICON.in_list(WordList::Pluperfect, w)
                                        })
                                    }) =>
                            {
                                hypothetical = true
                            }
                            _ => {}
                        }
                    }
                }
            } else if j > i
                && kinds & (bit(CueKind::Disaster) | bit(CueKind::Accident)) != 0
                && h.entry.kind == EventKind::Killing
                && words.iter().any(|c| {
                    matches!(c.cue.kind, CueKind::Disaster | CueKind::Accident)
                        && (j < h.last || j - h.last <= c.cue.scope.max(1))
                })
            {
                // «خلّف الزلزال 20 قتيلاً», «لقي أربعة مصرعهم في حريق»: a disaster in the phrase or shortly after it.
                before_bad = true;
            } else if j > i && j < h.last {
                // «الجولة المقبلة من الحوار»: a word of schedule right after a phrase's first word.
                if kinds & bit(CueKind::PlannedAfter) != 0
                    && words
                        .iter()
                        .any(|c| c.cue.kind == CueKind::PlannedAfter && j - i <= c.cue.scope.max(1))
                {
                    planned = true;
                    scheduled = true;
                }
                // A figurative word inside a phrase's gap: «شن لاعبو الفريق هجوماً» is a team's attack on goal. Only
                // the words that reach a few words (a team, a squad), not those that must stand right after the
                // trigger («في الوقت نفسه» is no «قتل الوقت»).
                if after_bad.is_none()
                    && kinds & bit(CueKind::Figurative) != 0
                    && h.entry.kind.family() != super::Family::Speech
                    && h.entry.kind != EventKind::Protest
                    && words
                        .iter()
                        .any(|c| c.cue.kind == CueKind::Figurative && c.cue.scope >= 3)
                {
                    after_bad = Some(j);
                }
            } else if j > h.last {
                // Saying, condemning and demanding are never figurative: «وقال مسؤول إعلامي» is said, «أدان بشدة» condemned
                // (a threat may be: «مهدد بالزوال»); nor is an appointment, whose office names its field («عيّن …
                // وزيراً للاقتصاد»). Nor is a protest past the word after it: there stands what it is against
                // («تظاهر الآلاف ضد التضخم»), where right after it a word may tell its nature («تظاهرة إعلامية»).
                if after_bad.is_none()
                    && kinds
                        & (bit(CueKind::Figurative)
                            | bit(CueKind::FigurativeDefinite)
                            | bit(CueKind::Habitual))
                        != 0
                    && !(h.entry.kind == EventKind::Protest && j > h.last + 1)
                    && words.iter().any(|c| {
                        // «قصف متواصل منذ 7 أكتوبر»: one act going on since a date is one event (not «هجمات
                        // متكررة منذ …», many).
                        (c.cue.kind == CueKind::Habitual
                            && !(!h.plural
                                && doc.word(c.end) == Some("منذ")
                                && c.end
                                    .checked_sub(1)
                                    .and_then(|k| doc.word(k))
                                    .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Ongoing, w)))
                            || (c.cue.kind == CueKind::Figurative
                                || c.cue.kind == CueKind::FigurativeDefinite && h.definite)
                                && !matches!(
                                    h.entry.kind,
                                    EventKind::Statement
                                        | EventKind::Accusation
                                        | EventKind::Demand
                                        | EventKind::Appointment
                                ))
                            && j - h.last <= c.cue.scope.max(1)
                    })
                {
                    after_bad = Some(j);
                }
                // Words right after a noun trigger: «الانتخابات المقبلة» is planned, «انسحاب محتمل» hypothetical.
                // After a one-word verb they describe its object, not the act («رفضت الحركة المقترح الأمريكي»).
                // (Not after a phrase of saying: «أشارت المصادر إلى أن الوزير سيعقد …» tells a plan, not a saying to come.)
                // «مواجهات مسلحة قد تشهدها العاصمة»: «قد» + an imperfect right after an indefinite event noun opens a
                // clause that describes it: what may come (not a saying, and not «قد تكون», a property of what was).
                // After a definite noun the verb is its predicate («أن السيطرة عليه قد تعزز جهود الحكومة»: done).
                if kinds & bit(CueKind::HypoImpf) != 0
                    && h.nominal
                    && !h.definite
                    && h.entry.kind.family() != super::Family::Speech
                    && j - h.last <= 2
                    && doc.word(j + 1).is_some_and(|w| {
                        looks_imperfect(w) && !matches!(w, "تكون" | "يكون" | "تكن" | "يكن")
                    })
                    && (h.last + 1..j)
                        .all(|k| matches!(doc.toks.get(k).map(|t| t.kind), Some(Tk::Word)))
                {
                    hypothetical = true;
                }
                if kinds & (bit(CueKind::PlannedAfter) | bit(CueKind::HypoAfter)) != 0
                    && (h.nominal
                        || h.last > h.first && h.entry.kind.family() != super::Family::Speech)
                {
                    for c in words {
                        if j - h.last > c.cue.scope.max(1) {
                            continue;
                        }
                        match c.cue.kind {
                            CueKind::PlannedAfter
                                if !future_of_event(&doc, &ments, h.first, j, c.end)
                                    || !doc.word(j).is_some_and(has_future_prefix)
                                        && prep_between(&doc, h.last, j) => {}
                            CueKind::PlannedAfter => {
                                planned = true;
                                scheduled = true;
                            }
                            CueKind::HypoAfter => hypothetical = true,
                            _ => {}
                        }
                    }
                }
            }
        }
        // Talks named right after the «إلى» of a call are what is called for («دعت إلى حوار شامل»): an event to come,
        // dated or not.
        let called = h.nominal
            && h.entry.kind == EventKind::Meeting
            && i > 0
            && demand_end == Some(i - 1)
            && doc.word(i - 1) == Some("الي");
        if h.entry.kind == EventKind::Demand {
            demand_end = Some(h.last);
        }
        // An invasion or an overrun threatened, its noun with «ب» shortly after the threat («هدد الرئيس بغزو
        // الجزيرة», «توعد الجيش باجتياح المدينة»): an act to come, dated or not.
        let threatened = h.nominal
            && h.entry.kind == EventKind::Attack
            && threat_end.is_some_and(|t| t <= i && i - t <= THREAT_REACH)
            && threat_object(&doc, i);
        if h.entry.kind == EventKind::Threat {
            threat_end = Some(h.last);
        }
        if !h.nominal {
            // Whether this verb is joined by «و» to the one ending at `last`, with only words between.
            let joined_to = |last: usize| {
                last < i
                    && i - last <= CONJOINED_REACH
                    && doc.word(i).is_some_and(|w| w.starts_with('و'))
                    && (last + 1..i).all(|k| doc.toks.get(k).is_some_and(|t| t.kind == Tk::Word))
            };
            // An imperfect joined by «و» to one told as possible shares its possibility («قد تعلق مصر المفاوضات
            // وتستدعي سفيرها»), with no punctuation between.
            if h.imperfect && !h.future && maybe_verb.is_some_and(joined_to) {
                hypothetical = true;
            }
            maybe_verb = (h.imperfect && hypothetical).then_some(h.last);
            // So does one joined to a verb told as to come its future («ستعقد اللجنة اجتماعاً طارئاً في القاهرة
            // وتصدر بياناً»).
            if h.imperfect
                && !h.future
                && !planned
                && !hypothetical
                && future_verb.is_some_and(joined_to)
            {
                planned = true;
            }
            future_verb = ((h.future || h.imperfect) && planned && !hypothetical).then_some(h.last);
        }
        prev_hit = Some((h.first, h.last, negative));
        if h.entry.kind.family() != super::Family::Speech {
            prev_act = Some(h.first);
        }
        let fam_before = prev_act_fam.replace((h.first, h.entry.kind.family()));
        // «أي هجوم على رفح ستكون له عواقب»: any such event, not negated, is one that may come, not one that came.
        if any_word && !negative {
            hypothetical = true;
        }
        // «ستنسحب القوات إذا تم التوصل إلى تسوية»: an event to come on a condition that follows its clause at once
        // may not come.
        if planned
            && h.future
            && doc
                .word(c1)
                .is_some_and(|w| matches!(w, "اذا" | "لو" | "طالما"))
        {
            hypothetical = true;
        }
        // «إذا لم تفرج الجماعة عن الرهائن، ستشن القوات عملية عسكرية»: a future main clause after a clause of condition
        // in its sentence may not come.
        if planned
            && h.future
            && !hypothetical
            && clause_id
                .checked_sub(1)
                .and_then(|p| doc.clauses.get(p))
                .is_some_and(|&(a, _)| a >= s0 && opens_condition(&doc, a))
        {
            hypothetical = true;
        }
        // A figurative word after «أن», «إن» or a quotation mark is in what the trigger reports, not on the trigger
        // («أكدت الدراسة أن الفقر …» is a statement).
        let after_bad = after_bad.is_some_and(|j| {
            !(h.last + 1..j).any(|k| match doc.toks.get(k).map(|t| t.kind) {
                Some(Tk::Punct('"' | '“' | '”' | '«' | ':')) => true,
                Some(Tk::Word) => vocab
                    .info(k)
                    .is_some_and(|x| x.has & WordInfo::SAYS_THAT != 0),
                _ => false,
            })
        });
        // «لحماية الحدود من أي اعتداء»: guarding against any such event, none in particular (read here, on the
        // trigger, not as a cue on every «من»).
        let before_bad = before_bad
            || any_with_prep
                && prev_word == Some("اي")
                && i.checked_sub(2).and_then(|p| doc.word(p)) == Some("من");
        // A denied «لأي هجوم» is the event denied, not any event in general.
        let before_bad = before_bad && !(any_with_prep && denied)
            // The accident whose deaths the trigger tells, though its relative clause opens a new one.
            || h.entry.kind == EventKind::Killing
                && accident_caused(&doc, i)
                && (i.saturating_sub(ACCIDENT_BEFORE)..i)
                    .rev()
                    // Not past a comma or a full stop: an accident told before one is not what this clause's
                    // relative or «عن» tells the deaths of («بعد حادث قطار، أسفر هجوم مسلح عن مقتل جنديين»).
                    .take_while(|&k| {
                        !matches!(
                            doc.toks.get(k).map(|t| t.kind),
                            Some(Tk::Punct(',' | '.' | ';' | '؛'))
                        )
                    })
                    .any(|k| cues.has(k, bit(CueKind::Accident)))
            // «لقي 11 مسافراً حتفهم عندما اصطدمت حافلة …», «لقي 11 شخصاً مصرعهم، بينهم ثلاثة أطفال، إثر فيضانات مفاجئة»,
            // «لقي طفلان حتفهما جراء غرقهما», «لقوا حتفهم في الحادث»: the
            // accident told after the deaths, in a sentence that tells no attack and no clash, is what they came from.
            // (The look for violence first: it is cheap, and most deaths in the news are told with it.)
            || h.entry.kind == EventKind::Killing
                && h.entry.mode.is_none()
                && !any_within(&violent, s0, s1)
                && accident_told_after(&doc, &cues, &violent, h.last, s1)
            // Deaths told after an accident or a disaster in their sentence, which tells no attack and no clash
            // («انهار عقار …، ما أسفر عن مصرع أربعة», «جرفت السيول المنازل، وقالت السلطات إن 12 شخصاً لقوا حتفهم»): the
            // toll of the accident. (Not an assassination.)
            || h.entry.kind == EventKind::Killing
                && h.entry.mode.is_none()
                && (s0.max(i.saturating_sub(WINDOW))..i)
                    .any(|k| cues.has(k, bit(CueKind::Accident) | bit(CueKind::Disaster)))
                && !any_within(&violent, s0, s1)
            // The same story told on: an anaphor of the accident before the deaths in their sentence, or the accident
            // in the sentence before deaths told by a word of dying (see [`accident_story`]).
            || h.entry.kind == EventKind::Killing
                && h.entry.mode.is_none()
                && accident_story(
                    &doc,
                    &cues,
                    &violent,
                    (i, h.last),
                    (prev_s0, s0, s1),
                )
            // A habit, not one act: an object «كل من» + an imperfect, a relative clause that tells the event noun as
            // done «عادةً» (and a sentence opened by «عندما» + an imperfect, read once the date is known).
            || !h.nominal && every_one_object(&doc, &h)
            || habit_relative(&doc, &cues, &h);
        if after_bad || before_bad {
            continue;
        }
        // A bare definite verbal noun closing a list of abstract nouns: «نرفض العنف والقتل».
        let w = doc.word_bytes(i).unwrap_or_default();
        let next_is_end = !matches!(doc.toks.get(h.last + 1).map(|t| t.kind), Some(Tk::Word));
        let prev_def = i
            .checked_sub(1)
            .and_then(|p| doc.word_bytes(p))
            .is_some_and(|p| p.starts_with("ال".as_bytes()));
        if h.first == h.last
            && h.definite
            && w.starts_with("و".as_bytes())
            && prev_def
            && next_is_end
        {
            continue;
        }

        // A definite event noun that a relative clause tells in the past («الغارة التي استهدفت مدرسة») or that is
        // investigated («التحقيق في الهجوم») has happened, whatever a call or a threat before it asks for.
        // («التحقيق في مقتل الصحفية» names one event too, in construct.)
        if h.nominal && !scheduled && (planned || hypothetical) {
            let told = h.definite
                && h.first == h.last
                && (h.last + 1..h.last + 3)
                    .find(|&j| {
                        doc.word(j)
                            .is_some_and(|w| matches!(w, "الذي" | "التي" | "الذين"))
                    })
                    .and_then(|j| doc.word(j + 1))
                    .is_some_and(|w| {
                        w.chars().count() >= 3
                            && !looks_imperfect(w)
                            && !EVENT_LEXICON.in_list(WordList::NotTold, w)
                            // Threatened, promised or proposed in the past is still to come («الهجوم الذي هدد
                            // به الجيش», «الانتخابات التي وعد بها الرئيس»).
                            && !EVENT_LEXICON.starts_with_listed(WordList::Promise, w)
                    });
            // «التحقيق في الغارة», «بتحقيق مستقل في الغارة».
            // The noun with its clitics taken off as names are («بالتحقيق», «للتحقيق» → «تحقيق»).
            let probed = prev_word == Some("في")
                && (i.saturating_sub(4)..i.saturating_sub(1)).any(|p| {
                    doc.word(p).is_some_and(|w| {
                        let mut found = false;
                        for_each_bare_form(w, &mut String::new(), |f| {
                            found |= EVENT_LEXICON.in_list(WordList::Inquiry, f);
                        });
                        found
                    })
                })
                || prev_word.is_some_and(|w| EVENT_LEXICON.in_list(WordList::InquiryOf, w));
            if told || probed {
                planned = false;
                hypothetical = false;
            }
        }
        // A source named after what it says, in the perfect («… الأسبوع المقبل، بحسب ما أعلنت الخارجية»), has
        // spoken: what is planned or supposed is what it says.
        if (planned || hypothetical)
            && !h.future
            && !h.imperfect
            && !h.nominal
            && h.entry.kind.family() == super::Family::Speech
            && i.checked_sub(1)
                .and_then(|p| doc.word(p))
                .is_some_and(|p| EVENT_LEXICON.in_list(WordList::Attribution, p))
        {
            planned = false;
            hypothetical = false;
        }
        // A phrase that starts with the «ل» of purpose on a carrier («وصل إلى بيروت لإجراء محادثات», «لتنفيذ هجوم») is
        // what another act is for: planned.
        if h.nominal
            && !hypothetical
            && doc
                .word(i)
                .and_then(|w| w.strip_prefix('ل'))
                .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Carrier, w))
        {
            planned = true;
        }
        // «دفعت القوات بتعزيزات لتحرير مدينة تعز» (option `aim`): a verbal noun with the «ل» of purpose is what the act
        // before it is for; not what befell a subject, after a verb of undergoing in the few words before it
        // («تعرضت محافظة حلب لقصف»), nor what an answer avenges («انتقاماً لقتل …»), nor one a carrier tells.
        // («لضبط العناصر المشتبه»: a phrase whose verb's noun is written like its perfect is a noun after «ل», which no
        // perfect takes; not one word, «تعرضت القرى الواقعة تحت سيطرة المعارضة لقصف»: what befell, past @undergo's reach.)
        if h.entry.aim
            && (h.nominal || h.entry.nominal && h.last > h.first && !h.imperfect && !h.future)
            && !hypothetical
            && doc
                .word(i)
                .is_some_and(|w| w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with('ل'))
        {
            let bare = |k: usize| doc.word(k).map(|w| w.strip_prefix(['و', 'ف']).unwrap_or(w));
            let undergone = (lo_c.max(i.saturating_sub(6))..i)
                .any(|k| bare(k).is_some_and(|w| EVENT_LEXICON.in_list(WordList::Undergo, w)))
                || i.checked_sub(1)
                    .and_then(bare)
                    .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Answer, w))
                // A carrier shortly before it tells the act («أحبطت السلطات مخططاً إرهابياً لاستهداف منشآت»).
                || (lo_c.max(i.saturating_sub(3))..i).any(|k| carrier(&doc, k));
            if !undergone {
                planned = true;
            }
        }
        // «أمر القاضي بالقبض على المتهمين», «صدر أمر باعتقال 275 متهماً» (@order): the act with «ب» after a word of
        // ordering is ordered, not done. (A decree relieving or naming an official is the act: «صدر أمر ملكي بإعفاء
        // الوزير من منصبه».) An invasion ordered is an act to come, dated or not («أمر القائد باجتياح البلدة»).
        let mut bidden = false;
        if !planned
            && !matches!(h.entry.kind, EventKind::Dismissal | EventKind::Appointment)
            && !hypothetical
            && !h.imperfect
            && !h.future
            && doc
                .word(i)
                .is_some_and(|w| w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with('ب'))
            && ordered(&doc, lo_c, i)
        {
            planned = true;
            bidden = h.entry.kind == EventKind::Attack;
        }
        // «في محاولة للسيطرة على المطار», «استهدف الهجوم السيطرة على المطار», «هدف الهجوم إلى اغتيال القائد»: what an
        // attempt or an act aims at is not done (see [`aimed`]). Only an act told by a verbal noun, an attack only
        // one whose verbal noun may be an aim (option `aim`: «لاقتحام»): a meeting a strike hit took place
        // («استهدفت الغارة اجتماعاً للقادة»).
        if !planned
            && !hypothetical
            && !negative
            && h.nominal
            && (matches!(
                h.entry.kind,
                EventKind::Seizure
                    | EventKind::Arrest
                    | EventKind::Killing
                    | EventKind::Abduction
                    | EventKind::Withdrawal
                    | EventKind::Release
            ) || h.entry.kind == EventKind::Attack && h.entry.aim)
            && aimed(&doc, c0, i)
        {
            planned = true;
        }
        // «نفى الجيش أن يكون قد تعمد استهداف الجنود», «لم يتعمد قصف المستشفى»: what is denied or doubted is the
        // intent; the act itself stands.
        if (negative || hypothetical)
            && i.checked_sub(1)
                .and_then(|p| doc.word(p))
                .is_some_and(|p| EVENT_LEXICON.in_list(WordList::Intent, p))
        {
            negative = false;
            hypothetical = false;
            planned = false;
        }

        // Spans in the original text.
        let tspan = tspans
            .get(hk)
            .copied()
            .unwrap_or_else(|| orig(h.first, h.last + 1));
        let clause_span = clause_spans.get(clause_id).unwrap_or_else(|| orig(c0, c1));
        let sent_span = match sent_spans {
            (id, Some(sp)) if id == sent_id => sp,
            _ => {
                let sp = orig(s0, s1);
                sent_spans = (sent_id, Some(sp));
                sp
            }
        };

        // Where the matter the trigger belongs to began: what came before is not its narrative.
        let topic_from = topic_starts
            .iter()
            .rev()
            .find(|&&st| st <= sent_span.start)
            .copied()
            .unwrap_or(0);
        // Date: the clause, else the sentence, else the narrative for «يومها», else the document.
        // A relative clause right after the trigger's noun phrase describes the trigger: its date is the trigger's
        // («التصريحات التي أدلى بها السوداني، في 26 سبتمبر»).
        let with_relative = match doc.clauses.get(clause_id + 1) {
            // Only for a noun trigger: after a verb the relative clause describes its subject («أكد الوزير الذي
            // وصل قبل أيام …»).
            Some(&(r0, _))
                if h.nominal
                    && doc.islands.get(clause_id + 1).copied().unwrap_or(false)
                    && r0 < s1
                    && r0 <= h.last + 6 =>
            {
                clause_spans
                    .get(clause_id + 1)
                    .map_or(clause_span, |rs| Span::new(clause_span.start, rs.end))
            }
            _ => clause_span,
        };
        // Where that relative clause begins, when it does.
        let relative_from = (with_relative.end > clause_span.end).then_some(clause_span.end);
        // What a speaker says is not when he says it: for a statement, a date after «أن», «إن» or a quotation mark
        // belongs to the reported content («أعلن أن الانسحاب سيكتمل نهاية العام»). Looked for up to the sentence's
        // end: a relative clause may end at the verb («المدينة التي قال إن أخبارها ستكون مفرحة خلال الساعات
        // القادمة»), and the date is then sought in the sentence.
        // A phrase may end with the «أن» itself («زعمت الجماعة أنها …»).
        let (speech, end) = (
            h.entry.kind.family() == super::Family::Speech,
            s1.min(h.last + 1 + WINDOW),
        );
        let said_from = speech
            .then(|| said_start(&doc, &vocab, &ments, &h, h.first + 1, end, false))
            .flatten();
        // Both walks pass over the same names up to where the first stops (`far` passes over more): the second goes on
        // from there, only when that is a quotation mark.
        let speech_limit = match said_from {
            Some(j) if quote_at(&doc, j) => said_start(&doc, &vocab, &ments, &h, j, end, true),
            x => x,
        }
        .map(|j| orig(j, j + 1).start);
        let (before, after) = dates.around_many(tspan.start);
        // A birth or a remembered day is no event's date (see [`marked_dates`]); a date a source speaks in is its
        // own only (see `sources`).
        let foreign = |t: &Temporal| {
            marked.iter().any(|&(d, m)| {
                d == t.span.start && !(m <= tspan.start && tspan.end <= t.span.start)
            }) || sources
                .iter()
                .any(|sp| sp.contains(t.span) && !sp.contains(tspan))
        };
        let (kept_before, kept_after): (Vec<&Temporal>, Vec<&Temporal>);
        let (before, after) = if (marked.is_empty() && sources.is_empty())
            || !before.iter().chain(after).any(|t| foreign(t))
        {
            (before, after)
        } else {
            kept_before = before.iter().copied().filter(|t| !foreign(t)).collect();
            kept_after = after.iter().copied().filter(|t| !foreign(t)).collect();
            (&kept_before[..], &kept_after[..])
        };
        // A year «لسنة 2025» of another noun after the trigger is not its date (see [`year_of_other`]).
        let kept: Vec<&Temporal>;
        let after = if after
            .iter()
            .any(|t| t.grain == Grain::Year && year_of_other(t, text, tspan, h.nominal))
        {
            kept = after
                .iter()
                .copied()
                .filter(|t| !(t.grain == Grain::Year && year_of_other(t, text, tspan, h.nominal)))
                .collect();
            &kept[..]
        } else {
            after
        };
        // «بين الأول من يناير و30 يونيو قتل 1592 شخصاً، على ما أعلنت البعثة»: a source named after what it says
        // («على ما», «وفق ما», «حسبما»; not «كما», mostly "also") is not dated by the dates of what it says, which come before it.
        // So is a statement noun after «بحسب», «وفق» («… ليلة الأحد، بحسب بيان لقيادة العمليات»).
        let attribution = h.entry.kind.family() == super::Family::Speech
            && i.checked_sub(1)
                .and_then(|p| doc.word(p))
                .is_some_and(|p| EVENT_LEXICON.in_list(WordList::Attribution, p));
        // (A statement noun that needs a date has one in what it is the source of: «… ليلة الأحد، بحسب بيان».)
        let attributed_dated = attribution
            && h.nominal
            && before
                .last()
                .is_some_and(|t| t.span.start >= sent_span.start);
        let before = if attribution { &before[..0] } else { before };
        let prev = before.last().copied();
        // Looked for only when dates stand on both sides in the sentence (most triggers have at most one near them).
        let both_sides = prev.is_some_and(|t| t.span.start >= sent_span.start)
            && after.first().is_some_and(|t| t.span.end <= sent_span.end);
        let reported_from = if !both_sides {
            None
        } else {
            last_says_that(&doc, &vocab, c0.max(i.saturating_sub(WINDOW)), i)
                .or_else(|| {
                    // «أعلنت الحركة أمس مسؤوليتها عن اغتيال قاضٍ أول من أمس»: the act claimed is what is said, and
                    // the day before «مسؤوليتها عن» is the claim's.
                    let claimed = h.nominal
                        && i >= 2
                        && doc.word(i - 1) == Some("عن")
                        && doc.word(i - 2).is_some_and(|w| {
                            let w = w.strip_prefix('و').unwrap_or(w);
                            EVENT_LEXICON.starts_with_listed(
                                WordList::Responsibility,
                                w.strip_prefix("ال").unwrap_or(w),
                            )
                        });
                    claimed.then_some(i - 1)
                })
                .map(|j| orig(j, j + 1).start)
        };
        // «…، وكانت القوات قد انسحبت»: a pluperfect clause tells the background, before the narrative; only a date
        // inside it, from its «كان» on, is its own.
        // So is a clause after a comma opened by «فيما», «بينما» after a sentence that opens with a plan («من
        // المتوقع أن», «يعتزم»): what goes on meanwhile is not of the planned act's day («يصل المبعوث غداً، فيما
        // تواصلت الاشتباكات»).
        let background = pluperfect_from(&doc, &cues, c0, c1, i).is_some()
            || c0 > s0
                && c0 <= i
                && doc
                    .word(c0)
                    .is_some_and(|w| matches!(w, "فيما" | "وفيما" | "بينما" | "وبينما"))
                && (s0..c0.min(s0 + 4)).any(|k| cues.has(k, bit(CueKind::Planned)))
            || c0 > s0 && c0 < i && present_contrast(&doc, &h, c0, i);
        let site = Site {
            trigger: tspan,
            clause: with_relative,
            background,
            future: h.future && !h.nominal,
            // (Only when a trigger of another family before it in the clause may own a date before the noun: «وترأس
            // كيري أمس "الحوار الاستراتيجي" الذي عقد للمرة الأخيرة في 2009» is yesterday's.)
            // A relative clause whose verb tells that the noun's event took place («نتائج الانتخابات التشريعية التي
            // جرت في 10 أوت») dates it whatever stands before the noun.
            relative_from: relative_from.filter(|_| {
                fam_before.is_some_and(|(p, f)| p >= c0 && f != h.entry.kind.family())
                    || doc
                        .clauses
                        .get(clause_id + 1)
                        .and_then(|&(r0, _)| doc.word(r0 + 1))
                        .is_some_and(|w| {
                            matches!(
                                w,
                                "جرت"
                                    | "جري"
                                    | "اجريت"
                                    | "اجري"
                                    | "وقعت"
                                    | "وقع"
                                    | "حدثت"
                                    | "حدث"
                            )
                        })
            }),
            sentence: sent_span,
            next_trigger: match (next_other.get(hk).copied().flatten(), speech_limit) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
            clause_id,
            clauses: &clause_spans,
            islands: &doc.islands,
            clause_fams: &clause_fams,
            family: family_bit(h.entry.kind),
            reported_from,
            referenced: ctx.reference.is_some(),
            text,
        };
        let mut source = None;
        let mut date = None;
        let mut from_text = false;
        // A plan someone speaks of is not dated by when he speaks: in «أكد المتحدث، الأربعاء، أن واشنطن لن ترسل
        // قوات» Wednesday is the statement's.
        let speakers = |t: &Temporal| {
            planned
                && h.entry.kind.family() != super::Family::Speech
                && t.span.end <= tspan.start
                && last_says_that(&doc, &vocab, c0.max(i.saturating_sub(WINDOW)), i)
                    .is_some_and(|j| t.span.end <= orig(j, j + 1).start)
        };
        // A verb in the perfect told «بعد عشرين عاماً» after no earlier date: the time it took, not a day to come
        // from the publication date («أفرج عنه بعد عشرين عاماً قضاها في السجن»).
        let elapsed = |t: &Temporal| {
            !h.nominal
                && !h.imperfect
                && !h.future
                && t.anchor == Anchor::Relative
                // (Not a word that also reads as the verbal noun: «سيقدم استقالتها بعد شهرين».)
                && vocab
                    .triggers(h.first)
                    .iter()
                    .all(|r| r.entries.iter().all(|e| !e.nominal))
                && t.text.starts_with("بعد")
                && t.interval.is_some_and(|iv| {
                    ctx.reference
                        .is_some_and(|r| iv.start.date() > r.date())
                })
        };
        while objects.get(obj_k).is_some_and(|&(k, _)| k < hk) {
            obj_k += 1;
        }
        let mut chosen = site.choose(before, after);
        // A past of no known day («وسبق أن صرّح», «منذ سيطروا على», «إبان معركة»): only a date after its word, in the
        // clause, is the event's («منذ اعتقاله في 2019», «الاعتداء على السفارة إبان أحداث 2012»); else it has none.
        let undated_from = background_at.map(|j| orig(j, j + 1).start);
        if let Some(m) = undated_from {
            // (Its start in the clause: a date may run past a bracket that ends the clause, «في 29 مايو (أيار)».)
            let inside = |t: &&Temporal| t.span.start >= m && t.span.start < with_relative.end;
            // (Not past the next trigger or what a speaker says: «وسبق أن ذكرت مصادر أن صواريخ أُطلقت أمس».)
            let own = |t: &&Temporal| site.next_trigger.is_none_or(|x| t.span.start < x);
            chosen = chosen
                .filter(inside)
                .or_else(|| after.iter().copied().filter(own).find(inside));
        }
        // «اغتيل الصحفي مساء الخميس، ولم تعلق الشرطة حتى الآن»: a clause told up to now, with no date of its own,
        // takes none from its neighbours.
        // (The clause itself: a relative clause after a noun tells of its genitive, «عقوبات على صالح الذي لا يزال حتى
        // الآن يسيطر …».)
        // No comma stands between: «، مشدداً على أن … لم تحاول حتى الآن …» is another's.
        let unbroken = |p: &Span| {
            let (a, b) = if p.start < tspan.start {
                (p.end, tspan.start)
            } else {
                (tspan.end, p.start)
            };
            text.get(a..b).is_some_and(|g| !g.contains(['،', ',']))
        };
        if chosen.is_some_and(|t| !with_relative.contains(t.span))
            && present
                .iter()
                .any(|p| clause_span.contains(*p) && unbroken(p))
        {
            chosen = None;
        }
        // «رفضت السلطات حتى الآن دخول الفرق، رغم طلب تقدمت به المنظمة في 7 سبتمبر»: a verb told up to now is not
        // dated by a day past a comma after it, which tells of another act.
        if chosen.is_some_and(|t| {
            present.iter().any(|p| {
                p.start >= tspan.end
                    && clause_span.contains(*p)
                    && unbroken(p)
                    && t.span.start >= p.end
                    && text
                        .get(p.end..t.span.start)
                        .is_some_and(|g| g.contains(['،', ',']))
            })
        }) {
            chosen = None;
        }
        // A perfect verb tells what was done: a day still to come in a neighbouring clause is not its own («ومن
        // المقرر أن يمثل المحافظ أمام اللجنة الأحد المقبل، فيما دعت الغرف إلى إضراب»: the call is made now).
        if !h.nominal
            && !h.imperfect
            && !h.future
            && chosen.is_some_and(|t| {
                !with_relative.contains(t.span)
                    && t.interval.is_some_and(|iv| {
                        ctx.reference
                            .and_then(|r| r.date().succ_opt())
                            .is_some_and(|n| iv.start.date() >= n)
                    })
            })
        {
            chosen = None;
        }
        // «دعت الجمعيات إلى صرف تعويضات قبل نهاية الشهر»: a deadline after a call is the term of the act called for,
        // not the call's day, nor that of what is said after it in the sentence («…، محذرة من أن …»); the act called
        // for, between the two, keeps it.
        if chosen.is_some_and(|t| {
            deadline(text, t)
                && (h.entry.kind == EventKind::Demand && t.span.start >= tspan.end
                    || tspan.start >= t.span.end
                        && out
                            .iter()
                            .rev()
                            .take_while(|e| e.sentence == sent_span)
                            .any(|e| {
                                e.kind == EventKind::Demand && e.trigger.span.end <= t.span.start
                            }))
        }) {
            chosen = None;
        }
        // «ودعت النقابة منخرطيها إلى تجمع أمام الوزارة يوم 25 فيفري»: a day still to come inside the object of a
        // call, past its «إلى» or «بال…», is the day of the act called for, not of the call.
        if h.entry.kind == EventKind::Demand
            && chosen.is_some_and(|t| {
                t.span.start >= tspan.end
                    && text.get(tspan.start..t.span.start).is_some_and(|g| {
                        !g.contains(['،', ',', '.', ':'])
                            && g.split_whitespace().skip(1).any(|w| {
                                // Folded: «إلى», «الى», «إلَى» alike.
                                let w = crate::normalize::fold_str(w);
                                w == "الي" || w.starts_with("بال")
                            })
                    })
                    && t.interval.is_some_and(|iv| {
                        ctx.reference
                            .and_then(|r| r.date().succ_opt())
                            .is_some_and(|n| iv.start.date() >= n)
                    })
            })
        {
            chosen = None;
        }
        let mut announced_by_its_day = false;
        // Past the object of a verb of announcing only a day of its clause is the announcement's (see
        // [`not_of_announcement`]); else the object's date is its own.
        if let Some(&(_, at)) = objects.get(obj_k).filter(|&&(k, _)| k == hk) {
            if chosen
                .is_some_and(|t| not_of_announcement(t, at, with_relative, text, ctx.reference))
            {
                chosen = choose_before(&site, at, before, after);
            }
        }
        // A noun after «بعد», «عقب» that tells an act not told before: indefinite, with no pronoun on it and no
        // article on the word after it («بعد اعتداء مسلحين», not «عقب لقائه», «بعد سيطرة المقاومة»), and of no
        // kind told before in its sentence («وصل … في زيارة …، فيما غادر مساء أمس بعد زيارة رسمية» is that visit).
        let new_after = |h: &Hit| {
            !h.definite
                && h.first == h.last
                && doc.toks.get(i).is_some_and(|tk| {
                    let w = orig_word(tk.start, tk.end);
                    !(w.ends_with('ه') || w.ends_with("ها") || w.ends_with("هم"))
                })
                && !doc.word(h.last + 1).is_some_and(|w| w.starts_with("ال"))
                && !out
                    .iter()
                    .rev()
                    .take_while(|e| e.sentence.start >= sent_span.start)
                    .any(|e| e.kind == h.entry.kind)
        };
        // «أغلقت السلطات المعبر الأحد جراء اشتباكات»: Sunday is the closure's; the clashes came before it.
        // After «بعد» or «عقب» only a plural («بعد احتجاجات», «بعد هجمات») or a noun with no article («استدعت
        // سفيرها الاثنين بعد اعتداء مسلحين») is kept apart: «عقب الاجتماع» is the one told before, and one act told
        // right before another that does not answer it («سيطروا على القاعدة يوم الأحد بعد انسحاب الجيش») happened
        // that day.
        let cause_apart = |t: &Temporal| {
            h.nominal
                && t.span.end <= tspan.start
                && cause_framed(&doc, i)
                && (h.plural || !after_word(&doc, i) || new_after(&h))
                // Only an act that answers its cause (a statement, a sanction, a closure, an arrest, a vote …) came
                // on a later day: deaths, a place won or fighting told just before their cause («قُتل ثلاثة جنود
                // الأحد جراء انفجار», «نجحت أمس في تصفيتهم بعد اشتباكات») share its day, and a clause with no
                // such act («سقطوا بين قتيل وجريح جراء انفجار ألغام») says nothing of its order. The act is the
                // last one told in the sentence, past what belongs to a cause kept apart before. A day told after
                // «أن» that follows a saying («وأضاف أن قواته حاصرت أمس … ونجحت في تصفيتهم بعد اشتباكات») is
                // that of the act said, not of the saying.
                && out
                    .iter()
                    .rev()
                    .take_while(|e| e.sentence.start >= sent_span.start)
                    .find(|e| kept_apart.is_none_or(|k| e.trigger.span.start < k))
                    .is_some_and(|e| {
                        // (Sought from the sentence's start: the act said may stand in a clause of its own after
                        // the «أن», «… إن القوات حاصرت مسلحين فجر الأحد، ونجحت في تصفيتهم بعد اشتباكات».)
                        let said = || {
                            last_says_that(&doc, &vocab, s0.max(i.saturating_sub(WINDOW)), i)
                                .map(|j| orig(j, j + 1).start)
                        };
                        (answers_cause(e.kind) || answer_framed(&doc, i))
                            && if e.kind.family() == super::Family::Speech {
                                !(e.trigger.span.end <= t.span.start
                                    && said().is_some_and(|b| {
                                        e.trigger.span.end <= b && b < t.span.start
                                    }))
                            } else {
                                // An act told before a later «أن» is not what the cause explains: «وأضاف أن
                                // القوات اعتقلت فجر الاثنين أربعة، وأن اثنين أصيبا جراء استهدافهم» tells the
                                // wounds it caused, that day.
                                said().is_none_or(|b| e.trigger.span.end > b)
                            }
                    })
        };
        // What a cause kept apart tells of, in its own words up to the next comma («رداً على مقتل ضابطين في كمين»,
        // «إثر اشتباكات قبلية أوقعت قتلى», «رداً على غارة أودت بحياة ثلاثة»), is part of that cause: the act's day
        // told before the cause is not its day either. (A verb with «و» or «ف» on it is another act of the main
        // clause: «… جراء اشتباكات واعتقلت عشرة».)
        let last_cause = kept_apart.map(|k| (k, cause_end));
        let in_cause = |t: &Temporal| {
            last_cause.is_some_and(|(k, last)| {
                k >= sent_span.start
                    && i <= last + CAUSE_SPAN
                    && k < tspan.start
                    && t.span.end <= k
                    && text
                        .get(k..tspan.start)
                        .is_some_and(|g| !g.contains(['،', ',', '.', '؛', ';']))
            }) && (h.nominal
                || !doc
                    .toks
                    .get(i)
                    .is_some_and(|tk| orig_word(tk.start, tk.end).starts_with(['و', 'ف'])))
        };
        let cause = chosen.is_some_and(cause_apart);
        if cause {
            kept_apart = Some(tspan.start);
            cause_end = h.last;
        }
        let apart = cause || chosen.is_some_and(in_cause);
        if let Some(t) = chosen.filter(|t| {
            !speakers(t)
                && !elapsed(t)
                && !apart
                && (asks.is_empty() || !asked(&asks, hk, &h, t, tspan, with_relative.start))
        }) {
            source = Some(if t.anchor == Anchor::Anaphoric {
                DateSource::Anaphoric
            } else {
                DateSource::Explicit
            });
            // «عقد المجلس جلسة يوم 12 يونيو، غداة هجوم …»: a noun after «غداة» (the morrow of) or «عشية» (the eve
            // of) that a day written before it dates happened the day before or after that day.
            let shift = prev_word
                .map(|w| w.strip_prefix('و').unwrap_or(w))
                .and_then(|w| match w {
                    "غداه" => Some(-1),
                    "عشيه" => Some(1),
                    _ => None,
                })
                .filter(|_| h.nominal && t.span.end <= tspan.start);
            date = Some(match shift {
                Some(days) => shifted_day(t, days).unwrap_or_else(|| slim(t)),
                None => slim(t),
            });
            from_text = true;
            // The object of a verb of announcing dated by a day written between the verb and it: the
            // announcement's day, which may stand in for the act's (see [`redate_announced`]).
            announced_by_its_day = h.nominal
                && announcer.is_some_and(|k| k + 1 == hk)
                && hk
                    .checked_sub(1)
                    .and_then(|k| tspans.get(k))
                    .is_some_and(|verb| t.span.start >= verb.end && t.span.end <= tspan.start);
        } else if anaphor {
            if let Some(t) =
                prev.filter(|t| t.span.end <= sent_span.start && t.span.start >= topic_from)
            {
                source = Some(DateSource::Anaphoric);
                date = Some(slim(t));
                from_text = true;
            }
        }
        // «انفجرت سيارة مفخخة … يوم 17 يوليو. وتبنى التنظيم الهجوم»: a definite noun that no date of its sentence
        // dates names the last event of its kind told before, with that one's date.
        // «أعلن الاتحاد أمس أن الإضراب سيشمل …»: a definite noun in what a speaker says, dated only by the day he
        // speaks on (written between his verb and the «أن»), is the event of its kind told before, if there is one.
        // (The start of that «أن», when the trigger's date is the speaker's day.)
        let speaker_day = date
            .as_ref()
            .and_then(|d| d.span)
            .filter(|sp| sp.end <= tspan.start)
            .and_then(|sp| {
                last_says_that(&doc, &vocab, s0.max(i.saturating_sub(WINDOW)), i)
                    .map(|j| orig(j, j + 1).start)
                    .filter(|&b| {
                        // The saying the «أن» follows is the last one told before it, and the day stands between
                        // them.
                        sp.end <= b
                            && out
                                .iter()
                                .rev()
                                .take_while(|e| e.sentence == sent_span)
                                // The «أن» is at most WINDOW tokens back, so its saying is among the last events:
                                // a bound for a long text with no punctuation.
                                .take(WINDOW)
                                .find(|e| {
                                    e.kind.family() == super::Family::Speech
                                        && e.trigger.span.end <= b
                                })
                                .is_some_and(|e| e.trigger.span.end <= sp.start)
                    })
            });
        // «وقالت الإدارة أمس إن الانفجار أودى بحياة سبعة»: what is said of an event said before it with a day of
        // its own, in the same words, shares that day.
        // (Not a saying or a verb with «و» or «ف» on it: the speaker's own act, «… إنه أسفر عن قتلى ودعا إلى …».)
        let conjoined = || {
            !h.nominal
                && doc
                    .toks
                    .get(i)
                    .is_some_and(|tk| orig_word(tk.start, tk.end).starts_with(['و', 'ف']))
        };
        if let Some(e) = speaker_day
            .filter(|_| h.entry.kind.family() != super::Family::Speech && !conjoined())
            .and_then(|b| {
                out.last().filter(|e| {
                    e.sentence == sent_span
                        && e.trigger.span.start >= b
                        && e.date_source == Some(DateSource::Anaphoric)
                        && text
                            .get(e.trigger.span.end..tspan.start)
                            .is_some_and(|g| !g.contains(['،', ',', '.', '؛', ';']))
                })
            })
        {
            date = e.date.clone();
            source = e.date_source;
        }
        let speaker_day = speaker_day.is_some() && h.nominal && h.definite && !h.plural;
        // «اتهمت الحكومة، في بيان أمس الاثنين، الجماعة بتنفيذ الهجوم»: a definite noun right after a statement, an
        // accusation or a rejection of its sentence, dated by a day written after that trigger and before it, is the
        // event of its kind told before; the day is the saying's.
        let governed_day = h.nominal
            && h.definite
            && !h.plural
            && h.first == h.last
            && date.as_ref().and_then(|d| d.span).is_some_and(|sp| {
                sp.end <= tspan.start
                    && out.last().is_some_and(|e| {
                        e.sentence == sent_span
                            && matches!(
                                e.kind,
                                EventKind::Statement | EventKind::Accusation | EventKind::Rejection
                            )
                            && e.trigger.span.start < sp.start
                    })
            });
        // «اندلعت اشتباكات … مساء 12 مايو. … وأكد شهود أن الاشتباكات أسفرت …»: a definite plural names the event told
        // before by the same noun.
        let same_noun = |e: &Event| {
            doc.toks.get(i).is_some_and(|tk| {
                let w = orig_word(tk.start, tk.end);
                let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
                w.strip_prefix("ال")
                    .is_some_and(|stem| !stem.is_empty() && e.trigger.text.starts_with(stem))
            })
        };
        if (date.is_none() || speaker_day || governed_day)
            && h.nominal
            && h.definite
            && !planned
            && !hypothetical
        {
            if let Some(e) = out
                .iter()
                .enumerate()
                .rev()
                .filter(|(k, _)| !similar.contains(k))
                .map(|(_, e)| e)
                .find(|e| {
                    e.kind == h.entry.kind
                        && e.sentence.end <= sent_span.start
                        && e.sentence.start >= topic_from
                })
                .filter(|e| !h.plural || same_noun(e))
                .filter(|e| {
                    // Only an event told with its day, past or planned: a denial, a possibility or a month names no
                    // one event.
                    let after_reference = |d: &EventDate| {
                        let next_day = ctx
                            .reference
                            .and_then(|r| r.date().succ_opt())
                            .map(|d| d.and_time(chrono::NaiveTime::MIN));
                        d.interval
                            .is_some_and(|iv| next_day.is_some_and(|n| iv.start >= n))
                    };
                    // One dated this way itself counts («… يوم 17 مايو. ويعد الهجوم الأعنف. ونفذ المسلحون الهجوم»).
                    (e.modality == Modality::Actual
                        || e.modality == Modality::Planned
                            && e.date.as_ref().is_some_and(after_reference))
                        && told_with_its_day(e)
                })
            {
                source = Some(DateSource::Anaphoric);
                date = e.date.clone();
                // «ومن المقرر أن يعقد الوزراء اجتماعاً يوم 25 يوليو. وسيبحث الاجتماع …»: still to come.
                planned |= e.modality == Modality::Planned;
            }
        }
        // «… وقال سكان إن عشرين شخصاً قُتلوا خلال الهجوم»: the attack after «خلال», dated as the one told before, is
        // when the act right before it happened, which no date of its sentence dated.
        if source == Some(DateSource::Anaphoric) && during(&h) {
            if let Some(e) = out.last_mut().filter(|e| {
                e.sentence == sent_span
                    && e.date_source == Some(DateSource::Document)
                    && text
                        .get(e.trigger.span.end..tspan.start)
                        .is_some_and(|g| !g.contains(GAP_STOPS))
            }) {
                e.date = date.clone();
                e.date_source = source;
            }
        }
        // «… أن الاشتباكات أسفرت عن مقتل خمسة»: an act of violence told with no date right after one dated as the event
        // told before, in the same words, shares its day.
        if date.is_none() && h.entry.kind.family() == super::Family::Violence && !conjoined() {
            if let Some(e) = out.last().filter(|e| {
                e.sentence == sent_span
                    && e.date_source == Some(DateSource::Anaphoric)
                    && e.kind.family() == super::Family::Violence
                    && text
                        .get(e.trigger.span.end..tspan.start)
                        .is_some_and(|g| !g.contains(GAP_STOPS))
            }) {
                date = e.date.clone();
                source = e.date_source;
            }
        }
        // «أفرج الخاطفون عن الرهينة بعد ثلاثة أيام من اختطافه»: a time counted from an event told before dates the
        // event from that one's day, and the noun counted from («اختطافه») is that event, on its day. Looked for only
        // where a counted duration stands near the trigger (few texts have one).
        let from = counts.partition_point(|t| t.span.start < clause_span.start);
        let clause_counts = counts.get(from..).unwrap_or(&[]);
        if clause_counts
            .first()
            .is_some_and(|t| t.span.start < clause_span.end)
        {
            let at = Counted {
                text,
                doc: &doc,
                vocab: &vocab,
                orig: &mapper,
                clause: (c0, c1, clause_span),
                topic_from,
                past_until: ctx
                    .reference
                    .filter(|_| !planned && !h.imperfect)
                    .map(|r| r.date()),
            };
            if let Some((day, governed)) =
                at.date(clause_counts, &h, tspan, out, &similar, date.as_ref())
            {
                // A date of the trigger's own clause says when it happened.
                let own_clause = date
                    .as_ref()
                    .and_then(|d| d.span)
                    .is_some_and(|sp| sp.start >= clause_span.start && sp.end <= clause_span.end);
                if !(governed && own_clause) {
                    from_text = day.is_some();
                    source = day.is_some().then_some(DateSource::Anaphoric);
                    date = day;
                }
            }
        }
        // «…الانتخابات المقررة في 10 أيار المقبل، مؤكداً أن …»: a participle of saying after a comma is said when the
        // speaker of its sentence spoke (the date of the statement told before it), else on the report's day; a date
        // in the words it follows is not its own, nor is the plan they tell of.
        if h.entry.comma
            && h.entry.kind.family() == super::Family::Speech
            && date
                .as_ref()
                .and_then(|d| d.span)
                .is_some_and(|sp| sp.start < tspan.start)
        {
            // (The speaker's verb is the sentence's first statement; with none, its first act: «وكانت الحكومة قد
            // طردت في 9 أكتوبر أربعة دبلوماسيين، متهمة نجامينا …» accuses on the day of the expulsion.)
            let from = out.len()
                - out
                    .iter()
                    .rev()
                    .take_while(|e| e.sentence == sent_span)
                    .count();
            let told = out.get(from..).unwrap_or(&[]);
            match told
                .iter()
                .find(|e| e.kind.family() == super::Family::Speech)
                .or_else(|| told.first())
            {
                Some(e) => {
                    date = e.date.clone();
                    source = e.date_source;
                }
                None => {
                    date = None;
                    source = None;
                }
            }
            from_text = matches!(source, Some(DateSource::Explicit | DateSource::Anaphoric));
            planned = false;
        }
        if date.is_none() && undated_from.is_none() {
            if let Some(r) = ctx.reference {
                source = Some(DateSource::Document);
                date = Some(doc_date.get_or_init(|| document_date(r)).clone());
            }
        }
        // A scheduled talk or summit is one event, dated or not («لن يشارك الرئيس في القمة العربية المقبلة»).
        let dated = from_text || attributed_dated || scheduled && h.nominal;
        // A threatened or an ordered attack is kept undated: the threat or the order is the news.
        let kept = dated || called || bidden || threatened && hypothetical;
        if h.entry.weak && !kept {
            continue;
        }
        // «عندما تواجه الحكومة مظاهرات واسعة، تقطع الإنترنت وتعتقل الناشطين»: a habit (see [`habit_framed`]).
        if !from_text && habit_framed(&doc, &h, s0, c0, s1) {
            continue;
        }
        // A date after the publication day makes a reported event a planned one («تبدأ الهدنة غداً», «يزور … الأسبوع
        // المقبل»).
        if let (Some(r), Some(d), true) = (ctx.reference, &date, from_text) {
            let next_day = r
                .date()
                .succ_opt()
                .map(|d| d.and_time(chrono::NaiveTime::MIN));
            if d.interval
                .is_some_and(|iv| next_day.is_some_and(|n| iv.start >= n))
            {
                planned = true;
            }
        }

        // Participants: mentions in the clause, else in the sentence, at most [`WINDOW`] of them around the trigger.
        // The first mention of a range is found from where the previous trigger's started: triggers come in text
        // order, and so do the starts of their clauses and sentences.
        let seek = |cursor: &mut usize, a: usize| {
            let lo = a.max(i.saturating_sub(WINDOW));
            while ments.get(*cursor).is_some_and(|m| m.start < lo) {
                *cursor += 1;
            }
            *cursor
        };
        let locative = |m: &Mention| m.locative;
        let mut place: Option<Place> = None;
        let clause_ments = ending_by(&ments, seek(&mut ments_from.0, c0), c1);
        let from_clause = clause_ments.iter().any(|m| !locative(m));
        let pool = if from_clause {
            clause_ments
        } else {
            ending_by(&ments, seek(&mut ments_from.1, s0), s1)
        };
        // The event's own place: not one in a relative clause the trigger is not in, nor one inside a quotation the
        // trigger is outside of (or the reverse), nor, after a verb of saying, one in what is said after «أن/إن»
        // («قال الجيش إن طائراته قصفت مواقع في جنوب لبنان»). A place within a phrase's gap is after its verb («وقعت
        // مصر والسودان في القاهرة اتفاقاً»).
        let speech = h.entry.kind.family() == super::Family::Speech;
        let seat = |m: &Mention| m.seat;
        let own_place = |m: &&Mention| {
            let (a, b) = if m.start > i {
                (h.last + 1, m.start)
            } else {
                (m.end, i)
            };
            let elsewhere = !from_clause && in_island(&doc, m.start, clause_id, h.nominal);
            let said = speech && m.start > h.last && last_says_that(&doc, &vocab, a, b).is_some();
            !elsewhere && !said && !quote_between(&doc, a, b) && !seat(m)
        };
        let places = pool.iter().filter(|m| locative(m));
        let place_m = places
            .clone()
            .find(|m| m.start > h.first && own_place(m))
            .or_else(|| places.clone().rev().filter(|m| m.end <= i).find(own_place));
        // Whether a place is named around the trigger at all (its own or not): what makes a noun of violence or a
        // trigger that needs a participant an event reads this, not the place chosen.
        let named_place =
            place_m.is_some() || places.clone().any(|m| m.start > h.last || m.end <= i);
        // The filters below read only whether there are participants, known before their names are copied: the
        // first mention that is no place always becomes an actor (but a bare nationality after «نحو», counted here all
        // the same).
        let n_actors = pool.iter().filter(|m| !locative(m) && !seat(m)).count();
        let has_actors = n_actors > 0;
        // A definite plural of violence that nothing dates and nobody is named with speaks of violence in general
        // («تراجع حدة الهجمات»), not of one event.
        // After «في» and an act of violence of its sentence it is where that act happened («قتل خمسة مسلحين في
        // الاشتباكات»): those clashes.
        if h.nominal
            && h.definite
            && h.plural
            && h.entry.kind.family() == super::Family::Violence
            && !from_text
            && !has_actors
            && !named_place
            && !(prev_word == Some("في")
                && out.last().is_some_and(|e| {
                    e.kind.family() == super::Family::Violence && e.sentence == sent_span
                }))
            // A verb of outcome, outbreak or length right before or after it tells those acts: «أسفرت الغارات عن
            // مقتل …», «أما الغارات فأسفرت …», «استمرت الاشتباكات يومين».
            && ![i.checked_sub(1), Some(h.last + 1)].into_iter().flatten().any(|k| {
                doc.word(k).is_some_and(|w| {
                    let listed = |w: &str| EVENT_LEXICON.in_list(WordList::Specific, w);
                    // («وقعت» is listed whole: its «و» is a root letter.)
                    listed(w) || w.strip_prefix(['و', 'ف']).is_some_and(listed)
                })
            })
        {
            continue;
        }
        if h.entry.head
            && !clause_ments.iter().any(|m| !locative(m))
            && !named_place
            && !head_in_words(&doc, &cues, &h)
        {
            continue;
        }
        // «هاجم الرئيس التركي حزب المعارضة»: a politician as the subject of an attack verb that names no weapon
        // itself («قصف» does), with none named in the clause, attacks in words.
        if h.entry.kind == EventKind::Attack
            && !h.nominal
            && h.entry.mode.is_none()
            && mode_word.is_none()
            && ments
                .get(ments.partition_point(|m| m.start <= h.last))
                .is_some_and(|m| {
                    m.start == h.last + 1 && matches!(m.ty, EntityType::Person | EntityType::Office)
                })
        {
            continue;
        }
        // «اتفق الخبراء على أن الاقتصاد …»: agreeing that something is so is a view; an accord is on what is to be
        // done («اتفقوا على أن تبدأ المفاوضات»).
        if h.entry.kind == EventKind::Agreement && !h.nominal && agreed_that_view(&doc, h.last) {
            continue;
        }
        // «حصل على 178 صوتاً»: a word in «ا» right after a number is a counted noun, not a verb in the dual (a plural
        // verb, «العناصر ال54 خطفوا», is one).
        if !h.nominal
            && doc
                .word(h.first)
                .is_some_and(|w| w.ends_with('ا') && !w.ends_with("وا"))
            && h.first
                .checked_sub(1)
                .and_then(|p| doc.toks.get(p))
                .is_some_and(|t| t.kind == Tk::Num)
        {
            continue;
        }
        // «أصاب السياحة في مقتل»: a bare noun after its word of an idiom, with no genitive after it, is a figure.
        if !h.entry.idiom.is_empty()
            && h.first == h.last
            && !h.definite
            && doc
                .word(h.first)
                .is_some_and(|w| !w.ends_with(['ه', 'ا', 'م']))
            && h.first
                .checked_sub(1)
                .and_then(|p| doc.word(p))
                .is_some_and(|w| h.entry.idiom.iter().any(|x| x == w))
            && !doc
                .toks
                .get(h.last + 1)
                .is_some_and(|t| matches!(t.kind, Tk::Word | Tk::Num))
        {
            continue;
        }
        if !h.entry.unless.is_empty()
            && doc
                .word(h.last + 1)
                .is_some_and(|w| h.entry.unless.contains(&rest_key(w)))
        {
            continue;
        }
        // «تظاهر الآلاف تنديداً بالغارات»: an accusative of purpose, the reason of another act.
        // A pronoun suffix («دعمها للنظام») makes it no accusative of purpose.
        if !h.entry.purpose.is_empty()
            && h.nominal
            && !h.definite
            && h.first == h.last
            && doc
                .word(h.first)
                .is_some_and(|w| w.ends_with('ا') && !w.ends_with("ها"))
            && doc.word(h.last + 1).is_some_and(|w| {
                h.entry.purpose.iter().any(|p| {
                    if p.chars().count() == 1 {
                        w.starts_with(p.as_str())
                    } else {
                        w == p
                    }
                })
            })
        {
            continue;
        }
        // (From the phrase's second word: the words in its gap count too, «نشرت الوزارة صوراً لوحدات الجيش».)
        if !h.entry.not_near.is_empty()
            && (h.first + 1..c1.min(h.last + 1 + super::lexicon::NEAR))
                .take_while(|&j| match doc.toks.get(j).map(|t| t.kind) {
                    Some(Tk::Punct('"' | '“' | '”' | '«' | ':')) => false,
                    Some(Tk::Word) => vocab
                        .info(j)
                        .is_none_or(|x| x.has & WordInfo::SAYS_THAT == 0),
                    _ => true,
                })
                .any(|j| doc.word(j).is_some_and(|w| h.entry.near_blocks(w)))
        {
            continue;
        }
        if h.entry.taa
            && !doc
                .toks
                .get(h.first)
                .is_some_and(|t| orig_word(t.start, t.end).contains('ة'))
        {
            continue;
        }
        if let Some((key, after)) = &h.entry.maqsura {
            let written = doc
                .toks
                .get(h.first)
                .map_or("", |t| orig_word(t.start, t.end));
            // The last letter as written, past any diacritics.
            let last = written
                .chars()
                .rev()
                .find(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ'));
            let bare = doc
                .word(h.first)
                .is_some_and(|w| w.strip_prefix(['و', 'ف']).unwrap_or(w) == key.as_str());
            if bare
                && last == Some('ي')
                && !i
                    .checked_sub(1)
                    .and_then(|p| doc.word(p))
                    .is_some_and(|p| after.iter().any(|a| a == p.strip_prefix('و').unwrap_or(p)))
            {
                continue;
            }
        }
        // An imperfect often follows its subject («تعزيزات إضافية ستصل إلى المدينة», «الشحنة تصل غداً إلى الميناء»).
        let before_by = if h.imperfect || h.future {
            i.saturating_sub(3).max(c0)..i
        } else {
            i..i
        };
        if !h.entry.not_by.is_empty()
            && before_by.chain(h.first + 1..h.first + 2).any(|j| {
                doc.word(j)
                    .is_some_and(|w| h.entry.not_by.contains(&rest_key(w)))
            })
            && !(h.entry.object && charged(&doc, h.last))
        {
            continue;
        }

        if let Some(m) = place_m {
            let sp = *m
                .span
                .get_or_init(|| mapper.span_from(m.start, m.skip, m.end));
            place = Some(Place {
                name: text_of(sp),
                entity: m.ty,
                key: m.key.clone(),
                country: m.country.map(Cow::Borrowed),
                span: sp,
            });
        }
        let mut after_count = 0;
        let prep_ended = h.first != h.last
            && matches!(
                h.entry.kind,
                EventKind::Statement | EventKind::Demand | EventKind::Seizure
            )
            && (h.first + 1..=h.last).any(|k| {
                doc.word(k)
                    .is_some_and(|w| matches!(w, "الي" | "علي" | "عن"))
            });
        // A perfect verb written with a damma is passive («قُتل», «اُستهدف»), and so is a passive lemma («اغتيل»):
        // what follows it is the patient.
        let passive = !h.nominal
            && !h.imperfect
            && (h.entry.passive || {
                // A one-word trigger's span is its word's.
                let first_word = if h.first == h.last {
                    text.get(tspan.range()).unwrap_or("")
                } else {
                    doc.toks
                        .get(h.first)
                        .map(|t| orig_word(t.start, t.end))
                        .unwrap_or("")
                };
                // The damma (U+064F) is the two bytes D9 8F, compared in place (a short word: a char search sets up
                // more than it saves).
                first_word.as_bytes().windows(2).any(|w| w == [0xD9, 0x8F])
                // A count right after the verb is its subject undergoing it: «قتل خمسة جنود عراقيين», «اعتقل 12
                // شخصاً» (the active verb comes after its subject or before a named one: «قتل مسلحون خمسة جنود»).
                || (h.first == h.last
                    && patient_first(h.entry.kind)
                    && doc.toks.get(h.last + 1).is_some_and(|t| {
                        t.bits & (crate::lexicon::bits::NUM | crate::lexicon::bits::CARDINAL) != 0
                    }))
                // So is an indefinite noun of a person who undergoes it, not in the construct before a definite
                // word: «قتل جندي تركي», «اعتقل شخصان من الحزب» (but «قتل جنود الاحتلال شاباً»).
                || (h.first == h.last
                    && person_act(h.entry.kind)
                    && doc
                        .word(h.last + 1)
                        .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Victim, w))
                    && !doc.word(h.last + 2).is_some_and(|w| w.starts_with("ال")))
            });
        // A verb that opens its clause comes before its subject («استهدفت إسرائيل موقعاً لحزب الله», «وقد استهدفت
        // الطائرات …»): a verb of targeting is then no cue that the name after it is the target, as it is after its
        // subject («الهجوم الذي استهدف القاعدة», «غارة استهدفت موقعاً»).
        let verb_first = !h.nominal
            && (i == c0
                || (i == c0 + 1
                    && doc.word(c0).is_some_and(|w| {
                        matches!(w, "قد" | "وقد" | "فقد" | "لقد" | "كما" | "ثم")
                    })));
        // After such a verb, a name is its subject when only definite words or event nouns stand between
        // («استهدفت الطائرات الأمريكية …», «استهدفت غارة إسرائيلية …»); after an indefinite object the subject was
        // left unsaid («… هجوماً؛ استهدف مواقع لتنظيم داعش»: the target).
        let subject_after = |start: usize| {
            (h.last + 1..start).all(|k| {
                doc.word(k).is_some_and(|w| {
                    w.strip_prefix('و').unwrap_or(w).starts_with("ال")
                        || !vocab.triggers(k).is_empty()
                })
            })
        };
        // A nationality adjective right after an event noun is the side that acts («غارة إسرائيلية», «الغارات
        // الجوية الإسرائيلية», «عقوبات أمريكية»), one manner adjective between at most; after a noun of what befalls
        // a person it is mostly the person («مقتل إسرائيلي», «اعتقال فلسطينيين»). Of an act of violence it is also
        // the side behind the harm the act did («قتل 14 شخصاً في غارة إسرائيلية»).
        let person_kind = |k: EventKind| person_act(k) || k == EventKind::Release;
        let by_nationality = |m: &Mention, after_count: usize| {
            // («للفلسطينيين» with a preposition is a noun: «هجمات معادية للفلسطينيين»; a plural may name the people
            // who undergo it: «قصف الفلسطينيين».)
            if !m.adjective
                || m.skip != 0
                || m.prefixed
                || !doc
                    .word(m.start)
                    .is_some_and(|w| !w.starts_with("لل") && EVENT_LEXICON.singular_nationality(w))
            {
                return false;
            }
            let noun = if m.start >= 1
                && doc
                    .word(m.start - 1)
                    .is_some_and(|w| w.ends_with('ي') || w.ends_with("يه"))
                && m.start >= 2
                && vocab.triggers(m.start - 2).iter().any(|r| {
                    r.entries.iter().any(|e| {
                        matches!(
                            e.kind.family(),
                            super::Family::Violence | super::Family::Sanction
                        )
                    })
                }) {
                m.start - 2
            } else {
                m.start.saturating_sub(1)
            };
            if noun == h.last && h.nominal {
                // Of an act of two sides or a vote, the adjective names one party or the country, no actor.
                return after_count == 1
                    && !person_kind(h.entry.kind)
                    && !matches!(
                        h.entry.kind,
                        EventKind::Agreement
                            | EventKind::Meeting
                            | EventKind::Clash
                            | EventKind::Cooperation
                            | EventKind::Ceasefire
                            | EventKind::Election
                            | EventKind::Vote
                    );
            }
            h.entry.kind.family() == super::Family::Violence
                && vocab.triggers(noun).iter().any(|r| {
                    r.entries.iter().any(|e| {
                        e.nominal
                            && !person_kind(e.kind)
                            && e.kind.family() == super::Family::Violence
                    })
                })
        };
        let nearest_before = pool
            .iter()
            .filter(|m| !locative(m) && m.end <= i)
            .map(|m| m.start)
            .max();
        // The subject of «قام بـ», «تبنى» or «أعلن المسؤولية عن» before a verbal noun is the agent of its event.
        // (A verbal noun may read as a verb too: «وتبنت الحركة قتل شرطيين».)
        let claimed = claimant(&doc, &cues, pool, h.first);
        // Who a visit noun's visitor is, when not its genitive: the subject of the verb before «في زيارة», or the
        // delegation after «زيارة لـ» (see [`visitor`]).
        let visiting = if from_clause && h.nominal && h.entry.kind == EventKind::Visit {
            visitor(&doc, pool, c0, h.first, h.last)
        } else {
            None
        };
        // «تنظيم داعش الذي اجتاح مدينة الرقة … أعدم …»: a perfect verb past the relative clause's own verb, with no
        // name but places and no punctuation between, has the relative's antecedent for its subject (the relative
        // clause runs on to it). (Not after a comma, «… الذي توعد بسحق التمرد الحكم، قتل أكثر من 750 شخصاً», nor an
        // imperfect of the relative clause, «أردوغان الذي واجه انتقادات تتهمه».)
        let antecedent = if !from_clause
            && !h.nominal
            && !h.imperfect
            && !h.future
            && i > c0 + 1
            // (A verb with «و/ف» is still the relative clause's: «إعلان القاهرة الذي أكد خلاله الجانبان … ورفض …».)
            && !doc.word(h.first).is_some_and(|w| w.starts_with(['و', 'ف']))
            && doc.islands.get(clause_id).copied().unwrap_or(false)
            && (c0..i).all(|k| doc.toks.get(k).is_some_and(|t| matches!(t.kind, Tk::Word | Tk::Num)))
        {
            let between = pool
                .iter()
                .any(|m| m.start > c0 && m.start < i && !m.locative && !inert_place(m));
            pool.iter()
                .rfind(|m| {
                    m.end == c0
                        && !m.locative
                        && !m.adjective
                        && !matches!(
                            m.ty,
                            EntityType::City | EntityType::Region | EntityType::Base
                        )
                })
                .filter(|_| !between)
                .map(|m| m.start)
        } else {
            None
        };
        let mut actors: Vec<Actor> = Vec::with_capacity(n_actors);
        // The actor a mention names, in a role.
        let actor_of = |m: &Mention, role: Option<Role>| {
            let sp = *m
                .span
                .get_or_init(|| mapper.span_from(m.start, m.skip, m.end));
            Actor {
                name: text_of(sp),
                entity: m.ty,
                key: m.key.clone(),
                country: m.country.map(Cow::Borrowed),
                role,
                span: sp,
            }
        };
        // The end of the last title named with a role, and that role (see below).
        let mut apposed: Option<(usize, Role)> = None;
        // The end of the acting body's nationality after a verbal noun, where its object begins (see below).
        let mut subject_end: Option<usize> = None;
        // Set once the verb's subject is named right before it («الطيران الإسرائيلي قصف …», «رئيس المجلس طالب …»):
        // the first name after the verb is then its object, not a second subject.
        let mut subject_before = false;
        // How far the words after the trigger were searched for a word of suspicion, and the first one found.
        let mut suspect: (usize, Option<usize>) = (h.last + 1, None);
        for m in pool.iter().filter(|m| !locative(m)) {
            if actors.iter().any(|a| a.key == m.key) {
                continue;
            }
            // A nationality adjective right after a preposition has no head noun: it names people or a topic, no
            // actor («التصعيد نحو الإيرانيين»).
            if m.adjective
                && m.skip == 0
                && m.start
                    .checked_sub(1)
                    .and_then(|p| doc.word(p))
                    .is_some_and(|w| EVENT_LEXICON.in_list(WordList::NoHead, w))
            {
                continue;
            }
            // A nationality after a border noun says where, not who («على الحدود الجزائرية»).
            // (Also a definite country's name, which there reads as the adjective: «عبر الحدود السعودية».)
            let at_border = (m.adjective
                || m.ty == EntityType::Country
                    && m.skip == 0
                    && doc.word(m.start).is_some_and(|w| w.starts_with("ال")))
                && m.start
                    .checked_sub(1)
                    .and_then(|p| doc.word(p))
                    .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Frontier, w));
            // (The body whose seat it is stands before it: after a verb, that body is its subject, and the next name
            // its object: «اتهم معهد … ومقره واشنطن، إيران بـ…».)
            if seat(m) {
                subject_before |= !h.nominal && m.start > h.last;
                continue;
            }
            // «هجوم لمسلحي داعش», «غارات للطيران الإسرائيلي», «هجوم لحركة الشباب»: a force named with «لـ» right
            // after the noun of an attack carries it out.
            // Set when the agent is named after its men (see below): «لـ» then names whose men they are.
            let mut by_members = false;
            let force = from_clause
                && h.nominal
                && h.entry.kind == EventKind::Attack
                && attack_force(&doc, m, h.last);
            let role = if !from_clause {
                (antecedent == Some(m.start)).then_some(Role::Agent)
            } else if force || claimed == Some(m.start) || visiting == Some(m.start) {
                Some(Role::Agent)
            } else {
                let before2 = m.start.saturating_sub(2)..m.start;
                let cue_role = before2.clone().find_map(|j| {
                    cues.of(j, bit(CueKind::Agent) | bit(CueKind::Target))
                        .iter()
                        .find_map(|c| match c.cue.kind {
                            // The perpetrator of an act told («في هجوم نفذه الحزب») is not the speaker who tells it.
                            CueKind::Agent
                                if c.end <= m.start
                                    && h.entry.kind.family() != super::Family::Speech =>
                            {
                                Some(Role::Agent)
                            }
                            CueKind::Target
                                if c.end <= m.start
                                    && m.start > h.first
                                    && !(verb_first && j == h.first && subject_after(m.start)) =>
                            {
                                Some(Role::Target)
                            }
                            _ => None,
                        })
                });
                // «من قبل مسلحين تابعين لتنظيم داعش», «على يد مسلحين من تنظيم الدولة»: the agent's cue before the
                // men of the force named after them.
                let cue_role = cue_role.or_else(|| {
                    if h.entry.kind.family() == super::Family::Speech {
                        return None;
                    }
                    let k = members_before(&doc, m)?;
                    (k.saturating_sub(2)..k)
                        .any(|j| cues.of(j, bit(CueKind::Agent)).iter().any(|c| c.end <= k))
                        .then(|| {
                            by_members = true;
                            Role::Agent
                        })
                });
                if cue_role.is_some() {
                    cue_role
                } else if m.start > h.last && prep_ended {
                    // After a trigger that ends in its preposition («أشار إلى», «شدد المجلس على أهمية», «دعا إلى»,
                    // «السيطرة على») come what is said, called for or taken, not who acts.
                    None
                } else if said_from.is_some_and(|j| m.start > j) {
                    // Named in what a speaker says, not the speaker («قالت مصادر محلية إن قوات الدعم السريع
                    // قصفت …»).
                    None
                } else if m.start > h.first {
                    after_count += 1;
                    let right_after = m.start <= h.last + 2;
                    if by_nationality(m, after_count) {
                        Some(Role::Agent)
                    } else if passive
                        // (No other act told between: «اغتيل القيادي في غارة أمر بها نتنياهو».)
                        && tspans.get(hk + 1).is_none_or(|next| {
                            next.start
                                >= m
                                    .span
                                    .get_or_init(|| mapper.span_from(m.start, m.skip, m.end))
                                    .start
                        })
                        && (after_count == 1
                            || m.ty == EntityType::Person
                                && (h.last + 1..m.start).all(|k| {
                                    doc.word(k)
                                        .is_some_and(|w| w != "في" && !w.starts_with('ب'))
                                }))
                    {
                        // (A person named after a passive verb undergoes it, also after a title naming his
                        // party: «اغتيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية»; not past another act or a
                        // phrase of place or means: «اغتيل القيادي في غارة أمر بها نتنياهو».)
                        Some(Role::Target)
                    } else if passive {
                        None
                    } else if h.entry.kind == EventKind::Verdict && m.ty == EntityType::Person {
                        // The court sentences, named by its noun in the phrase («قضت محكمة … بحبس الناشط أحمد
                        // السوداني»): a person named after the verb is the one sentenced or acquitted.
                        Some(Role::Target)
                    } else if patient_first(h.entry.kind) {
                        if m.adjective
                            && m.skip == 0
                            && subject_nationality(&doc, h.last + 1, m.start)
                            // (A verb whose subject is its suffix has an object after it: «اتهموا القوات …».)
                            && !doc.word(h.first).is_some_and(|w| w.ends_with("وا"))
                            && (!h.nominal || doc.word(m.end).is_some_and(|w| w.starts_with('ل')))
                        {
                            // The nationality of the body that acts, right after the verb or in the genitive of
                            // its noun before an object with «لـ» («اعتقلت قوات الأمن التونسية الناشط …», «اعتقال
                            // الشرطة المصرية للمدون …»): the names after it are the verb's object.
                            after_count -= 1;
                            subject_end = Some(m.end);
                            Some(Role::Agent)
                        } else if h.nominal
                            && h.entry.kind == EventKind::Attack
                            && m.start == h.last + 1
                            && m.skip == 0
                            && (!m.adjective
                                && doc.word(m.end).is_some_and(|w| matches!(w, "علي" | "ضد"))
                                && doc.word(m.end + 1) != Some("يد")
                                // The group in the genitive of a noun that names an attack, not a verbal noun
                                // of hitting («هجمات بوكو حرام», «هجوم حوثي»; not «استهداف تنظيم داعش»).
                                || m.ty == EntityType::Group
                                    && doc.word(h.last).is_some_and(|w| {
                                        EVENT_LEXICON
                                            .in_list(WordList::AttackName, strip_article(w))
                                    }))
                        {
                            // The genitive of an attack noun before its target with «على/ضد» is who attacks
                            // («باعتداء الحوثيين على ناقلة نفط», «غارات التحالف على صنعاء»).
                            subject_end = Some(m.end);
                            Some(Role::Agent)
                        } else if h.nominal
                            && (subject_end == Some(m.start)
                                || right_after && after_count == 1
                                || after_count == 1
                                    && person_act(h.entry.kind)
                                    && partitive_count(&doc, h.last + 1, m))
                        {
                            // (The object after the acting body's nationality, else the name right after, or the
                            // side of those counted after the noun: «مقتل 13 من مسلحي الحوثي».)
                            Some(Role::Target)
                        } else if !h.nominal && after_count == 1 {
                            // After an unnamed subject the first name is the verb's object («اعتقلت قوات الأمن
                            // الناشطة سناء يوسف», «خطف مسلحون مدير المصرف»).
                            if subject_before {
                                // (After a subject named right before the verb, as well.)
                                Some(Role::Target)
                            } else if doc.word(h.first).is_some_and(subject_suffixed)
                                && (m.start <= h.last + 2 || seldom_passive(h.entry.kind))
                            {
                                // A verb whose subject is its plural suffix has no subject after it: the name
                                // is its object («هاجموا تركيا», «اعتقلوا أعضاء حركة حماس»). (Far from a verb
                                // that is often passive the name may tell by whom: «قتلوا … على يد …».)
                                Some(Role::Target)
                            } else if partitive_count(&doc, h.last + 1, m) {
                                // A count of the victims' side after the verb («قتل نحو 15 من ميليشيا
                                // الحوثي»): the verb is passive, the side the one it befell.
                                Some(Role::Target)
                            } else if members_before(&doc, m) == Some(h.last + 1) {
                                // The men right after the verb, then their force with «من» («اقتحم متشددون من
                                // تنظيم الدولة نقطة تفتيش»): its subject.
                                by_members = true;
                                Some(Role::Agent)
                            } else if subject_owner(&doc, h.last + 1, m) {
                                // The body the unnamed subject belongs to acts with it («قصف الطيران الحربي
                                // التابع للجيش السوداني معسكرات …»).
                                by_members = true;
                                Some(Role::Agent)
                            } else if unnamed_subject(&doc, h.last + 1, m.start) {
                                Some(Role::Target)
                            } else {
                                Some(Role::Agent)
                            }
                        } else if !h.nominal {
                            Some(Role::Target)
                        } else {
                            None
                        }
                    } else if after_count == 1
                        // (Not after a verb whose subject is its plural suffix: «اتفقوا على … لدحر داعش», nor
                        // one whose subject stands right before it.)
                        && (h.nominal || !subject_before && !doc.word(h.first).is_some_and(subject_suffixed))
                        && (m.ty != EntityType::Country
                            // The nationality of the verb's definite subject («أعلن الجيش الأردني», «قالت
                            // الخارجية الأمريكية», «رفض المصريون»), when none stands before the verb (after
                            // one, the noun is the object: «الرئيس سيزور العاصمة الروسية»).
                            || !h.nominal
                                && m.adjective
                                && m.start > h.last
                                && m.start <= h.last + 2
                                && nearest_before.is_none_or(|b| b < c0)
                                // (Not after a phrase's preposition: «سيبحث مع المسؤولين الإيرانيين».)
                                && !doc.word(h.last).is_some_and(|w| {
                                    matches!(w, "مع" | "الي" | "علي" | "من" | "عن" | "في" | "ب")
                                })
                                // (The noun between is one that acts or speaks, not the verb's object: «ورفض
                                // الطلب الإسرائيلي».)
                                && (h.last + 1..m.start).all(|k| {
                                    doc.word(k).is_some_and(|w| {
                                        w.strip_prefix("ال").is_some_and(|b| {
                                            EVENT_LEXICON.in_list(WordList::Institution, b)
                                                || EVENT_LEXICON.in_list(WordList::Body, b)
                                                || EVENT_LEXICON.in_list(WordList::SpeakerNoun, b)
                                        })
                                    })
                                })
                            // A country right after a verb that opens its clause is its subject («وقعت الإمارات
                            // … اتفاقية», «أرسلت قطر طائرة مساعدات»).
                            // Not after «نـ» of the first person («نطالب أميركا»).
                            || verb_first
                                && m.start == h.first + 1
                                && m.skip == 0
                                && !(h.imperfect
                                    && doc.word(h.first).is_some_and(|w| {
                                        w.strip_prefix(['و', 'ف']).unwrap_or(w).starts_with('ن')
                                    })))
                    {
                        Some(Role::Agent)
                    } else {
                        None
                    }
                } else if Some(m.start) == nearest_before
                    && !h.nominal
                    && doc.word(h.first).is_some_and(subject_suffixed)
                    && !seldom_passive(h.entry.kind)
                    && partitive_count(&doc, c0, m)
                {
                    // The side of those counted before a verb that is often passive («أكثر من 260 مقاتلاً من
                    // حزب العمال قتلوا»): it befell them.
                    Some(Role::Target)
                } else if Some(m.start) == nearest_before
                    && !h.nominal
                    // Not in a phrase of topic or frame that opens the clause before the verb («وفي سياق
                    // مناهضة ميليشيات الحوثي أعلنت مقاومة المناطق الوسطى …», «وحول زيارة خالد مشعل، أكد الجبير»):
                    // the subject comes after the verb. (After the phrase's comma a name may be the subject again:
                    // «في غضون ذلك، أعلن تنظيم داعش سيطرته».)
                    && !(m.start > c0 + 1
                        && topic_opener(&doc, c0)
                        && (c0..m.start).all(|k| {
                            !doc.comma(k)
                        }))
                    // A nationality with no noun of a body before it names a topic, not the subject («وبشأن الملف
                    // الليبي، قال …», «التصعيد نحو الإيرانيين»).
                    && (!m.adjective || headed_nationality(&doc, m))
                    // The subject of a verb of judgement right before it is the judge, not the agent of the act
                    // judged («أدانت منظمة العفو الدولية قصف قوات …»).
                    && !m.start.checked_sub(1).is_some_and(|p| {
                        vocab.triggers(p).iter().any(|r| {
                            r.entries.iter().any(|e| !e.nominal && e.kind == EventKind::Accusation)
                        })
                    })
                    // A name inside a relative clause before the verb belongs to the relative's own verb («وفي
                    // المناطق التي تسيطر عليها قسد، اغتال مسلحون …»).
                    && (m.start <= c0 || !doc.islands.get(clause_id).copied().unwrap_or(false))
                    // Not across a bare «أن/إن»: the speaker of «قالت الحكومة إن الجيش اعتقل …» did not arrest; with a
                    // pronoun the speaker is the subject («قالت إسرائيل إنها قصفت …»), and after «بعد», «قبل», «منذ»
                    // «أن» begins a time, not what is said («منذ أن وقع الحزب اتفاقاً»).
                    && !last_says_that(&doc, &vocab, m.end, i).is_some_and(|j| {
                        doc.word(j).is_some_and(|w| matches!(w, "ان" | "بان" | "وان"))
                            && !j.checked_sub(1).and_then(|p| doc.word(p)).is_some_and(|p| {
                                matches!(p, "بعد" | "قبل" | "منذ" | "وبعد" | "وقبل" | "ومنذ")
                            })
                    })
                {
                    Some(Role::Agent)
                } else {
                    None
                }
            };
            // A name written with the dative «لـ» owns the object or is what the act is for («مخازن أسلحة
            // للحوثيين», «أعلنت ولاءها لتنظيم داعش»), never the one who acts, unless it is the force the act is of.
            // Nor is a place («تنظيم داعش الذي احتل الموصل»), but for a capital that stands for its government
            // («أعلنت طهران»).
            // A name after a preposition of topic that follows the trigger is what is spoken of, not who acts
            // («محادثات … بشأن مصير الرئيس السوري بشار الأسد»).
            let topic = |r: Role| {
                r == Role::Agent
                    && m.start > h.last
                    && (h.last + 1..m.start).any(|k| topic_prep(&doc, k))
            };
            // A name after a word of suspicion that follows the trigger is what someone is suspected of belonging to
            // («اعتقلت الشرطة أشخاصاً يشتبه بانتمائهم إلى تنظيم داعش»), no participant.
            // (Looked for only for a name with a role, and each word after the trigger at most once per event.)
            let suspected = role.is_some() && m.start > h.last && {
                let (upto, found) = &mut suspect;
                while found.is_none() && *upto < m.start {
                    if doc.word(*upto).is_some_and(|w| {
                        EVENT_LEXICON.in_list(WordList::Suspected, strip_article(w))
                    }) {
                        *found = Some(*upto);
                    }
                    *upto += 1;
                }
                found.is_some_and(|k| k < m.start)
            };
            let of_act = h.entry.kind.family() == super::Family::Speech
                && m.start > h.last + 1
                && act_noun_ends.binary_search(&(m.start - 1)).is_ok();
            let role = role.filter(|&r| {
                !at_border
                    && !topic(r)
                    && !suspected
                    && (r != Role::Agent || !of_act)
                    // The one appointed is a person or an office's holder, not the place of the post
                    // («عينه الحوثيون محافظاً لعدن»).
                    && (r != Role::Target
                        || h.entry.kind != EventKind::Appointment
                        || matches!(m.ty, EntityType::Person | EntityType::Office))
                    && (r != Role::Agent
                        || (force || by_members || !dative(&doc, m))
                            && (!matches!(
                                m.ty,
                                EntityType::City | EntityType::Region | EntityType::Base
                            ) || EVENT_LEXICON.in_list(WordList::ActingPlace, &m.key)))
            });
            // A person set off by a comma right after a title is its holder, in its role («قال وزير الخارجية
            // الإيراني، عباس عراقجي، في مؤتمر صحفي …»).
            let role = match (role, apposed) {
                (None, Some((end, r)))
                    if m.ty == EntityType::Person && m.start == end + 1 && doc.comma(end) =>
                {
                    Some(r)
                }
                _ => role,
            };
            apposed = role
                .filter(|_| m.ty == EntityType::Office && from_clause)
                .map(|r| (m.end, r));
            subject_before |= role == Some(Role::Agent)
                && !h.nominal
                && !mutual(h.entry.kind)
                && m.start < h.first
                && (m.end == h.first || m.end + 1 == h.first && doc.word(m.end) == Some("قد"))
                && bare_subject(&doc, c0, m);
            actors.push(actor_of(m, role));
        }
        // «العقوبات التي فرضتها وزارة الخزانة», «الهجوم الذي شنه التنظيم»: the subject of a relative clause's verb
        // right after an event noun, whose object pronoun is that noun, is who did it.
        if h.nominal {
            if let Some(m) = relative_subject(&doc, &ments, h.last) {
                match actors.iter_mut().find(|a| a.key == m.key) {
                    Some(a) => a.role = Some(Role::Agent),
                    None => actors.push(actor_of(m, Some(Role::Agent))),
                }
            }
        }

        // One event per kind and clause: «توقيع اتفاق», «انعقد حوار» report one event, which takes in the
        // participants of the others.
        // «أدانتهم بمنح أراضٍ» after a court named before it in the sentence («قضت المحكمة بسجنهم، بعد أن أدانتهم
        // …»): a conviction, not a condemnation.
        let convicted = h.entry.kind == EventKind::Accusation
            && !h.nominal
            && doc.word(i).is_some_and(|w| w.contains("دان"))
            && (s0.max(i.saturating_sub(COURT_REACH))..i).any(|k| {
                doc.word(k).is_some_and(|w| {
                    matches!(
                        w.strip_prefix('و').unwrap_or(w),
                        "المحكمه" | "محكمه" | "القاضي" | "القضاء" | "للمحكمه" | "بالمحكمه"
                    )
                })
            });
        let kind = if convicted {
            EventKind::Verdict
        } else {
            h.entry.kind
        };
        let slot = clause_kinds.get_mut(kind as usize);
        // Two killings each with its own count of dead are two tolls, not one event told twice («قتل 12 مسلحاً في
        // اشتباكات أسفرت عن مقتل جنديين»); the same count twice is one toll told again («مقتل 57 مدنياً … وقتل 57
        // مدنياً»): the count and the word after it (who was counted: «ثلاثة جنود … ثلاثة مدنيين» are two).
        let toll =
            (kind == EventKind::Killing && toll_after(&doc, h.last + 1)).then_some(h.last + 1);
        let other_toll = |s: &(usize, usize, Option<usize>, usize)| match (toll, s.2) {
            (Some(a), Some(b)) => {
                let text = |k: usize| doc.toks.get(k).and_then(|t| doc.text.get(t.start..t.end));
                text(a) != text(b) || text(a + 1) != text(b + 1)
            }
            _ => false,
        };
        // Nor is a verb right after «بعد أن», «قبل أن» the event told before it: it tells an act of its own, earlier
        // or later («يعقد الوزراء اجتماعاً يوم 15 شعبان، بعد أن التقى الأمين العام الوزير أمس»).
        // So is a noun in such a clause («برّأ المجلس الوزير، بعد أن استأنفت النيابة حكماً ابتدائياً بسجنه»: the
        // first sentence is another verdict): «بعد أن» between the two mentions.
        let subordinate = |from: usize| {
            (from + 1..=i).any(|p| {
                doc.word_bytes(p) == Some("ان".as_bytes())
                    && p.checked_sub(1)
                        .and_then(|q| doc.word(q))
                        .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Frame, w))
            })
        };
        // An entry of an earlier clause is no longer of use.
        // A future verb after an event told as done is another act of that kind in its frame («وعلى هامش القمة
        // سيلتقي ولي العهد الرئيس السوري»), not the same told again.
        let later_act = h.future && !h.nominal && planned && !hypothetical;
        let modality = if hypothetical {
            Modality::Hypothetical
        } else if planned {
            Modality::Planned
        } else {
            Modality::Actual
        };
        let polarity = if negative {
            Polarity::Negative
        } else {
            Polarity::Positive
        };
        // An event of the kind told with another modality is another act («اجتمع المبعوث بميقاتي، على أن يتوجه إلى
        // تل أبيب لإجراء محادثات», «نفى أن تكون القوات بدأت الانسحاب، مؤكداً أن جدول الانسحاب سيعلن»); so is what a
        // meeting discusses («يلتقي خلالها البرهان لبحث سبل استئناف المفاوضات»). (Polarity alone does not part
        // them: «أفشلت مخططاً لتفجير سيارة مفخخة» is one foiled bombing.)
        // And so is what is to follow it, after «، على أن» («…، على أن يتوجه مساءً إلى تل أبيب لإجراء محادثات»).
        let punct = |p: usize| matches!(doc.toks.get(p).map(|t| t.kind), Some(Tk::Punct(_)));
        let discussed = |from: usize| {
            (i.saturating_sub(3)..i).any(|p| {
                doc.word(p)
                    .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Discussed, w))
            }) || (from + 1..i.saturating_sub(1)).any(|p| {
                doc.word(p) == Some("علي") && doc.word(p + 1) == Some("ان") && punct(p - 1)
            })
        };
        // A cause kept apart from the act's day (see `cause_apart`) is another event than one of its kind told with
        // the act («أعلن أنه استهدف موقعاً، رداً على غارة»).
        // «استقبل الرئيس ضيفه في القصر، وبحث معه …»: a meeting whose partner is a pronoun after «مع» goes on with the
        // one told before it in its sentence.
        let resumed = h.entry.kind.family() == super::Family::Diplomacy
            && doc
                .word(h.last)
                .is_some_and(|w| matches!(w, "معه" | "معها" | "معهم" | "معهما"));
        let prev = slot
            .as_ref()
            // A mention in a past of no known day («وتحتجز السلطات الصحفي منذ اعتقلته قوة أمنية») is an act of
            // its own, before the one told.
            .filter(|s| {
                (s.0 == clause_id
                    || resumed && out.get(s.1).is_some_and(|e| e.sentence == sent_span))
                    && !cause
                    && !other_toll(s)
                    && !subordinate(s.3)
                    && undated_from.is_none()
                    // The participle of saying after a comma is a saying of its own, in the same breath as the
                    // one before it («وقال الوزير إن …، معتبراً أن …»).
                    && !h.entry.comma
            })
            .map(|s| s.1)
            .filter(|&k| !(later_act && out.get(k).is_some_and(|e| e.modality == Modality::Actual)))
            // After «خلال», «أثناء» a mention told with the other polarity is the frame of the one before, another
            // act: «لم تعتقل أي لاجئ خلال المداهمات» tells raids that took place.
            .filter(|&k| !(during(&h) && out.get(k).is_some_and(|e| e.polarity != polarity)))
            // So is one told with the other polarity after a comma: «انتهت الجولة دون اتفاق، بعد سنوات على توقيع
            // اتفاق الإطار» tells an accord signed before; and one after the comma that ends a sentence's opening
            // condition: «في حال هاجمت الميليشيات المطار، سترد القوات بقصف مواقعها» tells the reprisal.
            .filter(|&k| {
                let comma_between = slot
                    .as_ref()
                    .is_some_and(|s| (s.3 + 1..i).any(|p| doc.comma(p)));
                !(comma_between
                    && (out.get(k).is_some_and(|e| e.polarity != polarity)
                        || opens_condition(&doc, s0)))
            })
            // Only an event told as to come is parted so: a mention of the same event in a condition or a
            // question stays one («أي هجوم على دولة عضو هو هجوم على كل الأعضاء»). After an act told as done it needs
            // a comma or a quotation mark in between, and no word after it that schedules it («أدلى الناخبون
            // بأصواتهم في الانتخابات المبكرة» is one election).
            .filter(|&k| {
                modality != Modality::Planned
                    || !slot.as_ref().is_some_and(|s| {
                        discussed(s.3)
                            || !scheduled
                                && out.get(k).is_some_and(|e| e.modality == Modality::Actual)
                                && (s.3 + 1..i).any(punct)
                    })
            });
        if let Some(k) = prev {
            // A mention that yields takes this trigger instead (see the option `yields`).
            if let Some(y) = yielding.iter().position(|&y| y == k) {
                yielding.swap_remove(y);
                if let Some(prev_ev) = out.get_mut(k) {
                    prev_ev.trigger = Trigger {
                        span: tspan,
                        text: text_of(tspan),
                    };
                }
            }
        }
        if let Some(prev_ev) = prev.and_then(|k| out.get_mut(k)) {
            for a in actors {
                if !prev_ev.actors.iter().any(|b| b.key == a.key) {
                    prev_ev.actors.push(a);
                }
            }
            if prev_ev.place.is_none() {
                prev_ev.place = place;
            }
            continue;
        }

        // Codes.
        let mode = h.entry.mode.as_deref().or_else(|| {
            if kind == EventKind::Attack {
                mode_word.map(String::as_str)
            } else {
                kind.plover_mode()
            }
        });
        let ev = Event {
            kind,
            trigger: Trigger {
                span: tspan,
                text: text_of(tspan),
            },
            date,
            date_source: source,
            actors,
            place,
            polarity,
            modality,
            sentence: sent_span,
            plover: h
                .entry
                .plover
                .as_deref()
                .or(kind.plover())
                .map(Cow::Borrowed),
            plover_mode: mode.map(Cow::Borrowed),
            cameo: h
                .entry
                .cameo
                .as_deref()
                .filter(|_| !convicted)
                .or(kind.cameo())
                .map(Cow::Borrowed),
        };
        if let Some(s) = slot {
            *s = (clause_id, out.len(), toll, h.first);
        }
        if h.entry.yields {
            yielding.push(out.len());
        }
        if doc
            .word(h.last + 1)
            .is_some_and(|w| EVENT_LEXICON.in_list(WordList::Similar, w))
        {
            similar.push(out.len());
        }
        if announced_by_its_day
            && ev.polarity == Polarity::Positive
            && ev.modality == Modality::Actual
        {
            announced.push(out.len());
        }
        out.push(ev);
    }
    for k in announced {
        redate_announced_in(text, out, k);
        redate_announced(text, out, k);
    }
    (*kinds, (scratch.cue_hits, scratch.cue_toks)) = cues.into_lists();
    scratch.hits = emptied(hits);
    scratch.ments = emptied(ments);
    // The lists kept for the next chunk.
    scratch.clause_spans = emptied(clause_spans.spans);
    scratch.tspans = emptied(tspans);
    scratch.next_other = emptied(next_other);
    scratch.clause_fams = emptied(clause_fams);
    scratch.consumed = emptied(consumed);
    scratch.matched = emptied(matched);
    scratch.best_matched = emptied(best_matched);
    scratch.sents = emptied(doc.sents);
    scratch.clauses = emptied(doc.clauses);
    scratch.islands = emptied(doc.islands);
    scratch.visits = vocab.into_visits();
}
