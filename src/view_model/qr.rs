//! A share link as a QR code, rendered to SVG markup by the `qrcode` crate (presentation attributes
//! only, so it passes the page's CSP), for phones in a conference hall to scan.

use qrcode::QrCode;
use qrcode::render::svg;

/// The QR code of `text` as an `<svg>` element (no XML prolog), or `None` if the text is too long
/// for a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let markup = code
        .render::<svg::Color<'_>>()
        .min_dimensions(220, 220)
        .dark_color(svg::Color("#1b2629"))
        .light_color(svg::Color("#ffffff"))
        .build();
    let start = markup.find("<svg")?;
    Some(markup[start..].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_becomes_an_svg_without_inline_styles() {
        let svg = qr_svg("https://example.org/laegedaekning/?s=AQEwBAIwHgVQAgtAGBQwTBtQMog").unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("viewBox"));
        assert!(!svg.contains("style="), "the CSP forbids style attributes");
    }

    #[test]
    fn text_beyond_qr_capacity_gives_none() {
        assert!(qr_svg(&"x".repeat(5000)).is_none());
    }
}
