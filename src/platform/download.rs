//! Saving files the app makes (CSV tables, SVG and PNG charts) through the browser's download:
//! a `data:` URL on a temporary `<a download>` (no server, no `blob:` source needed by the CSP), and
//! for PNG the SVG drawn onto a canvas at twice its size first. Failures come back as `Err` with a
//! sentence; nothing here panics.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

fn document() -> Result<web_sys::Document, String> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| "no document".to_string())
}

/// Starts the download of `href` (a `data:` URL) as `file_name`.
fn save_url(href: &str, file_name: &str) -> Result<(), String> {
    let doc = document()?;
    let a: web_sys::HtmlAnchorElement =
        doc.create_element("a").map_err(|_| "cannot create a link")?.dyn_into().map_err(|_| "not a link")?;
    a.set_href(href);
    a.set_download(file_name);
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a).map_err(|_| "cannot attach the link")?;
    a.click();
    a.remove();
    Ok(())
}

fn data_url(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", String::from(js_sys::encode_uri_component(text)))
}

/// Saves `text` as `file_name` with MIME type `mime` (e.g. `text/csv`).
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    save_url(&data_url(mime, text), file_name)
}

/// The markup and size of the first `<svg>` with a `viewBox` inside `container`: (inner markup, width, height,
/// font size) read from its `viewBox` and `font-size` attributes.
pub fn svg_inside(container: &web_sys::Element) -> Option<(String, f64, f64, f64)> {
    let svg = container.query_selector("svg[viewBox]").ok()??;
    let view_box = svg.get_attribute("viewBox")?;
    let mut parts = view_box.split_whitespace().filter_map(|p| p.parse::<f64>().ok()).skip(2);
    let (width, height) = (parts.next()?, parts.next()?);
    let font = svg.get_attribute("font-size").and_then(|f| f.parse().ok()).unwrap_or(14.0);
    Some((svg.inner_html(), width, height, font))
}

/// Saves a standalone SVG document as PNG at twice its size. The drawing happens when the image
/// has loaded, so errors after that point are reported on the console only.
pub fn download_png(svg_document: &str, width: f64, height: f64, file_name: &str) -> Result<(), String> {
    let doc = document()?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| "cannot create an image")?;
    let canvas: web_sys::HtmlCanvasElement =
        doc.create_element("canvas").map_err(|_| "cannot create a canvas")?.dyn_into().map_err(|_| "not a canvas")?;
    let scale = 2.0;
    canvas.set_width((width * scale).ceil() as u32);
    canvas.set_height((height * scale).ceil() as u32);
    let name = file_name.to_string();
    let img = image.clone();
    let onload = Closure::once_into_js(move || {
        let drawn = (|| -> Option<String> {
            let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
            ctx.scale(scale, scale).ok()?;
            ctx.draw_image_with_html_image_element(&img, 0.0, 0.0).ok()?;
            canvas.to_data_url_with_type("image/png").ok()
        })();
        match drawn {
            Some(url) => {
                let _ = save_url(&url, &name);
            }
            None => web_sys::console::error_1(&"PNG export failed".into()),
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&data_url("image/svg+xml", svg_document));
    Ok(())
}
