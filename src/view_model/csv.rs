//! CSV files the reader downloads: a few `# ` header lines saying what the file is (scenario token,
//! model version, data sources), then a header row and the rows, comma-separated with RFC 4180
//! quoting. Numbers are written plainly (`1600.25`, full precision) so spreadsheets in any language
//! read them.

use crate::i18n::Lang;
use crate::i18n::comparator::Cm;

/// One CSV field, quoted when it holds a separator, quote or line break.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', ';']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

/// A number as CSV writes it: shortest exact form, empty when not finite.
pub fn number(v: f64) -> String {
    if v.is_finite() { format!("{v}") } else { String::new() }
}

/// The header lines every download starts with: what it is, the token that reproduces it (label,
/// token) where there is one, the model version and where the data come from.
pub fn provenance(title: &str, token: Option<(&str, &str)>, lang: Lang) -> Vec<String> {
    let mut lines = vec![format!("Lægedækning 2040 – {title}")];
    if let Some((label, token)) = token {
        lines.push(format!("{label}: {}", if token.is_empty() { "(baseline)" } else { token }));
    }
    lines.push(format!("model: MODEL.md v0.2, laegedaekning-core {}", env!("CARGO_PKG_VERSION")));
    lines.push(Cm::ExportSource.text(lang).to_string());
    lines
}

/// The whole file.
pub fn table(header: &[String], columns: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for line in header {
        out.push_str("# ");
        out.push_str(&line.replace('\n', " "));
        out.push('\n');
    }
    let line = |cells: &[String]| cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    out.push_str(&line(columns));
    out.push('\n');
    for r in rows {
        out.push_str(&line(r));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_what_needs_it_and_writes_plain_numbers() {
        let text = table(&provenance("Test", Some(("scenario token", "AQ")), Lang::En), &["a, b".into(), "c".into()], &[vec![number(1600.25), number(f64::NAN)]]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "# Lægedækning 2040 – Test");
        assert_eq!(lines[1], "# scenario token: AQ");
        assert_eq!(lines[4], "\"a, b\",c");
        assert_eq!(lines[5], "1600.25,");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
