//! The baseline: initial state X_2025, exogenous paths, baseline parameters θ₀ and the calibration
//! constants computed once on X_2025 with all levers off (MODEL.md §1.5, §2.15 fallback F1–F3).
//!
//! Built by [`Baseline::embedded`] from the two embedded data files; every number comes from a figure
//! with a source (see [`super::inputs`]). The fields are public so tests can build fixtures.

use super::calibration::{AttractivenessFit, fit_am_attractiveness};
use super::demand::{DemandCalibration, normalisers};
use super::dims::*;
use super::fte::{Fte, compute_fte};
use super::inputs::{Inputs, ModelError, embedded_parameters};
use super::params::{LeverTerms, Params};
use super::base_params::read_params;
use super::state::State;
use crate::data::Dataset;
use crate::math::powi;

/// Everything a run needs besides the scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    /// X_2025.
    pub initial: State,
    /// θ₀.
    pub params: Params,
    /// Pop_y[c,g] for y = 2025…2040 (index `cg`); later years repeat 2040.
    pub population: [[f64; CELLS * GROUPS]; YEARS],
    /// Grad_y (constant path).
    pub graduates: f64,
    /// P^K[c].
    pub kbu_posts: [f64; CELLS],
    /// P^I[c,k], P^H[c,k] in 2025 (index `ck`).
    pub intro_posts: [f64; CELLS * TRACKS],
    pub hu_posts: [f64; CELLS * TRACKS],
    /// Yearly growth of intro and HU posts after 2025.
    pub post_growth: f64,
    /// Cap_τ,2025[c] in FTE (index `ct`), and their yearly growth.
    pub capacity: [f64; CELLS * TYPES],
    pub capacity_growth: f64,
    /// Imm_y[c, pool], Imm_y[c, spec] (heads per year).
    pub immigration_pool: [f64; CELLS],
    pub immigration_specialists: [f64; CELLS],
    /// s_GP: scale of φ_GP so total FTE_GP(2025) equals GP capacities.
    pub gp_fte_scale: f64,
    /// κ^I_k[c], κ^H_k[c] (index `ck`); infinite where Sup_2025 = 0 (constraint off).
    pub kappa_intro: [f64; CELLS * TRACKS],
    pub kappa_hu: [f64; CELLS * TRACKS],
    /// Γ: share of a region's hospital demand treated in its T cell (the rest in O).
    pub catchment_t_share: [f64; REGIONS],
    /// h*(c): the hospital cell serving cell c (argmax_h Γ[h, c]).
    pub hospital_of: [usize; CELLS],
    pub demand: DemandCalibration,
    /// L_GP = 1,600 and L_close.
    pub gp_norm: f64,
    /// ω^CI_s, θ_CI, relative-flag factor, national PPN in 2025.
    pub ci_weights: [f64; SERVICES],
    pub ci_threshold: f64,
    pub flag_factor: f64,
    pub ppn_national_2025: f64,
    /// ρ_disc.
    pub discount_rate: f64,
    /// ρ_imm (C2), s_comm, h_travel/h_norm (H3).
    pub immigrant_retention: f64,
    pub commuting_share: f64,
    pub travel_time_share: f64,
    /// Fit of A^H_AM,0 to the 2023 regional fills.
    pub am_fit: AttractivenessFit,
    /// SST calibration anchors: specialists 2021, growth 2021–2045, accepted band.
    pub sst_specialists_2021: f64,
    pub sst_growth_2021_2045: f64,
    pub sst_band: f64,
}

/// Initial age template (MODEL.md §2.15 F1: "flat 32–59, declining to 75"), scaled so that the share
/// aged 60+ equals `share60`.
///
/// Decision: the decline from 60 follows the survival curve of the type's own retirement hazard
/// (w(a) = Π_{u=60}^{a−1} (1 − q(u))). A linear decline to 75 puts ≈10 % of heads at 66+, where
/// q(a) ≈ 0.4–1, and gives ≈330 GP exits in 2025 against 150–200 in the data; the survival shape gives
/// ≈150–160 and a steady-state-consistent start (no artificial first-year drop). Ages 28–31 ramp in
/// (0, 0, 0.3, 0.7) because specialist recognition happens from 30 (ψ truncated at 30).
fn age_template(share60: f64, hazard: &[f64; AGES]) -> [f64; AGES] {
    let mut w = [0.0; AGES];
    let mut survival = 1.0;
    for (a, wa) in w.iter_mut().enumerate() {
        let x = age(a);
        *wa = match x {
            0..=29 => 0.0,
            30 => 0.3,
            31 => 0.7,
            32..=59 => 1.0,
            _ => survival,
        };
        if x >= 60 {
            survival *= 1.0 - hazard[a];
        }
    }
    let young: f64 = (0..AGES).filter(|&a| age(a) < 60).map(|a| w[a]).sum();
    let old: f64 = (0..AGES).filter(|&a| age(a) >= 60).map(|a| w[a]).sum();
    let f = share60 * young / ((1.0 - share60) * old);
    let mut total = 0.0;
    for a in 0..AGES {
        if age(a) >= 60 {
            w[a] *= f;
        }
        total += w[a];
    }
    w.iter_mut().for_each(|v| *v /= total);
    w
}

impl Baseline {
    /// The baseline built from the embedded data files.
    pub fn embedded() -> Result<Baseline, ModelError> {
        let data = Dataset::embedded()?;
        let params = embedded_parameters()?;
        Baseline::build(Inputs { data: &data, params: &params })
    }

    /// Builds the baseline from a dataset and a parameter file.
    pub fn build(i: Inputs) -> Result<Baseline, ModelError> {
        let params = read_params(&i)?;
        let s_t = i.param("threatened_population_share")?;
        let zone_share = |factor: f64| [s_t * factor, 1.0 - s_t * factor];

        // Population by cell, group and year (§1.3, Pop[c,NH] from §1.5).
        // Decision: the data give totals for 2024, 2025 and 2040 and 67+/80+ for 2024 and 2040; the 2025
        // groups use the 2024 shares of 67+ and 80+, every group is interpolated linearly 2025→2040,
        // 0–17 is a constant labelled share, and nursing-home residents (41,000) are split ∝ 80+ and
        // grow with it (subtracted from 80+ at home to avoid double counting). T holds s_T of each group.
        let pop2024 = i.regions("population")?;
        let pop2025 = i.regions("population_2025")?;
        let pop2040 = i.regions("population_2040")?;
        let p67_2024 = i.regions("pop67plus")?;
        let p80_2024 = i.regions("pop80plus")?;
        let p67_2040 = i.regions("pop67plus_2040")?;
        let p80_2040 = i.regions("pop80plus_2040")?;
        let nursing_home = i.national("nursing_home_residents_65plus")?;
        let child_share = i.param("population_share_0_17")?;
        let p80_2025_total: f64 = (0..REGIONS).map(|r| p80_2024[r] * pop2025[r] / pop2024[r]).sum();
        let mut population = [[0.0; CELLS * GROUPS]; YEARS];
        for (t, pop_y) in population.iter_mut().enumerate() {
            let w = t as f64 / (YEARS - 1) as f64;
            for r in 0..REGIONS {
                let scale = pop2025[r] / pop2024[r];
                let total = pop2025[r] + w * (pop2040[r] - pop2025[r]);
                let p67 = p67_2024[r] * scale + w * (p67_2040[r] - p67_2024[r] * scale);
                let p80 = p80_2024[r] * scale + w * (p80_2040[r] - p80_2024[r] * scale);
                let nh = nursing_home * p80 / p80_2025_total;
                let groups = [
                    child_share * total,
                    total - child_share * total - p67,
                    p67 - p80,
                    p80 - nh,
                    nh,
                ];
                for z in 0..ZONES {
                    let share = if z == T { s_t } else { 1.0 - s_t };
                    for g in 0..GROUPS {
                        pop_y[cg(cell(r, z), g)] = share * groups[g];
                    }
                }
            }
        }

        // Heads by region and their T/O split (§2.15 F1).
        let gps = i.regions("gps")?;
        let gp60 = i.regions("share_gps_60plus")?;
        let hospital_doctors = i.regions("hospital_doctors")?;
        let psp = i.regions("practicing_specialists")?;
        let hu_am_region = i.regions("hu_positions_general_practice")?;
        let am_fill_2023 = i.regions("hu_gp_fill_rate")?;
        let gp_split = zone_share(i.param("threatened_share_factor.gp")?);
        let hosp_split = zone_share(i.param("threatened_share_factor.hospital")?);
        let psp_split = zone_share(i.param("threatened_share_factor.psp")?);
        let pop_split = zone_share(1.0);
        let specialist_share = i.param("specialist_share_of_hospital_doctors")?;
        let share60_hosp = i.param("share_60plus.hospital")?;
        let mun_per_100k = i.param("municipal_doctors_per_100k")?;

        let mut hd_cell = [0.0; CELLS];
        let mut pop_cell = [0.0; CELLS];
        for c in 0..CELLS {
            let (r, z) = (region_of(c), zone_of(c));
            hd_cell[c] = hospital_doctors[r] * hosp_split[z];
            pop_cell[c] = pop2025[r] * pop_split[z];
        }
        let hd_total: f64 = hd_cell.iter().sum();
        let pop_total: f64 = pop_cell.iter().sum();

        // Posts (§1.5). Decision: AM-HU posts are split T/O by population (general practice training is
        // in practices everywhere); HS-HU and KBU posts by the cells' hospital doctors.
        let kbu_total = i.national("kbu_positions")?;
        let hu_total = i.national("hu_positions_all_specialties")?;
        let hu_am_total: f64 = hu_am_region.iter().sum();
        let intro_ratio = [i.param("intro_posts_ratio.am")?, i.param("intro_posts_ratio.hs")?];
        let mut kbu_posts = [0.0; CELLS];
        let mut hu_posts = [0.0; CELLS * TRACKS];
        let mut intro_posts = [0.0; CELLS * TRACKS];
        for c in 0..CELLS {
            kbu_posts[c] = kbu_total * hd_cell[c] / hd_total;
            hu_posts[ck(c, AM)] = hu_am_region[region_of(c)] * pop_split[zone_of(c)];
            hu_posts[ck(c, HS)] = (hu_total - hu_am_total) * hd_cell[c] / hd_total;
            for k in 0..TRACKS {
                intro_posts[ck(c, k)] = intro_ratio[k] * hu_posts[ck(c, k)];
            }
        }

        // Initial stocks X_2025 (§2.15 F1).
        let mut s = State::zero();
        
        for c in 0..CELLS {
            let (r, z) = (region_of(c), zone_of(c));
            let templates = [
                age_template(gp60[r], &params.retirement[GP]),
                age_template(share60_hosp, &params.retirement[HSP]),
                age_template(share60_hosp, &params.retirement[PSP]),
                age_template(share60_hosp, &params.retirement[MUN]),
            ];
            let heads = [
                gps[r] * gp_split[z],
                specialist_share * hospital_doctors[r] * hosp_split[z],
                psp[r] * psp_split[z],
                mun_per_100k * pop2025[r] / 1e5 * pop_split[z],
            ];
            for t in 0..TYPES {
                let template = &templates[t];
                for a in 0..AGES {
                    s.specialists[cta(c, t, a)] = heads[t] * template[a];
                }
            }
        }
        let intro_fill = i.param("intro.initial_fill")?;
        let hu_am_stock = i.param("hu_am_trainees")?;
        let phi4 = params.completion[HS][3];
        // Decision: F1 says "spread evenly over j"; the HS stock is spread by cohort weights
        // (1,1,1,1,1−φ₄) instead, because only (1 − φ₄) of a cohort reaches HU year 5.
        let hs_weights = [1.0, 1.0, 1.0, 1.0, 1.0 - phi4];
        let hs_weight_sum: f64 = hs_weights.iter().sum();
        let hs_stock = (hu_total - hu_am_total) * intro_fill * (4.0 + (1.0 - phi4));
        let pool_total = i.param("pool.initial")?;
        let pool_split = [i.param("pool.split.d1")?, i.param("pool.split.d2")?, i.param("pool.split.d3")?];
        let uh_ratio = i.param("hu_waiting.initial_ratio")?;
        for c in 0..CELLS {
            s.kbu[c] = kbu_posts[c];
            for k in 0..TRACKS {
                s.intro[ck(c, k)] = intro_fill * intro_posts[ck(c, k)];
                s.hu_waiting[ck(c, k)] = uh_ratio * s.intro[ck(c, k)];
            }
            for j in 0..HU_YEARS {
                s.hu[ckj(c, AM, j)] = hu_am_stock * hu_posts[ck(c, AM)] / hu_am_total / HU_YEARS as f64;
                s.hu[ckj(c, HS, j)] = hs_stock * hu_posts[ck(c, HS)] / (hu_total - hu_am_total)
                    * hs_weights[j] / hs_weight_sum;
            }
            for d in 0..POOL_CLASSES {
                s.pool[cd(c, d)] = pool_total * pool_split[d] * kbu_posts[c] / kbu_total;
            }
        }
        let doctors_total = i.param("doctors_total_2025")?;
        let others = s.total_heads();
        for c in 0..CELLS {
            s.outside[c] = (doctors_total - others).max(0.0) * pop_cell[c] / pop_total;
        }

        // Exogenous flows.
        let graduates = i.national("graduates_per_year")?;
        let imm_pool = i.param("immigration.pool")?;
        let imm_spec = i.param("immigration.specialists")?;
        let mut immigration_pool = [0.0; CELLS];
        let mut immigration_specialists = [0.0; CELLS];
        for c in 0..CELLS {
            immigration_pool[c] = imm_pool * pop_cell[c] / pop_total;
            immigration_specialists[c] = imm_spec * pop_cell[c] / pop_total;
        }

        // Catchment Γ and h*(c): within the region, by hospital-specialist heads.
        let mut catchment_t_share = [0.0; REGIONS];
        let mut hospital_of = [0; CELLS];
        for r in 0..REGIONS {
            let t_heads = s.specialist_heads(cell(r, T), HSP);
            let o_heads = s.specialist_heads(cell(r, O), HSP);
            catchment_t_share[r] = if t_heads + o_heads > 0.0 { t_heads / (t_heads + o_heads) } else { 0.5 };
            let h = if t_heads > o_heads { cell(r, T) } else { cell(r, O) };
            hospital_of[cell(r, T)] = h;
            hospital_of[cell(r, O)] = h;
        }

        // s_GP: total FTE_GP in 2025 equals GP capacities (= GP heads, ≈ 3,500 lægekapaciteter).
        let terms = LeverTerms::zero();
        let mut fte = Fte::zero();
        compute_fte(&s, &params, &terms, 1.0, 1.0, &hospital_of, false, &mut fte);
        let gp_spec: f64 = (0..CELLS).map(|c| fte.spec[ct(c, GP)]).sum();
        let gp_total: f64 = (0..CELLS).map(|c| fte.total[ct(c, GP)]).sum();
        let capacities_gp: f64 = gps.iter().sum();
        let gp_fte_scale = (capacities_gp - (gp_total - gp_spec)) / gp_spec;
        compute_fte(&s, &params, &terms, gp_fte_scale, 1.0, &hospital_of, false, &mut fte);

        // Capacities: 2025 levels = 2025 FTE (GP total incl. trainees, others the specialist term).
        // Decision: per-cell capacities are not in the data (GP capacities only for Hovedstaden); taking
        // the 2025 FTE makes baseline vacancies 0 in every cell, not only nationally (§2.11 v0.2).
        let mut capacity = [0.0; CELLS * TYPES];
        for c in 0..CELLS {
            capacity[ct(c, GP)] = fte.total[ct(c, GP)];
            for t in [HSP, PSP, MUN] {
                capacity[ct(c, t)] = fte.spec[ct(c, t)];
            }
        }

        // κ per cell with slack (§1.5, §2.4).
        let slack = i.param("supervision_slack")?;
        let mut kappa_intro = [f64::INFINITY; CELLS * TRACKS];
        let mut kappa_hu = [f64::INFINITY; CELLS * TRACKS];
        for c in 0..CELLS {
            let sup = supervisors(&fte, &params, c);
            for k in 0..TRACKS {
                if sup[k] > 0.0 {
                    kappa_intro[ck(c, k)] = slack * intro_posts[ck(c, k)] / sup[k];
                    kappa_hu[ck(c, k)] = slack * hu_posts[ck(c, k)] / sup[k];
                }
            }
        }

        // Demand calibration (§2.2): n_s, ρ*_s on X_2025 with levers off.
        let normaliser = normalisers(&params, &population[0]);
        let gp_norm = i.national("gp_norm_list_size")?;
        let fte_hsp: f64 = (0..CELLS).map(|c| fte.total[ct(c, HSP)]).sum();
        let fte_psp: f64 = (0..CELLS).map(|c| fte.total[ct(c, PSP)]).sum();
        let pop_2025_total: f64 = population[0].iter().sum();
        let demand = DemandCalibration {
            normaliser,
            fte_per_need: [1.0 / gp_norm, fte_hsp / pop_2025_total, fte_psp / pop_2025_total],
        };
        let ppn_national_2025 = pop_2025_total / capacities_gp;

        // A^H_AM,0 from the 2023 regional fills (§2.15 F2).
        let intro_am_2023 = i.national("intro_positions_gp_started")?;
        let mut am_posts = [0.0; CELLS];
        let mut am_weights = [0.0; CELLS];
        for c in 0..CELLS {
            am_posts[c] = hu_posts[ck(c, AM)];
            am_weights[c] = intro_posts[ck(c, AM)];
        }
        let am_fit = fit_am_attractiveness(
            &am_posts,
            &am_weights,
            intro_am_2023 * (1.0 - params.drop_intro),
            params.local_first_hu[0],
            params.outside_hu[AM],
            am_fill_2023,
        );
        let mut params = params;
        for c in 0..CELLS {
            params.attr_hu[ck(c, AM)] = am_fit.attractiveness[region_of(c)];
        }
        // A^U ∝ Σ_k P^I[c,k], mean 1 (§1.5).
        let intro_sum: f64 = intro_posts.iter().sum();
        for c in 0..CELLS {
            params.attr_pool[c] = (intro_posts[ck(c, AM)] + intro_posts[ck(c, HS)]) * CELLS as f64 / intro_sum;
        }

        Ok(Baseline {
            initial: s,
            params,
            population,
            graduates,
            kbu_posts,
            intro_posts,
            hu_posts,
            post_growth: i.param("hu_post_growth")?,
            capacity,
            capacity_growth: i.param("capacity_growth")?,
            immigration_pool,
            immigration_specialists,
            gp_fte_scale,
            kappa_intro,
            kappa_hu,
            catchment_t_share,
            hospital_of,
            demand,
            gp_norm,
            ci_weights: [i.param("ci_weight.gp")?, i.param("ci_weight.hosp")?, i.param("ci_weight.psp")?],
            ci_threshold: i.param("ci_threshold")?,
            flag_factor: i.param("flag_relative_factor")?,
            ppn_national_2025,
            discount_rate: i.param("discount_rate")?,
            immigrant_retention: i.param("immigrant_retention")?,
            commuting_share: i.param("commuting_share")?,
            travel_time_share: i.param("travel_time_share")?,
            am_fit,
            sst_specialists_2021: i.national("specialists_total_2021")?,
            sst_growth_2021_2045: i.param("sst_specialist_growth_2021_2045")?,
            sst_band: i.param("sst_band")?,
        })
    }

    /// Population of year index `t` (held at 2040 beyond the horizon).
    pub fn population_at(&self, t: usize) -> &[f64; CELLS * GROUPS] {
        &self.population[t.min(YEARS - 1)]
    }

    /// Capacity multiplier for the step of year index `t`: capacities are budgets for the end of the
    /// year, Cap_2025 · (1 + g)^(t + 1).
    pub fn capacity_factor(&self, t: usize) -> f64 {
        powi(1.0 + self.capacity_growth, t as i32 + 1)
    }

    /// Post multiplier for year index `t`.
    pub fn post_factor(&self, t: usize) -> f64 {
        powi(1.0 + self.post_growth, t as i32)
    }
}

/// Sup_k[c] (§2.4): AM = τ_tut · FTE^spec_GP, HS = FTE^spec_HSP + τ_PSP · FTE^spec_PSP.
pub fn supervisors(fte: &Fte, p: &Params, c: usize) -> [f64; TRACKS] {
    [
        p.tutor_share[c] * fte.spec[ct(c, GP)],
        fte.spec[ct(c, HSP)] + p.psp_supervision * fte.spec[ct(c, PSP)],
    ]
}
