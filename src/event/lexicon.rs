//! The event lexicon (`data/events/triggers.tsv`) and the gazetteer (`data/gazetteer/*.tsv`), embedded at compile
//! time and parsed once per process. The file formats are described at the top of each file and in
//! `data/gazetteer/README.md`. Forms are folded (see `crate::normalize`) before they become keys.

use super::{EntityType, EventKind, KINDS};
use crate::error::Error;
use crate::lexicon::{length_bit, tsv_rows, FxHasher, KeyMap};
use crate::normalize::fold_str;
use once_cell::sync::Lazy;
use std::collections::HashMap;

const TRIGGERS: &str = include_str!("../../data/events/triggers.tsv");
const GAZETTEER: [(&str, &str); 5] = [
    (
        "countries.tsv",
        include_str!("../../data/gazetteer/countries.tsv"),
    ),
    (
        "places.tsv",
        include_str!("../../data/gazetteer/places.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../data/gazetteer/organizations.tsv"),
    ),
    (
        "people.tsv",
        include_str!("../../data/gazetteer/people.tsv"),
    ),
    (
        "offices.tsv",
        include_str!("../../data/gazetteer/offices.tsv"),
    ),
];

/// A word after the first in a trigger phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Rest {
    /// Up to [`GAP`] words of anything but punctuation.
    Gap,
    /// `....`: up to [`LONG_GAP`] words and commas, for a verb whose subject is a name with its titles and an aside:
    /// a call («دعا وزير الخارجية العماني السيد بدر بن حمد البوسعيدي، في كلمة …، إلى») or a court's sentence («قضت
    /// المحكمة الجزائية الابتدائية المتخصصة في عدن، أمس الثلاثاء، بإعدام»).
    LongGap,
    /// A word, compared with the stems of the token (article and final ه removed), and its number among the distinct
    /// phrase words of the lexicon (what a word's answers are cached under); several written `a|b|c` are
    /// alternatives, sought in one pass over a gap («استعاد ... مدينه|قريه|بلده»).
    Word(Vec<(String, u32)>),
}

/// How many words a `...` in a trigger phrase may skip.
pub(crate) const GAP: usize = 6;

/// How many words (commas included) a `....` in a trigger phrase may skip.
pub(crate) const LONG_GAP: usize = 16;

/// How many words after a trigger the option `notnear` looks at.
pub(crate) const NEAR: usize = 7;

/// One trigger entry under its first word's key.
#[derive(Debug, Clone)]
pub(crate) struct TriggerEntry {
    pub kind: EventKind,
    pub rest: Vec<Rest>,
    /// The key is a verb form: imperfect and future readings may use it.
    pub verbal: bool,
    /// The key is a noun form: readings with the article may use it.
    pub nominal: bool,
    pub mode: Option<String>,
    pub cameo: Option<String>,
    pub plover: Option<String>,
    /// Needs a temporal expression in its sentence.
    pub weak: bool,
    /// Needs a named participant in its clause.
    pub head: bool,
    /// The key is a defective verb without its last letter («انته» of «انتهى»): only a subject suffix that starts
    /// with ت or is وا may follow («انتهت», «أنهوا»), so «أنه», «إنها» do not read as «أنهى».
    pub defective: bool,
    /// Needs a named place or participant right after it, or after one word («وصل إلى بغداد», «وصل إلى مدينة عدن»;
    /// not «وصلت الفرق إلى الموقع», «ما وصلت إليه البلاد»).
    pub place: bool,
    /// Option `pair`: needs two named people, offices or countries joined by «و» right after it, the verb's subject
    /// («بحث الصفدي وفيدان …»: the two consult each other; «بحث الوزير خطة …» is no meeting).
    pub pair: bool,
    /// Option `novn`: no verbal noun is derived, so a reading with a preposition («بحث» as «ب» + «حثّ») is none.
    pub no_vn: bool,
    /// No event when the word right after the trigger is one of these (folded, article stripped): set phrases that
    /// only look like the event («رفض الكشف عن اسمه» is a source's anonymity, not a rejection).
    pub unless: Vec<String>,
    /// Option `notby=A,B`: no event when the word right after the trigger's first word is one of these (folded, article
    /// stripped): the subject of a verb of motion that is goods or troops, not a visitor («وصلت تعزيزات … إلى»).
    pub not_by: Vec<String>,
    /// Option `notafter=A,B`: no event when the word right before the trigger (or before a «في» right before it) is
    /// one of these (folded, article stripped, also without a conjunction «و/ف» and a preposition «ب/ل/ك» on it): a noun of saying after «بحسب» or «على حد» is how words are put, not an act of saying («بحسب
    /// وصفهم»).
    pub not_after: Vec<String>,
    /// Option `idiom=A,B`: no event when the trigger, bare (no article, no pronoun), stands right after one of these
    /// words (folded, as written) with no genitive after it: the sentence or its clause ends there (a punctuation
    /// mark or nothing follows). «أصاب السياحة في مقتل» is a fatal blow; «تسبب في مقتل خمسة» is a killing.
    pub idiom: Vec<String>,
    /// Option `notnear=A,B`: no event when one of these words (folded, article stripped) stands among the [`NEAR`]
    /// words after the trigger, before what it reports («أن», a colon, a quotation mark): the object that shows
    /// another sense of the verb («استقبلت تركيا ثلاثة ملايين لاجئ» hosts, «أضاف الفريق هدفاً» scores).
    pub not_near: Vec<String>,
    /// The words of `notnear` listed with a final «ة» (folded «ه»): they match only a word written with it, not the
    /// bare noun their key also is («شحنة» is a shipment, «سفينة الشحن» names a cargo ship).
    pub not_near_taa: Vec<String>,
    /// Option `taa`: the word must be written with a taa marbuta in the text: folded, «مظاهرة» (a demonstration) is
    /// «مظاهره», which also reads «مظاهره» (its manifestations).
    pub taa: bool,
    /// Option `comma`: a participle of circumstance, an event only right after a comma and written bare, with no
    /// article nor clitic («نفت الجماعة …، متهمة الجيش بتضخيم الأضرار»; not «القبض على 24 متهماً», «المتهمة»).
    pub comma: bool,
    /// Options `mine` and `notmine`: the phrase's last word must (`Some(true)`) or must not (`Some(false)`) carry a
    /// possessive pronoun: «استدعت الجزائر سفيرها» calls its own envoy home, «استدعت الخارجية السفير الفرنسي» summons
    /// another state's (the words of a phrase are matched with their suffixes stripped, so no word list tells them
    /// apart).
    pub mine: Option<bool>,
    /// Option `maqsura=A,B`: the lemma ends in «ى» («تبنّى», folded «تبني»): written bare (with «و» at most) and with
    /// a final «ي», the word is the imperfect of another verb («تبني الحكومة قراراتها على …», of «بنى») or the verbal
    /// noun, which is an event only right after one of these words (folded: a preposition or a noun that governs it,
    /// «بعد تبني مجلس الأمن القرار»). Holds the lemma's key and the words.
    pub maqsura: Option<(String, Vec<String>)>,
    /// Option `bystate=K`: when the verb's subject right after it is a state (a named country, capital or office, or
    /// a word of `@state`), the entry of kind K it reads as instead, without `notnear` (a state's protest is a
    /// diplomatic statement: «احتجت الجزائر على تصريحات …», where «احتج مئات العمال» is a street protest).
    pub by_state: Option<Box<TriggerEntry>>,
    /// Option `object`: the phrase's next word is the verb's object, after its subject: not right after the verb,
    /// where it is the subject («أوقفت الشرطة مدير الجمارك» arrests; «أوقف المدير العام الإنتاج» does not), nor with a
    /// word of `notnear` near it («أوقفت المحكمة تنفيذ قرار رئيس البلدية», «أوقفته عن العمل»). Checked while the readings are chosen, so that a
    /// shorter one may stand instead.
    pub object: bool,
    /// Option `passive`: the lemma is a passive verb («اغتيل»): the participant named first after it undergoes it,
    /// and so does a person named in the noun phrase after it.
    pub passive: bool,
    /// Option `aim`: a verbal noun with the «ل» of purpose on it is what another act is for, still to come («دفعت
    /// بتعزيزات لتحرير مدينة تعز», «معارك للسيطرة على المطار»), unless a verb of undergoing (`@undergo`) stands
    /// shortly before it in its clause («تعرضت البلدة لقصف عنيف») or a word of answer right before it.
    pub aim: bool,
    /// Option `impfnotafter=A,B`: no event when the verb is a bare imperfect right after one of these words (folded,
    /// article and a conjunction «و/ف» stripped), with neither «أن» nor a named person or office right after it: a
    /// thing or a fact, not a speaker, is its subject («ما يؤكد أهمية الحوار», «رسالة تؤكد حرص الدوحة»); «ما أكده
    /// الوزير», «ما يؤكد أن …» still read.
    pub impf_not_after: Vec<String>,
    /// Option `purpose=P,Q`: the indefinite accusative of the noun right before a word that starts with one of these
    /// letters or is one of these words names the purpose of another act, not an event of its own («تظاهروا تنديداً
    /// بالغارات», «أرسلت قوات دعماً للشرعية»; not «تلقت دعماً بالذخيرة»).
    pub purpose: Vec<String>,
    /// Option `impfa`: a hollow verb whose active imperfect keeps its long «ا» («نال» → «ينال», «خاف» → «يخاف»), so
    /// that such an imperfect is not taken for the passive («يُقال», «يُشار») that reports no act.
    pub impf_alef: bool,
    /// The phrase itself says the event did not happen («رفض التعليق»: a statement declined).
    pub negated: bool,
    /// Option `announces`: a verb of making known whose object, a noun trigger, shares a later date of its clause
    /// («أعلن الجيش هدنة … مساء الثلاثاء» is announced that evening).
    pub announces: bool,
    /// Option `planned`: the phrase tells of an event still to come («حكمت المحكمة بالإعدام» sentences; it does not
    /// execute).
    pub planned: bool,
    /// No imperfect reading: a form I verb whose first letter is و drops it in the imperfect («وصل» → «يصل»), so an
    /// imperfect of the whole key is another verb («توصّل», «يوصل»).
    pub no_impf: bool,
    /// Only a future reading or an imperfect after «أن»: the key of a form I verb whose first letter is و, without it
    /// («سيصل», «أن يصل» of «وصل»), in a phrase only («نصف» is a half, not «we describe»). The bare key is no word of
    /// its own, and a bare imperfect «تصل إلى» mostly tells where goods, ships or numbers reach.
    pub impf_only: bool,
    /// With `impf_only`: any imperfect reading, not only one after «أن» (the imperfect stem of a form I verb ending
    /// in «ا», whose imperfect ends in «و»: «دعا» → «يدعو», «تدعو»).
    pub impf_waw: bool,
    /// Option `noimpf`: the bare imperfect states a view, a state or a habit rather than an event («يتفق مع
    /// القانون», «المناطق التي يسيطر عليها»); the future and the imperfect after «لم», «لن», «أن» still read.
    pub state_impf: bool,
    /// The key is a noun without its final ـة («مظاهر» of «مظاهرة»): only a reading with a suffix reaches it
    /// («مظاهرة», «مظاهرات», «مظاهرتين»), since the bare key is another word (the plural «مظاهر», «معاهد»).
    pub marbuta: bool,
    /// Option `peek`: the phrase's last word is only looked at, not taken: it stays a word of its own that may report
    /// its own event, and the trigger ends before it («لوّحت النقابة بإضراب» threatens, and the strike is a
    /// hypothetical event of its own; «دان الأزهر الهجوم» condemns, and the attack is told).
    pub peek: bool,
    /// Option `yields`: a mention that gives way to another trigger of its kind later in its clause, which then
    /// reports the one event («داهمت قوات الأمن منزلاً واعتقلت شابين» is one arrest, told by «اعتقلت»).
    pub yields: bool,
    /// Option `setting`: a noun right after «في» where an act told before it in its clause took place is only that
    /// act's setting, no event of its own («أقر المجلس في جلسته العامة أمس مشروع القانون»: a vote, dated «أمس»); not
    /// where words are said («وقال الوزير في جلسة عامة عقدت أمس»), nor standing alone («وفي جلسة عقدت أمس ناقش …»).
    pub setting: bool,
}

/// A grammar-word category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    Negation,
    NegationImpf,
    /// A refusal: negates a following action, not an agreement (rejecting an accord does not undo it).
    Refusal,
    Planned,
    PlannedAfter,
    Hypothetical,
    HypoAfter,
    HypoImpf,
    Figurative,
    Habitual,
    Generic,
    Work,
    Clause,
    Relative,
    Block,
    Anaphor,
    Mode,
    Locative,
    Target,
    Agent,
    /// A figurative word that is also a noun: an adjective only after a definite trigger («الهجوم الإعلامي»), the
    /// genitive after one in construct («اختطاف الإعلامي سمير», the journalist).
    FigurativeDefinite,
    /// A verb of amounting shortly before an indefinite trigger: what something amounts to, not an event («يشكل انتشار
    /// الأسلحة تهديداً للسلم»; «تشكل الضربات التركية منعطفاً» keeps its definite subject).
    Copula,
    /// A phrase at the start of a sentence that turns to another matter («في سياق آخر»): no event from there on is
    /// dated by an event or a date told before it.
    Topic,
    /// A natural disaster near a killing trigger, before it, in its phrase or after it («خلّف الزلزال 20 قتيلاً»,
    /// «أسفرت العاصفة عن مقتل»): the dead were killed by no one, no killing.
    Disaster,
    /// An accident within the scope after a killing trigger or in its phrase («لقي أربعة مصرعهم في حريق»): no killing;
    /// before it the noun may be another event's («ويأتي تحطم المروحية بعد مقتل ستة أشخاص في هجوم»).
    Accident,
    /// A verb of serving time shortly before a verdict trigger («قضت الناشطة حكماً بالسجن»): the sentence was passed
    /// before, no verdict is told.
    Serve,
    /// A word of alternatives («إما»): the events that head an alternative are hypothetical when «أو» follows it within
    /// its scope («إما قبول الهدنة أو مواجهة هجوم واسع»). Folded, «إما» is also «أما» (as for), which «أو» does not
    /// follow («أما الجيش فقد أعلن …»).
    Either,
    /// A word of birth or remembrance within the scope before a date («الصحفي المولود في البصرة عام 1978», «الذكرى
    /// الثالثة عشرة لثورة 11 فبراير 2011»): the date is no event's, unless the event's trigger stands between.
    NoEventDate,
    /// A verb of claiming or carrying out an act named by the verbal noun after it («قام بـ», «تبنى», «أعلن
    /// المسؤولية عن»): read only to find that act's agent (see the lists `@light_verb`, `@claim_verb`,
    /// `@claim_announce`).
    Claim,
    /// A word that puts the events after it in its clause in a past before the narrative, of no known day («سبق أن
    /// صرّح», «منذ سيطروا على», «إبان معركة القصير»): a date after the word is theirs, else none (not the
    /// publication's). The scope is how far before the trigger it may stand (see `@background` in triggers.tsv).
    Background,
    /// A word after a trigger whose phrase tells the past time of that event («خطف مدنيين إبان سيطرة التنظيم»): as
    /// [`CueKind::Background`], within the scope after the trigger.
    BackgroundAfter,
    /// As [`CueKind::Background`], before a verb trigger only («منذ سيطروا على صنعاء»; «منذ إعلان الهدنة» is a
    /// time of its own).
    BackgroundVerb,
}

impl CueKind {
    fn parse(s: &str) -> Option<CueKind> {
        Some(match s {
            "@negation" => CueKind::Negation,
            "@negation_impf" => CueKind::NegationImpf,
            "@refusal" => CueKind::Refusal,
            "@planned" => CueKind::Planned,
            "@planned_after" => CueKind::PlannedAfter,
            "@hypo_after" => CueKind::HypoAfter,
            "@hypothetical" => CueKind::Hypothetical,
            "@hypo_impf" => CueKind::HypoImpf,
            "@figurative" => CueKind::Figurative,
            "@habitual" => CueKind::Habitual,
            "@generic" => CueKind::Generic,
            "@work" => CueKind::Work,
            "@clause" => CueKind::Clause,
            "@relative" => CueKind::Relative,
            "@block" => CueKind::Block,
            "@anaphor" => CueKind::Anaphor,
            "@mode" => CueKind::Mode,
            "@locative" => CueKind::Locative,
            "@target" => CueKind::Target,
            "@agent" => CueKind::Agent,
            "@figurative_def" => CueKind::FigurativeDefinite,
            "@topic" => CueKind::Topic,
            "@copula" => CueKind::Copula,
            "@disaster" => CueKind::Disaster,
            "@accident" => CueKind::Accident,
            "@serve" => CueKind::Serve,
            "@either" => CueKind::Either,
            "@no_event_date" => CueKind::NoEventDate,
            "@claim" => CueKind::Claim,
            "@background" => CueKind::Background,
            "@background_after" => CueKind::BackgroundAfter,
            "@background_verb" => CueKind::BackgroundVerb,
            _ => return None,
        })
    }
}

/// A grammar word or phrase.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub kind: CueKind,
    /// Folded words after the first, compared exactly.
    pub rest: Vec<String>,
    /// Scope in tokens (0: anywhere in the clause).
    pub scope: usize,
    /// For `@mode`: the PLOVER mode.
    pub mode: Option<String>,
}

/// A gazetteer entity.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub key: String,
    pub ty: EntityType,
    pub country: Option<String>,
    /// For a person, the first words (folded) of the names of more than one word: another given name before a
    /// family name listed alone is another person («أحمد السوداني» is not «محمد شياع السوداني»).
    pub given: Vec<String>,
}

/// An office a person of the gazetteer holds or held (`people.tsv`, fifth column: `president@2025-01-29`,
/// `prime_minister@2020-05-07..2022-10-27`), with the days of the term when they are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Office {
    /// The key of `offices.tsv`.
    pub key: String,
    /// The first day in office, when written.
    pub from: Option<chrono::NaiveDate>,
    /// The last day in office, when written.
    pub to: Option<chrono::NaiveDate>,
}

impl Office {
    /// Parses `key`, `key@from`, `key@from..to` or `key@..to` (days as `YYYY-MM-DD`).
    fn parse(s: &str) -> Option<Office> {
        let (key, term) = match s.split_once('@') {
            Some((k, t)) => (k.trim(), Some(t.trim())),
            None => (s.trim(), None),
        };
        let day = |d: &str| -> Option<Option<chrono::NaiveDate>> {
            if d.is_empty() {
                Some(None)
            } else {
                d.parse().ok().map(Some)
            }
        };
        let (from, to) = match term {
            None => (None, None),
            Some(t) => match t.split_once("..") {
                Some((a, b)) => (day(a)?, day(b)?),
                None => (day(t)?, None),
            },
        };
        (!key.is_empty()).then(|| Office {
            key: key.to_string(),
            from,
            to,
        })
    }

    /// Whether the term meets the days `from` to `to` (inclusive); any term when no days are given.
    pub fn held(&self, days: Option<(chrono::NaiveDate, chrono::NaiveDate)>) -> bool {
        days.is_none_or(|(a, b)| self.from.is_none_or(|f| f <= b) && self.to.is_none_or(|t| t >= a))
    }
}

/// A name of an entity under its first folded word.
#[derive(Debug, Clone)]
pub(crate) struct Name {
    pub rest: Vec<String>,
    /// The index in the entity list, or [`NOT_A_NAME`].
    pub entity: usize,
}

/// The entity of a phrase that starts like a name and is none («مسقط رأس»): no entity has this index, so a lookup
/// finds nothing and the scan goes on after the phrase's first word.
pub(crate) const NOT_A_NAME: usize = usize::MAX;

/// What a bare form of a word (see `morph::for_each_bare_form`) is in the grammar-word and gazetteer tables, gathered under
/// the form so that one probe answers for every table and every ending.
#[derive(Debug, Clone, Default)]
pub(crate) struct Form {
    /// Grammar words under the form (or under it without a tanween alef); empty when none.
    pub cues: Vec<Cue>,
    /// Names whose first word is the form; empty when none.
    pub names: Vec<Name>,
    /// The entity of the nationality adjective the form is.
    pub nationality: Option<usize>,
}

/// Nationality adjectives' gender and number endings («عراقيه», «عراقيين»), tried in this order.
const NATIONALITY_ENDINGS: [&str; 6] = ["", "ه", "ين", "ون", "ان", "تين"];

/// Triggers, grammar words and names. The maps are probed with every stem of every word, so each has a prefilter in
/// front of it ([`KeyMap`]): most probes end at a bit test.
#[derive(Debug, Default)]
pub(crate) struct EventLexicon {
    pub triggers: KeyMap<Vec<TriggerEntry>>,
    /// How trigger keys start: lets the stemmer skip the splits of a word no trigger can come from.
    pub trigger_starts: Starts,
    pub cues: KeyMap<Vec<Cue>>,
    pub names: KeyMap<Vec<Name>>,
    /// Nationality adjectives by folded stem without article or ending («امريكي»).
    pub nationalities: KeyMap<usize>,
    pub entities: Vec<Entity>,
    /// The offices people of the gazetteer hold or held lately (`people.tsv`, fifth column), by person key:
    /// `busaidi` → `foreign_minister`. Offices are keys of `offices.tsv`.
    pub offices: HashMap<String, Vec<Office>>,
    /// `cues`, `names` and `nationalities` by bare form, built once all files are loaded.
    pub forms: KeyMap<Form>,
    /// The number of each distinct phrase word of the triggers (see [`Rest::Word`]).
    pub rest_words: HashMap<String, u32>,
    /// The word lists (see [`WordList`]), folded, by list.
    lists: Lists,
}

/// The words of a word list, hashed, with the byte lengths and the last bytes they have as bit sets: most words
/// asked about are no member by their length or their last byte alone, without a hash.
#[derive(Debug, Default)]
struct ListSet {
    set: WordSet,
    /// Bit `n` is set when some word is `n` bytes long (bit 63: any longer length).
    lengths: u64,
    /// Bit `b % 64` is set when some word ends with byte `b` (the second byte of its last letter, for Arabic).
    ends: u64,
}

/// One [`ListSet`] per [`WordList`] (an array too long for a derived `Default`).
#[derive(Debug)]
struct Lists([ListSet; WordList::ALL.len()]);

impl Default for Lists {
    fn default() -> Self {
        Lists(std::array::from_fn(|_| ListSet::default()))
    }
}

/// The bit of a word's last byte in [`ListSet::ends`].
#[inline]
fn end_bit(w: &str) -> u64 {
    1u64 << (w.as_bytes().last().map_or(0, |&b| b) % 64)
}

impl ListSet {
    fn insert(&mut self, w: String) {
        self.lengths |= length_bit(w.len());
        self.ends |= end_bit(&w);
        self.set.insert(w);
    }

    #[inline]
    fn contains(&self, w: &str) -> bool {
        self.lengths & length_bit(w.len()) != 0
            && self.ends & end_bit(w) != 0
            && self.set.contains(w)
    }
}

/// The word lists of `triggers.tsv`: lines whose kind is `@` and a list's name, one folded word a line, looked up as
/// they are wherever a rule asks. Each indexes [`EventLexicon`]'s lists in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordList {
    /// `@institution`: nouns of institutions (without article), which after a title are no holder's name and as a
    /// verb's subject stand for a named participant.
    Institution,
    /// `@place_noun`: nouns of places that, with the article, stand for a place named before.
    PlaceNoun,
    /// `@still`: words after «لا», «لم» that make them «still», not a negation («لا يزال»).
    Still,
    /// `@rule_out`: verbs of ruling out after a negation: not ruling an event out leaves it possible («لم تستبعد
    /// الحكومة شن هجوم بري»).
    RuleOut,
    /// `@absent`: verbs of taking part after a negation: the participant stayed away, the event itself took place
    /// («لم يحضر الوزير الاجتماع»).
    Absent,
    /// `@delay`: verbs of delaying after «قد»: the act they may delay is still to come, not a possibility («ما قد
    /// يؤخر تسلم المحافظ الجديد مهامه»).
    Delay,
    /// `@name_stop`: words that end a titled name: function words, a date, the object of a verb whose subject is the
    /// title («وزير الخارجية فؤاد حسين الذي …», «ألقى الوزير كلمة»).
    NameStop,
    /// `@title_modifier`: modifiers between a title and its holder's name («رئيس الوزراء العراقي السابق مصطفى
    /// الكاظمي»).
    TitleModifier,
    /// `@given_name_stop`: name-stop words that are also given names («علي»: «على» folded, and Ali), read as a
    /// holder's first name before a definite family name («المحامي علي الكناني»).
    GivenNameStop,
    /// `@waw_given_name`: given names that begin with «و» («وليد», «وائل»): after a title they open the holder's name,
    /// where another word with «و» opens the next participant.
    WawGivenName,
    /// `@profession`: keys of `offices.tsv` that are professions: a title only before its holder's name («الصحفي محمد
    /// عادل»); alone no participant («اعتقال الصحفي»).
    Profession,
    /// `@body_first`: keys of `offices.tsv` whose body comes between the title and the holder's name («المتحدث باسم
    /// وزارة الداخلية العراقية خالد المحنا», «نائب رئيس مجلس السيادة مالك عقار»).
    BodyFirst,
    /// `@counterpart`: singular «counterpart» words («نظيره»): before a nationality adjective, the office of the title
    /// before them in that country («وزير الخارجية الإيراني مع نظيره العماني»).
    Counterpart,
    /// `@name_link`: words that link a name's parts and do not count among its words («عبد», «أبو», «بن»).
    NameLink,
    /// `@not_told`: words right after a relative pronoun that make its clause no telling of the past (an auxiliary, a
    /// future, a duty: «الهجوم الذي كان …», «الانتخابات التي يجب …»).
    NotTold,
    /// `@promise`: beginnings of verbs of threatening, promising, proposing or calling for: a relative clause that
    /// starts with one tells a step still to come («الهجوم الذي هدد به الجيش»).
    Promise,
    /// `@inquiry`: bare forms of a noun of investigation: an event noun after one and «في» has happened («التحقيق
    /// في الغارة»).
    Inquiry,
    /// `@inquiry_of`: words right before an event noun that say it is being looked into («ملابسات مقتل …»).
    InquiryOf,
    /// `@signing`: what a trigger word contains when it names the act of signing: refusing it is a signing that did
    /// not happen («رفض التوقيع على الاتفاق»), where rejecting an accord leaves it.
    Signing,
    /// `@responsibility`: beginnings of a noun of responsibility (after «و» and the article): a denial of
    /// responsibility leaves the event asserted («نفت إسرائيل مسؤوليتها عن الغارة»).
    Responsibility,
    /// `@plain_preposition`: the @locative words that are prepositions alone: right after a trigger that needs a
    /// participant, one does not stand for a place the way a place noun does («سيطروا على مطار المدينة»).
    PlainPreposition,
    /// `@during`: words before a trigger that make it the time of the event before it («اعتقال متظاهرين خلال
    /// احتجاجات الأحد»): that event takes its date.
    During,
    /// `@attribution`: words before a verb of saying that make it a source named after what it says («على ما
    /// أعلنت البعثة», «حسبما أفاد»): it takes no date from before it.
    Attribution,
    /// `@medium`: words before a statement noun that make it how the clause's words were said, not what they ask
    /// for or fear («طالب المحتجون … في بيان»).
    Medium,
    /// `@carrier`: nouns (and the verb «قام») that carry an event in their genitive or object, so that a negation of
    /// them negates the event («عدم إجراء الانتخابات», «لم يقم بالانسحاب»), where another noun in construct takes the
    /// negation away from it («ألغت المحكمة نتائج الانتخابات»).
    Carrier,
    /// `@result`: verbs of outcome as a negation leaves them («يسفر», «يؤد»): their subject (the cause) took place
    /// and the negation falls on the outcome after their preposition («لم يسفر الهجوم عن قتلى»).
    Result,
    /// `@similar`: words right after a trigger that tell another event of its kind, for comparison («وكان هجوم مماثل
    /// قد وقع …»): a definite noun told later does not name that one.
    Similar,
    /// `@frontier`: nouns of a border: the nationality adjective after one says where the event happens, not who
    /// takes part («اشتباكات على الحدود الجزائرية المالية»).
    Frontier,
    /// `@seat`: words of a body's seat («ومقره», «ومقرها»): the place named right after one is where the body sits,
    /// no actor of the event («وقال المرصد ومقره بريطانيا»).
    Seat,
    /// `@fronted`: connectives that, opening a sentence, open a clause that ends at its first comma: the clause
    /// after the comma is the main one («وفيما قتل جنديان في الاشتباكات، أعلن الجيش …»: its participants are the
    /// statement's, not the killing's).
    Fronted,
    /// `@topic_prep`: prepositions of topic («بشأن», «حول»): a name after one is what is spoken of, not who acts,
    /// and a clause they open before its verb names no subject.
    TopicPrep,
    /// `@suspected`: words of suspicion («يشتبه», «المشتبه»): a name after one, later than the trigger in its clause,
    /// is what someone is suspected of belonging to or doing («اعتقلت الشرطة أشخاصاً يشتبه بانتمائهم إلى تنظيم
    /// داعش»), no participant of the event.
    Suspected,
    /// `@phrase_open`: prepositions and the nouns used as them («جانب», «يد») that open a phrase of place, time,
    /// topic or company: a name in one before a verb is no subject standing right before it («وعن مشاركة الحوثيين
    /// قال الجبير», «بعد قطع الهدنة مع حزب العمال أكد الرئيس»).
    PhraseOpen,
    /// `@topic_opener`: nouns of topic or frame that open a clause after «في/على» («وفي سياق …», «وعلى صعيد …»): a
    /// name in that phrase is not the verb's subject.
    TopicOpener,
    /// `@attack_name`: nouns that name an attack, not the verbal noun of a verb of hitting: the group in their
    /// genitive carries it out («هجمات بوكو حرام», «هجوم حوثي»; not «استهداف تنظيم داعش»).
    AttackName,
    /// `@force_member`: nouns of the men or machines of a force, in construct before its name: with «لـ» right after
    /// an attack noun they name who carries it out («هجوم لمسلحي داعش», «غارات للطيران الإسرائيلي»).
    ForceMember,
    /// `@body`: nouns of a commission or an office named for its task: a verbal noun with «لل» after one and its
    /// adjectives names it («الهيئة العليا المستقلة للانتخابات»).
    Body,
    /// `@speaker_noun`: nouns that act or speak for a country, besides the institutions: a nationality adjective
    /// after one right after a verb names the verb's subject («أكدت الخارجية الروسية», «قال المسؤول الأمريكي»).
    SpeakerNoun,
    /// `@state`: nouns of a state's bodies and envoys (without article): as the subject of a verb with option
    /// `bystate`, the state acts («احتجت الخارجية الكويتية»).
    State,
    /// `@singular_un`: singular nouns that end in «ون» like a sound masculine plural («التلفزيون», «القانون»): no
    /// unnamed plural subject.
    SingularUn,
    /// `@frame`: words before an event noun that make it the time or frame of another act («وعقب الاجتماع سيعقد
    /// الوزيران مؤتمراً», «على هامش القمة»): a future verb after it tells that act, not the event.
    Frame,
    /// `@answer`: nouns of reply and revenge (with «ب» or without): an event right after one, or after it and «على»,
    /// is what is answered, told as done, not what a threat or a warning before it is of («توعدت الجماعة بالانتقام
    /// لمقتل قائدها»).
    Answer,
    /// `@past_frame`: words right before an event noun that make it the past time of another act («هددوا بعد اعتقال
    /// زملائهم بالإضراب»): told as done, not what a threat or a warning before it is of.
    PastFrame,
    /// `@onset`: nouns of outbreak or start before an event noun in a time counted from it («بعد يومين من اندلاع
    /// الاشتباكات», «بعد أسبوع من بدء الإضراب»): the count is from the day it began, not the length of a process.
    Onset,
    /// `@dying`: nouns of dying that a killing trigger may be built on («لقوا مصرعهم», «لقي حتفه»; read inside the word,
    /// clitics and all): deaths whose cause a later «إثر» may tell.
    Dying,
    /// `@specific`: verbs of outcome, outbreak or length (with «و»/«ف» stripped) right before or after a definite
    /// plural of violence that make it the acts of one story, not violence in general («أسفرت الغارات عن مقتل …»,
    /// «أما الغارات فأسفرت …», «استمرت الاشتباكات يومين»).
    Specific,
    /// `@not_verb`: given names that read like «و» and a perfect verb with a feminine «ت» («ومدحت», «ورأفت»): in a
    /// list of names, right after a word, they end no phrase's gap (after a comma a clause may open: «، وعزت الوزارة
    /// الحادث إلى …»).
    NotVerb,
    /// `@pluperfect`: forms of «كان» that, with «قد» a few words on, open a pluperfect clause («وكانت القوات قد
    /// انسحبت»): what it tells came before the narrative, and a date of the sentence outside it is not its own.
    Pluperfect,
    /// `@intent`: verbs of intent right before a trigger («تعمّد قصف المستشفى»): a denial or doubt of them is of the
    /// intent, and the act itself stands.
    Intent,
    /// `@discussed`: words before a trigger that make it what a meeting discusses («لبحث سبل استئناف المفاوضات»): an
    /// event of its own, not the meeting told again.
    Discussed,
    /// `@ma_relative`: words right before «ما» that make it «what» or «as» («بعد ما انسحبنا», «زي ما اتفقنا»): the
    /// perfect in «نا» after it is no negated act.
    MaRelative,
    /// `@al_verb`: perfect verbs that begin with «ال» once folded («التقى», «ألقى»): before a family name that is also a
    /// nationality («التقى السوداني») they make it the subject, not an adjective of a definite noun.
    AlVerb,
    /// `@charge`: words after a person stopped that give the charge («بتهمة», «متلبساً»): whoever stops him arrests
    /// him, a ministry or a board too.
    Charge,
    /// `@undergo`: verbs of undergoing («تعرضت», «يتعرض»): a verbal noun with «ل» after one in its clause is what
    /// befell the subject («تعرضت محافظة حلب لقصف»), not the aim of an act (option `aim`).
    Undergo,
    /// `@foil`: beginnings of the words of foiling («أحبط», «إفشال»): the aim of an attempt foiled is negative
    /// («أحبطت الأجهزة محاولة لاستهداف معسكر»).
    Foil,
    /// `@attempt`: nouns of an attempt or a plot («محاولة», «مخطط», «مؤامرة»), with the article removed.
    Attempt,
    /// `@order`: words of ordering, verb or noun, as written with «و»/«ف» stripped («أمر», «أمرت», «أوامر»): an act
    /// with «بـ» after one, past at most its subject, is ordered, not done («أمر القاضي بالقبض على المتهمين»).
    Order,
    /// `@aim_object`: verbs whose object is an aim, as written with «و»/«ف» stripped («استهدف»): a verbal noun of an
    /// act as their object past their subject is aimed at, not done («استهدف الهجوم السيطرة على المطار»).
    AimObject,
    /// `@aim_to`: verbs whose aim follows «إلى», as written with «و»/«ف» stripped («هدف», «يهدف»): a verbal noun of
    /// an act after that «إلى» is aimed at, not done («هدف الهجوم إلى اغتيال القائد»).
    AimTo,
    /// `@ongoing`: habitual words of continuity: before «منذ» after a singular noun they tell one act going on since
    /// a date («قصف متواصل منذ 7 أكتوبر»), not a habit.
    Ongoing,
    /// `@death_cause`: words after a killing trigger that tell what the deaths came from («عندما», «جراء», «في»): an
    /// accident right after one is their cause («لقي 11 مسافراً حتفهم عندما اصطدمت حافلة …»).
    DeathCause,
    /// `@accident_verb`: perfect verbs of an accident («اصطدمت», «انقلبت», «تحطمت»), read only after a word of
    /// `@death_cause` and before an anaphor of `@accident_anaphor`.
    AccidentVerb,
    /// `@accident_anaphor`: nouns that name an accident told before («في الحادث»): the deaths are its toll when the
    /// last cause told before them is an accident.
    AccidentAnaphor,
    /// `@light_verb`: forms of «قام» (with «و»/«ف» stripped) right before a verbal noun with «بـ» («الحوثيون قاموا
    /// بقصف …»): their subject is the agent of the event the noun names.
    LightVerb,
    /// `@claim_verb`: verbs of claiming an act («تبنت», with «و»/«ف» stripped) whose subject is the agent of the event
    /// noun that is their object («تبنت حركة الشباب الهجوم»).
    ClaimVerb,
    /// `@claim_announce`: verbs that claim an act only with a noun of responsibility and «عن» («أعلنت طالبان
    /// المسؤولية عن تفجير …»): their subject is then the agent of the event after «عن».
    ClaimAnnounce,
    /// `@no_head`: prepositions right before a nationality adjective that leave it with no head noun («التصعيد نحو
    /// الإيرانيين»): such a bare adjective is no actor.
    NoHead,
    /// `@acting_place`: gazetteer keys of places that stand for a government (capitals, a region's seat): the only
    /// places that may be an agent («أعلنت طهران», «واشنطن ترفض»).
    ActingPlace,
    /// `@topic_noun`: nouns of a topic or a situation (without article) that a nationality adjective may follow
    /// («الملف الليبي», «الثورة السورية»): the adjective then names no subject.
    TopicNoun,
    /// `@street`: nouns of a street, a square or a roundabout (and their duals) that a place's name may follow
    /// («شارع بغداد», «دوار الكويت»): the name is then the street's, not a place of its own.
    Street,
    /// `@title_post`: prepositions that join to a title the country or city of its post («المبعوث الأممي إلى
    /// ليبيا», «السفير الأمريكي لدى اليمن»).
    TitlePost,
    /// `@delegation`: nouns of a delegation or a mission: with «لـ» right after the noun of a visit or a meeting, the
    /// name or nationality after them is who visits («زيارة لوفد أمني مصري»).
    Delegation,
    /// `@victim`: indefinite nouns of the people a killing, an abduction or an arrest befalls («جندي», «مدني»,
    /// «طفل»): right after such a verb one is its subject, so the verb is passive («قتل جندي تركي», «اعتقل شخصان»)
    /// and the names after it are the side it befell.
    Victim,
    /// `@people_head`: nouns of people whose places after «في» name their states, not where an event happens
    /// («وزراء الطاقة في الأردن والعراق ومصر»): no further place is read into a list of places begun there.
    PeopleHead,
}

impl WordList {
    const ALL: [WordList; 74] = [
        WordList::Institution,
        WordList::PlaceNoun,
        WordList::Still,
        WordList::RuleOut,
        WordList::Absent,
        WordList::Delay,
        WordList::NameStop,
        WordList::TitleModifier,
        WordList::GivenNameStop,
        WordList::WawGivenName,
        WordList::Profession,
        WordList::BodyFirst,
        WordList::Counterpart,
        WordList::NameLink,
        WordList::NotTold,
        WordList::Promise,
        WordList::Inquiry,
        WordList::InquiryOf,
        WordList::Signing,
        WordList::Responsibility,
        WordList::PlainPreposition,
        WordList::During,
        WordList::Attribution,
        WordList::Medium,
        WordList::Carrier,
        WordList::Result,
        WordList::Similar,
        WordList::Frontier,
        WordList::Seat,
        WordList::Fronted,
        WordList::TopicPrep,
        WordList::Suspected,
        WordList::PhraseOpen,
        WordList::TopicOpener,
        WordList::AttackName,
        WordList::ForceMember,
        WordList::Body,
        WordList::SpeakerNoun,
        WordList::State,
        WordList::SingularUn,
        WordList::Frame,
        WordList::Answer,
        WordList::PastFrame,
        WordList::Onset,
        WordList::Dying,
        WordList::Specific,
        WordList::NotVerb,
        WordList::Pluperfect,
        WordList::Intent,
        WordList::Discussed,
        WordList::MaRelative,
        WordList::AlVerb,
        WordList::Charge,
        WordList::Ongoing,
        WordList::Undergo,
        WordList::Foil,
        WordList::Attempt,
        WordList::Order,
        WordList::AimObject,
        WordList::AimTo,
        WordList::DeathCause,
        WordList::AccidentVerb,
        WordList::AccidentAnaphor,
        WordList::LightVerb,
        WordList::ClaimVerb,
        WordList::ClaimAnnounce,
        WordList::NoHead,
        WordList::ActingPlace,
        WordList::TopicNoun,
        WordList::Street,
        WordList::TitlePost,
        WordList::Delegation,
        WordList::Victim,
        WordList::PeopleHead,
    ];

    fn name(self) -> &'static str {
        match self {
            WordList::Institution => "@institution",
            WordList::PlaceNoun => "@place_noun",
            WordList::Still => "@still",
            WordList::RuleOut => "@rule_out",
            WordList::Absent => "@absent",
            WordList::Delay => "@delay",
            WordList::NameStop => "@name_stop",
            WordList::TitleModifier => "@title_modifier",
            WordList::GivenNameStop => "@given_name_stop",
            WordList::WawGivenName => "@waw_given_name",
            WordList::Profession => "@profession",
            WordList::BodyFirst => "@body_first",
            WordList::Counterpart => "@counterpart",
            WordList::NameLink => "@name_link",
            WordList::NotTold => "@not_told",
            WordList::Promise => "@promise",
            WordList::Inquiry => "@inquiry",
            WordList::InquiryOf => "@inquiry_of",
            WordList::Signing => "@signing",
            WordList::Responsibility => "@responsibility",
            WordList::PlainPreposition => "@plain_preposition",
            WordList::During => "@during",
            WordList::Attribution => "@attribution",
            WordList::Medium => "@medium",
            WordList::Carrier => "@carrier",
            WordList::Result => "@result",
            WordList::Similar => "@similar",
            WordList::Frontier => "@frontier",
            WordList::Seat => "@seat",
            WordList::Fronted => "@fronted",
            WordList::TopicPrep => "@topic_prep",
            WordList::Suspected => "@suspected",
            WordList::PhraseOpen => "@phrase_open",
            WordList::TopicOpener => "@topic_opener",
            WordList::AttackName => "@attack_name",
            WordList::ForceMember => "@force_member",
            WordList::Body => "@body",
            WordList::SpeakerNoun => "@speaker_noun",
            WordList::State => "@state",
            WordList::SingularUn => "@singular_un",
            WordList::Frame => "@frame",
            WordList::Answer => "@answer",
            WordList::PastFrame => "@past_frame",
            WordList::Onset => "@onset",
            WordList::Dying => "@dying",
            WordList::Specific => "@specific",
            WordList::NotVerb => "@not_verb",
            WordList::Pluperfect => "@pluperfect",
            WordList::Intent => "@intent",
            WordList::Discussed => "@discussed",
            WordList::MaRelative => "@ma_relative",
            WordList::AlVerb => "@al_verb",
            WordList::Charge => "@charge",
            WordList::Ongoing => "@ongoing",
            WordList::Undergo => "@undergo",
            WordList::Foil => "@foil",
            WordList::Attempt => "@attempt",
            WordList::Order => "@order",
            WordList::AimObject => "@aim_object",
            WordList::AimTo => "@aim_to",
            WordList::DeathCause => "@death_cause",
            WordList::AccidentVerb => "@accident_verb",
            WordList::AccidentAnaphor => "@accident_anaphor",
            WordList::LightVerb => "@light_verb",
            WordList::ClaimVerb => "@claim_verb",
            WordList::ClaimAnnounce => "@claim_announce",
            WordList::NoHead => "@no_head",
            WordList::ActingPlace => "@acting_place",
            WordList::TopicNoun => "@topic_noun",
            WordList::Street => "@street",
            WordList::TitlePost => "@title_post",
            WordList::Delegation => "@delegation",
            WordList::Victim => "@victim",
            WordList::PeopleHead => "@people_head",
        }
    }
}

/// A set of folded words, hashed with the crate's Fx hash: looked up for every word of a titled name.
pub(crate) type WordSet =
    std::collections::HashSet<String, std::hash::BuildHasherDefault<FxHasher>>;

/// The first two and three letters of a set of keys, as bit sets: a word whose stems start otherwise has no stem in
/// the set, which two bit tests tell without stemming it. The hamza letters ء ؤ ئ count as one, since a stem's final
/// hamza seat becomes ء in its key («لقاؤه» → «لقاء»).
#[derive(Debug, Clone)]
pub(crate) struct Starts {
    /// By the first two letters of two-letter keys.
    two: Vec<u64>,
    /// By the first three letters of longer keys.
    three: Vec<u64>,
}

impl Default for Starts {
    fn default() -> Starts {
        Starts {
            two: vec![0; (1 << 12) / 64],
            three: vec![0; (1 << 18) / 64],
        }
    }
}

/// A letter as six bits: the Arabic letters one by one (the hamza letters together), anything else as one code.
#[inline]
fn letter_code(c: char) -> usize {
    match c {
        'ء' | 'ؤ' | 'ئ' => 1,
        '\u{0622}'..='\u{064A}' => c as usize - 0x620,
        _ => 63,
    }
}

impl Starts {
    /// Notes a key.
    pub fn add(&mut self, key: &str) {
        let mut c = key.chars().map(letter_code);
        let (a, b, x, more) = (c.next(), c.next(), c.next(), c.next());
        let (bits, i) = match (a, b, x) {
            (Some(a), Some(b), Some(x)) => (&mut self.three, (a << 12) | (b << 6) | x),
            (Some(a), Some(b), None) if more.is_none() => (&mut self.two, (a << 6) | b),
            _ => return,
        };
        if let Some(w) = bits.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// False when no prefix of `stem` of two letters or more (read with a leading alef when `alef`) is a noted key,
    /// hamza seats aside.
    #[inline]
    pub fn may_start(&self, stem: &str, alef: bool) -> bool {
        let bit =
            |bits: &[u64], i: usize| bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0);
        let mut c = stem.chars().map(letter_code);
        if alef {
            // The key is the alef and two letters or more.
            return match (c.next(), c.next()) {
                (Some(a), Some(b)) => bit(&self.three, (letter_code('ا') << 12) | (a << 6) | b),
                _ => false,
            };
        }
        match (c.next(), c.next()) {
            (Some(a), Some(b)) => {
                bit(&self.two, (a << 6) | b)
                    || c.next()
                        .is_some_and(|x| bit(&self.three, (a << 12) | (b << 6) | x))
            }
            _ => false,
        }
    }
}

/// The embedded lexicon, built on first use. The embedded files are checked by a test, so a failure here is a build
/// defect; it still degrades to an empty lexicon rather than a panic.
pub(crate) static EVENT_LEXICON: Lazy<EventLexicon> =
    Lazy::new(|| EventLexicon::embedded().unwrap_or_default());

fn err(file: &str, line: usize, reason: impl Into<String>) -> Error {
    Error::Lexicon {
        file: file.to_string(),
        line,
        reason: reason.into(),
    }
}

fn nchars(s: &str) -> usize {
    s.chars().count()
}

/// A noun key: the folded form without a final ـة (folded ه), so «غارة», «غارات», «غارتها» share «غار».
fn noun_key(w: &str) -> String {
    match w.strip_suffix('ه') {
        Some(s) if nchars(s) >= 3 => s.to_string(),
        _ => w.to_string(),
    }
}

impl TriggerEntry {
    /// True when the folded word `w` is one of the words of `notnear`: by its key, and, for a word listed with «ة»,
    /// ending in the «ه» that folding makes of it (the pronoun «ـه» folds alike: «شحنته» is not told from «شحنة»).
    pub(crate) fn near_blocks(&self, w: &str) -> bool {
        let key = rest_key(w);
        self.not_near.contains(&key) && (!self.not_near_taa.contains(&key) || w.ends_with('ه'))
    }
}

/// A phrase word after the first: folded, without the article and a final ـة.
pub(crate) fn rest_key(w: &str) -> String {
    let w = match w.strip_prefix("ال") {
        Some(s) if nchars(s) >= 2 => s,
        _ => w,
    };
    noun_key(w)
}

/// The regular verbal noun of a derived verb shape, if the shape has one: أفعل, انفعل, افتعل, استفعل insert an alef
/// before the last radical (أعلن → إعلان, انسحب → انسحاب, استهدف → استهداف); form II فعّل gives تفعيل; form III
/// فاعل gives مفاعلة. Defective verbs (ending in ي or ا) have irregular nouns and get none: the data lists them.
fn verbal_noun(lemma: &str, pos: &str) -> Option<String> {
    let c: Vec<char> = lemma.chars().collect();
    if matches!(c.last(), Some('ي' | 'ا')) {
        return None;
    }
    match (pos, c.as_slice()) {
        ("v", [first, .., last]) if *first == 'ا' && (4..=6).contains(&c.len()) => {
            let mut s: String = c.get(..c.len() - 1)?.iter().collect();
            s.push('ا');
            s.push(*last);
            Some(s)
        }
        ("v2", [a, b, d]) => Some(format!("ت{a}{b}ي{d}")),
        // With its ـة (folded ه): the bare «مفاعل» is a participle or a broken plural («مهاجم» an attacker, «مطالب»
        // the demands asked), not the act.
        ("v3", [a, 'ا', b, d]) => Some(format!("م{a}ا{b}{d}ه")),
        _ => None,
    }
}

impl EventLexicon {
    /// Parses the embedded data files.
    ///
    /// The trigger file and the gazetteer fill different tables (triggers, cues and word lists; names,
    /// nationalities, entities and offices), so they are read on two threads: this build is the longest serial step
    /// before a program's first text, and the halves take about as long. The forms index, which needs both, comes last.
    pub fn embedded() -> Result<EventLexicon, Error> {
        let gazetteer = || -> Result<EventLexicon, Error> {
            let mut g = EventLexicon::default();
            for (file, data) in GAZETTEER {
                g.load_gazetteer(file, data)?;
            }
            Ok(g)
        };
        let mut lex = EventLexicon::default();
        let g = std::thread::scope(|s| {
            // Should the thread not start, the gazetteer is read here, after the triggers.
            let other = std::thread::Builder::new().spawn_scoped(s, gazetteer);
            let triggers = lex.load_triggers("triggers.tsv", TRIGGERS);
            let g = match other {
                Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                Err(_) => gazetteer(),
            };
            triggers.and(g)
        })?;
        lex.names = g.names;
        lex.nationalities = g.nationalities;
        lex.entities = g.entities;
        lex.offices = g.offices;
        lex.index_forms();
        Ok(lex)
    }

    /// Parses trigger and grammar lines; `file` names the file in errors.
    pub fn load_triggers(&mut self, file: &str, data: &str) -> Result<(), Error> {
        for (n, cols) in tsv_rows(data) {
            let (Some(kind), Some(pattern), Some(third)) = (cols.first(), cols.get(1), cols.get(2))
            else {
                return Err(err(
                    file,
                    n,
                    format!(
                        "expected at least 3 tab-separated fields, found {}",
                        cols.len()
                    ),
                ));
            };
            let cue = kind.starts_with('@').then(|| CueKind::parse(kind));
            if let Some(None) = cue {
                // Word lists rather than cues: looked up as they are, wherever a rule asks.
                let list = WordList::ALL
                    .into_iter()
                    .find(|l| l.name() == *kind)
                    .ok_or_else(|| err(file, n, format!("unknown grammar category {kind:?}")))?;
                let mut word = fold_str(pattern);
                if word.starts_with(' ') || word.ends_with(' ') {
                    word = word.trim_matches(' ').to_string();
                }
                if word.is_empty() {
                    return Err(err(file, n, "empty pattern"));
                }
                if word.contains(' ') {
                    return Err(err(file, n, format!("{kind}: one word, found {pattern:?}")));
                }
                if let Some(set) = self.lists.0.get_mut(list as usize) {
                    set.insert(word);
                }
                continue;
            }
            let words: Vec<String> = fold_str(pattern)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            let Some((first, rest)) = words.split_first() else {
                return Err(err(file, n, "empty pattern"));
            };
            if let Some(ck) = cue.flatten() {
                let (scope, mode) = if ck == CueKind::Mode {
                    (0, Some(third.trim().to_string()))
                } else {
                    let s = third
                        .trim()
                        .parse::<usize>()
                        .map_err(|_| err(file, n, format!("invalid scope {third:?}")))?;
                    (s, None)
                };
                self.cues.entry_or_default(first.clone()).push(Cue {
                    kind: ck,
                    rest: rest.to_vec(),
                    scope,
                    mode,
                });
                continue;
            }
            let kind = KINDS
                .iter()
                .copied()
                .find(|k| k.as_str() == *kind)
                .ok_or_else(|| err(file, n, format!("unknown event kind {kind:?}")))?;
            let pos = third.trim();
            if !matches!(pos, "v" | "v2" | "v3" | "n") {
                return Err(err(
                    file,
                    n,
                    format!("invalid part of speech {pos:?}: expected v, v2, v3 or n"),
                ));
            }
            let rest: Vec<Rest> = rest
                .iter()
                .map(|w| {
                    if w == "...." {
                        Rest::LongGap
                    } else if w == "..." || w == "…" {
                        Rest::Gap
                    } else {
                        Rest::Word(
                            w.split('|')
                                .filter(|a| !a.is_empty())
                                .map(|a| {
                                    let key = rest_key(a);
                                    let next =
                                        u32::try_from(self.rest_words.len()).unwrap_or(u32::MAX);
                                    let id = *self.rest_words.entry(key.clone()).or_insert(next);
                                    (key, id)
                                })
                                .collect(),
                        )
                    }
                })
                .collect();
            let mut entry = TriggerEntry {
                kind,
                rest,
                verbal: false,
                nominal: false,
                mode: None,
                cameo: None,
                plover: None,
                weak: false,
                head: false,
                place: false,
                pair: false,
                no_vn: false,
                defective: false,
                unless: Vec::new(),
                not_by: Vec::new(),
                not_after: Vec::new(),
                idiom: Vec::new(),
                impf_not_after: Vec::new(),
                aim: false,
                not_near: Vec::new(),
                not_near_taa: Vec::new(),
                taa: false,
                comma: false,
                mine: None,
                maqsura: None,
                by_state: None,
                object: false,
                passive: false,
                purpose: Vec::new(),
                impf_alef: false,
                negated: false,
                announces: false,
                planned: false,
                no_impf: pos == "v" && first.starts_with('و'),
                impf_only: false,
                impf_waw: false,
                state_impf: false,
                marbuta: false,
                peek: false,
                yields: false,
                setting: false,
            };
            let mut extra: Vec<String> = Vec::new();
            let mut novn = false;
            let mut state_kind = None;
            for opt in cols.get(3).copied().unwrap_or("").split_whitespace() {
                match opt.split_once('=') {
                    Some(("vn", v)) => extra.extend(
                        fold_str(v)
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(str::to_string),
                    ),
                    Some(("mode", v)) => entry.mode = Some(v.to_string()),
                    Some(("cameo", v)) => entry.cameo = Some(v.to_string()),
                    Some(("plover", v)) => entry.plover = Some(v.to_string()),
                    Some(("unless", v)) => entry.unless.extend(
                        fold_str(v)
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(rest_key),
                    ),
                    Some(("notby", v)) => entry.not_by.extend(
                        fold_str(v)
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(rest_key),
                    ),
                    Some(("idiom", v)) => entry.idiom.extend(
                        fold_str(v)
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(str::to_string),
                    ),
                    Some(("notafter", v)) => entry.not_after.extend(
                        fold_str(v)
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(rest_key),
                    ),
                    Some(("impfnotafter", v)) => entry.impf_not_after.extend(
                        fold_str(v)
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(rest_key),
                    ),
                    Some(("purpose", v)) => entry.purpose.extend(
                        fold_str(v)
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(str::to_string),
                    ),
                    Some(("maqsura", v)) => {
                        entry.maqsura = Some((
                            first.clone(),
                            fold_str(v)
                                .split(',')
                                .filter(|s| !s.is_empty())
                                .map(str::to_string)
                                .collect(),
                        ))
                    }
                    Some(("bystate", v)) => {
                        let kind = KINDS
                            .iter()
                            .copied()
                            .find(|k| k.as_str() == v)
                            .ok_or_else(|| err(file, n, format!("unknown event kind {v:?}")))?;
                        state_kind = Some(kind);
                    }
                    Some(("notnear", v)) => {
                        for w in fold_str(v).split(',').filter(|s| !s.is_empty()) {
                            let key = rest_key(w);
                            if w.ends_with('ه') && !key.ends_with('ه') {
                                entry.not_near_taa.push(key.clone());
                            }
                            entry.not_near.push(key);
                        }
                    }
                    None if opt == "weak" => entry.weak = true,
                    None if opt == "taa" => entry.taa = true,
                    None if opt == "comma" => entry.comma = true,
                    None if opt == "mine" => entry.mine = Some(true),
                    None if opt == "notmine" => entry.mine = Some(false),
                    None if opt == "passive" => entry.passive = true,
                    None if opt == "object" => entry.object = true,
                    None if opt == "impfa" => entry.impf_alef = true,
                    None if opt == "head" => entry.head = true,
                    None if opt == "place" => entry.place = true,
                    None if opt == "pair" => entry.pair = true,
                    None if opt == "novn" => {
                        novn = true;
                        entry.no_vn = true;
                    }
                    None if opt == "neg" => entry.negated = true,
                    None if opt == "announces" => entry.announces = true,
                    None if opt == "planned" => entry.planned = true,
                    None if opt == "peek" => entry.peek = true,
                    None if opt == "aim" => entry.aim = true,
                    None if opt == "yields" => entry.yields = true,
                    None if opt == "setting" => entry.setting = true,
                    None if opt == "noimpf" => entry.state_impf = true,
                    None if opt == "impf" => {
                        entry.impf_only = true;
                        entry.impf_waw = true;
                    }
                    _ => return Err(err(file, n, format!("unknown option {opt:?}"))),
                }
            }
            // (Made once all options are read: the state's entry keeps all but `notnear`.)
            if let Some(kind) = state_kind {
                entry.by_state = Some(Box::new(TriggerEntry {
                    kind,
                    not_near: Vec::new(),
                    not_near_taa: Vec::new(),
                    ..entry.clone()
                }));
            }
            if pos == "n" {
                self.add_noun_trigger(first, &entry);
            } else {
                self.add_trigger(first.clone(), true, false, &entry);
                // The imperfect of «وصل» drops its «و» («يصل», «سيصل»): form I only (pos `v`; «وقّع» keeps it).
                if let Some(s) = first
                    .strip_prefix('و')
                    .filter(|s| pos == "v" && nchars(s) == 2 && !entry.rest.is_empty())
                {
                    let impf = TriggerEntry {
                        no_impf: false,
                        impf_only: true,
                        ..entry.clone()
                    };
                    self.add_trigger(s.to_string(), true, false, &impf);
                }
                // «دعا» → «يدعو»: the imperfect of a three-letter verb in «ا» ends in «و».
                if let Some(s) = first
                    .strip_suffix('ا')
                    .filter(|s| pos == "v" && nchars(s) == 2)
                {
                    let impf = TriggerEntry {
                        impf_only: true,
                        impf_waw: true,
                        ..entry.clone()
                    };
                    self.add_trigger(format!("{s}و"), true, false, &impf);
                }
                // Defective verbs lose their last letter before suffixes: «انتهى» → «انتهت».
                if let Some(s) = first.strip_suffix(['ي', 'ا']) {
                    if nchars(s) >= 2 {
                        let def = TriggerEntry {
                            defective: true,
                            ..entry.clone()
                        };
                        self.add_trigger(s.to_string(), true, false, &def);
                    }
                }
                if !novn {
                    if let Some(vn) = verbal_noun(first, pos) {
                        extra.push(vn);
                    }
                }
            }
            for vn in extra {
                self.add_noun_trigger(&vn, &entry);
            }
        }
        Ok(())
    }

    /// Whether the folded word `w` is in the word list `list`.
    #[inline]
    pub fn in_list(&self, list: WordList, w: &str) -> bool {
        self.lists
            .0
            .get(list as usize)
            .is_some_and(|set| set.contains(w))
    }

    /// Whether the folded word `w` starts with a word of the list `list` (a list of word beginnings).
    pub fn starts_with_listed(&self, list: WordList, w: &str) -> bool {
        self.lists
            .0
            .get(list as usize)
            .is_some_and(|l| l.set.iter().any(|p| w.starts_with(p.as_str())))
    }

    /// Whether the folded word `w` contains a word of the list `list`.
    pub fn contains_listed(&self, list: WordList, w: &str) -> bool {
        self.lists
            .0
            .get(list as usize)
            .is_some_and(|l| l.set.iter().any(|p| w.contains(p.as_str())))
    }

    /// The grammar words under a bare form: those of the form, else of the form without a tanween alef
    /// («إعلامياً»).
    pub fn cues_of(&self, form: &str) -> Option<&Vec<Cue>> {
        self.cues.get(form).or_else(|| {
            form.strip_suffix('ا')
                .filter(|f| f.chars().nth(2).is_some())
                .and_then(|f| self.cues.get(f))
        })
    }

    /// The nationality adjective a bare form is: with or without the article, with a gender or number ending.
    pub fn nationality_of(&self, form: &str) -> Option<usize> {
        let stem = form.strip_prefix("ال").unwrap_or(form);
        NATIONALITY_ENDINGS.iter().find_map(|suf| {
            super::morph::strip_suffix_short(stem, suf)
                .and_then(|s| self.nationalities.get(s).copied())
        })
    }

    /// Whether a bare form is a singular nationality adjective, masculine or feminine, with or without the article
    /// («أمريكي», «الإسرائيلية»), as after a noun it describes; not a plural, which names people («فلسطينيين»).
    pub fn singular_nationality(&self, form: &str) -> bool {
        let stem = form.strip_prefix("ال").unwrap_or(form);
        self.nationalities.get(stem).is_some()
            || stem
                .strip_suffix('ه')
                .is_some_and(|s| self.nationalities.get(s).is_some())
    }

    /// Rebuilds [`EventLexicon::forms`] from every form that [`EventLexicon::cues_of`], the names or
    /// [`EventLexicon::nationality_of`] answer for (a form none answers for is in none of the three).
    fn index_forms(&mut self) {
        let mut candidates: Vec<String> = Vec::new();
        for (k, _) in self.cues.iter() {
            candidates.push(k.to_string());
            let k: &str = k;
            candidates.push([k, "ا"].concat());
        }
        candidates.extend(self.names.iter().map(|(k, _)| k.to_string()));
        for (s, _) in self.nationalities.iter() {
            let s: &str = s;
            for suf in NATIONALITY_ENDINGS {
                candidates.push([s, suf].concat());
                candidates.push(["ال", s, suf].concat());
            }
        }
        let mut forms = KeyMap::default();
        for f in candidates {
            let form = Form {
                cues: self.cues_of(&f).cloned().unwrap_or_default(),
                names: self.names.get(&f).cloned().unwrap_or_default(),
                nationality: self.nationality_of(&f),
            };
            if !form.cues.is_empty() || !form.names.is_empty() || form.nationality.is_some() {
                forms.insert(f, form);
            }
        }
        self.forms = forms;
    }

    /// Adds a noun trigger under its [`noun_key`], marked [`TriggerEntry::marbuta`] when the key dropped a ـة.
    fn add_noun_trigger(&mut self, noun: &str, entry: &TriggerEntry) {
        let key = noun_key(noun);
        let marbuta = key.len() < noun.len();
        let entry = TriggerEntry {
            marbuta,
            ..entry.clone()
        };
        self.add_trigger(key, false, true, &entry);
    }

    fn add_trigger(&mut self, key: String, verbal: bool, nominal: bool, entry: &TriggerEntry) {
        self.trigger_starts.add(&key);
        let list = self.triggers.entry_or_default(key);
        if let Some(e) = list.iter_mut().find(|e| {
            e.kind == entry.kind
                && e.rest == entry.rest
                && e.defective == entry.defective
                && e.marbuta == entry.marbuta
                && e.taa == entry.taa
                && e.comma == entry.comma
                && e.mine == entry.mine
                && e.impf_only == entry.impf_only
                && e.impf_waw == entry.impf_waw
                && e.peek == entry.peek
        }) {
            e.verbal |= verbal;
            e.nominal |= nominal;
            return;
        }
        list.push(TriggerEntry {
            verbal,
            nominal,
            ..entry.clone()
        });
    }

    /// Parses gazetteer lines; `file` names the file in errors.
    pub fn load_gazetteer(&mut self, file: &str, data: &str) -> Result<(), Error> {
        for (n, cols) in tsv_rows(data) {
            // A fifth column, for people only: the offices they hold («foreign_minister | prime_minister»).
            let (key, ty, country, names, offices) = match cols.as_slice() {
                [key, ty, country, names] => (key, ty, country, names, None),
                [key, ty, country, names, offices] if *ty == "person" => {
                    (key, ty, country, names, Some(*offices))
                }
                _ => {
                    return Err(err(
                        file,
                        n,
                        format!(
                            "expected 4 tab-separated fields (5 for a person), found {}",
                            cols.len()
                        ),
                    ))
                }
            };
            let ty = match *ty {
                "country" | "nationality" => EntityType::Country,
                "city" => EntityType::City,
                "region" => EntityType::Region,
                "base" => EntityType::Base,
                "org" => EntityType::Org,
                "group" => EntityType::Group,
                "person" => EntityType::Person,
                "office" => EntityType::Office,
                other => return Err(err(file, n, format!("invalid type {other:?}"))),
            };
            let nationality = cols.get(1) == Some(&"nationality");
            if key.is_empty() {
                return Err(err(file, n, "empty key"));
            }
            let country = match *country {
                "-" | "" => None,
                c => Some(c.to_string()),
            };
            if let Some(offices) = offices {
                let mut list: Vec<Office> = Vec::new();
                for o in offices
                    .split('|')
                    .map(str::trim)
                    .filter(|o| !o.is_empty() && *o != "-")
                {
                    match Office::parse(o) {
                        Some(o) => list.push(o),
                        None => return Err(err(file, n, format!("invalid office {o:?}"))),
                    }
                }
                if !list.is_empty() {
                    self.offices.insert(key.to_string(), list);
                }
            }
            let idx = self.entities.len();
            self.entities.push(Entity {
                key: key.to_string(),
                ty,
                country,
                given: Vec::new(),
            });
            let mut any = false;
            for name in names.split('|') {
                // «!مسقط رأس»: a phrase that starts like the name and is not it (a birthplace, not Muscat). It is
                // matched like a name, longest first, and names nothing, so the shorter name is not read inside it.
                let (not_name, name) = match name.trim().strip_prefix('!') {
                    Some(phrase) => (true, phrase),
                    None => (false, name.trim()),
                };
                let folded = fold_str(name);
                let mut words = folded.split(' ').filter(|w| !w.is_empty());
                let Some(first) = words.next() else { continue };
                if not_name {
                    let rest: Vec<String> = words.map(str::to_string).collect();
                    if rest.is_empty() {
                        return Err(err(
                            file,
                            n,
                            format!("{name:?}: a phrase that is no name needs two words"),
                        ));
                    }
                    self.names.entry_or_default(first.to_string()).push(Name {
                        rest,
                        entity: NOT_A_NAME,
                    });
                    continue;
                }
                any = true;
                if nationality {
                    let stem = first.strip_prefix("ال").unwrap_or(first);
                    self.nationalities.insert(stem.to_string(), idx);
                    continue;
                }
                let rest: Vec<String> = words.map(str::to_string).collect();
                if ty == EntityType::Person && !rest.is_empty() {
                    if let Some(e) = self.entities.get_mut(idx) {
                        e.given.push(first.to_string());
                    }
                }
                self.names
                    .entry_or_default(first.to_string())
                    .push(Name { rest, entity: idx });
            }
            if !any {
                return Err(err(file, n, "no name"));
            }
        }
        // Longest names first, so the first full match under a key is the longest.
        for list in self.names.values_mut() {
            list.sort_by_key(|n| std::cmp::Reverse(n.rest.len()));
        }
        Ok(())
    }
}

impl EventLexicon {
    /// The offices the gazetteer person `key` holds or held lately (see [`EventLexicon::offices`]); empty for anyone
    /// else.
    pub(crate) fn offices_of(&self, key: &str) -> &[Office] {
        self.offices.get(key).map_or(&[], Vec::as_slice)
    }

    /// The keys of the offices the gazetteer person `key` held on some of the days `days` (all of them when no days
    /// are known): «الجولاني» is no president of Syria in 2021.
    pub(crate) fn offices_held(
        &self,
        key: &str,
        days: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
    ) -> impl Iterator<Item = &str> {
        self.offices_of(key)
            .iter()
            .filter(move |o| o.held(days))
            .map(|o| o.key.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_parse() {
        let lex = EventLexicon::embedded().expect("embedded event lexicon");
        // Every office of a person is an office of the gazetteer.
        for (person, offices) in &lex.offices {
            for o in offices {
                assert!(
                    lex.entities
                        .iter()
                        .any(|e| e.ty == EntityType::Office && e.key == o.key),
                    "people.tsv: {person}: unknown office {}",
                    o.key
                );
            }
        }
        assert_eq!(
            lex.offices_held("busaidi", None).collect::<Vec<_>>(),
            ["foreign_minister"]
        );
        // A term with its days: not before it began.
        let day = |s: &str| s.parse::<chrono::NaiveDate>().ok();
        let in_2021 = day("2021-03-15").zip(day("2021-03-15"));
        assert_eq!(lex.offices_held("sharaa", in_2021).count(), 0);
        let in_2025 = day("2025-06-01").zip(day("2025-06-01"));
        assert_eq!(
            lex.offices_held("sharaa", in_2025).collect::<Vec<_>>(),
            ["president"]
        );
        assert_eq!(
            Office::parse("prime_minister@..2022-10-27").and_then(|o| o.to),
            day("2022-10-27")
        );
        assert!(Office::parse("president@2025-13-01").is_none());
        assert!(lex.offices_of("soleimani").is_empty());
        assert!(lex.triggers.contains_key("انسحاب"), "derived verbal noun");
        assert!(lex.triggers.contains_key("استهداف"));
        assert!(lex.triggers.contains_key("توقيع"));
        assert!(lex.triggers.contains_key("غار"));
        assert!(lex.names.contains_key("سليماني"));
        assert!(lex.nationalities.contains_key("امريكي"));
        assert!(lex.cues.contains_key("لم"));
        assert!(lex.in_list(WordList::Institution, "برلمان"));
        assert!(lex.in_list(WordList::PlaceNoun, "مدينه"));
        assert!(lex.in_list(WordList::Still, "يزال"));
        assert!(lex.in_list(WordList::RuleOut, "تستبعد"));
        assert!(lex.in_list(WordList::Absent, "يحضر"));
        assert!(!lex.in_list(WordList::Absent, "يزال"));
        assert!(lex.in_list(WordList::NameStop, "الذي"));
        assert!(lex.in_list(WordList::TitleModifier, "السابق"));
        assert!(lex.in_list(WordList::NameLink, "ابو"));
        assert!(lex.in_list(WordList::NotTold, "ينبغي"));
        assert!(lex.starts_with_listed(WordList::Promise, "هددت"));
        assert!(!lex.starts_with_listed(WordList::Promise, "استهدف"));
        assert!(lex.in_list(WordList::Inquiry, "التحقيقات"));
        assert!(lex.in_list(WordList::InquiryOf, "بملابسات"));
        assert!(lex.contains_listed(WordList::Signing, "بالتوقيع"));
        assert!(lex.starts_with_listed(WordList::Responsibility, "مسؤوليتها"));
        assert!(lex.in_list(WordList::PlainPreposition, "داخل"));
        assert!(!lex.in_list(WordList::PlainPreposition, "مطار"));
        assert!(lex.in_list(WordList::During, "واثناء"));
        assert!(lex.in_list(WordList::Attribution, "حسبما"));
        assert!(lex.in_list(WordList::Medium, "خلال"));
        assert!(lex.in_list(WordList::Similar, "مماثل"));
        assert!(!lex.in_list(WordList::Similar, "الهجوم"));
        assert!(lex.in_list(WordList::Specific, "اسفرت"));
        assert!(lex.in_list(WordList::NotVerb, "مدحت"));
        // Every list has words.
        for list in WordList::ALL {
            assert!(
                lex.lists
                    .0
                    .get(list as usize)
                    .is_some_and(|s| !s.set.is_empty()),
                "{list:?}"
            );
        }
    }

    /// The start filter hides no trigger reading: the readings found with it are those found without, for every key
    /// with clitics before it and endings after it.
    #[test]
    fn trigger_start_filter_hides_no_reading() {
        use super::super::morph::for_each_reading_where;
        let lex = EventLexicon::embedded().expect("embedded event lexicon");
        let mut buf = String::new();
        let mut found = |w: &str, filtered: bool| {
            let mut out = Vec::new();
            let may =
                |stem: &str, alef: bool| !filtered || lex.trigger_starts.may_start(stem, alef);
            for_each_reading_where(w, may, |r| {
                let k = r.key(&mut buf);
                if lex.triggers.contains_key(k) {
                    out.push((
                        k.to_string(),
                        r.alef,
                        r.future,
                        r.imperfect,
                        r.definite,
                        r.suffix,
                    ));
                }
            });
            out
        };
        let mut words = 0;
        for (key, _) in lex.triggers.iter() {
            let mut stems = vec![key.to_string()];
            // A final hamza on its seat before a suffix; a verb without its alef after an imperfect prefix.
            if let Some(s) = key.strip_suffix('ء') {
                stems.push(format!("{s}ؤ"));
                stems.push(format!("{s}ئ"));
            }
            let bare = key.strip_prefix('ا').map(str::to_string);
            for (stem, before) in stems
                .iter()
                .map(|s| (s, ["", "و", "ال", "وبال", "لل", "ك", "فس"].as_slice()))
                .chain(
                    bare.iter()
                        .map(|s| (s, ["ي", "ت", "ن", "سي", "لي", "وست"].as_slice())),
                )
            {
                for p in before {
                    for e in ["", "ه", "ها", "هم", "ات", "وا", "ت", "ين", "ون", "تها", "ا"]
                    {
                        let w = format!("{p}{stem}{e}");
                        let all = found(&w, false);
                        assert_eq!(found(&w, true), all, "{w}");
                        words += 1;
                    }
                }
            }
        }
        assert!(words > 10_000, "{words}");
    }

    /// One probe of the form index answers as the three tables do, for their keys with and without the article,
    /// endings and a tanween alef, and for other words.
    #[test]
    fn form_index_answers_as_the_tables() {
        let lex = EventLexicon::embedded().expect("embedded event lexicon");
        let keys: Vec<&str> = lex
            .cues
            .iter()
            .map(|(k, _)| k)
            .chain(lex.names.iter().map(|(k, _)| k))
            .chain(lex.nationalities.iter().map(|(k, _)| k))
            .chain(["الحكومه", "قوات", "المدينه", "ا", ""])
            .collect();
        let mut n = 0;
        for k in keys {
            for p in ["", "ال"] {
                for e in ["", "ا", "ه", "ين", "ون", "ان", "تين", "ها"] {
                    let f = format!("{p}{k}{e}");
                    let got = lex.forms.get(&f).cloned().unwrap_or_default();
                    let cues = lex.cues_of(&f).cloned().unwrap_or_default();
                    let names = lex.names.get(&f).cloned().unwrap_or_default();
                    assert_eq!(format!("{:?}", got.cues), format!("{cues:?}"), "{f}");
                    assert_eq!(format!("{:?}", got.names), format!("{names:?}"), "{f}");
                    assert_eq!(got.nationality, lex.nationality_of(&f), "{f}");
                    n += usize::from(lex.forms.get(&f).is_some());
                }
            }
        }
        assert!(n > 500, "{n}");
    }

    #[test]
    fn bad_lines_are_clear_errors() {
        let mut lex = EventLexicon::default();
        let e = lex
            .load_triggers("triggers.tsv", "# c\nwar\tحرب\tn\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "lexicon triggers.tsv line 2: unknown event kind \"war\""
        );
        let e = lex
            .load_triggers("triggers.tsv", "attack\tهجوم\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "lexicon triggers.tsv line 1: expected at least 3 tab-separated fields, found 2"
        );
        let e = lex
            .load_triggers("triggers.tsv", "attack\tهجوم\tx\n")
            .unwrap_err();
        assert!(e.to_string().contains("invalid part of speech"), "{e}");
        let e = lex
            .load_triggers("triggers.tsv", "@still\tلا يزال\t0\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "lexicon triggers.tsv line 1: @still: one word, found \"لا يزال\""
        );
        let e = lex
            .load_triggers("triggers.tsv", "@stil\tيزال\t0\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "lexicon triggers.tsv line 1: unknown grammar category \"@stil\""
        );
        let e = lex
            .load_gazetteer("people.tsv", "x\tperson\t-\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "lexicon people.tsv line 1: expected 4 tab-separated fields (5 for a person), found 3"
        );
    }

    #[test]
    fn derived_verbal_nouns() {
        assert_eq!(verbal_noun("اعلن", "v").as_deref(), Some("اعلان"));
        assert_eq!(verbal_noun("استهدف", "v").as_deref(), Some("استهداف"));
        assert_eq!(verbal_noun("علق", "v2").as_deref(), Some("تعليق"));
        assert_eq!(verbal_noun("هاجم", "v3").as_deref(), Some("مهاجمه"));
        assert_eq!(verbal_noun("انتهي", "v"), None);
    }
}
