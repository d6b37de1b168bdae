//! The plain-language "what changed" card: a few sentences, generated from the results, that say
//! what the chosen levers do for the chosen area by the chosen year, compared with the baseline.
//! Sentence templates for both languages sit side by side here, one `match` per sentence.

use crate::format;
use crate::i18n::Lang;
use laegedaekning_core::model::{Area, Results};

fn more_or_fewer(delta: f64, lang: Lang) -> &'static str {
    match (lang, delta >= 0.0) {
        (Lang::Da, true) => "flere",
        (Lang::Da, false) => "færre",
        (Lang::En, true) => "more",
        (Lang::En, false) => "fewer",
    }
}

/// The sentences for `area` (named `area_name` in running text) in year index `t`. With no lever
/// set, one sentence says that the figures are the baseline.
pub fn sentences(res: &Results, base: &Results, t: usize, area: Area, area_name: &str, lang: Lang) -> Vec<String> {
    let year = res.years[t].year;
    if res.lever_ids.is_empty() {
        return vec![match lang {
            Lang::Da => format!("Ingen tiltag er valgt. Tallene viser udgangspunktet: den nuværende politik frem til {year}."),
            Lang::En => format!("No measure is chosen. The figures show the baseline: current policy up to {year}."),
        }];
    }
    let (s, b) = (res.area(t, area), base.area(t, area));
    let mut out = Vec::new();

    // The shortage is summed over the area's cells (a surplus in a city does not fill a gap in a
    // threatened area), so it is read from the cell gaps, not from the area's totals.
    let short = b.gap_fte - s.gap_fte;
    let n = format::number(short.abs(), 0, lang);
    if format::number(short.abs(), 0, lang) != "0" {
        let word = more_or_fewer(-short, lang);
        out.push(match lang {
            Lang::Da => format!("Med disse tiltag mangler {area_name} {n} {word} læger (årsværk) i forhold til behovet i {year} end uden dem."),
            Lang::En => format!("With these measures, {area_name} lacks {n} {word} doctors (FTE) against need in {year} than without them."),
        });
    } else {
        out.push(match lang {
            Lang::Da => format!("Tiltagene ændrer ikke manglen på læger i {area_name} i {year}."),
            Lang::En => format!("The measures do not change the shortage of doctors in {area_name} in {year}."),
        });
    }

    let (ps, pb) = (s.patients_per_gp_fte, b.patients_per_gp_fte);
    if ps.is_finite() && pb.is_finite() {
        let (ps, pb) = (format::number(ps, 0, lang), format::number(pb, 0, lang));
        let norm = format::number(1600.0, 0, lang);
        out.push(match lang {
            Lang::Da => format!("Hver praktiserende læge har {ps} patienter mod {pb} uden tiltagene (normen er {norm})."),
            Lang::En => format!("Each GP has {ps} patients against {pb} without the measures (the norm is {norm})."),
        });
    }

    let (ds, db) = (s.specialist_density, b.specialist_density);
    if ds.is_finite() && db.is_finite() {
        let (ds, db) = (format::number(ds, 1, lang), format::number(db, 1, lang));
        out.push(match lang {
            Lang::Da => format!("Speciallægerne leverer {ds} årsværk pr. 100.000 behovsvægtede indbyggere mod {db}."),
            Lang::En => format!("Specialists deliver {ds} FTE per 100,000 need-weighted inhabitants against {db}."),
        });
    }

    let closed: f64 = (0..=t).map(|i| base.area(i, area).gap_fte - res.area(i, area).gap_fte).sum();
    let cost: f64 = (0..=t).map(|i| res.total_cost(i)).sum::<f64>() / 1e6;
    let closed_txt = format::number(closed.abs(), 0, lang);
    let cost_txt = format::number(cost, 0, lang);
    out.push(match (lang, closed >= 0.0) {
        (Lang::Da, true) => format!("Fra 2025 til {year} lukkes {closed_txt} årsværks mangel på læger; tiltagene koster i alt {cost_txt} mio. kr."),
        (Lang::Da, false) => format!("Fra 2025 til {year} vokser manglen på læger med {closed_txt} årsværk; tiltagene koster i alt {cost_txt} mio. kr."),
        (Lang::En, true) => format!("From 2025 to {year}, {closed_txt} FTE-years of doctor shortage are closed; the measures cost {cost_txt} million DKK in all."),
        (Lang::En, false) => format!("From 2025 to {year}, the doctor shortage grows by {closed_txt} FTE-years; the measures cost {cost_txt} million DKK in all."),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::model::{Baseline, run};
    use laegedaekning_core::{LeverSetting, Scenario};

    #[test]
    fn the_baseline_says_it_is_the_baseline() {
        let b = Baseline::embedded().unwrap();
        let base = run(&b, &Scenario::default());
        let s = sentences(&base, &base, 10, Area::Nation, "hele landet", Lang::Da);
        assert_eq!(s.len(), 1);
        assert!(s[0].contains("udgangspunktet"));
    }

    #[test]
    fn a_gp_lever_is_described_in_both_languages_with_danish_numbers() {
        let b = Baseline::embedded().unwrap();
        let base = run(&b, &Scenario::default());
        let scn = Scenario { levers: vec![LeverSetting::new("P9", 30.0)] };
        let res = run(&b, &scn);
        let da = sentences(&res, &base, 10, Area::Region(4), "Region Nordjylland", Lang::Da);
        assert!(da[0].starts_with("Med disse tiltag mangler Region Nordjylland "), "{}", da[0]);
        assert!(da.iter().any(|s| s.contains("1.600")));
        let en = sentences(&res, &base, 10, Area::Region(4), "Region Nordjylland", Lang::En);
        assert!(en.iter().any(|s| s.contains("1,600")));
        assert!(en.iter().all(|s| !s.contains("læger")));
        assert!(da[0].contains(" færre læger"), "{}", da[0]);
    }
}
