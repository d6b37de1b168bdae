//! Text renderings of results shared by the CLI and the golden test: the headline series as CSV, a
//! plain-text table and JSON. The headline set is what the golden file pins down.

use crate::model::results::{Area, AreaKpis, Results};
use std::fmt::Write;

pub mod mobility;

/// Areas of the headline report: nation, the five regions, Østdanmark (4-region view from 2027),
/// and the threatened / other split.
pub fn headline_areas() -> Vec<Area> {
    let mut areas = vec![Area::Nation];
    areas.extend(Area::five_regions());
    areas.push(Area::Ostdanmark);
    areas.push(Area::Threatened);
    areas.push(Area::Other);
    areas
}

/// Column names and values of a row.
fn columns(k: &AreaKpis) -> [(&'static str, f64); 20] {
    [
        ("population", k.population),
        ("specialists", k.heads_gp + k.heads_hsp + k.heads_psp + k.heads_mun),
        ("heads_gp", k.heads_gp),
        ("heads_hsp", k.heads_hsp),
        ("heads_psp", k.heads_psp),
        ("fte_gp", k.fte_gp),
        ("fte_hsp", k.fte_hsp),
        ("fte_psp", k.fte_psp),
        ("fte_mun", k.fte_mun),
        ("kbu", k.kbu),
        ("intro", k.intro),
        ("hu_am", k.hu_am),
        ("hu_hs", k.hu_hs),
        ("hu_am_fill", if k.hu_posts_am > 0.0 { k.hu_filled_am / k.hu_posts_am } else { f64::NAN }),
        ("hu_unfilled", k.hu_unfilled_am + k.hu_unfilled_hs),
        ("patients_per_gp_fte", k.patients_per_gp_fte),
        ("need_weighted_patients_per_gp_fte", k.need_weighted_patients_per_gp_fte),
        ("specialist_fte_per_100k", k.specialist_density),
        ("gap_fte", k.gap_fte),
        ("flagged_population", k.flagged_population),
    ]
}

/// The headline series as CSV: one row per area and year (stocks at the end of the year).
pub fn headline_csv(res: &Results) -> String {
    let mut out = String::from("area,year");
    for (name, _) in columns(&AreaKpis::default()) {
        out.push(',');
        out.push_str(name);
    }
    out.push('\n');
    for area in headline_areas() {
        for t in 0..res.years.len() {
            let k = res.area(t, area);
            if !area.reported_in(k.year) {
                continue;
            }
            let _ = write!(out, "{},{}", area.name(), k.year);
            for (_, v) in columns(&k) {
                let _ = write!(out, ",{v:.6}");
            }
            out.push('\n');
        }
    }
    out
}

/// A plain-text table of selected KPIs for `area` by year.
pub fn area_table(res: &Results, area: Area) -> String {
    let mut out = format!("{}\n", area.name());
    let _ = writeln!(
        out,
        "{:>5} {:>9} {:>8} {:>8} {:>7} {:>7} {:>8} {:>8} {:>8} {:>9} {:>12}",
        "year", "special.", "FTE GP", "FTE HSP", "FTE PSP", "AM fill", "pat/GP", "needw/GP", "SD/100k", "gap FTE", "flagged pop"
    );
    for t in 0..res.years.len() {
        let k = res.area(t, area);
        let fill = if k.hu_posts_am > 0.0 { k.hu_filled_am / k.hu_posts_am } else { f64::NAN };
        let _ = writeln!(
            out,
            "{:>5} {:>9.0} {:>8.0} {:>8.0} {:>7.0} {:>7.3} {:>8.0} {:>8.0} {:>8.1} {:>9.0} {:>12.0}",
            k.year,
            k.heads_gp + k.heads_hsp + k.heads_psp + k.heads_mun,
            k.fte_gp,
            k.fte_hsp,
            k.fte_psp,
            fill,
            k.patients_per_gp_fte,
            k.need_weighted_patients_per_gp_fte,
            k.specialist_density,
            k.gap_fte,
            k.flagged_population
        );
    }
    out
}

/// All headline rows as JSON (area, year and the KPIs).
pub fn headline_json(res: &Results) -> serde_json::Value {
    let mut rows = Vec::new();
    for area in headline_areas() {
        for t in 0..res.years.len() {
            let k = res.area(t, area);
            if !area.reported_in(k.year) {
                continue;
            }
            let mut row = serde_json::Map::new();
            row.insert("area".into(), area.name().into());
            row.insert("year".into(), k.year.into());
            for (name, v) in columns(&k) {
                row.insert(name.into(), if v.is_finite() { v.into() } else { serde_json::Value::Null });
            }
            rows.push(serde_json::Value::Object(row));
        }
    }
    serde_json::Value::Array(rows)
}
