//! A chart as a standalone SVG file: the on-screen chart's markup wrapped with its title, a source
//! line and the chart styles written out (the page's stylesheet does not travel with a download),
//! on a white background so the PNG made from it is readable anywhere.

/// The chart styles with the page's colours resolved (see `style/main.css`, "Charts").
const EXPORT_CSS: &str = "text{fill:#1b2629;font-family:'Liberation Sans',Arial,sans-serif}\
.chart-grid line{stroke:#d5dcdc;stroke-width:1}.chart-axis{stroke:#4a5a5e;stroke-width:1.5}\
.series{fill:none;stroke-linejoin:round;stroke-linecap:round}\
.series-scenario{stroke:#0b5c5a;stroke-width:3.5}.series-baseline{stroke:#4a5a5e;stroke-width:2.5;stroke-dasharray:9 6}\
.chart-reference{stroke:#7a4a00;stroke-width:2;stroke-dasharray:2 5;fill:none}\
.chart-reference-label{fill:#7a4a00;font-weight:700}\
.chart-band{fill:#0b5c5a;stroke:none}.chart-band-0{fill-opacity:.12}.chart-band-1{fill-opacity:.24}\
.end-label{font-weight:700}.end-label-scenario{fill:#0b5c5a}.end-label-baseline{fill:#4a5a5e}\
.export-title{font-weight:700}.export-source{fill:#4a5a5e}\
.bar-up{fill:#0b5c5a}.bar-down{fill:#7a4a00}.bar-total{fill:#1b2629}.waterfall-value{font-weight:700}\
.frontier-step{fill:#0b5c5a}.frontier-single{fill:#fff;stroke:#4a5a5e;stroke-width:2}\
.map-region path{stroke:#4a5a5e;stroke-width:1.5;stroke-linejoin:round}.map-selected-outline{fill:none;stroke:#1b2629;stroke-width:5}\
.map-inset{fill:none;stroke:#4a5a5e;stroke-width:1.5;stroke-dasharray:6 4}.map-inset-caption{fill:#4a5a5e;font-size:24px}";

/// Escapes text for XML content.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The standalone SVG of a chart `width` × `height` (its viewBox) whose children are `inner`
/// (the on-screen SVG's markup), with `title` above and `source` below, and the document's height.
pub fn standalone_svg(inner: &str, width: f64, height: f64, font_size: f64, title: &str, source: &str) -> (String, f64) {
    let head = (font_size * 2.2).round();
    let foot = (font_size * 1.8).round();
    let total = height + head + foot;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" viewBox=\"0 0 {width} {total}\" font-size=\"{font_size}\">\
<style>{EXPORT_CSS}</style><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
<text class=\"export-title\" x=\"{pad}\" y=\"{ty}\" font-size=\"{tf}\">{title}</text>\
<g transform=\"translate(0 {head})\">{inner}</g>\
<text class=\"export-source\" x=\"{pad}\" y=\"{sy}\" font-size=\"{sf}\">{source}</text></svg>",
        pad = (font_size * 0.5).round(),
        ty = (font_size * 1.5).round(),
        tf = (font_size * 1.15).round(),
        sy = (total - font_size * 0.6).round(),
        sf = (font_size * 0.85).round(),
        title = xml_text(title),
        source = xml_text(source),
    );
    (svg, total)
}

/// A file name from a title: lower-case ASCII letters and digits joined by `-` (Danish letters
/// spelt out), at most 60 characters, with `extension`.
pub fn file_name(title: &str, extension: &str) -> String {
    let mut out = String::new();
    for ch in title.to_lowercase().chars() {
        let spelt = match ch {
            'æ' => "ae",
            'ø' => "oe",
            'å' => "aa",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        if spelt == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(spelt);
        }
    }
    let trimmed: String = out.trim_end_matches('-').chars().take(60).collect();
    let base = if trimmed.is_empty() { "laegedaekning-2040".to_string() } else { trimmed.trim_end_matches('-').to_string() };
    format!("{base}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_the_chart_with_escaped_title_and_source() {
        let (svg, total) = standalone_svg("<path d=\"M0 0\"/>", 600.0, 300.0, 14.0, "Patienter <pr.> læge & år", "Kilde: model");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\""));
        assert!(svg.contains("Patienter &lt;pr.&gt; læge &amp; år"));
        assert!(svg.contains("<g transform=\"translate(0 31)\"><path d=\"M0 0\"/></g>"));
        assert!(svg.contains(".series-scenario{stroke:#0b5c5a"));
        assert!(svg.ends_with("</svg>"));
        assert_eq!(total, 300.0 + 31.0 + 25.0);
    }

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(file_name("Patienter pr. læge – Nordjylland", "svg"), "patienter-pr-laege-nordjylland.svg");
        assert_eq!(file_name("Ærø/Østdanmark 2035", "png"), "aeroe-oestdanmark-2035.png");
        assert_eq!(file_name("–", "csv"), "laegedaekning-2040.csv");
        assert!(file_name(&"a".repeat(200), "csv").len() <= 64);
    }
}
