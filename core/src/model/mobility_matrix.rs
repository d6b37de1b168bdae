//! Origin × destination mobility matrices by stage (MODEL.md §2.12 "net mobility matrix by stage",
//! §4.1): for every stage of the step that moves doctors between cells, the gross flows
//! flow[c→c'] in heads, with stays (and movers re-drawn to their own origin) on the diagonal. The net
//! matrix net[c,c'] = flow[c→c'] − flow[c'→c] and the per-cell net inflow (column sum − row sum: the
//! off-diagonal in − out) are derived from it, as are aggregations to regions, the 4-region
//! reporting and T/O.
//!
//! Row sums are what was placed from each origin (stays included; the unmatched, emigrants and exits
//! to X are not in the matrix), column sums what arrived in each destination. Tracks are summed.
//! A year records the factors the step computes ([`super::mobility_factors`]); a matrix is built from
//! them when asked for (`YearResult::mobility.matrix(stage)`).

use super::dims::*;
use super::mobility_factors::Factors;
use super::results::Area;

/// A stage of the step whose flows cross cells, in step order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// S2: re-draw of practising specialists (π_τ, §2.3); diagonal = movers re-drawn to their origin.
    Specialists,
    /// S3: HU completers → first specialist job (stayers ρ^H on the diagonal, then matching, §2.6).
    NewSpecialists,
    /// S4: P7 mid-course HU moves O → T within a region (no diagonal).
    HuMoves,
    /// S5: intro completers and HU waiting → HU posts (matching, §2.8).
    Hu,
    /// S6: KBU completers → pool entrants E0 (stayers ρ^K and movers by A^U, §2.9); coherent
    /// enrolments are not here (they are intro's reserved stage, on its diagonal).
    Kbu,
    /// S7: pool → intro posts (matching, §2.9).
    Intro,
}

impl Stage {
    pub const ALL: [Stage; 6] = [Stage::Specialists, Stage::NewSpecialists, Stage::HuMoves, Stage::Hu, Stage::Kbu, Stage::Intro];

    /// The key used by the CLI and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Specialists => "specialists",
            Stage::NewSpecialists => "new_specialists",
            Stage::HuMoves => "hu_moves",
            Stage::Hu => "hu",
            Stage::Kbu => "kbu",
            Stage::Intro => "intro",
        }
    }

    /// The stage of a key (see [`Stage::key`]).
    pub fn from_key(key: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.key() == key)
    }

    /// A short English description for tables.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Specialists => "specialist re-draw (S2)",
            Stage::NewSpecialists => "new specialists' first job (S3)",
            Stage::HuMoves => "P7 mid-course HU moves (S4)",
            Stage::Hu => "HU matching, both tracks (S5)",
            Stage::Kbu => "KBU completers to the pool (S6)",
            Stage::Intro => "intro matching, both tracks (S7)",
        }
    }
}

/// Row sum of an n × n row-major matrix.
fn row_sum(flow: &[f64], n: usize, from: usize) -> f64 {
    flow[from * n..(from + 1) * n].iter().sum()
}

/// Column sum of an n × n row-major matrix.
fn col_sum(flow: &[f64], n: usize, to: usize) -> f64 {
    (0..n).map(|o| flow[o * n + to]).sum()
}

/// Gross flows between the cells in one stage and year: `flow[from * CELLS + to]` (heads).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OdMatrix {
    pub flow: [f64; CELLS * CELLS],
}

impl OdMatrix {
    pub const fn zero() -> Self {
        OdMatrix { flow: [0.0; CELLS * CELLS] }
    }

    #[inline(always)]
    pub fn get(&self, from: usize, to: usize) -> f64 {
        self.flow[from * CELLS + to]
    }

    #[inline(always)]
    pub fn add(&mut self, from: usize, to: usize, x: f64) {
        self.flow[from * CELLS + to] += x;
    }

    /// What was placed from `from` (stays included).
    pub fn row_sum(&self, from: usize) -> f64 {
        row_sum(&self.flow, CELLS, from)
    }

    /// What arrived in `to` (stays included).
    pub fn col_sum(&self, to: usize) -> f64 {
        col_sum(&self.flow, CELLS, to)
    }

    /// Net flow from `a` to `b`: flow[a→b] − flow[b→a] (antisymmetric, 0 on the diagonal).
    pub fn net(&self, a: usize, b: usize) -> f64 {
        self.get(a, b) - self.get(b, a)
    }

    /// Net inflow of cell `c`: arrivals from other cells − departures to other cells.
    pub fn net_inflow(&self, c: usize) -> f64 {
        self.col_sum(c) - self.row_sum(c)
    }

    /// Everything placed in the stage (stays included).
    pub fn total(&self) -> f64 {
        self.flow.iter().sum()
    }

    /// Heads that changed cell (off-diagonal total).
    pub fn moved(&self) -> f64 {
        self.total() - (0..CELLS).map(|c| self.get(c, c)).sum::<f64>()
    }

    /// Writes every flow (stays on the diagonal plus `R` origin-independent splits; see [`Factors`]).
    pub fn set<const R: usize>(&mut self, f: &Factors<R>) {
        for (o, row) in self.flow.chunks_exact_mut(CELLS).enumerate() {
            for (d, x) in row.iter_mut().enumerate() {
                let mut v = 0.0;
                for r in 0..R {
                    v += f.from[r][o] * f.to[r][d];
                }
                *x = v;
            }
            row[o] += f.stay[o];
        }
    }

    /// Flows between the areas of a partition of the cells (`areas` must not overlap); flows within an
    /// area (e.g. T → O of one region in the regional view) are on its diagonal.
    pub fn aggregate(&self, areas: &[Area]) -> AreaFlows {
        let n = areas.len();
        let mut flow = vec![0.0; n * n];
        for (i, a) in areas.iter().enumerate() {
            for (j, b) in areas.iter().enumerate() {
                for o in (0..CELLS).filter(|&o| a.contains(o)) {
                    flow[i * n + j] += (0..CELLS).filter(|&d| b.contains(d)).map(|d| self.get(o, d)).sum::<f64>();
                }
            }
        }
        AreaFlows { areas: areas.to_vec(), flow }
    }
}

/// Gross flows between reporting areas (from [`OdMatrix::aggregate`]): `flow[i * n + j]`.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaFlows {
    pub areas: Vec<Area>,
    pub flow: Vec<f64>,
}

impl AreaFlows {
    pub fn get(&self, from: usize, to: usize) -> f64 {
        self.flow[from * self.areas.len() + to]
    }
    pub fn row_sum(&self, from: usize) -> f64 {
        row_sum(&self.flow, self.areas.len(), from)
    }
    pub fn col_sum(&self, to: usize) -> f64 {
        col_sum(&self.flow, self.areas.len(), to)
    }
    pub fn net(&self, a: usize, b: usize) -> f64 {
        self.get(a, b) - self.get(b, a)
    }
    /// Arrivals from other areas − departures to other areas.
    pub fn net_inflow(&self, i: usize) -> f64 {
        self.col_sum(i) - self.row_sum(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn net_is_antisymmetric_and_net_inflow_ignores_the_diagonal() {
        let mut m = OdMatrix::zero();
        m.add(0, 0, 5.0);
        m.add(0, 3, 2.0);
        m.add(3, 0, 0.5);
        m.add(7, 3, 1.0);
        assert_eq!(m.net(0, 3), 1.5);
        assert_eq!(m.net(3, 0), -1.5);
        assert_eq!(m.net(0, 0), 0.0);
        assert_eq!(m.net_inflow(0), 0.5 - 2.0);
        assert_eq!(m.net_inflow(3), 3.0 - 0.5);
        assert_eq!(m.total(), 8.5);
        assert_eq!(m.moved(), 3.5);
    }

    #[test]
    fn regional_view_puts_moves_within_a_region_on_its_diagonal() {
        let mut m = OdMatrix::zero();
        m.add(cell(1, T), cell(1, O), 4.0);
        m.add(cell(1, O), cell(4, T), 1.0);
        let r = m.aggregate(&Area::five_regions());
        assert_eq!(r.get(1, 1), 4.0);
        assert_eq!(r.get(1, 4), 1.0);
        assert_eq!(r.row_sum(1), 5.0);
        assert_eq!(r.col_sum(4), 1.0);
        let z = m.aggregate(&[Area::Threatened, Area::Other]);
        assert_eq!((z.get(0, 1), z.get(1, 0)), (4.0, 1.0));
        assert_eq!(z.net(1, 0), -3.0);
        let four = m.aggregate(&Area::four_regions());
        assert_eq!(four.get(0, 0), 4.0);
        assert_eq!(four.get(0, 3), 1.0);
    }

    #[test]
    fn redraw_splits_each_types_movers_by_the_received_shares() {
        let (mut out, mut inn) = ([0.0; CELLS * TYPES], [0.0; CELLS * TYPES]);
        out[ct(0, GP)] = 3.0;
        out[ct(2, GP)] = 1.0;
        inn[ct(2, GP)] = 1.0;
        inn[ct(5, GP)] = 3.0;
        let mut m = OdMatrix::zero();
        m.set(&Factors::redraw(&out, &inn));
        assert_eq!(m.get(0, 5), 2.25);
        assert_eq!(m.get(0, 2), 0.75);
        assert_eq!(m.get(2, 2), 0.25);
        assert_eq!(m.row_sum(0), 3.0);
        assert_eq!(m.col_sum(5), 3.0);
    }
}
