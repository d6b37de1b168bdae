//! T5 (direction-coded monotonicity, MODEL.md §6): for every lever declared "positive" in the
//! catalogue, the present value of ΔFTE in threatened areas must be non-decreasing over a grid of ten
//! intensities (fixed draw, tolerance 1e-9). Trade-off levers are checked component by component.
//! The table of all levers is printed (`-- --nocapture`) as the model finding the spec asks for.

mod common;

use common::baseline;
use laegedaekning_core::levers::catalogue::Direction;
use laegedaekning_core::levers::{Catalogue, LeverSetting};
use laegedaekning_core::model::dims::*;
use laegedaekning_core::model::{Area, compare, run};
use laegedaekning_core::Scenario;

fn pv_delta_t(id: &str, intensity: f64) -> (f64, laegedaekning_core::model::Results) {
    let b = baseline();
    let base = run(b, &Scenario::default());
    let res = run(b, &Scenario { levers: vec![LeverSetting::new(id, intensity)] });
    (compare(&base, &res, b.discount_rate).pv_fte_threatened, res)
}

#[test]
fn t5_positive_levers_raise_threatened_fte_monotonically() {
    let mut failures = Vec::new();
    println!("{:<5} {:>12} {:>12} {:>12}  monotone", "lever", "ΔFTE_T(I/2)", "ΔFTE_T(I_ref)", "ΔFTE_T(max)");
    for lever in &Catalogue::embedded().levers {
        let r = &lever.intensity;
        let mut last: f64 = 0.0;
        let mut monotone = true;
        let mut values = Vec::new();
        for step in 1..=10 {
            let i = r.min + (r.max - r.min) * step as f64 / 10.0;
            let (v, _) = pv_delta_t(&lever.id, i);
            if v < last - 1e-9 * last.abs().max(1.0) {
                monotone = false;
            }
            last = v;
            values.push(v);
        }
        let at_ref = pv_delta_t(&lever.id, r.reference).0;
        println!("{:<5} {:>12.2} {:>12.2} {:>12.2}  {}", lever.id, values[4], at_ref, values[9], if monotone { "yes" } else { "NO" });
        if lever.direction == Direction::Positive && !monotone {
            failures.push(lever.id.clone());
        }
    }
    assert!(failures.is_empty(), "positive levers not monotone in ΔFTE_T: {failures:?}");
}

#[test]
fn t5_trade_off_levers_move_each_component_in_its_direction() {
    let b = baseline();
    let base = run(b, &Scenario::default());
    let last = base.years.len() - 1;
    // P10a: FTE_PSP in T rises.
    let (_, p10a) = pv_delta_t("P10a", 10.0);
    assert!(p10a.area(last, Area::Threatened).fte_psp > base.area(last, Area::Threatened).fte_psp);
    // P6: attractiveness raises HU fill in T, and trainees lose FTE to the research day.
    let (_, p6) = pv_delta_t("P6", 1.0);
    let (b5, s5) = (base.area(5, Area::Threatened), p6.area(5, Area::Threatened));
    assert!(s5.hu_filled_am + s5.hu_filled_hs > b5.hu_filled_am + b5.hu_filled_hs);
    let t0 = (0..CELLS).filter(|&c| zone_of(c) == T);
    let hsp0: f64 = t0.map(|c| p6.years[0].fte.total[ct(c, HSP)] - base.years[0].fte.total[ct(c, HSP)]).sum();
    assert!(hsp0 < 0.0, "P6 research days cost hospital FTE in the first year");
    // M4: municipal FTE rises, GP FTE falls.
    let (_, m4) = pv_delta_t("M4", 3.8);
    assert!(m4.area(last, Area::Nation).fte_mun > base.area(last, Area::Nation).fte_mun);
    assert!(m4.area(last, Area::Nation).fte_gp < base.area(last, Area::Nation).fte_gp);
    // M3: outreach lowers hospital FTE and hospital demand.
    let (_, m3) = pv_delta_t("M3", 1.0);
    assert!(m3.area(0, Area::Nation).fte_hsp < base.area(0, Area::Nation).fte_hsp);
    assert!(m3.area(0, Area::Nation).required_hosp < base.area(0, Area::Nation).required_hosp);
    // H3: attractiveness up, commuters' FTE down in the first year.
    let (_, h3) = pv_delta_t("H3", 1.0);
    assert!(h3.area(0, Area::Threatened).fte_hsp < base.area(0, Area::Threatened).fte_hsp);
}
