//! Who publishes a report: the agency, its kind (which decides the publication deadline), its
//! region and the office that compiled the report.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

/// The most characters an agency name may hold.
pub const MAX_AGENCY_NAME_CHARS: u64 = 200;

/// A 6-digit administrative division code (行政区划代码, GB/T 2260).
static REGION_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{6}$").expect("valid region-code pattern"));

/// Text that contains at least one character other than white space. White space is Unicode's
/// (as `\s` in Rust) together with ECMAScript's (`\s` there adds U+FEFF and lacks U+0085) and
/// Python's (`\s` there adds U+001C to U+001F, the information separators), so that the
/// pattern, copied into the schema, means the same in every validator (tested on every code
/// point in `tests/frontend/`).
static NOT_BLANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^\s\u0085\uFEFF\u001C-\u001F]").expect("valid non-blank pattern")
});

/// # 机关类型
///
/// What kind of body publishes the report; it decides the publication deadline (Art. 49) and
/// whether rule-making is plausible.
///
/// Non-exhaustive: a kind may be added (it would come with its own deadline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgencyKind {
    /// `department`: a department of a government at county level or above (县级以上人民政府部门);
    /// publishes by 31 January.
    Department,
    /// `government`: a government's own report for its level (本级政府年度报告); published by
    /// 31 March.
    Government,
    /// `government_office`: the general office (办公厅/室) reporting on its own work as an agency;
    /// publishes by 31 January.
    GovernmentOffice,
    /// `township`: a township government or sub-district office (乡镇人民政府、街道办事处); no
    /// statutory date.
    Township,
    /// `other`: organisations under Art. 54 and any other body; no statutory date.
    Other,
}

impl AgencyKind {
    /// The kind as written on the wire (`department`, `government`, …), e.g. for a database
    /// column.
    ///
    /// ```
    /// use ogi_report::AgencyKind;
    /// assert_eq!(AgencyKind::GovernmentOffice.as_str(), "government_office");
    /// assert_eq!("township".parse::<AgencyKind>(), Ok(AgencyKind::Township));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            AgencyKind::Department => "department",
            AgencyKind::Government => "government",
            AgencyKind::GovernmentOffice => "government_office",
            AgencyKind::Township => "township",
            AgencyKind::Other => "other",
        }
    }

    /// The kind's name in Chinese, as an entry form lists it (`schema/ui.json`).
    ///
    /// ```
    /// assert_eq!(ogi_report::AgencyKind::Township.name_zh(), "乡镇人民政府、街道办事处");
    /// ```
    pub fn name_zh(self) -> &'static str {
        match self {
            AgencyKind::Department => "县级以上人民政府部门",
            AgencyKind::Government => "人民政府（本级政府年度报告）",
            AgencyKind::GovernmentOffice => "人民政府办公厅（室）",
            AgencyKind::Township => "乡镇人民政府、街道办事处",
            AgencyKind::Other => "其他机关或组织",
        }
    }

    /// Every kind, in wire order.
    pub const ALL: [AgencyKind; 5] = [
        AgencyKind::Department,
        AgencyKind::Government,
        AgencyKind::GovernmentOffice,
        AgencyKind::Township,
        AgencyKind::Other,
    ];

    /// The latest publication date that Art. 49 sets for a report on `year`, if any.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ogi_report::AgencyKind;
    /// assert_eq!(AgencyKind::Government.deadline(2023), NaiveDate::from_ymd_opt(2024, 3, 31));
    /// assert_eq!(AgencyKind::Township.deadline(2023), None);
    /// ```
    pub fn deadline(self, year: u16) -> Option<NaiveDate> {
        let next = i32::from(year) + 1;
        match self {
            AgencyKind::Department | AgencyKind::GovernmentOffice => {
                NaiveDate::from_ymd_opt(next, 1, 31)
            }
            AgencyKind::Government => NaiveDate::from_ymd_opt(next, 3, 31),
            AgencyKind::Township | AgencyKind::Other => None,
        }
    }
}

/// # 报告机关
///
/// The body that publishes the report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// # 机关名称
    ///
    /// The agency's full name as printed in the report, e.g. 东营市东营区人民政府办公室.
    /// Not blank; at most 200 characters.
    ///
    /// 说明：报告所印的机关全称，如：东营市东营区人民政府办公室。不超过200字。
    #[validate(length(min = 1, max = MAX_AGENCY_NAME_CHARS), regex(path = *NOT_BLANK, code = "not_blank"))]
    pub name: String,
    /// # 机关类型
    ///
    /// The kind of body (decides the Art. 49 deadline): `department`, `government`,
    /// `government_office`, `township` or `other`.
    ///
    /// 说明：决定《条例》第四十九条规定的发布期限：部门和政府办公厅（室）于次年1月31日前，本级人民政府于次年3月31日前。
    #[serde(deserialize_with = "crate::wire::strict::string_enum")]
    pub kind: AgencyKind,
    /// # 行政区划代码
    ///
    /// Optional: the 6-digit administrative division code (GB/T 2260) of the agency's area,
    /// e.g. 370502.
    ///
    /// 说明：选填。机关所在地区的6位行政区划代码（GB/T 2260），如：370502。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // In the schema, the length and a pattern without `$`: Python's `re.search` lets `$` match
    // before a final line break, so `^[0-9]{6}$` would let "370502\n" through there (not in
    // ajv, nor in the crate, whose `$` is the end of the text). Six characters that start
    // with six digits mean the same everywhere.
    #[validate(regex(path = *REGION_CODE, code = "region_code"))]
    #[schemars(length(min = 6, max = 6), regex(pattern = r"^[0-9]{6}"))]
    pub region_code: Option<String>,
    /// # 编制机关
    ///
    /// Optional: the office that compiled and published the report when it is not the
    /// reporting agency itself (a city government's report compiled by its 办公室; a zone's
    /// summary by its 管委会办公室). Same limits as the name.
    ///
    /// 说明：选填。编制并发布报告的机关不是报告机关本身时填写，如：某市人民政府办公室。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = MAX_AGENCY_NAME_CHARS), regex(path = *NOT_BLANK, code = "not_blank"))]
    pub compiled_by: Option<String>,
}

impl Agency {
    /// An agency without a region code.
    ///
    /// ```
    /// use ogi_report::{Agency, AgencyKind};
    /// let agency = Agency::new("东营市东营区人民政府办公室", AgencyKind::GovernmentOffice)
    ///     .with_region_code("370502");
    /// assert_eq!(agency.region_code.as_deref(), Some("370502"));
    /// ```
    pub fn new(name: impl Into<String>, kind: AgencyKind) -> Self {
        Agency {
            name: name.into(),
            kind,
            region_code: None,
            compiled_by: None,
        }
    }

    /// The same agency with a region code.
    pub fn with_region_code(mut self, code: impl Into<String>) -> Self {
        self.region_code = Some(code.into());
        self
    }
}

impl std::fmt::Display for AgencyKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AgencyKind {
    type Err = String;

    /// The kind written as on the wire.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        AgencyKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or_else(|| format!("no agency kind is called {text:?}"))
    }
}
