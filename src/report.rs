//! The whole report: identity, the six sections, and what can be done with a report as a whole
//! (fill in totals, roll up many reports).

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::applications::Applications;
use crate::cells::count_table;
use crate::other_matters::OtherMatters;
use crate::overview::Overview;
use crate::proactive_disclosure::ProactiveDisclosure;
use crate::problems::ProblemsAndImprovements;
use crate::review_and_litigation::ReviewAndLitigation;
use crate::text::{MAX_HEADING_CHARS, MAX_TEXT_CHARS};
use crate::{OverflowError, RollUpError};

/// The earliest report year accepted: the first year of reports under the Regulations (2008).
pub const MIN_YEAR: u16 = 2008;
/// The latest report year accepted.
pub const MAX_YEAR: u16 = 2100;
/// The most characters an agency name may hold.
pub const MAX_AGENCY_NAME_CHARS: u64 = 200;

/// A 6-digit administrative division code (行政区划代码, GB/T 2260).
static REGION_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{6}$").expect("valid region-code pattern"));

/// Text that contains at least one character other than white space. White space is Unicode's
/// (as `\s` in Rust) together with ECMAScript's (`\s` there adds U+FEFF and lacks U+0085), so
/// that the pattern, copied into the schema, means the same in every validator.
static NOT_BLANK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^\s\u0085\uFEFF]").expect("valid non-blank pattern"));

/// # 格式版本
///
/// The edition of the official template the report follows. Only the 2021 edition
/// (国办公开办函〔2021〕30号, for reports on 2021 onward) exists in this version of the crate; the
/// 2019 trial edition will be a sibling type, so the 2021 wire format never changes for it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum FormatVersion {
    /// The 2021 edition (国办公开办函〔2021〕30号), for reports on 2021 onward.
    #[default]
    #[serde(rename = "2021")]
    V2021,
}

/// # 机关类型
///
/// What kind of body publishes the report; it decides the publication deadline (Art. 49) and
/// whether rule-making is plausible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
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
    #[validate(length(min = 1, max = MAX_AGENCY_NAME_CHARS), regex(path = *NOT_BLANK, code = "not_blank"))]
    pub name: String,
    /// # 机关类型
    ///
    /// The kind of body (decides the Art. 49 deadline): `department`, `government`,
    /// `government_office`, `township` or `other`.
    #[serde(deserialize_with = "crate::strict::string_enum")]
    pub kind: AgencyKind,
    /// # 行政区划代码
    ///
    /// Optional: the 6-digit administrative division code (GB/T 2260) of the agency's area,
    /// e.g. 370502.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(regex(path = *REGION_CODE, code = "region_code"))]
    pub region_code: Option<String>,
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
        }
    }

    /// The same agency with a region code.
    pub fn with_region_code(mut self, code: impl Into<String>) -> Self {
        self.region_code = Some(code.into());
        self
    }
}

count_table! {
    /// # 政府信息公开工作年度报告
    ///
    /// An annual report on open government information work (2021 format), as published by one
    /// agency for one calendar year: its identity, the six sections of the template, and the
    /// text around them. Figures are stored as reported, never recomputed on reading.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct Report {
        /// # 格式版本
        ///
        /// The template edition the report follows: `"2021"`.
        #[serde(deserialize_with = "crate::strict::string_enum")]
        pub format_version: FormatVersion,
        /// # 报告机关
        ///
        /// The agency that publishes the report.
        #[validate(nested)]
        pub agency: Agency,
        /// # 报告年度
        ///
        /// The report year; the statistics cover 1 January to 31 December of it.
        #[validate(range(min = MIN_YEAR, max = MAX_YEAR))]
        pub year: u16,
        /// # 发布日期
        ///
        /// Optional: the date the report was published (ISO 8601, e.g. 2024-01-26).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub published_on: Option<NaiveDate>,
        /// # 标题
        ///
        /// Optional: the report's title as printed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[validate(length(max = MAX_HEADING_CHARS))]
        pub title: Option<String>,
        /// # 前言
        ///
        /// Optional: the text between the title and section 一 (legal basis, statistical period,
        /// contact), verbatim.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[validate(length(max = MAX_TEXT_CHARS))]
        pub preamble: Option<String>,
        /// # 一、总体情况
        ///
        /// Section 一: the overall situation, in prose.
        #[validate(nested)]
        pub overview: Overview,
        /// # 二、主动公开政府信息情况
        ///
        /// Section 二: table 二, information disclosed proactively.
        #[validate(nested)]
        pub proactive_disclosure: ProactiveDisclosure,
        /// # 三、收到和处理政府信息公开申请情况
        ///
        /// Section 三: table 三, applications received and handled.
        #[validate(nested)]
        pub applications: Applications,
        /// # 四、政府信息公开行政复议、行政诉讼情况
        ///
        /// Section 四: table 四, administrative reviews and lawsuits over disclosure.
        #[validate(nested)]
        pub review_and_litigation: ReviewAndLitigation,
        /// # 五、存在的主要问题及改进情况
        ///
        /// Section 五: main problems and improvements, in prose.
        #[validate(nested)]
        pub problems_and_improvements: ProblemsAndImprovements,
        /// # 六、其他需要报告的事项
        ///
        /// Section 六: other matters, with the processing-fee report.
        #[validate(nested)]
        pub other_matters: OtherMatters,
        /// # 落款
        ///
        /// Optional: the text after section 六 (the signing agency and date), verbatim.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[validate(length(max = MAX_TEXT_CHARS))]
        pub closing: Option<String>,
    }
}

impl Report {
    /// An empty 2021-format report for `agency` and `year`: every count zero, no text.
    ///
    /// ```
    /// use ogi_report::{Agency, AgencyKind, Report};
    /// let report = Report::new(Agency::new("某县交通运输局", AgencyKind::Department), 2024);
    /// assert_eq!(report.applications.new_received.total, 0);
    /// ```
    pub fn new(agency: Agency, year: u16) -> Self {
        Report {
            format_version: FormatVersion::V2021,
            agency,
            year,
            published_on: None,
            title: None,
            preamble: None,
            overview: Overview::default(),
            proactive_disclosure: ProactiveDisclosure::default(),
            applications: Applications::default(),
            review_and_litigation: ReviewAndLitigation::default(),
            problems_and_improvements: ProblemsAndImprovements::default(),
            other_matters: OtherMatters::default(),
            closing: None,
        }
    }

    /// Fills in every 总计 cell of tables 三 and 四 from its parts (for data entry). Only 总计
    /// cells change; on overflow nothing changes and the error names the cell. Reading a
    /// document never calls this: totals are stored as reported.
    ///
    /// ```
    /// use ogi_report::{Agency, AgencyKind, Report};
    /// let mut report = Report::new(Agency::new("某镇人民政府", AgencyKind::Township), 2024);
    /// report.applications.new_received.natural_person = 4;
    /// report.applications.outcomes.disclosed.natural_person = 4;
    /// report.fill_totals()?;
    /// assert_eq!(report.applications.outcomes.total.total, 4);
    /// # Ok::<(), ogi_report::OverflowError>(())
    /// ```
    pub fn fill_totals(&mut self) -> Result<(), OverflowError> {
        let mut applications = self.applications.clone();
        applications
            .fill_totals()
            .map_err(|e| e.within("/applications"))?;
        let mut review = self.review_and_litigation.clone();
        review
            .fill_totals()
            .map_err(|e| e.within("/review_and_litigation"))?;
        self.applications = applications;
        self.review_and_litigation = review;
        Ok(())
    }

    /// Adds up the tables of many reports of one year (a government summing its departments):
    /// tables 二, 三 and 四 cell by cell, fee amounts exactly, and the fee reports of those that
    /// have one. The result is a report of `agency` for that year, without text.
    ///
    /// Fails when `reports` is empty, when they are not all of one year, or when a sum exceeds
    /// what a cell holds (the error names the cell); sums never wrap.
    ///
    /// ```
    /// use ogi_report::{Agency, AgencyKind, Report};
    /// let mut a = Report::new(Agency::new("甲局", AgencyKind::Department), 2024);
    /// a.applications.new_received.natural_person = 2;
    /// let b = a.clone();
    /// let county = Report::roll_up(Agency::new("某县", AgencyKind::Government), [&a, &b])?;
    /// assert_eq!(county.applications.new_received.natural_person, 4);
    /// # Ok::<(), ogi_report::RollUpError>(())
    /// ```
    pub fn roll_up<'a>(
        agency: Agency,
        reports: impl IntoIterator<Item = &'a Report>,
    ) -> Result<Report, RollUpError> {
        let mut reports = reports.into_iter();
        let first = reports.next().ok_or(RollUpError::Empty)?;
        let mut sum = Report::new(agency, first.year);
        sum.add_tables(first)?;
        for report in reports {
            if report.year != sum.year {
                return Err(RollUpError::MixedYears {
                    expected: sum.year,
                    found: report.year,
                });
            }
            sum.add_tables(report)?;
        }
        Ok(sum)
    }

    /// Adds the tables and fee figures of `other` into `self` (see [`Report::roll_up`]).
    fn add_tables(&mut self, other: &Report) -> Result<(), RollUpError> {
        let mut proactive = self.proactive_disclosure.clone();
        proactive
            .checked_add_assign(&other.proactive_disclosure)
            .map_err(|e| e.within("/proactive_disclosure"))?;
        let mut applications = self.applications.clone();
        applications
            .checked_add_assign(&other.applications)
            .map_err(|e| e.within("/applications"))?;
        let mut review = self.review_and_litigation.clone();
        review
            .checked_add_assign(&other.review_and_litigation)
            .map_err(|e| e.within("/review_and_litigation"))?;
        let fees = match (
            self.other_matters.processing_fees,
            other.other_matters.processing_fees,
        ) {
            (Some(a), Some(b)) => Some(
                a.checked_add(&b)
                    .map_err(|e| e.within("/other_matters/processing_fees"))?,
            ),
            (a, b) => a.or(b),
        };
        self.proactive_disclosure = proactive;
        self.applications = applications;
        self.review_and_litigation = review;
        self.other_matters.processing_fees = fees;
        Ok(())
    }
}
