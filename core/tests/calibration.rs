//! Calibration targets of MODEL.md §2.15 / T14 with levers off, printed with the achieved values
//! (`cargo test -p laegedaekning-core --test calibration -- --nocapture`).

use laegedaekning_core::data::{Dataset, Region};
use laegedaekning_core::model::dims::*;
use laegedaekning_core::model::{Area, Baseline, run};
use laegedaekning_core::Scenario;

fn baseline() -> Baseline {
    Baseline::embedded().expect("baseline builds from the embedded data")
}

/// SST Lægeprognose 2021–2045 interpolated linearly to `year` (specialists).
fn sst_path(b: &Baseline, year: i32) -> f64 {
    b.sst_specialists_2021 * (1.0 + b.sst_growth_2021_2045 * (year - 2021) as f64 / 24.0)
}

#[test]
fn initial_state_reproduces_the_inputs() {
    let b = baseline();
    let data = Dataset::embedded().unwrap();
    println!("{:<14} {:>9} {:>9} {:>9} {:>9}", "region", "GP data", "GP model", "PSP data", "PSP model");
    for r in Region::ALL {
        let i = r.index();
        let gp: f64 = (0..ZONES).map(|z| b.initial.specialist_heads(cell(i, z), GP)).sum();
        let psp: f64 = (0..ZONES).map(|z| b.initial.specialist_heads(cell(i, z), PSP)).sum();
        let hsp: f64 = (0..ZONES).map(|z| b.initial.specialist_heads(cell(i, z), HSP)).sum();
        let gp_data = data.regional_value("gps", r).unwrap();
        let psp_data = data.regional_value("practicing_specialists", r).unwrap();
        let hd = data.regional_value("hospital_doctors", r).unwrap();
        println!("{:<14} {:>9.0} {:>9.1} {:>9.0} {:>9.1}", r.name(), gp_data, gp, psp_data, psp);
        assert!((gp - gp_data).abs() < 1e-6);
        assert!((psp - psp_data).abs() < 1e-6);
        assert!((hsp - 0.72 * hd).abs() < 1e-6);
    }
    let total = b.initial.total_heads();
    println!("doctors 1 Jan 2025: model {total:.1}, target 31,000");
    assert!((total - 31_000.0).abs() < 1e-6);
}

#[test]
fn calibration_targets_and_achieved_values() {
    let b = baseline();
    let res = run(&b, &Scenario::default());
    let last = res.years.len() - 1;
    // 1. AM-HU fill: the 2023 fixture reproduces the regional fills and the national ~80 %.
    println!("\nAM-HU fill 2023 (fixture)   target   achieved   A^H_AM");
    for r in Region::ALL {
        let i = r.index();
        println!(
            "  {:<24} {:>6.3}   {:>8.3}   {:>6.3}",
            r.name(),
            b.am_fit.target_fill[i],
            b.am_fit.achieved_fill[i],
            b.am_fit.attractiveness[i]
        );
        assert!((b.am_fit.achieved_fill[i] - b.am_fit.target_fill[i]).abs() < 1e-6);
    }
    println!("  {:<24} {:>6.3}   {:>8.3}", "national", 0.80, b.am_fit.national_fill);
    assert!((b.am_fit.national_fill - 0.80).abs() < 0.01);
    let n2025 = res.area(0, Area::Nation);
    let am_fill_2025 = n2025.hu_filled_am / n2025.hu_posts_am;
    println!("  model run 2025 AM-HU fill: {am_fill_2025:.3} (published 10-year average ≈ 0.80)");
    assert!((am_fill_2025 - 0.80).abs() < 0.06);
    // 2. GP capacities and PPN in 2025.
    println!("\nGP FTE 2025: {:.0} (capacities ≈ 3,500); need-weighted patients per GP FTE {:.0}", n2025.fte_gp, n2025.need_weighted_patients_per_gp_fte);
    // 3. National specialist supply vs SST (T14): relative growth 2025→2040 within the band.
    let s0 = b.initial.specialists.iter().sum::<f64>();
    println!("\nspecialists (heads)   model      SST path   model/2025   SST/2025");
    for t in [0usize, 5, 10, last] {
        let y = res.years[t].year + 1; // stocks are 1 January of the next year
        let m = res.specialists(t);
        println!(
            "  1 Jan {y}           {:>8.0}   {:>8.0}   {:>10.3}   {:>8.3}",
            m,
            sst_path(&b, y),
            m / s0,
            sst_path(&b, y) / sst_path(&b, 2025)
        );
    }
    let model_growth = res.specialists(last) / s0;
    let sst_growth = sst_path(&b, 2041) / sst_path(&b, 2025);
    let rel = model_growth / sst_growth - 1.0;
    println!("  growth 2025→2041: model {model_growth:.3}, SST {sst_growth:.3}, deviation {:+.1} % (band ±{:.0} %)", rel * 100.0, b.sst_band * 100.0);
    // 4. GP exits and net change (F4 checks).
    let gp_exits_2025 = {
        let mut s = b.initial.clone();
        let _ = &mut s;
        let p = &b.params;
        (0..CELLS).map(|c| (0..AGES).map(|a| b.initial.specialists[cta(c, GP, a)] * p.retirement[GP][a]).sum::<f64>()).sum::<f64>()
    };
    let gp_net = (res.area(5, Area::Nation).heads_gp - n2025.heads_gp) / 5.0;
    println!("\nGP exits 2025: {gp_exits_2025:.0} (data 150-200); GP net change 2026-2030: {gp_net:+.0}/yr (PLO +80)");
    println!("new specialists 2025: {:.0}; unplaced {:.0}", n2025.new_specialists, res.years[0].unplaced_specialists);
    // 5. General practice vs SST: almen medicin +80 % 2021→2045 (linear), growth 2025→2041 (±10 %).
    let am_growth = Dataset::embedded().unwrap().figure("almen_medicin_specialists_growth_2021_2045").unwrap().value.unwrap();
    let sst_gp = (1.0 + am_growth * 20.0 / 24.0) / (1.0 + am_growth * 4.0 / 24.0);
    let gp0: f64 = (0..CELLS).map(|c| b.initial.specialist_heads(c, GP)).sum();
    let model_gp = res.area(last, Area::Nation).heads_gp / gp0;
    println!("GP heads growth 2025→2041: model {model_gp:.3}, SST almen medicin {sst_gp:.3} ({:+.1} %, band ±10 %)", (model_gp / sst_gp - 1.0) * 100.0);
    assert!((model_gp / sst_gp - 1.0).abs() < 0.10);
    let am_fill_2040 = res.area(last, Area::Nation).hu_filled_am / res.area(last, Area::Nation).hu_posts_am;
    println!("AM-HU fill 2040: {am_fill_2040:.3} (stable ≈ 0.80 for a decade in the data)");
    println!("Sjælland without own GP 2025: {:.0} (data ≈ 45,500)", res.area(0, Area::Region(1)).without_own_gp);
    assert!(rel.abs() <= b.sst_band, "specialist growth outside the SST band: {rel:+.3}");
}
