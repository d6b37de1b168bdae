//! Behavioural and technical parameters θ (MODEL.md §1.4–§1.5) and the additive lever terms.
//!
//! [`Params`] holds the baseline values read from `core/data/parameters.json` (see [`super::inputs`]);
//! levers never touch stocks, they only produce a modified copy of `Params` plus [`LeverTerms`] for a
//! year (§2.1). `LeverTerms::zero()` is the no-lever value, and every equation reading a term is exactly
//! neutral at zero, which gives the bit-identical zero-intensity run (T3).

use super::dims::*;
use crate::math::{exp, ln};

/// Parameters that levers may modify (multiplier, logit or hazard type) plus fixed technical ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    // --- pipeline behaviour ---
    /// α(d), d = 0…3: share of pool members applying for intro.
    pub apply_rate: [f64; 4],
    /// χ_AM[c]: share of intro applicants choosing AM (logit-shifted by M5).
    pub chi_am: [f64; CELLS],
    /// δ^I (both tracks).
    pub drop_intro: f64,
    /// δ^H_k.
    pub drop_hu: [f64; TRACKS],
    /// σ_U: share of HU drop-outs switching track.
    pub track_switch: f64,
    /// h_k(j): completion profile by track and HU year.
    pub completion: [[f64; HU_YEARS]; TRACKS],
    /// ψ_k(a): age distribution at recognition.
    pub recognition_age: [[f64; AGES]; TRACKS],
    /// ψ_imm(a): age distribution of immigrating specialists.
    pub immigrant_age: [f64; AGES],
    /// s^imm_τ.
    pub immigrant_type: [f64; TYPES],
    /// q_τ(a) without levers (a_max row = 1).
    pub retirement: [[f64; AGES]; TYPES],
    /// e_τ(a) (same for all types).
    pub emigration: [f64; AGES],
    /// μ(a) gross re-draw rate (same for all types).
    pub mobility: [f64; AGES],
    /// e_G, e_U, e_out.
    pub emig_graduates: f64,
    pub emig_six_year_rule: f64,
    pub emig_unplaced: f64,
    /// x_X and the retirement share of that exit s_XR.
    pub outside_exit: f64,
    pub outside_exit_retire_share: f64,
    /// x_Uh.
    pub hu_waiting_exit: f64,
    /// ρ^K[c] (logit-shifted by P4).
    pub kbu_stay: [f64; CELLS],
    /// ρ^H[c,k] (index `ck`, logit-shifted by P2, P10b).
    pub new_specialist_stay: [f64; CELLS * TRACKS],
    /// λ^I[c], λ^H[c] (logit-shifted by P4, P5).
    pub local_first_intro: [f64; CELLS],
    pub local_first_hu: [f64; CELLS],
    /// ω^I, ω^H_k, ω^S.
    pub outside_intro: f64,
    pub outside_hu: [f64; TRACKS],
    pub outside_specialist: f64,
    /// A^I_k[c], A^H_k[c] (index `ck`), A^S_τ[c] (index `ct`), A^U[c].
    pub attr_intro: [f64; CELLS * TRACKS],
    pub attr_hu: [f64; CELLS * TRACKS],
    pub attr_specialist: [f64; CELLS * TYPES],
    pub attr_pool: [f64; CELLS],
    /// ε_W, β_sw, ς.
    pub vacancy_floor: f64,
    pub switching_max: f64,
    pub overhire: f64,
    /// Share of municipal-doctor switching drawn from GPs (rest from HSP).
    pub mun_from_gp: f64,
    /// f_PSP[c], f_MUN[c].
    pub fill_psp: [f64; CELLS],
    pub fill_mun: [f64; CELLS],
    /// ξ_out[τ][c]: out-mobility multiplier (1 at baseline).
    pub out_mobility: [f64; CELLS * TYPES],
    /// Retirement-hazard multiplier for ages ≥ 60 (P11a; 1 at baseline).
    pub senior_hazard: [f64; CELLS],
    /// φ_sen: FTE of heads retained by P11a.
    pub senior_fte: f64,
    // --- training capacity ---
    /// τ_tut[c] (logit-shifted by P1b), τ_PSP.
    pub tutor_share: [f64; CELLS],
    pub psp_supervision: f64,
    // --- FTE ---
    /// θ_K, θ_I, θ^H_k, σ_prac.
    pub fte_kbu: f64,
    pub fte_intro: f64,
    pub fte_hu: [f64; TRACKS],
    pub am_practice_share: f64,
    /// φ(a) relative FTE profile (same for all types; GP scaled by `gp_fte_scale`).
    pub fte_profile: [f64; AGES],
    /// Yearly FTE trend (m_φ(y) = (1 + trend)^(y−2025)).
    pub fte_trend: f64,
    /// H3 FTE factor for commuting (1 at baseline).
    pub commute_fte: [f64; CELLS],
    // --- demand ---
    /// γ_s, η_HA, w_s[g].
    pub demand_growth: [f64; SERVICES],
    pub healthy_ageing: f64,
    pub demand_weight: [[f64; GROUPS]; SERVICES],
    /// D_s,g[c] lever multipliers (index `cg`, per service; 1 at baseline).
    pub demand_lever: [[f64; CELLS * GROUPS]; SERVICES],
}

/// Additive lever quantities for one year; all exactly 0 without levers.
#[derive(Clone, Debug, PartialEq)]
pub struct LeverTerms {
    /// ΔP^I, ΔP^H (D0), index `ck`.
    pub extra_intro_posts: [f64; CELLS * TRACKS],
    pub extra_hu_posts: [f64; CELLS * TRACKS],
    /// Σ_ℓ κ_ℓ · ΔSup_ℓ,k: posts allowed by lever-added supervisors, index `ck` (intro and HU).
    pub supervised_intro_posts: [f64; CELLS * TRACKS],
    pub supervised_hu_posts: [f64; CELLS * TRACKS],
    /// ΔCap_τ (FTE), index `ct` (P9 GP, P10a PSP, M4 MUN).
    pub extra_capacity: [f64; CELLS * TYPES],
    /// P3: coherent pathways offered per cell and track, uptake cap per training region, p_coh.
    pub coherent_offered: [f64; CELLS * TRACKS],
    pub coherent_cap: f64,
    pub coherent_progression: f64,
    /// P5: team-KBU share and the logit shift of ρ^K_team.
    pub team_share: [f64; CELLS],
    pub team_stay_shift: f64,
    /// P7: effective offered moves × take-up per region (heads), movers' ρ_P7.
    pub moves: [f64; REGIONS],
    pub mover_stay: f64,
    /// P1a, H2: FTE delivered in a cell by visitors, and FTE sent out incl. travel loss factor.
    pub part_in: [f64; CELLS],
    pub part_out: [f64; CELLS],
    /// M2, M3: outreach HSP FTE deducted at the hospital cell h*(c), and hospital FTE demand avoided in c.
    pub outreach: [f64; CELLS],
    pub avoided_hospital_demand: [f64; CELLS],
    /// M4: GP demand offset per filled added municipal FTE (o_M4 · x) in c.
    pub gp_demand_offset_rate: [f64; CELLS],
    /// P6: share of trainees on a 4+1 research-day design (× r), per cell.
    pub research_share: [f64; CELLS],
    /// P10b: HU trainee-months in specialist practice per cell (before the stock bound).
    pub psp_training_months: [f64; CELLS],
    /// C2: extra immigrants into the pool (heads).
    pub extra_immigration: [f64; CELLS],
    /// C4: extra graduates per year (national).
    pub extra_graduates: f64,
}

impl LeverTerms {
    /// No lever active.
    pub const fn zero() -> Self {
        LeverTerms {
            extra_intro_posts: [0.0; CELLS * TRACKS],
            extra_hu_posts: [0.0; CELLS * TRACKS],
            supervised_intro_posts: [0.0; CELLS * TRACKS],
            supervised_hu_posts: [0.0; CELLS * TRACKS],
            extra_capacity: [0.0; CELLS * TYPES],
            coherent_offered: [0.0; CELLS * TRACKS],
            coherent_cap: 0.0,
            coherent_progression: 1.0,
            team_share: [0.0; CELLS],
            team_stay_shift: 0.0,
            moves: [0.0; REGIONS],
            mover_stay: 0.0,
            part_in: [0.0; CELLS],
            part_out: [0.0; CELLS],
            outreach: [0.0; CELLS],
            avoided_hospital_demand: [0.0; CELLS],
            gp_demand_offset_rate: [0.0; CELLS],
            research_share: [0.0; CELLS],
            psp_training_months: [0.0; CELLS],
            extra_immigration: [0.0; CELLS],
            extra_graduates: 0.0,
        }
    }

    /// Resets every term to zero without allocating.
    pub fn clear(&mut self) {
        *self = LeverTerms::zero();
    }
}

/// Logistic function.
#[inline(always)]
pub fn expit(x: f64) -> f64 {
    1.0 / (1.0 + exp(-x))
}

/// Log-odds.
#[inline(always)]
pub fn logit(p: f64) -> f64 {
    ln(p / (1.0 - p))
}

/// Applies an accumulated logit shift to a probability, skipping the transform when the shift is 0
/// (MODEL.md §2.1: expit(logit p) is not always bit-identical to p).
#[inline(always)]
pub fn shift_probability(p: f64, shift: f64) -> f64 {
    if shift == 0.0 || p <= 0.0 || p >= 1.0 { p } else { expit(logit(p) + shift) }
}
