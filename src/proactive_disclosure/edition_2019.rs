//! Table 二 in the 2019 trial edition (the format of the reports on 2019 and 2020): documents
//! newly made, newly published and published in all; items of licensing, other management
//! services, penalty, coercion and fees with last year's number and this year's change; central
//! government procurement.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::Amount;
use crate::cells::count_table;
use crate::text::MAX_TEXT_CHARS;

/// The bound of 本年增/减: a change is within ±4294967295 (the range of a count).
pub const MAX_CHANGE: i64 = u32::MAX as i64;

count_table! {
    /// # 信息内容
    ///
    /// A row of block 第二十条第（一）项 of the 2019 table 二: documents newly made, newly
    /// published, and published in all.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct PublishedDocuments {
        /// # 本年新制作数量
        ///
        /// Number newly made in the report year.
        pub new_made: u32,
        /// # 本年新公开数量
        ///
        /// Number newly published in the report year.
        pub new_published: u32,
        /// # 对外公开总数量
        ///
        /// Number published in all (the stock at the end of the report year).
        pub total_published: u32,
    }
}

count_table! {
    /// # 信息内容
    ///
    /// A row of blocks 第二十条第（五）项 and （六）项 of the 2019 table 二: the number of items
    /// last year, this year's change, and the decisions made.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct ItemChanges {
        /// # 上一年项目数量
        ///
        /// Number of items at the end of the previous year.
        pub previous_year_items: u32,
        /// # 本年增/减
        ///
        /// This year's change in the number of items, signed (printed `-18`, `+5`, `0`).
        #[validate(range(min = -MAX_CHANGE, max = MAX_CHANGE))]
        pub change: i64,
        /// # 处理决定数量
        ///
        /// Number of decisions made in the report year.
        pub decisions: u32,
    }
}

count_table! {
    /// # 行政事业性收费
    ///
    /// The row of block 第二十条第（八）项 of the 2019 table 二: items of administrative fees
    /// last year and this year's change.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct FeeItemChanges {
        /// # 上一年项目数量
        ///
        /// Number of fee items at the end of the previous year.
        pub previous_year_items: u32,
        /// # 本年增/减
        ///
        /// This year's change in the number of fee items, signed.
        #[validate(range(min = -MAX_CHANGE, max = MAX_CHANGE))]
        pub change: i64,
    }
}

/// # 金额单位
///
/// The unit printed with an amount of the 2019 table 二 (the template fixes none).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum MoneyUnit {
    /// `yuan`: 元.
    #[serde(rename = "yuan")]
    Yuan,
    /// `10k_yuan`: 万元 (10,000 yuan).
    #[serde(rename = "10k_yuan")]
    TenThousandYuan,
    /// `unspecified`: the cell printed no unit.
    #[default]
    #[serde(rename = "unspecified")]
    Unspecified,
}

impl MoneyUnit {
    /// Every unit, in wire order.
    pub const ALL: [MoneyUnit; 3] = [
        MoneyUnit::Yuan,
        MoneyUnit::TenThousandYuan,
        MoneyUnit::Unspecified,
    ];

    /// The unit's code on the wire: `yuan`, `10k_yuan` or `unspecified`.
    pub fn as_str(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "yuan",
            MoneyUnit::TenThousandYuan => "10k_yuan",
            MoneyUnit::Unspecified => "unspecified",
        }
    }

    /// The unit's name in Chinese, as an entry form lists it (`schema/ui.json`).
    pub fn name_zh(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::TenThousandYuan => "万元",
            MoneyUnit::Unspecified => "未注明单位",
        }
    }
}

/// # 采购总金额
///
/// An amount with the unit the document printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MoneyWithUnit {
    /// # 数额
    ///
    /// The amount as printed, exact.
    pub value: Amount,
    /// # 金额单位
    ///
    /// `yuan` (元), `10k_yuan` (万元) or `unspecified` (no unit printed).
    #[serde(deserialize_with = "crate::wire::strict::string_enum")]
    pub unit: MoneyUnit,
}

count_table! {
    /// # 政府集中采购
    ///
    /// The row of block 第二十条第（九）项 of the 2019 table 二: central government procurement.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Procurement {
        /// # 采购项目数量
        ///
        /// Number of procurement items.
        pub items: u32,
        /// # 采购总金额
        ///
        /// Total amount of procurement, with the unit printed.
        pub total_amount: MoneyWithUnit,
    }
}

count_table! {
    /// # 二、主动公开政府信息情况
    ///
    /// Section 二 (table 二) in the 2019 trial edition: information disclosed proactively under
    /// Art. 20 of the Regulations, in five blocks: 第二十条第（一）项 (rules and normative
    /// documents), （五）项 (licensing, other external management services), （六）项 (penalty,
    /// coercion), （八）项 (administrative fees) and （九）项 (central government procurement).
    ///
    /// ```
    /// use ogi_report::proactive_disclosure::{ProactiveDisclosure2019, PublishedDocuments};
    /// let table = ProactiveDisclosure2019 {
    ///     rules: PublishedDocuments { new_made: 13, new_published: 13, total_published: 524 },
    ///     ..Default::default()
    /// };
    /// assert_eq!(table.rules.total_published, 524);
    /// ```
    #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Validate)]
    #[serde(deny_unknown_fields)]
    pub struct ProactiveDisclosure2019 {
        /// # 规章
        ///
        /// Rules, block 第二十条第（一）项: 本年新制作数量, 本年新公开数量, 对外公开总数量.
        pub rules: PublishedDocuments,
        /// # 规范性文件
        ///
        /// Normative documents, block 第二十条第（一）项: 本年新制作数量, 本年新公开数量,
        /// 对外公开总数量.
        pub normative_documents: PublishedDocuments,
        /// # 行政许可
        ///
        /// Administrative licensing, block 第二十条第（五）项: 上一年项目数量, 本年增/减,
        /// 处理决定数量.
        #[validate(nested)]
        pub administrative_licensing: ItemChanges,
        /// # 其他对外管理服务事项
        ///
        /// Other external management services, block 第二十条第（五）项.
        #[validate(nested)]
        pub other_external_management_services: ItemChanges,
        /// # 行政处罚
        ///
        /// Administrative penalties, block 第二十条第（六）项.
        #[validate(nested)]
        pub administrative_penalty: ItemChanges,
        /// # 行政强制
        ///
        /// Administrative coercive measures, block 第二十条第（六）项.
        #[validate(nested)]
        pub administrative_coercion: ItemChanges,
        /// # 行政事业性收费
        ///
        /// Administrative fees, block 第二十条第（八）项: 上一年项目数量, 本年增/减.
        #[validate(nested)]
        pub administrative_fees: FeeItemChanges,
        /// # 政府集中采购
        ///
        /// Central government procurement, block 第二十条第（九）项: 采购项目数量, 采购总金额.
        pub government_procurement: Procurement,
        /// # 表注
        ///
        /// Optional: text printed with the table, verbatim.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[validate(length(max = MAX_TEXT_CHARS))]
        pub note: Option<String>,
    }
}

/// The keys only the 2019 table 二 has (besides `rules`, `normative_documents`, `note`).
pub(super) const OWN_KEYS: [&str; 6] = [
    "administrative_licensing",
    "other_external_management_services",
    "administrative_penalty",
    "administrative_coercion",
    "administrative_fees",
    "government_procurement",
];
