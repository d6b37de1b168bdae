//! Results of a run: yearly series per cell (fixed arrays), aggregation to regions, the 4-region
//! reporting (Region Østdanmark = H + SJ from 2027) and the nation, and costs by lever.

use super::demand::Demand;
use super::dims::*;
use super::fte::Fte;
use super::kpi::CellKpis;
use super::ledger::Ledger;
use super::mobility_factors::MobilityByStage;
use super::training::TrainingReport;

/// Everything recorded for one simulated year y (stocks are X_{y+1}, i.e. end of year y).
#[derive(Clone, Debug, PartialEq)]
pub struct YearResult {
    pub year: i32,
    /// Specialist heads by cell and type (index `ct`).
    pub heads: [f64; CELLS * TYPES],
    pub fte: Fte,
    pub kbu: [f64; CELLS],
    pub intro: [f64; CELLS * TRACKS],
    pub hu: [f64; CELLS * TRACKS],
    pub hu_waiting: [f64; CELLS * TRACKS],
    pub pool: [f64; CELLS],
    pub outside: [f64; CELLS],
    pub training: TrainingReport,
    /// New specialists by destination cell and track (index `ck`), unplaced ones nationally.
    pub new_specialists: [f64; CELLS * TRACKS],
    pub unplaced_specialists: f64,
    /// Net specialist moves into each cell (S2 mobility; §4.1 net mobility by stage together with
    /// `training.intro_net_inflow` and `training.hu_net_inflow`).
    pub specialist_net_moves: [f64; CELLS],
    /// Flows of every stage that moves doctors between cells (§4.1): `mobility.matrix(stage)`.
    pub mobility: MobilityByStage,
    pub population: [f64; CELLS],
    pub demand: Demand,
    pub kpis: CellKpis,
    pub ledger: Ledger,
    /// Tot_y and Tot_{y+1} (heads), for the conservation check.
    pub heads_before: f64,
    pub heads_after: f64,
    /// FTE delivered in a cell by visitors (P1a, H2 PartIn), for the FTE bound (T19).
    pub fte_transfers_in: [f64; CELLS],
    /// Heads alive only because of P11a (SenTag) by cell.
    pub retained_seniors: [f64; CELLS],
    /// Largest relative tag excess over the stock it marks (0 when every tag ≤ its stock).
    pub tag_excess: f64,
}

impl YearResult {
    pub fn zero(year: i32) -> Self {
        YearResult {
            year,
            heads: [0.0; CELLS * TYPES],
            fte: Fte::zero(),
            kbu: [0.0; CELLS],
            intro: [0.0; CELLS * TRACKS],
            hu: [0.0; CELLS * TRACKS],
            hu_waiting: [0.0; CELLS * TRACKS],
            pool: [0.0; CELLS],
            outside: [0.0; CELLS],
            training: TrainingReport::zero(),
            new_specialists: [0.0; CELLS * TRACKS],
            unplaced_specialists: 0.0,
            specialist_net_moves: [0.0; CELLS],
            mobility: MobilityByStage::zero(),
            population: [0.0; CELLS],
            demand: Demand::zero(),
            kpis: CellKpis::zero(),
            ledger: Ledger::default(),
            heads_before: 0.0,
            heads_after: 0.0,
            retained_seniors: [0.0; CELLS],
            fte_transfers_in: [0.0; CELLS],
            tag_excess: 0.0,
        }
    }
}

/// A reporting area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Cell(usize),
    /// One of the five regions of the state.
    Region(usize),
    /// Region Østdanmark (Hovedstaden + Sjælland), reported from 2027.
    Ostdanmark,
    /// All threatened (T) cells.
    Threatened,
    /// All other (O) cells.
    Other,
    Nation,
}

impl Area {
    /// Whether cell `c` belongs to the area.
    pub fn contains(self, c: usize) -> bool {
        match self {
            Area::Cell(x) => x == c,
            Area::Region(r) => region_of(c) == r,
            Area::Ostdanmark => region_of(c) <= 1,
            Area::Threatened => zone_of(c) == T,
            Area::Other => zone_of(c) == O,
            Area::Nation => true,
        }
    }

    /// First year of Region Østdanmark (the four-region reporting).
    pub const OSTDANMARK_FROM: i32 = 2027;

    /// Whether the area is reported in `year`: Østdanmark from [`Area::OSTDANMARK_FROM`], the rest always.
    pub fn reported_in(self, year: i32) -> bool {
        self != Area::Ostdanmark || year >= Area::OSTDANMARK_FROM
    }

    /// The five regions (state order).
    pub fn five_regions() -> [Area; 5] {
        [Area::Region(0), Area::Region(1), Area::Region(2), Area::Region(3), Area::Region(4)]
    }

    /// The four regions reported from 2027: Østdanmark, Syddanmark, Midtjylland, Nordjylland.
    pub fn four_regions() -> [Area; 4] {
        [Area::Ostdanmark, Area::Region(2), Area::Region(3), Area::Region(4)]
    }

    /// A short name for tables.
    pub fn name(self) -> String {
        const R: [&str; 5] = ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"];
        match self {
            Area::Cell(c) => format!("{} {}", R[region_of(c)], if zone_of(c) == T { "T" } else { "O" }),
            Area::Region(r) => R[r].to_string(),
            Area::Ostdanmark => "Østdanmark".to_string(),
            Area::Threatened => "Threatened areas".to_string(),
            Area::Other => "Other areas".to_string(),
            Area::Nation => "Denmark".to_string(),
        }
    }
}

/// KPIs of an area in one year (sums over its cells; ratios of sums).
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct AreaKpis {
    pub year: i32,
    pub population: f64,
    pub heads_gp: f64,
    pub heads_hsp: f64,
    pub heads_psp: f64,
    pub heads_mun: f64,
    pub fte_gp: f64,
    pub fte_hsp: f64,
    pub fte_psp: f64,
    pub fte_mun: f64,
    pub kbu: f64,
    pub intro: f64,
    pub hu_am: f64,
    pub hu_hs: f64,
    pub pool: f64,
    pub outside: f64,
    pub hu_posts_am: f64,
    pub hu_filled_am: f64,
    pub hu_unfilled_am: f64,
    pub hu_posts_hs: f64,
    pub hu_filled_hs: f64,
    pub hu_unfilled_hs: f64,
    pub hu_not_offered: f64,
    pub intro_unfilled: f64,
    pub new_specialists: f64,
    /// Patients (residents) and need-weighted patients per GP FTE; norm 1,600.
    pub patients_per_gp_fte: f64,
    pub need_weighted_patients_per_gp_fte: f64,
    pub without_own_gp: f64,
    /// Specialist FTE (hospital + practice) per 100,000 need-weighted inhabitants.
    pub specialist_density: f64,
    pub gap_fte: f64,
    /// Population living in flagged (threatened) cells.
    pub flagged_population: f64,
    pub required_gp: f64,
    pub required_hosp: f64,
    pub required_psp: f64,
}

/// Results of one run.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub years: Vec<YearResult>,
    /// Ids of the scenario's levers, in the order of `costs`.
    pub lever_ids: Vec<String>,
    /// Cost in DKK by lever and year: `costs[lever * years.len() + t]`.
    pub costs: Vec<f64>,
    /// Levers whose cost formula lacks a number (cost counted as 0, MODEL.md §2.13).
    pub cost_missing: Vec<String>,
}

impl Results {
    /// Results with room for `n_years` and `n_levers` (allocated once, before the yearly loop).
    pub fn with_capacity(n_years: usize, lever_ids: Vec<String>) -> Self {
        let n_levers = lever_ids.len();
        Results {
            years: (0..n_years).map(|t| YearResult::zero(FIRST_YEAR + t as i32)).collect(),
            lever_ids,
            costs: vec![0.0; n_levers * n_years],
            cost_missing: Vec::new(),
        }
    }

    /// Cost of lever number `l` in year index `t`.
    pub fn cost(&self, l: usize, t: usize) -> f64 {
        self.costs[l * self.years.len() + t]
    }

    /// Cost in year index `t` by payer, in [`crate::levers::Payer::ALL`] order (region, municipality, state).
    pub fn cost_by_payer(&self, t: usize) -> [f64; 3] {
        let cat = crate::levers::Catalogue::embedded();
        let mut out = [0.0; 3];
        for (l, id) in self.lever_ids.iter().enumerate() {
            if let Some((_, lever)) = cat.get(id) {
                let i = crate::levers::Payer::ALL.iter().position(|p| *p == lever.payer).unwrap_or(0);
                out[i] += self.cost(l, t);
            }
        }
        out
    }

    /// Total cost of all levers in year index `t`.
    pub fn total_cost(&self, t: usize) -> f64 {
        (0..self.lever_ids.len()).map(|l| self.cost(l, t)).sum()
    }

    /// KPIs of `area` in year index `t`.
    pub fn area(&self, t: usize, area: Area) -> AreaKpis {
        let y = &self.years[t];
        let mut k = AreaKpis { year: y.year, ..AreaKpis::default() };
        let mut nw_gp = 0.0;
        let mut nw_hosp = 0.0;
        for c in (0..CELLS).filter(|&c| area.contains(c)) {
            k.population += y.population[c];
            k.heads_gp += y.heads[ct(c, GP)];
            k.heads_hsp += y.heads[ct(c, HSP)];
            k.heads_psp += y.heads[ct(c, PSP)];
            k.heads_mun += y.heads[ct(c, MUN)];
            k.fte_gp += y.fte.total[ct(c, GP)];
            k.fte_hsp += y.fte.total[ct(c, HSP)];
            k.fte_psp += y.fte.total[ct(c, PSP)];
            k.fte_mun += y.fte.total[ct(c, MUN)];
            k.kbu += y.kbu[c];
            k.intro += y.intro[ck(c, AM)] + y.intro[ck(c, HS)];
            k.hu_am += y.hu[ck(c, AM)];
            k.hu_hs += y.hu[ck(c, HS)];
            k.pool += y.pool[c];
            k.outside += y.outside[c];
            k.hu_posts_am += y.training.hu_posts[ck(c, AM)];
            k.hu_filled_am += y.training.hu_filled[ck(c, AM)];
            k.hu_posts_hs += y.training.hu_posts[ck(c, HS)];
            k.hu_filled_hs += y.training.hu_filled[ck(c, HS)];
            k.hu_not_offered += y.training.hu_not_offered[ck(c, AM)] + y.training.hu_not_offered[ck(c, HS)];
            k.intro_unfilled += (0..TRACKS)
                .map(|kk| y.training.intro_posts[ck(c, kk)] - y.training.intro_filled[ck(c, kk)])
                .sum::<f64>();
            k.new_specialists += y.new_specialists[ck(c, AM)] + y.new_specialists[ck(c, HS)];
            k.without_own_gp += y.kpis.without_own_gp[c];
            k.gap_fte += y.kpis.gap[c];
            k.flagged_population += y.kpis.flagged[c] * y.population[c];
            nw_gp += y.demand.need_weighted[S_GP * CELLS + c];
            nw_hosp += y.demand.need_weighted[S_HOSP * CELLS + c];
            k.required_gp += y.demand.required[S_GP * CELLS + c];
            k.required_hosp += y.demand.required[S_HOSP * CELLS + c];
            k.required_psp += y.demand.required[S_PSP * CELLS + c];
        }
        k.hu_unfilled_am = k.hu_posts_am - k.hu_filled_am;
        k.hu_unfilled_hs = k.hu_posts_hs - k.hu_filled_hs;
        let guard = |num: f64, den: f64| if den > 0.0 { num / den } else { f64::NAN };
        k.patients_per_gp_fte = guard(k.population, k.fte_gp);
        k.need_weighted_patients_per_gp_fte = guard(nw_gp, k.fte_gp);
        k.specialist_density = guard(1e5 * (k.fte_hsp + k.fte_psp), nw_hosp);
        k
    }

    /// Total specialist heads in the nation in year index `t`.
    pub fn specialists(&self, t: usize) -> f64 {
        self.years[t].heads.iter().sum()
    }
}
