//! Table 二 in the 2021 edition (国办公开办函〔2021〕30号): documents issued, repealed and in
//! force; decisions of licensing, penalty and coercion; fees collected in 万元.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::Amount;
use crate::cells::count_table;
use crate::text::MAX_TEXT_CHARS;

count_table! {
    /// # 信息内容
    ///
    /// A row of block 第二十条第（一）项 of table 二 (2021 edition): documents issued, repealed
    /// and in force.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct DocumentCounts {
        /// # 本年制发件数
        ///
        /// Number issued in the report year.
        pub issued: u32,
        /// # 本年废止件数
        ///
        /// Number repealed in the report year.
        pub repealed: u32,
        /// # 现行有效件数
        ///
        /// Number in force at the end of the report year.
        pub in_force: u32,
    }
}

count_table! {
    /// # 二、主动公开政府信息情况
    ///
    /// Section 二 (table 二) in the 2021 edition: information disclosed proactively under
    /// Art. 20 of the Regulations, in four blocks: 第二十条第（一）项 (rules and normative
    /// documents), 第二十条第（五）项 (licensing), 第二十条第（六）项 (penalties, coercion) and
    /// 第二十条第（八）项 (administrative fees).
    ///
    /// ```
    /// use ogi_report::proactive_disclosure::{DocumentCounts, ProactiveDisclosure2021};
    /// let table = ProactiveDisclosure2021 {
    ///     normative_documents: DocumentCounts { issued: 1, repealed: 0, in_force: 7 },
    ///     ..Default::default()
    /// };
    /// assert_eq!(table.normative_documents.in_force, 7);
    /// ```
    #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct ProactiveDisclosure2021 {
        /// # 规章
        ///
        /// Rules (government or departmental rules), block 第二十条第（一）项: 本年制发件数,
        /// 本年废止件数, 现行有效件数. Only bodies with rule-making power issue rules.
        pub rules: DocumentCounts,
        /// # 行政规范性文件
        ///
        /// Administrative normative documents (variant label: 规范性文件), block
        /// 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数.
        pub normative_documents: DocumentCounts,
        /// # 行政许可
        ///
        /// Administrative licensing: 本年处理决定数量, the number of decisions made in the report
        /// year. Block 第二十条第（五）项.
        pub administrative_licensing_decisions: u32,
        /// # 行政处罚
        ///
        /// Administrative penalties: 本年处理决定数量, the number of decisions made in the report
        /// year. Block 第二十条第（六）项.
        pub administrative_penalty_decisions: u32,
        /// # 行政强制
        ///
        /// Administrative coercive measures: 本年处理决定数量, the number of decisions made in the
        /// report year. Block 第二十条第（六）项.
        pub administrative_coercion_decisions: u32,
        /// # 行政事业性收费
        ///
        /// Administrative fees: 本年收费金额（单位：万元）, the amount collected in the report year,
        /// in 万元 (10,000 yuan), exact. Block 第二十条第（八）项.
        pub administrative_fees_10k_yuan: Amount,
        /// # 表注
        ///
        /// Optional: text printed with the table, verbatim.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[validate(length(max = MAX_TEXT_CHARS))]
        pub note: Option<String>,
    }
}

/// The keys only the 2021 table 二 has (besides `rules`, `normative_documents`, `note`).
pub(super) const OWN_KEYS: [&str; 4] = [
    "administrative_licensing_decisions",
    "administrative_penalty_decisions",
    "administrative_coercion_decisions",
    "administrative_fees_10k_yuan",
];
