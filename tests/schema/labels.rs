//! Every official label of the templates appears in the schemas.

use super::*;

/// Labels of the 2021 format that name a field: each must be a `title`.
/// From `format-2021.md`: the six section headings, table 二's rows and columns, table 三's
/// rows and columns, table 四's columns and groups. Verbatim, with full-width （）.
const FIELD_LABELS: &[&str] = &[
    // The six sections.
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
    // Table 二.
    "信息内容",
    "规章",
    "行政规范性文件",
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "行政许可",
    "行政处罚",
    "行政强制",
    "行政事业性收费",
    // Table 三, columns.
    "申请人情况",
    "自然人",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "总计",
    // Table 三, rows.
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "（四）无法提供",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "（五）不予处理",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
    // Table 四.
    "行政复议",
    "未经复议直接起诉",
    "复议后起诉",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
];

/// Labels of the format with no field of their own (group headers, merged column headers, the
/// rule printed in table 三's header): each must appear at least in a description.
const GROUP_LABELS: &[&str] = &[
    "第二十条第（一）项",
    "第二十条第（五）项",
    "第二十条第（六）项",
    "第二十条第（八）项",
    "本年处理决定数量",
    "本年收费金额（单位：万元）",
    "法人或其他组织",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "行政诉讼",
    "发出收费通知的件数和总金额以及实际收取的总金额",
];

/// Labels of the 2019 trial format that name a field of its table 二 (the rest of its tables
/// share the 2021 labels, and its one-row （六）其他处理 is titled （六）其他处理).
const FIELD_LABELS_2019: &[&str] = &[
    "规章",
    "规范性文件",
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "行政许可",
    "其他对外管理服务事项",
    "行政处罚",
    "行政强制",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "行政事业性收费",
    "政府集中采购",
    "采购项目数量",
    "采购总金额",
    "2021年版",
    "2019年试行版",
    "分三项（2021年版）",
    "一行（2019年试行版）",
];

/// Group labels of the 2019 trial format's table 二.
const GROUP_LABELS_2019: &[&str] = &["第二十条第（一）项", "第二十条第（九）项"];

#[test]
fn every_official_label_appears_in_the_schemas() {
    for (file, schema, fields, groups) in [
        (
            SCHEMA_FILE,
            report_schema(),
            [FIELD_LABELS, FIELD_LABELS_2019].concat(),
            [GROUP_LABELS, GROUP_LABELS_2019].concat(),
        ),
        (
            ENTRY_SCHEMA_FILE,
            entry_schema(),
            FIELD_LABELS.to_vec(),
            GROUP_LABELS.to_vec(),
        ),
    ] {
        let (titles, descriptions) = titles_and_descriptions(&schema);
        let missing: Vec<&&str> = fields
            .iter()
            .filter(|label| !titles.contains(**label))
            .collect();
        assert!(
            missing.is_empty(),
            "{file}: labels without a title: {missing:?}"
        );
        let missing: Vec<&&str> = groups
            .iter()
            .filter(|label| !descriptions.iter().any(|d| d.contains(**label)))
            .collect();
        assert!(
            missing.is_empty(),
            "{file}: group labels in no description: {missing:?}"
        );
    }
}
