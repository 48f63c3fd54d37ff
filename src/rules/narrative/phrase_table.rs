//! The table of phrases with a number, in the order they are tried (see `phrases.rs` for how
//! a text is read).

use super::phrases::{Phrase, Side, Unit};

pub(super) const NO_GROUPS: &[&[&str]] = &[];
const SUB_REASONS: &[&str] = &[
    "不掌握",
    "另行制作",
    "不明确",
    "国家秘密",
    "第三方",
    "内部事务",
    "过程性",
    "执法案卷",
    "行政查询",
    "信访",
    "重复申请",
    "出版物",
    "反复申请",
    "确认",
    "补正",
    "不存在",
    "不属于",
];
const OTHER_CASES: &[&str] = &[
    "信访", "投诉", "举报", "咨询", "提案", "建议", "复议", "诉讼",
];
const OUTCOME_WORDS: &[&str] = &[
    "维持", "纠正", "纠错", "撤销", "审结", "结案", "败诉", "胜诉",
];
const DOCUMENT_SCOPE: &[&str] = &[
    "部门", "废止", "失效", "清理", "解读", "备案", "审核", "审查", "征求", "起草", "现行",
];

/// A phrase whose words end right before the number, counted in 件/个/次.
const fn before(
    figure: &'static str,
    next_to: &'static [&'static str],
    clause_has: &'static [&'static [&'static str]],
    clause_lacks: &'static [&'static str],
) -> Phrase {
    Phrase {
        figure,
        side: Side::Before,
        next_to,
        clause_has,
        clause_lacks,
        own_period: false,
        unit: Unit::Count,
    }
}

/// The same phrase, about another period by its own words (上年结转, 下年度).
const fn own_period(phrase: Phrase) -> Phrase {
    Phrase {
        own_period: true,
        ..phrase
    }
}

/// The same phrase with its words after the unit.
const fn after(phrase: Phrase) -> Phrase {
    Phrase {
        side: Side::After,
        ..phrase
    }
}

/// Every phrase, in the order they are tried (the first that matches decides).
pub const PHRASES: &[Phrase] = &[
    // 表三 一、二、四 and totals handled.
    own_period(before(
        "applications.carried_over",
        &["结转申请", "结转的申请", "结转", "结转件数"],
        &[&["上年", "上一年", "去年", "往年"]],
        &["下年", "下一年", "次年"],
    )),
    own_period(before(
        "applications.carried_forward",
        &[
            "结转下年度继续办理",
            "结转下年度",
            "结转下一年度",
            "结转至下年度",
            "结转到下年度",
        ],
        NO_GROUPS,
        &["上年", "上一年", "去年"],
    )),
    own_period(after(before(
        "applications.carried_forward",
        &[],
        &[&["顺延", "结转", "转入"], &["下年", "下一年", "次年"]],
        &["上年", "上一年", "去年"],
    ))),
    before(
        "applications.received",
        &["申请", "申请件数"],
        &[&["收到", "受理", "接收", "新收", "共有", "共计"]],
        &[
            "答复", "办结", "办理", "处理", "结转", "转入", "顺延", "撤回", "其中", "信访", "投诉",
            "举报", "咨询", "复议", "诉讼", "提案", "建议",
        ],
    ),
    before(
        "applications.handled",
        &["申请", "答复", "办结"],
        &[&["答复", "办结"]],
        &[
            "收到", "受理", "接收", "新收", "结转", "顺延", "其中", "办理", "处理", "按期",
        ],
    ),
    // 表三 三、本年度办理结果: the combined groups first.
    before(
        "outcomes.disclosed_and_partially_disclosed",
        &[
            "予以公开及部分公开",
            "予以公开和部分公开",
            "予以公开或部分公开",
            "公开及部分公开",
            "公开和部分公开",
            "全部或部分公开",
            "全部公开和部分公开",
        ],
        NO_GROUPS,
        OTHER_CASES,
    ),
    before("outcomes.approved", &["同意公开"], NO_GROUPS, OTHER_CASES),
    before(
        "outcomes.partially_disclosed",
        &["部分公开"],
        NO_GROUPS,
        OTHER_CASES,
    ),
    before(
        "outcomes.not_disclosed",
        &["不予公开"],
        NO_GROUPS,
        &[
            "信访",
            "投诉",
            "举报",
            "咨询",
            "复议",
            "诉讼",
            "国家秘密",
            "第三方",
            "内部事务",
            "过程性",
            "执法案卷",
            "行政查询",
        ],
    ),
    before(
        "outcomes.disclosed",
        &["予以公开", "全部公开"],
        NO_GROUPS,
        &["不予以公开", "信访", "投诉", "举报", "咨询", "复议", "诉讼"],
    ),
    before(
        "outcomes.unable_to_provide",
        &["无法提供"],
        NO_GROUPS,
        SUB_REASONS,
    ),
    before(
        "outcomes.not_processed",
        &["不予处理"],
        NO_GROUPS,
        SUB_REASONS,
    ),
    before(
        "outcomes.other_handling",
        &["其他处理"],
        NO_GROUPS,
        SUB_REASONS,
    ),
    // 表二.
    before(
        "rules.in_force",
        &["现行有效规章", "现行有效的规章"],
        NO_GROUPS,
        &["部门规章"],
    ),
    before(
        "normative_documents.in_force",
        &[
            "现行有效规范性文件",
            "现行有效的规范性文件",
            "现行有效行政规范性文件",
            "现行有效的行政规范性文件",
        ],
        NO_GROUPS,
        &["部门规范性文件", "部门行政规范性文件"],
    ),
    before(
        "rules.repealed",
        &["废止规章", "废止的规章"],
        NO_GROUPS,
        &["部门规章"],
    ),
    before(
        "normative_documents.repealed",
        &[
            "废止规范性文件",
            "废止的规范性文件",
            "废止行政规范性文件",
            "废止的行政规范性文件",
        ],
        NO_GROUPS,
        &["部门规范性文件", "部门行政规范性文件"],
    ),
    before(
        "rules.issued",
        &["规章"],
        &[&["制发", "印发", "出台", "制定", "制作"]],
        DOCUMENT_SCOPE,
    ),
    before(
        "normative_documents.issued",
        &["规范性文件", "行政规范性文件"],
        &[&["制发", "印发", "出台", "制定", "制作"]],
        DOCUMENT_SCOPE,
    ),
    before(
        "rules.published",
        &["规章"],
        &[&["公开", "发布"]],
        DOCUMENT_SCOPE,
    ),
    before(
        "normative_documents.published",
        &["规范性文件", "行政规范性文件"],
        &[&["公开", "发布"]],
        DOCUMENT_SCOPE,
    ),
    before(
        "administrative_licensing.decisions",
        &["行政许可决定", "行政许可决定书"],
        NO_GROUPS,
        &[],
    ),
    before(
        "administrative_penalty.decisions",
        &["行政处罚决定", "行政处罚决定书"],
        NO_GROUPS,
        &[],
    ),
    before(
        "administrative_coercion.decisions",
        &["行政强制决定", "行政强制决定书"],
        NO_GROUPS,
        &[],
    ),
    // 表四: groups, then results within the group named before.
    before(
        "litigation_without_review.total",
        &["直接起诉", "直接提起行政诉讼", "未经复议直接起诉"],
        NO_GROUPS,
        OUTCOME_WORDS,
    ),
    before(
        "litigation_after_review.total",
        &["复议后起诉", "复议后提起行政诉讼"],
        NO_GROUPS,
        OUTCOME_WORDS,
    ),
    before(
        "litigation.total",
        &[
            "行政诉讼",
            "行政诉讼案件",
            "诉讼案件",
            "诉讼",
            "行政应诉案件",
        ],
        NO_GROUPS,
        OUTCOME_WORDS,
    ),
    before(
        "administrative_review.total",
        &["行政复议", "行政复议案件", "复议案件", "行政复议申请"],
        NO_GROUPS,
        OUTCOME_WORDS,
    ),
    before(
        "{group}.upheld",
        &["结果维持", "被维持", "予以维持", "维持"],
        NO_GROUPS,
        &["纠正", "纠错", "撤销"],
    ),
    before(
        "{group}.corrected",
        &["结果纠正", "被纠正", "纠正", "被纠错", "纠错"],
        NO_GROUPS,
        &["维持"],
    ),
    before("{group}.other", &["其他结果"], NO_GROUPS, &[]),
    before(
        "{group}.pending",
        &["尚未审结", "未审结", "尚未结案", "未结案", "正在审理"],
        NO_GROUPS,
        &[],
    ),
    // 第六部分: the fee collected, in 元.
    Phrase {
        figure: "fees.collected",
        side: Side::Before,
        next_to: &[],
        clause_has: &[&["收取"]],
        clause_lacks: &["未收取", "无收取", "没有收取", "行政事业性", "应收", "通知"],
        own_period: false,
        unit: Unit::Yuan,
    },
];
