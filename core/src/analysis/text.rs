//! Plain-text tables of the analyses for the command line (`attribute`, `rank`, `portfolio`).

use super::attribution::{Attribution, ShapleyMethod};
use super::lever_value::LeverValue;
use super::portfolio::{Portfolio, StopReason};
use super::ranking::Ranking;
use std::fmt::Write;

fn mio(x: Option<f64>) -> String {
    x.map_or_else(|| "–".into(), |v| format!("{:.2}", v / 1e6))
}

pub fn attribution_table(a: &Attribution) -> String {
    let mut s = String::new();
    let method = match a.method {
        ShapleyMethod::Exact => "exact".to_string(),
        ShapleyMethod::Sampled { permutations, seed } => format!("sampled, {permutations} permutations, seed {seed}"),
    };
    let _ = writeln!(s, "Attribution of {} ({}) — Shapley {method}, {} runs", a.metric.key(), a.unit, a.runs);
    if !a.background.is_empty() {
        let _ = writeln!(s, "context levers on in every run (reference): {}", a.background.join(", "));
    }
    if !a.ignored.is_empty() {
        let _ = writeln!(s, "ignored (change no run): {}", a.ignored.join(", "));
    }
    let _ = writeln!(s, "package value v(P) − v(∅): {:.3}", a.package_value);
    let _ = writeln!(s, "{:<28} {:>12} {:>12} {:>12} {:>10}", "lever", "alone", "leave-out", "Shapley", "± s.e.");
    for (i, p) in a.players.iter().enumerate() {
        let _ = writeln!(
            s,
            "{:<28} {:>12.3} {:>12.3} {:>12.3} {:>10.3}",
            p.label, a.one_at_a_time[i], a.leave_one_out[i], a.shapley[i], a.shapley_standard_error[i]
        );
    }
    let _ = writeln!(s, "{:<28} {:>12.3} {:>12} {:>12.3}", "sum", a.one_at_a_time.iter().sum::<f64>(), "", a.shapley.iter().sum::<f64>());
    let mut pairs: Vec<(usize, usize, f64)> = (0..a.players.len())
        .flat_map(|i| (i + 1..a.players.len()).map(move |j| (i, j)))
        .map(|(i, j)| (i, j, a.interactions[i][j]))
        .collect();
    crate::sort::stable_sort_by(&mut pairs, |x, y| y.2.abs().total_cmp(&x.2.abs()));
    if !pairs.is_empty() {
        let _ = writeln!(s, "strongest pairwise interactions (> 0 synergy, < 0 redundancy):");
        for (i, j, x) in pairs.iter().take(10) {
            let _ = writeln!(s, "  {:<12} × {:<12} {:>12.3}", a.players[*i].label, a.players[*j].label, x);
        }
    }
    s
}

pub fn ranking_table(r: &Ranking) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Value for money of single levers (central effects; CE in mio. DKK per FTE-year, PV 3.5 %), {} runs", r.runs);
    if !r.background.is_empty() {
        let _ = writeln!(s, "context levers in the reference: {}", r.background.join(", "));
    }
    let _ = writeln!(
        s,
        "{:<4} {:<5} {:>9} {:>10} {:>10} {:>8} {:>8} {:>8} {:>11} {:>10}  notes",
        "rank", "lever", "intensity", "PV cost", "PV gap", "CE_gap", "CE_T", "CE_net", "rank L/C/H", "CE_gap UD"
    );
    for l in &r.levers {
        let c: &LeverValue = l.central();
        let rank = |v: &LeverValue| v.rank.map_or_else(|| "–".into(), |r| r.to_string());
        let mut notes = Vec::new();
        if !l.robust {
            notes.push("ranking not robust".to_string());
        }
        if l.cost_missing {
            notes.push("cost missing (CE is a lower bound)".to_string());
        }
        let head = c.rank.map_or_else(|| format!("{:?}", c.class).to_lowercase(), |r| r.to_string());
        let _ = writeln!(
            s,
            "{:<4} {:<5} {:>9} {:>10.1} {:>10.2} {:>8} {:>8} {:>8} {:>11} {:>10}  {}",
            head,
            l.id,
            l.lever.intensity,
            c.pv_cost / 1e6,
            c.pv_gap_closed_threatened,
            mio(c.ce_gap),
            mio(c.ce_threatened),
            mio(c.ce_net),
            format!("{}/{}/{}", rank(&l.by_setting[0]), rank(c), rank(&l.by_setting[2])),
            mio(c.ce_gap_undiscounted),
            notes.join("; ")
        );
    }
    let _ = writeln!(s, "(PV cost in mio. DKK; PV gap in FTE-years closed in T; |gap| ≤ {} counts as no gain; UD = undiscounted)", r.gain_tolerance);
    s
}

pub fn portfolio_table(p: &Portfolio) -> String {
    let mut s = String::new();
    let area = p.region.as_deref().map_or_else(|| "threatened areas".to_string(), |r| format!("{r} T cell"));
    let _ = writeln!(s, "Budget pool {:.1} mio. DKK/year — greedy portfolio for gap closed in {area}, {} runs", p.budget_dkk_per_year / 1e6, p.runs);
    let _ = writeln!(s, "{:>4} {:<5} {:>10} {:>14} {:>12} {:>12} {:>14}", "step", "lever", "intensity", "max mio./yr", "PV cost mio", "PV gap", "ΔCE mio./FTE-y");
    for f in &p.frontier {
        let _ = writeln!(
            s,
            "{:>4} {:<5} {:>10.3} {:>14.2} {:>12.1} {:>12.2} {:>14.3}{}",
            f.step, f.lever, f.intensity, f.max_yearly_spend / 1e6, f.pv_cost / 1e6, f.pv_gap_closed, f.incremental_ce / 1e6,
            if f.cost_missing { "  cost missing" } else { "" }
        );
    }
    let stop = match &p.stop {
        StopReason::BudgetBinds { lever, max_yearly_spend } => {
            format!("budget binds: the next step ({lever}) would spend {:.2} mio. DKK in a year", max_yearly_spend / 1e6)
        }
        StopReason::NoGain => "no increment closes gap".into(),
        StopReason::AllAtMax => "every lever at its maximum".into(),
        StopReason::StepCap => "step cap reached".into(),
    };
    let _ = writeln!(s, "stopped: {stop}; leftover {:.2} mio. DKK/year", p.leftover_per_year / 1e6);
    let levers: Vec<String> = p.package.levers.iter().map(|l| format!("{} {}", l.id, l.intensity)).collect();
    let _ = writeln!(s, "package: {}", if levers.is_empty() { "(none)".into() } else { levers.join(", ") });
    if !p.unpriced_excluded.is_empty() {
        let _ = writeln!(s, "left out (no unit cost): {}", p.unpriced_excluded.join(", "));
    }
    let _ = writeln!(s, "single levers at I_ref against the frontier:");
    for x in &p.singles {
        let verdict = match (x.dominated_by_step, x.beyond_frontier) {
            (Some(k), _) => format!("dominated by step {k}"),
            (None, true) => "beyond the frontier (costs more than the budget reaches)".into(),
            (None, false) => "not dominated".into(),
        };
        let _ = writeln!(s, "  {:<5} PV cost {:>9.1} mio.  PV gap {:>8.2}  {verdict}", x.id, x.pv_cost / 1e6, x.pv_gap_closed);
    }
    s
}
