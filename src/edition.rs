//! The editions of the official template (`format_version`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// # 格式版本
///
/// The edition of the official template that the document's table 二 follows (the table that
/// differs most between editions). Reports on 2019 and 2020 normally use the 2019 trial edition,
/// later ones the 2021 edition, but some agencies kept the old tables for years: the edition is
/// what the document printed, never guessed from the year.
///
/// In Rust: non-exhaustive, so a later edition can be added without breaking code that only reads or
/// prints the edition. Code that must handle each edition's table matches on
/// [`ProactiveDisclosure`](crate::proactive_disclosure::ProactiveDisclosure), which is
/// exhaustive.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[non_exhaustive]
pub enum FormatVersion {
    /// `2019`: the 2019 trial edition, for reports on 2019 and 2020.
    #[serde(rename = "2019")]
    V2019,
    /// `2021`: the 2021 edition (国办公开办函〔2021〕30号), for reports on 2021 onward.
    #[default]
    #[serde(rename = "2021")]
    V2021,
}

impl FormatVersion {
    /// Every edition, oldest first.
    pub const ALL: [FormatVersion; 2] = [FormatVersion::V2019, FormatVersion::V2021];

    /// The edition as written on the wire: `"2019"`, `"2021"`.
    ///
    /// ```
    /// assert_eq!(ogi_report::FormatVersion::V2019.as_str(), "2019");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            FormatVersion::V2019 => "2019",
            FormatVersion::V2021 => "2021",
        }
    }

    /// The edition's name in Chinese, as an entry form lists it (`schema/ui.json`).
    pub fn name_zh(self) -> &'static str {
        match self {
            FormatVersion::V2019 => "2019年试行格式",
            FormatVersion::V2021 => "2021年格式",
        }
    }

    /// The first report year the edition was prescribed for (2019 for the trial edition, 2021
    /// for the 2021 edition).
    pub fn first_year(self) -> u16 {
        match self {
            FormatVersion::V2019 => 2019,
            FormatVersion::V2021 => 2021,
        }
    }
}

impl std::fmt::Display for FormatVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for FormatVersion {
    type Err = String;

    /// The edition as written on the wire: `"2019"` or `"2021"`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        FormatVersion::ALL
            .into_iter()
            .find(|edition| edition.as_str() == text)
            .ok_or_else(|| format!("no edition is called {text:?}: 2019 or 2021"))
    }
}
