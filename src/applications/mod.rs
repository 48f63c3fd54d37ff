//! Section 三: applications for disclosure received and handled (表三).
//!
//! Table 三 has 25 rows of 7 counts. Each row is an [`ApplicantRow`] (the 申请人情况 columns);
//! the rows are grouped as the template groups them: 一 new, 二 carried over, 三 results
//! ([`Outcomes`]), 四 carried forward. The template prints one rule in its header cell:
//! 第一项加第二项之和，等于第三项加第四项之和 (一 + 二 = 三（七）总计 + 四, per column).
//!
//! ```
//! use ogi_report::applications::{ApplicantRow, Applications};
//!
//! let mut table = Applications::default();
//! table.new_received = ApplicantRow::natural_persons(3);
//! table.outcomes.disclosed = ApplicantRow::natural_persons(3);
//! table.fill_totals()?;
//! assert_eq!(table.outcomes.total.total, 3);
//! # Ok::<(), ogi_report::OverflowError>(())
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

mod other_handling;

pub use other_handling::OtherHandling;

use crate::cells::{Cells, checked_add_cells, count_table, counts_of, pointer_of_cell};
use crate::text::MAX_TEXT_CHARS;
use crate::{OverflowError, RollUpError};

count_table! {
    /// # 申请人情况
    ///
    /// One row of table 三: the count of applications by kind of applicant. The five middle
    /// columns sit under the group header 法人或其他组织 (legal persons or other organisations),
    /// which has no subtotal column of its own. 总计 is stored as reported: it should equal the
    /// sum of the six other columns (rule `applications.applicant_total`).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct ApplicantRow {
        /// # 自然人
        ///
        /// Natural persons (individual applicants).
        pub natural_person: u32,
        /// # 商业企业
        ///
        /// Commercial enterprises (under 法人或其他组织).
        pub commercial_enterprise: u32,
        /// # 科研机构
        ///
        /// Research institutions (under 法人或其他组织).
        pub research_institution: u32,
        /// # 社会公益组织
        ///
        /// Social welfare organisations (under 法人或其他组织).
        pub social_welfare_organization: u32,
        /// # 法律服务机构
        ///
        /// Legal service organisations (under 法人或其他组织).
        pub legal_service_organization: u32,
        /// # 其他
        ///
        /// Other legal persons or organisations (under 法人或其他组织).
        pub other_organization: u32,
        /// # 总计
        ///
        /// Total of the row, as reported: natural persons plus the five organisation columns.
        ///
        /// 说明：照录报告所印数字，应等于自然人与法人或其他组织五列之和。
        pub total: u32,
    }
}

impl ApplicantRow {
    /// A row with `count` natural persons and the total set to match.
    ///
    /// ```
    /// use ogi_report::applications::ApplicantRow;
    /// let row = ApplicantRow::natural_persons(18);
    /// assert_eq!((row.natural_person, row.total), (18, 18));
    /// ```
    pub fn natural_persons(count: u32) -> Self {
        ApplicantRow {
            natural_person: count,
            total: count,
            ..ApplicantRow::default()
        }
    }

    /// The six columns that make up 总计, in template order.
    pub fn parts(&self) -> [u32; 6] {
        [
            self.natural_person,
            self.commercial_enterprise,
            self.research_institution,
            self.social_welfare_organization,
            self.legal_service_organization,
            self.other_organization,
        ]
    }

    /// The sum of [`parts`](Self::parts), computed without overflow.
    ///
    /// ```
    /// use ogi_report::applications::ApplicantRow;
    /// let row = ApplicantRow { natural_person: u32::MAX, other_organization: 1, ..Default::default() };
    /// assert_eq!(row.parts_sum(), 4_294_967_296);
    /// ```
    pub fn parts_sum(&self) -> u64 {
        self.parts().iter().map(|&n| u64::from(n)).sum()
    }

    /// Sets 总计 to the sum of the parts, or fails when it exceeds `u32::MAX`.
    ///
    /// ```
    /// use ogi_report::applications::ApplicantRow;
    /// let mut row = ApplicantRow { natural_person: 2, commercial_enterprise: 1, ..Default::default() };
    /// row.fill_total()?;
    /// assert_eq!(row.total, 3);
    /// # Ok::<(), ogi_report::OverflowError>(())
    /// ```
    pub fn fill_total(&mut self) -> Result<(), OverflowError> {
        self.total =
            u32::try_from(self.parts_sum()).map_err(|_| OverflowError::at("/total".to_owned()))?;
        Ok(())
    }
}

count_table! {
    /// # （三）不予公开
    ///
    /// Table 三, result （三）: disclosure refused, broken down by the ground of refusal
    /// (rows 1 to 8). The group row carries no numbers of its own.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct NotDisclosed {
        /// # 1.属于国家秘密
        ///
        /// The information is a state secret. 表三 第三项（三）1.
        pub state_secret: ApplicantRow,
        /// # 2.其他法律行政法规禁止公开
        ///
        /// Disclosure is prohibited by other laws or administrative regulations. 表三 第三项（三）2.
        pub prohibited_by_laws_and_regulations: ApplicantRow,
        /// # 3.危及“三安全一稳定”
        ///
        /// Disclosure would endanger national security, public security, economic security or
        /// social stability ("three securities and one stability"). 表三 第三项（三）3.
        pub endangers_security_or_stability: ApplicantRow,
        /// # 4.保护第三方合法权益
        ///
        /// Refused to protect the lawful rights and interests of a third party. 表三 第三项（三）4.
        pub third_party_rights: ApplicantRow,
        /// # 5.属于三类内部事务信息
        ///
        /// Internal affairs information of the three kinds (personnel, logistics, internal
        /// workflow; Art. 16 ¶1). 表三 第三项（三）5.
        pub internal_affairs: ApplicantRow,
        /// # 6.属于四类过程性信息
        ///
        /// Process information of the four kinds (discussion records, drafts, consultation
        /// letters, requests for instructions; Art. 16 ¶2). 表三 第三项（三）6.
        pub process_information: ApplicantRow,
        /// # 7.属于行政执法案卷
        ///
        /// Administrative law-enforcement case files (Art. 16 ¶2). 表三 第三项（三）7.
        pub law_enforcement_case_files: ApplicantRow,
        /// # 8.属于行政查询事项
        ///
        /// Matters of administrative inquiry, to be handled through the inquiry channels of other
        /// laws (Art. 36 (七)). 表三 第三项（三）8.
        pub administrative_inquiry: ApplicantRow,
    }
}

count_table! {
    /// # （四）无法提供
    ///
    /// Table 三, result （四）: the information cannot be provided (rows 1 to 3).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct UnableToProvide {
        /// # 1.本机关不掌握相关政府信息
        ///
        /// The agency does not hold the information. 表三 第三项（四）1.
        pub not_held: ApplicantRow,
        /// # 2.没有现成信息需要另行制作
        ///
        /// No existing information; it would have to be newly compiled. 表三 第三项（四）2.
        pub requires_new_compilation: ApplicantRow,
        /// # 3.补正后申请内容仍不明确
        ///
        /// The request is still unclear after the applicant supplemented it. 表三 第三项（四）3.
        pub unclear_after_supplement: ApplicantRow,
    }
}

count_table! {
    /// # （五）不予处理
    ///
    /// Table 三, result （五）: the application is not processed (rows 1 to 5).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct NotProcessed {
        /// # 1.信访举报投诉类申请
        ///
        /// Petitions, reports or complaints filed as applications. 表三 第三项（五）1.
        pub petition_or_complaint: ApplicantRow,
        /// # 2.重复申请
        ///
        /// Repeated applications. 表三 第三项（五）2.
        pub repeated_application: ApplicantRow,
        /// # 3.要求提供公开出版物
        ///
        /// Requests for publicly available publications. 表三 第三项（五）3.
        pub public_publication_requested: ApplicantRow,
        /// # 4.无正当理由大量反复申请
        ///
        /// Large numbers of repeated applications without good reason. 表三 第三项（五）4.
        pub excessive_without_reason: ApplicantRow,
        /// # 5.要求行政机关确认或重新出具已获取信息
        ///
        /// Requests that the agency confirm or re-issue information the applicant already has.
        /// 表三 第三项（五）5.
        pub confirm_or_reissue_requested: ApplicantRow,
    }
}

count_table! {
    /// # （六）其他处理
    ///
    /// Table 三, result （六） in the 2021 edition: other handling, in three sub-rows.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct OtherHandlingRows {
        /// # 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
        ///
        /// The applicant did not supplement the application in time without good reason, and the
        /// agency no longer processes it. 表三 第三项（六）1.
        pub no_supplement_in_time: ApplicantRow,
        /// # 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
        ///
        /// The applicant did not pay the fee of a fee notice in time, and the agency no longer
        /// processes the application. 表三 第三项（六）2.
        pub fee_not_paid: ApplicantRow,
        /// # 3.其他
        ///
        /// Any other handling. 表三 第三项（六）3.
        pub other: ApplicantRow,
    }
}

count_table! {
    /// # 三、本年度办理结果
    ///
    /// Table 三, item 三: the results of the applications handled this year. Each application is
    /// counted under exactly one result (the note of row （二）). （七）总计 is stored as reported:
    /// it should equal the sum of every result row (rule `applications.outcome_total`).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Outcomes {
        /// # （一）予以公开
        ///
        /// Disclosed in full. 表三 第三项（一）.
        pub disclosed: ApplicantRow,
        /// # （二）部分公开（区分处理的，只计这一情形，不计其他情形）
        ///
        /// Partially disclosed; an application handled by separating disclosable parts is counted
        /// here only, under no other result. 表三 第三项（二）.
        pub partially_disclosed: ApplicantRow,
        /// # （三）不予公开
        ///
        /// Disclosure refused, by ground. 表三 第三项（三）.
        pub not_disclosed: NotDisclosed,
        /// # （四）无法提供
        ///
        /// Cannot be provided, by reason. 表三 第三项（四）.
        pub unable_to_provide: UnableToProvide,
        /// # （五）不予处理
        ///
        /// Not processed, by reason. 表三 第三项（五）.
        pub not_processed: NotProcessed,
        /// # （六）其他处理
        ///
        /// Other handling: three sub-rows by reason (2021), or one row (2019). 表三 第三项（六）.
        pub other_handling: OtherHandling,
        /// # （七）总计
        ///
        /// Total of all results, as reported. 表三 第三项（七）.
        pub total: ApplicantRow,
    }
}

/// The number of columns of table 三 (the cells of an [`ApplicantRow`]).
pub const COLUMNS: usize = 7;

/// The group header printed over the five middle columns of table 三 (written once, as
/// [`crate::layout::ORGANISATIONS`]).
pub const ORGANISATION_GROUP: &str = crate::layout::ORGANISATIONS;

/// The columns (wire names) under [`ORGANISATION_GROUP`], in template order.
pub use crate::layout::ORGANISATION_COLUMNS;

impl Outcomes {
    /// The number of result rows: every row but （七）总计, that is 21 with the three sub-rows
    /// of （六）, 19 with （六） as one row.
    pub fn result_rows(&self) -> usize {
        counts_of(self).len() / COLUMNS - 1
    }

    /// The column sums of the result rows (every row but （七）总计), computed without
    /// overflow, in column order (自然人 … 其他, 总计).
    ///
    /// ```
    /// use ogi_report::applications::{ApplicantRow, Outcomes};
    /// let mut outcomes = Outcomes::default();
    /// outcomes.disclosed = ApplicantRow::natural_persons(2);
    /// outcomes.other_handling.sub_rows_mut().unwrap().other = ApplicantRow::natural_persons(5);
    /// assert_eq!(outcomes.results_sum()[0], 7);
    /// ```
    pub fn results_sum(&self) -> [u64; COLUMNS] {
        let cells = counts_of(self);
        column_sums(&cells[..cells.len() - COLUMNS])
    }

    /// The 总计 column summed over 不予公开 rows 1 to 8.
    pub fn not_disclosed_total(&self) -> u64 {
        column_sums(&counts_of(&self.not_disclosed))[COLUMNS - 1]
    }
}

/// Per-column sums of a row-major grid of [`ApplicantRow`] cells (all counts, never negative).
fn column_sums(cells: &[i64]) -> [u64; COLUMNS] {
    let mut sums = [0u64; COLUMNS];
    for row in cells.chunks_exact(COLUMNS) {
        for (sum, &cell) in sums.iter_mut().zip(row) {
            *sum += cell.unsigned_abs();
        }
    }
    sums
}

count_table! {
    /// # 三、收到和处理政府信息公开申请情况
    ///
    /// Section 三 (table 三): applications for disclosure received and handled in the report
    /// year, by kind of applicant. The header states the table's own rule:
    /// （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）, i.e. in every column
    /// 一 + 二 = 三（七）总计 + 四 (rule `applications.balance`).
    #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct Applications {
        /// # 一、本年新收政府信息公开申请数量
        ///
        /// Applications newly received in the report year. 表三 第一项.
        pub new_received: ApplicantRow,
        /// # 二、上年结转政府信息公开申请数量
        ///
        /// Applications carried over from the previous year. 表三 第二项.
        pub carried_over_from_previous_year: ApplicantRow,
        /// # 三、本年度办理结果
        ///
        /// Results of the applications handled in the report year. 表三 第三项.
        pub outcomes: Outcomes,
        /// # 四、结转下年度继续办理
        ///
        /// Applications carried forward, still being handled in the next year. 表三 第四项.
        pub carried_forward_to_next_year: ApplicantRow,
        /// # 表注
        ///
        /// Optional: text printed with the table, such as a footnote explaining a row (e.g.
        /// "其他情况包括 7 条‘经检索，信息不存在’情况。"). Kept verbatim.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[validate(length(max = MAX_TEXT_CHARS))]
        pub note: Option<String>,
    }
}

impl Applications {
    /// Fills in every 总计 cell of table 三 from its parts: the row （七）总计 from the 21 result
    /// rows, then the 总计 column of every row. No other cell changes, and the 总计 cells as
    /// given play no part. On overflow nothing changes and the error names the cell (relative
    /// to the table).
    ///
    /// ```
    /// use ogi_report::applications::{ApplicantRow, Applications};
    /// let mut table = Applications::default();
    /// table.outcomes.disclosed = ApplicantRow { natural_person: 2, commercial_enterprise: 1, ..Default::default() };
    /// table.outcomes.not_processed.repeated_application.natural_person = 1;
    /// table.fill_totals()?;
    /// assert_eq!(table.outcomes.disclosed.total, 3);
    /// assert_eq!(table.outcomes.total.natural_person, 3);
    /// assert_eq!(table.outcomes.total.total, 4);
    /// # Ok::<(), ogi_report::OverflowError>(())
    /// ```
    pub fn fill_totals(&mut self) -> Result<(), OverflowError> {
        let mut cells = counts_of(self);
        let overflow = |index: usize| OverflowError::at(pointer_of_cell(self, "", index));
        // Rows: 一, 二, then the result rows, then （七）总计, then 四.
        let rows = cells.len() / COLUMNS;
        let total_row = (rows - 2) * COLUMNS;
        let sums = column_sums(&cells[2 * COLUMNS..total_row]);
        for (column, sum) in sums.into_iter().enumerate().take(COLUMNS - 1) {
            let index = total_row + column;
            cells[index] = i64::try_from(sum)
                .ok()
                .filter(|&sum| sum <= i64::from(u32::MAX))
                .ok_or_else(|| overflow(index))?;
        }
        for (row, cells) in cells.chunks_exact_mut(COLUMNS).enumerate() {
            let (parts, total) = cells.split_at_mut(COLUMNS - 1);
            let sum: i64 = parts.iter().sum();
            if sum > i64::from(u32::MAX) {
                return Err(overflow((row + 1) * COLUMNS - 1));
            }
            total[0] = sum;
        }
        let mut values = cells.into_iter();
        self.for_each_count_mut(&mut |cell| {
            if let Some(value) = values.next() {
                cell.set(value);
            }
        });
        Ok(())
    }

    /// Adds another table cell by cell (a roll-up); on overflow nothing changes and the error
    /// names the cell; tables whose （六）其他处理 differ in form cannot be added
    /// ([`RollUpError::MixedLayouts`]). The note is not summed.
    ///
    /// ```
    /// use ogi_report::applications::Applications;
    /// let mut sum = Applications::default();
    /// sum.new_received.natural_person = u32::MAX;
    /// let mut one = Applications::default();
    /// one.new_received.natural_person = 1;
    /// let err = sum.checked_add_assign(&one).unwrap_err();
    /// assert_eq!(err.pointer(), Some("/new_received/natural_person"));
    /// assert_eq!(sum.new_received.natural_person, u32::MAX);
    /// ```
    pub fn checked_add_assign(&mut self, other: &Applications) -> Result<(), RollUpError> {
        if self.outcomes.other_handling.edition() != other.outcomes.other_handling.edition() {
            return Err(RollUpError::MixedLayouts {
                pointer: "/outcomes/other_handling".to_owned(),
            });
        }
        checked_add_cells(self, other)
            .map_err(|index| OverflowError::at(pointer_of_cell(self, "", index)).into())
    }
}
