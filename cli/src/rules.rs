//! `ogi-report rules`: the rule catalogue, as a list or as JSON (`schema/rules.json`).

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use ogi_report::rules::{Rule, Scope, Severity, catalogue, catalogue_json};

use crate::{Format, Lang, Outcome, RulesArgs};

/// The style of a rule id.
const ID: Style = AnsiColor::Cyan.on_default().bold();

/// Runs `ogi-report rules`; `Err` only when output cannot be written.
pub(crate) fn run(args: &RulesArgs) -> io::Result<Outcome> {
    match args.format {
        Format::Json => {
            let mut out = io::stdout().lock();
            out.write_all(catalogue_json().as_bytes())?;
            out.flush()?;
        }
        Format::Human => {
            let mut out = anstream::stdout().lock();
            for rule in catalogue() {
                write_rule(&mut out, rule, args.lang)?;
            }
            writeln!(
                out,
                "{} rules ({} errors, {} warnings)",
                catalogue().len(),
                count(Severity::Error),
                count(Severity::Warning)
            )?;
            out.flush()?;
        }
    }
    Ok(Outcome::Valid)
}

/// How many rules have this severity.
fn count(severity: Severity) -> usize {
    catalogue()
        .iter()
        .filter(|rule| rule.severity == severity)
        .count()
}

/// `id  severity  basis  title`, then the description, indented.
fn write_rule(out: &mut dyn Write, rule: &Rule, lang: Lang) -> io::Result<()> {
    let (title, description) = match lang {
        Lang::Zh => (rule.title_zh, rule.description_zh),
        Lang::En => (rule.title_en, rule.description_en),
    };
    // The basis kind as the catalogue writes it (`stated`, `implied`, `law`, `practice`).
    let basis = serde_json::to_value(rule.basis.kind)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default();
    let scope = match rule.scope {
        Scope::AcrossYears => " [--previous]",
        Scope::Region => " [--children]",
        Scope::Content => " [--content]",
        _ => "",
    };
    writeln!(
        out,
        "{ID}{}{ID:#}  {}  {basis}  {title}{scope}",
        rule.id, rule.severity
    )?;
    writeln!(out, "    {description}")
}
