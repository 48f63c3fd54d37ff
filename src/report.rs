//! The whole report: identity, the six sections, and what can be done with a report as a whole
//! (fill in totals, roll up many reports).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use validator::Validate;

use crate::applications::{ApplicantRow, Applications, OtherHandling};
use crate::cells::count_table;
use crate::other_matters::OtherMatters;
use crate::overview::Overview;
use crate::proactive_disclosure::{ProactiveDisclosure, ProactiveDisclosure2019};
use crate::problems::ProblemsAndImprovements;
use crate::review_and_litigation::ReviewAndLitigation;
use crate::text::{MAX_HEADING_CHARS, MAX_TEXT_CHARS};
use std::str::FromStr;

use crate::rules::{self, Issue};
use crate::wire::{self, ParseError};
use crate::{Agency, FormatVersion, OverflowError, RollUpError};

/// The earliest report year accepted: the first year of reports under the Regulations (2008).
pub const MIN_YEAR: u16 = 2008;
/// The latest report year accepted.
pub const MAX_YEAR: u16 = 2100;
/// The most entries `blank_cells` may hold (more than the number cells of any layout).
pub const MAX_BLANK_CELLS: u64 = 1000;
/// The most entries `section_headings` may hold (six, printed twice, and then some).
pub const MAX_SECTION_HEADINGS: u64 = 24;

count_table! {
    /// # 政府信息公开工作年度报告
    ///
    /// An annual report on open government information work (2021 format, 2019 trial format, or
    /// a document mixing them), as published by one agency for one calendar year: its
    /// identity, the six sections of the template, and the
    /// text around them. Figures are stored as reported, never recomputed on reading.
    ///
    /// In Rust: reading through serde (any format, any framework) applies every constraint of
    /// the wire format, as [`Report::from_json_str`] does; `from_json_str` also gives the
    /// pointer and position of an error.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct Report {
        /// # 格式版本
        ///
        /// The template edition of the document's table 二: `"2021"` or `"2019"`. It must name
        /// the edition of `proactive_disclosure` (reading refuses a document where it does
        /// not); other tables may follow another edition (mixed documents).
        ///
        /// 说明：表二所用的格式：2021（现行格式）或 2019（试行格式）。
        #[serde(deserialize_with = "crate::wire::strict::string_enum")]
        pub format_version: FormatVersion,
        /// # 报告机关
        ///
        /// The agency that publishes the report.
        #[validate(nested)]
        pub agency: Agency,
        /// # 报告年度
        ///
        /// The report year; the statistics cover 1 January to 31 December of it.
        ///
        /// 说明：统计期限为该年1月1日至12月31日。
        #[validate(range(min = MIN_YEAR, max = MAX_YEAR))]
        pub year: u16,
        /// # 发布日期
        ///
        /// Optional: the date the report was published (ISO 8601, e.g. 2024-01-26).
        ///
        /// 说明：选填。格式为年-月-日，如：2024-01-26。
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::wire::strict::iso_date"
        )]
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
        /// Section 二: table 二, information disclosed proactively, in the edition of
        /// `format_version`.
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
        /// # 空白单元格
        ///
        /// Optional: the JSON Pointers of the number cells of tables 二, 三 and 四 that the
        /// document printed blank (no number, not even 0); each such cell holds 0. For the
        /// checks a blank total (a 总计 cell) counts as the sum of its parts and any other blank
        /// cell as 0. Each pointer names a number cell of this report, once.
        ///
        /// 说明：选填。报告中留空（未填任何数字）的单元格；留空的单元格按0记录。
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[validate(length(max = MAX_BLANK_CELLS))]
        #[schemars(extend("uniqueItems" = true))]
        pub blank_cells: Vec<String>,
        /// # 章节标题
        ///
        /// Optional: the headings of the six sections exactly as the document printed them
        /// (e.g. "一、总体情况"), in document order, each once per time it was printed. Checked
        /// against the official headings and their order (`text.headings`,
        /// `text.section_order`); absent when unknown.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[validate(length(max = MAX_SECTION_HEADINGS))]
        #[schemars(inner(length(max = MAX_HEADING_CHARS)))]
        pub section_headings: Vec<String>,
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
        Report::of_edition(FormatVersion::V2021, agency, year)
    }

    /// An empty report in `edition`: its table 二 and （六）其他处理 in that edition's layout,
    /// every count zero, no text.
    ///
    /// ```
    /// use ogi_report::{Agency, AgencyKind, FormatVersion, Report};
    /// let agency = Agency::new("某市人民政府办公厅", AgencyKind::GovernmentOffice);
    /// let report = Report::of_edition(FormatVersion::V2019, agency, 2019);
    /// assert!(report.proactive_disclosure.as_2019().is_some());
    /// assert!(report.applications.outcomes.other_handling.sub_rows().is_none());
    /// ```
    pub fn of_edition(edition: FormatVersion, agency: Agency, year: u16) -> Self {
        let mut applications = Applications::default();
        let proactive_disclosure = match edition {
            FormatVersion::V2019 => {
                applications.outcomes.other_handling =
                    OtherHandling::OneRow(ApplicantRow::default());
                ProactiveDisclosure::V2019(ProactiveDisclosure2019::default())
            }
            FormatVersion::V2021 => ProactiveDisclosure::default(),
        };
        Report {
            format_version: edition,
            agency,
            year,
            published_on: None,
            title: None,
            preamble: None,
            overview: Overview::default(),
            proactive_disclosure,
            applications,
            review_and_litigation: ReviewAndLitigation::default(),
            problems_and_improvements: ProblemsAndImprovements::default(),
            other_matters: OtherMatters::default(),
            closing: None,
            blank_cells: Vec::new(),
            section_headings: Vec::new(),
        }
    }

    /// Every number cell of tables 二, 三 and 四 with its JSON Pointer, value and whether it was
    /// printed blank, in the order of the template (see [`crate::number_cells`]).
    pub fn number_cells(&self) -> Vec<crate::number_cells::NumberCell> {
        crate::number_cells::number_cells(self)
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
    /// The layout of the result (the edition of table 二, the form of （六）其他处理) is the
    /// first report's; blank totals count as the sum of their parts, other blank cells as 0.
    ///
    /// Fails when `reports` is empty, when they are not all of one year, when their layouts
    /// differ ([`RollUpError::MixedLayouts`]), or when a sum exceeds what a cell holds (the
    /// error names the cell); sums never wrap.
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
        sum.format_version = first.format_version;
        sum.proactive_disclosure = first.proactive_disclosure.emptied();
        sum.applications.outcomes.other_handling =
            first.applications.outcomes.other_handling.emptied();
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
        let filled;
        let other = if other.blank_cells.is_empty() {
            other
        } else {
            filled = crate::rules::with_blank_totals_filled(other).map_err(OverflowError::at)?;
            &filled
        };
        let mut proactive = self.proactive_disclosure.clone();
        proactive
            .checked_add_assign(&other.proactive_disclosure)
            .map_err(|e| e.within("/proactive_disclosure"))?;
        if self.format_version != other.format_version {
            return Err(RollUpError::MixedLayouts {
                pointer: "/format_version".to_owned(),
            });
        }
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
    /// Reads a report from JSON text; see [`Report::from_json_slice`] for bytes. A leading
    /// byte-order mark (U+FEFF, as `read_to_string` keeps it) is skipped. Every edition is
    /// read: table 二 and （六）其他处理 are told apart by their keys.
    ///
    /// ```
    /// use ogi_report::Report;
    /// let json = std::fs::read_to_string("examples/reports/dongying-district-office-2023.json")?;
    /// let report = Report::from_json_str(&json)?;
    /// assert_eq!(report.applications.new_received.total, 18);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<Report, ParseError> {
        wire::read_str(json)
    }

    /// Reads a report from JSON bytes: UTF-8, with or without a byte-order mark. UTF-16 and
    /// invalid UTF-8 are refused with an [`Encoding`](crate::ParseErrorKind::Encoding) error.
    ///
    /// ```
    /// use ogi_report::{ParseErrorKind, Report};
    /// let err = Report::from_json_slice(b"\xff\xfe{\x00}\x00").unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::Encoding);
    /// ```
    pub fn from_json_slice(bytes: &[u8]) -> Result<Report, ParseError> {
        wire::read_slice(bytes)
    }

    /// The report as compact JSON, in wire-format field order.
    pub fn to_json_string(&self) -> String {
        serde_json::to_string(self).expect("a report always serializes")
    }

    /// The report as indented JSON, in wire-format field order: two spaces per level, no
    /// trailing newline, optional fields left out when absent, amounts with their digits.
    ///
    /// ```
    /// use ogi_report::Report;
    /// let file = std::fs::read_to_string("examples/reports/dongying-district-office-2023.json")?;
    /// let report = Report::from_json_str(&file)?;
    /// assert_eq!(report.to_json_string_pretty() + "\n", file);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json_string_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serializes")
    }

    /// Checks the report against every rule of the catalogue that concerns one report and
    /// applies to its edition, and returns every issue found (errors and warnings), in
    /// catalogue order. Cells listed in `blank_cells` count as 0, blank totals as the sums of
    /// their parts.
    ///
    /// ```
    /// let json = std::fs::read_to_string("examples/reports/dongying-district-office-2023.json")?;
    /// let report = ogi_report::Report::from_json_str(&json)?;
    /// assert!(report.check().iter().all(|issue| !issue.is_error()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self) -> Vec<Issue> {
        rules::check_report(self)
    }

    /// Checks the report against the same agency's report for the previous year: carry-over
    /// continuity per column, and the stock continuity of table 二 when both reports print
    /// table 二 in the same edition (warnings, with paths into both reports). When `previous`
    /// is not last year's report of the same agency, only a `continuity.comparable` warning is
    /// returned.
    ///
    /// ```
    /// use ogi_report::rules::RuleId;
    /// use ogi_report::{Agency, AgencyKind, Report};
    /// let agency = Agency::new("某局", AgencyKind::Department);
    /// let mut last = Report::new(agency.clone(), 2023);
    /// last.applications.carried_forward_to_next_year.natural_person = 1;
    /// let this = Report::new(agency, 2024);
    /// let issues = this.check_against_previous(&last);
    /// assert_eq!(issues[0].rule, RuleId::ContinuityCarryOver);
    /// assert_eq!(issues[0].previous_paths, ["/applications/carried_forward_to_next_year/natural_person"]);
    /// ```
    pub fn check_against_previous(&self, previous: &Report) -> Vec<Issue> {
        rules::check_across_years(self, previous)
    }

    /// Checks what a published report must say (`text.required_content`): section 一 with its
    /// five parts, section 五 with its problems and improvements, none empty or a bare "无".
    /// Separate from [`Report::check`] because a report built for data entry has no prose.
    ///
    /// ```
    /// use ogi_report::rules::RuleId;
    /// use ogi_report::{Agency, AgencyKind, Report, TextPart};
    /// let mut report = Report::new(Agency::new("某局", AgencyKind::Department), 2024);
    /// report.problems_and_improvements.problems = Some(TextPart::new("无。"));
    /// report.problems_and_improvements.improvements = Some(TextPart::new("加强培训。"));
    /// let issues = report.check_content();
    /// assert!(issues.iter().all(|i| i.rule == RuleId::TextRequiredContent));
    /// assert!(issues.iter().any(|i| i.paths == ["/problems_and_improvements/problems"]));
    /// ```
    pub fn check_content(&self) -> Vec<Issue> {
        rules::check_content(self)
    }

    /// Checks a region's report against the reports of the bodies under it (a city's against
    /// its districts' and departments'): tables 三 and 四 cell by cell against the sum of the
    /// children's (`region.roll_up`, warnings naming each differing cell with both figures and
    /// the reading that applies), a child of another year (`region.child_year`) or given twice
    /// (`region.duplicate_child`) named and left out. Never an error: a parent may report only
    /// its own office.
    ///
    /// ```
    /// use ogi_report::rules::RuleId;
    /// use ogi_report::{Agency, AgencyKind, Report};
    /// let mut district = Report::new(Agency::new("甲区", AgencyKind::Government), 2024);
    /// district.applications.new_received.natural_person = 2;
    /// district.fill_totals()?;
    /// let mut other = district.clone();
    /// other.agency.name = "乙区".to_owned();
    /// let city = Report::roll_up(Agency::new("某市", AgencyKind::Government), [&district, &other])?;
    /// assert!(city.check_region(&[district.clone(), other.clone()]).is_empty());
    /// let issues = city.check_region(&[district.clone(), district]);
    /// assert_eq!(issues[0].rule, RuleId::RegionRollUp);
    /// assert!(issues.iter().any(|i| i.rule == RuleId::RegionDuplicateChild));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_region(&self, children: &[Report]) -> Vec<Issue> {
        rules::check_region(self, children)
    }

    /// The key figures and the disclosure, refusal and correction rates (see
    /// [`summary`](crate::summary)).
    pub fn summary(&self) -> crate::summary::Summary {
        crate::summary::summarise(self)
    }

    /// How much of each text section (一, 五, 六) repeats `previous` (last year's report), after
    /// normalising figures and years and leaving out the template's boilerplate; rule
    /// `text.copied` warns above the threshold. See [`TextReuse`](rules::TextReuse).
    pub fn copied_text(&self, previous: &Report) -> Vec<rules::TextReuse> {
        rules::copied_text(self, previous)
    }
}

impl FromStr for Report {
    type Err = ParseError;

    /// Same as [`Report::from_json_str`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Report::from_json_str(s)
    }
}
