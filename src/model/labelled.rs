//! The one shape every labelled enum takes: the document's pick-from-a-list fields, the
//! analysis's verdict levels, the views' choices.

/// An enum whose variants a person picks from a list, with the words shown for each.
macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant),*
        }

        impl $name {
            /// Every variant, in the order lists show them.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The words a person sees for this variant.
            pub fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),*
                }
            }
        }

        impl $crate::model::Labelled for $name {
            fn label(self) -> &'static str {
                $name::label(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

pub(crate) use labelled_enum;

/// What a choice the person has not made yet shows: not a variant picked for them.
pub const NOT_SET: &str = "not set";

/// A labelled enum: the words shown for each variant.
pub trait Labelled: Copy {
    /// The words a person sees for this variant.
    fn label(self) -> &'static str;
}

/// A choice that may not be made yet, shown as "not set" until it is.
pub trait MaybeLabelled {
    /// The chosen variant's words, or "not set".
    fn label_or_unset(self) -> &'static str;
}

impl<T: Labelled> MaybeLabelled for Option<T> {
    fn label_or_unset(self) -> &'static str {
        self.map_or(NOT_SET, Labelled::label)
    }
}
