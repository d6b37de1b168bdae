//! Lever mechanisms: how an active lever changes the parameters of a year (MODEL.md §2.1, §3) and what
//! it costs (§2.13).
//!
//! Dose: x = g(I) · r(y) with g saturating (g(I_ref) = 1), linear or additive (I · r, in the lever's
//! own unit) as the catalogue says; r(y) = clamp((y − start − lag + 1) / ramp, 0, 1). Multipliers
//! compose as θ₀ · Π E^x, probabilities by summed logit shifts β·x (β = logit(p₀ + Δ) − logit(p₀)),
//! hazards as Π (1 − ε)^x, quantities additively. A lever with I = 0 in a cell (or before its start)
//! is skipped entirely, so zero intensity leaves every parameter bit-identical (T3, T4).

use super::catalogue::{Catalogue, Dose, Lever};
use super::kind::LeverKind;
use super::scenario::{Active, Resolved};
use crate::model::baseline::Baseline;
use crate::model::dims::*;
use super::memo::LeverMemo;
use crate::model::params::{LeverTerms, Params};

/// r_ℓ(y) for a lag.
pub(crate) fn ramp(lever: &Lever, start: i32, year: i32, lag: u32) -> f64 {
    ((year - start - lag as i32 + 1) as f64 / lever.ramp as f64).clamp(0.0, 1.0)
}

/// g_ℓ(I).
fn dose(lever: &Lever, intensity: f64, m: &mut LeverMemo) -> f64 {
    let reference = lever.intensity.reference;
    match lever.dose {
        Dose::Saturating => (1.0 - m.exp(-intensity / reference)) / (1.0 - m.exp(-1.0_f64)),
        Dose::Linear => intensity / reference,
        Dose::Additive => intensity,
    }
}

/// Accumulated logit shifts of one year, applied once after all levers.
struct Shifts {
    kbu_stay: [f64; CELLS],
    local_intro: [f64; CELLS],
    local_hu: [f64; CELLS],
    specialist_stay: [f64; CELLS * TRACKS],
    tutor: [f64; CELLS],
    chi: [f64; CELLS],
}

/// A lever's effect values at its setting (or Monte Carlo draw), looked up once per lever and year (not per cell).
#[derive(Default)]
struct Fx {
    attr: f64,
    avoid: f64,
    cap: f64,
    chi: f64,
    fte_loss: f64,
    gp: f64,
    hazard: f64,
    hospital: f64,
    kappa: f64,
    kbu_stay: f64,
    local: f64,
    mover_stay: f64,
    offset: f64,
    outreach: f64,
    progression: f64,
    retention: f64,
    senior_fte: f64,
    stay: f64,
    supervision: f64,
    takeup: f64,
    team_stay: f64,
    travel: f64,
    tutor: f64,
}

impl Fx {
    /// One pass over the lever's effects at this run's setting or Monte Carlo draw (the first of two effects with the same key counts, as in
    /// [`Lever::effect`]); effects the mechanism does not read are ignored.
    fn of(lever: &Lever, a: &Active) -> Fx {
        let mut fx = Fx::default();
        for e in lever.effects.iter().rev() {
            let v = a.effect_value(e);
            match e.key.as_str() {
                "attr" => fx.attr = v,
                "avoid" => fx.avoid = v,
                "cap" => fx.cap = v,
                "chi" => fx.chi = v,
                "fte_loss" => fx.fte_loss = v,
                "gp" => fx.gp = v,
                "hazard" => fx.hazard = v,
                "hospital" => fx.hospital = v,
                "kappa" => fx.kappa = v,
                "kbu_stay" => fx.kbu_stay = v,
                "local" => fx.local = v,
                "mover_stay" => fx.mover_stay = v,
                "offset" => fx.offset = v,
                "outreach" => fx.outreach = v,
                "progression" => fx.progression = v,
                "retention" => fx.retention = v,
                "senior_fte" => fx.senior_fte = v,
                "stay" => fx.stay = v,
                "supervision" => fx.supervision = v,
                "takeup" => fx.takeup = v,
                "team_stay" => fx.team_stay = v,
                "travel" => fx.travel = v,
                "tutor" => fx.tutor = v,
                _ => {}
            }
        }
        fx
    }
}

/// Multiplies every attractiveness of cell `c` (intro, HU, specialists) by `f`.
fn scale_all_attractiveness(p: &mut Params, c: usize, f: f64) {
    for k in 0..TRACKS {
        p.attr_intro[ck(c, k)] *= f;
        p.attr_hu[ck(c, k)] *= f;
    }
    for t in 0..TYPES {
        p.attr_specialist[ct(c, t)] *= f;
    }
}

/// S1: applies every active lever for `year` (index `t`) to `p` (a copy of θ₀) and `terms` (zeroed).
pub fn apply_levers(b: &Baseline, resolved: &Resolved, year: i32, t: usize, p: &mut Params, terms: &mut LeverTerms) {
    apply_levers_memo(b, resolved, year, t, p, terms, &mut LeverMemo::new());
}

/// [`apply_levers`] with a memo of the transcendental results that persists across the years of a
/// run (and across runs): the same parameters, without recomputing repeated powers and shifts.
#[allow(clippy::too_many_arguments)]
pub fn apply_levers_memo(
    b: &Baseline,
    resolved: &Resolved,
    year: i32,
    t: usize,
    p: &mut Params,
    terms: &mut LeverTerms,
    m: &mut LeverMemo,
) {
    if resolved.active.is_empty() {
        return;
    }
    let catalogue = Catalogue::embedded();
    let mut sh = Shifts {
        kbu_stay: [0.0; CELLS],
        local_intro: [0.0; CELLS],
        local_hu: [0.0; CELLS],
        specialist_stay: [0.0; CELLS * TRACKS],
        tutor: [0.0; CELLS],
        chi: [0.0; CELLS],
    };
    let mut h1_served = [false; CELLS];
    let mut h3_share = [0.0; CELLS];
    let base = &b.params;
    for a in &resolved.active {
        let lever = &catalogue.levers[a.lever];
        if year < a.start_year {
            continue;
        }
        let r = ramp(lever, a.start_year, year, lever.lag);
        if r == 0.0 && lever.lag_hs.is_none() {
            continue;
        }
        let fx = Fx::of(lever, a);
        let kind = lever.kind;
        // National (once per lever) quantities. Decision: C4's intensity is national (the largest
        // intensity over the targeted cells), because the KBU lottery is national (§3D).
        if kind == LeverKind::C4 {
            if a.intensity.iter().any(|&i| i > 0.0) {
                terms.extra_graduates += a.intensity.iter().cloned().fold(0.0, f64::max) * r;
            }
            continue;
        }
        for c in 0..CELLS {
            let i = a.intensity[c];
            if i <= 0.0 {
                continue;
            }
            let g = dose(lever, i, m);
            let x = g * r;
            let add = i * r;
            match kind {
                // Pro rata to each track's baseline posts, or at the scenario's per-track intensities.
                LeverKind::D0 => {
                    for k in 0..TRACKS {
                        let add = if a.tracks.is_some() { a.track_intensity(c, k) * r } else { add };
                        if add == 0.0 {
                            continue;
                        }
                        terms.extra_hu_posts[ck(c, k)] += add * b.hu_posts[ck(c, k)] * b.post_factor(t);
                        terms.extra_intro_posts[ck(c, k)] += add * b.intro_posts[ck(c, k)] * b.post_factor(t);
                    }
                }
                LeverKind::P1a => {
                    let fte = add * b.hu_posts[ck(c, HS)] / 10.0;
                    add_supervisors(b, terms, c, HS, fte, Some(fx.kappa));
                    terms.part_in[c] += fte;
                    terms.part_out[sibling(c)] += fte * (1.0 + fx.travel);
                    let f = m.powf(fx.attr, x);
                    p.attr_hu[ck(c, HS)] *= f;
                    p.attr_intro[ck(c, HS)] *= f;
                }
                LeverKind::P1b => {
                    sh.tutor[c] += m.beta(base.tutor_share[c], fx.tutor) * x;
                    let f = m.powf(fx.attr, x);
                    p.attr_hu[ck(c, AM)] *= f;
                    p.attr_intro[ck(c, AM)] *= f;
                }
                LeverKind::P2 => {
                    for k in 0..TRACKS {
                        let lag = if k == HS { lever.lag_hs.unwrap_or(lever.lag) } else { lever.lag };
                        let xk = g * ramp(lever, a.start_year, year, lag);
                        if xk == 0.0 {
                            continue;
                        }
                        sh.specialist_stay[ck(c, k)] += m.beta(base.new_specialist_stay[ck(c, k)], fx.stay) * xk;
                        p.attr_hu[ck(c, k)] *= m.powf(fx.attr, xk);
                    }
                }
                LeverKind::P3 => {
                    // Decision: AM track only (the seed's trial is AM); intensity = pathways per training
                    // region, split equally over its targeted cells; the cap is per training region.
                    let v = training_region(c);
                    let targeted = (0..CELLS).filter(|&cc| training_region(cc) == v && a.intensity[cc] > 0.0).count();
                    terms.coherent_offered[ck(c, AM)] += add / targeted as f64;
                    terms.coherent_cap = terms.coherent_cap.max(fx.cap);
                    terms.coherent_progression = fx.progression;
                }
                LeverKind::P4 => {
                    let local = fx.local;
                    sh.local_intro[c] += m.beta(base.local_first_intro[c], local) * x;
                    sh.local_hu[c] += m.beta(base.local_first_hu[c], local) * x;
                    sh.kbu_stay[c] += m.beta(base.kbu_stay[c], fx.kbu_stay) * x;
                    let f = m.powf(fx.attr, x);
                    p.attr_hu[ck(c, AM)] *= f;
                    p.attr_hu[ck(c, HS)] *= f;
                }
                LeverKind::P5 => {
                    terms.team_share[c] = (terms.team_share[c] + add).min(1.0);
                    // One scalar shift for all team places: β at the national reference ρ^K (the H T cell, 0.7).
                    terms.team_stay_shift = m.beta(base.kbu_stay[cell(0, T)], fx.team_stay);
                    let f = m.powf(fx.attr, x);
                    p.attr_intro[ck(c, AM)] *= f;
                    p.attr_intro[ck(c, HS)] *= f;
                }
                LeverKind::P6 => {
                    let f = m.powf(fx.attr, x);
                    for k in 0..TRACKS {
                        p.attr_intro[ck(c, k)] *= f;
                        p.attr_hu[ck(c, k)] *= f;
                    }
                    terms.research_share[c] += fx.fte_loss / 0.2 * i.min(1.0) * r;
                }
                // Decision: moves go O → T within the region; only the T cell's intensity counts.
                LeverKind::P7 if zone_of(c) == T => {
                    terms.moves[region_of(c)] += add * fx.takeup;
                    terms.mover_stay = fx.mover_stay;
                }
                LeverKind::P7 => {}
                LeverKind::P8 => {
                    let f = m.powf(fx.attr, x);
                    for k in 0..TRACKS {
                        p.attr_intro[ck(c, k)] *= f;
                        p.attr_hu[ck(c, k)] *= f;
                    }
                    let keep = m.powf(1.0 - fx.retention, x);
                    for ty in 0..TYPES {
                        p.attr_specialist[ct(c, ty)] *= f;
                        p.out_mobility[ct(c, ty)] *= keep;
                    }
                }
                LeverKind::P9 => {
                    terms.extra_capacity[ct(c, GP)] += add;
                    p.attr_specialist[ct(c, GP)] *= m.powf(fx.attr, x);
                }
                // Decision: the intensity is a level of extra provider numbers held open (not cumulative).
                LeverKind::P10a => terms.extra_capacity[ct(c, PSP)] += add,
                LeverKind::P10b => {
                    terms.psp_training_months[c] += add;
                    add_supervisors(b, terms, c, HS, fx.supervision * add / 12.0, None);
                    sh.specialist_stay[ck(c, HS)] += m.beta(base.new_specialist_stay[ck(c, HS)], fx.stay) * x;
                }
                LeverKind::P11a => {
                    p.senior_hazard[c] *= m.powf(1.0 - fx.hazard, x);
                    p.senior_fte = fx.senior_fte;
                }
                LeverKind::P11b => {
                    p.attr_hu[ck(c, AM)] *= m.powf(fx.attr, x);
                    add_supervisors(b, terms, c, AM, fx.supervision * add, None);
                }
                LeverKind::P12 => {
                    let f = m.powf(fx.attr, x);
                    p.attr_intro[ck(c, HS)] *= f;
                    p.attr_hu[ck(c, HS)] *= f;
                    p.attr_specialist[ct(c, HSP)] *= f;
                    p.out_mobility[ct(c, HSP)] *= m.powf(1.0 - fx.retention, x);
                }
                LeverKind::M1 => {
                    p.demand_lever[S_HOSP][cg(c, G_NH)] *= m.powf(1.0 - fx.hospital, x);
                    p.demand_lever[S_GP][cg(c, G_NH)] *= m.powf(1.0 + fx.gp, x);
                }
                LeverKind::M2 => {
                    let residents = b.population_at(t)[cg(c, G_NH)];
                    let coverage = if residents > 0.0 { (add / residents).min(1.0) } else { 0.0 };
                    p.demand_lever[S_HOSP][cg(c, G_NH)] *= 1.0 - fx.hospital * coverage;
                    terms.outreach[c] += fx.outreach * add / 1000.0;
                }
                LeverKind::M3 => {
                    let pop = b.population_at(t);
                    let elderly = pop[cg(c, G_67_79)] + pop[cg(c, G_80)] + pop[cg(c, G_NH)];
                    let fte = add * elderly / 1e5;
                    terms.outreach[c] += fte;
                    terms.avoided_hospital_demand[c] += fx.avoid * fte;
                }
                LeverKind::M4 => {
                    let pop: f64 = (0..GROUPS).map(|g| b.population_at(t)[cg(c, g)]).sum();
                    terms.extra_capacity[ct(c, MUN)] += add * pop / 1e5;
                    terms.gp_demand_offset_rate[c] += fx.offset;
                    let keep = m.powf(1.0 - fx.retention, x);
                    for ty in 0..TYPES {
                        p.out_mobility[ct(c, ty)] *= keep;
                    }
                }
                LeverKind::M5 => {
                    sh.chi[c] += m.beta(base.chi_am[c], fx.chi) * x;
                    p.attr_intro[ck(c, AM)] *= m.powf(fx.attr, x);
                }
                LeverKind::M6 => {
                    let f = m.powf(1.0 - fx.hospital, x);
                    for g in 0..GROUPS {
                        p.demand_lever[S_HOSP][cg(c, g)] *= f;
                    }
                }
                LeverKind::H1 => {
                    scale_all_attractiveness(p, c, m.powf(fx.attr, x));
                    h1_served[c] = true;
                }
                LeverKind::H2 => {
                    terms.part_in[c] += add;
                    terms.part_out[sibling(c)] += add * (1.0 + fx.travel);
                }
                LeverKind::H3 => {
                    scale_all_attractiveness(p, c, m.powf(fx.attr, x));
                    h3_share[c] = (h3_share[c] + i.min(1.0) * r).min(1.0);
                }
                LeverKind::H4 => {
                    let f = m.powf(fx.attr, x);
                    let keep = m.powf(1.0 - fx.retention, x);
                    for ty in 0..TYPES {
                        p.attr_specialist[ct(c, ty)] *= f;
                        p.out_mobility[ct(c, ty)] *= keep;
                    }
                    p.attr_hu[ck(c, AM)] *= f;
                    p.attr_hu[ck(c, HS)] *= f;
                }
                // Decision: C1/C5 stop a share of the capacity growth in the targeted (O) cells; at 0 the
                // baseline path is untouched, so they keep the zero-intensity identity like other levers.
                LeverKind::C1 | LeverKind::C5 => {
                    let ty = if kind == LeverKind::C1 { GP } else { HSP };
                    let growth = b.capacity[ct(c, ty)] * (b.capacity_factor(t) - 1.0);
                    terms.extra_capacity[ct(c, ty)] -= i.min(1.0) * r * growth;
                }
                LeverKind::C2 => terms.extra_immigration[c] += add * b.immigrant_retention,
                _ => {} // H5 (allocative) and C3 (reporting) change no parameter.
            }
        }
    }
    // H3: paid travel that is not working time lowers commuters' FTE, unless an H1 route serves the cell.
    for c in 0..CELLS {
        if h3_share[c] > 0.0 && !h1_served[c] {
            p.commute_fte[c] = 1.0 - b.commuting_share * b.travel_time_share * h3_share[c];
        }
    }
    for c in 0..CELLS {
        p.kbu_stay[c] = m.shift(p.kbu_stay[c], sh.kbu_stay[c]);
        p.local_first_intro[c] = m.shift(p.local_first_intro[c], sh.local_intro[c]);
        p.local_first_hu[c] = m.shift(p.local_first_hu[c], sh.local_hu[c]);
        p.tutor_share[c] = m.shift(p.tutor_share[c], sh.tutor[c]);
        p.chi_am[c] = m.shift(p.chi_am[c], sh.chi[c]);
        for k in 0..TRACKS {
            p.new_specialist_stay[ck(c, k)] = m.shift(p.new_specialist_stay[ck(c, k)], sh.specialist_stay[ck(c, k)]);
        }
    }
}

/// Adds supervisor FTE for track `k` in cell `c`: HU posts allowed rise by κ_ℓ (or κ^H) per FTE, intro
/// posts by κ^I per FTE; nothing where the baseline has no supervision constraint (κ = ∞).
fn add_supervisors(b: &Baseline, terms: &mut LeverTerms, c: usize, k: usize, fte: f64, kappa_lever: Option<f64>) {
    let i = ck(c, k);
    if b.kappa_hu[i].is_finite() {
        terms.supervised_hu_posts[i] += kappa_lever.unwrap_or(b.kappa_hu[i]) * fte;
    }
    if b.kappa_intro[i].is_finite() {
        terms.supervised_intro_posts[i] += b.kappa_intro[i] * fte;
    }
}
