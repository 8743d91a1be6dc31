//! The `as_str` of the record enums: the name each variant has in JSON, as a `&'static str`, for callers that print
//! labels or write their own output without going through serde.

/// Implements `as_str` for a fieldless enum from its variants and their serde names. The match is exhaustive, so a
/// new variant must be named here; the names are checked against serde's in this module's test.
macro_rules! names {
    ($ty:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// The variant's name as serde writes it: its JSON label.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)+
                }
            }

            /// Every variant, for the check against serde.
            #[cfg(test)]
            pub(crate) const VARIANTS: &'static [$ty] = &[$($ty::$variant),+];
        }
    };
}

pub(crate) use names;

#[cfg(test)]
mod tests {
    use crate::{
        Anchor, Calendar, DateSource, EntityType, Grain, Mod, Modality, Polarity, Role, TimexType,
        Unit,
    };

    fn check<T: serde::Serialize + std::fmt::Debug>(all: &[T], name: fn(&T) -> &'static str) {
        for v in all {
            let json = serde_json::to_string(v).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", name(v)), "{v:?}");
        }
    }

    #[test]
    fn as_str_is_the_serde_name() {
        check(TimexType::VARIANTS, |v| v.as_str());
        check(Grain::VARIANTS, |v| v.as_str());
        check(Mod::VARIANTS, |v| v.as_str());
        check(Calendar::VARIANTS, |v| v.as_str());
        check(Anchor::VARIANTS, |v| v.as_str());
        check(Unit::VARIANTS, |v| v.as_str());
        check(DateSource::VARIANTS, |v| v.as_str());
        check(Role::VARIANTS, |v| v.as_str());
        check(EntityType::VARIANTS, |v| v.as_str());
        check(Polarity::VARIANTS, |v| v.as_str());
        check(Modality::VARIANTS, |v| v.as_str());
    }
}
