//! Who published the report and when: the agency's name and the year (from the title), the
//! publication date (from the page's metadata), the compiling office (from the preamble), and
//! the agency's kind, inferred from its name.

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Code, Diagnostic, Severity};

/// `淮安市人民政府2024年政府信息公开工作年度报告` (agency first).
static AGENCY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<agency>.+?)(?P<year>(?:19|20)\d{2})年度?(?:的)?(?:政府)?(?:信息公开|政务公开)",
    )
    .expect("valid title pattern")
});

/// `2019年上海市人民政府办公厅政府信息公开工作年度报告` (year first).
static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<year>(?:19|20)\d{2})年度?(?P<agency>.+?)(?:政府信息公开|信息公开|政务公开)")
        .expect("valid title pattern")
});

/// `发布时间: 2023-02-20 15:07`, `发布日期：2020-01-31`, `发布时间:2024-1-26`.
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:发布时间|发布日期)\s*[:：]\s*(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
        .expect("valid date pattern")
});

/// `本报告由淮安市人民政府办公室根据…编制`.
static COMPILED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"本(?:年度)?报告由(?P<office>[^，,。；（(]{2,40}?)(?:根据|依据|按照|汇总|编制)")
        .expect("valid compiler pattern")
});

/// `统计期限自 2024 年 1 月 1 日` (the year when no title gives it).
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<year>(?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日").expect("valid period pattern")
});

/// The agency's name and the year, read from a title.
pub(crate) fn from_title(title: &str) -> Option<(String, u16)> {
    let compact: String = title.split_whitespace().collect();
    let captures = AGENCY_FIRST
        .captures(&compact)
        .filter(|c| {
            c.name("agency")
                .is_some_and(|a| !a.as_str().chars().all(|ch| ch.is_ascii_digit()))
        })
        .or_else(|| YEAR_FIRST.captures(&compact))?;
    let agency = captures.name("agency")?.as_str().to_owned();
    let year = captures.name("year")?.as_str().parse().ok()?;
    Some((agency, year))
}

/// The report year from the statistical period in `text`.
pub(crate) fn year_from_period(text: &str) -> Option<u16> {
    PERIOD.captures(text)?.name("year")?.as_str().parse().ok()
}

/// The first publication date printed in `text`, as an ISO date; a diagnostic when one is
/// printed but is not a date.
pub(crate) fn published_on(text: &str) -> Result<Option<String>, Box<Diagnostic>> {
    let Some(captures) = PUBLISHED.captures(text) else {
        return Ok(None);
    };
    let part = |name: &str| {
        captures
            .name(name)
            .and_then(|m| m.as_str().parse::<u32>().ok())
    };
    let (Some(y), Some(m), Some(d)) = (part("y"), part("m"), part("d")) else {
        return Ok(None);
    };
    if is_date(y, m, d) {
        return Ok(Some(format!("{y:04}-{m:02}-{d:02}")));
    }
    Err(Box::new(Diagnostic::new(
        Code::PublicationDate,
        Severity::Warning,
        format!("发布时间「{}」不是有效日期，未采用", &captures[0]),
        format!(
            "the publication date \"{}\" is not a valid date; it was not used",
            &captures[0]
        ),
    )))
}

fn is_date(y: u32, m: u32, d: u32) -> bool {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d) && (1900..=2100).contains(&y)
}

/// The office that compiled the report, when the preamble names one other than the agency.
pub(crate) fn compiled_by(preamble: &str, agency: &str) -> Option<String> {
    let office = COMPILED_BY
        .captures(preamble)?
        .name("office")?
        .as_str()
        .trim()
        .to_owned();
    (office != agency && !office.is_empty()).then_some(office)
}

/// The agency kind its name suggests (wire names), and why.
pub(crate) fn infer_kind(name: &str) -> (&'static str, &'static str) {
    const TOWNSHIP: &[&str] = &["乡人民政府", "镇人民政府", "街道办事处", "乡政府", "镇政府"];
    const DEPARTMENT: &[&str] = &[
        "局",
        "委员会",
        "厅",
        "委",
        "办",
        "署",
        "中心",
        "院",
        "部",
        "所",
        "站",
        "队",
        "室",
        "处",
    ];
    if name.ends_with("办公厅") || name.ends_with("办公室") {
        ("government_office", "办公厅/办公室")
    } else if TOWNSHIP.iter().any(|t| name.ends_with(t))
        || name.ends_with('乡')
        || name.ends_with('镇')
        || name.ends_with("街道")
    {
        ("township", "乡/镇/街道")
    } else if name.ends_with("人民政府") || name.ends_with("政府") {
        ("government", "人民政府")
    } else if let Some(ending) = DEPARTMENT.iter().find(|d| name.ends_with(**d)) {
        ("department", ending)
    } else {
        ("other", "")
    }
}

/// The `inferred_kind` diagnostic.
pub(crate) fn kind_diagnostic(name: &str, kind: &str, why: &str) -> Diagnostic {
    let (zh, en) = if why.is_empty() {
        (
            format!("机关类型按名称「{name}」推定为 {kind}（名称不属于常见类型）"),
            format!("agency kind inferred as {kind} from the name \"{name}\" (no usual ending)"),
        )
    } else {
        (
            format!("机关类型按名称「{name}」（以「{why}」结尾）推定为 {kind}，请核对"),
            format!(
                "agency kind inferred as {kind} from the name \"{name}\" (ending {why}); please confirm"
            ),
        )
    };
    Diagnostic::new(Code::InferredKind, Severity::Warning, zh, en).about("/agency/kind")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_give_agency_and_year() {
        assert_eq!(
            from_title("淮安市人民政府2024 年政府信息公开工作年度报告"),
            Some(("淮安市人民政府".into(), 2024))
        );
        assert_eq!(
            from_title("2019年上海市人民政府办公厅政府信息公开工作年度报告"),
            Some(("上海市人民政府办公厅".into(), 2019))
        );
        assert_eq!(
            from_title("平潭综合实验区2022年度政府信息公开工作年度报告"),
            Some(("平潭综合实验区".into(), 2022))
        );
    }

    #[test]
    fn kinds_and_dates() {
        assert_eq!(
            infer_kind("东营市东营区人民政府办公室").0,
            "government_office"
        );
        assert_eq!(infer_kind("淮安市人民政府").0, "government");
        assert_eq!(infer_kind("某县某某镇人民政府").0, "township");
        assert_eq!(infer_kind("某县交通运输局").0, "department");
        assert_eq!(infer_kind("平潭综合实验区").0, "other");
        assert_eq!(
            published_on("发布时间:2024-1-26 | 杂志分类:其他"),
            Ok(Some("2024-01-26".into()))
        );
        assert!(published_on("发布日期：2023-02-30").is_err());
    }
}
