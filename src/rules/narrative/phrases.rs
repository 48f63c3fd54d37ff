//! The phrasings the prose checks recognise, as data: one table that this crate scans with and
//! that the rule catalogue exports (`schema/rules.json`, each narrative rule's `narrative`
//! member, and the catalogue's `narrative_scanning`), so that another evaluator can run the
//! very same patterns.
//!
//! How a text is read (the same for every evaluator):
//! 1. A **number** is a run of ASCII digits, full-width digits or Chinese numerals (十八, 两,
//!    二十三, 一百零五), followed (after optional spaces) by a **unit**: 件, 个 or 次 for counts,
//!    元 or 万元 for amounts. A number with an approximation next to it (`APPROXIMATIONS`:
//!    4000 余件, 约 18 件, 18 件左右) is not a figure.
//! 2. The **clause** of a number is the text around it up to the nearest `CLAUSE_ENDS` on
//!    that side; its **sentence** runs up to the nearest `SENTENCE_ENDS`.
//! 3. On the `before` side, `CONNECTORS` between the words and the number are skipped
//!    (`予以公开的有 2 件` reads as `予以公开 2 件`).
//! 4. The **first** [`Phrase`] of the table (in order) whose words are next to the number,
//!    whose clause has one word of every `clause_has` group and none of `clause_lacks` (nor,
//!    unless `own_period`, any of `OTHER_SCOPE`, nor a year other than the report's) decides
//!    what the figure restates. Later, more general phrases never override an earlier one.
//! 5. A figure in `{group}` form (table 四's results) belongs to the group of table 四 named
//!    last in its sentence before it (`GROUP_WORDS`; the longest word when two end at the same
//!    place); none named: skipped.
//! 6. [`Claim`]s are statements without a number (均获维持, 未收取…费); a claim about a group
//!    applies to every table 四 count of its sentence before it.
//! 7. A share (`占 11%`) right after a recognised count of table 三 restates that count over
//!    one of `SHARE_DENOMINATORS`; it agrees when it is within one unit of its last printed
//!    digit of the exact share (so rounding and truncation both agree).

use serde::Serialize;

/// Which side of the number a phrase's words are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// `收到政府信息公开申请 18 件`: the words end right before the number.
    Before,
    /// `72 件顺延到下年度`: the words follow the unit, in its clause.
    After,
}

/// The unit a phrase's number is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 件, 个 or 次.
    Count,
    /// 元 (or 万元, times 10,000).
    Yuan,
}

/// One phrasing of a restated figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Phrase {
    /// The figure it restates (see `NarrativeFigure`); `{group}` stands for the
    /// group of table 四 named before it in the sentence.
    pub figure: &'static str,
    /// Where the words are.
    pub side: Side,
    /// `before`: the clause (after connectors) ends with one of these, right before the number;
    /// `after`: the clause after the unit starts with one of these. Empty: no condition.
    pub next_to: &'static [&'static str],
    /// Every group must have one of its words in the clause (on the phrase's side).
    pub clause_has: &'static [&'static [&'static str]],
    /// None of these may be in the clause (the scope would be unclear).
    pub clause_lacks: &'static [&'static str],
    /// Whether the phrase is itself about another period (上年结转), so `OTHER_SCOPE` and
    /// other years do not apply.
    pub own_period: bool,
    /// Count or amount.
    pub unit: Unit,
}

/// What a claim without a number says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Says {
    /// The figure is 0.
    Zero,
    /// The figure equals the count of its group stated before the claim in the sentence.
    GroupCount,
}

/// A statement without a number: 均获维持, 均已审结, 未收取…费.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// The figure it is about (`{group}`: every table 四 group counted before it in the sentence).
    pub figure: &'static str,
    /// One of these words states it.
    pub words: &'static [&'static str],
    /// Every group must have one of its words in the clause after the claim word.
    pub clause_after_has: &'static [&'static [&'static str]],
    /// None of these may be in the claim's clause.
    pub clause_lacks: &'static [&'static str],
    /// What it says the figure is.
    pub says: Says,
}

/// The texts of a report that are read, in this order (JSON Pointers): a text, a part (its
/// heading, then its text) or a list of parts (each in turn). `statements` follows this list,
/// which a test checks.
pub const TEXTS: &[&str] = &[
    "/overview/introduction",
    "/overview/proactive_disclosure",
    "/overview/disclosure_on_request",
    "/overview/information_management",
    "/overview/platform_development",
    "/overview/oversight_and_safeguards",
    "/overview/additional_parts",
    "/other_matters/introduction",
    "/other_matters/fee_statement",
    "/other_matters/key_points_implementation",
    "/other_matters/deputies_and_cppcc_proposals",
    "/other_matters/innovation",
    "/other_matters/additional_parts",
    "/problems_and_improvements/introduction",
    "/problems_and_improvements/problems",
    "/problems_and_improvements/improvements",
    "/problems_and_improvements/additional_parts",
    "/preamble",
    "/closing",
    "/proactive_disclosure/note",
    "/applications/note",
    "/review_and_litigation/note",
];

/// Spaces skipped between a number, its unit and the words around them.
pub const SPACES: &[char] = &[' ', '\u{3000}', '\u{a0}', '\t'];

/// The units of counts (件, 个, 次; each of three bytes in UTF-8).
pub const COUNT_UNITS: [&str; 3] = ["件", "个", "次"];

/// The unit of amounts (元; of three bytes in UTF-8).
pub const AMOUNT_UNIT: &str = "元";

/// Characters right before [`AMOUNT_UNIT`] (after optional spaces) that multiply the amount
/// before them (万元: × 10,000).
pub const AMOUNT_MULTIPLIERS: &[(char, u32)] = &[('万', 10_000)];

/// The digits of Chinese numerals and their values (两 is 2, 〇 and 零 are 0).
pub const NUMERAL_DIGITS: &[(char, u64)] = &[
    ('零', 0),
    ('〇', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
];

/// The unit characters of Chinese numerals and their multipliers (万 multiplies everything
/// before it).
pub const NUMERAL_MULTIPLIERS: &[(char, u64)] =
    &[('十', 10), ('百', 100), ('千', 1_000), ('万', 10_000)];

/// Decimal points of either width: a share may have one (`占 33.9%`).
pub const DECIMAL_POINTS: &[char] = &['.', '．'];

/// Characters that, between digits, make a number a decimal or a grouped number (`1.5`,
/// `1,234`): a count right after one of them, itself after a digit, is not read.
pub const NUMBER_SEPARATORS: &[char] = &['.', '．', ',', '，'];

/// Commas that may stand between a count's unit and its share (`2 件，占 11%`).
pub const SHARE_COMMAS: &[char] = &['，', ','];

/// The character after a year's four digits (`2022 年`).
pub const YEAR_MARK: char = '年';

/// Characters before a body's name that make it the report's own (`本局`, `我中心`).
pub const OWN_BODY_MARKS: &[char] = &['本', '我'];

/// The signs that end a share (`占 11%`).
pub const PERCENT_SIGNS: &[char] = &['%', '％'];

/// The most decimals a share may print (`占 33.9%`); a share with more is not read.
pub const MAX_SHARE_DECIMALS: u32 = 6;

/// Punctuation that ends a clause.
pub const CLAUSE_ENDS: &[char] = &[
    '。', '，', ',', '；', ';', '：', ':', '\n', '！', '？', '、', '（', '）', '(', ')',
];

/// Punctuation that ends a sentence.
pub const SENTENCE_ENDS: &[char] = &['。', '；', ';', '\n', '！', '？'];

/// Words skipped between a phrase and its number (any order, up to three).
pub const CONNECTORS: &[&str] = &[
    "共计",
    "合计",
    "总计",
    "数量为",
    "数量",
    "数为",
    "的有",
    "为",
    "共",
    "计",
    "达",
    "了",
    "有",
    "的",
    "是",
];

/// Words next to a number that make it approximate: before it, or right after its digits, or
/// right after its unit.
pub const APPROXIMATIONS: [&[&str]; 3] = [
    &["约", "近", "超过", "逾", "上万", "数"],
    &["余", "多", "来"],
    &["左右", "以上", "以内", "余"],
];

/// Words in a phrase's clause that put its figure in another scope (a period, a sub-unit, one
/// kind of applicant or channel, a topic): the figure is then skipped.
pub const OTHER_SCOPE: &[&str] = &[
    "上年",
    "去年",
    "上一年",
    "前年",
    "往年",
    "历年",
    "累计",
    "同比",
    "同期",
    "较上",
    "比上",
    "月",
    "季度",
    "上半年",
    "下半年",
    "平均",
    "日均",
    "人均",
    "各部门",
    "下属",
    "所属",
    "直属",
    "分局",
    "各镇",
    "镇街",
    "乡镇",
    "街道",
    "各单位",
    "区直",
    "市直",
    "县直",
    "自然人",
    "法人",
    "企业",
    "科研机构",
    "公益组织",
    "法律服务机构",
    "其他组织",
    "渠道",
    "网上",
    "网络",
    "当面",
    "信函",
    "邮寄",
    "传真",
    "邮件",
    "涉及",
    "关于",
];

/// Endings of the names of other bodies (`区教育局`, `执法大队`): a clause naming one that is
/// not the report's own agency (its name does not contain the two characters before the ending
/// and the ending) nor 本…/我… is about another body, and skipped.
pub const BODY_ENDINGS: &[&str] = &["局", "中心", "大队", "支队", "委员会"];

/// Words naming a group of table 四, and the group.
pub const GROUP_WORDS: &[(&str, &str)] = &[
    ("复议后起诉", "litigation_after_review"),
    ("复议后提起行政诉讼", "litigation_after_review"),
    ("直接起诉", "litigation_without_review"),
    ("直接提起行政诉讼", "litigation_without_review"),
    ("行政诉讼", "litigation"),
    ("诉讼", "litigation"),
    ("行政复议", "administrative_review"),
    ("复议", "administrative_review"),
];

/// Words that introduce a share right after a count (`，占 11%`).
pub const SHARE_WORDS: &[&str] = &[
    "占比为",
    "占比达",
    "占比",
    "占总数的",
    "占申请总数的",
    "占全部申请的",
    "占办结总数的",
    "占",
];

/// The figures a share may be of: the 总计 of results, new applications, new + carried over.
pub const SHARE_DENOMINATORS: &[&[&str]] = &[
    &["/applications/outcomes/total/total"],
    &["/applications/new_received/total"],
    &[
        "/applications/new_received/total",
        "/applications/carried_over_from_previous_year/total",
    ],
];

use super::phrase_table::NO_GROUPS;
pub use super::phrase_table::PHRASES;

/// Every claim without a number.
pub const CLAIMS: &[Claim] = &[
    Claim {
        figure: "{group}.upheld",
        words: &[
            "均获维持",
            "均被维持",
            "均予维持",
            "均维持",
            "全部维持",
            "全部被维持",
        ],
        clause_after_has: NO_GROUPS,
        clause_lacks: &["其中"],
        says: Says::GroupCount,
    },
    Claim {
        figure: "{group}.pending",
        words: &["均已审结", "均已结案", "全部审结", "全部结案"],
        clause_after_has: NO_GROUPS,
        clause_lacks: &["其中"],
        says: Says::Zero,
    },
    Claim {
        figure: "{group}.corrected",
        words: &[
            "均未被纠正",
            "均未被纠错",
            "无被纠错",
            "无被纠正",
            "未被纠错",
            "未被纠正",
        ],
        clause_after_has: NO_GROUPS,
        clause_lacks: &["其中"],
        says: Says::Zero,
    },
    Claim {
        figure: "fees.collected",
        words: &["未收取", "无收取", "没有收取", "不收取"],
        clause_after_has: &[&["费"]],
        clause_lacks: &["行政事业性", "上年", "去年"],
        says: Says::Zero,
    },
];

/// The figure id of a share (`占 11%`): a count over one of the figure's sums.
pub const SHARE_FIGURE: &str = "share";

/// A share is read right after a count of a figure whose id starts with this (table 三's
/// results, `outcomes.not_disclosed`).
pub const SHARES_AFTER: &str = "outcomes.";

/// What stands for a group of table 四 in a figure id (`{group}.upheld`).
pub const GROUP: &str = "{group}";

/// The end of the figure id of a group's total (`litigation.total`): the group's claims
/// (`{group}.upheld` …) are read after it.
pub const GROUP_TOTAL: &str = ".total";

/// Where section 六 gives the fee collected: what amounts stated in the prose (元) compare with.
pub const FEE_COLLECTED: &str = "/other_matters/processing_fees/collected_yuan";

/// How texts are read, for the catalogue (`narrative_scanning` in `schema/rules.json`).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Scanning {
    /// How an evaluator reads a text with the phrases of the narrative rules.
    pub description: &'static str,
    /// `TEXTS`.
    pub texts: &'static [&'static str],
    /// `SPACES`.
    pub spaces: &'static [char],
    /// `COUNT_UNITS`.
    pub count_units: [&'static str; 3],
    /// `AMOUNT_UNIT`.
    pub amount_unit: &'static str,
    /// `AMOUNT_MULTIPLIERS`.
    pub amount_multipliers: &'static [(char, u32)],
    /// `NUMERAL_DIGITS`.
    pub numeral_digits: &'static [(char, u64)],
    /// `NUMERAL_MULTIPLIERS`.
    pub numeral_multipliers: &'static [(char, u64)],
    /// `PERCENT_SIGNS`.
    pub percent_signs: &'static [char],
    /// `DECIMAL_POINTS`.
    pub decimal_points: &'static [char],
    /// `NUMBER_SEPARATORS`.
    pub number_separators: &'static [char],
    /// `SHARE_COMMAS`.
    pub share_commas: &'static [char],
    /// `YEAR_MARK`.
    pub year_mark: char,
    /// `OWN_BODY_MARKS`.
    pub own_body_marks: &'static [char],
    /// `MAX_SHARE_DECIMALS`.
    pub max_share_decimals: u32,
    /// `CLAUSE_ENDS`.
    pub clause_ends: &'static [char],
    /// `SENTENCE_ENDS`.
    pub sentence_ends: &'static [char],
    /// `CONNECTORS`.
    pub connectors: &'static [&'static str],
    /// `APPROXIMATIONS`: before the number, right after its digits, right after its unit.
    pub approximations: [&'static [&'static str]; 3],
    /// `OTHER_SCOPE`.
    pub other_scope: &'static [&'static str],
    /// `BODY_ENDINGS`.
    pub body_endings: &'static [&'static str],
    /// `GROUP_WORDS`.
    pub group_words: &'static [(&'static str, &'static str)],
    /// `SHARE_WORDS`.
    pub share_words: &'static [&'static str],
    /// `PHRASES`, in the order they are tried.
    pub phrases: &'static [Phrase],
    /// `CLAIMS`.
    pub claims: &'static [Claim],
    /// `SHARE_FIGURE`.
    pub share_figure: &'static str,
    /// `SHARES_AFTER`.
    pub shares_after: &'static str,
    /// `GROUP`.
    pub group_placeholder: &'static str,
    /// `GROUP_TOTAL`.
    pub group_total: &'static str,
    /// `FEE_COLLECTED`.
    pub fee_collected: &'static str,
}

impl Default for Scanning {
    fn default() -> Self {
        Scanning {
            description: "Every text of the report (sections 一, 五 and 六, preamble, closing, table notes) is read on its own. A count is a run of ASCII digits, full-width digits or Chinese numerals (`numeral_digits`, `numeral_multipliers`: 十八, 两, 二十三, 三万二千; a multiplier of 10000 or more multiplies everything before it; digit runs such as 一八, digits mixed with numerals, and a number right after a `number_separators` character that follows a digit are not counts), followed after optional `spaces` by a `count_units` character; an amount is ASCII digits with at most one point (a JSON number: no leading zero) before `amount_unit`, or before one of `amount_multipliers` (万: ×10000) and `amount_unit`, spaces allowed between them. Counts above 2^64 − 1 are not read; amounts keep their digits and decimals (万元 keeps the decimals written: 1.5万元 is 15000.0). A number with an approximation next to it is skipped. Texts are read in the order of `texts` (a pointer to a text; to a part: its heading, then its text; to a list of parts: each in turn), the figures of each text in the order of their clause's start. Its clause runs to the nearest clause end on each side, its sentence to the nearest sentence end. Phrases are tried in the order of `phrases`, and the first that matches decides what the number restates (its `figure`; each narrative rule lists the figures it compares): side `before`: the clause before the number, with connectors and spaces removed from its end (up to three times), ends with one of `next_to`; side `after`: the clause after the unit starts with one of them (empty `next_to`: no condition); every `clause_has` group has a word in the clause on the phrase's side; no `clause_lacks` word is in the clause before (nor, for `after`, after); unless `own_period`, the clause before has no `other_scope` word, no year (4 ASCII digits, optional spaces, then `year_mark`) other than the report's, and names no other body (a `body_endings` word whose two preceding characters and itself are not in the agency's name, the nearer of them not one of `own_body_marks`). `{group}` in a figure is the group of table 四 named last in the sentence before the number (`group_words`; of two words ending at the same place, the longer; none: skip). After a count of a `outcomes.*` figure, `，占 N%` (optional spaces and one of `share_commas`, a `share_words` word, a decimal (digits of either width, one of `decimal_points` at most) of at most `max_share_decimals` decimals, one of `percent_signs`) is a `share`: the stated count over one of the share figure's sums, agreeing when |100 × count / sum − N| is less than one unit of N's last printed digit. A claim applies when one of its words is in the text: a `{group}` claim follows a count of a table 四 group (`*.total`) in the same sentence, with no `clause_lacks` word between them, and says the group's figure is that count (`group_count`) or 0 (`zero`); the fee claim is read where one of its words ends (all end with 取) and is about its own clause (`clause_after_has`, `clause_lacks`, scope as for phrases). A restated figure agrees when it equals the sum of one of its figure's `accepts` lists; otherwise it is a warning quoting the words from the start of the clause to the unit (or to the claim's word, or to the %; a phrase of side `after`: to the end of its clause), with the quote's `offset` in characters (Unicode scalar values) from the start of its text. The ids and the pointer named above are data too: `share_figure` (the figure of shares), `shares_after` (the start of the ids of the figures a share may follow), `group_placeholder` and `group_total` (the group in a figure id, the end of a group total's id), `fee_collected` (the amount of section 六 that amounts in the prose restate).",
            texts: TEXTS,
            spaces: SPACES,
            count_units: COUNT_UNITS,
            amount_unit: AMOUNT_UNIT,
            amount_multipliers: AMOUNT_MULTIPLIERS,
            numeral_digits: NUMERAL_DIGITS,
            numeral_multipliers: NUMERAL_MULTIPLIERS,
            percent_signs: PERCENT_SIGNS,
            decimal_points: DECIMAL_POINTS,
            number_separators: NUMBER_SEPARATORS,
            share_commas: SHARE_COMMAS,
            year_mark: YEAR_MARK,
            own_body_marks: OWN_BODY_MARKS,
            max_share_decimals: MAX_SHARE_DECIMALS,
            clause_ends: CLAUSE_ENDS,
            sentence_ends: SENTENCE_ENDS,
            connectors: CONNECTORS,
            approximations: APPROXIMATIONS,
            other_scope: OTHER_SCOPE,
            body_endings: BODY_ENDINGS,
            group_words: GROUP_WORDS,
            share_words: SHARE_WORDS,
            phrases: PHRASES,
            claims: CLAIMS,
            share_figure: SHARE_FIGURE,
            shares_after: SHARES_AFTER,
            group_placeholder: GROUP,
            group_total: GROUP_TOTAL,
            fee_collected: FEE_COLLECTED,
        }
    }
}
