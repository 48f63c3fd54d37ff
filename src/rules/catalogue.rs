//! The rule catalogue: every consistency rule, defined once, as data.
//!
//! Each [`Rule`] has a stable id, a severity, its basis, texts in Chinese and English and, for
//! the linear rules (sums and bounds over cells), its terms as JSON Pointer patterns with one
//! placeholder. The crate's checks run the linear rules straight from these definitions, and the
//! catalogue is exported as `schema/rules.json` so that frontends can run the same sums live.

use std::sync::LazyLock;

use serde::Serialize;

use super::Severity;
use crate::applications::{ApplicantRow, Applications};
use crate::cells::pointers_of;
use crate::proactive_disclosure::ProactiveDisclosure;
use crate::review_and_litigation::{CaseOutcomes, ReviewAndLitigation};

/// The threshold of rule `proactive_disclosure.fee_unit`: a 行政事业性收费 amount above
/// 100,000 万元 (1 billion yuan) is taken as a sign that it was written in 元, not 万元.
pub const FEE_UNIT_THRESHOLD_10K_YUAN: u64 = 100_000;

/// Why a rule holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BasisKind {
    /// Printed in the format itself.
    Stated,
    /// Follows from the structure of the tables or the law.
    Implied,
    /// Set by an article of the Regulations.
    Law,
    /// Learned from practice (real reports).
    Practice,
}

/// The basis of a rule: its kind and a reference (article, place in the template).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Basis {
    /// Stated, implied, law or practice.
    pub kind: BasisKind,
    /// Where it comes from, e.g. `表三表头` or `《条例》第四十九条`.
    pub reference: &'static str,
}

/// What a rule compares: one report, or a report with the same agency's previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Checked by [`Report::check`](crate::Report::check).
    Report,
    /// Checked by [`Report::check_against_previous`](crate::Report::check_against_previous).
    AcrossYears,
}

/// How a rule is enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Enforcement {
    /// By the checks: an [`Issue`](super::Issue) is reported.
    Check,
    /// By the types and the schema: a document that breaks it cannot be read at all (a
    /// [`ParseError`](crate::ParseError)), so the checks never see it.
    Types,
}

/// Which report a term reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    /// The report being checked.
    Current,
    /// The same agency's report for the previous year.
    Previous,
}

/// One term of a linear rule: `coefficient × cell`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    /// JSON Pointer pattern of the cell; may contain the rule's placeholder, e.g. `{column}`.
    pub pointer: String,
    /// `1` or `-1`.
    pub coefficient: i64,
    /// Which report the cell is in.
    pub report: Which,
}

/// How the two sides of a linear rule compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// left = right
    Eq,
    /// left ≤ right
    Le,
}

/// The values a rule's placeholder ranges over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ForEach {
    /// The placeholder's name, written `{name}` in the term pointers.
    pub placeholder: &'static str,
    /// The text substituted for it, one instance of the rule per value.
    pub values: Vec<String>,
}

/// A rule of the form `Σ left (= or ≤) Σ right`, for each value of a placeholder.
///
/// In an issue, `actual` is the left side and `expected` the right side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Linear {
    /// The placeholder and its values.
    pub for_each: ForEach,
    /// The left side: the cell(s) being checked.
    pub left: Vec<Term>,
    /// How the sides compare.
    pub relation: Relation,
    /// The right side: what the left side must equal (or not exceed).
    pub right: Vec<Term>,
}

/// One consistency rule of the report.
///
/// ```
/// let balance = ogi_report::rules::rule("applications.balance").unwrap();
/// assert_eq!(balance.severity, ogi_report::rules::Severity::Error);
/// assert!(balance.linear.is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Rule {
    /// The stable id, never renumbered (e.g. `applications.balance`).
    pub id: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Why it holds.
    pub basis: Basis,
    /// One report, or across years.
    pub scope: Scope,
    /// By the checks or by the types.
    pub enforced_by: Enforcement,
    /// Short name in Chinese.
    pub title_zh: &'static str,
    /// Short name in English.
    pub title_en: &'static str,
    /// What must hold, in Chinese.
    pub description_zh: &'static str,
    /// What must hold, in English, with any threshold or heuristic it uses.
    pub description_en: &'static str,
    /// The terms, for the rules that are sums or bounds over cells.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linear: Option<Linear>,
}

/// Every rule, in the order checks report them.
///
/// ```
/// let ids: Vec<_> = ogi_report::rules::catalogue().iter().map(|r| r.id).collect();
/// assert!(ids.contains(&"applications.outcome_total"));
/// ```
pub fn catalogue() -> &'static [Rule] {
    &CATALOGUE
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    CATALOGUE.iter().find(|rule| rule.id == id)
}

/// The catalogue as pretty JSON, exactly as committed in `schema/rules.json`.
pub fn catalogue_json() -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        description: &'static str,
        format_version: &'static str,
        rules: &'a [Rule],
    }
    let document = Document {
        description: "Consistency rules of the annual report on open government information work (2021 format), generated by the ogi-report crate. Linear rules: for each value of the placeholder, substitute it into every term pointer; sum coefficient × cell over each side; left must equal (eq) or not exceed (le) right. Issues report the left side as `actual` and the right side as `expected`.",
        format_version: "2021",
        rules: catalogue(),
    };
    let mut text = serde_json::to_string_pretty(&document).expect("the catalogue serializes");
    text.push('\n');
    text
}

static CATALOGUE: LazyLock<Vec<Rule>> = LazyLock::new(build);

fn term(pointer: impl Into<String>) -> Term {
    Term {
        pointer: pointer.into(),
        coefficient: 1,
        report: Which::Current,
    }
}

fn minus(pointer: impl Into<String>) -> Term {
    Term {
        coefficient: -1,
        ..term(pointer)
    }
}

fn previous(pointer: impl Into<String>) -> Term {
    Term {
        report: Which::Previous,
        ..term(pointer)
    }
}

/// The serde names of the columns of table 三 (`natural_person` … `total`).
fn applicant_columns() -> Vec<String> {
    pointers_of::<ApplicantRow>("")
        .into_iter()
        .map(|p| p.trim_start_matches('/').to_owned())
        .collect()
}

/// The pointers of the rows of a table whose rows end in a `/total` cell.
fn rows_with_total(cells: Vec<String>) -> Vec<String> {
    cells
        .into_iter()
        .filter_map(|p| p.strip_suffix("/total").map(str::to_owned))
        .collect()
}

/// The pointers of the 21 result rows of table 三 (every row of 三 but （七）总计).
fn result_rows() -> Vec<String> {
    rows_with_total(pointers_of::<Applications>("/applications"))
        .into_iter()
        .filter(|row| {
            row.starts_with("/applications/outcomes/") && row != "/applications/outcomes/total"
        })
        .collect()
}

fn columns_for_each() -> ForEach {
    ForEach {
        placeholder: "column",
        values: applicant_columns(),
    }
}

/// The rows of table 二 block （一）: `rules`, `normative_documents`.
fn document_kinds() -> ForEach {
    ForEach {
        placeholder: "kind",
        values: pointers_of::<ProactiveDisclosure>("")
            .into_iter()
            .filter_map(|p| {
                p.strip_suffix("/issued")
                    .map(|k| k.trim_start_matches('/').to_owned())
            })
            .collect(),
    }
}

fn build() -> Vec<Rule> {
    let implied = |reference| Basis {
        kind: BasisKind::Implied,
        reference,
    };
    let rule = |id, severity, basis, title_zh, title_en, description_zh, description_en| Rule {
        id,
        severity,
        basis,
        scope: Scope::Report,
        enforced_by: Enforcement::Check,
        title_zh,
        title_en,
        description_zh,
        description_en,
        linear: None,
    };
    let across_years = |rule: Rule| Rule {
        scope: Scope::AcrossYears,
        ..rule
    };
    let with = |rule: Rule, linear: Linear| Rule {
        linear: Some(linear),
        ..rule
    };
    let columns = applicant_columns();
    let parts: Vec<&String> = columns.iter().filter(|c| c.as_str() != "total").collect();

    vec![
        with(
            rule(
                "applications.balance",
                Severity::Error,
                Basis {
                    kind: BasisKind::Stated,
                    reference: "表三表头：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
                },
                "收支平衡",
                "Balance",
                "表三每一列：一、本年新收 + 二、上年结转 = 三、本年度办理结果（七）总计 + 四、结转下年度继续办理。",
                "Table 3, every column: 一 new + 二 carried over = 三（七）total of results + 四 carried forward.",
            ),
            Linear {
                for_each: columns_for_each(),
                left: vec![
                    term("/applications/new_received/{column}"),
                    term("/applications/carried_over_from_previous_year/{column}"),
                ],
                relation: Relation::Eq,
                right: vec![
                    term("/applications/outcomes/total/{column}"),
                    term("/applications/carried_forward_to_next_year/{column}"),
                ],
            },
        ),
        with(
            rule(
                "applications.outcome_total",
                Severity::Error,
                implied("表三 第三项（七）"),
                "办理结果总计",
                "Total of results",
                "表三每一列：（七）总计 = （一）至（六）各项办理结果之和（含各小项）。",
                "Table 3, every column: （七） total = the sum of results （一） to （六） with all their sub-rows.",
            ),
            Linear {
                for_each: columns_for_each(),
                left: vec![term("/applications/outcomes/total/{column}")],
                relation: Relation::Eq,
                right: result_rows()
                    .into_iter()
                    .map(|row| term(format!("{row}/{{column}}")))
                    .collect(),
            },
        ),
        with(
            rule(
                "applications.applicant_total",
                Severity::Error,
                implied("表三 总计列"),
                "申请人总计",
                "Total of applicants",
                "表三每一行：总计 = 自然人 + 法人或其他组织的五列之和。",
                "Table 3, every row: total = natural persons + the five columns of legal persons or other organisations.",
            ),
            Linear {
                for_each: ForEach {
                    placeholder: "row",
                    values: rows_with_total(pointers_of::<Applications>("/applications")),
                },
                left: vec![term("{row}/total")],
                relation: Relation::Eq,
                right: parts.iter().map(|c| term(format!("{{row}}/{c}"))).collect(),
            },
        ),
        with(
            rule(
                "review_and_litigation.total",
                Severity::Error,
                implied("表四 总计"),
                "复议诉讼总计",
                "Total of reviews and lawsuits",
                "表四三组（行政复议、未经复议直接起诉、复议后起诉）各自：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
                "Table 4, each of the three groups: total = upheld + corrected + other + pending.",
            ),
            Linear {
                for_each: ForEach {
                    placeholder: "group",
                    values: rows_with_total(pointers_of::<ReviewAndLitigation>(""))
                        .into_iter()
                        .map(|g| g.trim_start_matches('/').to_owned())
                        .collect(),
                },
                left: vec![term("/review_and_litigation/{group}/total")],
                relation: Relation::Eq,
                right: pointers_of::<CaseOutcomes>("")
                    .into_iter()
                    .filter(|part| part != "/total")
                    .map(|part| term(format!("/review_and_litigation/{{group}}{part}")))
                    .collect(),
            },
        ),
        Rule {
            enforced_by: Enforcement::Types,
            ..rule(
                "figures.non_negative",
                Severity::Error,
                implied("各表"),
                "数值非负",
                "Non-negative figures",
                "每个件数和金额都不小于 0。由类型和模式保证：负数无法读入（件数为 0 至 4294967295 的整数，金额最小为 0）。",
                "Every count and amount is at least 0. Enforced by the types and the schema: a negative number cannot be read (counts are integers 0 to 4294967295, amounts have minimum 0), so no check ever sees one.",
            )
        },
        with(
            rule(
                "applications.carried_forward_bound",
                Severity::Error,
                implied("表三 第四项"),
                "结转上限",
                "Carried-forward bound",
                "表三每一列：四、结转下年度继续办理 ≤ 一、本年新收 + 二、上年结转。",
                "Table 3, every column: 四 carried forward ≤ 一 new + 二 carried over (only applications received can be carried forward; a diagnostic when the balance fails).",
            ),
            Linear {
                for_each: columns_for_each(),
                left: vec![term("/applications/carried_forward_to_next_year/{column}")],
                relation: Relation::Le,
                right: vec![
                    term("/applications/new_received/{column}"),
                    term("/applications/carried_over_from_previous_year/{column}"),
                ],
            },
        ),
        with(
            rule(
                "proactive_disclosure.documents_in_force",
                Severity::Warning,
                implied("表二 第二十条第（一）项"),
                "现行有效件数",
                "Documents in force",
                "表二规章、行政规范性文件：本年制发件数 ≤ 现行有效件数 + 本年废止件数（文件到期失效而未废止时可能不成立）。",
                "Table 2, rules and normative documents: issued this year ≤ in force + repealed this year (documents that expired without repeal can break it, hence a warning).",
            ),
            Linear {
                for_each: document_kinds(),
                left: vec![term("/proactive_disclosure/{kind}/issued")],
                relation: Relation::Le,
                right: vec![
                    term("/proactive_disclosure/{kind}/in_force"),
                    term("/proactive_disclosure/{kind}/repealed"),
                ],
            },
        ),
        rule(
            "proactive_disclosure.rule_making_power",
            Severity::Warning,
            implied("《立法法》规章制定权"),
            "规章制定权",
            "Rule-making power",
            "没有规章制定权的机关（乡镇、街道；区划代码末两位不为 00 的县级机关）的规章件数应为 0。",
            "Rules (规章) counts are non-zero for a body without rule-making power: a township (agency kind `township`), or a body whose region code is county level (its last two digits are not 00). Only governments of provinces and of cities divided into districts, and State Council departments, make rules.",
        ),
        rule(
            "proactive_disclosure.fee_unit",
            Severity::Warning,
            Basis {
                kind: BasisKind::Practice,
                reference: "表二 第二十条第（八）项 本年收费金额（单位：万元）",
            },
            "收费金额单位",
            "Fee unit",
            "行政事业性收费金额超过 100000 万元（10 亿元），疑似按元而非万元填写。",
            "The administrative fees amount exceeds 100,000 万元 (1 billion yuan): it was probably written in 元 instead of 万元. Threshold: FEE_UNIT_THRESHOLD_10K_YUAN = 100000.",
        ),
        rule(
            "other_matters.fee_notices",
            Severity::Warning,
            implied("表三 第三项（六）2；国办函〔2020〕109号"),
            "收费通知",
            "Fee notices",
            "表三（六）2“逾期未按收费通知要求缴纳费用”总计大于 0，但第六部分未报告发出收费通知（无收费数据或发出收费通知件数为 0）。",
            "Table 3 （六）2 (application dropped because a fee notice was not paid) has a non-zero total, but section 六 reports no fee notice (no fee figures, or 0 notices issued).",
        ),
        rule(
            "other_matters.fees_collected",
            Severity::Warning,
            implied("国办函〔2020〕109号"),
            "实收金额",
            "Fees collected",
            "实际收取的总金额不应超过收费通知总金额。",
            "The amount actually collected should not exceed the total of the fee notices issued.",
        ),
        rule(
            "report.publication_deadline",
            Severity::Warning,
            Basis {
                kind: BasisKind::Law,
                reference: "《条例》第四十九条",
            },
            "发布期限",
            "Publication deadline",
            "县级以上人民政府部门（含办公厅/室作为机关的报告）应于次年 1 月 31 日前公布，本级政府年度报告应于次年 3 月 31 日前公布；乡镇、街道及其他机关无法定日期。",
            "Art. 49: departments (and the general office reporting as an agency) publish by 31 January of the next year, a government's own report by 31 March; townships and other bodies have no statutory date. Checked only when published_on is given.",
        ),
        across_years(with(
            rule(
                "continuity.carry_over",
                Severity::Warning,
                implied("表三 第二项、第四项"),
                "结转衔接",
                "Carry-over continuity",
                "同一机关相邻两年：本年二、上年结转（每一列）= 上年报告四、结转下年度继续办理。",
                "Same agency, consecutive years: this year's 二 carried over (each column) = last year's 四 carried forward.",
            ),
            Linear {
                for_each: columns_for_each(),
                left: vec![term(
                    "/applications/carried_over_from_previous_year/{column}",
                )],
                relation: Relation::Eq,
                right: vec![previous(
                    "/applications/carried_forward_to_next_year/{column}",
                )],
            },
        )),
        across_years(with(
            rule(
                "continuity.documents_in_force",
                Severity::Warning,
                implied("表二 第二十条第（一）项"),
                "现行有效衔接",
                "Stock continuity",
                "同一机关相邻两年：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。",
                "Same agency, consecutive years: in force (this year) = in force (last year) + issued (this year) − repealed (this year).",
            ),
            Linear {
                for_each: document_kinds(),
                left: vec![term("/proactive_disclosure/{kind}/in_force")],
                relation: Relation::Eq,
                right: vec![
                    previous("/proactive_disclosure/{kind}/in_force"),
                    term("/proactive_disclosure/{kind}/issued"),
                    minus("/proactive_disclosure/{kind}/repealed"),
                ],
            },
        )),
        across_years(rule(
            "continuity.comparable",
            Severity::Warning,
            implied("跨年度比对"),
            "可比性",
            "Comparable reports",
            "跨年度比对要求上年报告属于同一机关、年度为本年减一；否则不作衔接检查。",
            "Checks across years need last year's report of the same agency (same name) for year − 1; otherwise the continuity rules are skipped and this warning says why.",
        )),
        rule(
            "narrative.applications_received",
            Severity::Warning,
            implied("第一部分、第六部分与表三"),
            "文字与表三：收到申请数",
            "Text vs table 3: applications received",
            "第一、六部分文字所述收到申请件数（如“共收到政府信息公开申请 18 件”）应等于表三一、本年新收总计（或加上年结转）。",
            "A number of applications received stated in the text of sections 一 or 六 (e.g. “共收到政府信息公开申请 18 件”) should equal table 3's 一 new total (or 一 + 二). Recognised: 收到…申请 N 件 within one clause.",
        ),
        rule(
            "narrative.outcome_counts",
            Severity::Warning,
            implied("第一部分、第六部分与表三"),
            "文字与表三：办理结果",
            "Text vs table 3: results",
            "第一、六部分文字所述“予以公开 N 件”“部分公开 N 件”“不予公开 N 件”应等于表三相应总计。",
            "Counts of results stated in the text of sections 一 or 六 — “予以公开 N 件”, “部分公开 N 件”, “不予公开 N 件” (an optional 的 between) — should equal the 总计 of table 3's （一）, （二） and （三） (all its sub-rows).",
        ),
        rule(
            "narrative.fees_collected",
            Severity::Warning,
            implied("第一部分、第六部分与信息处理费"),
            "文字与收费数据",
            "Text vs fee figures",
            "文字称未收取信息处理费，或写明收取金额（元），应与第六部分的实际收取总金额一致。",
            "Text that says no processing fee was collected (未收取…费), or states an amount collected in 元, should agree with section 六's collected amount (when the fee figures are given).",
        ),
    ]
}
