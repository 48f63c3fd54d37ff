//! Section 二: information disclosed proactively (表二).
//!
//! Four blocks, each reporting on an item of Art. 20 of the Regulations: （一） rules and
//! normative documents, （五） licensing, （六） penalties and coercive measures, （八） fees.
//!
//! ```
//! use ogi_report::proactive_disclosure::{DocumentCounts, ProactiveDisclosure};
//! let table = ProactiveDisclosure {
//!     normative_documents: DocumentCounts { issued: 1, repealed: 0, in_force: 7 },
//!     ..Default::default()
//! };
//! assert_eq!(table.normative_documents.in_force, 7);
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::cells::{checked_add_cells, count_table, pointers_of};
use crate::text::MAX_TEXT_CHARS;
use crate::{Amount, OverflowError};

count_table! {
    /// # 信息内容
    ///
    /// A row of block 第二十条第（一）项 of table 二: documents issued, repealed and in force.
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
    /// Section 二 (table 二): information disclosed proactively under Art. 20 of the
    /// Regulations, in four blocks: 第二十条第（一）项 (rules and normative documents),
    /// 第二十条第（五）项 (licensing), 第二十条第（六）项 (penalties, coercion) and
    /// 第二十条第（八）项 (administrative fees).
    #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct ProactiveDisclosure {
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

impl ProactiveDisclosure {
    /// Adds another table (a roll-up): counts cell by cell, fee amounts exactly. On overflow
    /// nothing changes and the error names the cell. The note is not summed.
    pub fn checked_add_assign(&mut self, other: &ProactiveDisclosure) -> Result<(), OverflowError> {
        let fees = self
            .administrative_fees_10k_yuan
            .checked_add(other.administrative_fees_10k_yuan)
            .ok_or_else(|| OverflowError::at("/administrative_fees_10k_yuan".to_owned()))?;
        checked_add_cells(self, other).map_err(|index| {
            OverflowError::at(pointers_of::<ProactiveDisclosure>("")[index].clone())
        })?;
        self.administrative_fees_10k_yuan = fees;
        Ok(())
    }
}
