//! Events: what an Arabic news text reports, each tied to its date, participants, place, polarity and modality.
//!
//! Events are found in one scan of a text's tokens: each word is stemmed (conjunctions, prepositions, the article,
//! the future «س», imperfect prefixes, subject suffixes and pronoun clitics are stripped; see `morph`) and its stems
//! are looked up in a hash table built from `data/events/triggers.tsv`. Grammar words from the same file decide
//! polarity («لم», «نفى أن»), modality («من المقرر», «قد» before an imperfect, «هل»), and drop figurative, generic
//! and habitual uses («هجوم إعلامي», «نرفض العنف والقتل», «هجمات متكررة»). Actors and places come from the gazetteer
//! in `data/gazetteer/*.tsv` and from titled names («وزير الدفاع ثابت العباسي»).
//!
//! Each event is dated by the temporal expression of its own clause nearest to the trigger, else by the one of its
//! sentence, else (for «يومها», «آنذاك») by the last date before the sentence, else (for a definite noun such as
//! «الهجوم» in a later sentence) by the day of the last event of its kind told before, else by the document's
//! reference date, and [`DateSource`] says which.
//!
//! ```
//! use arabic_timeline::{Document, Extractor, EventKind, Modality, Polarity};
//!
//! let ex = Extractor::new();
//! let doc = Document::new("d1", "وقّع الطرفان اتفاقاً في 26 يوليو 2021. ولم تنسحب القوات بعد.")
//!     .with_reference("2021-07-29".parse()?);
//! let a = ex.analyze(&doc);
//! let first = &a.events[0];
//! assert_eq!(first.kind, EventKind::Agreement);
//! assert_eq!(first.date.as_ref().map(|d| d.value.as_str()), Some("2021-07-26"));
//! let withdrawal = a.events.iter().find(|e| e.kind == EventKind::Withdrawal).unwrap();
//! assert_eq!(withdrawal.polarity, Polarity::Negative);
//! assert_eq!(withdrawal.modality, Modality::Actual);
//! # Ok::<(), arabic_timeline::Error>(())
//! ```
//!
//! Heuristics and where they misfire are documented on the functions that implement them (`detect`).

pub(crate) mod detect;
pub(crate) mod lexicon;
pub(crate) mod morph;

use crate::span::Span;
use crate::temporal::{Grain, Interval, Mod};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// The kind of an event. Serialized in snake_case (`mission_change`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// An armed attack, strike, shelling or bombing («هجوم», «قصف», «غارة», «استهدف»).
    Attack,
    /// A killing or assassination («مقتل», «اغتيال»).
    Killing,
    /// Armed clashes («اشتباكات», «معارك»).
    Clash,
    /// An abduction («اختطاف»).
    Abduction,
    /// An arrest («اعتقال», «القبض على»).
    Arrest,
    /// Taking control of a place («سيطر على», «احتل»).
    Seizure,
    /// A withdrawal of forces («انسحاب», «سحب قواته», «خروج القوات»).
    Withdrawal,
    /// A deployment of forces («نشر قوات», «تعزيزات»).
    Deployment,
    /// A change of a mission («الانتقال إلى مهمة استشارية»).
    MissionChange,
    /// The end of a mission («إنهاء مهمة التحالف»).
    MissionEnd,
    /// A ceasefire or truce («وقف إطلاق النار», «هدنة»).
    Ceasefire,
    /// A meeting, talks or negotiations («اجتماع», «محادثات»).
    Meeting,
    /// A visit («زيارة»).
    Visit,
    /// An agreement («اتفاق», «توقيع»).
    Agreement,
    /// A statement or announcement («أعلن», «قال», «بيان»).
    Statement,
    /// A demand or call («طالب», «دعا إلى»).
    Demand,
    /// A threat («هدّد»).
    Threat,
    /// An accusation or condemnation («اتهم», «ندّد»).
    Accusation,
    /// A rejection («رفض»).
    Rejection,
    /// A suspension («علّق», «تعليق»).
    Suspension,
    /// Sanctions («عقوبات»).
    Sanction,
    /// A protest («مظاهرات», «اعتصام»).
    Protest,
    /// An election or referendum («انتخابات»).
    Election,
    /// A vote of a parliament («صوّت», «منح الثقة»).
    Vote,
    /// A resignation («استقالة»).
    Resignation,
    /// Cooperation, training or aid («تدريب», «مساعدات»).
    Cooperation,
    /// A release of prisoners or hostages («أفرج عن», «إطلاق سراح»).
    Release,
    /// An appointment to an office or taking it up («عيّن … وزيراً», «تعيين», «أدى اليمين»).
    Appointment,
    /// A dismissal from an office («أقال», «إقالة», «أعفى … من منصبه»).
    Dismissal,
    /// A court's sentence («قضت المحكمة بسجن», «حكم … بالسجن»).
    Verdict,
    /// A curfew or the closure of a crossing, a border or an airspace («حظر التجول», «أغلقت السلطات معبر رفح»).
    Restriction,
}

/// Every kind, in declaration order.
pub(crate) const KINDS: [EventKind; 31] = [
    EventKind::Attack,
    EventKind::Killing,
    EventKind::Clash,
    EventKind::Abduction,
    EventKind::Arrest,
    EventKind::Seizure,
    EventKind::Withdrawal,
    EventKind::Deployment,
    EventKind::MissionChange,
    EventKind::MissionEnd,
    EventKind::Ceasefire,
    EventKind::Meeting,
    EventKind::Visit,
    EventKind::Agreement,
    EventKind::Statement,
    EventKind::Demand,
    EventKind::Threat,
    EventKind::Accusation,
    EventKind::Rejection,
    EventKind::Suspension,
    EventKind::Sanction,
    EventKind::Protest,
    EventKind::Election,
    EventKind::Vote,
    EventKind::Resignation,
    EventKind::Cooperation,
    EventKind::Release,
    EventKind::Appointment,
    EventKind::Dismissal,
    EventKind::Verdict,
    EventKind::Restriction,
];

/// Groups of kinds that can describe one real event in different articles: a timeline merges mentions only within
/// a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Family {
    /// Attacks, killings, clashes, abductions.
    Violence,
    /// Arrests, seizures and restrictions (curfews, closures).
    Coercion,
    /// Agreements, ceasefires, withdrawals, mission changes and ends, deployments: an agreement ending a mission
    /// and the resulting withdrawal are one story, as are a ceasefire and the signing of its agreement.
    Posture,
    /// Meetings and visits.
    Diplomacy,
    /// Statements, demands, threats, accusations, rejections.
    Speech,
    /// Suspensions and sanctions.
    Sanction,
    /// Protests.
    Protest,
    /// Elections and votes.
    Politics,
    /// Leaving an office: resignations and dismissals.
    Resignation,
    /// Cooperation and aid.
    Cooperation,
    /// Releases of prisoners and hostages.
    Release,
    /// Appointments to an office.
    Appointment,
    /// Courts' sentences.
    Verdict,
}

impl EventKind {
    /// The snake_case name (`"mission_change"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            EventKind::Attack => "attack",
            EventKind::Killing => "killing",
            EventKind::Clash => "clash",
            EventKind::Abduction => "abduction",
            EventKind::Arrest => "arrest",
            EventKind::Seizure => "seizure",
            EventKind::Withdrawal => "withdrawal",
            EventKind::Deployment => "deployment",
            EventKind::MissionChange => "mission_change",
            EventKind::MissionEnd => "mission_end",
            EventKind::Ceasefire => "ceasefire",
            EventKind::Meeting => "meeting",
            EventKind::Visit => "visit",
            EventKind::Agreement => "agreement",
            EventKind::Statement => "statement",
            EventKind::Demand => "demand",
            EventKind::Threat => "threat",
            EventKind::Accusation => "accusation",
            EventKind::Rejection => "rejection",
            EventKind::Suspension => "suspension",
            EventKind::Sanction => "sanction",
            EventKind::Protest => "protest",
            EventKind::Election => "election",
            EventKind::Vote => "vote",
            EventKind::Resignation => "resignation",
            EventKind::Cooperation => "cooperation",
            EventKind::Release => "release",
            EventKind::Appointment => "appointment",
            EventKind::Dismissal => "dismissal",
            EventKind::Verdict => "verdict",
            EventKind::Restriction => "restriction",
        }
    }

    /// The family of kinds this kind merges with in a timeline.
    pub const fn family(self) -> Family {
        match self {
            EventKind::Attack | EventKind::Killing | EventKind::Clash | EventKind::Abduction => {
                Family::Violence
            }
            EventKind::Arrest | EventKind::Seizure | EventKind::Restriction => Family::Coercion,
            EventKind::Withdrawal
            | EventKind::Deployment
            | EventKind::MissionChange
            | EventKind::MissionEnd
            | EventKind::Agreement
            | EventKind::Ceasefire => Family::Posture,
            EventKind::Meeting | EventKind::Visit => Family::Diplomacy,
            EventKind::Statement
            | EventKind::Demand
            | EventKind::Threat
            | EventKind::Accusation
            | EventKind::Rejection => Family::Speech,
            EventKind::Suspension | EventKind::Sanction => Family::Sanction,
            EventKind::Protest => Family::Protest,
            EventKind::Election | EventKind::Vote => Family::Politics,
            EventKind::Resignation | EventKind::Dismissal => Family::Resignation,
            EventKind::Cooperation => Family::Cooperation,
            EventKind::Release => Family::Release,
            EventKind::Appointment => Family::Appointment,
            EventKind::Verdict => Family::Verdict,
        }
    }

    /// The PLOVER event category, when the kind has one (`"ASSAULT"`).
    pub const fn plover(self) -> Option<&'static str> {
        Some(match self {
            EventKind::Attack | EventKind::Killing | EventKind::Clash | EventKind::Abduction => {
                "ASSAULT"
            }
            EventKind::Arrest | EventKind::Seizure | EventKind::Restriction => "COERCE",
            EventKind::Withdrawal
            | EventKind::MissionChange
            | EventKind::MissionEnd
            | EventKind::Ceasefire
            | EventKind::Release => "RETREAT",
            EventKind::Deployment => "MOBILIZE",
            EventKind::Meeting | EventKind::Visit => "CONSULT",
            EventKind::Agreement => "AGREE",
            EventKind::Demand => "REQUEST",
            EventKind::Threat => "THREATEN",
            EventKind::Accusation => "ACCUSE",
            EventKind::Rejection => "REJECT",
            EventKind::Suspension | EventKind::Sanction => "SANCTION",
            EventKind::Protest => "PROTEST",
            EventKind::Resignation => "CONCEDE",
            EventKind::Cooperation => "COOPERATE",
            EventKind::Statement
            | EventKind::Election
            | EventKind::Vote
            | EventKind::Appointment
            | EventKind::Dismissal
            | EventKind::Verdict => return None,
        })
    }

    /// The default PLOVER mode, when the kind implies one (`"ceasefire"` for a ceasefire).
    pub const fn plover_mode(self) -> Option<&'static str> {
        match self {
            EventKind::Abduction => Some("abduct"),
            EventKind::Seizure => Some("seize"),
            EventKind::Ceasefire => Some("ceasefire"),
            EventKind::Visit => Some("visit"),
            EventKind::Suspension => Some("discontinue"),
            EventKind::Release => Some("release"),
            _ => None,
        }
    }

    /// The default CAMEO code, when the kind has one (`"190"` for an attack).
    pub const fn cameo(self) -> Option<&'static str> {
        Some(match self {
            EventKind::Attack => "190",
            EventKind::Killing => "1823",
            EventKind::Clash => "193",
            EventKind::Abduction => "181",
            EventKind::Arrest => "173",
            EventKind::Seizure => "192",
            EventKind::Withdrawal | EventKind::MissionChange | EventKind::MissionEnd => "0874",
            EventKind::Deployment => "154",
            EventKind::Ceasefire => "0871",
            EventKind::Meeting => "040",
            EventKind::Visit => "042",
            EventKind::Agreement => "057",
            EventKind::Statement => "010",
            EventKind::Demand => "100",
            EventKind::Threat => "130",
            EventKind::Accusation => "112",
            EventKind::Rejection => "120",
            EventKind::Suspension => "160",
            EventKind::Sanction => "163",
            EventKind::Protest => "140",
            EventKind::Cooperation => "060",
            EventKind::Release => "0841",
            // Impose administrative sanctions (a curfew's entries give 1723).
            EventKind::Restriction => "172",
            EventKind::Election
            | EventKind::Vote
            | EventKind::Resignation
            | EventKind::Appointment
            | EventKind::Dismissal
            | EventKind::Verdict => return None,
        })
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EventKind {
    type Err = crate::Error;

    /// Parses a snake_case kind name.
    ///
    /// ```
    /// use arabic_timeline::EventKind;
    /// assert_eq!("mission_end".parse::<EventKind>()?, EventKind::MissionEnd);
    /// assert!("war".parse::<EventKind>().is_err());
    /// # Ok::<(), arabic_timeline::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<EventKind, crate::Error> {
        KINDS
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| crate::Error::InvalidOption {
                name: "kind",
                reason: format!("unknown event kind {s:?}"),
            })
    }
}

crate::names::names!(DateSource { Explicit => "explicit", Anaphoric => "anaphoric", Document => "document" });
crate::names::names!(Role { Agent => "agent", Target => "target" });
crate::names::names!(EntityType {
    Country => "country",
    City => "city",
    Region => "region",
    Base => "base",
    Org => "org",
    Group => "group",
    Person => "person",
    Office => "office",
});
crate::names::names!(Polarity { Positive => "positive", Negative => "negative" });
crate::names::names!(Modality { Actual => "actual", Planned => "planned", Hypothetical => "hypothetical" });

/// The words that triggered an event, as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    /// Byte offsets into the caller's text (on `char` boundaries).
    #[serde(flatten)]
    pub span: Span,
    /// The trigger text, equal to the slice `span` points to.
    pub text: String,
}

/// An event's date: a slim copy of the temporal record that dates it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// TIMEX3 value (`2021-07-26`, `2021-07`, `2023-08-07/2023-08-08`).
    pub value: String,
    /// TIMEX3 mod (`END` for «نهاية العام»).
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
    /// Precision of the value.
    pub grain: Grain,
    /// The time covered, when known.
    pub interval: Option<Interval>,
    /// Where the temporal expression stands in the text (`None` for the document date).
    pub span: Option<Span>,
}

/// Where an event's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// A temporal expression in the event's clause or sentence.
    Explicit,
    /// An expression anchored on an earlier date («في 3 من هذا الشهر»), or the narrative's last date for
    /// «يومها», «آنذاك», or the date of the event a definite noun of a later sentence names again («وتبنى التنظيم الهجوم»).
    Anaphoric,
    /// Nothing in the text dates the event: the document's reference date, as a last resort.
    Document,
}

/// The role of a participant in an event, where the sentence shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Who acts.
    Agent,
    /// Who is acted on.
    Target,
}

/// What a named participant or place is, from the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityType {
    /// A country («العراق»), or a nationality adjective standing for it («القوات الأميركية»).
    Country,
    /// A city or capital.
    City,
    /// A province or region.
    Region,
    /// A military base or airport.
    Base,
    /// An organisation, government body or alliance.
    Org,
    /// An armed group.
    Group,
    /// A person.
    Person,
    /// An office named without its holder («رئيس الوزراء العراقي»).
    Office,
}

/// A participant: a person, organisation, group or country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// The name as written («قائد فيلق القدس قاسم سليماني»), without a conjunction or preposition written on its first
    /// word («والعراق» is named «العراق»; a name read through «لل» keeps it: «للحوثيين»).
    pub name: String,
    /// What it is.
    #[serde(rename = "type")]
    pub entity: EntityType,
    /// Normalized key for matching across articles (`soleimani`; `person:` plus the surname for names not in the
    /// gazetteer; an office and country such as `prime_minister:iraq` for an unnamed office holder). Borrowed from
    /// the built-in gazetteer when it is one of its keys, so that most events allocate none.
    pub key: Cow<'static, str>,
    /// The country the participant belongs to, when known (`iran`).
    pub country: Option<Cow<'static, str>>,
    /// Agent or target, when the sentence shows it.
    pub role: Option<Role>,
    /// Where the name stands in the text.
    #[serde(flatten)]
    pub span: Span,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The name as written, without a conjunction or preposition on its first word («ببغداد» is named «بغداد»).
    pub name: String,
    /// What it is.
    #[serde(rename = "type")]
    pub entity: EntityType,
    /// Normalized key (`baghdad`, `ain_al_asad`), borrowed from the gazetteer when it is one of its keys.
    pub key: Cow<'static, str>,
    /// The country it lies in, when known.
    pub country: Option<Cow<'static, str>>,
    /// Where the name stands in the text.
    #[serde(flatten)]
    pub span: Span,
}

/// Whether the text says the event happened or says it did not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// Asserted.
    #[default]
    Positive,
    /// Negated («لم تنسحب», «نفت … أن يكون الجيش قد بدأ الانسحاب»).
    Negative,
}

/// Whether the event happened, is planned, or is only possible.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Reported as happened or happening.
    #[default]
    Actual,
    /// Future, intended, scheduled or demanded («ستسحب», «من المقرر أن», «يعتزم»), or dated after the
    /// publication date.
    Planned,
    /// Possible, conditional or asked about («قد يدفع», «ربما», «هل ستنسحب؟», «من شأن»).
    Hypothetical,
}

/// One event reported by a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// What happened.
    pub kind: EventKind,
    /// The words that report it.
    pub trigger: Trigger,
    /// When, if anything dates it (the document date counts, see `date_source`).
    pub date: Option<EventDate>,
    /// Where the date came from; `None` when there is no date at all.
    pub date_source: Option<DateSource>,
    /// Participants named in the event's clause (or, when the clause names none, its sentence).
    pub actors: Vec<Actor>,
    /// Where it happened, when a place is named with a locative preposition.
    pub place: Option<Place>,
    /// Asserted or negated.
    pub polarity: Polarity,
    /// Actual, planned or hypothetical.
    pub modality: Modality,
    /// The sentence the event is reported in (byte offsets into the caller's text).
    pub sentence: Span,
    /// PLOVER category, when the kind has one (the codes are the lexicon's, borrowed: an event allocates none).
    pub plover: Option<Cow<'static, str>>,
    /// PLOVER mode (`drone`, `aerial`, `explosives`, `assassination`, `ceasefire`, …), when one applies.
    pub plover_mode: Option<Cow<'static, str>>,
    /// CAMEO code, when the kind has one.
    pub cameo: Option<Cow<'static, str>>,
}

impl Event {
    /// The normalized keys of the event's participants and place, sorted and deduplicated: what a timeline compares
    /// to decide whether two mentions share participants. A city, base, organisation or office also brings its
    /// country (a capital stands for its state: «واشنطن» for `usa`); a person or armed group does not, so two events
    /// share a participant only through that person or group.
    pub fn participant_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for a in &self.actors {
            keys.push(a.key.to_string());
            if !matches!(a.entity, EntityType::Person | EntityType::Group) {
                if let Some(c) = &a.country {
                    keys.push(c.to_string());
                }
            }
        }
        if let Some(p) = &self.place {
            keys.push(p.key.to_string());
            if let Some(c) = &p.country {
                keys.push(c.to_string());
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_listed_in_declaration_order() {
        // The detector indexes a per-kind table by `kind as usize`.
        for (i, k) in KINDS.iter().enumerate() {
            assert_eq!(*k as usize, i, "{k}");
        }
    }

    #[test]
    fn kinds_round_trip_through_serde_and_from_str() {
        for k in KINDS {
            let json = serde_json::to_string(&k).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
            assert_eq!(k.as_str().parse::<EventKind>().ok(), Some(k));
        }
    }
}
