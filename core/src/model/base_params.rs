//! Baseline parameters θ₀ (MODEL.md §1.4–§1.5) read from `core/data/parameters.json`: hazards, age
//! distributions, FTE profile, matching weights, demand weights. Every value comes from a labelled figure.

use super::dims::*;
use super::inputs::{Inputs, ModelError};
use super::params::Params;
use crate::data::Region;
use crate::math::exp;

/// Discretised normal over ages `lo..=hi`, normalised to 1, as a per-age-index array.
fn age_normal(mean: f64, sd: f64, lo: usize, hi: usize) -> [f64; AGES] {
    let mut w = [0.0; AGES];
    let mut sum = 0.0;
    for (a, wa) in w.iter_mut().enumerate() {
        let x = age(a);
        if x >= lo && x <= hi {
            let z = (x as f64 - mean) / sd;
            *wa = exp(-0.5 * z * z);
            sum += *wa;
        }
    }
    w.iter_mut().for_each(|v| *v /= sum);
    w
}

/// Reads θ₀ from the parameter file (§1.5).
pub fn read_params(i: &Inputs) -> Result<Params, ModelError> {
    let v = |id: &str| i.param(id);
    let mut retirement = [[0.0; AGES]; TYPES];
    let base = v("retirement.base")?;
    let slope = v("retirement.slope")?;
    for (t, key) in ["gp", "hsp", "psp", "mun"].iter().enumerate() {
        let mid = v(&format!("retirement.midpoint.{key}"))?;
        for a in 0..AGES {
            retirement[t][a] = if a == AGES - 1 {
                1.0
            } else {
                base + (1.0 - base) / (1.0 + exp(-(age(a) as f64 - mid) / slope))
            };
        }
    }
    let emig = v("emigration.specialists")?;
    let (m1, m2, m3) = (v("mobility.under45")?, v("mobility.45_59")?, v("mobility.60plus")?);
    let (f1, f2, f3) = (v("fte_profile.under60")?, v("fte_profile.60_64")?, v("fte_profile.65plus")?);
    let mut emigration = [0.0; AGES];
    let mut mobility = [0.0; AGES];
    let mut fte_profile = [0.0; AGES];
    for a in 0..AGES {
        let x = age(a);
        emigration[a] = if x < 60 { emig } else { 0.0 };
        mobility[a] = if x < 45 { m1 } else if x < 60 { m2 } else { m3 };
        fte_profile[a] = if x < 60 { f1 } else if x < 65 { f2 } else { f3 };
    }
    let sd = v("recognition_age.sd")?;
    let phi4 = v("hs_complete_after_year4")?;
    let mut kbu_stay = [v("kbu_stay")?; CELLS];
    let nord = v("kbu_stay.nordjylland")?;
    kbu_stay[cell(Region::Nordjylland.index(), T)] = nord;
    kbu_stay[cell(Region::Nordjylland.index(), O)] = nord;
    let mut demand_weight = [[0.0; GROUPS]; SERVICES];
    for (s, key) in ["gp", "hosp", "psp"].iter().enumerate() {
        for (g, gk) in ["0_17", "18_66", "67_79", "80plus", "nh"].iter().enumerate() {
            demand_weight[s][g] = v(&format!("demand_weight.{key}.{gk}"))?;
        }
    }
    Ok(Params {
        apply_rate: [v("alpha.d0")?, v("alpha.d1")?, v("alpha.d2")?, v("alpha.d3")?],
        chi_am: [v("chi_am")?; CELLS],
        drop_intro: v("drop.intro")?,
        drop_hu: [v("drop.hu.am")?, v("drop.hu.hs")?],
        track_switch: v("track_switch_share")?,
        completion: [[0.0, 0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, phi4, 1.0]],
        recognition_age: [
            age_normal(v("recognition_age.am")?, sd, 30, 50),
            age_normal(v("recognition_age.hs")?, sd, 30, 50),
        ],
        immigrant_age: age_normal(v("immigrant_age.mean")?, v("immigrant_age.sd")?, 30, 60),
        immigrant_type: [
            v("immigrant_type_share.gp")?,
            v("immigrant_type_share.hsp")?,
            v("immigrant_type_share.psp")?,
            v("immigrant_type_share.mun")?,
        ],
        retirement,
        emigration,
        mobility,
        emig_graduates: v("emigration.graduates")?,
        emig_six_year_rule: v("emigration.six_year_rule")?,
        emig_unplaced: v("emigration.unplaced_specialists")?,
        outside_exit: v("outside.exit")?,
        outside_exit_retire_share: v("outside.exit_retire_share")?,
        hu_waiting_exit: v("hu_waiting.exit")?,
        kbu_stay,
        new_specialist_stay: [v("new_specialist_stay")?; CELLS * TRACKS],
        local_first_intro: [v("local_first.intro")?; CELLS],
        local_first_hu: [v("local_first.hu")?; CELLS],
        outside_intro: v("outside_weight.intro")?,
        outside_hu: [v("outside_weight.hu_am")?, v("outside_weight.hu_hs")?],
        outside_specialist: v("outside_weight.specialist")?,
        attr_intro: [1.0; CELLS * TRACKS],
        attr_hu: [1.0; CELLS * TRACKS],
        attr_specialist: [1.0; CELLS * TYPES],
        attr_pool: [1.0; CELLS],
        vacancy_floor: v("vacancy_floor")?,
        switching_max: v("switching.max")?,
        overhire: v("overhire")?,
        mun_from_gp: v("switching.mun_from_gp")?,
        fill_psp: [v("fill.psp")?; CELLS],
        fill_mun: [v("fill.mun")?; CELLS],
        out_mobility: [1.0; CELLS * TYPES],
        senior_hazard: [1.0; CELLS],
        senior_fte: 0.0,
        tutor_share: [v("tutor_share")?; CELLS],
        psp_supervision: v("psp_supervision_weight")?,
        fte_kbu: v("trainee_fte.kbu")?,
        fte_intro: v("trainee_fte.intro")?,
        fte_hu: [v("trainee_fte.hu_am")?, v("trainee_fte.hu_hs")?],
        am_practice_share: v("am_practice_share")?,
        fte_profile,
        fte_trend: v("fte_trend")?,
        commute_fte: [1.0; CELLS],
        demand_growth: [v("demand_growth.gp")?, v("demand_growth.hosp")?, v("demand_growth.psp")?],
        healthy_ageing: v("healthy_ageing")?,
        demand_weight,
        demand_lever: [[1.0; CELLS * GROUPS]; SERVICES],
    })
}
