//! Page furniture: what a page prints around the report that is not the report (page numbers,
//! a site's metadata lines, a flip-book's buttons, a site's footer).

use std::sync::LazyLock;

use regex::Regex;

/// Page numbers: `-3-`, `- 9 -`, `— 3 —`, `第2页`, `第 3 页 共 10 页`.
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?)$",
    )
    .expect("valid page-number pattern")
});

/// Metadata lines of a page or a crawler: `发布时间: 2023-02-20 15:07`, `原文链接: …`.
static METADATA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:标题|发布时间|发布日期|发文日期|文号|发布机构|发文机关|栏目|原文链接|本地目录|来源|信息来源|索引号|浏览次数|点击数|点击量|访问量|字号|作者|分类|主题分类|杂志分类|粉丝|source)\s*[:：]",
    )
    .expect("valid metadata pattern")
});

/// Whole lines that are buttons or labels of a page, never report text.
const BUTTONS: &[&str] = &[
    "[展开]",
    "[收起]",
    "收藏",
    "转发",
    "下载",
    "打印",
    "关闭",
    "分享",
    "分享到",
    "返回顶部",
    "免费制作",
    "更多内容",
    "更多案例",
    "其他案例",
    "文本内容",
    "x",
    "×",
    "【打印】",
    "【关闭】",
    "打印本页",
    "关闭窗口",
];

/// Fragments that mark a site's footer: the report is over.
const FOOTER: &[&str] = &[
    "版权所有",
    "ICP备",
    "网站标识码",
    "主办单位",
    "承办单位",
    "技术支持",
    "公网安备",
    "使用云展网",
    "网站地图",
    "联系我们",
];

/// Whether a line is a page number.
pub(crate) fn is_page_number(text: &str) -> bool {
    PAGE_NUMBER.is_match(text)
}

/// Whether a line is metadata of the page or of a crawler.
pub(crate) fn is_metadata(text: &str) -> bool {
    let head = text
        .char_indices()
        .nth(16)
        .map_or(text, |(i, _)| &text[..i]);
    METADATA.is_match(head)
        || text.starts_with("页面链接与图片详见")
        || (text.starts_with("===") && text.ends_with("==="))
}

/// Whether a line is page furniture anywhere in the document.
pub(crate) fn is_furniture(text: &str) -> bool {
    // Page numbers and metadata keys are short or start the line: test a short prefix only.
    (text.len() <= 64 && is_page_number(text))
        || is_metadata(text)
        || BUTTONS.contains(&text)
        || text.ends_with("[收起]")
        || (text.contains("{{") && text.contains("}}"))
}

/// Whether a line belongs to a site's footer (the report has ended).
pub(crate) fn is_footer(text: &str) -> bool {
    FOOTER.iter().any(|f| text.contains(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_is_recognised() {
        for line in [
            "-3-",
            "- 9 -",
            "第10页",
            "发布时间:2024-1-26 | 杂志分类:其他",
            "[展开]",
            "粉丝: {{bookData.followerCount}}",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "一、总体情况",
            "2024 年 1 月 18 日",
            "规章 0 0 0",
            "- 9 -三、收到",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
        assert!(is_footer("百万用户使用云展网进行电子翻书制作"));
    }
}
