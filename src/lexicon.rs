//! Lexicons embedded from `data/lexicon/*.tsv`, parsed once per process.
//!
//! Each file is tab-separated text, one entry a line, `#` comments. Forms are folded (see [`crate::normalize`]) before
//! they become keys, so a data line never needs to list hamza, tashkeel or taa-marbuta variants. Adding a spelling is a
//! data change: append a line.

use crate::error::Error;
use crate::normalize::fold_str;
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Unit of a duration or offset.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

crate::names::names!(Unit {
    Second => "second",
    Minute => "minute",
    Hour => "hour",
    Day => "day",
    Week => "week",
    Month => "month",
    Year => "year",
    Decade => "decade",
    Century => "century",
});

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }
}

/// How many of a unit a unit word says by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    One,
    Two,
    Plural,
}

/// Calendar of a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cal {
    Gregorian,
    Hijri,
}

/// Part of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Start,
    Mid,
    End,
    /// What is left of the period after the reference («بقية العام»).
    Rest,
    /// The days off at the end of a week («عطلة نهاية الأسبوع»).
    Weekend,
    /// What has passed of the period before the reference («في وقت سابق من هذا الشهر»).
    Before,
    /// The last day of a month («سلخ شعبان»).
    LastDay,
}

/// One reading of a word or phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    Month {
        cal: Cal,
        n: u8,
        weak: bool,
    },
    Weekday(u8),
    /// A weekday's plural («الآحاد», «الجمع»): a weekday only after «أيام» (argument: the ISO weekday).
    WeekdayPlural(u8),
    Cardinal(u32),
    Ordinal(u32),
    Teen,
    Unit {
        unit: Unit,
        count: Count,
    },
    RelDay(i8),
    Now,
    /// The past, the present or the future as a whole («مؤخراً», «حالياً», «قريباً»): -1, 0 or 1, TIMEX3
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`; and whether it needs a preposition before it (a noun that is also an
    /// adjective: «في الماضي», but «اللقاء الماضي»).
    Deictic(i8, bool),
    /// An adjective of number or length after a bare plural unit («أيام عدة», «سنوات طويلة»): part of the vague count.
    VagueAdj,
    /// Shift from the reference (`false`) or from the narrative when there is one (`true`).
    Shift(i8, bool),
    This,
    Part(Part),
    DayPart(&'static str),
    Mod(&'static str),
    Clock,
    Era(Cal),
    Fraction(u8),
    Decade(u8),
    Link,
    Same,
    Prep,
    To,
    /// A word that makes the clause after it future or planned; `true` when only a date after «إلى»/«حتى» is moved
    /// ahead («تأجيل الجلسة إلى 15 يونيو», where «أجلت … الثلاثاء» dates the postponing itself).
    Future(bool),
    /// A word of going on still («لا يزال», «ما زالت»): like `Future(true)`, its end after «إلى»/«حتى» lies ahead,
    /// unless a past «كان» frames it («وكانت المعارك ما تزال مستمرة حتى مساء السبت»).
    Still,
    /// A past form of «كان» just before a future or planning word («كان من المقرر أن», «كان الوفد سيصل»): the plan
    /// lies in the past, so its date does not lean forward. Shares the bit of [`Reading::Future`].
    PastFrame,
    /// «مرة», «مرتين»: a count of times, before the period it recurs in («مرتين في الأسبوع»).
    Times,
    That,
    Last,
    Holiday(Holiday),
    /// A season: TIMEX3 code `SP`, `SU`, `FA` or `WI`.
    Season(&'static str),
    /// A named clock time: «منتصف الليل» (0), «الظهيرة» (12): the hour.
    ClockTime(u8),
    /// A word that may start an expression before a number or a temporal word («بين», «عند», «بضعة»).
    Signal,
    /// «كل» before a unit or a weekday: a recurring time (TIMEX3 SET).
    Every,
    /// A verb of coming and going, after which colloquial «من أسبوع» means «a week ago» and a bare day after a
    /// preposition is a date («عدت في الثاني»). `true` for a verb of returning, after which even «إلى 27» is a day
    /// («عدت إلى 27»), where after «وصل» it is a count.
    Motion(bool),
    /// An adverb of recurrence: «يومياً» (the unit it repeats).
    Recurring(Unit),
    /// An unspecified small count after a plural unit («الأيام القليلة الماضية»): the count it stands for.
    Few(u8),
    /// A period noun with a first-person possessive («أسبوعي» after «بقية»): the current one of that unit.
    Own(Unit),
    /// A one-letter part of day after a clock time with a colon («10:50 ص», «5:30 م»): TIMEX3 code.
    ClockSuffix(&'static str),
    /// A number word with no date use («صفر»): read by the number parser only.
    Numeral(u32),
    /// A multiplier word («مليون», «آلاف»): its value, and whether the word says one, two or a plural of it.
    Scale(u64, Count),
    /// A cardinal form that counts only inside a compound («أحد عشر»).
    Bound,
    /// A sign word before a number («سالب»).
    Minus,
    /// The decimal point word («فاصلة»).
    Point,
    /// A plural fraction noun after a count («ثلاثة أرباع»): the denominator.
    Denominator(u8),
    /// A noun of a person's age after «من» («في الخمسينات من العمر», «في العقد السابع من عمره»): the decade or
    /// count before it is an age, not a time.
    Age,
    /// A noun that a day and month with no year after it name: a place or a group («شارع 26 سبتمبر», «قوى 14
    /// آذار»: no date at all), or with `true` a well-known event («ثورة 25 يناير»: a date whose year the text does
    /// not give, and the reference's would be wrong).
    Named(bool),
}

/// One bit per kind of [`Reading`] (see [`Reading::bit`]), and [`bits::NUM`] for a number in digits: a token's
/// summary, so that a grammar rule's opening test is one mask test instead of a walk over its readings.
pub(crate) mod bits {
    /// [`super::Reading::Month`].
    pub(crate) const MONTH: u64 = 1 << 0;
    /// [`super::Reading::Weekday`].
    pub(crate) const WEEKDAY: u64 = 1 << 1;
    /// [`super::Reading::Cardinal`].
    pub(crate) const CARDINAL: u64 = 1 << 2;
    /// [`super::Reading::Ordinal`].
    pub(crate) const ORDINAL: u64 = 1 << 3;
    /// [`super::Reading::Teen`].
    pub(crate) const TEEN: u64 = 1 << 4;
    /// [`super::Reading::Unit`].
    pub(crate) const UNIT: u64 = 1 << 5;
    /// [`super::Reading::RelDay`].
    pub(crate) const REL_DAY: u64 = 1 << 6;
    /// [`super::Reading::Now`].
    pub(crate) const NOW: u64 = 1 << 7;
    /// [`super::Reading::Deictic`].
    pub(crate) const DEICTIC: u64 = 1 << 8;
    /// [`super::Reading::VagueAdj`].
    pub(crate) const VAGUE_ADJ: u64 = 1 << 9;
    /// [`super::Reading::Shift`].
    pub(crate) const SHIFT: u64 = 1 << 10;
    /// [`super::Reading::This`].
    pub(crate) const THIS: u64 = 1 << 11;
    /// [`super::Reading::Part`].
    pub(crate) const PART: u64 = 1 << 12;
    /// [`super::Reading::DayPart`].
    pub(crate) const DAY_PART: u64 = 1 << 13;
    /// [`super::Reading::Mod`].
    pub(crate) const MOD: u64 = 1 << 14;
    /// [`super::Reading::Clock`].
    pub(crate) const CLOCK: u64 = 1 << 15;
    /// [`super::Reading::Era`].
    pub(crate) const ERA: u64 = 1 << 16;
    /// [`super::Reading::Fraction`].
    pub(crate) const FRACTION: u64 = 1 << 17;
    /// [`super::Reading::Decade`].
    pub(crate) const DECADE: u64 = 1 << 18;
    /// [`super::Reading::Link`].
    pub(crate) const LINK: u64 = 1 << 19;
    /// [`super::Reading::Same`].
    pub(crate) const SAME: u64 = 1 << 20;
    /// [`super::Reading::Prep`].
    pub(crate) const PREP: u64 = 1 << 21;
    /// [`super::Reading::To`].
    pub(crate) const TO: u64 = 1 << 22;
    /// [`super::Reading::Future`].
    pub(crate) const FUTURE: u64 = 1 << 23;
    /// [`super::Reading::That`].
    pub(crate) const THAT: u64 = 1 << 24;
    /// [`super::Reading::Last`].
    pub(crate) const LAST: u64 = 1 << 25;
    /// [`super::Reading::Holiday`].
    pub(crate) const HOLIDAY: u64 = 1 << 26;
    /// [`super::Reading::Season`].
    pub(crate) const SEASON: u64 = 1 << 27;
    /// [`super::Reading::ClockTime`].
    pub(crate) const CLOCK_TIME: u64 = 1 << 28;
    /// [`super::Reading::Signal`].
    pub(crate) const SIGNAL: u64 = 1 << 29;
    /// [`super::Reading::Every`].
    pub(crate) const EVERY: u64 = 1 << 30;
    /// [`super::Reading::Motion`].
    pub(crate) const MOTION: u64 = 1 << 31;
    /// [`super::Reading::Recurring`].
    pub(crate) const RECURRING: u64 = 1 << 32;
    /// [`super::Reading::Few`].
    pub(crate) const FEW: u64 = 1 << 33;
    /// [`super::Reading::Own`].
    pub(crate) const OWN: u64 = 1 << 34;
    /// [`super::Reading::ClockSuffix`].
    pub(crate) const CLOCK_SUFFIX: u64 = 1 << 35;
    /// [`super::Reading::Numeral`].
    pub(crate) const NUMERAL: u64 = 1 << 36;
    /// [`super::Reading::Scale`].
    pub(crate) const SCALE: u64 = 1 << 37;
    /// [`super::Reading::Bound`].
    pub(crate) const BOUND: u64 = 1 << 38;
    /// [`super::Reading::Minus`].
    pub(crate) const MINUS: u64 = 1 << 39;
    /// [`super::Reading::Point`].
    pub(crate) const POINT: u64 = 1 << 40;
    /// [`super::Reading::Denominator`].
    pub(crate) const DENOMINATOR: u64 = 1 << 41;
    /// [`super::Reading::Age`].
    pub(crate) const AGE: u64 = 1 << 42;
    /// [`super::Reading::Named`].
    pub(crate) const NAMED: u64 = 1 << 43;
    /// [`super::Reading::Times`].
    pub(crate) const TIMES: u64 = 1 << 44;
    /// [`super::Reading::WeekdayPlural`].
    pub(crate) const WEEKDAY_PLURAL: u64 = 1 << 45;
    /// A token in digits (no reading has this bit).
    pub(crate) const NUM: u64 = 1 << 63;
}

impl Reading {
    /// The reading's bit in a token's summary (see [`bits`]).
    pub(crate) fn bit(&self) -> u64 {
        match self {
            Reading::Month { .. } => bits::MONTH,
            Reading::Weekday(_) => bits::WEEKDAY,
            Reading::WeekdayPlural(_) => bits::WEEKDAY_PLURAL,
            Reading::Cardinal(_) => bits::CARDINAL,
            Reading::Ordinal(_) => bits::ORDINAL,
            Reading::Teen => bits::TEEN,
            Reading::Unit { .. } => bits::UNIT,
            Reading::RelDay(_) => bits::REL_DAY,
            Reading::Now => bits::NOW,
            Reading::Deictic(..) => bits::DEICTIC,
            Reading::VagueAdj => bits::VAGUE_ADJ,
            Reading::Shift(..) => bits::SHIFT,
            Reading::This => bits::THIS,
            Reading::Part(_) => bits::PART,
            Reading::DayPart(_) => bits::DAY_PART,
            Reading::Mod(_) => bits::MOD,
            Reading::Clock => bits::CLOCK,
            Reading::Era(_) => bits::ERA,
            Reading::Fraction(_) => bits::FRACTION,
            Reading::Decade(_) => bits::DECADE,
            Reading::Link => bits::LINK,
            Reading::Same => bits::SAME,
            Reading::Prep => bits::PREP,
            Reading::To => bits::TO,
            Reading::Future(_) | Reading::Still | Reading::PastFrame => bits::FUTURE,
            Reading::Times => bits::TIMES,
            Reading::That => bits::THAT,
            Reading::Last => bits::LAST,
            Reading::Holiday(_) => bits::HOLIDAY,
            Reading::Season(_) => bits::SEASON,
            Reading::ClockTime(_) => bits::CLOCK_TIME,
            Reading::Signal => bits::SIGNAL,
            Reading::Every => bits::EVERY,
            Reading::Motion(_) => bits::MOTION,
            Reading::Recurring(_) => bits::RECURRING,
            Reading::Few(_) => bits::FEW,
            Reading::Own(_) => bits::OWN,
            Reading::ClockSuffix(_) => bits::CLOCK_SUFFIX,
            Reading::Numeral(_) => bits::NUMERAL,
            Reading::Scale(..) => bits::SCALE,
            Reading::Bound => bits::BOUND,
            Reading::Minus => bits::MINUS,
            Reading::Point => bits::POINT,
            Reading::Denominator(_) => bits::DENOMINATOR,
            Reading::Age => bits::AGE,
            Reading::Named(_) => bits::NAMED,
        }
    }
}

/// When a holiday falls, by its rule in `holidays.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// A fixed Gregorian month and day.
    Gregorian(u8, u8),
    /// A fixed Hijri (Umm al-Qura) month and day.
    Hijri(u8, u8),
    /// Days after Western Easter Sunday.
    Easter(i16),
    /// Days after Orthodox (Julian) Easter Sunday, as the Copts and most Eastern churches keep it («شم النسيم»).
    OrthodoxEaster(i16),
    /// The n-th ISO weekday (1 Monday … 7 Sunday) of a month; n = -1 for the last.
    Nth { month: u8, weekday: u8, n: i8 },
    /// The n-th ISO weekday of a Hijri (Umm al-Qura) month; n = -1 for the last («يوم القدس»: the last Friday of
    /// Ramadan).
    HijriNth { month: u8, weekday: u8, n: i8 },
    /// Several Hijri days in a row, from a first day («أيام التشريق»: 11 to 13 Dhu al-Hijja); named alone, the
    /// range of them.
    HijriDays { month: u8, day: u8, days: u8 },
}

impl Holiday {
    /// Parses a rule and its argument: `gregorian 12-25`, `hijri 10-01`, `easter -2`, `orthodox_easter 1`,
    /// `nth 11-4-4`.
    fn parse(rule: &str, arg: &str) -> Option<Holiday> {
        let nums: Vec<i32> = arg
            .split('-')
            .enumerate()
            .map(|(k, p)| {
                // `easter -2`: a leading minus gives an empty first piece.
                if p.is_empty() && k == 0 {
                    Some(i32::MIN)
                } else {
                    p.parse().ok()
                }
            })
            .collect::<Option<_>>()
            .or_else(|| {
                // `nth 09-5--1`: a last piece after an empty one is negative.
                let (head, last) = arg.rsplit_once("--")?;
                let mut v: Vec<i32> = head
                    .split('-')
                    .map(|p| p.parse().ok())
                    .collect::<Option<_>>()?;
                v.push(-last.parse::<i32>().ok()?);
                Some(v)
            })?;
        let month_day = |m: i32, d: i32| -> Option<(u8, u8)> {
            ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((m as u8, d as u8))
        };
        match (rule, nums.as_slice()) {
            ("gregorian", [m, d]) => month_day(*m, *d).map(|(m, d)| Holiday::Gregorian(m, d)),
            ("hijri", [m, d]) if *d <= 30 => month_day(*m, *d).map(|(m, d)| Holiday::Hijri(m, d)),
            ("hijri_days", [m, d, n]) if (2..=10).contains(n) && *d + *n <= 31 => month_day(*m, *d)
                .map(|(month, day)| Holiday::HijriDays {
                    month,
                    day,
                    days: *n as u8,
                }),
            ("easter", [n]) if (-100..=100).contains(n) => Some(Holiday::Easter(*n as i16)),
            ("easter", [i32::MIN, n]) if (0..=100).contains(n) => {
                Some(Holiday::Easter(-(*n as i16)))
            }
            ("orthodox_easter", [n]) if (-100..=100).contains(n) => {
                Some(Holiday::OrthodoxEaster(*n as i16))
            }
            ("orthodox_easter", [i32::MIN, n]) if (0..=100).contains(n) => {
                Some(Holiday::OrthodoxEaster(-(*n as i16)))
            }
            ("nth" | "hijri_nth", [m, w, n])
                if (1..=12).contains(m)
                    && (1..=7).contains(w)
                    && (-1..=5).contains(n)
                    && *n != 0 =>
            {
                let (month, weekday, n) = (*m as u8, *w as u8, *n as i8);
                Some(if rule == "nth" {
                    Holiday::Nth { month, weekday, n }
                } else {
                    Holiday::HijriNth { month, weekday, n }
                })
            }
            _ => None,
        }
    }
}

/// A lexicon entry: the words after the first (for multi-word forms) and the reading.
#[derive(Debug)]
pub(crate) struct Entry {
    pub rest: Vec<String>,
    pub reading: Reading,
}

/// All lexicons, keyed by the folded first word of each form.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Behind the [`KeyMap`] prefilter: most words of a text are not keys, and cost a few byte reads instead of a
    /// hash and a probe; answers never change.
    map: KeyMap<Vec<Entry>>,
    /// Category `notfuture` of `words.tsv`: folded words (`false`) and word beginnings (`true`) that start like a
    /// verb with the future prefix «سي»/«ست» and are none. Read only once such a word is found, which is rare.
    not_future: Vec<(String, bool)>,
    /// Category `list` of `words.tsv`: folded words of the closed lists the grammar asks about, by list.
    lists: Lists,
}

/// The folded words of a word list, with the byte lengths they have as a bit set: rules ask about every word at some
/// positions, and most words are no member by their length alone.
#[derive(Debug, Default)]
pub(crate) struct Words {
    words: Vec<String>,
    /// Per word, its first eight bytes as a number (see [`head`]) and its length: compared before the bytes after
    /// them, so that most comparisons are of two numbers, as with a list written in code.
    heads: Vec<(u64, usize)>,
    /// One bit per [`Words::signature`] of every word: a clear bit proves absence, which is the answer for most
    /// words asked about, without a comparison.
    signatures: [u64; 4],
}

/// The list of a list name that no file has (an unknown [`WordList`] index, which the type rules out).
static NO_WORDS: Words = Words {
    words: Vec::new(),
    heads: Vec::new(),
    signatures: [0; 4],
};

/// The first eight bytes of `w` as a little-endian number, zero-padded when it is shorter.
#[inline(always)]
fn head(w: &[u8]) -> u64 {
    if let Some(h) = w.first_chunk::<8>() {
        return u64::from_le_bytes(*h);
    }
    let (mut x, mut rest, mut shift) = (0u64, w, 0);
    if let Some((h, r)) = w.split_first_chunk::<4>() {
        x = u64::from(u32::from_le_bytes(*h));
        (rest, shift) = (r, 32);
    }
    for &b in rest {
        x |= u64::from(b) << shift;
        shift += 8;
    }
    x
}

impl Words {
    /// 8 bits from a word's length, its second byte and its last byte (which tell an Arabic word's first and last
    /// letters apart).
    #[inline(always)]
    fn signature(w: &[u8]) -> usize {
        let second = w.get(1).copied().unwrap_or(0);
        let last = w.last().copied().unwrap_or(0);
        let x = (w.len() as u32) | (u32::from(second) << 8) | (u32::from(last) << 16);
        (x.wrapping_mul(0x9E37_79B1) >> 24) as usize
    }

    fn push(&mut self, w: String) {
        let sig = Words::signature(w.as_bytes());
        if let Some(x) = self.signatures.get_mut(sig / 64) {
            *x |= 1 << (sig % 64);
        }
        self.heads.push((head(w.as_bytes()), w.len()));
        self.words.push(w);
    }

    /// Whether the folded word `w` (its bytes) is in the list.
    #[inline(always)]
    pub fn contains(&self, w: &[u8]) -> bool {
        let sig = Words::signature(w);
        if self
            .signatures
            .get(sig / 64)
            .is_none_or(|x| x & (1 << (sig % 64)) == 0)
        {
            return false;
        }
        let h = head(w);
        self.heads.iter().zip(&self.words).any(|(&(x, n), word)| {
            x == h && n == w.len() && (n <= 8 || word.as_bytes().get(8..) == w.get(8..))
        })
    }
}

/// The words of each [`WordList`], by list (an array of more than 32 has no `Default` of its own).
#[derive(Debug)]
struct Lists([Words; WordList::ALL.len()]);

impl Default for Lists {
    fn default() -> Lists {
        Lists(std::array::from_fn(|_| Words::default()))
    }
}

impl Lists {
    #[inline(always)]
    fn get(&self, k: usize) -> Option<&Words> {
        self.0.get(k)
    }

    fn get_mut(&mut self, k: usize) -> Option<&mut Words> {
        self.0.get_mut(k)
    }
}

/// The closed word lists of `words.tsv` (category `list`, argument the list's name) that grammar rules test a word
/// against; each indexes [`Lexicon`]'s lists in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordList {
    /// Epithets after a Hijri month that do not end it («رمضان المبارك 1445»): `month_epithet`.
    MonthEpithet,
    /// Adjectives that name an institution's calendar after «العام/السنة/الموسم» («السنة المالية»): `calendar_year`.
    CalendarYear,
    /// Nouns of measure and of what is counted: after one, a four-digit number is an amount, not a year («بعد 2000
    /// متر»): `counted`.
    Counted,
    /// Adjectives after «اليوم» that make it a day described, not today («في اليوم الواحد», «اليوم العالمي للمرأة»):
    /// `day_epithet`.
    DayEpithet,
    /// Nouns of the press, of titles and of bodies, and words citing a source, before a name in quotation marks
    /// («صحيفة "اليوم"», «حزب "الغد"», «بحسب "اليوم"»): `name_noun`.
    NameNoun,
    /// Verbs a newspaper reports with, after its name in quotation marks at the head of a clause («"اليوم" رصدت»):
    /// `press_verb`.
    PressVerb,
    /// Indefinite nouns of the press and of parties before a bare «اليوم», «الغد», «الآن» that is their name
    /// («صحيفة الغد», «قناة الآن»): `press_noun`.
    PressNoun,
    /// Heads of a paper's name that are also common words, a name only at the head of a byline, after a dash («جدة -
    /// عين اليوم:»; «عُيّن اليوم سفيراً» is appointed today): `press_byline`.
    PressByline,
    /// Nouns that head a day number or a pair of days («يوم 5», «يومي 7 و8», «أيام 3 و4»): `day_head`.
    DayHead,
    /// «كامل» and its forms after a unit: all of it («أسبوعاً كاملاً», «سنة كاملة»): `whole`.
    Whole,
    /// Words of a match's result («بنتيجة», «فاز»): a number before a weak month name after them is a score («فاز
    /// الأهلي 3 صفر»: three nil), not a day: `score_word`.
    ScoreWord,
    /// «شمسي» after «هجري»: the Iranian solar calendar, which the crate does not read («۱۳۴۰ هجري شمسي»): the
    /// year before it is no date (a lunar Hijri or Gregorian reading would be wrong): `solar_era`.
    SolarEra,
    /// Words after which a bare day number or a day/month pair is a date («في 15», «يوم 27», «بتاريخ 22/4»):
    /// `date_prep`.
    DatePrep,
    /// Words before «الظهر» that make it the hour of noon, not the back or the afternoon prayer («عند الظهر»):
    /// `noon_prep`.
    NoonPrep,
    /// Verbs of following after «الذي» («اليوم الذي تلاه»): the day after the narrative's date: `follow_verb`.
    FollowVerb,
    /// Verbs of preceding after «الذي» («اليوم الذي سبقه»): the day before: `precede_verb`.
    PrecedeVerb,
    /// Words of an unspecified few («بضعة أيام», «عدة أشهر»), also after «ل»/«ب»: `few`.
    Few,
    /// Nouns of a hearing or an appointment between «إلى» and a date, which the words that plan a date move ahead
    /// too («أجلت المحكمة القضية إلى جلسة 25 أبريل»): `appointment`.
    Appointment,
    /// «since» before a date: what follows it has begun, so a present verb that plans the clause does not move it
    /// ahead («يعقد المجلس اجتماعات منذ الاثنين»): `since`.
    Since,
    /// Words of «since», «by», «before», «after» before a year, which bound it (see the grammar's `DateX::bound`): `bound_prep`.
    BoundPrep,
    /// The words of `bound_prep` that make the year a deadline («حتى 2030», «بحلول 2035»): a later «العام نفسه» points
    /// back to it only when no date of the narrative came before it: `deadline_prep`.
    DeadlinePrep,
    /// Words of a game around «الربع الثالث»: the quarter is the game's, not the year's: `game_noun`.
    GameNoun,
    /// Relative days that fold to «ب» + «أجر» («باجر»: Gulf «tomorrow», or «بأجر», for a wage): `wage_relday`.
    WageRelday,
    /// Words after «بأجر» that make it a wage, not a day («بأجر يومي», «بأجر زهيد»): `wage_word`.
    WageWord,
    /// Prepositions of time after which a recent year goes on into the clause («في 2019 بعد أزمة طويلة»): `year_prep`.
    YearPrep,
    /// Words before a bare count or plural that make it a span of time («منذ», «خلال», «لمدة», «طوال»): `span_lead`.
    SpanLead,
    /// Verbs of lasting before a bare plural that make it a span of time («دام أسابيع», «استمرت أشهراً»), but not
    /// before a bare singular, which names a thing as often as a unit («يستمر عقد اللاعب»: his contract): `span_verb`.
    SpanVerb,
    /// Words that lead a length of time before a lone «دقيقة», which is otherwise the adjective «precise» («لمدة دقيقة», «في غضون دقيقة»): `length_lead`.
    LengthLead,
    /// Prepositions after which an hour-naming ordinal closing the clause is the hour («سأعود في السابعة.», «عند الواحدة من فجر الجمعة»): `hour_prep`.
    HourPrep,
    /// Prepositions of time after which a bare number or ordinal before a part of day in construct with a date is an hour («في الخامسة مساء اليوم»), not a count («قتل 7 مساء الأحد»): `daypart_hour_prep`.
    DaypartHourPrep,
    /// Prepositions before a definite part of day alone that make it that part of the reference day («في الصباح», «عند الفجر»): `daypart_prep`.
    DaypartPrep,
    /// Words between a date and its clock time («الخميس في الساعة 8», «غداً عند التاسعة»): `clock_link`.
    ClockLink,
    /// Ordinals before «مرة» that make it «the first time», not a count of times («لأول مرة»): `times_ordinal`.
    TimesOrdinal,
    /// Nouns after «ذلك» that stand with it for the narrative's last date («ذلك اليوم», «ذلك الحين»): `that_noun`.
    ThatNoun,
    /// Words after «التاريخ» that make it the date just written («التاريخ المذكور», «التاريخ نفسه»): `date_epithet`.
    DateEpithet,
    /// Adjectives after a part of day that make it its start («في الصباح الباكر»): `early`.
    Early,
    /// Plural nouns of years before three or more years in a row, which name their range («أعوام 2011 و2012 و2013»): `years_head`.
    YearsHead,
    /// Dual nouns of years before a pair of years («عامي 1980 و1988», «بين العامين 2014 و2015»): `year_pair_head`.
    YearPairHead,
    /// Plural nouns of years before a decade word, which are the decade («سنوات التسعينيات»; also with «و»/«ف»): `decade_years`.
    DecadeYears,
    /// Letters between the hour and the minutes of a clock time, written tight («10h30», «10سا30»): `hour_letter`.
    HourLetter,
    /// Words before a number or an ordinal that make it a count, not an hour of a clock without its part of day («بين 10 و15», «نحو خمسة»): `count_lead`.
    CountLead,
    /// Prepositions after which «المغرب» names the country far more often than the sunset hour («في المغرب», «خلال
    /// المغرب»; «عند المغرب», «وقت المغرب» are the hour): `country_prep`.
    CountryPrep,
    /// Particles that open a new clause after «و»/«ف» («ولم», «وما», «فلا»): after colloquial «من أسبوع» one shows
    /// that the count closed its clause (a noun there, «من يوم وصوله», makes it «from the day of»): `clause_open`.
    ClauseOpen,
    /// Words after a count, with «و», that make it «and some» («عشرون عاماً ونيف»): `more_after`.
    MoreAfter,
    /// The dual shift words, which join two coordinated months into one period («في نيسان وأيار الماضيين»):
    /// `dual_shift`.
    DualShift,
    /// Words after «قبل/بعد» and a Hijri month, a feast or a written day that put the time just before or after it
    /// («قبل رمضان بقليل»): `shortly`.
    Shortly,
    /// Nouns of a part of a year that are one only with the year written after «من» («الفصل الأول من 2024»):
    /// `year_fraction`.
    YearFraction,
    /// Words that open a background clause (pluperfect «كان», relative pronouns): a year written after them in its
    /// clause is not the narrative's year for the next sentence: `aside_word`.
    AsideWord,
    /// Nouns of a broadcast programme before a clock time that names it («برنامج العاشرة مساء»): `show_noun`.
    ShowNoun,
    /// Words of allegiance or relation after which «للاثنين» is «to the two», not Monday («الموالية للاثنين»):
    /// `both_after`.
    BothAfter,
    /// Participles that describe the noun before them by a date («الاتفاق الموقع عام 2017», «القرار الصادر في
    /// 2019»): the year they carry tells of that noun, not the story's year: `participle`.
    Participle,
    /// Words of comparison that open a clause of their own («كما فعل», «مثلما حدث», «كالتي عرفتها»): a future verb
    /// before them does not move a date after them ahead: `compare_open`.
    CompareOpen,
    /// Nouns before «اليوم», «الغد» in construct that make them the present or the future as an age, not a day
    /// («جيل الغد», «عالم اليوم», «من أجل الغد»): `age_head`.
    AgeHead,
    /// Nouns before a season in construct that make it a political movement, not a time of year («ثورات الربيع»,
    /// «دول الربيع»): `movement_head`.
    MovementHead,
    /// Verbs of exceeding: negated before «على»/«عن» and a count, with their subject between, they bound it from
    /// above («ألا تزيد مدة الحبس على ستة أشهر»: at most): `bound_above`.
    BoundAbove,
    /// Verbs of falling short, so negated: a bound from below («لا تقل مدته عن عامين»: at least): `bound_below`.
    BoundBelow,
    /// Transitive verbs of exceeding: negated, with their subject between them and a count they take as object, they
    /// bound it from above («ألا تتجاوز مدة الحبس ستة أشهر»: at most): `bound_over`.
    BoundOver,
    /// Perfect auxiliaries that tell a clause as past («تم», «جرى»): «بعد» with a count right before one counts from
    /// the narrative's act, not ahead of the reference: `past_aux`.
    PastAux,
    /// Masculine perfect verbs that are no noun («عاد», «وصل», «أعلن»): right before or after a relative expression, or
    /// before its subject right before it, they tell its clause as past, as a perfect in «ت» does: `past_verb`.
    PastVerb,
}

impl WordList {
    const ALL: [WordList; 59] = [
        WordList::MonthEpithet,
        WordList::CalendarYear,
        WordList::Counted,
        WordList::DayEpithet,
        WordList::NameNoun,
        WordList::PressVerb,
        WordList::PressNoun,
        WordList::PressByline,
        WordList::DayHead,
        WordList::Whole,
        WordList::ScoreWord,
        WordList::SolarEra,
        WordList::DatePrep,
        WordList::NoonPrep,
        WordList::FollowVerb,
        WordList::PrecedeVerb,
        WordList::Few,
        WordList::Appointment,
        WordList::Since,
        WordList::BoundPrep,
        WordList::DeadlinePrep,
        WordList::GameNoun,
        WordList::WageRelday,
        WordList::WageWord,
        WordList::YearPrep,
        WordList::SpanLead,
        WordList::SpanVerb,
        WordList::LengthLead,
        WordList::HourPrep,
        WordList::DaypartHourPrep,
        WordList::DaypartPrep,
        WordList::ClockLink,
        WordList::TimesOrdinal,
        WordList::ThatNoun,
        WordList::DateEpithet,
        WordList::Early,
        WordList::YearsHead,
        WordList::YearPairHead,
        WordList::DecadeYears,
        WordList::HourLetter,
        WordList::CountLead,
        WordList::CountryPrep,
        WordList::ClauseOpen,
        WordList::MoreAfter,
        WordList::DualShift,
        WordList::Shortly,
        WordList::YearFraction,
        WordList::AsideWord,
        WordList::ShowNoun,
        WordList::BothAfter,
        WordList::Participle,
        WordList::CompareOpen,
        WordList::AgeHead,
        WordList::MovementHead,
        WordList::BoundAbove,
        WordList::BoundBelow,
        WordList::BoundOver,
        WordList::PastAux,
        WordList::PastVerb,
    ];

    fn name(self) -> &'static str {
        match self {
            WordList::MonthEpithet => "month_epithet",
            WordList::CalendarYear => "calendar_year",
            WordList::Counted => "counted",
            WordList::DayEpithet => "day_epithet",
            WordList::NameNoun => "name_noun",
            WordList::PressVerb => "press_verb",
            WordList::PressNoun => "press_noun",
            WordList::PressByline => "press_byline",
            WordList::DayHead => "day_head",
            WordList::Whole => "whole",
            WordList::ScoreWord => "score_word",
            WordList::SolarEra => "solar_era",
            WordList::DatePrep => "date_prep",
            WordList::NoonPrep => "noon_prep",
            WordList::FollowVerb => "follow_verb",
            WordList::PrecedeVerb => "precede_verb",
            WordList::Few => "few",
            WordList::Appointment => "appointment",
            WordList::Since => "since",
            WordList::BoundPrep => "bound_prep",
            WordList::DeadlinePrep => "deadline_prep",
            WordList::GameNoun => "game_noun",
            WordList::WageRelday => "wage_relday",
            WordList::WageWord => "wage_word",
            WordList::YearPrep => "year_prep",
            WordList::SpanLead => "span_lead",
            WordList::SpanVerb => "span_verb",
            WordList::LengthLead => "length_lead",
            WordList::HourPrep => "hour_prep",
            WordList::DaypartHourPrep => "daypart_hour_prep",
            WordList::DaypartPrep => "daypart_prep",
            WordList::ClockLink => "clock_link",
            WordList::TimesOrdinal => "times_ordinal",
            WordList::ThatNoun => "that_noun",
            WordList::DateEpithet => "date_epithet",
            WordList::Early => "early",
            WordList::YearsHead => "years_head",
            WordList::YearPairHead => "year_pair_head",
            WordList::DecadeYears => "decade_years",
            WordList::HourLetter => "hour_letter",
            WordList::CountLead => "count_lead",
            WordList::CountryPrep => "country_prep",
            WordList::ClauseOpen => "clause_open",
            WordList::MoreAfter => "more_after",
            WordList::DualShift => "dual_shift",
            WordList::Shortly => "shortly",
            WordList::YearFraction => "year_fraction",
            WordList::AsideWord => "aside_word",
            WordList::ShowNoun => "show_noun",
            WordList::BothAfter => "both_after",
            WordList::Participle => "participle",
            WordList::CompareOpen => "compare_open",
            WordList::AgeHead => "age_head",
            WordList::MovementHead => "movement_head",
            WordList::BoundAbove => "bound_above",
            WordList::BoundBelow => "bound_below",
            WordList::BoundOver => "bound_over",
            WordList::PastAux => "past_aux",
            WordList::PastVerb => "past_verb",
        }
    }
}

/// 16 bits of the word's Fx hash (the word's first bytes are shared by every «ال» word, so nothing short of the whole
/// word separates keys from ordinary words well).
#[inline]
fn signature(w: &[u8]) -> usize {
    let mut h = FxHasher::default();
    h.write(w);
    (h.finish() >> 48) as usize
}

/// The bit of a byte length in a set of lengths (bit 63: 63 bytes or more).
#[inline]
pub(crate) fn length_bit(n: usize) -> u64 {
    1u64 << n.min(63)
}

/// The Fx hash (rustc's): one multiply and rotate per 8 bytes. Keys are the crate's own lexicon forms and lookups are
/// prefiltered, so flooding resistance buys nothing here, while SipHash cost a tenth of extraction time.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.hash = (self.hash.rotate_left(5) ^ x).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Fixed-size reads only (8, then 4, then single bytes): no variable-length copy for the tail.
        let mut rest = bytes;
        while let (Some(head), Some(tail)) = (rest.get(..8), rest.get(8..)) {
            self.add(u64::from_le_bytes(head.try_into().unwrap_or([0; 8])));
            rest = tail;
        }
        if let (Some(head), Some(tail)) = (rest.get(..4), rest.get(4..)) {
            self.add(u64::from(u32::from_le_bytes(
                head.try_into().unwrap_or([0; 4]),
            )));
            rest = tail;
        }
        for &b in rest {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map from folded words with the [`Lexicon`]'s prefilter in front of it (signature bits and key lengths): a
/// lookup of a word that is no key mostly costs a hash of its bytes and one bit test. Used by the event lexicon,
/// whose maps are probed with every stem of every word.
#[derive(Debug)]
pub(crate) struct KeyMap<V> {
    map: HashMap<String, V, BuildHasherDefault<FxHasher>>,
    /// One bit per [`signature`] of every key: a clear bit proves absence.
    signatures: Vec<u64>,
    /// Bit `n` is set when some key is `n` bytes long (bit 63: any longer length).
    lengths: u64,
}

impl<V> Default for KeyMap<V> {
    fn default() -> KeyMap<V> {
        KeyMap {
            map: HashMap::default(),
            signatures: vec![0; (1 << 16) / 64],
            lengths: 0,
        }
    }
}

impl<V> KeyMap<V> {
    fn note(&mut self, key: &str) {
        let sig = signature(key.as_bytes());
        if let Some(x) = self.signatures.get_mut(sig / 64) {
            *x |= 1 << (sig % 64);
        }
        self.lengths |= length_bit(key.len());
    }

    /// The value under `key`, inserted with `V::default()` if absent.
    pub fn entry_or_default(&mut self, key: String) -> &mut V
    where
        V: Default,
    {
        self.note(&key);
        self.map.entry(key).or_default()
    }

    /// Inserts or replaces the value under `key`.
    pub fn insert(&mut self, key: String, value: V) {
        self.note(&key);
        self.map.insert(key, value);
    }

    /// The value under `word`, if it is a key.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.lengths & length_bit(word.len()) == 0 {
            return None;
        }
        let sig = signature(word.as_bytes());
        let bit = self
            .signatures
            .get(sig / 64)
            .is_some_and(|x| x & (1 << (sig % 64)) != 0);
        if !bit {
            return None;
        }
        self.map.get(word)
    }

    /// True when `word` is a key.
    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Every value, mutably (keys and prefilter unchanged).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.map.values_mut()
    }

    /// Every key and value, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.map.iter().map(|(k, v)| (k.as_str(), v))
    }
}

const MONTHS: &str = include_str!("../data/lexicon/months.tsv");
const WEEKDAYS: &str = include_str!("../data/lexicon/weekdays.tsv");
const NUMBERS: &str = include_str!("../data/lexicon/numbers.tsv");
const UNITS: &str = include_str!("../data/lexicon/units.tsv");
const WORDS: &str = include_str!("../data/lexicon/words.tsv");
const HOLIDAYS: &str = include_str!("../data/lexicon/holidays.tsv");

/// The embedded lexicon, built on first use. The embedded files are checked by a test, so a failure here is a
/// build defect; it still degrades to an empty lexicon rather than a panic.
pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(|| Lexicon::embedded().unwrap_or_default());

/// The rows of a tab-separated data file: (line number from 1, columns), skipping blank lines and `#` comments.
pub(crate) fn tsv_rows(data: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    data.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        (!line.trim().is_empty() && !line.starts_with('#'))
            .then(|| (i + 1, line.split('\t').collect()))
    })
}

fn lexicon_error(file: &str, line: usize, reason: impl Into<String>) -> Error {
    Error::Lexicon {
        file: file.to_string(),
        line,
        reason: reason.into(),
    }
}

/// The `'static` form of a TIMEX3 code a data file names, or "" for an unknown one: readings stay `Copy`.
fn static_code(s: &str) -> &'static str {
    match s {
        "TMO" => "TMO",
        "TAF" => "TAF",
        "TEV" => "TEV",
        "TNI" => "TNI",
        "APPROX" => "APPROX",
        "LESS_THAN" => "LESS_THAN",
        "MORE_THAN" => "MORE_THAN",
        "EQUAL_OR_LESS" => "EQUAL_OR_LESS",
        "EQUAL_OR_MORE" => "EQUAL_OR_MORE",
        "SP" => "SP",
        "SU" => "SU",
        "FA" => "FA",
        "WI" => "WI",
        _ => "",
    }
}

impl Lexicon {
    /// Parses the embedded data files.
    pub fn embedded() -> Result<Lexicon, Error> {
        let mut lex = Lexicon::default();
        lex.load("months.tsv", MONTHS)?;
        lex.load("weekdays.tsv", WEEKDAYS)?;
        lex.load("numbers.tsv", NUMBERS)?;
        lex.load("units.tsv", UNITS)?;
        lex.load("words.tsv", WORDS)?;
        lex.load("holidays.tsv", HOLIDAYS)?;
        Ok(lex)
    }

    /// Parses one data file's text; `file` names it in errors.
    pub fn load(&mut self, file: &str, data: &str) -> Result<(), Error> {
        for (n, cols) in tsv_rows(data) {
            let need = if file == "weekdays.tsv" { 2 } else { 3 };
            if cols.len() < need {
                return Err(lexicon_error(
                    file,
                    n,
                    format!("expected {need} tab-separated fields, found {}", cols.len()),
                ));
            }
            let bad = |what: &str, v: &str| lexicon_error(file, n, format!("invalid {what} {v:?}"));
            if cols[1] == "list" && file == "words.tsv" {
                let list = WordList::ALL
                    .into_iter()
                    .find(|l| l.name() == cols[2])
                    .ok_or_else(|| bad("word list", cols[2]))?;
                let form = fold_str(cols[0].trim());
                if form.is_empty() || form.contains(' ') {
                    return Err(bad("list word (one word)", cols[0]));
                }
                if let Some(words) = self.lists.get_mut(list as usize) {
                    words.push(form);
                }
                continue;
            }
            if cols[1] == "notfuture" && file == "words.tsv" {
                let prefix = match cols[2] {
                    "word" => false,
                    "prefix" => true,
                    v => return Err(bad("notfuture argument (word or prefix)", v)),
                };
                let form = fold_str(cols[0].trim());
                if form.is_empty() || form.contains(' ') {
                    return Err(bad("notfuture form (one word)", cols[0]));
                }
                self.not_future.push((form, prefix));
                continue;
            }
            let reading = match file {
                "months.tsv" => {
                    let cal = match cols[1] {
                        "gregorian" => Cal::Gregorian,
                        "hijri" => Cal::Hijri,
                        v => return Err(bad("calendar", v)),
                    };
                    let m: u8 = cols[2].parse().map_err(|_| bad("month number", cols[2]))?;
                    if !(1..=12).contains(&m) {
                        return Err(bad("month number", cols[2]));
                    }
                    Reading::Month {
                        cal,
                        n: m,
                        weak: cols.get(3) == Some(&"weak"),
                    }
                }
                "weekdays.tsv" => {
                    let d: u8 = cols[1].parse().map_err(|_| bad("weekday", cols[1]))?;
                    if !(1..=7).contains(&d) {
                        return Err(bad("weekday", cols[1]));
                    }
                    // A third column «plural»: the form names the weekday only after «أيام».
                    match cols.get(2).copied() {
                        None => Reading::Weekday(d),
                        Some("plural") => Reading::WeekdayPlural(d),
                        Some(c) => return Err(bad("weekday kind", c)),
                    }
                }
                "numbers.tsv" => {
                    let big: u64 = cols[2].parse().map_err(|_| bad("value", cols[2]))?;
                    let v = u32::try_from(big).map_err(|_| bad("value", cols[2]));
                    match cols[1] {
                        "cardinal" => Reading::Cardinal(v?),
                        "ordinal" => Reading::Ordinal(v?),
                        "teen" => Reading::Teen,
                        "numeral" => Reading::Numeral(v?),
                        "scale" => Reading::Scale(
                            big,
                            match cols.get(3).copied() {
                                Some("1") => Count::One,
                                Some("2") => Count::Two,
                                Some("plural") => Count::Plural,
                                c => return Err(bad("scale count", c.unwrap_or(""))),
                            },
                        ),
                        "bound" => Reading::Bound,
                        "minus" => Reading::Minus,
                        "point" => Reading::Point,
                        "denominator" => Reading::Denominator(
                            u8::try_from(big)
                                .ok()
                                .filter(|d| *d >= 2)
                                .ok_or_else(|| bad("denominator", cols[2]))?,
                        ),
                        k => return Err(bad("kind", k)),
                    }
                }
                "units.tsv" => {
                    let unit = Unit::parse(cols[1]).ok_or_else(|| bad("unit", cols[1]))?;
                    let count = match cols[2] {
                        "1" => Count::One,
                        "2" => Count::Two,
                        "plural" => Count::Plural,
                        c => return Err(bad("count", c)),
                    };
                    Reading::Unit { unit, count }
                }
                "holidays.tsv" => Reading::Holiday(
                    Holiday::parse(cols[1], cols[2])
                        .ok_or_else(|| bad("holiday rule", &format!("{} {}", cols[1], cols[2])))?,
                ),
                _ => Self::word_reading(cols[1], cols[2]).ok_or_else(|| {
                    lexicon_error(
                        file,
                        n,
                        format!("invalid category/argument {:?} {:?}", cols[1], cols[2]),
                    )
                })?,
            };
            let folded = fold_str(cols[0].trim());
            let mut words = folded
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string);
            let Some(first) = words.next() else {
                return Err(lexicon_error(file, n, "empty form"));
            };
            let rest: Vec<String> = words.collect();
            let entries = self.map.entry_or_default(first);
            // The same folded form may come from two spellings that fold alike: keep one.
            if !entries
                .iter()
                .any(|e| e.rest == rest && e.reading == reading)
            {
                entries.push(Entry { rest, reading });
            }
        }
        Ok(())
    }

    fn word_reading(cat: &str, arg: &str) -> Option<Reading> {
        let int = || arg.parse::<i32>().ok();
        Some(match cat {
            "relday" => Reading::RelDay(i8::try_from(int()?).ok()?),
            "now" => Reading::Now,
            "deictic" | "deicticnoun" => Reading::Deictic(
                i8::try_from(int()?).ok().filter(|d| (-1..=1).contains(d))?,
                cat == "deicticnoun",
            ),
            "vagueadj" => Reading::VagueAdj,
            "shift" => Reading::Shift(i8::try_from(int()?).ok()?, false),
            "anashift" => Reading::Shift(i8::try_from(int()?).ok()?, true),
            "prep" => Reading::Prep,
            "to" => Reading::To,
            "future" => Reading::Future(int()? != 0),
            "still" => Reading::Still,
            "pastframe" => Reading::PastFrame,
            "times" => Reading::Times,
            "that" => Reading::That,
            "last" => Reading::Last,
            "this" => Reading::This,
            "part" => Reading::Part(match arg {
                "start" => Part::Start,
                "mid" => Part::Mid,
                "end" => Part::End,
                "rest" => Part::Rest,
                "weekend" => Part::Weekend,
                "before" => Part::Before,
                "lastday" => Part::LastDay,
                _ => return None,
            }),
            "daypart" => {
                let code = static_code(arg);
                if code.is_empty() {
                    return None;
                }
                Reading::DayPart(code)
            }
            "mod" => {
                let code = static_code(arg);
                if code.is_empty() {
                    return None;
                }
                Reading::Mod(code)
            }
            "clock" => Reading::Clock,
            "clocksuffix" => {
                let code = static_code(arg);
                if code.is_empty() {
                    return None;
                }
                Reading::ClockSuffix(code)
            }
            "signal" => Reading::Signal,
            "age" => Reading::Age,
            "named" => Reading::Named(int()? == 1),
            "every" => Reading::Every,
            "motion" => Reading::Motion(int()? == 1),
            "recurring" => Reading::Recurring(Unit::parse(arg)?),
            "few" => Reading::Few(u8::try_from(int()?).ok().filter(|n| *n > 0)?),
            "own" => Reading::Own(Unit::parse(arg)?),
            "clocktime" => Reading::ClockTime(u8::try_from(int()?).ok().filter(|h| *h < 24)?),
            "season" => {
                let code = static_code(arg);
                if !matches!(code, "SP" | "SU" | "FA" | "WI") {
                    return None;
                }
                Reading::Season(code)
            }
            "era" => Reading::Era(match arg {
                "gregorian" => Cal::Gregorian,
                "hijri" => Cal::Hijri,
                _ => return None,
            }),
            "fraction" => Reading::Fraction(u8::try_from(int()?).ok()?),
            "decade" => Reading::Decade(u8::try_from(int()?).ok()?),
            "link" => Reading::Link,
            "same" => Reading::Same,
            _ => return None,
        })
    }

    /// Whether the folded word `w`, which starts like a verb with the future prefix, is listed as no such verb
    /// (category `notfuture`: «سيطرت», «سيناء», «ستارمر»).
    pub fn not_future(&self, w: &str) -> bool {
        self.not_future.iter().any(|(f, prefix)| {
            if *prefix {
                w.starts_with(f.as_str())
            } else {
                w == f
            }
        })
    }

    /// Whether the folded word `w` is in the word list `list`.
    pub fn in_list(&self, list: WordList, w: &str) -> bool {
        self.list(list).contains(w.as_bytes())
    }

    /// The folded words of the word list `list`.
    #[inline(always)]
    pub fn list(&self, list: WordList) -> &Words {
        self.lists.get(list as usize).unwrap_or(&NO_WORDS)
    }

    /// Entries whose first word is `word` (folded).
    #[inline]
    pub fn get(&self, word: &str) -> Option<&[Entry]> {
        self.map.get(word).map(Vec::as_slice)
    }

    /// Every folded first word, for building a prefilter.
    #[allow(dead_code)]
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.iter().map(|(k, _)| k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicons_parse() {
        let lex = Lexicon::embedded().expect("embedded lexicon");
        assert!(lex.get("يناير").is_some());
        let kanun = lex.get("كانون").expect("كانون");
        assert!(kanun.iter().any(|e| e.rest == ["الثاني"]
            && e.reading
                == Reading::Month {
                    cal: Cal::Gregorian,
                    n: 1,
                    weak: false
                }));
    }

    #[test]
    fn key_map_finds_every_key_and_only_keys() {
        let mut m: KeyMap<u32> = KeyMap::default();
        for (i, k) in ["انسحاب", "هجوم", "ا", "قصف"].iter().enumerate() {
            m.insert(k.to_string(), i as u32);
        }
        *m.entry_or_default("هجوم".to_string()) += 10;
        *m.entry_or_default("اتفاق".to_string()) += 7;
        assert_eq!(m.get("انسحاب"), Some(&0));
        assert_eq!(m.get("هجوم"), Some(&11));
        assert_eq!(m.get("ا"), Some(&2));
        assert_eq!(m.get("اتفاق"), Some(&7));
        assert!(m.contains_key("قصف"));
        for w in ["", "انسحا", "هجومه", "الرئيس", "قوات"] {
            assert_eq!(m.get(w), None, "{w}");
        }
        let mut keys: Vec<&str> = m.iter().map(|(k, _)| k).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["ا", "اتفاق", "انسحاب", "قصف", "هجوم"]);
    }

    #[test]
    fn prefilter_never_hides_a_key() {
        let lex = Lexicon::embedded().expect("embedded lexicon");
        assert!(lex.map.iter().count() > 300);
        for (k, v) in lex.map.iter() {
            assert!(lex.get(k).is_some_and(|e| e.len() == v.len()), "{k}");
        }
        // Most ordinary words are turned away before the map.
        let words = [
            "الحكومه",
            "قوات",
            "المدينه",
            "الرئيس",
            "الحوثيين",
            "عدن",
            "على",
            "الي",
        ];
        let passed = words.iter().filter(|w| {
            let sig = signature(w.as_bytes());
            lex.map.lengths & length_bit(w.len()) != 0
                && lex.map.signatures[sig / 64] & (1 << (sig % 64)) != 0
        });
        let passed: Vec<_> = passed.collect();
        assert!(passed.len() <= 1, "{passed:?}");
    }

    #[test]
    fn bad_line_is_a_clear_error() {
        let mut lex = Lexicon::default();
        let err = lex
            .load("months.tsv", "# c\nيناير\tgregorian\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon months.tsv line 2: expected 3 tab-separated fields, found 2"
        );
        let err = lex
            .load("months.tsv", "يناير\tgregorian\t13\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon months.tsv line 1: invalid month number \"13\""
        );
        let err = lex.load("words.tsv", "متر\tlist\tmeasures\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon words.tsv line 1: invalid word list \"measures\""
        );
        let err = lex
            .load("words.tsv", "سيطرت\tnotfuture\tword prefix\n")
            .unwrap_err();
        assert!(err.to_string().contains("notfuture argument"), "{err}");
    }

    /// A list answers as a comparison with each of its words: for words shorter and longer than eight bytes, and
    /// for words that share their first bytes or their length with a listed one.
    #[test]
    fn word_list_lookup_compares_whole_words() {
        let listed = [
            "في",
            "عند",
            "بتاريخ",
            "منذ",
            "ab",
            "abcdefgh",
            "abcdefghij",
            "كاملتين",
        ];
        let mut words = Words::default();
        for w in listed {
            words.push(w.to_string());
        }
        let others = [
            "",
            "ف",
            "فيه",
            "عن",
            "بتاريخه",
            "بتار",
            "ab\0",
            "a",
            "abcdefg",
            "abcdefgi",
            "abcdefghi",
            "abcdefghik",
            "abcdefghijk",
            "كاملين",
            "كاملتان",
        ];
        for w in listed {
            assert!(words.contains(w.as_bytes()), "{w}");
        }
        for w in others {
            assert!(!words.contains(w.as_bytes()), "{w:?}");
        }
        assert!(!NO_WORDS.contains(b"ab"));
    }

    #[test]
    fn word_lists_and_notfuture_come_from_words_tsv() {
        let lex = &*LEXICON;
        assert!(lex.in_list(WordList::Counted, "متر"));
        assert!(lex.in_list(WordList::MonthEpithet, "المبارك"));
        assert!(lex.in_list(WordList::CalendarYear, "الماليه"));
        assert!(!lex.in_list(WordList::Counted, "المبارك"));
        assert!(lex.in_list(WordList::DayHead, "يومي"));
        assert!(lex.in_list(WordList::Whole, "كاملتين"));
        assert!(lex.in_list(WordList::DatePrep, "بتاريخ"));
        assert!(lex.in_list(WordList::NoonPrep, "قبيل"));
        assert!(lex.in_list(WordList::NameNoun, "لصحيفه"));
        assert!(lex.in_list(WordList::FollowVerb, "تلته"));
        assert!(lex.in_list(WordList::PrecedeVerb, "تسبقها"));
        assert!(lex.in_list(WordList::Few, "بضعه"));
        assert!(lex.in_list(WordList::Appointment, "جلسه"));
        assert!(lex.in_list(WordList::BoundPrep, "لغايه"));
        assert!(lex.in_list(WordList::YearPrep, "طوال"));
        assert!(lex.in_list(WordList::SpanLead, "مدي"));
        assert!(lex.in_list(WordList::LengthLead, "مرور"));
        assert!(lex.in_list(WordList::HourPrep, "تمام"));
        assert!(lex.in_list(WordList::DaypartHourPrep, "حتي"));
        assert!(lex.in_list(WordList::DaypartPrep, "خلال"));
        assert!(lex.in_list(WordList::ClockLink, "حوالي"));
        assert!(lex.in_list(WordList::TimesOrdinal, "لاول"));
        assert!(lex.in_list(WordList::ThatNoun, "الحين"));
        assert!(lex.in_list(WordList::DateEpithet, "المذكور"));
        assert!(lex.in_list(WordList::Early, "الباكره"));
        assert!(lex.in_list(WordList::YearsHead, "الاعوام"));
        assert!(lex.in_list(WordList::YearPairHead, "سنتي"));
        assert!(lex.in_list(WordList::DecadeYears, "سنوات"));
        assert!(lex.in_list(WordList::HourLetter, "h"));
        assert!(lex.in_list(WordList::CountLead, "قرابه"));
        assert!(lex.in_list(WordList::CountryPrep, "منذ"));
        // Every list has words.
        for list in WordList::ALL {
            assert!(!lex.list(list).words.is_empty(), "{list:?}");
        }
        assert!(lex.not_future("ستارمر"));
        assert!(lex.not_future("سيطرتها"));
        assert!(!lex.not_future("سيزور"));
    }

    #[test]
    fn holiday_rules() {
        assert_eq!(
            Holiday::parse("gregorian", "12-25"),
            Some(Holiday::Gregorian(12, 25))
        );
        assert_eq!(
            Holiday::parse("hijri", "10-01"),
            Some(Holiday::Hijri(10, 1))
        );
        assert_eq!(Holiday::parse("easter", "-2"), Some(Holiday::Easter(-2)));
        assert_eq!(Holiday::parse("easter", "49"), Some(Holiday::Easter(49)));
        assert_eq!(
            Holiday::parse("orthodox_easter", "1"),
            Some(Holiday::OrthodoxEaster(1))
        );
        assert_eq!(
            Holiday::parse("nth", "11-4-4"),
            Some(Holiday::Nth {
                month: 11,
                weekday: 4,
                n: 4
            })
        );
        assert_eq!(
            Holiday::parse("nth", "05-1--1"),
            Some(Holiday::Nth {
                month: 5,
                weekday: 1,
                n: -1
            })
        );
        assert_eq!(
            Holiday::parse("hijri_nth", "09-5--1"),
            Some(Holiday::HijriNth {
                month: 9,
                weekday: 5,
                n: -1
            })
        );
        for (rule, arg) in [
            ("gregorian", "13-01"),
            ("hijri", "09-31"),
            ("hijri_nth", "09-5--2"),
            ("nth", "05-1---1"),
            ("easter", ""),
            ("easter", "--"),
            ("nth", "11-8-1"),
            ("nth", "11-4-0"),
            ("lunar", "01-01"),
        ] {
            assert_eq!(Holiday::parse(rule, arg), None, "{rule} {arg}");
        }
        let err = Lexicon::default()
            .load("holidays.tsv", "عيد\thijri\t13-01\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon holidays.tsv line 1: invalid holiday rule \"hijri 13-01\""
        );
    }
}
