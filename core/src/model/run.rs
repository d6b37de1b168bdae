//! One scenario run 2025→2040 (MODEL.md §2.0): S1 lever parameters, S2–S10 the step, S11 FTE, demand,
//! KPIs and costs on X_{y+1}. Two state buffers are swapped each year; with [`run_into`] and a reused
//! [`Workspace`] and [`Results`] the yearly loop performs no heap allocation.

use crate::math::MinMax;
use super::baseline::Baseline;
use super::demand::{Demand, compute_demand};
use super::dims::*;
use super::fte::{Fte, compute_fte, delivered_fte, fte_trend_factor};
use super::kpi::{CellKpis, compute_kpis};
use super::ledger::Ledger;
use super::params::{LeverTerms, Params};
use super::results::Results;
use super::new_specialists::step_new_specialists;
use super::rows::FtePerHead;
use super::specialists::step_specialists;
use super::state::State;
use super::training::{TrainingReport, step_training};
use crate::levers::{LeverMemo, LeverYearKey, Resolved, Scenario, apply_levers_memo, lever_cost};

/// Reusable buffers of a run.
pub struct Workspace {
    current: Box<State>,
    next: Box<State>,
    params: Box<Params>,
    terms: Box<LeverTerms>,
    /// Transcendental lever results, kept across years and runs (pure: never changes a result).
    memo: Box<LeverMemo>,
    /// What `params` and `terms` were last computed from (S1 is skipped while it stays the same).
    lever_key: Box<LeverYearKey>,
    /// Whether a run wrote P11a senior tags into the state buffers. S2 writes tags only from the
    /// year P11a first acts, so a later run on this workspace must start from zeroed tags in both
    /// buffers, or a year that first reads them would see the earlier run's.
    tags_written: bool,
}

impl Workspace {
    pub fn new(b: &Baseline) -> Self {
        Workspace {
            current: Box::new(b.initial.clone()),
            next: Box::new(b.initial.clone()),
            params: Box::new(b.params.clone()),
            terms: Box::new(LeverTerms::zero()),
            memo: Box::new(LeverMemo::new()),
            lever_key: Box::default(),
            tags_written: false,
        }
    }
}

/// Runs `scenario` on `baseline` for 2025…2040. Out-of-range intensities are clamped (see
/// [`Scenario::resolve`]); unknown levers are skipped here — call `Scenario::resolve` first to see
/// warnings and errors.
pub fn run(baseline: &Baseline, scenario: &Scenario) -> Results {
    let resolved = scenario.resolve_lenient();
    run_resolved(baseline, &resolved, YEARS)
}

/// Runs a resolved scenario for `n_years` (≥ 1; longer than 16 only for tests such as T9).
///
/// The state buffers, parameters and memo come from a workspace kept per thread (the app runs the
/// model on every slider tick: preparing ~120 KB of fresh buffers cost ≈ 5 % of a run). A reused
/// workspace gives the fresh results bit for bit (`tests/workspace_reuse.rs`).
pub fn run_resolved(baseline: &Baseline, resolved: &Resolved, n_years: usize) -> Results {
    thread_local! {
        static WORKSPACE: std::cell::RefCell<Option<Workspace>> = const { std::cell::RefCell::new(None) };
    }
    let mut out = Results::with_capacity(n_years, resolved.ids());
    out.cost_missing = crate::levers::cost_missing(resolved);
    WORKSPACE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut slot) => run_into(baseline, resolved, slot.get_or_insert_with(|| Workspace::new(baseline)), &mut out),
        // Only if a run were ever started from inside another on this thread.
        Err(_) => run_into(baseline, resolved, &mut Workspace::new(baseline), &mut out),
    });
    out
}

/// The run proper: fills `out` (sized by [`Results::with_capacity`]) without allocating.
pub fn run_into(b: &Baseline, resolved: &Resolved, ws: &mut Workspace, out: &mut Results) {
    ws.current.copy_from(&b.initial);
    if ws.tags_written {
        ws.next.senior_tag.fill(0.0);
        ws.tags_written = false;
    }
    ws.terms.clear();
    ws.lever_key.invalidate();
    let n_years = out.years.len();
    let mut fte_prev = Fte::zero();
    let mut has_tags = b.initial.senior_tag.iter().any(|&x| x != 0.0);
    compute_fte(&b.initial, &b.params, &LeverTerms::zero(), b.gp_fte_scale, 1.0, &b.hospital_of, has_tags, &mut fte_prev);
    let mut heads_before = b.initial.total_heads();
    let mut fte_new = Fte::zero();
    let mut demand = Demand::zero();
    let mut kpis = CellKpis::zero();
    for t in 0..n_years {
        let year = FIRST_YEAR + t as i32;
        // S1: lever-modified parameters (θ₀ itself, and zero terms, when the scenario has no lever);
        // last year's are kept when nothing S1 reads has changed (see `LeverYearKey`).
        let p: &Params = if resolved.active.is_empty() {
            &b.params
        } else {
            if !ws.lever_key.same_as_last(b, resolved, year, t) {
                (*ws.params).clone_from(&b.params);
                ws.terms.clear();
                apply_levers_memo(b, resolved, year, t, &mut ws.params, &mut ws.terms, &mut ws.memo);
            }
            &ws.params
        };
        let terms: &LeverTerms = &ws.terms;
        let trend = fte_trend_factor(p, t);
        let s: &State = &ws.current;
        let n: &mut State = &mut ws.next;
        let mut ledger = Ledger::default();
        let mut outside_inflow = [0.0; CELLS];
        let mut training = TrainingReport::zero();
        // S2–S10.
        let tags_before = has_tags;
        has_tags = has_tags || p.senior_hazard.iter().any(|&h| h != 1.0);
        ws.tags_written |= has_tags;
        let phi = FtePerHead::new(p, b.gp_fte_scale, trend);
        // The stages' mobility flows go straight into this year's record.
        let mobility = &mut out.years[t].mobility;
        let mut rows = step_specialists(b, p, terms, s, &fte_prev, t, &phi, trend, tags_before, n, &mut ledger, &mut mobility.specialists);
        let new = step_new_specialists(b, p, terms, s, t, &phi, trend, &mut rows, n, &mut outside_inflow, &mut ledger, &mut mobility.new_specialists);
        step_training(b, p, terms, s, &fte_prev, t, &mut rows, n, &mut outside_inflow, &mut ledger, &mut training, mobility);
        // S11 on X_{y+1}: the specialist terms are the row sums S2–S10 kept current.
        fte_new.spec = rows.fte;
        fte_new.heads = rows.heads;
        delivered_fte(n, p, terms, &b.hospital_of, &mut fte_new);
        let pop_groups = b.population_at(t);
        let mut pop = [0.0; CELLS];
        let mut gp_offset = [0.0; CELLS];
        for c in 0..CELLS {
            pop[c] = (0..GROUPS).map(|g| pop_groups[cg(c, g)]).sum();
            if terms.gp_demand_offset_rate[c] != 0.0 {
                gp_offset[c] = terms.gp_demand_offset_rate[c]
                    * terms.extra_capacity[ct(c, MUN)].minf(fte_new.total[ct(c, MUN)]);
            }
        }
        compute_demand(p, terms, &b.demand, pop_groups, t, &gp_offset, &mut demand);
        compute_kpis(b, &fte_new, &demand, &pop, &mut kpis);
        // Record.
        let y = &mut out.years[t];
        y.year = year;
        y.heads_before = heads_before;
        y.heads_after = heads_total(n, &fte_new);
        heads_before = y.heads_after;
        y.tag_excess = tag_excess(n, has_tags);
        y.heads = fte_new.heads;
        for c in 0..CELLS {
            y.retained_seniors[c] = if has_tags { retained(n, c) } else { 0.0 };
            y.kbu[c] = n.kbu[c];
            y.pool[c] = n.pool_heads(c);
            y.outside[c] = n.outside[c];
            for k in 0..TRACKS {
                y.intro[ck(c, k)] = n.intro[ck(c, k)];
                y.hu[ck(c, k)] = n.hu_heads(c, k);
                y.hu_waiting[ck(c, k)] = n.hu_waiting[ck(c, k)];
            }
        }
        y.fte = fte_new;
        y.fte_transfers_in = terms.part_in;
        y.training = training;
        y.new_specialists = new.placed;
        y.unplaced_specialists = new.unplaced;
        y.specialist_net_moves = rows.net_moves;
        y.population = pop;
        y.demand = demand;
        y.kpis = kpis;
        y.ledger = ledger;
        for l in 0..resolved.active.len() {
            out.costs[l * n_years + t] = lever_cost(b, &resolved.active[l], year, &out.years[t]);
        }
        fte_prev = fte_new;
        std::mem::swap(&mut ws.current, &mut ws.next);
    }
}

/// Tot_{y+1} from the specialist heads already summed in the FTE pass plus the other stocks.
fn heads_total(n: &State, fte: &Fte) -> f64 {
    let mut total = n.waiting_graduates + sum_lanes(&fte.heads);
    total += sum_lanes(&n.kbu) + sum_lanes(&n.pool) + sum_lanes(&n.intro) + sum_lanes(&n.hu_waiting) + sum_lanes(&n.hu) + sum_lanes(&n.outside);
    total
}

/// Largest relative excess of a tag over the stock it marks (0 when every tag ≤ its stock).
/// This runs every year: a division-free comparison pass finds the usual case (no tag above its
/// stock, excess 0), and only otherwise the ratios are computed, branch-free with four running maxima.
fn tag_excess(s: &State, has_tags: bool) -> f64 {
    // Indexed loops, inlined: the size-optimised (wasm) build neither inlines zip adapters nor
    // small functions called per row.
    #[inline(always)]
    fn worst(tags: &[f64], stocks: &[f64]) -> f64 {
        let n = tags.len().min(stocks.len());
        let (tags, stocks) = (&tags[..n], &stocks[..n]);
        let mut any = false;
        for i in 0..n {
            any |= tags[i] > stocks[i];
        }
        if !any {
            return 0.0;
        }
        let mut acc = [0.0f64; 4];
        for i in 0..n {
            let e = (tags[i] - stocks[i]) / stocks[i].abs().maxf(1e-9);
            acc[i % 4] = acc[i % 4].maxf(e);
        }
        acc[0].maxf(acc[1]).maxf(acc[2].maxf(acc[3]))
    }
    let mut w = worst(&s.coherent_tag, &s.intro).maxf(worst(&s.mover_tag, &s.hu));
    if has_tags {
        // P11a tags exist from age 60 on only (see `A60`).
        for row in (0..CELLS * TYPES).map(|r| r * AGES) {
            w = w.maxf(worst(&s.senior_tag[row + A60..row + AGES], &s.specialists[row + A60..row + AGES]));
        }
    }
    w
}

/// Heads of cell `c` kept on by P11a: the tags of its rows, which exist from age 60 on only (see `A60`).
fn retained(n: &State, c: usize) -> f64 {
    (0..TYPES).map(|t| sum_lanes(&n.senior_tag[cta(c, t, A60)..cta(c, t, 0) + AGES])).sum()
}

/// The state X_{2025+n} after `n_years` steps (for tests of the state itself: T8, T9, T10).
pub fn final_state(b: &Baseline, resolved: &Resolved, n_years: usize) -> State {
    let mut ws = Workspace::new(b);
    let mut out = Results::with_capacity(n_years, resolved.ids());
    run_into(b, resolved, &mut ws, &mut out);
    (*ws.current).clone()
}
